"""Long lists on pages of their own, at most ``PAGE_SIZE`` entries a page.

At 1,000 cases the case index listed every case under its audience and each of its
conduct tags (960 KB of Markdown, a megabyte of HTML for a phone), and a law page
listed every page citing each article (hundreds of links under one article). Now the
case index names the lists with their lengths, and a law page shows the first
``PREVIEW`` citers of each kind. Each whole list has a folder of pages of its own, in
a fixed order, so that an edit re-renders only the pages that show the edited entry.

A list's pages are ``<folder>/index.md``, ``<folder>/2.md`` and so on: numbers, which
no case id or article anchor can be, so the folders cannot collide with them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

PAGE_SIZE = 50  # entries a list page shows
PREVIEW = 10  # citers of each kind a law page shows under an article
NEWEST = 10  # cases the case index shows as the latest


@dataclass(frozen=True)
class Sheet:
    """One page of a list: the ``number``-th (from 1) of ``count``."""

    folder: str  # e.g. "cases/by/tag-threats"
    number: int
    count: int

    @property
    def path(self) -> str:
        return page_path(self.folder, self.number)

    def entries(self, items: Sequence) -> Sequence:
        """The part of ``items`` this page shows."""
        return items[(self.number - 1) * PAGE_SIZE:self.number * PAGE_SIZE]

    def neighbours(self) -> tuple[str | None, str | None]:
        """The paths of the previous and the next page, None at either end."""
        before = page_path(self.folder, self.number - 1) if self.number > 1 else None
        after = page_path(self.folder, self.number + 1) if self.number < self.count else None
        return before, after


def page_path(folder: str, number: int) -> str:
    return f"{folder}/index.md" if number == 1 else f"{folder}/{number}.md"


def sheets(folder: str, length: int) -> list[Sheet]:
    """The pages a list of ``length`` entries needs (one, if it is empty)."""
    count = max(1, -(-length // PAGE_SIZE))
    return [Sheet(folder, number, count) for number in range(1, count + 1)]


def case_group(group: str) -> str:
    """The folder of one of the case index's lists: ``for-debtor``, ``tag-threats``."""
    return f"cases/by/{group}"


def citers_of(law_id: str, anchor: str) -> str:
    """The folder of the pages citing one article: ``laws/civil-code/art-1032``."""
    return f"laws/{law_id}/{anchor}"
