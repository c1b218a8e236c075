"""Every check of the project, in one order, for the build and ``lawguide validate`` alike.

load files (regular files only) -> content, data files and tools (schema, text
rendered and sanitised, personal data) -> hand-written pages (same checks) ->
citation graph (prose citations that do not resolve). The build compiles from
the result; ``lawguide validate`` prints its problems. Because both call
:func:`check`, what one refuses the other refuses: the bad-input corpus is fed
to both in tests/test_contrib_bad_inputs.py.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from . import files, fingerprints, loader, pages, tools
from .citations import Catalogue
from .citations import graph as citation_graph
from .errors import Problem
from .memory import Memory
from .model import LANGS, Content, Text

DOCS = "docs"
GENERATED_DIRS = ("cases", "faq", "laws", "glossary", "tools")


@dataclass
class Checked:
    """What the checks found and what the render step needs."""

    content: Content
    strings: dict[str, Text]
    catalogue: Catalogue
    kit: tools.Kit
    graph: citation_graph.Graph = field(default_factory=citation_graph.Graph)
    problems: list[Problem] = field(default_factory=list)  # errors: nothing is built
    dangling: list[Problem] = field(default_factory=list)  # warnings; errors when strict
    notes: list[Problem] = field(default_factory=list)  # unresolved in official texts: info


def generated_folders(root: Path) -> frozenset[Path]:
    return frozenset(root / DOCS / lang / folder for lang in LANGS for folder in GENERATED_DIRS)


def _inputs(root: Path) -> tuple:
    skip = frozenset(f"{DOCS}/{lang}/{folder}" for lang in LANGS for folder in GENERATED_DIRS)
    return dt.date.today(), fingerprints.of(root, (*loader.INPUTS, DOCS), skip)


def check(root: Path, memory: Memory | None = None) -> Checked:
    """Every check. With the ``memory`` of earlier checks (``mkdocs serve``), nothing is
    read again while no input file changed, and only changed files otherwise."""
    memory = memory or Memory()
    key = _inputs(root)
    last = memory.checked.get(root)
    if last is not None and last[0] == key:
        return last[1]
    checked = _check(root, memory)
    memory.checked[root] = (key, checked)
    return checked


# What a content file's result depends on besides the file itself.
RULES = ("schemas", "mkdocs.yml", "law-texts")


def _check(root: Path, memory: Memory) -> Checked:
    memory.checked_by(fingerprints.of(root, RULES))
    project = loader.Project(root, memory)
    problems = files.tree_problems(root, generated=generated_folders(root))
    content, found = loader.load(root, project)
    problems += found
    strings, found = loader.load_strings(root, project)
    problems += found
    catalogue = Catalogue.from_content(content)
    kit = tools.load(root, content, catalogue, project)
    problems += kit.problems
    guides = []
    for path in pages.hand_written(root, LANGS, GENERATED_DIRS):
        found, page = project.remembered(
            "page", path, lambda path=path: pages.check(root, path, project.inspector))
        problems += found
        guides += [page] if page else []
    problems = sorted(set(problems))  # a linked file is found by the walk and the loader
    checked = Checked(content, strings, catalogue, kit, problems=problems)
    if any(p.path.startswith(("statutes/", "law-texts/")) for p in problems):
        return checked  # prose citations resolve only against valid statute data
    graph, dangling, notes = citation_graph.build(content, catalogue, guides,
                                                  strings.get("glossary"), memory.scanned)
    tools.cite(graph, kit.toolkit)
    checked.graph, checked.dangling, checked.notes = graph, dangling + kit.dangling, notes
    return checked
