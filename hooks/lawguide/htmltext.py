"""Rewrite the prose text of rendered HTML, leaving tags, code and links alone.

Page content here is well-formed output of Python-Markdown, so a regex over
tags is enough and much faster than a full parser on every page.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable

# Linear on any input: an unclosed comment runs to the end once, a tag stops at the next "<".
_TOKENS = re.compile(r"(<!--.*?(?:-->|\Z)|<[^<>]*+>)", re.S)
_TAG = re.compile(r"<\s*(/?)\s*([a-zA-Z][a-zA-Z0-9]*)")
SKIP = frozenset({"a", "code", "pre", "kbd", "samp", "script", "style", "textarea", "button",
                  "select", "abbr", "svg", "title",
                  # a link inside these would steal the click from the control they are
                  "label", "summary"})
HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})


def rewrite(page_html: str, replace: Callable[[str], str | None],
            skip: frozenset[str] = SKIP) -> str:
    """Call ``replace(text)`` on each prose text run (unescaped); it returns HTML or None."""
    out: list[str] = []
    depth = 0
    for token in _TOKENS.split(page_html):
        if not token:
            continue
        if token.startswith("<"):
            tag = _TAG.match(token)
            if tag and tag.group(2).lower() in skip and not token.endswith("/>"):
                depth = max(depth + (-1 if tag.group(1) else 1), 0)
            out.append(token)
            continue
        new = None if depth else replace(html.unescape(token))
        out.append(token if new is None else new)
    return "".join(out)


def link_matches(page_html: str, pattern: re.Pattern, link: Callable[[re.Match, str], str | None],
                 skip: frozenset[str] = SKIP | HEADINGS) -> str:
    """Replace matches of ``pattern`` in prose runs by ``link(match, text)`` (HTML), or leave
    a match as text where ``link`` returns None. Text around the links is escaped."""
    def replace(text: str) -> str | None:
        parts, pos = [], 0
        for match in pattern.finditer(text):
            made = link(match, text)
            if made is None:
                continue
            parts.append(escape(text[pos:match.start()]))
            parts.append(made)
            pos = match.end()
        if not parts:
            return None
        parts.append(escape(text[pos:]))
        return "".join(parts)

    return rewrite(page_html, replace, skip)


def escape(text: str) -> str:
    return html.escape(text, quote=False)
