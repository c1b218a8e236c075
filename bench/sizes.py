"""Sizes of a built site: search indexes, the text they index, pages, the whole site."""

from __future__ import annotations

import gzip
import html
import os
import re
from dataclasses import dataclass
from pathlib import Path

_ARTICLE = re.compile(r"<article\b[^>]*>(.*?)</article>", re.S)
_SKIP = re.compile(r"<(script|style|svg)\b.*?</\1>|<[^>]+>", re.S)
_SPACE = re.compile(r"\s+")


@dataclass(frozen=True)
class Index:
    raw: int
    gzip: int
    text: int  # UTF-8 bytes of the visible article text of every page it covers

    @property
    def ratio(self) -> float:
        return self.raw / self.text if self.text else 0.0


def folder_size(folder: Path) -> int:
    total = 0
    for dirpath, _, files in os.walk(folder):
        total += sum(os.stat(os.path.join(dirpath, name)).st_size for name in files)
    return total


def page_text(path: Path) -> str:
    """What a reader reads on the page: the article, without tags, scripts or runs of spaces."""
    match = _ARTICLE.search(path.read_text(encoding="utf-8"))
    if match is None:
        return ""
    return _SPACE.sub(" ", html.unescape(_SKIP.sub(" ", match.group(1)))).strip()


def site_pages(site: Path, other_languages: tuple[str, ...] = ("en",)) -> list[Path]:
    """The HTML pages of one language's site (not the other languages' sub-sites)."""
    pages = []
    for path in site.rglob("index.html"):
        first = path.relative_to(site).parts[0]
        if first not in other_languages and first not in ("search", "pagefind", "assets"):
            pages.append(path)
    return pages


def index(site: Path, other_languages: tuple[str, ...] = ("en",)) -> Index | None:
    path = site / "search" / "search_index.json"
    if not path.is_file():
        return None
    raw = path.read_bytes()
    text = sum(len(page_text(p).encode("utf-8")) for p in site_pages(site, other_languages))
    return Index(len(raw), len(gzip.compress(raw, compresslevel=6)), text)
