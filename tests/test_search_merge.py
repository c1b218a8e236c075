"""Under `mkdocs serve --dirty` the search plugin indexes only the pages it rebuilt; the rest
of the index comes from the last build, page by page (search.index.merge)."""

from lawguide.search import index


def material(locations):
    """An index as Material writes it, of the pages at ``locations``."""
    return {"config": {}, "docs": [{"location": loc, "title": f"{loc} new", "text": ""}
                                   for loc in locations]}


def test_rebuilt_pages_replace_theirs_and_every_other_page_stays():
    kept = index.merge(material(["", "cases/", "cases/a/", "cases/a/#facts", "cases/b/",
                                 "faq/x/"]), None)  # a full build: kept as it is
    assert sorted(kept) == ["", "cases/", "cases/a/", "cases/b/", "faq/x/"]
    # A dirty rebuild of the cases index and case a (its #facts section is gone): Material's
    # own merge would drop every page under cases/, case b too.
    data = material(["cases/", "cases/a/"])
    whole = index.merge(data, kept)
    assert sorted(d["location"] for d in data["docs"]) == ["", "cases/", "cases/a/",
                                                           "cases/b/", "faq/x/"]
    assert len(whole["cases/a/"]) == 1  # the rebuilt page's own sections, not the old ones
    # A no-op rebuild indexes nothing: the whole last index is kept.
    assert index.merge(material([]), whole) == whole


def test_a_page_that_is_gone_leaves_the_index():
    kept = index.merge(material(["", "cases/", "cases/a/", "cases/b/"]), None)
    # case b's YAML was deleted: the index is rebuilt, b is not a page
    data = material(["cases/"])
    whole = index.merge(data, kept, {"", "cases/", "cases/a/"})
    assert sorted(whole) == ["", "cases/", "cases/a/"]
    assert sorted(d["location"] for d in data["docs"]) == ["", "cases/", "cases/a/"]


def test_the_merged_index_is_what_the_rewrite_writes(tmp_path):
    kept = index.merge(material(["", "cases/", "cases/a/"]), None)
    data = material(["cases/a/"])
    index.merge(data, kept)
    path = tmp_path / "search_index.json"
    data["config"] = {"separator": "[\\s\\u200b]+", "fields": dict.fromkeys(index.FIELDS)}
    index.rewrite(path, {}, frozenset(), loaded=(data, 0))
    written, _ = index.load(path)
    assert [d["location"] for d in written["docs"]] == ["", "cases/", "cases/a/"]
