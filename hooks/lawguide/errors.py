"""Problems found in content, reported as ``path:line: field: message``.

Every check appends :class:`Problem` objects instead of raising, so a
contributor sees all that is wrong with a file in one pass.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class Problem:
    path: str
    line: int
    field: str
    message: str

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        field = f" field '{self.field}':" if self.field else ""
        return f"{where}:{field} {self.message}"


class ContentError(Exception):
    """Raised once, after collecting, when content has problems."""

    def __init__(self, problems: list[Problem]):
        self.problems = sorted(problems)
        super().__init__("\n".join(str(p) for p in self.problems))


def field_name(path: tuple) -> str:
    """('statutes', 2) -> 'statutes[2]'; ('title', 'en') -> 'title.en'."""
    out = ""
    for part in path:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else str(part)
    return out


def line_at(lines: Mapping[tuple, int], path: tuple) -> int:
    """Line of the value at ``path``, or of its nearest ancestor (a missing key is reported
    where its parent is); 1 when nothing of the path was read.

    The one lookup behind ``yamlsafe.Loaded.line`` (a file just parsed) and
    ``model.Source.line`` (the content object built from it).
    """
    path = tuple(path)
    while path and path not in lines:
        path = path[:-1]
    return lines.get(path, 1)
