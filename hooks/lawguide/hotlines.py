"""Tappable hotlines: every mention of a number in data/hotlines.yml becomes a tel: link.

The Markdown extension (``extension``) asks :meth:`Numbers.find` about every text run
of every page, so no page, answer or guide has to write the links by hand and a new
number is one line of data. Numbers in links, code, headings, form labels and buttons
stay as they are, and so do digits that are part of a longer number, an amount or an
article number ("Article 110").
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Iterator

# Not a hotline when written as part of an article number or a longer figure.
_NOT_AFTER = re.compile(r"(?:Articles?|Arts?\.|第|No\.|§)\s*$|[0-9A-Za-z.,:/#\-]$")
_NOT_BEFORE = re.compile(r"^(?:[0-9]|[.,][0-9]|%|条|號|号码?段)")


class Numbers:
    def __init__(self, numbers: Iterable[str]):
        numbers = sorted({n for n in numbers if n}, key=len, reverse=True)
        self.numbers = frozenset(numbers)
        body = "|".join(re.escape(n) for n in numbers) or r"(?!)"
        self.pattern = re.compile(f"(?:{body})")

    def find(self, text: str) -> Iterator[re.Match]:
        """The hotline numbers in ``text``, not those inside a longer figure."""
        for match in self.pattern.finditer(text):
            before, after = text[max(0, match.start() - 12):match.start()], text[match.end():]
            if not (_NOT_AFTER.search(before) or _NOT_BEFORE.match(after)):
                yield match

    def html(self, text: str) -> str:
        """Plain ``text`` (a theme string) as HTML, its hotline numbers tel: links."""
        parts, pos = [], 0
        for match in self.find(text):
            number = match.group(0)
            parts += [html.escape(text[pos:match.start()], quote=False),
                      f'<a class="lg-tel" href="tel:{number}">{number}</a>']
            pos = match.end()
        return "".join(parts) + html.escape(text[pos:], quote=False)
