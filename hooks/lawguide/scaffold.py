"""Write the skeleton of a new case, so a contributor starts from a file that parses.

Most contributors are not programmers: they should never have to guess a key,
the YAML syntax or the second language. ``lawguide scaffold`` asks for (or
takes as options) the few facts that shape the file: id, kind, titles,
audience, conduct tags and articles; and writes ``cases/<id>.yml`` from the
template ``templates/case.yml.j2``, where every field is explained in both
languages. Whatever it was not told is left as a ``TODO`` placeholder that
``lawguide validate`` lists until it is written, so an unfinished skeleton can
never be published by accident. ``anonymised`` starts as false on purpose: the
contributor must confirm it.

The answers given are checked against the project (the id is free and well
formed, the tags and articles exist) before anything is written.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

import yaml

from . import loader, yamlsafe
from . import messages as msg
from .render import environment
from .rules import TODO
from .schema import SCHEMA_DIR

AUDIENCES = ("debtor", "collector")
KINDS = ("illustrative", "reported")


@dataclass(frozen=True)
class Answers:
    """The facts a skeleton is made from; anything left empty becomes a TODO."""

    id: str
    kind: str = "illustrative"
    title_zh: str = ""
    title_en: str = ""
    audience: tuple[str, ...] = AUDIENCES
    conduct: tuple[str, ...] = ()
    statutes: tuple[str, ...] = ()


@dataclass(frozen=True)
class Choices:
    """What the answers are checked against: existing cases, tags and articles."""

    root: Path
    tags: dict[str, str]  # tag -> "中文 / English"
    laws: dict[str, str]  # law id -> "民法典 / Civil Code"
    articles: frozenset[str]  # "civil-code/1033", ...

    @classmethod
    def load(cls, root: Path) -> Choices:
        content, _ = loader.load(root)  # problems elsewhere must not stop a new case
        tags_file = root / loader.TAGS_FILE
        raw = tags_file.read_bytes() if tags_file.is_file() else b""
        loaded, _ = yamlsafe.read_bytes(raw, loader.TAGS_FILE)
        tags = {k: f"{v['zh']} / {v['en']}" for k, v in (loaded.data or {}).items()
                if isinstance(v, dict) and {"zh", "en"} <= set(v)}
        laws = {s.id: f"{s.short.zh} / {s.short.en}" for s in content.statutes.values()}
        articles = frozenset(a.ref for s in content.statutes.values() for a in s.articles)
        return cls(root, tags, laws, articles)


def id_pattern() -> re.Pattern:
    common = json.loads((SCHEMA_DIR / "common.schema.json").read_text(encoding="utf-8"))
    return re.compile(common["$defs"]["id"]["pattern"])


def case_file(root: Path, case_id: str) -> Path:
    return root / loader.FOLDERS["case"] / f"{case_id}.yml"


def problems(project: Choices, answers: Answers) -> list[str]:
    """What is wrong with the answers, as sentences; empty when the file can be written."""
    found = []
    if not id_pattern().fullmatch(answers.id or ""):
        found.append(msg.SCAFFOLD_ID_FORM.format(id=answers.id))
    elif case_file(project.root, answers.id).exists():
        found.append(msg.SCAFFOLD_ID_TAKEN.format(id=answers.id))
    if answers.kind not in KINDS:
        found.append(msg.SCAFFOLD_KIND.format(kind=answers.kind))
    wrong = [a for a in answers.audience if a not in AUDIENCES]
    if wrong or not answers.audience:
        found.append(msg.SCAFFOLD_AUDIENCE.format(audience=", ".join(wrong) or "(none)"))
    for tag in answers.conduct:
        if tag not in project.tags:
            found.append(msg.SCAFFOLD_TAG.format(tag=tag, known=", ".join(sorted(project.tags))))
    for ref in answers.statutes:
        if ref not in project.articles:
            found.append(msg.SCAFFOLD_ARTICLE.format(ref=ref, laws=", ".join(sorted(project.laws))))
    return found


def _quote(text: str) -> str:
    """A YAML double-quoted scalar: safe for any text a person types."""
    return yaml.safe_dump(text, allow_unicode=True, default_style='"', width=10**6).strip()


def render(answers: Answers, today: dt.date) -> str:
    return environment().get_template("case.yml.j2").render(
        id=answers.id, kind=answers.kind, path=f"cases/{answers.id}.yml", todo=TODO,
        title_zh=_quote(answers.title_zh or f"{TODO}：标题"),
        title_en=_quote(answers.title_en or f"{TODO}: title"),
        audience=answers.audience, conduct=answers.conduct, statutes=answers.statutes,
        today=today.isoformat())


def write(project: Choices, answers: Answers, today: dt.date | None = None) -> Path:
    """Write the skeleton of answers :func:`problems` accepts; never overwrites a file."""
    path = case_file(project.root, answers.id)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("x", encoding="utf-8", newline="\n") as out:  # "x": never overwrite
        out.write(render(answers, today or dt.date.today()))
    return path


def _split(text: str) -> tuple[str, ...]:
    return tuple(part for part in re.split(r"[\s,，、;；]+", text.strip()) if part)


def ask(project: Choices, prompt: Callable[[str], str], say: Callable[[str], None]) -> Answers:
    """Ask for each fact in turn, asking again until the answer is usable.

    ``prompt`` is :func:`input` in a terminal; it raises EOFError when input ends.
    """
    def until_ok(question: str, make: Callable[[str], Answers]) -> Answers:
        while True:
            answers = make(prompt(question).strip())
            found = problems(project, answers)
            if not found:
                return answers
            for problem in found:
                say(f"  ! {problem}")

    answers = until_ok("案例编号 / case id (e.g. night-calls-shenzhen): ",
                       lambda a: Answers(id=a))
    answers = until_ok("类型 / kind: illustrative (示例, default) or reported (已公开判决): ",
                       lambda a: replace(answers, kind=a or "illustrative"))
    title_zh = prompt("中文标题 / Chinese title (Enter = later): ").strip()
    title_en = prompt("English title (Enter = later): ").strip()
    answers = replace(answers, title_zh=title_zh, title_en=title_en)
    answers = until_ok("写给谁 / for whom: debtor, collector, or both (default both): ",
                       lambda a: replace(answers, audience=_split(a) or AUDIENCES))
    say("催收行为标签 / conduct tags:")
    for tag, label in sorted(project.tags.items()):
        say(f"  {tag:24} {label}")
    answers = until_ok("标签，用空格分隔 / tags, separated by spaces (Enter = later): ",
                       lambda a: replace(answers, conduct=_split(a)))
    say("法律 / laws: " + ", ".join(f"{k} ({v})" for k, v in sorted(project.laws.items())))
    return until_ok("法条 / articles, e.g. civil-code/1033 pipl/13 (Enter = later): ",
                    lambda a: replace(answers, statutes=_split(a)))
