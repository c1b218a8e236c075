"""Hover definitions: the first use of each glossary term on a page links to its entry.

The link's title carries the definition (Material shows it as a tooltip on hover
and focus; cite.js shows it on a tap), and the link itself leads to the glossary,
so the definition is reachable without JavaScript too.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable

from .htmltext import escape, link_matches
from .model import Glossary, Term


class Highlighter:
    def __init__(self, glossary: Glossary, lang: str, skip: frozenset[str] = frozenset()):
        """``skip``: words left to other passes (hotline numbers become tel: links)."""
        self.lang = lang
        self.by_word: dict[str, Term] = {}
        for term in glossary.terms:
            for word in term.words(lang):
                if word not in skip:
                    self.by_word.setdefault(self._key(word), term)
        words = sorted(self.by_word, key=len, reverse=True)
        body = "|".join(re.escape(w) for w in words) or r"(?!)"
        self.pattern = re.compile(rf"(?<![A-Za-z])(?:{body})(?![A-Za-z])" if lang == "en"
                                  else f"(?:{body})", re.IGNORECASE if lang == "en" else 0)

    def _key(self, word: str) -> str:
        return word.lower() if self.lang == "en" else word

    def apply(self, page_html: str, href: Callable[[Term], str]) -> str:
        """Link the first use of each term in ``page_html`` (not in headings, links or code)."""
        used: set[str] = set()

        def link(match: re.Match, text: str) -> str | None:
            term = self.by_word[self._key(match.group(0))]
            if term.slug in used:
                return None
            used.add(term.slug)
            tip = html.escape(f"{term.term[self.lang]}: {term.definition[self.lang]}")
            return (f'<a class="lg-term" href="{html.escape(href(term))}" '
                    f'title="{tip}">{escape(match.group(0))}</a>')

        return link_matches(page_html, self.pattern, link)
