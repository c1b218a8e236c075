"""The law names citations may use, from the statute data: titles, short names, aliases.

Several versions of a law share its names (the Public Security Administration
Punishments Law of 2012 and of 2025); ``pick`` chooses the version in force
unless the citation names a year.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

from .. import alternation
from ..model import Content, Statute


def _years(statute: Statute) -> frozenset[int]:
    years = {statute.adopted.year, statute.effective.year}
    for label in (statute.version.zh, statute.version.en):
        years.update(int(y) for y in re.findall(r"(?<!\d)(\d{4})(?!\d)", label))
    return frozenset(years)


def _name_pattern(text: str) -> str:
    """A name or part of one as a regex: a name may break across lines in prose, so any run
    of spaces matches any whitespace."""
    return re.escape(text).replace(r"\ ", r"\s+")


@dataclass(frozen=True)
class Catalogue:
    statutes: Mapping[str, Statute]
    names: Mapping[str, Mapping[str, tuple[str, ...]]]  # lang -> name (en lowercased) -> ids

    @classmethod
    def from_content(cls, content: Content) -> Catalogue:
        names: dict[str, dict[str, list[str]]] = {"zh": {}, "en": {}}
        for statute in content.statutes.values():
            for lang in ("zh", "en"):
                for name in statute.names(lang):
                    key = name if lang == "zh" else name.lower()
                    ids = names[lang].setdefault(key, [])
                    if statute.id not in ids:
                        ids.append(statute.id)
        frozen = {lang: MappingProxyType({k: tuple(v) for k, v in table.items()})
                  for lang, table in names.items()}
        return cls(statutes=content.statutes, names=MappingProxyType(frozen))

    def alternation(self, lang: str) -> str:
        """A regex of every name, the longer first where one begins another (so 民法典 never
        wins over a title that begins with it), as a tree of shared beginnings: at 1,000
        cases, the English "Civil Code, Article 5" pattern read its 2,296 texts in 0.38 s
        instead of 0.85 s (``alternation``).

        Made once per catalogue: ``find`` asks for it on every text it scans.
        """
        made = self.__dict__.setdefault("_alternations", {})
        if lang not in made:
            made[lang] = alternation.tree(self.names[lang], _name_pattern)
        return made[lang]

    def initials(self, lang: str) -> str:
        """The characters a name can begin with, as the inside of a regex class (whitespace
        as ``\\s``, since a space in a name matches any run of whitespace).

        The patterns look ahead for one of them, or for what else a citation can begin
        with, before trying the names' alternation (``regexes.compiled``).
        """
        made = self.__dict__.setdefault("_initials", {})
        if lang not in made:
            firsts = {name[0] for name in self.names[lang] if name}
            made[lang] = "".join(sorted(
                r"\s" if first.isspace() else re.escape(first) for first in firsts))
        return made[lang]

    def candidates(self, name: str, lang: str) -> tuple[Statute, ...]:
        key = name if lang == "zh" else re.sub(r"\s+", " ", name).lower()
        return tuple(self.statutes[i] for i in self.names[lang].get(key, ()))

    def pick(self, versions: tuple[Statute, ...], year: int | None) -> Statute | None:
        if year is not None:
            matching = [s for s in versions if year in _years(s)]
            return matching[0] if len(matching) == 1 else None
        in_force = [s for s in versions if s.status == "in-force"]
        if in_force:
            return in_force[0]
        return max(versions, key=lambda s: s.effective, default=None)
