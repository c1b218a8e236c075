"""What a rebuild may skip: pages whose inputs did not change.

Under ``mkdocs serve`` every change rebuilds the site, and with thousands of
cases rendering every page again would dominate an edit. Each page (a
``render.Job``) names its inputs; this cache remembers, per generated file,
the inputs it was last rendered from and the file's stamp as we left it. A
page is skipped only if both still match, so a generated file that was
deleted or touched by hand is written again.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class _Written:
    inputs: tuple
    stamp: tuple[int, int]  # (mtime_ns, size) of the file after we wrote or checked it


class PageCache:
    def __init__(self) -> None:
        self._pages: dict[Path, _Written] = {}
        self._context: object = None

    def start(self, context: object) -> None:
        """Begin a compile; ``context`` is what every page reads (strings, templates).

        When it changed, nothing rendered before can be reused.
        """
        if context != self._context:
            self._pages.clear()
            self._context = context

    def fresh(self, target: Path, inputs: tuple) -> bool:
        """True if ``target`` holds what rendering these inputs would give."""
        known = self._pages.get(target)
        if known is None or known.inputs != inputs:
            return False
        try:
            stat = target.stat()
        except FileNotFoundError:
            return False
        return (stat.st_mtime_ns, stat.st_size) == known.stamp

    def remember(self, target: Path, inputs: tuple) -> None:
        stat = target.stat()
        self._pages[target] = _Written(inputs, (stat.st_mtime_ns, stat.st_size))

    def forget(self, target: Path) -> None:
        self._pages.pop(target, None)
