"""Read ``data/tools/*.yml`` into the tool model, collecting every problem.

Per file, as for the rest of the content: bytes -> YAML with line marks
(``yamlsafe``) -> JSON Schema (``schema``, kind ``tool-<name>``) -> the rules
for contributed text (no raw HTML, unsafe links) -> the cross-checks against
the loaded statutes (``tools.rules``) -> model. A file with problems gives no
model, and the build stops before any page is written.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType

from .. import messages as msg
from .. import yamlsafe
from ..citations.clean import clean
from ..citations.resolve import scan
from ..errors import Problem, field_name
from ..loader import Project, read_data
from ..model import Content, Text
from . import rules
from .model import (
    Channel,
    Choice,
    Conduct,
    ConductTool,
    Example,
    Field,
    Frequency,
    InterestTool,
    Lender,
    Letter,
    LettersTool,
    Lpr,
    LprFigure,
    Note,
    PageText,
    Reference,
    Rule,
    Toolkit,
)

FOLDER = "data/tools"
# Fields printed as escaped text, not rendered as Markdown: a letter's body keeps its
# line breaks and {slots} exactly as written (render.letter_html).
PLAIN_TEXT = {"letters": lambda at: len(at) == 4 and at[0] == "letters" and at[2] == "body"}


def _markdown(at: tuple) -> bool:
    return False

NAMES = ("conduct", "interest", "letters")


@dataclass
class Kit:
    toolkit: Toolkit | None
    problems: list[Problem] = field(default_factory=list)
    dangling: list[Problem] = field(default_factory=list)  # unresolved citations in the prose


def load(root: Path, content: Content, catalogue=None, project: Project | None = None) -> Kit:
    """All three tools. With a citation ``catalogue``, prose citations are checked too.

    A project without ``data/tools/`` (a test fixture, a fork without the tools) has
    no tools; once the folder exists, each of the three files must be there.
    """
    if not (root / FOLDER).is_dir():
        return Kit(None)
    project = project or Project(root)
    built, problems, dangling, raws = {}, [], [], {}
    for name in NAMES:
        rel = f"{FOLDER}/{name}.yml"
        obj, file_problems, raw = _load_file(project, rel, name, content)
        built[name], raws[name] = obj, raw
        problems += file_problems
        if raw is not None and catalogue is not None:
            dangling += _citations(raw, rel, catalogue)
    if built["conduct"] and built["letters"]:
        report = rules.Report(f"{FOLDER}/conduct.yml", raws["conduct"].line)
        rules.conduct_letters(raws["conduct"].data, {x.id for x in built["letters"].letters},
                               report)
        if report.problems:
            problems += report.problems
            built["conduct"] = None
    toolkit = Toolkit(**built) if all(built.values()) else None
    return Kit(toolkit, problems, dangling)


def _load_file(project: Project, rel: str, name: str, content: Content):
    if not (project.root / rel).is_file():
        missing = Problem(rel, 0, "", msg.TOOL_FILE_MISSING.format(name=name))
        return None, [missing], None
    loaded, problems = read_data(project, rel, f"tool-{name}", PLAIN_TEXT.get(name, _markdown))
    if loaded is None:
        return None, problems, None
    report = rules.Report(rel, loaded.line)
    rules.reviewed(loaded.data, report)
    rules.refs(loaded.data, content, report)
    if name == "letters":
        rules.letters(loaded.data, content, report)
    else:
        getattr(rules, name)(loaded.data, report)
    if report.problems:
        return None, report.problems, loaded
    return BUILDERS[name](loaded.data, rel), [], loaded


def _citations(loaded: yamlsafe.Kit, rel: str, catalogue) -> list[Problem]:
    """Citations in the prose that name an article the site does not excerpt."""
    problems = []
    for at, text in yamlsafe.strings(loaded.data, ()):
        for unknown in scan(clean(text), catalogue)[1]:
            problems.append(Problem(rel, loaded.line(at), field_name(at),
                                    msg.CITATION.format(text=unknown.text, reason=unknown.reason)))
    return problems



_text = Text.from_yaml


def _page(data: dict) -> PageText:
    return PageText(title=_text(data["page"]["title"]), intro=_text(data["page"]["intro"]))


def _labels(data: dict) -> MappingProxyType:
    return MappingProxyType({key: _text(value) for key, value in data["labels"].items()})


def _choices(entries: list[dict]) -> tuple[Choice, ...]:
    return tuple(Choice(e["id"], _text(e["label"]), _text(e.get("explain")),
                        _text(e.get("summary"))) for e in entries)


def _conduct(data: dict, rel: str) -> ConductTool:
    items = tuple(
        Conduct(id=item["id"], label=_text(item["label"]), judges=tuple(item["judges"]),
                verdict=item["verdict"], urgent=item.get("urgent", False),
                summary=_text(item["summary"]),
                rules=tuple(Rule(r["level"], _text(r["text"]), tuple(r["statutes"]),
                                 tuple(r["routes"])) for r in item["rules"]),
                evidence=tuple(_text(e) for e in item["evidence"]),
                letters=tuple(item["letters"]), also=tuple(item["also"]))
        for item in data["items"])
    channels = tuple(Channel(c["id"], _text(c["label"]), c.get("section"), c.get("tel"))
                     for c in data["channels"])
    return ConductTool(source=rel, reviewed=dt.date.fromisoformat(data["reviewed"]),
                       page=_page(data), labels=_labels(data), actors=_choices(data["actors"]),
                       levels=_choices(data["levels"]), verdicts=_choices(data["verdicts"]),
                       channels=channels, items=items)


def _note(raw: dict) -> Note:
    return Note(_text(raw["text"]), tuple(raw["statutes"]))


def _interest(data: dict, rel: str) -> InterestTool:
    lpr = data["lpr"]
    return InterestTool(
        source=rel, reviewed=dt.date.fromisoformat(data["reviewed"]), page=_page(data),
        labels=_labels(data),
        lpr=Lpr(multiplier=lpr["multiplier"], source=_text(lpr["source"]),
                statutes=tuple(lpr["statutes"]),
                history=tuple(LprFigure(dt.date.fromisoformat(f["date"]), float(f["rate"]))
                              for f in lpr["history"])),
        scope=_note(data["scope"]), principal=_note(data["principal"]),
        lenders=tuple(Lender(e["id"], _text(e["label"]), e["line"], _text(e["explain"]),
                             tuple(e["statutes"])) for e in data["lenders"]),
        frequencies=tuple(Frequency(f["id"], _text(f["label"]), f["per_year"])
                          for f in data["frequencies"]),
        references=tuple(Reference(float(r["rate"]), _text(r["label"]), _text(r["source"]),
                                   _text(r["status"]), tuple(r.get("statutes", ())))
                         for r in data["references"]),
        examples=tuple(Example(_text(e["label"]), float(e["received"]),
                               float(e["contract"]) if e.get("contract") else None,
                               float(e.get("fees", 0)), float(e["instalment"]), e["count"],
                               e["frequency"]) for e in data["examples"]),
    )


def _letters(data: dict, rel: str) -> LettersTool:
    fields = {name: Field(name, _text(f["label"]), _text(f.get("hint")), f.get("kind", "text"))
              for name, f in data["fields"].items()}
    letters = tuple(
        Letter(id=e["id"], title=_text(e["title"]), purpose=_text(e["purpose"]),
               use=_text(e["use"]), avoid=_text(e["avoid"]), fields=tuple(e["fields"]),
               statutes=tuple(e["statutes"]), see_also=tuple(e.get("see_also", ())),
               body=Text(zh=e["body"]["zh"].strip("\n"), en=e["body"]["en"].strip("\n")))
        for e in data["letters"])
    return LettersTool(source=rel, reviewed=dt.date.fromisoformat(data["reviewed"]),
                       page=_page(data), labels=_labels(data),
                       fields=MappingProxyType(fields), letters=letters)


BUILDERS = {"conduct": _conduct, "interest": _interest, "letters": _letters}
