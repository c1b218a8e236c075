"""Find personal data that must never be published on the site.

Cases come from strangers by pull request and are published as they are, so a
phone number left in a story identifies a real person on a public site. This
module finds the identifiers that are easy to recognise and costly to leak:
mainland mobile numbers, resident ID numbers (18 digits with a right check
digit, or the old 15-digit form with a real birth date), bank card numbers
(Luhn-valid ones), e-mail addresses (also written ``(at)``/``[dot]``), licence
plates in either case, and QQ numbers or WeChat ids named as such. Each finding
carries a masked form the contributor can write instead (``138****1234``).

It reads the text a reader would see (``untrusted`` hands over the rendered,
entity-decoded text), NFKC-normalised so full-width digits are found, without
invisible characters and without separators between digits. Findings and
messages never repeat the full identifier: messages end up in public CI logs.
"""

from __future__ import annotations

import datetime as dt
import re
import sys
import unicodedata
from dataclasses import dataclass
from functools import cache

from . import messages as msg

_NOT_DIGIT_BEFORE = r"(?<![0-9])"
_NOT_DIGIT_AFTER = r"(?![0-9])"
# Every pattern below is linear on any input: fixed or bounded repetition only, no
# nested quantifiers (tests/test_patterns_linear.py feeds them 10^5 hostile characters).
# Separators a writer puts between digit groups (spaces, dots, dashes, `*` runs, `·`)
# are removed before matching, see :func:`normalise`.
MOBILE = re.compile(_NOT_DIGIT_BEFORE + r"(?:(?:\+|00)86)?1[3-9][0-9]{9}" + _NOT_DIGIT_AFTER)
RESIDENT_ID = re.compile(_NOT_DIGIT_BEFORE + r"[1-9][0-9]{16}[0-9Xx](?![0-9A-Za-z])")
OLD_RESIDENT_ID = re.compile(_NOT_DIGIT_BEFORE + r"[1-8][0-9]{5}([0-9]{2})(0[1-9]|1[0-2])"
                             r"(0[1-9]|[12][0-9]|3[01])[0-9]{3}" + _NOT_DIGIT_AFTER)
BANK_CARD = re.compile(_NOT_DIGIT_BEFORE + r"[0-9]{13,19}" + _NOT_DIGIT_AFTER)
_LABEL_CHARACTER = r"[A-Za-z0-9._%+-]"
_LABEL = _LABEL_CHARACTER + r"{1,64}"
_DOMAIN_PART = r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
# user@example.cn, and the spellings that hide the @ and the dots from a naive check:
# user(at)example(dot)cn, user [at] example [dot] cn, user at example dot com.
# (Each alternative begins with one character, not a class or an optional space: then the
# regex engine skips to those characters when it searches for an "at", three times faster.)
_AT = r"(?:@| (?:[(\[{]at[)\]}] ?|at )|\(at[)\]}] ?|\[at[)\]}] ?|\{at[)\]}] ?)"
_DOT = r"(?:\.|[ ]?[(\[{]dot[)\]}][ ]?| dot )"
EMAIL = re.compile(r"(?<!" + _LABEL_CHARACTER + ")" + _LABEL + _AT + _DOMAIN_PART
                   + r"(?:" + _DOT + _DOMAIN_PART + r"){0,5}" + _DOT + r"[A-Za-z]{2,12}"
                   + r"(?![A-Za-z0-9])", re.IGNORECASE)
# Province abbreviation, issuing-office letter (I and O are never used), then five
# characters (six for new-energy vehicles), or four and a suffix such as 学 or 警;
# in either case, since a plate typed in lower case is the same plate.
PLATE = re.compile(r"([京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼])"
                   r"([A-HJ-NP-Z])[·• -]?"
                   r"((?=[A-HJ-NP-Z0-9]{0,6}[0-9])[A-HJ-NP-Z0-9]{5,6}|[A-HJ-NP-Z0-9]{4}[挂学警港澳])"
                   r"(?![A-Za-z0-9])", re.IGNORECASE)
# An account named as such: "QQ号: 12345678", "微信：zhang_wei88", "WeChat ID wxid_abc123".
QQ = re.compile(r"(?:QQ|扣扣)(?:号码|号)?[ ]?[:：]?[ ]?([1-9][0-9]{4,11})" + _NOT_DIGIT_AFTER,
                re.IGNORECASE)
