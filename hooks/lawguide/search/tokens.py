"""Chinese text as Material's search sees it.

Material's plugin cuts every run of Han characters with ``jieba.cut`` and
surrounds the words with zero-width spaces; the browser splits the index on the
configured separator. The other search modules must cut names and find words
exactly the same way, or the keys they add would never meet a reader's query.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import jieba

# Han ideographs (CJK Unified, Extension A, Compatibility, Extensions B-F) and 〇.
HAN = "\u3007\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002ffff"
_HAN_RUN = re.compile(f"[{HAN}]+")
_HAN_WORD = re.compile(f"[{HAN}]+\\Z")
# What separates words in an index field: markup, white space (with the zero-width
# space Material puts between Chinese words) and punctuation.
_BETWEEN = re.compile(r"<[^>]*>|[^\w\u3007]+")


def is_han(text: str) -> bool:
    """True if ``text`` is one or more Han characters and nothing else."""
    return bool(_HAN_WORD.match(text))


def segment(text: str) -> str:
    """Cut the Han runs of ``text`` into words, as Material does, spaced instead of ZWSP."""
    return _HAN_RUN.sub(lambda m: " " + " ".join(jieba.cut(m.group(0))) + " ", text).strip()


def words(field: str) -> Iterator[str]:
    """The words of an index field (title or text, with markup and ZWSP)."""
    return (word for word in _BETWEEN.split(field) if word)
