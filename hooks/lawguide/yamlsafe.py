"""Read one YAML file as untrusted input, keeping the line of every value.

PyYAML's safe loader is the parser; on top of it this module refuses what a
hand-edited content file never needs and what hostile input uses: a BOM,
non-UTF-8 bytes, tabs, CR line endings, anchors and aliases (billion-laughs),
duplicate keys (the second silently wins in PyYAML), and oversized files.
Problems are returned, never raised.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

import yaml

from .errors import Problem, field_name

MAX_FILE_BYTES = 256 * 1024
# What YAML refuses to read (C0/C1 controls other than tab and line breaks).
CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f\ufffe\uffff]")
MAX_DEPTH = 20


@dataclass
class Loaded:
    """A parsed document and the line (1-based) of each value, by path."""

    data: object = None
    lines: dict[tuple, int] = field(default_factory=dict)

    def line(self, path: tuple) -> int:
        """Line of the value at ``path``, or of its nearest ancestor."""
        path = tuple(path)
        while path and path not in self.lines:
            path = path[:-1]
        return self.lines.get(path, 1)


def read_bytes(raw: bytes, path: str) -> tuple[Loaded, list[Problem]]:
    if len(raw) > MAX_FILE_BYTES:
        return Loaded(), [Problem(path, 0, "", f"file is {len(raw):,} bytes, more than the "
                                  f"{MAX_FILE_BYTES:,} allowed (split it or shorten the texts)")]
    if raw.startswith(b"\xef\xbb\xbf"):
        return Loaded(), [Problem(path, 1, "", "file starts with a byte-order mark (BOM); "
                                  "save it as UTF-8 without BOM")]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        return Loaded(), [Problem(path, line, "", "file is not valid UTF-8 "
                                  f"(byte 0x{raw[exc.start]:02x}); save it as UTF-8")]
    problems = []
    for number, line_text in enumerate(text.split("\n"), 1):
        if "\r" in line_text:
            problems.append(Problem(path, number, "", "Windows (CRLF) or CR line ending; "
                                    "save the file with LF (Unix) line endings"))
            break
    for number, line_text in enumerate(text.split("\n"), 1):
        if "\t" in line_text:
            problems.append(Problem(path, number, "", "tab character; indent with spaces "
                                    "and write tabs in text as spaces"))
            break
    control = CONTROL.search(text.replace("\r", "").replace("\t", ""))
    if control:
        where = text.replace("\r", "").replace("\t", "")[: control.start()].count("\n") + 1
        problems.append(Problem(path, where, "", f"invisible control character "
                                f"U+{ord(control.group()):04X}; delete it (it often comes from "
                                "copying out of a PDF or a chat app)"))
    if problems:
        return Loaded(), problems
    return read_text(text, path)


# libyaml parses about ten times faster than PyYAML's pure-Python parser, which
# matters with thousands of files; its error messages are worded differently, so
# a file it refuses is read again by the pure-Python parser for the message.
FAST_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _compose(text: str, loader) -> tuple[int | None, yaml.Node | None]:
    """(line of the first anchor or alias, or None; the document's node)."""
    for event in yaml.parse(text, Loader=loader):
        if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
            return event.start_mark.line + 1, None
    return None, yaml.compose(text, Loader=loader)


def read_text(text: str, path: str) -> tuple[Loaded, list[Problem]]:
    try:
        try:
            anchor, node = _compose(text, FAST_LOADER)
        except yaml.YAMLError:
            anchor, node = _compose(text, yaml.SafeLoader)
        if anchor is not None:
            return Loaded(), [Problem(path, anchor, "", "YAML anchors and aliases (& and *) "
                                      "are not allowed; write the value out in full")]
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
        what = getattr(exc, "problem", None) or str(exc)
        context = getattr(exc, "context", None) or ""
        if context.startswith("while scanning") and exc.context_mark:
            # An unclosed quote surfaces at the end of the file: point at where it opened.
            what = f"{context}, {what} (on line {mark.line + 1})"
            mark = exc.context_mark
        line = mark.line + 1 if mark else 0
        return Loaded(), [Problem(path, line, "", f"not valid YAML: {what} (check indentation "
                                  "and colons on this line; text that contains : , ? # { } [ ] "
                                  "must be in quotes)")]
    loaded = Loaded()
    problems: list[Problem] = []
    if node is not None:
        loaded.data = _convert(node, (), loaded.lines, problems, path)
    return loaded, problems


_constructor = yaml.SafeLoader("")


def _convert(node, at: tuple, lines: dict, problems: list, path: str):
    lines.setdefault(at, node.start_mark.line + 1)
    if len(at) > MAX_DEPTH:
        problems.append(Problem(path, lines[at], "", f"nested more than {MAX_DEPTH} levels deep"))
        return None
    if isinstance(node, yaml.MappingNode):
        out: dict = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode):
                problems.append(Problem(path, key_node.start_mark.line + 1, "",
                                        "a key must be plain text"))
                continue
            key = str(_constructor.construct_object(key_node))
            if key in out:
                problems.append(Problem(path, key_node.start_mark.line + 1, field_name(at + (key,)),
                                        "duplicate key; keep only one"))
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
    except (yaml.YAMLError, ValueError) as exc:
        problems.append(Problem(path, lines[at], field_name(at), f"unreadable value: {exc}"))
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
