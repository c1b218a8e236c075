"""The typed content model. Everything after loading works on these, never on dicts."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from .errors import line_at
from .numerals import article_label_zh

LANGS = ("zh", "en")


@dataclass(frozen=True)
class Text:
    zh: str
    en: str

    def __getitem__(self, lang: str) -> str:
        return getattr(self, lang)

    @classmethod
    def from_yaml(cls, raw: dict | None) -> Text | None:
        """A validated {zh, en} mapping (or nothing) as Text, surrounding space trimmed."""
        return cls(zh=raw["zh"].strip(), en=raw["en"].strip()) if raw else None


@dataclass(frozen=True)
class Source:
    """Where a content object came from, for messages that name file and line."""

    path: str
    lines: Mapping[tuple, int] = field(default_factory=dict, compare=False)

    def line(self, at: tuple) -> int:
        """Line of the value at ``at``, or of its nearest ancestor."""
        return line_at(self.lines, at)


@dataclass(frozen=True)
class Article:
    law_id: str
    number: str  # "1032", or "293-1" for 第二百九十三条之一
    topic: Text
    zh: tuple[str, ...]
    en: tuple[str, ...]

    @property
    def anchor(self) -> str:
        return f"art-{self.number}"

    @property
    def ref(self) -> str:
        return f"{self.law_id}/{self.number}"

    @property
    def label_zh(self) -> str:
        return article_label_zh(self.number)

    @property
    def label_en(self) -> str:
        return f"Article {self.number}"

    def label(self, lang: str) -> str:
        return self.label_zh if lang == "zh" else self.label_en

    @property
    def paragraph_starts(self) -> tuple[int, ...]:
        """Indexes of the lines that open a paragraph (款); item lines (（一）…) do not."""
        return tuple(i for i, line in enumerate(self.zh) if not _is_item(line))

    def paragraph_anchor(self, paragraph: int) -> str | None:
        """Anchor of the n-th paragraph (1-based), if the article has it."""
        if 1 <= paragraph <= len(self.paragraph_starts) and len(self.paragraph_starts) > 1:
            return f"{self.anchor}-p{paragraph}"
        return None

    def line_anchors(self) -> list[str | None]:
        """For each text line, the paragraph anchor it opens (or None)."""
        out: list[str | None] = [None] * len(self.zh)
        for n, index in enumerate(self.paragraph_starts, 1):
            out[index] = self.paragraph_anchor(n)
        return out


def _is_item(line: str) -> bool:
    return line.startswith("（") and "）" in line[:6]


@dataclass(frozen=True)
class Statute:
    id: str
    kind: str
    title: Text
    short: Text
    aliases_zh: tuple[str, ...]
    aliases_en: tuple[str, ...]
    issuer: Text
    version: Text
    adopted: dt.date
    effective: dt.date
    status: str
    source_file: str
    source_origin: str
    successor: str | None
    successor_articles: Mapping[str, tuple[str, ...]]  # old number -> new number(s)
    reviewed: dt.date
    articles: tuple[Article, ...]
    source: Source = field(compare=False)

    def article(self, number: str) -> Article | None:
        return self._by_number.get(number)

    @property
    def _by_number(self) -> Mapping[str, Article]:
        cache = self.__dict__.get("_index")
        if cache is None:
            cache = MappingProxyType({a.number: a for a in self.articles})
            object.__setattr__(self, "_index", cache)
        return cache

    def names(self, lang: str) -> tuple[str, ...]:
        aliases = self.aliases_zh if lang == "zh" else self.aliases_en
        return (self.title[lang], self.short[lang], *aliases)

    def cite(self, article: Article, lang: str) -> str:
        """How the site names an article: 《民法典》第一千零三十二条 or Civil Code, Article 1032."""
        return (f"《{self.short.zh}》{article.label_zh}" if lang == "zh"
                else f"{self.short.en}, {article.label_en}")


# Where each kind of step action leads: a source path (with #anchor) of the site.
TOOL_PAGES = {"conduct": "tools/collection-check.md", "interest": "tools/interest-cost.md",
              "letters": "tools/letters.md"}
GUIDE_PAGES = {"debtor": "guide/debtor.md", "collector": "guide/collector.md",
               "complaints": "guide/complaints.md"}
EVIDENCE_PAGE = "guide/debtor.md#evidence"


@dataclass(frozen=True)
class Step:
    """One numbered "what to do now" step; ``action`` is e.g. ``letter:stop-contact``."""

    text: Text
    action: str | None = None

    @property
    def kind(self) -> str | None:
        return self.action.partition(":")[0] if self.action else None

    @property
    def target(self) -> str:
        return self.action.partition(":")[2] if self.action else ""

    def path(self) -> str | None:
        """The source path (with #anchor) the action leads to."""
        kind, target = self.kind, self.target
        return {
            "letter": f"tools/letters.md#letter-{target}",
            "tool": TOOL_PAGES.get(target),
            "complaint": f"guide/complaints.md#route-{target}",
            "evidence": EVIDENCE_PAGE,
            "faq": f"faq/{target}.md",
            "case": f"cases/{target}.md",
            "guide": GUIDE_PAGES.get(target),
        }.get(kind) if kind else None


@dataclass(frozen=True)
class Route:
    """A complaint route or hotline (data/hotlines.yml)."""

    id: str
    name: Text
    number: str | None = None
    emergency: bool = False


@dataclass(frozen=True)
class Case:
    id: str
    kind: str
    title: Text
    summary: Text
    audience: tuple[str, ...]
    conduct: tuple[str, ...]
    facts: Text
    analysis: Text
    remedies: Text
    lesson_debtor: Text
    lesson_collector: Text
    statutes: tuple[str, ...]
    answers: tuple[str, ...]
    reviewed: dt.date
    court: Text | None
    case_number: str | None
    decided: dt.date | None
    source: Source = field(compare=False)
    steps: tuple[Step, ...] = ()


@dataclass(frozen=True)
class Answer:
    id: str
    question: Text
    short: Text
    answer: Text
    audience: tuple[str, ...]
    statutes: tuple[str, ...]
    related: tuple[str, ...]
    cases: tuple[str, ...]
    reviewed: dt.date
    source: Source = field(compare=False)
    steps: tuple[Step, ...] = ()


@dataclass(frozen=True)
class Term:
    """A glossary entry; ``slug`` is its anchor on the glossary page, the same in both languages."""

    term: Text
    definition: Text
    aliases_zh: tuple[str, ...]
    aliases_en: tuple[str, ...]
    slug: str

    def words(self, lang: str) -> tuple[str, ...]:
        return (self.term[lang], *(self.aliases_zh if lang == "zh" else self.aliases_en))


@dataclass(frozen=True)
class Glossary:
    reviewed: dt.date | None = None
    terms: tuple[Term, ...] = ()
    source: Source = Source("data/glossary.yml")


@dataclass(frozen=True)
class Content:
    statutes: Mapping[str, Statute]
    cases: Mapping[str, Case]
    answers: Mapping[str, Answer]
    tags: Mapping[str, Text]
    glossary: Glossary = Glossary()
    routes: Mapping[str, Route] = field(default_factory=dict)  # data/hotlines.yml
    letters: Mapping[str, Text] = field(default_factory=dict)  # letter id -> title
    broken: frozenset = frozenset()  # (kind, id) of files that failed validation

    def broken_ids(self, kind: str) -> frozenset:
        return frozenset(id_ for k, id_ in self.broken if k == kind)

    def emergency_in(self, steps: tuple[Step, ...]) -> bool:
        """Whether any step sends the reader to an emergency number (threats, violence)."""
        return any(s.kind == "complaint" and s.target in self.routes
                   and self.routes[s.target].emergency for s in steps)

    def resolve(self, ref: str) -> Article | None:
        law_id, _, number = ref.partition("/")
        statute = self.statutes.get(law_id)
        return statute.article(number) if statute else None
