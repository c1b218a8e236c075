"""Golden files: the Markdown each template makes, for both languages.

After an intended template change, regenerate with ``UPDATE_GOLDEN=1 pytest
tests/test_render_golden.py`` and review the diff like any other change.
"""

import os
import tempfile
from functools import cache
from pathlib import Path

import pytest

from conftest import copy_mini
from lawguide import loader
from lawguide.citations import Catalogue
from lawguide.citations import graph as citation_graph
from lawguide.render import Renderer, load_strings

GOLDEN = Path(__file__).parent / "golden"


@cache
def pages():
    fixture = copy_mini(Path(tempfile.mkdtemp(prefix="golden-")) / "mini")
    content, problems = loader.load(fixture)
    assert problems == []
    strings = load_strings(fixture / "data" / "ui.yml")
    graph, dangling, _ = citation_graph.build(content, Catalogue.from_content(content), (),
                                              strings["glossary"])
    assert dangling == []
    renderer = Renderer(content, strings, graph)
    return {f"{page.lang}/{page.path}": page.markdown for page in renderer.all_pages()}


@pytest.mark.parametrize("name", sorted(pages()))
def test_page_matches_golden(name):
    text = pages()[name]
    golden = GOLDEN / name
    if os.environ.get("UPDATE_GOLDEN"):
        golden.parent.mkdir(parents=True, exist_ok=True)
        golden.write_text(text, encoding="utf-8")
    assert text == golden.read_text(encoding="utf-8")


def test_every_golden_file_is_still_made():
    made = set(pages())
    on_disk = {p.relative_to(GOLDEN).as_posix() for p in GOLDEN.rglob("*.md")}
    assert on_disk == made
