"""Find personal data that must never be published in a case or an answer.

Cases come from strangers by pull request and are published as they are, so a
phone number left in a story identifies a real person on a public site. This
module finds the identifiers that are easy to recognise and costly to leak:
mainland mobile numbers, resident ID numbers (only those whose check digit is
right, so ordinary long numbers pass), bank card numbers (only Luhn-valid
ones), e-mail addresses and licence plates. Each finding carries a masked form
the contributor can write instead (``138****1234``).

Text is NFKC-normalised first, so full-width digits typed with a Chinese input
method (``１３８…``) are found too. Findings never repeat the full identifier:
messages end up in public CI logs.
"""

from __future__ import annotations

import re
import sys
import unicodedata
from dataclasses import dataclass
from functools import cache

_NOT_DIGIT_BEFORE = r"(?<![0-9])"
_NOT_DIGIT_AFTER = r"(?![0-9])"
MOBILE = re.compile(_NOT_DIGIT_BEFORE + r"(?:(?:\+|00)?86[ -]?)?1[3-9][0-9](?:[ -]?[0-9]{4}){2}"
                    + _NOT_DIGIT_AFTER)
RESIDENT_ID = re.compile(_NOT_DIGIT_BEFORE + r"[1-9][0-9]{16}[0-9Xx](?![0-9A-Za-z])")
BANK_CARD = re.compile(_NOT_DIGIT_BEFORE + r"(?:[0-9]{4}[ -]){3,4}[0-9]{1,4}" + _NOT_DIGIT_AFTER
                       + "|" + _NOT_DIGIT_BEFORE + r"[0-9]{13,19}" + _NOT_DIGIT_AFTER)
EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
                   r"(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*\.[A-Za-z]{2,}")
# Province abbreviation, issuing-office letter (I and O are never used), then five
# characters (six for new-energy vehicles), or four and a suffix such as 学 or 警.
PLATE = re.compile(r"([京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼])"
                   r"([A-HJ-NP-Z])[·• -]?"
                   r"((?=[A-HJ-NP-Z0-9]*[0-9])[A-HJ-NP-Z0-9]{5,6}|[A-HJ-NP-Z0-9]{4}[挂学警港澳])"
                   r"(?![A-Za-z0-9])")

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
}


def resident_id_valid(number: str) -> bool:
    """GB 11643 check digit: the weighted sum of the first 17 digits picks the 18th."""
    if not re.fullmatch(r"[0-9]{17}[0-9Xx]", number):
        return False
    total = sum(int(d) * w for d, w in zip(number[:17], _ID_WEIGHTS))
    return _ID_CHECK[total % 11] == number[17].upper()


def luhn_valid(number: str) -> bool:
    """The Luhn checksum every bank card number satisfies (and 90% of random numbers fail)."""
    digits = [int(d) for d in reversed(number)]
    total = sum(d if i % 2 == 0 else (d * 2 - 9 if d > 4 else d * 2)
                for i, d in enumerate(digits))
    return total % 10 == 0


def normalise(text: str) -> str:
    """NFKC (full-width digits to ASCII) without invisible format characters (zero-width
    spaces would otherwise split a number in two)."""
    return _format_characters().sub("", unicodedata.normalize("NFKC", text))


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

    for m in RESIDENT_ID.finditer(text):
        if resident_id_valid(m.group()):
            add("resident-id", m, m.group()[0] + "*" * 16 + m.group()[-1].upper())
    for m in MOBILE.finditer(text):
        digits = re.sub(r"[^0-9]", "", m.group())[-11:]
        add("mobile", m, f"{digits[:3]}****{digits[-4:]}")
    for m in BANK_CARD.finditer(text):
        digits = re.sub(r"[^0-9]", "", m.group())
        if 13 <= len(digits) <= 19 and luhn_valid(digits):
            add("bank-card", m, digits[:4] + "*" * (len(digits) - 8) + digits[-4:])
    for m in EMAIL.finditer(text):
        local, _, domain = m.group().partition("@")
        add("email", m, f"{local[0]}***@{domain}")
    for m in PLATE.finditer(text):
        add("plate", m, f"{m.group(1)}{m.group(2)}·{'*' * len(m.group(3))}")
    return sorted(found, key=lambda f: f.start)


def explain(text: str, finding: Finding) -> str:
    """A message for people: what was found, where (with the identifier masked), and the fix."""
    same = normalise(text)
    text = text if len(same) == len(text) else same  # quote what the contributor wrote
    before = text[max(0, finding.start - _CONTEXT):finding.start]
    after = text[finding.end:finding.end + _CONTEXT]
    where = " ".join(f"{before}{finding.masked}{after}".split())
    return (f"contains {_WHAT[finding.kind]} (in \"{where}\"); published pages must not "
            f"identify anyone: delete it, or write it masked as {finding.masked}")
