"""Check a parsed file against its JSON Schema in ``schemas/``.

The schemas are the single description of each content kind: editors use them
for completion, and this module turns every violation into a
:class:`~lawguide.errors.Problem` a contributor can act on.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

from jsonschema import Draft202012Validator
from referencing import Registry, Resource

from .errors import Problem, field_name
from .yamlsafe import Loaded

SCHEMA_DIR = Path(__file__).resolve().parents[2] / "schemas"
_TYPE_NAMES = {"string": "text", "object": "a mapping (key: value)", "array": "a list",
               "integer": "a whole number", "number": "a number", "boolean": "true or false"}


@cache
def validator(kind: str) -> Draft202012Validator:
    resources = []
    for path in SCHEMA_DIR.glob("*.schema.json"):
        contents = json.loads(path.read_text(encoding="utf-8"))
        resources.append((path.name, Resource.from_contents(contents)))
    registry = Registry().with_resources(resources)
    schema = json.loads((SCHEMA_DIR / f"{kind}.schema.json").read_text(encoding="utf-8"))
    return Draft202012Validator(schema, registry=registry)


def check(kind: str, loaded: Loaded, path: str) -> list[Problem]:
    problems: set[Problem] = set()  # `required` errors each name every missing key
    for error in validator(kind).iter_errors(loaded.data):
        problems.update(_explain(error, loaded, path))
    return sorted(problems)


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
                        f"unknown key (allowed here: {', '.join(allowed) or 'none'})")
                for k in extra]
    if kind == "type":
        want = _TYPE_NAMES.get(expected, expected)
        message = f"expected {want}, got {_typename(value)}"
    elif kind == "enum":
        message = f"{value!r} is not allowed (use one of: {', '.join(map(str, expected))})"
    elif kind == "const":
        message = f"must be {json.dumps(expected)}" + (f": {hint}" if hint else "")
    elif kind == "pattern":
        example = (error.schema.get("examples") or [None])[0]
        message = f"{value!r} has the wrong form" + (f": {hint}" if hint else "")
        if example and not hint:
            message += f" (for example {example!r})"
    elif kind in ("minLength", "minItems"):
        message = "is empty; write something or remove the key"
    elif kind == "maxLength":
        message = f"is {len(value):,} characters long, more than the {expected:,} allowed"
    elif kind == "maxItems":
        message = f"has {len(value)} entries, more than the {expected} allowed"
    elif kind == "uniqueItems":
        message = "lists the same entry twice; remove the duplicate"
    else:
        message = error.message
    return [Problem(path, line, here, message)]


def _missing(name: str) -> str:
    if name == "en":
        return "missing English text (add an 'en:' line beside 'zh:')"
    if name == "zh":
        return "missing Chinese text (add a 'zh:' line beside 'en:')"
    return f"missing (add '{name}:' here)"
