"""Mask what in Markdown source is not prose, keeping every offset and line in place.

Code (fenced and inline), links (text and target), autolinks and raw HTML tags
become spaces, so ``find`` never reads a citation inside code or an existing link.
"""

from __future__ import annotations

import re

# Each pattern with the characters every match of it holds: a text without them is left as
# it is without running the pattern (most texts have no code, links or tags).
_MASKS = [
    (("```", "~~~"),
     re.compile(r"^(?P<fence>[ \t]*(?:```|~~~)).*?^(?P=fence)[ \t]*$", re.M | re.S)),  # fences
    (("`",), re.compile(r"(?<!`)(`+)(?!`).+?(?<!`)\1(?!`)", re.S)),  # inline code
    (("](",), re.compile(
        r"!?\[(?:[^\[\]]|\[[^\[\]]*\])*\]\([^()\s]*(?:\([^()]*\))?[^()]*\)")),  # [text](url)
    (("][",), re.compile(r"!?\[(?:[^\[\]]|\[[^\[\]]*\])*\]\[[^\]]*\]")),  # [text][ref]
    (("<",), re.compile(r"<[a-zA-Z/!][^>\n]*>")),  # raw HTML tags and autolinks
]


def _blank(match: re.Match) -> str:
    return re.sub(r"[^\n]", " ", match.group(0))


def clean(markdown: str) -> str:
    for needles, pattern in _MASKS:
        if any(needle in markdown for needle in needles):
            markdown = pattern.sub(_blank, markdown)
    return markdown
