"""Read the content folders into the typed model, collecting every problem.

Per file: bytes -> YAML with line marks (``yamlsafe``) -> JSON Schema
(``schema``) -> model object. Then the cross-file rules run (``rules``).
Files are cached by modification stamp, so a rebuild under ``mkdocs serve``
re-reads only what changed.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from types import MappingProxyType
from typing import TypeVar

from . import files, rules, schema, untrusted, yamlsafe
from . import messages as msg
from .errors import Problem
from .memory import Memory
from .model import (
    Answer,
    Article,
    Case,
    Content,
    Glossary,
    Route,
    Source,
    Statute,
    Step,
    Term,
    Text,
)

T = TypeVar("T")
FOLDERS = {"statute": "statutes", "case": "cases", "answer": "faq"}
TAGS_FILE = "data/conduct-tags.yml"
GLOSSARY_FILE = "data/glossary.yml"
UI_FILE = "data/ui.yml"
HOTLINES_FILE = "data/hotlines.yml"
LETTERS_FILE = "data/tools/letters.yml"


@dataclass(frozen=True)
class Project:
    """The project's root folder (every path in messages is relative to it), and what this
    process remembers of it between builds (``memory``)."""

    root: Path
    memory: Memory = field(default_factory=Memory, compare=False)

    @cached_property
    def schemas(self) -> schema.Schemas:
        """The JSON Schemas, compiled again only after a file under ``schemas/`` changed."""
        return schema.current(self.memory)

    @cached_property
    def inspector(self) -> untrusted.Inspector:
        """Renders contributed text with this project's Markdown settings."""
        return untrusted.Inspector(self.root)

    def remembered(self, kind: str, path: Path, read: Callable[[], T]) -> T:
        """``read()``, the result of reading ``path`` as ``kind``, from memory while the
        file's (mtime, size, mode) is the same as when it was read. A path that cannot be
        stat-ed is read every time: the read says what is wrong with it."""
        try:
            stat = os.lstat(path)
        except OSError:
            return read()
        stamp = (stat.st_mtime_ns, stat.st_size, stat.st_mode)
        key = (kind, path)  # data kinds (ui, glossary, tool-...) are not content kinds
        hit = self.memory.files.get(key)
        if hit and hit[0] == stamp:
            return hit[1]
        result = read()
        self.memory.files[key] = (stamp, result)
        return result

    def rel(self, path: Path) -> str:
        try:
            return path.resolve().relative_to(self.root.resolve()).as_posix()
        except ValueError:
            return path.as_posix()


# Everything a load reads: the content folders, data/ (tags, glossary), the official
# texts the excerpts are checked against, the schemas and the Markdown settings.
INPUTS = (*FOLDERS.values(), "data", "law-texts", "schemas", "mkdocs.yml")


def load(root: Path, project: Project | None = None) -> tuple[Content, list[Problem]]:
    """Load all content under ``root``. Objects with problems are left out.

    A file unchanged since the ``project``'s memory last read it is not read again.
    """
    project = project or Project(root)
    problems: list[Problem] = []
    found: dict[str, dict[str, object]] = {}
    invalid: list[rules.Invalid] = []
    for kind, folder in FOLDERS.items():
        found[kind] = {}
        listing = files.content_files(root, folder)
        problems.extend(listing.problems)
        for path in listing.files:
            obj, file_problems, raw = load_file(kind, path, project)
            problems.extend(file_problems)
            if obj is not None:
                found[kind][obj.source.path] = obj
            elif raw is not None:
                invalid.append(raw)
    tags, tag_problems = _load_tags(project)
    problems.extend(tag_problems)
    glossary, glossary_problems = _load_glossary(project)
    problems.extend(glossary_problems)
    routes, route_problems = _load_routes(root / HOTLINES_FILE, project)
    problems.extend(route_problems)
    letters = _letter_titles(root / LETTERS_FILE)
    content, cross = rules.assemble(found["statute"], found["case"], found["answer"], tags, root,
                                     invalid, routes=routes, letters=letters)
    content = dataclasses.replace(content, glossary=glossary)
    cross += rules.check_invalid(invalid, content, problems)
    return content, problems + cross


def load_file(kind: str, path: Path, project: Project
              ) -> tuple[object | None, list[Problem], rules.Invalid | None]:
    """One file -> (model object or None, its problems, what cross-file checks can still use).

    A file unchanged since the ``project``'s memory last read it is not read again."""
    return project.remembered(kind, path, lambda: _load_file(kind, path, project))