WECHAT = re.compile(r"(?:微信号|微信|WeChat(?: ID)?|wxid|VX|WX|V信)[ ]?[:：_]?[ ]?"
                    r"([A-Za-z][A-Za-z0-9_-]{5,19})(?![A-Za-z0-9_-])", re.IGNORECASE)
_SEPARATORS = re.compile(r"(?<=[0-9])[ .\-\u2010-\u2015*·_/]{1,4}(?=[0-9])")

_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_CHECK = "10X98765432"
_CONTEXT = 8  # characters of context either side in messages


@dataclass(frozen=True)
class Finding:
    """One identifier in a text: what it is, where, and how to write it masked."""

    kind: str  # mobile | resident-id | bank-card | email | plate
    start: int
    end: int
    masked: str


_WHAT = {
    "mobile": "a mainland mobile number",
    "resident-id": "a resident ID number with a valid check digit",
    "bank-card": "a bank card number that passes the card checksum",
    "email": "an e-mail address",
    "plate": "a licence plate number",
    "qq": "a QQ number",
    "wechat": "a WeChat id",
}


def resident_id_valid(number: str) -> bool:
    """GB 11643 check digit: the weighted sum of the first 17 digits picks the 18th."""
    if not re.fullmatch(r"[0-9]{17}[0-9Xx]", number):
        return False
    total = sum(int(d) * w for d, w in zip(number[:17], _ID_WEIGHTS))
    return _ID_CHECK[total % 11] == number[17].upper()


# Prefilters, each implied by the patterns it guards, so skipping those patterns where it
# finds nothing changes no finding: the five digit patterns (identity numbers, mobiles,
# bank cards, QQ numbers) each match at least five ASCII digits in a row, and a WeChat id
# is named by a word that holds one of ``_WECHAT_WORDS`` (in lower case). Most fields have
# neither. Addresses are found from their "at" (:func:`_emails`).
_FIVE_DIGITS = re.compile(r"[0-9]{5}")
_WECHAT_WORDS = ("微信", "wechat", "wx", "vx", "v信")
_ANY_AT = re.compile(_AT, re.IGNORECASE)
# The run of label characters that ends where the search stops (``endpos``: an "at"), read
# with EMAIL's own class and flags: under re.IGNORECASE it holds İ, ı, ſ and K (Kelvin) too.
_RUN_BEFORE = re.compile(_LABEL_CHARACTER + r"++\Z", re.IGNORECASE)


def luhn_valid(number: str) -> bool:
    """The Luhn checksum every bank card number satisfies (and 90% of random numbers fail)."""
    digits = [int(d) for d in reversed(number)]
    total = sum(d if i % 2 == 0 else (d * 2 - 9 if d > 4 else d * 2)
                for i, d in enumerate(digits))
    return total % 10 == 0


def normalise(text: str) -> str:
    """The text as a reader would read the identifiers in it: NFKC (full-width digits to
    ASCII), no invisible format characters, and no separators between digits
    (``138 1234 5678``, ``138.1234.5678``, ``138-123-45678`` and ``138**1234**5678`` are
    one number to a reader, and so to this check)."""
    if not text.isascii():  # ASCII is its own NFKC form and has no format characters
        text = _format_characters().sub("", _nfkc(text))
    return _SEPARATORS.sub("", text)


# NFKC maps each of these (full-width ASCII, the ideographic space) to one ASCII character,
# which is what NFKC makes of it in any context: both have the same NFKD, character by
# character, and all are starters. Chinese text is seldom in NFKC only because of them.
_WIDE = {0xFF01 + i: 0x21 + i for i in range(94)} | {0x3000: 0x20}


def _nfkc(text: str) -> str:
    """``unicodedata.normalize("NFKC", text)``: the full-width forms mapped first, then
    normalised only if what is left is not already in NFKC (a check far cheaper than
    normalising, which copies the whole text)."""
    narrow = text.translate(_WIDE)
    return narrow if unicodedata.is_normalized("NFKC", narrow) else \
        unicodedata.normalize("NFKC", narrow)


