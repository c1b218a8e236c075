"""``extra.search_engine: pagefind`` swaps Material's single index for Pagefind's, per language."""

from __future__ import annotations

import json

import pytest

from conftest import copy_project, mkdocs_build


@pytest.mark.site
def test_a_pagefind_site_has_one_pagefind_index_per_language_and_no_material_index(tmp_path):
    project = copy_project(tmp_path / "p")
    config = project / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace(
        "extra:\n", "extra:\n  search_engine: pagefind\n", 1), encoding="utf-8")

    result = mkdocs_build(project, "--strict")

    assert result.returncode == 0, result.stdout + result.stderr
    site = project / "site"
    for root in (site, site / "en"):
        assert not (root / "search" / "search_index.json").exists()
        assert (root / "pagefind" / "pagefind.js").is_file()
        assert (root / "pagefind" / "pagefind-ui.js").is_file()
        home = (root / "index.html").read_text(encoding="utf-8")
        assert 'id="lg-search"' in home and "pagefind/pagefind-ui.js" in home
        assert 'data-md-component="search"' not in home  # Material's box is gone
    entries = {p.name for p in (site / "pagefind" / "index").iterdir()}
    en_entries = {p.name for p in (site / "en" / "pagefind" / "index").iterdir()}
    assert entries and en_entries and entries.isdisjoint(en_entries)  # separate indexes
    assert '"zh' in (site / "pagefind" / "pagefind-entry.json").read_text(encoding="utf-8")
    assert '"en' in (site / "en" / "pagefind" / "pagefind-entry.json").read_text(encoding="utf-8")
    # Only pages with data-pagefind-body are indexed: not the lists, left out of search
    for root, lang in ((site, "zh"), (site / "en", "en")):
        pages = [p for p in root.rglob("*.html") if root == site / "en" or
                 not p.is_relative_to(site / "en")]
        bodies = [p for p in pages if "<div data-pagefind-body>" in p.read_text("utf-8")]
        listed = root / "cases" / "by" / "tag-threats" / "index.html"
        assert listed in pages and listed not in bodies
        assert root / "cases" / "xiao-wang" / "index.html" in bodies
        entry = json.loads((root / "pagefind" / "pagefind-entry.json").read_text("utf-8"))
        assert entry["languages"][lang]["page_count"] == len(bodies)
