"""Model -> Markdown, one Jinja template per page kind, the same for both languages.

Pages link to each other by their Markdown source path (``../laws/civil-code.md#art-1032``)
so that MkDocs checks every link and writes the right URL for either language.
"""

from __future__ import annotations

import posixpath
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from functools import cache, cached_property, partial
from pathlib import Path

import jinja2

from . import listings, loader, mdline  # loader reads data/ui.yml like every data file
from .citations.graph import Graph
from .errors import ContentError
from .listings import Sheet
from .model import LANGS, Answer, Article, Case, Content, Statute, Text
from .pagemeta import Meta

TEMPLATES = Path(__file__).parent / "templates"


@dataclass(frozen=True)
class Page:
    """One generated page: its path under docs/<lang>/ and its Markdown."""

    lang: str
    path: str  # e.g. "cases/xiao-wang.md"
    markdown: str


@dataclass(frozen=True)
class Job:
    """A page to render, with everything its Markdown depends on.

    ``inputs`` holds what the page's template reads besides the UI strings and
    the templates (which every page reads): the model objects it shows, those it
    links to by title, and its "cited by" lists. ``compile`` renders a page
    again only when its inputs changed, so an edit re-renders the pages that
    show the edited entry and no others. Keep each kind's inputs in step with
    its template (tests/test_incremental.py checks cached against fresh output).
    """

    lang: str
    path: str
    inputs: tuple
    render: Callable[[], Page]


def case_path(case_id: str) -> str:
    return f"cases/{case_id}.md"


def answer_path(answer_id: str) -> str:
    return f"faq/{answer_id}.md"


def law_path(law_id: str) -> str:
    return f"laws/{law_id}.md"


