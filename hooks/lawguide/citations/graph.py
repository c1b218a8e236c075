"""Who cites what: the graph behind "cited by", built before any page is rendered.

Sources: the prose fields and ``statutes:`` lists of cases and answers, the
hand-written pages under ``docs/<lang>/``, and the text of other laws. Citations
that cannot be resolved come back as problems with file and line; in official
statute text (which we cannot edit) they are only notes.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import TypeVar

from .. import messages as msg
from ..errors import Problem, field_name
from ..model import LANGS, Content, Source, Statute, Text
from ..pages import Page
from .catalogue import Catalogue
from .clean import clean
from .resolve import scan

T = TypeVar("T")
KINDS = ("case", "answer", "guide", "law")
CASE_FIELDS = ("title", "summary", "facts", "analysis", "remedies", ("lessons", "debtor"),
               ("lessons", "collector"))
ANSWER_FIELDS = ("question", "short", "answer")


@dataclass(frozen=True, order=True)
class Citer:
    kind: str  # case | answer | guide | law
    path: str  # source path under docs/<lang>/, e.g. "cases/xiao-wang.md"
    title: str


@dataclass
class Graph:
    cited_by: dict[str, dict[str, set[Citer]]] = field(
        default_factory=lambda: defaultdict(lambda: defaultdict(set)))

    def add(self, ref: str, lang: str, citer: Citer) -> None:
        self.cited_by[ref][lang].add(citer)

    def citers(self, ref: str, lang: str) -> list[Citer]:
        return sorted(self.cited_by.get(ref, {}).get(lang, ()),
                      key=lambda c: (KINDS.index(c.kind), c.title))

    def grouped(self, ref: str, lang: str) -> list[tuple[str, list[Citer]]]:
        """Citers by kind, in the order cases, answers, guide pages, laws."""
        citers = self.citers(ref, lang)
        return [(kind, [c for c in citers if c.kind == kind]) for kind in KINDS
                if any(c.kind == kind for c in citers)]

    def law_count(self, law_id: str, lang: str) -> int:
        """Citing pages, counted once per article they cite."""
        return sum(len(by_lang.get(lang, ())) for ref, by_lang in self.cited_by.items()
                   if ref.split("/")[0] == law_id)


def build(content: Content, catalogue: Catalogue, guides: Iterable[Page] = (),
          glossary_title: Text | None = None, scanned: dict | None = None,
          ) -> tuple[Graph, list[Problem], list[Problem]]:
    """(graph, unresolved citations in our prose, unresolved ones in official texts).

    ``guides``: the hand-written pages as validation rendered them (``pages.check``):
    their prose text runs are exactly what the Markdown extension reads and links.

    ``scanned``: what each case, answer, law and hand-written page cited when last built
    (``Memory.scanned``), kept while its text and the statutes citations resolve against
    are the same: under ``mkdocs serve`` an edit changes one entry, and scanning all the
    other text again would cost more than the rest of the compile.
    """
    scanned = {} if scanned is None else scanned
    rules = (catalogue.names, tuple(catalogue.statutes.values()))  # what resolving reads
    graph, problems, notes = Graph(), [], []
    for case in content.cases.values():
        _content(graph, problems, scanned, rules, catalogue, case.source, case.statutes,
                 case.title, "case", f"cases/{case.id}.md", _fields(case, CASE_FIELDS))
    for answer in content.answers.values():
        _content(graph, problems, scanned, rules, catalogue, answer.source, answer.statutes,
                 answer.question, "answer", f"faq/{answer.id}.md",
                 _fields(answer, ANSWER_FIELDS))
    for statute in content.statutes.values():
        cites, found = _remembered(scanned, ("law", statute.id), rules,
                                   lambda statute=statute: _law(statute, catalogue))
        notes += found
        for ref, lang, citer in cites:
            graph.add(ref, lang, citer)
    glossary = content.glossary
    for i, term in enumerate(glossary.terms):
        for lang in LANGS:
            citations, unknown = scan(clean(term.definition[lang]), catalogue)
            at = ("terms", i, "definition", lang)
            problems += [Problem(glossary.source.path, glossary.source.line(at), field_name(at),
                                 msg.CITATION.format(text=u.text, reason=u.reason))
                                for u in unknown]
            for c in citations:
                graph.add(c.ref, lang, Citer("guide", "glossary/index.md",
                                                          (glossary_title or term.term)[lang]))
    for page in guides:
        cites, found = _remembered(scanned, ("guide", page.path), (rules, page),
                                   lambda page=page: _guide(page, catalogue))
        problems += found
        for ref, lang, citer in cites:
            graph.add(ref, lang, citer)
    return graph, problems, notes


def _remembered(scanned: dict, name: tuple, key: tuple, make: Callable[[], T]) -> T:
    """``make()``, or what it gave last time for ``name`` if ``key`` is still the same.

    Keys are compared, not hashed (statutes hold mappings): objects the loader kept
    because their file did not change are the same objects, so most comparisons end at
    identity.
    """
    known = scanned.get(name)
    if known is not None and known[0] == key:
        return known[1]
    made = make()
    scanned[name] = (key, made)
    return made


def _law(statute: Statute, catalogue: Catalogue) -> tuple[list, list[Problem]]:
    """What the official text of ``statute`` cites in other laws, and what does not resolve."""
    cites, notes = [], []
    for i, article in enumerate(statute.articles):
        for lang, lines in (("zh", article.zh), ("en", article.en)):
            citations, unknown = scan("\n".join(lines), catalogue, self_law=statute)
            at = ("articles", i, "text", lang)
            notes += [Problem(statute.source.path, statute.source.line(at), field_name(at),
                              msg.CITATION.format(text=u.text, reason=u.reason))
                      for u in unknown]
            citer = Citer("law", f"laws/{statute.id}.md",
                          f"{statute.short[lang]} {article.label(lang)}")
            cites += [(c.ref, lang, citer) for c in citations if c.law_id != statute.id]
    return cites, notes


def _guide(page: Page, catalogue: Catalogue) -> tuple[list, list[Problem]]:
    """What a hand-written page cites, and what does not resolve."""
    lang, _, rel = page.path.removeprefix("docs/").partition("/")
    citer = Citer("guide", rel, _title(page.text, rel))
    cites, problems = [], []
    for run in page.runs:  # the text the Markdown extension links, nothing else
        citations, unknown = scan(run, catalogue)
        problems += [Problem(page.path, _line(page.text, u.text), "",
                             msg.CITATION.format(text=u.text, reason=u.reason))
                     for u in unknown]
        cites += [(c.ref, lang, citer) for c in citations]
    return cites, problems


def _fields(obj, names) -> list[tuple[tuple, Text]]:
    out = []
    for name in names:
        if isinstance(name, tuple):
            value = getattr(obj, f"lesson_{name[1]}")
        else:
            value = getattr(obj, name)
        out.append((name if isinstance(name, tuple) else (name,), value))
    return out


def _content(graph: Graph, problems: list, scanned: dict, rules: tuple, catalogue: Catalogue,
             source: Source, refs: tuple[str, ...], titles: Text, kind: str, path: str,
             fields) -> None:
    # source.lines: the messages' line numbers (the same object while the file is unchanged)
    key = (rules, source.path, refs, tuple(text for _, text in fields), source.lines)
    cited, found = _remembered(scanned, (kind, path), key,
                               lambda: _scan(catalogue, source, refs, fields))
    problems.extend(found)
    for ref in cited:
        for lang in LANGS:
            graph.add(ref, lang, Citer(kind, path, titles[lang]))


def _scan(catalogue: Catalogue, source: Source, refs: tuple[str, ...], fields
          ) -> tuple[frozenset[str], tuple[Problem, ...]]:
    cited, problems = set(refs), []
    for at, text in fields:
        for lang in LANGS:
            prose = text[lang]
            citations, unknown = scan(clean(prose), catalogue)
            cited.update(c.ref for c in citations)
            key_line = source.line(at + (lang,))
            for u in unknown:
                line = key_line + (1 + prose[:u.start].count("\n") if "\n" in prose else 0)
                problems.append(Problem(source.path, line, field_name(at + (lang,)),
                                        msg.CITATION.format(text=u.text, reason=u.reason)))
    return frozenset(cited), tuple(problems)



def _line(text: str, cited: str) -> int:
    """The line of a page where a citation is written (its first appearance)."""
    at = text.find(cited)
    return text[:at].count("\n") + 1 if at >= 0 else 1


def _title(markdown: str, rel: str) -> str:
    front = re.match(r"^---\n(.*?)\n---\n", markdown, re.S)
    if front and (m := re.search(r"^title:\s*(.+)$", front.group(1), re.M)):
        return m.group(1).strip().strip("'\"")
    heading = re.search(r"^#\s+(.+?)\s*(?:\{.*\})?$", markdown, re.M)
    return heading.group(1) if heading else rel
