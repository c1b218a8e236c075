"""Find spans that read as statute citations, in Chinese and English. Never raises.

A citation needs a law in reach: a law name (from the catalogue, or any name in
《》), or 本法 / "this Law" when the text is a statute's own. Bare 第二条, 前款,
本条, 第3期 or 第1032号 are never citations.
"""

from __future__ import annotations

import re

from ..numerals import parse_number
from . import regexes as rx
from .catalogue import Catalogue
from .models import SELF, Found

_FULLWIDTH = str.maketrans("０１２３４５６７８９", "0123456789")


def _num(text: str | None) -> int | None:
    if not text:
        return None
    try:
        return parse_number(text.translate(_FULLWIDTH))
    except ValueError:
        return None


# Every Chinese citation has 条 or Arabic digits (民法典1032), every English one
# "art" (Article, Art., Arts.) with an article number in digits after it: texts without
# them skip that language's patterns, which are costly to run over long texts.
_ZH_HINT = re.compile(r"[条0-9]")
_EN_HINT = re.compile(r"art", re.IGNORECASE)
_DIGIT = re.compile(r"[0-9]")


def _may_cite_en(text: str) -> bool:
    word = _EN_HINT.search(text)  # the first "art": any later one has fewer digits after it
    return word is not None and _DIGIT.search(text, word.end()) is not None


def find(text: str, catalogue: Catalogue, with_self: bool = False) -> list[Found]:
    zh, en_of, en_first = rx.compiled(
        catalogue.alternation("zh"), catalogue.alternation("en"),
        rx.STARTS_ZH + catalogue.initials("zh"), rx.STARTS_EN_OF,
        rx.STARTS_EN_NAME + catalogue.initials("en"))
    found = (_find_zh(text, zh, with_self) if _ZH_HINT.search(text) else []) + \
        (_find_en(text, en_of, en_first, with_self) if _may_cite_en(text) else [])
    found.sort(key=lambda f: (f.start, -f.end))
    out: list[Found] = []
    reach = 0
    for item in found:  # where two readings overlap, the earlier (longer) one wins
        if item.start >= reach:
            out.append(item)
            reach = item.end
    return out


def _find_zh(text: str, head, with_self: bool) -> list[Found]:
    found: list[Found] = []
    pos = 0
    while (m := head.search(text, pos)) is not None:
        pos = m.end() if m.end() > m.start() else m.start() + 1
        if m["self"] and not with_self:
            continue
        law = SELF if m["self"] else (m["bname"] or m["name"])
        year = _num(m["year"] or m["year2"])
        first = rx.ARTICLE_ZH_RE.match(text, m.end())
        if first is None and not m["self"]:
            first = rx.ARTICLE_BARE_ZH_RE.match(text, m.end())
        if first is None:
            continue
        chain = [(m.start(), first)]
        end = first.end()
        while (sep := rx.SEP_ZH_RE.match(text, end)) and (
                nxt := rx.ARTICLE_ZH_RE.match(text, sep.end())):
            chain.append((sep["sep"], nxt))
            end = nxt.end()
        found += _chain_zh(text, chain, law, year)
        pos = end
    return found


def _chain_zh(text: str, chain: list, law: str, year: int | None) -> list[Found]:
    out: list[Found] = []
    for i, (lead, match) in enumerate(chain):
        number = _number(match["num"], match.groupdict().get("suffix"))
        if number is None:
            continue
        start = lead if i == 0 else match.start()
        range_to = None
        if i + 1 < len(chain) and chain[i + 1][0] in rx.RANGE_ZH:
            nxt = chain[i + 1][1]
            range_to = _number(nxt["num"], nxt["suffix"])
        out.append(Found(start, match.end(), text[start:match.end()], law, year, number,
                         paragraph=_num(match.groupdict().get("para")),
                         item=_num(match.groupdict().get("item") or match.groupdict().get("item2")),
                         range_to=range_to))
    return out


def _number(num: str | None, suffix: str | None) -> str | None:
    base = _num(num)
    if base is None or not 0 < base < 10000:
        return None
    extra = _num(suffix)
    return f"{base}-{extra}" if extra else str(base)


def _find_en(text: str, en_of, en_first, with_self: bool) -> list[Found]:
    found: list[Found] = []
    for pattern in (en_of, en_first):
        for m in pattern.finditer(text):
            if m.groupdict().get("self") and not with_self:
                continue
            law = SELF if m.groupdict().get("self") else m["name"]
            year = _num(m["year"] or m["year2"])
            found += _list_en(text, m, law, year)
    return found


def _list_en(text: str, m, law: str, year: int | None) -> list[Found]:
    plural = m["word"].lower() in ("articles", "arts.", "arts")
    items = []
    pos = m.start("list")
    while (one := rx.ONE_EN_RE.match(text, pos)) is not None and one.end() <= m.end("list"):
        sep = rx.SEP_EN_RE.match(text, one.end())
        items.append((one, sep["sep"].strip().lower() if sep else None))
        if sep is None or sep.end() >= m.end("list"):
            break
        pos = sep.end()
    out: list[Found] = []
    single = len(items) == 1
    groups = m.groupdict()
    for i, (one, sep) in enumerate(items):
        base, suffix = int(one["num"]), one["suffix"]
        range_to = None
        if plural and suffix and int(suffix) > base:  # "Arts. 10-12" is a range, "293-1" is not
            range_to, suffix = suffix, None
        elif sep in ("to", "through", "–", "-") and i + 1 < len(items):
            range_to = items[i + 1][0]["num"]
        number = f"{base}-{suffix}" if suffix else str(base)
        paragraph = _num(one["p"] or groups.get("pp") or groups.get("tp"))
        item = _num(one["i"] or groups.get("pi") or groups.get("ti"))
        if single:
            start, end = m.start(), m.end()
        elif i == 0:
            start, end = min(m.start("word"), m.start()), one.end()
        else:
            start, end = one.start(), one.end()
        out.append(Found(start, end, text[start:end], law, year, number, paragraph, item,
                         range_to=range_to))
    return out
