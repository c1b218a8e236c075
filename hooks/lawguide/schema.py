"""Check a parsed file against its JSON Schema in ``schemas/``.

The schemas are the single description of each content kind: editors use them
for completion, and this module turns every violation into a
:class:`~lawguide.errors.Problem` a contributor can act on.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import fastjsonschema
from jsonschema import Draft202012Validator

from . import fingerprints
from . import messages as msg
from .errors import Problem, field_name
from .memory import Memory
from .yamlsafe import Loaded

SCHEMA_DIR = Path(__file__).resolve().parents[2] / "schemas"
_TYPE_NAMES = {"string": "text", "object": "a mapping (key: value)", "array": "a list",
               "integer": "a whole number", "number": "a number", "boolean": "true or false"}


class Schemas:
    """The schemas under one folder, each compiled once, when first needed."""

    def __init__(self, folder: Path = SCHEMA_DIR):
        self.folder = folder
        self._validators: dict[str, Draft202012Validator] = {}
        self._fast: dict[str, object] = {}
        self._checked: Counter[str] = Counter()

    def _documents(self) -> dict[str, dict]:
        return {path.name: json.loads(path.read_text(encoding="utf-8"))
                for path in sorted(self.folder.glob("*.schema.json"))}

    def validator(self, kind: str) -> Draft202012Validator:
        if kind not in self._validators:
            documents = self._documents()  # references inlined: no registry to look up
            name = f"{kind}.schema.json"
            self._validators[kind] = Draft202012Validator(_inline(documents[name], name, documents))
        return self._validators[kind]

    def fast_validator(self, kind: str):
        """The same schema compiled to Python code by fastjsonschema, references inlined.

        About fifty times faster than jsonschema, which matters with thousands of
        files, but it only says whether a file is valid: a file it refuses is
        checked again by :meth:`validator`, whose errors the messages are made of.
        """
        if kind not in self._fast:
            documents = self._documents()
            name = f"{kind}.schema.json"
            self._fast[kind] = fastjsonschema.compile(_inline(documents[name], name, documents),
                                                      use_formats=False)
        return self._fast[kind]

    def check(self, kind: str, loaded: Loaded, path: str) -> list[Problem]:
        self._checked[kind] += 1
        if self._checked[kind] > FAST_AFTER:  # compiling costs up to 0.1 s: for many files
            try:
                self.fast_validator(kind)(loaded.data)
                return []
            except fastjsonschema.JsonSchemaValueException:
                pass  # invalid: jsonschema says exactly where and why
        problems: set[Problem] = set()  # `required` errors each name every missing key
        for error in self.validator(kind).iter_errors(loaded.data):
            problems.update(_explain(error, loaded, path))
        return sorted(problems)


def current(memory: Memory) -> Schemas:
    """The schemas, made anew when one of their files changed: an edit under ``mkdocs
    serve`` takes effect on the next rebuild."""
    folder = SCHEMA_DIR
    stamp = (folder, fingerprints.of(folder.parent, [folder.name]))
    if memory.schemas is None or memory.schemas[0] != stamp:
        memory.schemas = (stamp, Schemas(folder))
    return memory.schemas[1]


def _inline(node, document: str, documents: dict, depth: int = 0):
    """Replace every ``$ref`` by the schema it points to (``allOf`` with its siblings,
    which draft 2020-12 applies too)."""
    if depth > 50:
        raise ValueError(f"schemas: $ref nested too deeply in {document}")
    if isinstance(node, list):
        return [_inline(item, document, documents, depth) for item in node]
    if not isinstance(node, dict):
        return node
    out = {key: _inline(value, document, documents, depth) for key, value in node.items()
           if key not in ("$ref", "$schema", "$id", "$defs")}
    if "$ref" not in node:
        return out
    target_doc, _, pointer = node["$ref"].partition("#")
    target_doc = target_doc or document
    target = documents[target_doc]
    for part in filter(None, pointer.split("/")):
        target = target[part]
    resolved = _inline(target, target_doc, documents, depth + 1)
    return {"allOf": [resolved, out]} if out else resolved


FAST_AFTER = 8  # files of one kind checked with jsonschema before fastjsonschema


def _typename(value) -> str:
    if isinstance(value, bool):
        return "true/false"
    if value is None:
        return "nothing"
    return {str: "text", int: "a number", float: "a number", list: "a list",
            dict: "a mapping"}.get(type(value), type(value).__name__)


def _explain(error, loaded: Loaded, path: str) -> list[Problem]:
    at = tuple(error.absolute_path)
    here = field_name(at)
    line = loaded.line(at)
    kind, expected, value = error.validator, error.validator_value, error.instance
    hint = error.schema.get("description", "")
    if kind == "required":
        missing = [name for name in expected if name not in value]
        return [Problem(path, line, field_name(at + (name,)), _missing(name)) for name in missing]
    if kind == "additionalProperties" and isinstance(value, dict):
        allowed = sorted(error.schema.get("properties", {}))
        extra = [k for k in value if k not in allowed]
        return [Problem(path, loaded.line(at + (k,)), field_name(at + (k,)),
                        msg.UNKNOWN_KEY.format(allowed=", ".join(allowed) or "none"))
                for k in extra]
    if kind == "type":
        want = _TYPE_NAMES.get(expected, expected)
        message = msg.WRONG_TYPE.format(expected=want, found=_typename(value))
    elif kind == "enum":
        message = msg.NOT_ALLOWED.format(value=value, allowed=", ".join(map(str, expected)))
    elif kind == "const":
        want = json.dumps(expected)
        message = (msg.MUST_BE_EXPLAINED.format(value=want, hint=hint) if hint
                   else msg.MUST_BE.format(value=want))
    elif kind == "pattern":
        example = (error.schema.get("examples") or [None])[0]
        if hint:
            message = msg.WRONG_FORM_EXPLAINED.format(value=value, hint=hint)
        elif example:
            message = msg.WRONG_FORM_EXAMPLE.format(value=value, example=example)
        else:
            message = msg.WRONG_FORM.format(value=value)
    elif kind == "minItems":
        message = msg.EMPTY_LIST.format()
    elif kind == "minLength":
        message = (msg.TOO_SHORT.format(limit=expected) if value else msg.EMPTY_TEXT.format())
    elif kind == "maxLength":
        message = msg.TOO_LONG.format(length=len(value), limit=expected)
    elif kind == "maxItems":
        message = msg.TOO_MANY_ENTRIES.format(count=len(value), limit=expected)
    elif kind == "uniqueItems":
        message = msg.SAME_ENTRY_TWICE.format()
    else:
        message = error.message
    return [Problem(path, line, here, message)]


def _missing(name: str) -> str:
    if name == "en":
        return msg.MISSING_ENGLISH.format()
    if name == "zh":
        return msg.MISSING_CHINESE.format()
    return msg.MISSING_KEY.format(key=name)