def new_environment(templates: Path) -> jinja2.Environment:
    """The Jinja settings of every template of ours, page and tool templates alike:
    Markdown out (no autoescape; contributed text was checked as Markdown), undefined
    names an error. Front matter comes from ``pagemeta.Meta.front_matter``. Text a template
    sets inside a heading, a link's text or a table cell goes through ``| line``
    (``mdline``; tests/test_mdline.py checks every template for it)."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(templates), undefined=jinja2.StrictUndefined,
        trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True, autoescape=False)
    env.filters["line"] = mdline.line
    return env


@cache
def environment() -> jinja2.Environment:
    env = new_environment(TEMPLATES)
    env.globals.update(case_path=case_path, answer_path=answer_path, law_path=law_path,
                       page_path=listings.page_path, case_group=listings.case_group)
    return env


class Strings:
    """UI strings in one language: ``t.cases`` -> 案例."""

    def __init__(self, table: dict[str, Text], lang: str):
        self._table, self._lang = table, lang

    def __getattr__(self, key: str) -> str:
        return self._table[key][self._lang]

    def __getitem__(self, key: str) -> str:
        return self.__getattr__(key)


def load_strings(path: Path) -> dict[str, Text]:
    """The interface strings of ``<root>/data/ui.yml``; ContentError if the file has problems."""
    return _strings(path, path.stat().st_mtime_ns)


@cache
def _strings(path: Path, stamp: int) -> dict[str, Text]:
    strings, problems = loader.load_strings(path.parent.parent)
    if problems:
        raise ContentError(problems)
    return strings


class Renderer:
    def __init__(self, content: Content, strings: dict[str, Text], graph: Graph | None = None):
        self.content = content
        self.strings = strings
        self.graph = graph or Graph()
        self._previews: dict[tuple[str, str], tuple] = {}

    def _render(self, template: str, lang: str, here: str, **context) -> str:
        def link(target: str) -> str:
            """Relative link from this page's source to another source path (with #anchor)."""
            path, _, anchor = target.partition("#")
            rel = _relpath(path, posixpath.dirname(here) or ".")
            return rel + (f"#{anchor}" if anchor else "")

        return environment().get_template(template).render(
            lang=lang, t=Strings(self.strings, lang), content=self.content, link=link,
            graph=self.graph,
            article_link=lambda ref: link(self.article_target(ref)), **context)

    def article_target(self, ref: str) -> str:
        article = self.content.resolve(ref)
        return f"{law_path(article.law_id)}#{article.anchor}"

    def case(self, case: Case, lang: str) -> Page:
        here = case_path(case.id)
        meta = Meta("case", case.title[lang], case.reviewed.isoformat(), case.source.path)
        return Page(lang, here, self._render("case.md.j2", lang, here, case=case, meta=meta))

    def answer(self, answer: Answer, lang: str) -> Page:
        here = answer_path(answer.id)
        meta = Meta("answer", answer.question[lang], answer.reviewed.isoformat(),
                    answer.source.path)
        return Page(lang, here, self._render("answer.md.j2", lang, here, answer=answer,
                                             meta=meta))

    def statute(self, statute: Statute, lang: str) -> Page:
        here = law_path(statute.id)
        meta = Meta("law", statute.short[lang], statute.reviewed.isoformat(),
                    statute.source.path)
        cited = {article.number: self._preview(article, lang) for article in statute.articles}
        return Page(lang, here, self._render("statute.md.j2", lang, here, statute=statute,
                                             meta=meta, cited=cited))

    def _preview(self, article: Article, lang: str) -> tuple:
        """What a law page shows of an article's citers: (count, [(kind, count, the first
        ``listings.PREVIEW``)], the path of the whole list or "" when nothing was cut)."""
        known = self._previews.get((article.ref, lang))
        if known is None:
            shown = tuple((kind, len(group), tuple(group[:listings.PREVIEW]))
                          for kind, group in self.graph.grouped(article.ref, lang))
            whole = (listings.page_path(listings.citers_of(article.law_id, article.anchor), 1)
                     if any(count > listings.PREVIEW for _, count, _ in shown) else "")
            known = self._previews[article.ref, lang] = (
                sum(count for _, count, _ in shown), shown, whole)
        return known

    def index(self, path: str, template: str, lang: str) -> Page:
        lists = {"groups": self._case_groups, "newest": self._newest} \
            if path == "cases/index.md" else {}
        return Page(lang, path, self._render(template, lang, path,
                                             meta=self._index_meta(path, lang), **lists))

    @cached_property
    def _cases_by_id(self) -> tuple[Case, ...]:
        return tuple(sorted(self.content.cases.values(), key=lambda case: case.id))

    @cached_property
    def _case_groups(self) -> dict[str, tuple[Text, tuple[Case, ...]]]:
        """The case index's lists, made once for both languages: group -> (its heading,
        its cases by id). (Jinja's sort and selectattr, run for each tag over every case,
        took 0.2 s a language at 1,000.)"""
        cases = self._cases_by_id
        groups = {f"for-{who}": (self.strings[key], tuple(c for c in cases if who in c.audience))
                  for who, key in (("debtor", "for_debtors"), ("collector", "for_collectors"))}
        groups.update((f"tag-{tag}", (label, tuple(c for c in cases if tag in c.conduct)))
                      for tag, label in self.content.tags.items())
        return groups

    @cached_property
    def _newest(self) -> tuple[Case, ...]:
        """The latest reviewed cases, newest first (ties by id)."""
        cases = sorted(self._cases_by_id, key=lambda case: case.reviewed, reverse=True)
        return tuple(cases[:listings.NEWEST])

    def case_list(self, group: str, sheet: Sheet, lang: str) -> Page:
        """One page of one of the case index's lists."""
        t = Strings(self.strings, lang)
        heading, cases = self._case_groups[group]
        shown = sheet.entries(cases)
        newest = max((case.reviewed for case in shown), default=None)
        title = _numbered(f"{heading[lang]} · {t.cases}", sheet, t)
        total = t.cases_total.replace("{count}", str(len(cases)))
        meta = Meta("list", title, newest.isoformat() if newest else "",
                    description=_described(title, total, lang))
        return Page(lang, sheet.path, self._render(
            "list.md.j2", lang, sheet.path, meta=meta, heading=title, sheet=sheet,
            page_of=_page_of(sheet, t), back=("cases/index.md", t.all_cases), total=total,
            cases=shown, citers=()))

    def citer_list(self, statute: Statute, article: Article, sheet: Sheet, lang: str) -> Page:
        """One page of the list of pages citing one article."""
        t = Strings(self.strings, lang)
        citers = self.graph.citers(article.ref, lang)
        title = _numbered(f"{statute.cite(article, lang)} · {t.cited_by}", sheet, t)
        total = t.citers_total.replace("{count}", str(len(citers)))
        meta = Meta("list", title, statute.reviewed.isoformat(),
                    description=_described(title, total, lang))
        shown = sheet.entries(citers)
        groups = [(kind, [c for c in shown if c.kind == kind])
                  for kind in dict.fromkeys(c.kind for c in shown)]
        return Page(lang, sheet.path, self._render(
            "list.md.j2", lang, sheet.path, meta=meta, heading=title, sheet=sheet,
            page_of=_page_of(sheet, t),
            back=(f"{law_path(statute.id)}#{article.anchor}", statute.cite(article, lang)),
            total=total, cases=(), citers=groups))

    def _index_meta(self, path: str, lang: str) -> Meta:
        """An index is as recent as its newest entry; the glossary has its own date."""
        t, content = Strings(self.strings, lang), self.content
        if path == "glossary/index.md":
            reviewed = content.glossary.reviewed
            return Meta("glossary", t.glossary, reviewed.isoformat() if reviewed else "",
                        content.glossary.source.path)
        title, entries = {"cases/index.md": (t.cases, content.cases),
                          "faq/index.md": (t.faq, content.answers),
                          "laws/index.md": (t.laws, content.statutes)}[path]
        newest = max((e.reviewed for e in entries.values()), default=None)
        return Meta("index", title, newest.isoformat() if newest else "")

    def jobs(self) -> list[Job]:
        """Every generated page of both languages, not yet rendered.

        Inputs hold only what a page shows of the entries it lists (a case's
        title and summary in the index, an answer's question), so editing the
        body of a case re-renders its own page alone.
        """
        content, graph = self.content, self.graph
        statutes = tuple(content.statutes.values())
        questions = tuple(_question(a) for a in content.answers.values())
        jobs: list[Job] = []
        for lang in LANGS:
            jobs += [Job(lang, case_path(c.id),
                         (c, self._laws(c.statutes), _pick(content.answers, c.answers, _question),
                          content.tags, self._step_targets(c.steps)),
                         partial(self.case, c, lang)) for c in content.cases.values()]
            jobs += [Job(lang, answer_path(a.id),
                         (a, self._laws(a.statutes), _pick(content.answers, a.related, _question),
                          _pick(content.cases, a.cases, _card), self._step_targets(a.steps)),
                         partial(self.answer, a, lang)) for a in content.answers.values()]
            jobs += [Job(lang, law_path(s.id), (s, content.statutes.get(s.successor or ""),
                                                tuple(self._preview(a, lang) for a in s.articles)),
                         partial(self.statute, s, lang)) for s in statutes]
            jobs += self._list_jobs(lang)
            indexes = (
                ("cases/index.md", "cases_index.md.j2",
                 (tuple(len(cases) for _, cases in self._case_groups.values()),
                  tuple(_card(c) for c in self._newest), content.tags)),
                ("faq/index.md", "faq_index.md.j2", (questions,)),
                ("laws/index.md", "laws_index.md.j2",
                 (statutes, tuple(graph.law_count(s.id, lang) for s in statutes))),
                ("glossary/index.md", "glossary.md.j2", (content.glossary,)),
            )
            jobs += [Job(lang, path, inputs, partial(self.index, path, template, lang))
                     for path, template, inputs in indexes
                     if template != "glossary.md.j2" or content.glossary.terms]
        return jobs

    def _list_jobs(self, lang: str) -> list[Job]:
        """The pages of the case index's lists, and of the articles' long "cited by" lists.

        An article's list has pages in both languages when either language's law page
        cuts it short, as every page has a counterpart in the other language."""
        jobs = []
        for group, (heading, cases) in self._case_groups.items():
            if group.startswith("tag-") and not cases:  # the index links only tags with cases
                continue
            for sheet in listings.sheets(listings.case_group(group), len(cases)):
                shown = tuple(map(_card, sheet.entries(cases)))
                jobs.append(Job(lang, sheet.path, (heading, sheet, len(cases), shown),
                                partial(self.case_list, group, sheet, lang)))
        for statute in self.content.statutes.values():
            for article in statute.articles:
                previews = [self._preview(article, other) for other in LANGS]
                if not any(whole for _, _, whole in previews):
                    continue
                citers = self.graph.citers(article.ref, lang)
                longest = max(count for count, _, _ in previews)
                for sheet in listings.sheets(listings.citers_of(statute.id, article.anchor),
                                             longest):
                    jobs.append(Job(lang, sheet.path,
                                    (statute.short, statute.reviewed, article.number, sheet,
                                     len(citers), tuple(sheet.entries(citers))),
                                    partial(self.citer_list, statute, article, sheet, lang)))
        return jobs

    def _step_targets(self, steps) -> tuple:
        """What a page's steps show of what they lead to (titles, route names and numbers)."""
        c = self.content
        shown = {"letter": lambda t: c.letters.get(t), "complaint": lambda t: c.routes.get(t),
                 "faq": lambda t: c.answers[t].question if t in c.answers else None,
                 "case": lambda t: c.cases[t].title if t in c.cases else None}
        return tuple((s.action, shown[s.kind](s.target) if s.kind in shown else None)
                     for s in steps)

    def _laws(self, refs: Iterable[str]) -> tuple:
        return tuple(self.content.statutes.get(ref.partition("/")[0]) for ref in refs)

    def all_pages(self) -> list[Page]:
        return [job.render() for job in self.jobs()]


