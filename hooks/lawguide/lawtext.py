"""The official law texts in ``law-texts/``, split into articles.

Excerpts in ``statutes/*.yml`` are checked against these files line by line,
so the site can never quote a law from memory.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from .numerals import from_chinese

ARTICLE_START = re.compile(
    r"^第(?P<num>[零一二三四五六七八九十百千]+)条(?:之(?P<suffix>[一二三四五六七八九十]+))?"
    r"[ \u3000](?P<rest>.*)$"
)


def article_number(num: str, suffix: str | None) -> str:
    base = str(from_chinese(num))
    return f"{base}-{from_chinese(suffix)}" if suffix else base


@lru_cache(maxsize=32)
def _parse(path: Path, stamp: int) -> dict[str, tuple[str, ...]]:
    articles: dict[str, list[str]] = {}
    current: list[str] | None = None
    for raw in path.read_text(encoding="utf-8").split("\n"):
        line = raw.strip()
        if not line:
            continue
        if line.startswith(("#", "<!--", ">")):
            current = None
            continue
        match = ARTICLE_START.match(line)
        if match:
            current = [match["rest"]]
            articles.setdefault(article_number(match["num"], match["suffix"]), current)
        elif current is not None:
            current.append(line)
    return {number: tuple(lines) for number, lines in articles.items()}


def articles(path: Path) -> dict[str, tuple[str, ...]]:
    """Article number ("293-1") -> official lines, without the leading 第X条."""
    return _parse(path, path.stat().st_mtime_ns)
