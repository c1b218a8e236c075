"""Write the generated pages to ``docs/<lang>/`` before MkDocs collects files.

Generated folders (``cases``, ``faq``, ``laws``, ``tools`` ... under each language) hold only
generated files and are git-ignored. A file is written only when its text
changed, and pages whose source disappeared are deleted, so ``mkdocs serve``
sees exactly the edits and does not loop on its own output.
"""

from __future__ import annotations

import dataclasses
import os
import shutil
from dataclasses import dataclass, field
from pathlib import Path

from . import fingerprints, pipeline, tools
from .citations import Catalogue
from .citations import graph as citation_graph
from .errors import ContentError, Problem
from .memory import Memory
from .model import LANGS, Content, Text
from .pipeline import DOCS
from .render import Page, Renderer

PACKAGE = Path(__file__).resolve().parent  # its templates shape every page


@dataclass
class Result:
    content: Content
    strings: dict[str, Text]
    catalogue: Catalogue
    graph: citation_graph.Graph
    dangling: list[Problem]  # unresolved citations in our prose: warnings (errors if strict)
    notes: list[Problem]  # unresolved citations in official texts: information only
    written: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    unchanged: int = 0
    rendered: list[str] = field(default_factory=list)  # "zh/cases/x.md": rendered this time
    toolkit: object = None  # the tools (tools.model.Toolkit), for their pages' metadata


def compile_site(root: Path, memory: Memory | None = None, strict: bool = False) -> Result:
    """Check everything (``pipeline``), then render; write what changed. Skips what it can.

    ``strict`` (``mkdocs build --strict``): an unresolved citation stops the build here,
    before anything is rendered, as ``lawguide validate`` reports it. Strict MkDocs
    would fail on its warning too, but only once both languages were built.

    The English build runs this again right after the Chinese one, and ``mkdocs
    serve`` after every change: when no input changed since the last compile
    (content, hand-written and generated pages, templates), its result is
    returned as it is; otherwise only pages whose inputs changed are rendered.
    """
    memory = memory or Memory()
    checked = pipeline.check(root, memory)
    if checked.problems or (strict and checked.dangling):  # one list, as validate prints it
        raise ContentError(checked.problems + checked.dangling)
    content, strings, graph = checked.content, checked.strings, checked.graph
    code = _code()
    last = memory.compiled.get(root)
    # the docs folder's fingerprint (thousands of pages) only where it can decide: the
    # same content as last time (the English build's compile, a rebuild with no edit)
    if last is not None and last[0] is content and last[1] == (
            fingerprints.of(root / DOCS, LANGS), code):
        return dataclasses.replace(last[2], written=[], removed=[], rendered=[],
                                   unchanged=last[2].unchanged + len(last[2].written))
    kit = checked.kit
    renderer = Renderer(content, strings, graph)
    result = Result(content, strings, checked.catalogue, graph, checked.dangling, checked.notes,
                    toolkit=kit.toolkit)
    pages = memory.pages
    pages.start((strings, code))
    jobs = renderer.jobs()
    tool_pages = tools.pages(kit.toolkit, content)  # a few pages: rendered every time
    docs = {lang: root / DOCS / lang for lang in LANGS}
    targets = [docs[job.lang] / job.path for job in jobs]  # one path each: thousands
    tool_targets = [docs[page.lang] / page.path for page in tool_pages]
    wanted = {*targets, *tool_targets}
    # Cleared first: a link left where a list's folder goes (cases/by/...) is removed
    # before anything is written, never written through.
    holding = {docs[lang] / folder for lang, folder in _folders((*jobs, *tool_pages))}
    for folder in sorted(pipeline.generated_folders(root)):
        _clear(folder, wanted, holding, root, result, pages)
    for job, target in zip(jobs, targets):
        if pages.fresh(target, job.inputs):
            result.unchanged += 1
            continue
        result.rendered.append(f"{job.lang}/{job.path}")
        _write(job.render(), target, root, result)
        pages.remember(target, job.inputs)
    for page, target in zip(tool_pages, tool_targets):
        _write(page, target, root, result)
    memory.compiled[root] = (content, (fingerprints.of(root / DOCS, LANGS), code), result)
    return result


def _folders(pages) -> set[tuple[str, str]]:
    """(language, folder) of every folder under docs/<lang>/ that holds one of ``pages``,
    at any depth: ``cases/by/tag-threats/2.md`` is held by ``cases/by/tag-threats``,
    ``cases/by`` and ``cases``."""
    found: set[tuple[str, str]] = set()
    for page in pages:
        folder = page.path.rpartition("/")[0]
        while folder and (page.lang, folder) not in found:  # else its parents are in too
            found.add((page.lang, folder))
            folder = folder.rpartition("/")[0]
    return found


def _clear(folder: Path, wanted: set[Path], holding: set[Path], root: Path, result: Result,
           pages) -> None:
    """Delete every entry of a generated folder that is not a page just compiled.

    Pages, files of any other kind, sub-folders and links alike: a generated folder
    holds what the compile step wrote and nothing else, so nothing dropped there is
    ever published. (Pages that are still wanted stay, so that ``mkdocs serve`` sees
    only real changes.) A sub-folder ``holding`` wanted pages (a long list's pages,
    ``listings``) is cleared in the same way; any other is deleted whole.
    """
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except FileNotFoundError:
        return
    for entry in entries:
        path = Path(entry.path)
        if path in wanted and entry.is_file(follow_symlinks=False):
            continue
        if path in holding and entry.is_dir(follow_symlinks=False):
            _clear(path, wanted, holding, root, result, pages)
            continue
        if entry.is_dir(follow_symlinks=False):
            shutil.rmtree(path)
        else:
            path.unlink()
            pages.forget(path)
        result.removed.append(path.relative_to(root).as_posix())


def _code() -> fingerprints.Fingerprint:
    return fingerprints.of(PACKAGE.parent, [PACKAGE.name])


def _write(page: Page, target: Path, root: Path, result: Result) -> None:
    """Write the page if its text differs from the file's (mkdocs serve watches these)."""
    if target.is_symlink():  # never write through a link left in a generated folder
        target.unlink()
    if target.is_file() and target.read_text(encoding="utf-8") == page.markdown:
        result.unchanged += 1
        return
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(page.markdown, encoding="utf-8")
    result.written.append(target.relative_to(root).as_posix())