def _load_file(kind: str, path: Path, project: Project
               ) -> tuple[object | None, list[Problem], rules.Invalid | None]:
    rel = project.rel(path)
    raw, refused = files.read(project.root, path, yamlsafe.MAX_FILE_BYTES)
    if refused:
        return None, [refused], None
    loaded, problems = yamlsafe.read_bytes(raw, rel)
    obj = None
    if not problems:
        if not isinstance(loaded.data, dict):
            problems = [Problem(rel, 1, "", msg.NOT_A_MAPPING.format(kind=kind))]
        else:
            problems = project.schemas.check(kind, loaded, rel)
            problems += rules.contributed_text(loaded.data, rel, loaded.line,
                                                project.inspector,
                                                frozenset(p.field for p in problems))
    source = Source(rel, MappingProxyType(dict(loaded.lines)))
    if not problems:
        obj, problems = BUILDERS[kind](loaded.data, source)
    raw = None
    if obj is None and isinstance(loaded.data, dict):
        raw = rules.Invalid(kind, source, loaded.data)
    return obj, problems, raw


_text = Text.from_yaml


def _date(raw: str, source: Source, at: tuple, problems: list[Problem]) -> dt.date | None:
    try:
        return dt.date.fromisoformat(raw)
    except (TypeError, ValueError):
        problems.append(Problem(source.path, source.line(at), "/".join(map(str, at)),
                                msg.NOT_A_DATE.format(value=raw)))
        return None


def _dates(data: dict, names: tuple[str, ...], source: Source, problems: list[Problem]) -> dict:
    return {n: _date(data[n], source, (n,), problems) if data.get(n) else None for n in names}


def _statute(data: dict, source: Source) -> tuple[Statute | None, list[Problem]]:
    problems: list[Problem] = []
    dates = _dates(data, ("adopted", "effective", "reviewed"), source, problems)
    articles = tuple(
        Article(law_id=data["id"], number=a["number"], topic=_text(a["topic"]),
                zh=tuple(a["text"]["zh"]), en=tuple(a["text"]["en"]))
        for a in data["articles"]
    )
    aliases = data.get("aliases", {})
    statute = Statute(
        id=data["id"], kind=data["kind"], title=_text(data["title"]), short=_text(data["short"]),
        aliases_zh=tuple(aliases.get("zh", ())), aliases_en=tuple(aliases.get("en", ())),
        issuer=_text(data["issuer"]), version=_text(data["version"]),
        adopted=dates["adopted"], effective=dates["effective"], status=data["status"],
        source_file=data["source"]["file"], source_origin=data["source"]["origin"],
        successor=data.get("successor"),
        successor_articles=MappingProxyType({  # one new number, or a list when split
            old: (new,) if isinstance(new, str) else tuple(new)
            for old, new in data.get("successor_articles", {}).items()}),
        reviewed=dates["reviewed"], articles=articles, source=source,
    )
    return (None if problems else statute), problems


def _case(data: dict, source: Source) -> tuple[Case | None, list[Problem]]:
    problems: list[Problem] = []
    dates = _dates(data, ("reviewed", "decided"), source, problems)
    case = Case(
        id=data["id"], kind=data["kind"], title=_text(data["title"]),
        summary=_text(data["summary"]), audience=tuple(data["audience"]),
        conduct=tuple(data["conduct"]), facts=_text(data["facts"]),
        analysis=_text(data["analysis"]), remedies=_text(data["remedies"]),
        lesson_debtor=_text(data["lessons"]["debtor"]),
        lesson_collector=_text(data["lessons"]["collector"]),
        statutes=tuple(data["statutes"]), answers=tuple(data.get("answers", ())),
        reviewed=dates["reviewed"], court=_text(data.get("court")),
        case_number=data.get("case_number"), decided=dates["decided"], source=source,
        steps=_steps(data),
    )
    return (None if problems else case), problems


def _answer(data: dict, source: Source) -> tuple[Answer | None, list[Problem]]:
    problems: list[Problem] = []
    dates = _dates(data, ("reviewed",), source, problems)
    answer = Answer(
        id=data["id"], question=_text(data["question"]), short=_text(data["short"]),
        answer=_text(data["answer"]), audience=tuple(data["audience"]),
        statutes=tuple(data["statutes"]), related=tuple(data.get("related", ())),
        cases=tuple(data.get("cases", ())), reviewed=dates["reviewed"], source=source,
        steps=_steps(data),
    )
    return (None if problems else answer), problems


def _steps(data: dict) -> tuple[Step, ...]:
    return tuple(Step(_text(s["text"]), s.get("action")) for s in data.get("steps", ()))


BUILDERS = {"statute": _statute, "case": _case, "answer": _answer}


def read_data(project: Project, rel: str, kind: str, plain=lambda at: False
              ) -> tuple[yamlsafe.Loaded | None, list[Problem]]:
    """A data file read like content: regular file, safe YAML, its schema, its text checked.

    ``plain(at)``: the fields printed as escaped text, not Markdown (see rules); one
    ``kind`` is always read with the same. A file unchanged since the ``project``'s memory
    last read it is not read again, as in ``load_file``.
    """
    return project.remembered(kind, project.root / rel,
                              lambda: _read_data(project, rel, kind, plain))


