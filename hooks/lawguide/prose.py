"""What to link in one run of prose: statute citations, glossary terms, hotline numbers.

One language's rules, made once per build from the content. The Markdown extension
(``extension``) asks them about every text run of a page, once, and makes the links.
Citations come first (a term inside a citation stays part of it), then the first use of
each glossary term, then hotline numbers in what is left. Headings get citation links
only: a heading that is a link would be hard to read and harder to tap.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .citations import Catalogue, scan
from .citations.linking import Targets
from .glossary import Terms
from .hotlines import Numbers
from .model import Content, Statute, Term


@dataclass(frozen=True)
class Link:
    start: int
    end: int
    kind: str  # "cite" | "term" | "tel": the link's class is lg-<kind>
    href: str
    title: str = ""
    ref: str = ""  # a citation's article, civil-code/1032 (data-lg-ref)


@dataclass
class Page:
    """What the links of one page depend on, read from the page itself."""

    law: Statute | None = None  # a law's own page: 本法 / "this Law" is that law
    terms: bool = True  # False on the glossary, which would only link to itself
    used: set[str] = field(default_factory=set)  # glossary terms already linked here


class Prose:
    """One language's rules. What a text holds is found once per build and remembered: the
    same runs come back on many pages (a case's title on the index, on each law it cites,
    on the answers that list it); at 1,000 cases 7 % of the text runs differ."""

    def __init__(self, content: Content, catalogue: Catalogue, lang: str):
        self.content, self.catalogue, self.lang = content, catalogue, lang
        self.targets = Targets(content, lang)
        self.numbers = Numbers(route.number for route in content.routes.values())
        self.terms = Terms(content.glossary, lang, self.numbers.numbers)
        self._cited: dict[tuple[str, str | None], tuple[Link, ...]] = {}
        self._words_in: dict[str, tuple[tuple[int, int, Term], ...]] = {}
        self._numbers_in: dict[str, tuple[tuple[int, int, str], ...]] = {}

    def links(self, text: str, page: Page, heading: bool = False) -> list[Link]:
        """The links to make in ``text``, in order, never overlapping."""
        links = list(self._citations(text, page.law))
        if heading:
            return links
        gaps, pos = [], 0
        for link in links:
            gaps.append((pos, link.start))
            pos = link.end
        gaps.append((pos, len(text)))
        for start, end in gaps:
            links += self._words(text[start:end], start, page)
        return sorted(links, key=lambda link: link.start)

    def _citations(self, text: str, law: Statute | None) -> tuple[Link, ...]:
        key = (text, law.id if law else None)
        if key not in self._cited:
            self._cited[key] = tuple(
                Link(c.start, c.end, "cite", self._target(c, law), self.targets.tooltip(c), c.ref)
                for c in scan(text, self.catalogue, law)[0] if not c.implicit)
        return self._cited[key]

    def _target(self, citation, law: Statute | None) -> str:
        target = self.targets.target(citation)
        if law is not None and citation.law_id == law.id:
            return target[target.index("#"):]  # on the law's own page
        return target

    def _words(self, text: str, offset: int, page: Page) -> list[Link]:
        """Glossary terms (first use on the page), then hotline numbers between them."""
        found, pos = [], 0
        if page.terms:
            if text not in self._words_in:
                self._words_in[text] = tuple((m.start(), m.end(), term)
                                             for m, term in self.terms.find(text))
            for start, end, term in self._words_in[text]:
                if term.slug in page.used:
                    continue
                page.used.add(term.slug)
                found += self._numbers(text[pos:start], offset + pos)
                found.append(Link(offset + start, offset + end, "term",
                                  self.terms.target(term), self.terms.tooltip(term)))
                pos = end
        return found + self._numbers(text[pos:], offset + pos)

    def _numbers(self, text: str, offset: int) -> list[Link]:
        if text not in self._numbers_in:
            self._numbers_in[text] = tuple((m.start(), m.end(), m.group(0))
                                           for m in self.numbers.find(text))
        return [Link(offset + start, offset + end, "tel", f"tel:{number}")
                for start, end, number in self._numbers_in[text]]
