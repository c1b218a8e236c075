"""Long lists on pages of their own (``listings``): every entry once, in order, reachable.

A copy of the project gets a synthetic corpus (bench/corpus.py) and small page sizes,
so that every list has several pages, and every page is rendered from scratch.
"""

from __future__ import annotations

import posixpath
import re
from functools import cache
from pathlib import Path

import pytest

from bench import corpus
from conftest import copy_project
from lawguide import listings, pipeline, tools
from lawguide.citations.graph import Citer, Graph
from lawguide.model import LANGS
from lawguide.render import Renderer

PAGE_SIZE, PREVIEW = 7, 3
LINK = re.compile(r"\]\(([^)#\s]+\.md)(?:#[^)]*)?\)")


def test_sheets_split_a_list_and_link_their_neighbours(monkeypatch):
    monkeypatch.setattr(listings, "PAGE_SIZE", 3)
    assert [s.path for s in listings.sheets("x", 0)] == ["x/index.md"]
    assert [s.path for s in listings.sheets("x", 3)] == ["x/index.md"]
    four = listings.sheets("x", 4)
    assert [(s.path, s.count) for s in four] == [("x/index.md", 2), ("x/2.md", 2)]
    assert [list(s.entries("abcd")) for s in four] == [["a", "b", "c"], ["d"]]
    assert [s.neighbours() for s in four] == [(None, "x/2.md"), ("x/index.md", None)]
    middle = listings.sheets("x", 7)[1]
    assert middle.neighbours() == ("x/index.md", "x/3.md")


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    """(renderer, {"zh/cases/index.md": markdown, ...}) with lists of several pages."""
    patch = pytest.MonkeyPatch()
    patch.setattr(listings, "PAGE_SIZE", PAGE_SIZE)
    patch.setattr(listings, "PREVIEW", PREVIEW)
    root = copy_project(tmp_path_factory.mktemp("listings") / "p")
    corpus.generate(root, 40, 8)
    checked = pipeline.check(root)
    assert checked.problems == []
    renderer = Renderer(checked.content, checked.strings, checked.graph)
    made = [*renderer.all_pages(), *tools.pages(checked.kit.toolkit, checked.content)]
    pages = {f"{p.lang}/{p.path}": p.markdown for p in made}
    yield renderer, pages
    patch.undo()


def linked(path: str, markdown: str) -> list[str]:
    """The pages a generated page links to, as paths under docs/<lang>/."""
    here = posixpath.dirname(path.partition("/")[2])
    return [posixpath.normpath(posixpath.join(here, target)) for target in LINK.findall(markdown)]


@cache
def hand_written() -> frozenset[str]:
    docs = Path(__file__).resolve().parents[1] / "docs"
    paths = (p.relative_to(docs).as_posix() for p in docs.glob("*/**/*.md"))
    return frozenset(p for p in paths if p.split("/")[1] not in pipeline.GENERATED_DIRS)


def test_each_case_list_shows_its_cases_once_in_order_a_page_at_a_time(site):
    renderer, pages = site
    content = renderer.content
    cases = sorted(content.cases.values(), key=lambda case: case.id)
    groups = {f"for-{who}": [c for c in cases if who in c.audience]
              for who in ("debtor", "collector")}
    groups.update((f"tag-{tag}", [c for c in cases if tag in c.conduct]) for tag in content.tags)
    paged = 0
    for group, members in groups.items():
        folder = listings.case_group(group)
        for lang in LANGS:
            shown, number = [], 1
            while f"{lang}/{listings.page_path(folder, number)}" in pages:
                path = f"{lang}/{listings.page_path(folder, number)}"
                on_page = [p for p in linked(path, pages[path])[1:]  # after the way back
                           if not p.startswith(folder + "/")]  # nor the pager
                assert 0 < len(on_page) <= PAGE_SIZE, path
                shown += on_page
                number += 1
            assert shown == [f"cases/{c.id}.md" for c in members], (group, lang)
            paged += number > 2
    assert paged >= 4  # the audiences' lists, in both languages, have pages to turn


