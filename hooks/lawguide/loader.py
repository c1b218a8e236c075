"""Read the content folders into the typed model, collecting every problem.

Per file: bytes -> YAML with line marks (``yamlsafe``) -> JSON Schema
(``schema``) -> model object. Then the cross-file rules run (``checks``).
Files are cached by modification stamp, so a rebuild under ``mkdocs serve``
re-reads only what changed.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType

from . import checks, schema, stamps, yamlsafe
from .errors import Problem
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

FOLDERS = {"statute": "statutes", "case": "cases", "answer": "faq"}
TAGS_FILE = "data/conduct-tags.yml"
GLOSSARY_FILE = "data/glossary.yml"
HOTLINES_FILE = "data/hotlines.yml"
LETTERS_FILE = "data/tools/letters.yml"


@dataclass(frozen=True)
class Project:
    """The project's root folder; every path in messages is relative to it."""

    root: Path

    def rel(self, path: Path) -> str:
        try:
            return path.resolve().relative_to(self.root.resolve()).as_posix()
        except ValueError:
            return path.as_posix()


_cache: dict[tuple[str, Path], tuple[tuple[int, int], tuple]] = {}


# Everything a load reads: the content folders, data/ (tags, glossary) and the
# official texts the excerpts are checked against.
INPUTS = (*FOLDERS.values(), "data", "law-texts")
_loads: dict[Path, tuple[tuple, tuple[Content, tuple[Problem, ...]]]] = {}


def load(root: Path) -> tuple[Content, list[Problem]]:
    """Load all content under ``root``. Objects with problems are left out.

    One build asks for the content several times (search dictionary, compile,
    search index, then all again for the other language), and ``mkdocs serve``
    on every change: while no input file changed, the last answer is returned
    without reading or checking anything.
    """
    key = (dt.date.today(), stamps.fingerprint(root, INPUTS))
    last = _loads.get(root.resolve())
    if last is not None and last[0] == key:
        return last[1][0], list(last[1][1])
    content, problems = _load(root)
    _loads[root.resolve()] = (key, (content, tuple(problems)))
    return content, problems


def _load(root: Path) -> tuple[Content, list[Problem]]:
    project = Project(root)
    problems: list[Problem] = []
    found: dict[str, dict[str, object]] = {}
    invalid: list[checks.Invalid] = []
    for kind, folder in FOLDERS.items():
        found[kind] = {}
        for path in sorted((root / folder).glob("*.yml")):
            obj, file_problems, raw = load_file(kind, path, project)
            problems.extend(file_problems)
            if obj is not None:
                found[kind][obj.source.path] = obj
            elif raw is not None:
                invalid.append(raw)
    tags, tag_problems = _load_tags(root / TAGS_FILE, project)
    problems.extend(tag_problems)
    glossary, glossary_problems = _load_glossary(root / GLOSSARY_FILE, project)
    problems.extend(glossary_problems)
    routes, route_problems = _load_routes(root / HOTLINES_FILE, project)
    problems.extend(route_problems)
    letters = _letter_titles(root / LETTERS_FILE)
    content, cross = checks.assemble(found["statute"], found["case"], found["answer"], tags, root,
                                     invalid, routes=routes, letters=letters)
    content = dataclasses.replace(content, glossary=glossary)
    cross += checks.check_invalid(invalid, content, problems)
    return content, problems + cross


def load_file(kind: str, path: Path, project: Project
              ) -> tuple[object | None, list[Problem], checks.Invalid | None]:
    """One file -> (model object or None, its problems, what cross-file checks can still use)."""
    stat = path.stat()
    stamp = (stat.st_mtime_ns, stat.st_size)
    key = (kind, path.resolve())
    hit = _cache.get(key)
    if hit and hit[0] == stamp:
        return hit[1]
    rel = project.rel(path)
    loaded, problems = yamlsafe.read_bytes(path.read_bytes(), rel)
    obj = None
    if not problems:
        if not isinstance(loaded.data, dict):
            problems = [Problem(rel, 1, "", f"expected a {kind} (key: value pairs), "
                                "found something else; start from the template in docs/dev")]
        else:
            problems = schema.check(kind, loaded, rel)
            flagged = {p.field for p in problems}  # one message per mistake
            problems += [p for p in checks.contributed_text(kind, loaded.data, rel, loaded.line)
                         if p.field not in flagged]
    source = Source(rel, MappingProxyType(dict(loaded.lines)))
    if not problems:
        obj, problems = BUILDERS[kind](loaded.data, source)
    raw = None
    if obj is None and isinstance(loaded.data, dict):
        raw = checks.Invalid(kind, source, loaded.data)
    _cache[key] = (stamp, (obj, problems, raw))
    return obj, problems, raw


_text = Text.from_yaml


def _date(raw: str, source: Source, at: tuple, problems: list[Problem]) -> dt.date | None:
    try:
        return dt.date.fromisoformat(raw)
    except (TypeError, ValueError):
        problems.append(Problem(source.path, source.line(at), "/".join(map(str, at)),
                                f"{raw!r} is not a real date (write YYYY-MM-DD)"))
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


def _load_tags(path: Path, project: Project) -> tuple[dict[str, Text], list[Problem]]:
    rel = project.rel(path)
    if not path.exists():
        return {}, [Problem(rel, 0, "", "the conduct-tag list is missing")]
    loaded, problems = yamlsafe.read_bytes(path.read_bytes(), rel)
    tags: dict[str, Text] = {}
    if problems:
        return tags, problems
    for tag, label in (loaded.data or {}).items():
        if not (isinstance(label, dict) and set(label) == {"zh", "en"}):
            problems.append(Problem(rel, loaded.line((tag,)), tag,
                                    "a tag needs exactly {zh: ..., en: ...}"))
            continue
        tags[tag] = Text(zh=str(label["zh"]), en=str(label["en"]))
    return tags, problems


def _load_glossary(path: Path, project: Project) -> tuple[Glossary, list[Problem]]:
    rel = project.rel(path)
    if not path.exists():
        return Glossary(), []
    loaded, problems = yamlsafe.read_bytes(path.read_bytes(), rel)
    if not problems:
        problems = schema.check("glossary", loaded, rel)
    if problems:
        return Glossary(), problems
    source = Source(rel, MappingProxyType(dict(loaded.lines)))
    reviewed = _date(loaded.data["reviewed"], source, ("reviewed",), problems)
    terms, seen = [], {}
    for i, entry in enumerate(loaded.data["terms"]):
        slug = re.sub(r"[^a-z0-9]+", "-", entry["term"]["en"].lower()).strip("-")
        if slug in seen:
            problems.append(Problem(rel, loaded.line(("terms", i, "term")), f"terms[{i}].term.en",
                                    f"the term is already defined at line {seen[slug]}"))
            continue
        seen[slug] = loaded.line(("terms", i, "term"))
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
            problems.append(Problem(rel, loaded.line(at), f"routes[{i}]",
                                    "a route needs id: (text), name: {zh: ..., en: ...} and "
                                    "optionally number: (digits, in quotes)"))
            continue
        if entry["id"] in routes:
            problems.append(Problem(rel, loaded.line(at + ("id",)), f"routes[{i}].id",
                                    f"route {entry['id']!r} is listed twice"))
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
