"""What the citation stages hand each other. Spans are offsets into the scanned text."""

from __future__ import annotations

from dataclasses import dataclass

SELF = "\0self"  # the law name of 本法 / "this Law": the statute whose text is being read


@dataclass(frozen=True)
class Found:
    """A span that reads as a citation of one article (law name as written, not yet resolved)."""

    start: int
    end: int
    text: str
    law: str  # the name as written (《》 stripped), or SELF
    year: int | None  # a version year named in the text, e.g. 2012年《治安管理处罚法》
    number: str  # "1032", "293-1"
    paragraph: int | None = None
    item: int | None = None
    range_to: str | None = None  # set on the first end of a range 第674条至第676条


@dataclass(frozen=True)
class Citation:
    """A citation resolved to an excerpted article of one law version."""

    start: int
    end: int
    text: str
    law_id: str
    number: str
    paragraph: int | None = None
    item: int | None = None
    implicit: bool = False  # an article inside a range: counted, not linked

    @property
    def ref(self) -> str:
        return f"{self.law_id}/{self.number}"


@dataclass(frozen=True)
class Unknown:
    """A citation that names a law or article missing from the statute data."""

    start: int
    end: int
    text: str
    reason: str
