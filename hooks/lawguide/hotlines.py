"""Tappable hotlines: every mention of a number in data/hotlines.yml becomes a tel: link.

One pass over the prose of every rendered page (``htmltext.rewrite``), so no page, answer
or guide has to write the links by hand and a new number is one line of data. Numbers in
links, code, headings, form labels and buttons stay as they are, and so do digits that are
part of a longer number, an amount or an article number ("Article 110").
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .htmltext import link_matches

# Not a hotline when written as part of an article number or a longer figure.
_NOT_AFTER = re.compile(r"(?:Articles?|Arts?\.|第|No\.|§)\s*$|[0-9A-Za-z.,:/#\-]$")
_NOT_BEFORE = re.compile(r"^(?:[0-9]|[.,][0-9]|%|条|號|号码?段)")


class Linker:
    def __init__(self, numbers: Iterable[str]):
        numbers = sorted({n for n in numbers if n}, key=len, reverse=True)
        self.numbers = frozenset(numbers)
        body = "|".join(re.escape(n) for n in numbers) or r"(?!)"
        self.pattern = re.compile(f"(?:{body})")

    def apply(self, page_html: str) -> str:
        def link(match: re.Match, text: str) -> str | None:
            before, after = text[max(0, match.start() - 12):match.start()], text[match.end():]
            if _NOT_AFTER.search(before) or _NOT_BEFORE.match(after):
                return None
            number = match.group(0)
            return f'<a class="lg-tel" href="tel:{number}">{number}</a>'

        return link_matches(page_html, self.pattern, link)
