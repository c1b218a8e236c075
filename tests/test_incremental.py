"""An edit re-renders the pages that show the edited entry, and no others; output stays right.

A copy of the real project gets a small synthetic corpus (bench/corpus.py), is
compiled once, edited, and compiled again in the same process, as ``mkdocs
serve`` does. After every edit the generated files must equal a fresh render.

The first compile is the same for every test: it is made once per module, and each test
starts from a restored copy of the folder it left and of its memory (``project``).
"""

from __future__ import annotations

import copy
import dataclasses
import shutil
from pathlib import Path

import pytest

from bench import corpus
from conftest import copy_project
from lawguide import listings, pipeline
from lawguide.compile import compile_site as _compile_site
from lawguide.memory import Memory
from lawguide.pipeline import DOCS
from lawguide.render import Renderer

MEMORY: dict[Path, Memory] = {}


def compile_site(root: Path):
    """Compile as `mkdocs serve` does: one memory for every rebuild of the project."""
    return _compile_site(root, MEMORY.setdefault(root, Memory()))


def _copied(memory: Memory) -> Memory:
    """A memory that shares the (immutable) results of ``memory`` but not its tables."""
    pages = copy.copy(memory.pages)
    pages._pages = dict(pages._pages)
    return dataclasses.replace(memory, files=dict(memory.files), checked=dict(memory.checked),
                               scanned=dict(memory.scanned), compiled=dict(memory.compiled),
                               pages=pages, search=dict(memory.search))


@pytest.fixture(scope="module")
def first_compile(tmp_path_factory):
    """The project with its corpus, compiled once from nothing; a snapshot of its folder
    (file times kept, which the memory checks) and of the memory; the compile's result."""
    folder = tmp_path_factory.mktemp("incremental")
    root = copy_project(folder / "p")
    corpus.generate(root, 12, 4)
    memory = Memory()
    result = _compile_site(root, memory)
    snapshot = folder / "snapshot"
    shutil.copytree(root, snapshot, symlinks=True)
    return root, snapshot, memory, result


@pytest.fixture
def project(first_compile) -> Path:
    """The compiled project as the first compile left it, with that compile's memory: the
    next compile of an unedited project renders nothing (test_nothing_changed...)."""
    root, snapshot, memory, _ = first_compile
    shutil.rmtree(root)
    shutil.copytree(snapshot, root, symlinks=True)
    MEMORY[root] = _copied(memory)
    return root


def fresh(root: Path) -> dict[str, str]:
    """Every generated page rendered from scratch, without any cache."""
    checked = pipeline.check(root)
    assert checked.problems == []
    renderer = Renderer(checked.content, checked.strings, checked.graph)
    return {f"{p.lang}/{p.path}": p.markdown for p in renderer.all_pages()}


def on_disk(root: Path, paths) -> dict[str, str]:
    return {path: (root / DOCS / path).read_text(encoding="utf-8") for path in paths}


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def both(*paths: str) -> set[str]:
    return {f"{lang}/{path}" for lang in ("zh", "en") for path in paths}


def test_nothing_changed_renders_nothing(first_compile, project):
    first = first_compile[3]
    assert len(first.rendered) > 2 * (12 + 4)
    again = compile_site(project)
    assert (again.rendered, again.written, again.removed) == ([], [], [])


