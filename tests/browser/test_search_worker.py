"""The patched worker is what the site loads, and it is what makes whole Chinese words match.

Material 9.8.1's worker cuts a Chinese query against the index's words but never
reaches its last character, so 暴力催收 searches only 暴力 and the label
第一千零三十二条 only its beginning. Material highlights the index words a query
matched: with the fix every highlight is the whole word typed; with the worker as
released (served in place of the patched one) some highlights are only its first
half, the defect the patch exists for.
"""

from urllib.parse import urlsplit

import pytest

from lawguide.search import worker

pytestmark = pytest.mark.browser

HIGHLIGHTS = """() => [...document.querySelectorAll(".md-search-result__list mark")]
  .map(mark => mark.textContent)"""
WORDS = ["暴力催收", "第一千零三十二条"]


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_site_loads_the_patched_worker(search_boxes, site_url, lang):
    box = search_boxes(lang)
    box.search("催收")
    prefix = urlsplit(site_url).path + ("" if lang == "zh" else "en/")
    assert box.worker_url() == f"{prefix}{worker.WORKERS}/{worker.patched().name}"


@pytest.mark.parametrize("word", WORDS)
def test_patched_worker_matches_the_whole_word(search_boxes, word):
    box = search_boxes("zh")
    results = box.search(word)
    marks = box.page.evaluate(HIGHLIGHTS)
    assert results and marks
    assert all(mark.startswith(word) for mark in marks), sorted(set(marks))


@pytest.mark.parametrize("word", WORDS)
def test_released_worker_drops_the_end_of_the_word(search_box, word):
    released = worker.material_root() / "templates" / worker.WORKERS / worker.FILE
    search_box.page.route(f"**/{worker.WORKERS}/{worker.patched().name}", lambda route: (
        route.fulfill(body=released.read_bytes(), content_type="text/javascript")))
    search_box.open("zh")
    search_box.search(word)
    marks = search_box.page.evaluate(HIGHLIGHTS)
    assert any(not mark.startswith(word) for mark in marks), sorted(set(marks))
