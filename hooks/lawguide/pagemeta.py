"""Every generated page's front matter: built once in Python, read in one place.

The renderers (``render``, ``tools.render``) make a :class:`Meta` per page and their
templates print it; the hooks and ``web.meta`` read it back with :func:`read`. A page
without it is hand-written. What a page is decides how it is treated: a contributed
title is text, never markup; "edit this page" opens the YAML source; a tool page loads
its script.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

import yaml

FAST_DUMPER = getattr(yaml, "CSafeDumper", yaml.SafeDumper)  # libyaml: ~10x faster
KINDS = ("case", "answer", "law", "index", "list", "glossary", "tool")


@dataclass(frozen=True)
class Meta:
    kind: str  # one of KINDS
    title: str
    reviewed: str  # YYYY-MM-DD, or "" for an empty index
    source: str = ""  # the YAML file it is made from ("edit this page" opens it)
    tool: str = ""  # a tool page: conduct | interest | letters (overrides/main.html)
    description: str = ""  # plain text, for pages that have no entry to describe them (lists)

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"page kind {self.kind!r} is not one of {KINDS}")

    @property
    def contributed(self) -> bool:
        """Whether its text (the title too) comes from contributed YAML."""
        return self.kind in ("case", "answer")

    def front_matter(self) -> str:
        """The YAML between the page's --- lines (empty values left out)."""
        fields = {k: v for k, v in asdict(self).items() if v}
        if self.kind == "list":  # a page of a long list only repeats the titles it links
            fields["search"] = {"exclude": True}
        return yaml.dump({**fields, "generated": True}, Dumper=FAST_DUMPER, allow_unicode=True,
                         sort_keys=False, width=1000).strip()


def read(front_matter: dict) -> Meta | None:
    """A page's front matter (MkDocs' page.meta) as written by :meth:`Meta.front_matter`;
    None for a hand-written page."""
    if not front_matter.get("generated"):
        return None
    return Meta(**{k: str(front_matter.get(k) or "") for k in
                   ("kind", "title", "reviewed", "source", "tool", "description")})
