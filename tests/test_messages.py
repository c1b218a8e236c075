"""The message catalogue (lawguide.messages): every entry renders, and every check uses it.

Each entry is rendered once with sample values: no placeholder may be left unfilled, no
message may end in a space, and an entry with a fix must show it. A scan of the package's
source fails when a check builds a problem text of its own (an f-string or a string literal
where a catalogue entry belongs), so wordings cannot drift apart again.
"""

import ast
import re
from pathlib import Path

import pytest

from conftest import ROOT
from lawguide import messages
from lawguide.messages import Message

PACKAGE = ROOT / "hooks" / "lawguide"
CATALOGUE = messages.catalogue()

# One sample per field name: the same name means the same kind of value in every entry.
SAMPLES = {
    "action": "complaint:nfra", "allowed": "debtor, collector", "assets": "overrides",
    "audience": "lender", "brace": "}", "byte": 0xE9, "code": 0x202E, "column": 7,
    "context": "while scanning a quoted scalar", "count": 1234, "date": "2999-01-01",
    "depth": 20, "detail": "mapping values are not allowed here", "en": 3,
    "example": "civil-code/1032", "folders": "cases, faq", "excerpt": 2, "expected": "a list", "fields": "debtor, date",
    "file": "law-texts/civil-code.txt", "folder": "cases", "found": "text",
    "handler": "onclick", "keys": "no_such_key", "have": "1024, 1032", "hint": "Lowercase letters and hyphens.",
    "id": "night-calls", "key": "anonymised", "kind": "case", "known": "civil-code, pipl",
    "label": "第一千零三十二条", "lang": "zh", "law": "civil-code", "laws": "civil-code",
    "length": 12000, "limit": 300, "line": 14, "masked": "138****1234",
    "name": "RIGHT-TO-LEFT OVERRIDE", "names": "id, data-x", "new": "public-security-2025/50",
    "number": "1032", "official": "自然人享有隐私权", "other": "cases/first.yml",
    "previous": "2026-01-20", "quote": "<b onclick=…", "reason": "the rate is too high",
    "ref": "civil-code/9999", "removed": "<span>", "reserved": "assets, index",
    "scheme": "javascript", "shown": "Article 1032", "size": 300000, "slot": "amount",
    "source": "site_url", "stem": "late", "successor": "public-security-2025",
    "suffix": ".yml", "tag": "iframe", "target": "nfra", "term": "hello", "text": "民法典第9999条",
    "path": "notes.txt", "url": "javascript:alert(1)", "value": "Night Calls", "what": "a mainland mobile number",
    "where": "faq", "why": "a javascript: link would run script", "year": 2012,
    "years": "2012, 2025", "zh": 4,
}


def render(entry: Message) -> str:
    return entry.format(**{name: SAMPLES[name] for name in entry.fields})


def test_every_field_has_a_sample():
    used = set().union(*(entry.fields for entry in CATALOGUE.values()))
    assert used <= set(SAMPLES), sorted(used - set(SAMPLES))
    assert len(CATALOGUE) > 100


@pytest.mark.parametrize("name", sorted(CATALOGUE))
def test_entry_renders(name):
    entry = CATALOGUE[name]
    text = render(entry)
    assert "{}" not in text
    for field in entry.fields:  # a placeholder left as it was written
        assert not re.search(r"\{" + field + r"(?:![rsa])?(?::[^{}]*)?\}", text), (field, text)
    assert text == text.strip() and "\n" not in text
    assert not text.endswith((";", ","))  # nothing cut off after it
    if entry.fix:
        fix = entry.fix.format(**{name: SAMPLES[name] for name in entry.fields})
        assert fix and fix in text


def test_one_entry_per_wording():
    wordings = [(entry.text, entry.fix) for entry in CATALOGUE.values()]
    assert len(wordings) == len(set(wordings))


def test_format_takes_exactly_the_fields():
    entry = messages.UNKNOWN_ARTICLE
    with pytest.raises(TypeError, match="missing fields: have"):
        entry.format(ref="civil-code/1", law="civil-code")
    with pytest.raises(TypeError, match="unexpected fields: extra"):
        entry.format(ref="civil-code/1", law="civil-code", have="1032", extra=1)
    assert entry.format(ref="civil-code/1", law="civil-code", have="1032") == (
        "unknown article 'civil-code/1' (the civil-code excerpt has 1032); cite an excerpted "
        "article or excerpt this one first")


