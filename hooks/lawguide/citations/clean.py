"""Mask what in Markdown source is not prose, keeping every offset and line in place.

Code (fenced and inline), links (text and target), autolinks and raw HTML tags
become spaces, so ``find`` never reads a citation inside code or an existing link.
"""

from __future__ import annotations

import re

_MASKS = [
    re.compile(r"^(?P<fence>[ \t]*(?:```|~~~)).*?^(?P=fence)[ \t]*$", re.M | re.S),  # fenced code
    re.compile(r"(?<!`)(`+)(?!`).+?(?<!`)\1(?!`)", re.S),  # inline code
    re.compile(r"!?\[(?:[^\[\]]|\[[^\[\]]*\])*\]\([^()\s]*(?:\([^()]*\))?[^()]*\)"),  # [text](url)
    re.compile(r"!?\[(?:[^\[\]]|\[[^\[\]]*\])*\]\[[^\]]*\]"),  # [text][ref]
    re.compile(r"<[a-zA-Z/!][^>\n]*>"),  # raw HTML tags and autolinks
]


def _blank(match: re.Match) -> str:
    return re.sub(r"[^\n]", " ", match.group(0))


def clean(markdown: str) -> str:
    for pattern in _MASKS:
        markdown = pattern.sub(_blank, markdown)
    return markdown
