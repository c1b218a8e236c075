"""Chinese numerals as used in article labels (第一千零三十二条 <-> 1032).

Statute labels use the ordinary counting form: 十, 百, 千 with 零 for gaps;
a leading 一 is dropped before 十 (第十条, 第十三条) but kept after 百 (第一百一十条).
"""

from __future__ import annotations

DIGITS = "零一二三四五六七八九"
UNITS = {"十": 10, "百": 100, "千": 1000}
_VALUES = {c: i for i, c in enumerate(DIGITS)} | {"〇": 0, "两": 2}


def to_chinese(n: int) -> str:
    if not 0 < n < 10000:
        raise ValueError(f"article numbers run from 1 to 9999, got {n}")
    parts: list[str] = []
    zero_pending = False
    for unit, name in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        digit, n = divmod(n, unit)
        if digit == 0:
            zero_pending = bool(parts)
            continue
        if zero_pending:
            parts.append("零")
            zero_pending = False
        parts.append(DIGITS[digit] + name)
    text = "".join(parts)
    return text[1:] if text.startswith("一十") else text


def from_chinese(text: str) -> int:
    """Parse 一千零三十二 -> 1032; raise ValueError on anything else."""
    if not text:
        raise ValueError("empty numeral")
    total, digit = 0, None
    for ch in text:
        if ch == "零":
            continue
        if ch in _VALUES:
            if digit is not None:
                raise ValueError(f"two digits in a row in {text!r}")
            digit = _VALUES[ch]
        elif ch in UNITS:
            total += (1 if digit is None else digit) * UNITS[ch]
            digit = None
        else:
            raise ValueError(f"not a Chinese numeral: {text!r}")
    total += digit or 0
    if total == 0:
        raise ValueError(f"zero is no article number: {text!r}")
    return total


def parse_number(text: str) -> int:
    """Arabic or Chinese digits."""
    return int(text) if text.isdigit() else from_chinese(text)


def article_label_zh(number: str) -> str:
    """'293-1' -> 第二百九十三条之一."""
    base, _, suffix = number.partition("-")
    label = f"第{to_chinese(int(base))}条"
    return label + (f"之{to_chinese(int(suffix))}" if suffix else "")
