"""Named pieces of citations, composed into the patterns ``find`` uses.

Law names are not here: they come from the statute data (``Catalogue``) and are
inserted as one alternation per language.
"""

from __future__ import annotations

import re
from functools import lru_cache

NUM_ZH = r"[0-9０-９]++|[零〇一二三四五六七八九十百千两]++"
SUFFIX = r"[一二三四五六七八九十]|[1-9]"

# 第一千零三十二条之一第二款第（三）项 — article, optional 之X, paragraph, item.
ARTICLE_ZH = (
    rf"第\s*+(?P<num>{NUM_ZH})\s*+条(?:\s*+之\s*+(?P<suffix>{SUFFIX}))?"
    rf"(?:\s*+第\s*+(?P<para>{NUM_ZH})\s*+款)?"
    rf"(?:\s*+第?\s*+[（(]\s*+(?P<item>{NUM_ZH})\s*+[）)]\s*+项|\s*+第\s*+(?P<item2>{NUM_ZH})\s*+项)?"
)
# 民法典1032条 / 民法典1032 / 刑法293条之一: reader shorthand, only right after a law name.
ARTICLE_BARE_ZH = (
    rf"(?P<num>[0-9]{{1,4}})(?![0-9.%年月日号期元万])\s*+(?:条(?:\s*+之\s*+(?P<suffix>{SUFFIX}))?)?"
)
SEP_ZH = r"\s*+(?P<sep>、|，|,|以及|和|及|与|或者|或|至|到|—|～|~|-)\s*+"
RANGE_ZH = frozenset({"至", "到", "—", "～", "~", "-"})


def head_zh(names: str) -> str:
    """Law head: optional year, the name (in 《》, a known name, or 本法), optional (2012年修正)."""
    return (
        r"(?:(?P<year>\d{4})\s*+年\s*+(?:修订|修正|版)?\s*+(?:后的|的)?\s*+)?"
        rf"(?:《(?P<bname>[^《》\n]{{1,60}})》|(?P<name>{names})|(?P<self>本法))"
        r"(?:\s*+[（(]\s*+(?P<year2>\d{4})\s*+年?[^（）()\n]{0,8}[）)])?"
        r"\s*+(?:的\s*+)?"
    )


# Atomic groups and possessive quantifiers: "Article 1-1-1-…" can be read as numbers,
# suffixes or ranges in exponentially many ways, and a backtracking pattern tried them all.
ONE_EN = r"(?>\d{1,4}(?:-\d{1,2}(?!\d))?(?:\s*+\(\s*+\d{1,2}\s*+\)){0,2})"
LIST_EN = rf"{ONE_EN}(?:\s*+(?:,\s*+and|,\s*+or|,|and|or|to|through|–|-)\s*+{ONE_EN})*+"
WORD_EN = r"(?P<word>articles|article|arts\.|art\.|arts|art)"
PREFIX_EN = (
    r"(?:(?:paragraph|para\.)\s*+(?P<pp>\d{1,2})\s*+(?:,\s*+)?(?:of\s++)?)?"
    r"(?:(?:item|subparagraph)\s*+\(?(?P<pi>\d{1,2})\)?\s*+(?:of\s++)?)?"
)
TAIL_EN = (r"(?:\s*+(?:,\s*+)?(?:paragraph|para\.)\s*+(?P<tp>\d{1,2}))?"
           r"(?:\s*+(?:,\s*+)?item\s*+\(?(?P<ti>\d{1,2})\)?)?")


# What a citation can begin with besides a law name's first character
# (``Catalogue.initials``): zh the year's digit, 《 or 本 (本法); en "Article N of the Law"
# its paragraph, item, subparagraph or article word; en "the Law, Article N" "the" or the
# year's digit. Each pattern looks ahead for one of them first (``compiled``).
STARTS_ZH, STARTS_EN_OF, STARTS_EN_NAME = r"\d《本", "pisa", r"t\d"


@lru_cache(maxsize=8)
def compiled(zh_names: str, en_names: str, zh_starts: str, en_of_starts: str,
             en_name_starts: str) -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """(zh head, en 'Article N of the Law', en 'Law Article N') for one set of names, each
    with the characters its matches begin with (the inside of a regex class).

    Each pattern first looks ahead for one of those characters, so most positions are
    passed over with one class test; without it, Python's regex engine tried the names'
    alternation name by name at every position of every text (half the time of finding
    citations at 1,000 cases).
    """
    zh = re.compile(rf"(?=[{zh_starts}])" + head_zh(zh_names))
    en_of = re.compile(
        rf"(?=[{en_of_starts}])\b{PREFIX_EN}{WORD_EN}\s*+(?P<list>{LIST_EN}){TAIL_EN}"
        rf"(?:\s*+,)?\s++of\s++(?:the\s++)?(?:(?P<year>\d{{4}})\s+)?"
        rf"(?:(?P<name>{en_names})|(?P<self>this\s+law))\b"
        r"(?:\s*\((?P<year2>\d{4})[^()\n]{0,20}\))?",
        re.IGNORECASE)
    en_name_first = re.compile(
        rf"(?=[{en_name_starts}])\b(?:the\s+)?(?:(?P<year>\d{{4}})\s+)?(?P<name>{en_names})"
        r"(?:\s*\((?P<year2>\d{4})[^()\n]{0,20}\))?"
        rf"(?:\s*+,)?\s++{WORD_EN}\s*+(?P<list>{LIST_EN}){TAIL_EN}",
        re.IGNORECASE)
    return zh, en_of, en_name_first


ARTICLE_ZH_RE = re.compile(ARTICLE_ZH)
ARTICLE_BARE_ZH_RE = re.compile(ARTICLE_BARE_ZH)
SEP_ZH_RE = re.compile(SEP_ZH)
ONE_EN_RE = re.compile(r"(?P<num>\d{1,4})(?:-(?P<suffix>\d{1,2})(?!\d))?"
                       r"(?:\s*\(\s*(?P<p>\d{1,2})\s*\))?(?:\s*\(\s*(?P<i>\d{1,2})\s*\))?")
SEP_EN_RE = re.compile(r"\s*(?P<sep>,\s*and|,\s*or|,|and|or|to|through|–|-)\s*", re.IGNORECASE)
