"""Pages are light: the search index is fetched when the reader opens search, not before."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.browser


def fetched(requests: list[str]) -> bool:
    return any(url.split("?")[0].endswith("search/search_index.json") for url in requests)


@pytest.mark.parametrize("open_search", ["focus", "key"])
def test_the_index_waits_for_the_reader_to_open_search(fresh_page, site_url, open_search):
    page = fresh_page
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    page.goto(f"{site_url}cases/xiao-wang/", wait_until="networkidle")
    page.wait_for_timeout(500)
    assert not fetched(requests)
    assert not any(url.endswith("sitemap.xml") for url in requests)
    with page.expect_request(lambda r: r.url.endswith("search/search_index.json")):
        if open_search == "focus":
            page.locator("input.md-search__input").focus()
        else:
            page.keyboard.press("s")  # Material's search key
    page.keyboard.type("暴力催收")
    page.wait_for_selector(".md-search-result__item", timeout=30_000)


def test_a_result_link_still_highlights_its_words(page, site_url):
    page.goto(f"{site_url}cases/xiao-wang/?h=催收", wait_until="networkidle")
    page.wait_for_selector("mark[data-md-highlight]", timeout=30_000)
