"""The later halves of compound words, so that 时效 finds 诉讼时效.

The worker matches a Chinese word by its beginning only (it appends ``*`` to every
query word): 诉讼 finds 诉讼时效, 时效 does not, and neither does 催收 find
暴力催收 once the dictionary keeps that term whole. For every word of three or
more characters, the dictionary words of two and three characters that start
inside it (the grams jieba's search mode uses) go into the entry's
``title_parts`` or ``text_parts`` field, which the worker searches but never
shows.

Article labels and numbers are left whole: 一千 or 三十 inside 第一千零三十二条 is
nothing a reader looks for.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import jieba

from .tokens import is_han

_NUMERAL = re.compile(
    r"第?[零〇一二三四五六七八九十百千万两]+[条款项章节编]?(之[一二三四五六七八九十]+)?")


def splits(word: str) -> list[str]:
    """Dictionary words of 2-3 characters inside ``word`` that do not start it."""
    if len(word) < 3 or not is_han(word) or _NUMERAL.fullmatch(word):
        return []
    jieba.initialize()  # loads the dictionary once; get_FREQ sees nothing before
    found: list[str] = []
    for size in (2, 3):
        for start in range(1, len(word) - size + 1):
            gram = word[start:start + size]
            if gram != word and jieba.get_FREQ(gram) and gram not in found:
                found.append(gram)
    return found


def keys(words: Iterable[str], known: dict[str, list[str]] | None = None) -> list[str]:
    """The splits of an entry's words, less the words the entry already has; sorted.

    ``known`` keeps each word's splits for the next entries: an index repeats its words
    from entry to entry (at 1,000 cases the Chinese index has 501,077 words in its entries,
    7,013 of them different; its keys took 0.68 s instead of 0.95 s). Keep it for one index
    only: the dictionary may change between builds."""
    known = {} if known is None else known
    present = set(words)
    found: set[str] = set()
    for word in present:
        if word not in known:
            known[word] = splits(word)
        found.update(known[word])
    return sorted(found - present)
