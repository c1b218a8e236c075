"""Everyday words for the search index: kinship words, plain speech and app names.

Readers type 父母 where an answer says 家人, and 花呗 where it says 网贷. The list is
data (``data/search-synonyms.yml``): for every search entry whose title (or text)
contains a trigger word, the words readers use instead are added to a hidden field,
weighed like the title (``synonyms``) or like the text (``text_synonyms``). Brand names
are mapped to the kind of lender behind them and added where that kind is named.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml

from .. import messages as msg
from .tokens import is_han, segment

FILE = "data/search-synonyms.yml"
FIELDS = ("synonyms", "text_synonyms")


class SynonymError(Exception):
    """data/search-synonyms.yml does not have the shape this module reads."""


@dataclass(frozen=True)
class Rule:
    triggers: tuple[str, ...]  # lower-cased
    words: tuple[str, ...]


def _list(value, where: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise SynonymError(msg.NOT_A_WORD_LIST.format(file=FILE, where=where))
    return tuple(v.strip() for v in value)


def rules(root: Path, lang: str) -> tuple[Rule, ...]:
    path = root / FILE
    if not path.is_file():
        return ()
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    out: list[Rule] = []
    for i, group in enumerate((data.get("groups") or {}).get(lang) or ()):
        if not isinstance(group, dict):
            raise SynonymError(msg.NOT_A_SYNONYM_GROUP.format(file=FILE,
                                                              where=f"groups.{lang}[{i}]"))
        out.append(Rule(tuple(w.lower() for w in _list(group.get("in"), f"groups.{lang}[{i}].in")),
                        _list(group.get("add"), f"groups.{lang}[{i}].add")))
    kinds = data.get("kinds") or {}
    by_kind: dict[str, list[str]] = {}
    for i, brand in enumerate(data.get("brands") or ()):
        kind = brand.get("kind") if isinstance(brand, dict) else None
        if kind not in kinds or not isinstance(brand.get(lang), str):
            raise SynonymError(msg.NOT_A_BRAND.format(file=FILE, where=f"brands[{i}]"))
        by_kind.setdefault(kind, []).append(brand[lang])
    for kind, names in by_kind.items():
        triggers = _list((kinds[kind].get("in") or {}).get(lang), f"kinds.{kind}.in.{lang}")
        out.append(Rule(tuple(w.lower() for w in triggers), tuple(names)))
    return tuple(out)


def dictionary_words(root: Path) -> set[str]:
    """The Chinese words the jieba dictionary must keep whole (added words and brands)."""
    return {w for rule in rules(root, "zh") for w in rule.words if is_han(w)}


class Synonyms:
    """One language's rules, applied to every entry of its index. Each added word is cut
    into the index's words once (jieba), not once for every entry it is added to."""

    def __init__(self, rules: tuple[Rule, ...], lang: str):
        self.rules = rules
        self._cut = {word: segment(word) if lang == "zh" else word
                     for rule in rules for word in rule.words}

    def fields(self, title: str, text: str) -> dict[str, str]:
        """The hidden fields of one entry: words for what its title and its text contain."""
        title, text = title.lower(), text.lower()
        in_title: dict[str, None] = {}
        in_text: dict[str, None] = {}
        for rule in self.rules:
            if any(t in title for t in rule.triggers):
                in_title.update(dict.fromkeys(rule.words))
            elif any(t in text for t in rule.triggers):
                in_text.update(dict.fromkeys(rule.words))
        out = {}
        if in_title:
            out["synonyms"] = " ".join(self._cut[w] for w in in_title)
        if in_text:
            out["text_synonyms"] = " ".join(self._cut[w] for w in in_text if w not in in_title)
        return {k: v for k, v in out.items() if v}