@cache
def _format_characters() -> re.Pattern:
    """Every format (Cf) character this Python knows, as one regex: scanning text in C
    is far faster than asking ``unicodedata`` about each character of every file."""
    ranges: list[list[int]] = []  # as ranges: a class of single characters scans slowly
    for code in range(sys.maxunicode + 1):
        if unicodedata.category(chr(code)) == "Cf":
            if ranges and ranges[-1][1] == code - 1:
                ranges[-1][1] = code
            else:
                ranges.append([code, code])
    return re.compile("[" + "".join(re.escape(chr(a)) + (f"-{re.escape(chr(b))}" if b > a else "")
                                    for a, b in ranges) + "]")


def find(text: str) -> list[Finding]:
    """Every identifier in ``text``, in order; positions are in :func:`normalise` (text)."""
    text = normalise(text)
    found: list[Finding] = []
    taken: list[tuple[int, int]] = []

    def add(kind: str, match: re.Match, masked: str) -> None:
        span = match.span()
        if any(s < span[1] and span[0] < e for s, e in taken):
            return  # already reported as a more specific kind
        taken.append(span)
        found.append(Finding(kind, span[0], span[1], masked))

    digits = _FIVE_DIGITS.search(text) is not None  # else no digit pattern can match
    for m in RESIDENT_ID.finditer(text) if digits else ():
        if resident_id_valid(m.group()):
            add("resident-id", m, m.group()[0] + "*" * 16 + m.group()[-1].upper())
    for m in OLD_RESIDENT_ID.finditer(text) if digits else ():
        if _real_date(1900 + int(m.group(1)), int(m.group(2)), int(m.group(3))):
            add("resident-id", m, m.group()[0] + "*" * 13 + m.group()[-1])
    for m in MOBILE.finditer(text) if digits else ():
        number = m.group()[-11:]
        add("mobile", m, f"{number[:3]}****{number[-4:]}")
    for m in BANK_CARD.finditer(text) if digits else ():
        number = m.group()
        if luhn_valid(number):
            add("bank-card", m, number[:4] + "*" * (len(number) - 8) + number[-4:])
    for m in _emails(text):
        local = re.split(_AT, m.group(), maxsplit=1, flags=re.IGNORECASE)[0]
        add("email", m, f"{local[0]}***@***")
    for m in PLATE.finditer(text):
        add("plate", m, f"{m.group(1)}{m.group(2).upper()}·{'*' * len(m.group(3))}")
    for m in QQ.finditer(text) if digits else ():
        add("qq", m, m.group()[:m.start(1) - m.start()] + m.group(1)[:2] + "***")
    lower = text.lower()
    for m in WECHAT.finditer(text) if any(w in lower for w in _WECHAT_WORDS) else ():
        add("wechat", m, m.group()[:m.start(1) - m.start()] + m.group(1)[:2] + "***")
    return sorted(found, key=lambda f: f.start)


def _emails(text: str):
    """``EMAIL.finditer(text)``, tried only where a run of label characters ends at an
    "at", instead of at every character: an address's local part is the whole run before
    its "at" (no spelling of "at" begins with a label character, and the pattern wants
    none before the run), so a match can start nowhere else. Every position of an "at"
    is visited, overlapping ones too; a start inside the last address is skipped, as
    ``finditer`` does."""
    reach = 0
    at = _ANY_AT.search(text)
    while at is not None:
        # no further back than the last address, nor than 65 characters (too many for one)
        run = _RUN_BEFORE.search(text, max(reach, at.start() - 65), at.start())
        if run is not None and (m := EMAIL.match(text, run.start())) is not None:
            yield m
            reach = m.end()
        at = _ANY_AT.search(text, max(at.start() + 1, reach))


def _real_date(year: int, month: int, day: int) -> bool:
    try:
        dt.date(year, month, day)
    except ValueError:
        return False
    return True


def explain(text: str, finding: Finding) -> str:
    """A message for people: what was found, where (with the identifier masked), and the fix.

    The excerpt is of the normalised text, so it never holds the identifier in any spelling.
    """
    text = normalise(text)
    before = text[max(0, finding.start - _CONTEXT):finding.start]
    after = text[finding.end:finding.end + _CONTEXT]
    where = " ".join(f"{before}{finding.masked}{after}".split())
    return msg.PERSONAL_DATA.format(what=_WHAT[finding.kind], where=where, masked=finding.masked)
