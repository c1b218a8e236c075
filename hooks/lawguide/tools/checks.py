"""Rules the schemas cannot express: references into the statute data, ids, letter slots.

They run on a tool file that passed its schema, so every value has the right
shape; each rule reports a Problem at the line of the offending value.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator

from ..errors import Problem, field_name
from ..model import Content
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
        if statute is None:
            report.add(at, f"unknown law {law_id!r} in {ref!r} "
                           f"(known laws: {', '.join(sorted(content.statutes))})")
        elif statute.article(number) is None:
            have = ", ".join(a.number for a in statute.articles)
            report.add(at, f"unknown article {ref!r} (the {law_id} excerpt has {have}); "
                           "cite an excerpted article or excerpt this one first")
        elif statute.status == "superseded":
            news = statute.successor_articles.get(number, ())
            hint = (" or ".join(f"{statute.successor}/{new}" for new in news) if news
                    else f"the article in {statute.successor}")
            report.add(at, f"{ref!r} cites a superseded version of the law; the tools show "
                           f"the law in force: cite {hint}")


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
        report.add(("reviewed",), f"{day} is in the future; give the date of the last review")


def real_date(value: str, at: tuple, report: Report) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        report.add(at, f"{value!r} is not a real date (write YYYY-MM-DD)")
        return None


def unique(entries: list[dict], at: tuple, report: Report, key: str = "id") -> set[str]:
    """The ids of ``entries``; a repeated id is a problem."""
    seen: set[str] = set()
    for i, entry in enumerate(entries):
        if entry[key] in seen:
            report.add(at + (i, key), f"{entry[key]!r} is used twice; give each entry its own id")
        seen.add(entry[key])
    return seen


def known(value: str, allowed: set[str], at: tuple, what: str, report: Report) -> None:
    if value not in allowed:
        report.add(at, f"unknown {what} {value!r} (use one of: {', '.join(sorted(allowed))})")


def conduct(data: dict, report: Report) -> None:
    levels = unique(data["levels"], ("levels",), report)
    verdicts = unique(data["verdicts"], ("verdicts",), report)
    channels = unique(data["channels"], ("channels",), report)
    unique(data["items"], ("items",), report)
    for i, item in enumerate(data["items"]):
        at = ("items", i)
        known(item["verdict"], verdicts, at + ("verdict",), "verdict", report)
        for j, rule in enumerate(item["rules"]):
            known(rule["level"], levels, at + ("rules", j, "level"), "level", report)
        for j, channel in enumerate(item["complain"]):
            known(channel, channels, at + ("complain", j), "channel", report)


def interest(data: dict, report: Report) -> None:
    unique(data["lenders"], ("lenders",), report)
    frequencies = {f["id"]: f["per_year"] for f in data["frequencies"]}
    unique(data["frequencies"], ("frequencies",), report)
    previous = None
    for i, figure in enumerate(data["lpr"]["history"]):
        at = ("lpr", "history", i, "date")
        day = real_date(figure["date"], at, report)
        if day and previous and day <= previous:
            report.add(at, f"{day} is not after {previous}; list the figures oldest first, "
                           "each date once")
        if day and day > dt.date.today():
            report.add(at, f"{day} is in the future; record a figure once it is published")
        previous = day or previous
    for i, example in enumerate(data["examples"]):
        at = ("examples", i)
        known(example["frequency"], set(frequencies), at + ("frequency",), "frequency", report)
        if example.get("contract") is not None and example["contract"] < example["received"]:
            report.add(at + ("contract",), "the contract amount is less than the amount "
                                           "received; give the amount written in the contract")
        if example["frequency"] in frequencies:
            try:
                rate.solve(rate.Loan(example["received"], example["instalment"],
                                     example["count"], frequencies[example["frequency"]],
                                     example.get("fees", 0)))
            except rate.RateError as exc:
                report.add(at, f"this example cannot be computed: {exc}")


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
                    report.add(at + ("statutes", j), f"{ref!r} is listed but the {lang} letter "
                                                     f"does not cite it ({shown}); cite it in "
                                                     "the letter or remove it from the list")


def _slots(letter: dict, lang: str, at: tuple, report: Report) -> None:
    body = letter["body"][lang]
    used = SLOT.findall(body)
    for name in sorted(set(used) - set(letter["fields"])):
        report.add(at, f"{{{name}}} is not one of this letter's fields "
                       f"({', '.join(letter['fields'])}); add it to 'fields' or fix the name")
    for name in letter["fields"]:
        if name not in used:
            report.add(at, f"the field {name!r} is never used in the {lang} letter; "
                           f"write {{{name}}} where its value goes, or remove it from 'fields'")
    stray = BRACE.search(SLOT.sub("", body))
    if stray:
        report.add(at, f"a stray {stray.group()!r}: write fields as {{name}} (lowercase letters, "
                       "digits and _), and no other braces")
