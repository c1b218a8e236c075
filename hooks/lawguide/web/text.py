"""Plain text from contributed Markdown, for titles, descriptions, feeds, JSON-LD and the
export.

Rendered with Python-Markdown and read back as text (never as HTML), so links, emphasis and
entities come out as the words a reader sees; whoever prints the result escapes it.
"""

from __future__ import annotations

import re
from functools import lru_cache
from html.parser import HTMLParser

import markdown

from .. import mdline

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


# What Python-Markdown can still turn into something else in a heading line of ours, once
# ``mdline.line`` has made escapes, code, brackets and braces inert and joined the lines:
# emphasis, raw HTML and autolinks, entities, the heading's own #s, line breaks, tabs
# (expanded), and the placeholder characters it uses itself. A title without any of them
# reads as written.
_MARKUP = frozenset("*_<&#\t\n\r\x02\x03")


@lru_cache(maxsize=4096)
def heading(source: str) -> str:
    """The text a reader sees in a template's heading ``# {{ source | line }}``:
    ``A &amp; *B*`` -> ``A & B``.

    A page's title is printed in ``<title>``, the header, og:title and JSON-LD; each must say
    what its heading says, so it is that heading, rendered and read back as text.
    """
    if _MARKUP.isdisjoint(source):
        return source.strip()
    reader = _Text()
    reader.feed(_MARKDOWN.reset().convert("# " + mdline.line(source)))
    reader.close()
    return "".join(reader.parts).strip()


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
