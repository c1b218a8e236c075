"""Read one YAML file as untrusted input, keeping the line of every value.

PyYAML's safe loader is the parser; on top of it this module refuses what a
hand-edited content file never needs and what hostile input uses: a BOM,
non-UTF-8 bytes, tabs, CR line endings, the characters YAML reads as line
breaks though editors do not (U+2028, U+2029, NEL), anchors and aliases
(billion-laughs), tags (``!!python/...``, and tags PyYAML would silently drop),
merge keys, duplicate keys (the second silently wins in PyYAML), control
characters written as escapes, nesting too deep to compose (libyaml's composer
recurses and crashes the process on a list 30,000 levels deep, so depth is
counted on the event stream first), and oversized files. Problems are returned,
never raised.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

import yaml

from . import messages as msg
from .errors import Problem, field_name, line_at

MAX_FILE_BYTES = 256 * 1024
# What YAML refuses to read (C0/C1 controls other than tab and line breaks).
CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f\ufffe\uffff]")
# Characters YAML takes for line breaks while editors show one line: a key can hide in what
# looks like a comment, and every line number after them is wrong.
LINE_SEPARATORS = re.compile("[\u0085\u2028\u2029]")
MAX_DEPTH = 20


@dataclass
class Loaded:
    """A parsed document and the line (1-based) of each value, by path."""

    data: object = None
    lines: dict[tuple, int] = field(default_factory=dict)

    def line(self, path: tuple) -> int:
        """Line of the value at ``path``, or of its nearest ancestor."""
        return line_at(self.lines, path)


def read_bytes(raw: bytes, path: str) -> tuple[Loaded, list[Problem]]:
    if len(raw) > MAX_FILE_BYTES:
        return Loaded(), [Problem(path, 0, "", msg.FILE_TOO_BIG.format(size=len(raw),
                                                                    limit=MAX_FILE_BYTES))]
    if raw.startswith(b"\xef\xbb\xbf"):
        return Loaded(), [Problem(path, 1, "", msg.BYTE_ORDER_MARK.format())]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        return Loaded(), [Problem(path, line, "", msg.NOT_UTF8.format(byte=raw[exc.start]))]
    problems = []
    for number, line_text in enumerate(text.split("\n"), 1):
        if "\r" in line_text:
            problems.append(Problem(path, number, "", msg.CR_LINE_ENDING.format()))
            break
    for number, line_text in enumerate(text.split("\n"), 1):
        if "\t" in line_text:
            problems.append(Problem(path, number, "", msg.TAB.format()))
            break
    separator = LINE_SEPARATORS.search(text)
    if separator:
        problems.append(Problem(path, text[: separator.start()].count("\n") + 1, "",
                                msg.LINE_SEPARATOR.format(code=ord(separator.group()))))
    control = CONTROL.search(text.replace("\r", "").replace("\t", ""))
    if control:
        where = text.replace("\r", "").replace("\t", "")[: control.start()].count("\n") + 1
        problems.append(Problem(path, where, "",
                                msg.CONTROL_CHARACTER.format(code=ord(control.group()))))
    if problems:
        return Loaded(), problems
    return read_text(text, path)


# libyaml parses about ten times faster than PyYAML's pure-Python parser, which
# matters with thousands of files; its error messages are worded differently, so
# a file it refuses is read again by the pure-Python parser for the message.
FAST_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _compose(text: str, loader, path: str) -> tuple[Problem | None, yaml.Node | None]:
    """(what the event stream shows is refused, or None; the document's node).

    The events are read before anything is composed: the composer would follow
    aliases and recurse once per level of nesting.
    """
    depth = 0
    for event in yaml.parse(text, Loader=loader):
        line = event.start_mark.line + 1
        if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
            return Problem(path, line, "", msg.ANCHOR.format()), None
        if getattr(event, "tag", None) is not None:
            tag = event.tag.replace("tag:yaml.org,2002:", "!!")
            return Problem(path, line, "", msg.TAG.format(tag=tag)), None
        if isinstance(event, yaml.CollectionStartEvent):
            depth += 1
            if depth > MAX_DEPTH:
                return Problem(path, line, "", msg.TOO_DEEP.format(depth=MAX_DEPTH)), None
        elif isinstance(event, yaml.CollectionEndEvent):
            depth -= 1
    return None, yaml.compose(text, Loader=loader)


def read_text(text: str, path: str) -> tuple[Loaded, list[Problem]]:
    try:
        try:
            refused, node = _compose(text, FAST_LOADER, path)
        except yaml.YAMLError:
            refused, node = _compose(text, yaml.SafeLoader, path)
        if refused is not None:
            return Loaded(), [refused]
    except RecursionError:
        return Loaded(), [Problem(path, 0, "", msg.TOO_DEEP.format(depth=MAX_DEPTH))]
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
        what = getattr(exc, "problem", None) or str(exc)
        context = getattr(exc, "context", None) or ""
        if context.startswith("while scanning") and exc.context_mark:
            # An unclosed quote surfaces at the end of the file: point at where it opened.
            what = msg.UNCLOSED.format(context=context, detail=what, line=mark.line + 1)
            mark = exc.context_mark
        line = mark.line + 1 if mark else 0
        return Loaded(), [Problem(path, line, "", msg.NOT_YAML.format(detail=what))]
    loaded = Loaded()
    problems: list[Problem] = []
    if node is not None:
        loaded.data = _convert(node, (), loaded.lines, problems, path)
    return loaded, problems


_constructor = yaml.SafeLoader("")


def _convert(node, at: tuple, lines: dict, problems: list, path: str):
    lines.setdefault(at, node.start_mark.line + 1)
    if len(at) > MAX_DEPTH:
        problems.append(Problem(path, lines[at], "", msg.TOO_DEEP.format(depth=MAX_DEPTH)))
        return None
    if isinstance(node, yaml.MappingNode):
        out: dict = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode):
                problems.append(Problem(path, key_node.start_mark.line + 1, "",
                                        msg.KEY_NOT_TEXT.format()))
                continue
            if key_node.tag == "tag:yaml.org,2002:merge":
                problems.append(Problem(path, key_node.start_mark.line + 1, field_name(at),
                                        msg.MERGE_KEY.format()))
                continue
            key = key_node.value  # as written: `2024-02-30:` is a name here, not a date
            if key in out:
                problems.append(Problem(path, key_node.start_mark.line + 1, field_name(at + (key,)),
                                        msg.DUPLICATE_KEY.format()))
                continue
            lines[at + (key,)] = key_node.start_mark.line + 1
            out[key] = _convert(value_node, at + (key,), lines, problems, path)
        return out
    if isinstance(node, yaml.SequenceNode):
        return [_convert(v, at + (i,), lines, problems, path) for i, v in enumerate(node.value)]
    if node.tag == "tag:yaml.org,2002:timestamp":
        return node.value  # keep dates as written; the schema and loader check them
    try:
        value = _constructor.construct_object(node)
    except (yaml.YAMLError, ValueError, OverflowError) as exc:
        problems.append(Problem(path, lines[at], field_name(at),
                                msg.UNREADABLE_VALUE.format(detail=exc)))
        return None
    if isinstance(value, str):
        hidden = CONTROL.search(value) or LINE_SEPARATORS.search(value)
        if hidden:
            problems.append(Problem(path, lines[at], field_name(at),
                                    msg.ESCAPED_CONTROL.format(code=ord(hidden.group()))))
            return None
    return value



def strings(data: object, at: tuple = ()) -> Iterator[tuple[tuple, str]]:
    """Every text value in parsed data, with its path: (("facts", "zh"), "...")."""
    if isinstance(data, str):
        yield at, data
    elif isinstance(data, dict):
        for key, value in data.items():
            yield from strings(value, at + (key,))
    elif isinstance(data, list):
        for i, value in enumerate(data):
            yield from strings(value, at + (i,))