def test_the_index_links_every_list_with_cases_and_the_newest(site):
    renderer, pages = site
    for lang in LANGS:
        links = linked(f"{lang}/cases/index.md", pages[f"{lang}/cases/index.md"])
        lists = {p for p in links if p.startswith("cases/by/")}
        assert lists == {p.partition("/")[2] for p in pages
                         if p.startswith(f"{lang}/cases/by/") and p.endswith("/index.md")}
        newest = [p for p in links if not p.startswith("cases/by/")]
        latest = sorted(renderer.content.cases.values(), key=lambda c: (-c.reviewed.toordinal(),
                                                                         c.id))
        assert newest == [f"cases/{c.id}.md" for c in latest[:listings.NEWEST]]
        assert len({c.reviewed for c in latest}) > 1  # the order is not a given


def test_an_article_cited_more_in_one_language_has_as_many_pages_in_both(site):
    renderer, _ = site
    statute = renderer.content.statutes["civil-code"]
    article = statute.articles[0]
    graph = Graph()
    for n in range(PAGE_SIZE + 1):
        graph.add(article.ref, "zh", Citer("case", f"cases/c{n}.md", f"案例{n}"))
    graph.add(article.ref, "en", Citer("case", "cases/c0.md", "Case 0"))
    paths = {(job.lang, job.path) for job in
             Renderer(renderer.content, renderer.strings, graph).jobs()}
    folder = listings.citers_of(statute.id, article.anchor)
    for lang in LANGS:
        assert (lang, f"{folder}/index.md") in paths and (lang, f"{folder}/2.md") in paths


def test_a_law_page_previews_each_kind_and_links_the_whole_list(site):
    renderer, pages = site
    graph, cut = renderer.graph, 0
    for statute in renderer.content.statutes.values():
        for article in statute.articles:
            folder = listings.citers_of(statute.id, article.anchor)
            for lang in LANGS:
                citers = graph.citers(article.ref, lang)
                kinds = [c.kind for c in citers]
                whole = any(kinds.count(k) > PREVIEW for k in set(kinds))
                law = pages[f"{lang}/laws/{statute.id}.md"]
                block = law.split(f"{{: #{article.anchor} }}")[1].split("\n## ")[0]
                links = linked(f"{lang}/laws/{statute.id}.md", block)
                shown = [p for p in links if p != f"{folder}/index.md"]
                expected = [c.path for k in dict.fromkeys(kinds)
                            for c in [c for c in citers if c.kind == k][:PREVIEW]]
                assert [p for p in shown if p in expected] == expected, (article.ref, lang)
                assert (f"{folder}/index.md" in links) == whole, (article.ref, lang)
                listed, number = [], 1
                while f"{lang}/{listings.page_path(folder, number)}" in pages:
                    path = f"{lang}/{listings.page_path(folder, number)}"
                    listed += [p for p in linked(path, pages[path])[1:]  # after the way back
                               if not p.startswith(folder + "/")]  # nor the pager
                    number += 1
                if any(f"{other}/{folder}/index.md" in pages for other in LANGS):
                    assert listed == [c.path for c in citers], (article.ref, lang)
                cut += whole
    assert cut >= 10


def test_every_page_of_every_list_has_its_counterpart_and_links_resolve(site):
    _, pages = site
    listed = {p for p in pages if "/cases/by/" in p or (p.count("/") == 4 and "/laws/" in p)}
    assert len(listed) > 40
    for path in listed:
        lang, _, rel = path.partition("/")
        for other in LANGS:
            assert f"{other}/{rel}" in pages, f"{path} has no {other} counterpart"
        for target in linked(path, pages[path]):
            assert f"{lang}/{target}" in pages or f"{lang}/{target}" in hand_written(), \
                (path, target)


def test_list_pages_stay_out_of_search_and_say_what_they_are(site):
    _, pages = site
    page = pages["en/cases/by/for-debtor/2.md"]
    assert "kind: list\n" in page and "search:\n  exclude: true\n" in page
    assert "reviewed: '" in page and "description: '" in page
    assert re.search(r"^title: For borrowers · Cases \(page 2 of \d+\)$", page, re.M)
    assert "[← Previous page](index.md)" in page and "[Next page →](3.md)" in page
