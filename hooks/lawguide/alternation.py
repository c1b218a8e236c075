"""A regex alternation of words, longest first, written as a tree of shared beginnings.

Python's regex engine tries the alternatives of an alternation one after another at
every position it reaches; under ``re.IGNORECASE`` it cannot skip one on its first
character, so a long list of words costs every alternative at every word of a text. As a
tree, ``民法典|民法典婚姻家庭编解释|刑法`` is ``(?:民法典(?:婚姻家庭编解释|)|刑法)``: a word's
characters are tried only once the ones before them matched.

The tree matches what the flat alternation matches, the same word first. Two words can
both match at one position only if one begins the other: they share its branch, and where
the shorter one ends it is the last choice, as it comes after the longer one in the flat
alternation. Words that differ somewhere never match the same text, so their order does
not matter.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable


def flat(words: Iterable[str], piece: Callable[[str], str] = re.escape) -> str:
    """``words`` as one alternative each, longest first (``piece`` writes each one)."""
    return "|".join(piece(word) for word in sorted(words, key=len, reverse=True)) or r"(?!)"


def tree(words: Iterable[str], piece: Callable[[str], str] = re.escape) -> str:
    """What :func:`flat` matches, as a tree (``piece`` writes each character)."""
    root: dict = {}
    for word in words:
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[None] = {}  # a word ends here
    return _pattern(root, piece) if root else r"(?!)"


def _pattern(node: dict, piece: Callable[[str], str]) -> str:
    branches = [piece(char) + _pattern(child, piece)
                for char, child in node.items() if char is not None]
    if None in node:
        branches.append("")  # after every longer word
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