@cache
def _relpath(path: str, start: str) -> str:
    """posixpath.relpath, remembered: pages link to the same few folders thousands of times."""
    return posixpath.relpath(path, start)


def _page_of(sheet: Sheet, t: Strings) -> str:
    """"page 2 of 14", for a list page's title and its pager."""
    return t.page_of.replace("{number}", str(sheet.number)).replace("{count}", str(sheet.count))


def _numbered(title: str, sheet: Sheet, t: Strings) -> str:
    """A list page's title, with its number when the list has more than one page."""
    if sheet.count == 1:
        return title
    return f"{title}{t.count_open}{_page_of(sheet, t)}{t.count_close}"


def _described(title: str, total: str, lang: str) -> str:
    """A list page's description: its title and its length, as two sentences."""
    return f"{title}{'。' if lang == 'zh' else '. '}{total}"


def _card(case: Case) -> tuple:
    """What lists of cases show of a case (cases index, an answer's related cases)."""
    return case.id, case.title, case.summary, case.audience, case.conduct, case.reviewed


def _question(answer: Answer) -> tuple:
    """What lists of answers show of an answer (FAQ index, related answers)."""
    return answer.id, answer.question, answer.audience, answer.reviewed


def _pick(objects: Mapping, ids: Iterable[str], shown: Callable) -> tuple:
    return tuple(shown(objects[i]) if i in objects else None for i in ids)