def _read_data(project: Project, rel: str, kind: str, plain
               ) -> tuple[yamlsafe.Loaded | None, list[Problem]]:
    raw, refused = files.read(project.root, project.root / rel, yamlsafe.MAX_FILE_BYTES)
    if refused:
        return None, [refused]
    loaded, problems = yamlsafe.read_bytes(raw, rel)
    if problems:
        return None, problems
    problems = project.schemas.check(kind, loaded, rel)
    problems += rules.contributed_text(loaded.data, rel, loaded.line, project.inspector,
                                        frozenset(p.field for p in problems), plain)
    return (None if problems else loaded), problems


def load_strings(root: Path, project: Project | None = None
                 ) -> tuple[dict[str, Text], list[Problem]]:
    """data/ui.yml: the interface strings of every page, checked like content."""
    loaded, problems = read_data(project or Project(root), UI_FILE, "ui")
    if loaded is None:
        return {}, problems
    # As written: interface strings may start or end with a space (" (" before a count).
    return {key: Text(zh=value["zh"], en=value["en"]) for key, value in loaded.data.items()}, []


def _load_tags(project: Project) -> tuple[dict[str, Text], list[Problem]]:
    loaded, problems = read_data(project, TAGS_FILE, "conduct-tags")
    if loaded is None:
        return {}, problems
    return {tag: _text(label) for tag, label in loaded.data.items()}, []


def _load_glossary(project: Project) -> tuple[Glossary, list[Problem]]:
    if not (project.root / GLOSSARY_FILE).exists():
        return Glossary(), []
    loaded, problems = read_data(project, GLOSSARY_FILE, "glossary")
    if loaded is None:
        return Glossary(), problems
    rel = GLOSSARY_FILE
    source = Source(rel, MappingProxyType(dict(loaded.lines)))
    reviewed = _date(loaded.data["reviewed"], source, ("reviewed",), problems)
    terms, seen = [], {}
    for i, entry in enumerate(loaded.data["terms"]):
        at = ("terms", i, "term")
        slug = re.sub(r"[^a-z0-9]+", "-", entry["term"]["en"].lower()).strip("-")
        if not slug:
            problems.append(Problem(rel, loaded.line(at + ("en",)), f"terms[{i}].term.en",
                                    msg.NO_GLOSSARY_ANCHOR.format()))
            continue
        if slug in seen:
            problems.append(Problem(rel, loaded.line(at), f"terms[{i}].term.en",
                                    msg.TERM_TWICE.format(line=seen[slug])))
            continue
        seen[slug] = loaded.line(at)
        aliases = entry.get("aliases", {})
        terms.append(Term(term=_text(entry["term"]), definition=_text(entry["definition"]),
                          aliases_zh=tuple(aliases.get("zh", ())),
                          aliases_en=tuple(aliases.get("en", ())), slug=slug))
    return Glossary(reviewed, tuple(terms), source), problems


def _load_routes(path: Path, project: Project) -> tuple[dict[str, Route], list[Problem]]:
    """data/hotlines.yml: the complaint routes (ids, names, numbers)."""
    rel = project.rel(path)
    if not path.exists():
        return {}, []
    loaded, problems = yamlsafe.read_bytes(path.read_bytes(), rel)
    if problems:
        return {}, problems
    routes: dict[str, Route] = {}
    for i, entry in enumerate((loaded.data or {}).get("routes") or ()):
        at = ("routes", i)
        name = entry.get("name") if isinstance(entry, dict) else None
        number = entry.get("number") if isinstance(entry, dict) else None
        if not (isinstance(name, dict) and set(name) == {"zh", "en"}
                and isinstance(entry.get("id"), str)
                and (number is None or (isinstance(number, str) and number.isdigit()))):
            problems.append(Problem(rel, loaded.line(at), f"routes[{i}]", msg.BAD_ROUTE.format()))
            continue
        if entry["id"] in routes:
            problems.append(Problem(rel, loaded.line(at + ("id",)), f"routes[{i}].id",
                                    msg.ID_TWICE.format(id=entry["id"])))
            continue
        routes[entry["id"]] = Route(entry["id"], Text(str(name["zh"]), str(name["en"])), number,
                                    bool(entry.get("emergency")))
    return routes, problems


def _letter_titles(path: Path) -> dict[str, Text]:
    """Letter ids and titles (data/tools/letters.yml; the tools loader checks the file)."""
    if not path.exists():
        return {}
    loaded, problems = yamlsafe.read_bytes(path.read_bytes(), path.name)
    if problems or not isinstance(loaded.data, dict):
        return {}
    out = {}
    for letter in loaded.data.get("letters") or ():
        if isinstance(letter, dict) and isinstance(letter.get("id"), str):
            title = letter.get("title") or {}
            out[letter["id"]] = Text(str(title.get("zh", "")), str(title.get("en", "")))
    return out
