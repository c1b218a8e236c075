"""The typed model of the three tools. Rendering works on these, never on raw YAML."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass

from ..model import Text


@dataclass(frozen=True)
class PageText:
    title: Text
    intro: Text  # Markdown


@dataclass(frozen=True)
class Choice:
    """An entry of a small closed list: an actor, a level, a verdict, a frequency ..."""

    id: str
    label: Text
    explain: Text | None = None
    summary: Text | None = None  # a level as the end of the verdict sentence


@dataclass(frozen=True)
class Channel:
    """Where a reader takes a rule: its section of the complaints page, a number to tap."""

    id: str
    label: Text
    section: str | None = None
    tel: str | None = None


# -- the conduct checker ------------------------------------------------------

@dataclass(frozen=True)
class Rule:
    level: str
    text: Text
    statutes: tuple[str, ...]
    routes: tuple[str, ...]  # channel ids: where a reader takes this rule


@dataclass(frozen=True)
class Conduct:
    id: str
    label: Text
    judges: tuple[str, ...]  # actor ids: whose conduct this item judges
    verdict: str
    urgent: bool
    summary: Text  # Markdown
    rules: tuple[Rule, ...]
    evidence: tuple[Text, ...]
    letters: tuple[str, ...]  # letter ids in data/tools/letters.yml
    also: tuple[str, ...]  # channel ids: where else to complain about the lender

    @property
    def statutes(self) -> tuple[str, ...]:
        """Every article the rules cite, first mention first."""
        return tuple(dict.fromkeys(ref for rule in self.rules for ref in rule.statutes))

    @property
    def routes(self) -> tuple[str, ...]:
        """Every channel a rule sends the reader to, first mention first."""
        return tuple(dict.fromkeys(ch for rule in self.rules for ch in rule.routes))


@dataclass(frozen=True)
class ConductTool:
    source: str
    reviewed: dt.date
    page: PageText
    labels: Mapping[str, Text]
    actors: tuple[Choice, ...]
    levels: tuple[Choice, ...]  # least serious first
    verdicts: tuple[Choice, ...]
    channels: tuple[Channel, ...]
    items: tuple[Conduct, ...]

    def worst(self, item: Conduct) -> Choice:
        """The most serious level any of the item's rules reaches."""
        order = [level.id for level in self.levels]
        return self.levels[max(order.index(rule.level) for rule in item.rules)]

    def choice(self, kind: str, id_: str) -> Choice:
        return next(c for c in getattr(self, kind) if c.id == id_)


# -- the interest-cost checker ------------------------------------------------

@dataclass(frozen=True)
class LprFigure:
    date: dt.date
    rate: float  # per cent a year


@dataclass(frozen=True)
class Lpr:
    multiplier: float
    source: Text
    statutes: tuple[str, ...]
    history: tuple[LprFigure, ...]  # oldest first

    @property
    def latest(self) -> LprFigure:
        return self.history[-1]


@dataclass(frozen=True)
class Note:
    text: Text
    statutes: tuple[str, ...]


@dataclass(frozen=True)
class Lender:
    id: str
    label: Text
    line: str  # applies | does-not-apply | check-contract
    explain: Text
    statutes: tuple[str, ...]


@dataclass(frozen=True)
class Frequency:
    id: str
    label: Text
    per_year: int


@dataclass(frozen=True)
class Reference:
    rate: float
    label: Text
    source: Text
    status: Text
    statutes: tuple[str, ...]  # empty: the page says the text is not on this site


@dataclass(frozen=True)
class Example:
    label: Text
    received: float
    contract: float | None
    fees: float
    instalment: float
    count: int
    frequency: str


@dataclass(frozen=True)
class InterestTool:
    source: str
    reviewed: dt.date
    page: PageText
    labels: Mapping[str, Text]
    lpr: Lpr
    scope: Note
    principal: Note
    lenders: tuple[Lender, ...]
    frequencies: tuple[Frequency, ...]
    references: tuple[Reference, ...]
    examples: tuple[Example, ...]

    def frequency(self, id_: str) -> Frequency:
        return next(f for f in self.frequencies if f.id == id_)


# -- letters -------------------------------------------------------------------

@dataclass(frozen=True)
class Field:
    id: str
    label: Text
    hint: Text | None
    kind: str  # text | textarea | date | today


@dataclass(frozen=True)
class Letter:
    id: str
    title: Text
    purpose: Text
    use: Text  # Markdown
    avoid: Text  # Markdown
    fields: tuple[str, ...]
    statutes: tuple[str, ...]
    see_also: tuple[str, ...]
    body: Text  # plain text with {field} slots


@dataclass(frozen=True)
class LettersTool:
    source: str
    reviewed: dt.date
    page: PageText
    labels: Mapping[str, Text]
    fields: Mapping[str, Field]
    letters: tuple[Letter, ...]


@dataclass(frozen=True)
class Toolkit:
    conduct: ConductTool
    interest: InterestTool
    letters: LettersTool
