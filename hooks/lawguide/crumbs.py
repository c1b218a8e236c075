"""Breadcrumbs: where a page sits (home › answers › this answer), from its source path.

Cases, answers and laws are not in the navigation (thousands of them would not fit), so
Material's own path cannot show them; their section is their folder's index page.
"""

from __future__ import annotations

# folder -> (its index page, the data/ui.yml key of its name)
SECTIONS = {"cases": ("cases/index.md", "cases"), "faq": ("faq/index.md", "faq"),
            "laws": ("laws/index.md", "laws")}
HOME = "index.md"


def trail(src_uri: str) -> list[tuple[str | None, str]]:
    """(source path or None for the page itself, ui key or None for its own title)."""
    if src_uri == HOME:
        return []
    out: list[tuple[str | None, str]] = [(HOME, "home")]
    folder = src_uri.partition("/")[0]
    section = SECTIONS.get(folder)
    if section and src_uri != section[0]:
        out.append(section)
    out.append((None, ""))
    return out
