"""The project's folders hold regular files only, and only the files that belong there.

MkDocs and Python follow symbolic links: a link committed under ``docs/`` would
publish any file of the build machine, a linked ``cases/*.yml`` would print the
outside file's values into a public CI log, a link to ``/dev/zero`` would eat
memory and a link loop would end in a traceback. So nothing here follows a
link: entries are examined with ``lstat``, files are opened with
``O_NOFOLLOW`` and read up to the size limit plus one byte, and every path must
lie inside the project. A file of the wrong kind in a content folder is named
instead of being silently skipped (``cases/x.yaml`` would otherwise never be
read while validation said "ok").
"""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass
from pathlib import Path

from . import messages as msg
from .errors import Problem

CONTENT = ("cases", "faq", "statutes")  # one <id>.yml per entry, nothing else
# Folders whose every entry is checked for links and special files: content, data,
# the official texts, the schemas, the hand-written pages and the theme's assets.
CHECKED = (*CONTENT, "data", "law-texts", "schemas", "docs", "overrides")
PAGE_SUFFIX = ".md"
ASSETS = "overrides"  # the site's own static files live in the theme folder, nowhere else


@dataclass(frozen=True)
class Listing:
    files: tuple[Path, ...]
    problems: tuple[Problem, ...]


def _rel(root: Path, path: Path) -> str:
    return path.relative_to(root).as_posix()


def _kind_problem(root: Path, path: Path, mode: int) -> Problem | None:
    rel = _rel(root, path)
    if stat.S_ISLNK(mode):
        return Problem(rel, 0, "", msg.SYMLINK.format())
    if not (stat.S_ISREG(mode) or stat.S_ISDIR(mode)):
        return Problem(rel, 0, "", msg.SPECIAL_FILE.format())
    return None


def content_files(root: Path, folder: str, suffix: str = ".yml") -> Listing:
    """The ``*.yml`` files of a content folder, and a problem for every other entry."""
    base = root / folder
    files, problems = [], []
    try:
        entries = sorted(os.scandir(base), key=lambda e: e.name)
    except FileNotFoundError:
        return Listing((), ())
    if not stat.S_ISDIR(os.lstat(base).st_mode):
        return Listing((), (Problem(folder, 0, "", msg.FOLDER_EXPECTED.format()),))
    for entry in entries:
        path = Path(entry.path)
        mode = entry.stat(follow_symlinks=False).st_mode
        problem = _kind_problem(root, path, mode)
        if problem:
            problems.append(problem)
        elif stat.S_ISDIR(mode):
            problems.append(Problem(_rel(root, path), 0, "", msg.SUB_FOLDER.format(folder=folder)))
        elif path.suffix == ".yaml":
            problems.append(Problem(_rel(root, path), 0, "",
                                    msg.WRONG_SUFFIX.format(suffix=suffix, stem=path.stem)))
        elif path.suffix != suffix:
            problems.append(Problem(_rel(root, path), 0, "",
                                    msg.NOT_CONTENT_FILE.format(folder=folder, suffix=suffix)))
        else:
            files.append(path)
    return Listing(tuple(files), tuple(problems))


def read(root: Path, path: Path, limit: int) -> tuple[bytes | None, Problem | None]:
    """The bytes of a regular file inside ``root``, at most ``limit`` of them."""
    rel = _rel(root, path) if path.is_relative_to(root) else path.as_posix()
    try:
        resolved = path.resolve(strict=True)
        if not resolved.is_relative_to(root.resolve()):
            return None, Problem(rel, 0, "", msg.OUTSIDE_PROJECT.format())
        mode = os.lstat(path).st_mode
        problem = _kind_problem(root, path, mode)
        if problem:
            return None, problem
        if not stat.S_ISREG(mode):
            return None, Problem(rel, 0, "", msg.FOLDER_NOT_FILE.format())
        descriptor = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | getattr(os, "O_NONBLOCK", 0))
        with os.fdopen(descriptor, "rb") as handle:
            raw = handle.read(limit + 1)
    except FileNotFoundError:
        return None, Problem(rel, 0, "", msg.NO_SUCH_FILE.format())
    except (OSError, RuntimeError) as exc:  # a link loop, permissions
        return None, Problem(rel, 0, "", msg.UNREADABLE_FILE.format(reason=exc.strerror or exc))
    if len(raw) > limit:
        size = max(os.lstat(path).st_size, len(raw))
        return None, Problem(rel, 0, "", msg.FILE_TOO_BIG.format(size=size, limit=limit))
    return raw, None


def tree_problems(root: Path, folders: tuple[str, ...] = CHECKED,
                  generated: frozenset[Path] = frozenset()) -> list[Problem]:
    """Links and special files anywhere under ``folders``; non-pages under ``docs/``.

    ``generated`` folders (the compile step's output) are left alone: the compile step
    clears whatever does not belong there before it writes.
    """
    problems: list[Problem] = []
    for folder in folders:
        base = root / folder
        if not os.path.lexists(base):
            continue
        stack = [base]
        while stack:
            here = stack.pop()
            mode = os.lstat(here).st_mode
            problem = _kind_problem(root, here, mode)
            if problem:
                problems.append(problem)
                continue
            if stat.S_ISDIR(mode):
                if here in generated:
                    continue
                stack.extend(sorted((Path(e.path) for e in os.scandir(here)), reverse=True))
            elif folder == "docs" and here.suffix != PAGE_SUFFIX:
                problems.append(Problem(_rel(root, here), 0, "",
                                        msg.NOT_A_PAGE.format(assets=ASSETS)))
    return sorted(problems)
