"""Who cites what: the graph behind "cited by", built before any page is rendered.

Sources: the prose fields and ``statutes:`` lists of cases and answers, the
hand-written pages under ``docs/<lang>/``, and the text of other laws. Citations
that cannot be resolved come back as problems with file and line; in official
statute text (which we cannot edit) they are only notes.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from .. import messages as msg
from ..errors import Problem, field_name
from ..model import LANGS, Content, Source, Text
from ..pages import Page
from .catalogue import Catalogue
from .clean import clean
from .resolve import scan

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

    ``scanned``: what each case and answer cited when last built (``Memory.scanned``):
    under ``mkdocs serve`` an edit changes one entry, and scanning every other entry's
    prose again would cost more than the rest of the compile.
    """
    scanned = {} if scanned is None else scanned
    graph, problems, notes = Graph(), [], []
    for case in content.cases.values():
        titles = case.title
        _content(graph, problems, scanned, catalogue, case.source, case.statutes, titles, "case",
                 f"cases/{case.id}.md", _fields(case, CASE_FIELDS))
    for answer in content.answers.values():
        _content(graph, problems, scanned, catalogue, answer.source, answer.statutes,
                 answer.question,
                 "answer", f"faq/{answer.id}.md", _fields(answer, ANSWER_FIELDS))
    for statute in content.statutes.values():
        for i, article in enumerate(statute.articles):
            for lang, lines in (("zh", article.zh), ("en", article.en)):
                citations, unknown = scan("\n".join(lines), catalogue, self_law=statute)
                at = ("articles", i, "text", lang)
                notes += [Problem(statute.source.path, statute.source.line(at), field_name(at),
                                  msg.CITATION.format(text=u.text, reason=u.reason))
                                 for u in unknown]
                for c in citations:
                    if c.law_id != statute.id:
                        citer = Citer("law", f"laws/{statute.id}.md",
                                      f"{statute.short[lang]} {article.label(lang)}")
                        graph.add(c.ref, lang, citer)
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
        lang, _, rel = page.path.removeprefix("docs/").partition("/")
        citer = Citer("guide", rel, _title(page.text, rel))
        for run in page.runs:  # the text the Markdown extension links, nothing else
            citations, unknown = scan(run, catalogue)
            problems += [Problem(page.path, _line(page.text, u.text), "",
                                 msg.CITATION.format(text=u.text, reason=u.reason))
                         for u in unknown]
            for c in citations:
                graph.add(c.ref, lang, citer)
    return graph, problems, notes


def _fields(obj, names) -> list[tuple[tuple, Text]]:
    out = []
    for name in names:
        if isinstance(name, tuple):
            value = getattr(obj, f"lesson_{name[1]}")
        else:
            value = getattr(obj, name)
        out.append((name if isinstance(name, tuple) else (name,), value))
    return out


def _content(graph: Graph, problems: list, scanned: dict, catalogue: Catalogue, source: Source,
             refs: tuple[str, ...], titles: Text, kind: str, path: str, fields) -> None:
    lines = tuple(source.line(at + (lang,)) for at, _ in fields for lang in LANGS)
    key = (catalogue.names, source.path, refs, tuple(text for _, text in fields), lines)
    known = scanned.get((kind, path))
    if known is not None and known[0] == key:
        cited, found = known[1], known[2]
    else:
        cited, found = _scan(catalogue, source, refs, fields)
        scanned[(kind, path)] = (key, cited, found)
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
