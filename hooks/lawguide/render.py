"""Model -> Markdown, one Jinja template per page kind, the same for both languages.

Pages link to each other by their Markdown source path (``../laws/civil-code.md#art-1032``)
so that MkDocs checks every link and writes the right URL for either language.
"""

from __future__ import annotations

import posixpath
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import jinja2
import yaml

from .citations.graph import Graph
from .model import LANGS, Answer, Case, Content, Statute, Text

TEMPLATES = Path(__file__).parent / "templates"


@dataclass(frozen=True)
class Page:
    """One generated page: its path under docs/<lang>/ and its Markdown."""

    lang: str
    path: str  # e.g. "cases/xiao-wang.md"
    markdown: str


def case_path(case_id: str) -> str:
    return f"cases/{case_id}.md"


def answer_path(answer_id: str) -> str:
    return f"faq/{answer_id}.md"


def law_path(law_id: str) -> str:
    return f"laws/{law_id}.md"


@cache
def environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES), undefined=jinja2.StrictUndefined,
        trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True, autoescape=False,
    )
    env.filters["front_matter"] = lambda meta: yaml.safe_dump(
        meta, allow_unicode=True, sort_keys=False, width=1000).strip()
    env.tests["containing"] = lambda seq, item: item in seq
    env.globals.update(case_path=case_path, answer_path=answer_path, law_path=law_path)
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
    return _strings(path, path.stat().st_mtime_ns)


@cache
def _strings(path: Path, stamp: int) -> dict[str, Text]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return {key: Text(**value) for key, value in data.items()}


class Renderer:
    def __init__(self, content: Content, strings: dict[str, Text], graph: Graph | None = None):
        self.content = content
        self.strings = strings
        self.graph = graph or Graph()

    def _render(self, template: str, lang: str, here: str, **context) -> str:
        def link(target: str) -> str:
            """Relative link from this page's source to another source path (with #anchor)."""
            path, _, anchor = target.partition("#")
            rel = posixpath.relpath(path, posixpath.dirname(here) or ".")
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
        return Page(lang, here, self._render("case.md.j2", lang, here, case=case))

    def answer(self, answer: Answer, lang: str) -> Page:
        here = answer_path(answer.id)
        return Page(lang, here, self._render("answer.md.j2", lang, here, answer=answer))

    def statute(self, statute: Statute, lang: str) -> Page:
        here = law_path(statute.id)
        return Page(lang, here, self._render("statute.md.j2", lang, here, statute=statute))

    def indexes(self, lang: str) -> list[Page]:
        return [
            Page(lang, path, self._render(template, lang, path))
            for path, template in (("cases/index.md", "cases_index.md.j2"),
                                   ("faq/index.md", "faq_index.md.j2"),
                                   ("laws/index.md", "laws_index.md.j2"),
                                   ("glossary/index.md", "glossary.md.j2"))
            if template != "glossary.md.j2" or self.content.glossary.terms
        ]

    def all_pages(self) -> list[Page]:
        pages: list[Page] = []
        for lang in LANGS:
            pages += [self.case(c, lang) for c in self.content.cases.values()]
            pages += [self.answer(a, lang) for a in self.content.answers.values()]
            pages += [self.statute(s, lang) for s in self.content.statutes.values()]
            pages += self.indexes(lang)
        return pages
