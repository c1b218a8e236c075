"""A reader on Chinese pages gets Chinese results; on English pages, English results.

Each language has its own index; the worker of a page loads only its own
language's index, so even a query both indexes can answer (a law's English short
name, a Chinese label) lists only pages of the language the reader is in.
"""

import pytest

pytestmark = pytest.mark.browser


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_results_stay_in_the_reader_s_language(search_box, site_url, lang):
    fetched: list[str] = []
    search_box.page.on("request", lambda request: fetched.append(request.url))
    search_box.open(lang, "faq/")
    prefix = "" if lang == "zh" else "en/"
    for query in ("PIPL", "第一千零三十二条", "催收"):
        results = search_box.search(query)
        assert results, query
        hrefs = search_box.page.evaluate(
            "() => [...document.querySelectorAll('.md-search-result__list a')].map(a => a.href)")
        assert hrefs and all(href.startswith(f"{site_url}{prefix}") for href in hrefs), query
        if lang == "zh":
            assert not any(href.startswith(f"{site_url}en/") for href in hrefs), query
    # Three queries, one index: the page's own language's.
    indexes = [url for url in fetched if url.endswith("search_index.json")]
    assert indexes == [f"{site_url}{prefix}search/search_index.json"]
    assert search_box.page.evaluate("() => document.documentElement.lang") == lang
