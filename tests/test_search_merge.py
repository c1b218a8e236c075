"""Under `mkdocs serve --dirty` the search plugin indexes only the pages it rebuilt; the rest
of the index comes from the last build, page by page (search.index.merge)."""

import json

from lawguide.search import index


def write(path, locations):
    path.write_text(json.dumps({"config": {}, "docs": [
        {"location": loc, "title": f"{loc} new", "text": ""} for loc in locations]}),
        encoding="utf-8")


def test_rebuilt_pages_replace_theirs_and_every_other_page_stays(tmp_path):
    path = tmp_path / "search_index.json"
    write(path, ["", "cases/", "cases/a/", "cases/a/#facts", "cases/b/", "faq/x/"])
    kept = index.merge(path, None)  # a full build: kept as it is
    assert sorted(kept) == ["", "cases/", "cases/a/", "cases/b/", "faq/x/"]
    # A dirty rebuild of the cases index and case a (its #facts section is gone): Material's
    # own merge would drop every page under cases/, case b too.
    write(path, ["cases/", "cases/a/"])
    whole = index.merge(path, kept)
    docs = json.loads(path.read_text(encoding="utf-8"))["docs"]
    assert sorted(d["location"] for d in docs) == ["", "cases/", "cases/a/", "cases/b/",
                                                   "faq/x/"]
    assert len(whole["cases/a/"]) == 1  # the rebuilt page's own sections, not the old ones
    # A no-op rebuild indexes nothing: the whole last index is kept.
    write(path, [])
    assert index.merge(path, whole) == whole


def test_a_page_that_is_gone_leaves_the_index(tmp_path):
    path = tmp_path / "search_index.json"
    write(path, ["", "cases/", "cases/a/", "cases/b/"])
    kept = index.merge(path, None)
    write(path, ["cases/"])  # case b's YAML was deleted: the index is rebuilt, b is not a page
    whole = index.merge(path, kept, {"", "cases/", "cases/a/"})
    assert sorted(whole) == ["", "cases/", "cases/a/"]
    docs = json.loads(path.read_text(encoding="utf-8"))["docs"]
    assert sorted(d["location"] for d in docs) == ["", "cases/", "cases/a/"]