def test_a_new_title_rerenders_the_pages_that_show_it(project):
    first = compile_site(project)
    case_id = corpus.case_id(3)
    content = first.content
    case = content.cases[case_id]
    here = f"cases/{case_id}.md"
    lists = {listings.page_path(listings.case_group(group), 1) for group in
             [f"for-{who}" for who in case.audience] + [f"tag-{tag}" for tag in case.conduct]}
    newest = sorted(sorted(content.cases.values(), key=lambda c: c.id),
                    key=lambda c: c.reviewed, reverse=True)[:listings.NEWEST]
    # A law page shows the first PREVIEW cases citing an article; its list shows them all.
    laws, citer_lists = set(), set()
    cited = [ref for ref, by_lang in first.graph.cited_by.items()
             if any(c.path == here for c in by_lang["zh"])]  # its lists and its prose
    for ref in cited:
        law, _, number = ref.partition("/")
        citers = [c.path for c in first.graph.citers(ref, "zh")]
        cases = [c for c in first.graph.citers(ref, "zh") if c.kind == "case"]
        if [c.path for c in cases].index(here) < listings.PREVIEW:
            laws.add(f"laws/{law}.md")
        kinds = [[c.kind for c in first.graph.citers(ref, lang)] for lang in ("zh", "en")]
        if any(kind.count(k) > listings.PREVIEW for kind in kinds for k in set(kind)):
            sheet = citers.index(here) // listings.PAGE_SIZE + 1
            citer_lists.add(listings.page_path(listings.citers_of(law, f"art-{number}"), sheet))
    assert laws and citer_lists  # the corpus is large enough for both
    answers = [a.id for a in content.answers.values() if case_id in a.cases]
    edit(project / "cases" / f"{case_id}.yml", case.title.zh, case.title.zh + "（改）")

    result = compile_site(project)

    index = {"cases/index.md"} if case in newest else set()
    expected = both(here, *lists, *index, *laws, *citer_lists,
                    *(f"faq/{a}.md" for a in answers))
    # the English title did not change: English pages that show only the title stay
    unchanged_en = {f"en/{path}" for path in (*laws, *citer_lists, *lists, *index)} | {
        f"en/faq/{a}.md" for a in answers}
    assert set(result.rendered) - unchanged_en == expected - unchanged_en
    assert set(result.rendered) <= expected
    pages = fresh(project)
    assert on_disk(project, pages) == pages


def test_a_body_edit_rerenders_only_that_case(project):
    compile_site(project)
    case_id = corpus.case_id(5)
    path = project / "cases" / f"{case_id}.yml"
    detail = next(line for line in path.read_text(encoding="utf-8").splitlines()
                  if "逾期" in line and "借了" in line)
    edit(path, detail, detail + "后来他主动联系了平台。")

    result = compile_site(project)

    assert set(result.rendered) == both(f"cases/{case_id}.md")
    assert result.written == [f"docs/zh/cases/{case_id}.md"]  # the English text is the same
    pages = fresh(project)
    assert on_disk(project, pages) == pages


def test_a_changed_article_topic_reaches_every_page_that_lists_it(project):
    content = compile_site(project).content  # the checked content (from the memory)
    ref = next(iter(content.cases[corpus.case_id(1)].statutes))
    law = ref.split("/")[0]
    article = content.resolve(ref)
    statute_file = project / "statutes" / f"{law}.yml"
    text = statute_file.read_text(encoding="utf-8")
    topic = f"zh: {article.topic.zh}"
    assert text.count(topic) >= 1
    statute_file.write_text(text.replace(topic, topic + "（新）"), encoding="utf-8")

    result = compile_site(project)

    listing = {f"zh/cases/{c.id}.md" for c in content.cases.values()
               if any(r.split("/")[0] == law for r in c.statutes)}
    assert listing <= set(result.rendered)
    assert f"zh/laws/{law}.md" in result.rendered
    pages = fresh(project)
    assert on_disk(project, pages) == pages


def test_deleted_entries_and_files_are_handled(project):
    compile_site(project)
    gone = corpus.case_id(7)
    (project / "cases" / f"{gone}.yml").unlink()
    kept = project / DOCS / "en" / "cases" / f"{corpus.case_id(8)}.md"
    kept.unlink()  # a generated file removed by hand is written again

    result = compile_site(project)

    assert set(result.removed) == {f"docs/{lang}/cases/{gone}.md" for lang in ("zh", "en")}
    assert f"en/cases/{corpus.case_id(8)}.md" in result.rendered
    assert kept.is_file()
    pages = fresh(project)
    assert on_disk(project, pages) == pages
    assert not (project / DOCS / "zh" / "cases" / f"{gone}.md").exists()
