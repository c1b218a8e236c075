"""Write the generated pages to ``docs/<lang>/`` before MkDocs collects files.

Generated folders (``cases``, ``faq``, ``laws`` under each language) hold only
generated files and are git-ignored. A file is written only when its text
changed, and pages whose source disappeared are deleted, so ``mkdocs serve``
sees exactly the edits and does not loop on its own output.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from . import loader
from .citations import Catalogue
from .citations import graph as citation_graph
from .errors import ContentError, Problem
from .model import LANGS, Content
from .render import Renderer, load_strings

GENERATED_DIRS = ("cases", "faq", "laws", "glossary")
DOCS = "docs"


@dataclass
class Result:
    content: Content
    catalogue: Catalogue
    graph: citation_graph.Graph
    dangling: list[Problem]  # unresolved citations in our prose: warnings (errors if strict)
    notes: list[Problem]  # unresolved citations in official texts: information only
    written: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    unchanged: int = 0


def load_checked(root: Path) -> Content:
    """Load and validate everything; raise ContentError listing every problem."""
    content, problems = loader.load(root)
    if problems:
        raise ContentError(problems)
    return content


def compile_site(root: Path) -> Result:
    content = load_checked(root)
    catalogue = Catalogue.from_content(content)
    strings = load_strings(root / "data" / "ui.yml")
    graph, dangling, notes = citation_graph.build(content, catalogue, root / DOCS, GENERATED_DIRS,
                                                  strings["glossary"])
    renderer = Renderer(content, strings, graph)
    result = Result(content, catalogue, graph, dangling, notes)
    wanted: set[Path] = set()
    for page in renderer.all_pages():
        target = root / DOCS / page.lang / page.path
        wanted.add(target)
        if target.is_file() and target.read_text(encoding="utf-8") == page.markdown:
            result.unchanged += 1
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(page.markdown, encoding="utf-8")
        result.written.append(target.relative_to(root).as_posix())
    for lang in LANGS:
        for folder in GENERATED_DIRS:
            for stale in sorted((root / DOCS / lang / folder).glob("*.md")):
                if stale not in wanted:
                    stale.unlink()
                    result.removed.append(stale.relative_to(root).as_posix())
    return result
