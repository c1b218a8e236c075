"""Rewrite Material's ``search_index.json`` into what the browser should load.

Material writes the index with ``json.dumps`` defaults, ASCII-escaped: every
Chinese character costs six bytes instead of three, and the first query of every
visit waits for the browser to download and index all of it. This rewrite:

- writes UTF-8, and drops each zero-width space that separates nothing the
  separator does not separate already (next to punctuation, markup, or between a
  Chinese character and a Latin letter or digit): they cost three bytes each;
- drops the sections that only list other pages (``data/search.yml``), which a
  query would find instead of the page they name;
- adds the words readers type that pages do not use (``synonyms`` module);
- adds fields the worker searches but never shows: ``lookup`` on article
  sections (``lookup`` module), and ``title_parts`` and ``text_parts`` with the
  later halves of the compound words of the title and the text (``compounds``
  module), weighed like the field they come from. Their boosts are set in the
  search plugin's ``fields`` option in mkdocs.yml; the worker ignores fields not
  declared there, so a missing one stops the build.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import partial
from itertools import pairwise
from pathlib import Path

import yaml

from .. import messages as msg
from ..memory import LastBuild
from . import compounds, synonyms
from .tokens import words

FIELDS = ("lookup", "title_parts", "text_parts", *synonyms.FIELDS)
RULES = "data/search.yml"
ZWSP = "\u200b"


@dataclass(frozen=True)
class Outcome:
    entries: int
    dropped: int
    looked_up: int
    bytes_before: int
    bytes_after: int


class SearchConfigError(Exception):
    """The search settings (mkdocs.yml, data/search.yml) do not fit this rewrite."""


def drop_headings(root: Path, strings: dict, lang: str) -> frozenset[str]:
    """The section headings to drop, in ``lang``, from the ui keys in data/search.yml."""
    rules = yaml.safe_load((root / RULES).read_text(encoding="utf-8"))
    keys = rules.get("drop_sections") if isinstance(rules, dict) else None
    if not isinstance(keys, list):
        raise SearchConfigError(msg.DROP_SECTIONS_NOT_A_LIST.format(file=RULES))
    unknown = [key for key in keys if key not in strings]
    if unknown:
        raise SearchConfigError(msg.DROP_SECTIONS_UNKNOWN.format(
            file=RULES, keys=", ".join(map(str, unknown))))
    return frozenset(strings[key][lang] for key in keys)


def plain(field: str) -> str:
    """An index title without the zero-width spaces Material puts between Chinese words."""
    return field.replace(ZWSP, "").strip()


_ZWSP_RUN = re.compile(f"{ZWSP}+")


def compact(field: str, separator: re.Pattern) -> str:
    """``field`` without the zero-width spaces that the separator makes redundant.

    The separator splits at a zero-width space (``_separator`` checks it), so a run of them
    separates as one does, and one is needed only where the characters on either side of the
    run would otherwise join into one word: not at an end, not next to markup (``<``, ``>``).
    (A Chinese text holds a run at every word: the pieces between them are joined here,
    and what the separator makes of each pair of characters is asked once.)
    """
    if ZWSP not in field:
        return field
    joins = _JOINS.setdefault(separator, {})  # pair of characters -> needs a space between
    pieces = _ZWSP_RUN.split(field)  # runs are maximal: only the first and last can be ""
    out = [pieces[0]]
    for before, after in pairwise(pieces):
        pair = (before[-1:] or "<") + (after[:1] or ">")
        join = joins.get(pair)
        if join is None:
            join = joins[pair] = not ("<" in pair or ">" in pair or separator.search(pair))
        if join:
            out.append(ZWSP)
        out.append(after)
    return "".join(out)


# What each separator makes of each pair of characters met so far: the memo of a pure
# function, as functools.cache would keep it (a few thousand pairs), not content.
_JOINS: dict[re.Pattern, dict[str, bool]] = {}


def _separator(config: dict) -> re.Pattern:
    try:
        separator = re.compile(config["separator"])
    except re.error as exc:
        raise SearchConfigError(msg.SEARCH_SEPARATOR.format(detail=exc)) from None
    if not separator.fullmatch(ZWSP):  # Material separates Chinese words with it
        raise SearchConfigError(msg.SEARCH_SEPARATOR_ZWSP.format())
    return separator


def load(path: Path) -> tuple[dict, int]:
    """The index Material wrote at ``path``, and its size in bytes."""
    raw = path.read_bytes()
    return json.loads(raw), len(raw)


def merge(data: dict, kept: dict[str, list[dict]] | None,
          current: set[str] | None = None) -> dict[str, list[dict]]:
    """Complete ``data``, Material's index of the pages this build rendered, with every other
    page's entries from ``kept`` (the last index, by page); returns the whole index by page.

    Under ``mkdocs serve --dirty`` the plugin indexes only the pages it rebuilt. Its own
    merge keeps one page: it drops every earlier entry whose location starts with the
    first rebuilt page's (``cases/``, the index, is every case's prefix). Pages are
    matched whole here. ``current``: the URLs of this build's pages; a kept page that is
    not one of them was deleted (its YAML removed) and leaves the index. The merged index
    stays in memory, for ``rewrite``: written once, rewritten.
    """
    pages: dict[str, list[dict]] = {}
    for entry in data["docs"]:
        pages.setdefault(entry["location"].partition("#")[0], []).append(entry)
    if not kept:
        return pages
    whole = {location: entries for location, entries in {**kept, **pages}.items()
             if current is None or location in current}
    data["docs"] = [entry for entries in whole.values() for entry in entries]
    return whole


def rewrite(path: Path, lookup: dict[str, str], drop: frozenset[str],
            synonym_rules: synonyms.Synonyms | None = None,
            remembered: LastBuild | None = None,
            loaded: tuple[dict, int] | None = None) -> Outcome:
    """Rewrite the index at ``path``: Material's, or ``loaded`` (``load``, then ``merge``).

    ``remembered``: the entries the last rewrite of this language made (under ``mkdocs
    serve --dirty``), made again only where an entry or the rules changed. Without it,
    entries that are the same within this index are made once.
    """
    data, size = loaded or load(path)
    separator = _separator(data["config"])
    missing = [name for name in FIELDS if name not in data["config"]["fields"]]
    if missing:
        raise SearchConfigError(msg.SEARCH_FIELDS.format(fields=", ".join(missing)))
    rules = (drop, synonym_rules.rules if synonym_rules else None, separator.pattern,
             tuple(sorted(data["config"]["fields"])))
    entries = remembered if remembered is not None else LastBuild()
    entries.start(rules)
    docs = []
    known: dict[str, list[str]] = {}  # each word's compound splits, for this index
    for entry in data["docs"]:
        if "#" in entry["location"] and plain(entry["title"]) in drop:
            continue
        keys = lookup.get(entry["location"])
        key = (keys, *((name, value if isinstance(value, str) else json.dumps(value))
                       for name, value in entry.items()))
        docs.append(entries.get(key, partial(_rewritten, entry, keys, separator,
                                             synonym_rules, known)))
    text = _json(data, [written for _, written in docs])
    path.write_bytes(text)
    return Outcome(entries=len(docs), dropped=len(data["docs"]) - len(docs),
                   looked_up=sum("lookup" in entry for entry, _ in docs),
                   bytes_before=size, bytes_after=len(text))


def _json(data: dict, docs: list[str]) -> bytes:
    """``json.dumps(data)`` (UTF-8, compact) with ``docs`` for its entries, each given as
    the JSON text it was written as: under ``serve --dirty`` encoding all 9,000 entries
    again took longer than everything else the rewrite does."""
    members = (_compact(name) + ":"
               + ("[" + ",".join(docs) + "]" if name == "docs" else _compact(value))
               for name, value in data.items())
    return ("{" + ",".join(members) + "}").encode("utf-8")


def _compact(value) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _rewritten(entry: dict, keys: str | None, separator: re.Pattern,
               synonym_rules: synonyms.Synonyms | None, known: dict[str, list[str]]
               ) -> tuple[dict, str]:
    """The entry as the index holds it, and its JSON text."""
    entry = dict(entry)
    if keys:
        entry["lookup"] = keys
    for field in ("title", "text"):
        parts = compounds.keys(words(entry[field]), known)
        if parts:
            entry[f"{field}_parts"] = " ".join(parts)
    if synonym_rules is not None:
        entry.update(synonym_rules.fields(plain(entry["title"]), plain(entry["text"])))
    entry["title"] = compact(entry["title"], separator)
    entry["text"] = compact(entry["text"], separator)
    return entry, _compact(entry)
