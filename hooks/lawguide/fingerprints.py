"""Fingerprints of files: has anything a step reads changed since it last ran?

``mkdocs serve`` rebuilds on every change, and most of what a step reads is the
same as last time (``memory``). A fingerprint is the path, modification
time and size of every file under some folders: one ``stat`` per file, far
cheaper than reading and checking the files again.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

Fingerprint = tuple[tuple[str, int, int], ...]


def of(root: Path, parts: Iterable[str], skip: frozenset[str] = frozenset()
                ) -> Fingerprint:
    """(path, mtime_ns, size) of every file under ``root / part``, sorted.

    ``skip`` names relative paths (folders or files) left out, e.g. generated folders.
    """
    found: list[tuple[str, int, int]] = []
    for part in parts:
        _walk(root, part, skip, found)
    found.sort()
    return tuple(found)


def _walk(root: Path, rel: str, skip: frozenset[str], found: list) -> None:
    if rel in skip:
        return
    try:
        entries = list(os.scandir(root / rel))
    except NotADirectoryError:
        stat = os.lstat(root / rel)
        found.append((rel, stat.st_mtime_ns, stat.st_size))
        return
    except FileNotFoundError:
        return
    for entry in entries:
        child = f"{rel}/{entry.name}"
        if entry.is_dir(follow_symlinks=False):
            if entry.name != "__pycache__":
                _walk(root, child, skip, found)
        elif child not in skip:
            stat = entry.stat(follow_symlinks=False)  # links are refused, never followed
            found.append((child, stat.st_mtime_ns, stat.st_size))
