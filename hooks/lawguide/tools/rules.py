"""Rules the schemas cannot express: references into the statute data, ids, letter slots.

They run on a tool file that passed its schema, so every value has the right
shape; each rule reports a Problem at the line of the offending value.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator

from .. import messages as msg
from ..errors import Problem, field_name
from ..model import Content
from ..rules import unknown_ref
from . import rate

REF_KEYS = ("statutes", "see_also")
SLOT = re.compile(r"\{([a-z][a-z0-9_]*)\}")
BRACE = re.compile(r"[{}]")

Line = Callable[[tuple], int]


class Report:
    """Collects the problems of one file, each at the line of its value."""

    def __init__(self, path: str, line: Line):
        self.path, self.line, self.problems = path, line, []

    def add(self, at: tuple, message: str) -> None:
        self.problems.append(Problem(self.path, self.line(at), field_name(at), message))


def refs(data: object, content: Content, report: Report) -> None:
    """Every cited article exists in the statute data, in its current version."""
    for at, ref in _refs(data, ()):
        law_id, _, number = ref.partition("/")
        statute = content.statutes.get(law_id)
        if ("statute", law_id) in content.broken:
            continue  # that law's own file has problems, reported already
        if statute is None or statute.article(number) is None:
            report.add(at, unknown_ref(ref, content))
        elif statute.status == "superseded":
            news = statute.successor_articles.get(number, ())
            if news:
                report.add(at, msg.SUPERSEDED.format(
                    ref=ref, new=" or ".join(f"{statute.successor}/{new}" for new in news)))
            else:
                report.add(at, msg.SUPERSEDED_UNMAPPED.format(ref=ref,
                                                              successor=statute.successor))


def _refs(data: object, at: tuple) -> Iterator[tuple[tuple, str]]:
    if isinstance(data, dict):
        for key, value in data.items():
            if key in REF_KEYS and isinstance(value, list):
                yield from ((at + (key, i), ref) for i, ref in enumerate(value))
            else:
                yield from _refs(value, at + (key,))
    elif isinstance(data, list):
        for i, value in enumerate(data):
            yield from _refs(value, at + (i,))


def reviewed(data: dict, report: Report) -> None:
    day = real_date(data["reviewed"], ("reviewed",), report)
    if day and day > dt.date.today():
        report.add(("reviewed",), msg.IN_THE_FUTURE.format(date=day))


def real_date(value: str, at: tuple, report: Report) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        report.add(at, msg.NOT_A_DATE.format(value=value))
        return None


def unique(entries: list[dict], at: tuple, report: Report, key: str = "id") -> set[str]:
    """The ids of ``entries``; a repeated id is a problem."""
    seen: set[str] = set()
    for i, entry in enumerate(entries):
        if entry[key] in seen:
            report.add(at + (i, key), msg.ID_TWICE.format(id=entry[key]))
        seen.add(entry[key])
    return seen


def known(value: str, allowed: set[str], at: tuple, what: str, report: Report) -> None:
    if value not in allowed:
        report.add(at, msg.UNKNOWN_CHOICE.format(what=what, value=value,
                                                 allowed=", ".join(sorted(allowed))))


# criminal-law/293-1 (collecting an illegal debt) applies to illegal debts only, and only
# from 2021-03-01: the checker judges the collection of any debt, so no rule rests on it.
ILLEGAL_DEBTS_ONLY = "criminal-law/293-1"


def conduct(data: dict, report: Report) -> None:
    actors = unique(data["actors"], ("actors",), report)
    levels = unique(data["levels"], ("levels",), report)
    verdicts = unique(data["verdicts"], ("verdicts",), report)
    channels = unique(data["channels"], ("channels",), report)
    unique(data["items"], ("items",), report)
    for i, item in enumerate(data["items"]):
        at = ("items", i)
        for j, actor in enumerate(item["judges"]):
            known(actor, actors, at + ("judges", j), "actor", report)
        known(item["verdict"], verdicts, at + ("verdict",), "verdict", report)
        for j, rule in enumerate(item["rules"]):
            known(rule["level"], levels, at + ("rules", j, "level"), "level", report)
            for k, channel in enumerate(rule["routes"]):
                known(channel, channels, at + ("rules", j, "routes", k), "channel", report)
            if ILLEGAL_DEBTS_ONLY in rule["statutes"]:
                report.add(at + ("rules", j, "statutes", rule["statutes"].index(
                    ILLEGAL_DEBTS_ONLY)), msg.ILLEGAL_DEBTS_ONLY.format(ref=ILLEGAL_DEBTS_ONLY))
        for j, channel in enumerate(item["also"]):
            known(channel, channels, at + ("also", j), "channel", report)


def conduct_letters(data: dict, letters: set[str], report: Report) -> None:
    """The letters an item offers exist in data/tools/letters.yml."""
    for i, item in enumerate(data["items"]):
        for j, letter in enumerate(item["letters"]):
            known(letter, letters, ("items", i, "letters", j), "letter", report)


def interest(data: dict, report: Report) -> None:
    unique(data["lenders"], ("lenders",), report)
    frequencies = {f["id"]: f["per_year"] for f in data["frequencies"]}
    unique(data["frequencies"], ("frequencies",), report)
    previous = None
    for i, figure in enumerate(data["lpr"]["history"]):
        at = ("lpr", "history", i, "date")
        day = real_date(figure["date"], at, report)
        if day and previous and day <= previous:
            report.add(at, msg.FIGURES_OUT_OF_ORDER.format(date=day, previous=previous))
        if day and day > dt.date.today():
            report.add(at, msg.FIGURE_IN_THE_FUTURE.format(date=day))
        previous = day or previous
    for i, example in enumerate(data["examples"]):
        at = ("examples", i)
        known(example["frequency"], set(frequencies), at + ("frequency",), "frequency", report)
        if example.get("contract") is not None and example["contract"] < example["received"]:
            report.add(at + ("contract",), msg.CONTRACT_BELOW_RECEIVED.format())
        if example["frequency"] in frequencies:
            try:
                rate.solve(rate.Loan(example["received"], example["instalment"],
                                     example["count"], frequencies[example["frequency"]],
                                     example.get("fees", 0)))
            except rate.RateError as exc:
                report.add(at, msg.NOT_COMPUTABLE.format(reason=exc))


def letters(data: dict, content: Content, report: Report) -> None:
    fields = set(data["fields"])
    unique(data["letters"], ("letters",), report)
    for i, letter in enumerate(data["letters"]):
        at = ("letters", i)
        for j, name in enumerate(letter["fields"]):
            known(name, fields, at + ("fields", j), "field", report)
        for lang in ("zh", "en"):
            _slots(letter, lang, at + ("body", lang), report)
        for j, ref in enumerate(letter["statutes"]):
            article = content.resolve(ref)
            if article is None:
                continue  # refs() reports it
            for lang, mention in (("zh", article.label_zh), ("en", None)):
                body = letter["body"][lang]
                found = mention in body if mention else re.search(
                    rf"(?<![\d-]){re.escape(article.number)}(?![\d-])", body)
                if not found:
                    shown = mention or f"Article {article.number}"
                    report.add(at + ("statutes", j),
                               msg.UNCITED_IN_LETTER.format(ref=ref, lang=lang, shown=shown))


def _slots(letter: dict, lang: str, at: tuple, report: Report) -> None:
    body = letter["body"][lang]
    used = SLOT.findall(body)
    for name in sorted(set(used) - set(letter["fields"])):
        report.add(at, msg.UNKNOWN_SLOT.format(slot=name, fields=", ".join(letter["fields"])))
    for name in letter["fields"]:
        if name not in used:
            report.add(at, msg.UNUSED_FIELD.format(name=name, lang=lang))
    stray = BRACE.search(SLOT.sub("", body))
    if stray:
        report.add(at, msg.STRAY_BRACE.format(brace=stray.group()))
