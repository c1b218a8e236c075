"""Plain text from contributed Markdown, for descriptions, feeds, JSON-LD and the export.

Rendered with Python-Markdown and read back as text (never as HTML), so links, emphasis and
entities come out as the words a reader sees; whoever prints the result escapes it.
"""

from __future__ import annotations

import re
from functools import lru_cache
from html.parser import HTMLParser

import markdown

_SPACE = re.compile(r"\s+")
_CHINESE_SPACE = re.compile(r"(?<=[\u3000-\u9fff\uff00-\uffef]) (?=[\u3000-\u9fff\uff00-\uffef])")


class _Text(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def handle_data(self, data):
        self.parts.append(data)

    def handle_starttag(self, tag, attrs):
        if tag in ("p", "li", "br", "div"):
            self.parts.append(" ")


# One converter, reset for each fragment: ``markdown.markdown`` makes a new one every time,
# which costs more than converting a description (0.45 s of 0.8 s at 1,000 cases).
_MARKDOWN = markdown.Markdown()


@lru_cache(maxsize=4096)
def plain(source: str) -> str:
    """The text of a Markdown fragment on one line: ``**a** [b](c)`` -> ``a b``."""
    reader = _Text()
    reader.feed(_MARKDOWN.reset().convert(source))
    reader.close()
    text = _SPACE.sub(" ", "".join(reader.parts)).strip()
    return _CHINESE_SPACE.sub("", text)


def shorten(text: str, limit: int) -> str:
    """At most ``limit`` characters, cut at a sentence or word end where one is near."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    for stop in ("。", "；", ". ", "; ", "，", ", ", " "):
        at = cut.rfind(stop)
        if at >= limit // 2:
            return cut[: at + len(stop.strip())].rstrip("，,;； ") + "…"
    return cut + "…"