def test_every_entry_is_used():
    source = "\n".join(path.read_text("utf-8") for path in PACKAGE.rglob("*.py")
                       if path.name != "messages.py")
    unused = [name for name in CATALOGUE if not re.search(rf"\.{name}\b", source)]
    assert not unused


# --- no problem text outside the catalogue ------------------------------------------------

# Where a problem text goes: (callee name, index of the positional argument, keyword).
MESSAGE_ARGUMENT = {
    "Problem": (3, "message"), "Unknown": (3, "reason"), "Inspection": (0, "messages"),
    "AddressError": (0, None), "RateError": (0, None), "SynonymError": (0, None),
    "SearchConfigError": (0, None),
}
MESSAGE_LISTS = {"messages", "found"}  # lists of problem texts, appended to
MESSAGE_NAMES = {"message", "messages", "reason", "why", "hint"}  # variables holding one


def _written_inline(node: ast.AST) -> bool:
    """Whether ``node`` holds a string literal or f-string (not inside a call's arguments:
    ``", ".join(...)`` builds a value for a catalogue entry, it is no wording)."""
    if isinstance(node, ast.JoinedStr):
        return True
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str) and bool(node.value)
    if isinstance(node, ast.Call):
        return False
    return any(_written_inline(child) for child in ast.iter_child_nodes(node))


def _message_arguments(call: ast.Call) -> list[ast.AST]:
    func = call.func
    name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
    if name in MESSAGE_ARGUMENT:
        index, keyword = MESSAGE_ARGUMENT[name]
        found = [call.args[index]] if len(call.args) > index else []
        return found + [k.value for k in call.keywords if keyword and k.arg == keyword]
    if name == "add" and len(call.args) == 2:  # Report.add(at, message)
        return [call.args[1]]
    if (name == "append" and isinstance(func, ast.Attribute)
            and isinstance(func.value, ast.Name) and func.value.id in MESSAGE_LISTS):
        return list(call.args)
    return []


def inline_messages(source: str, filename: str = "<source>") -> list[str]:
    """``file:line`` of every problem text written inline in ``source``."""
    found = []
    for node in ast.walk(ast.parse(source, filename)):
        values: list[ast.AST] = []
        if isinstance(node, ast.Call):
            values = _message_arguments(node)
        elif isinstance(node, (ast.Assign, ast.AugAssign)):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            if any(isinstance(t, ast.Name) and t.id in MESSAGE_NAMES for t in targets):
                values = [node.value]
        found += [f"{filename}:{value.lineno}" for value in values if _written_inline(value)]
    return found


def scan(package: Path) -> list[str]:
    return [hit for path in sorted(package.rglob("*.py")) if path.name != "messages.py"
            for hit in inline_messages(path.read_text("utf-8"), path.relative_to(package)
                                       .as_posix())]


def test_no_problem_text_outside_the_catalogue():
    assert scan(PACKAGE) == []


@pytest.mark.parametrize("source", [
    'Problem(path, 1, "", f"unknown id {x!r}")',
    'Problem(path, 1, "", "duplicate key; keep only one")',
    'Problem(path, 1, "", message="a" + name)',
    'report.add(at, f"{day} is in the future")',
    'messages.append("not written yet")',
    'message = f"expected {want}"',
    'raise RateError("the rate is too high")',
    'Unknown(1, 2, text, f"the law {law!r} is not in the statute data")',
])
def test_the_scan_finds_inline_wording(source):
    assert inline_messages(source) == ["<source>:1"]


@pytest.mark.parametrize("source", [
    'Problem(path, 1, "", msg.DUPLICATE_KEY.format())',
    'Problem(path, 1, "", msg.UNKNOWN_KEY.format(allowed=", ".join(names) or "none"))',
    'report.add(at, msg.IN_THE_FUTURE.format(date=day))',
    'known.add("span")',
    'message = error.message',
])
def test_the_scan_lets_catalogue_entries_pass(source):
    assert inline_messages(source) == []
