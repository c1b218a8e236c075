"""A citation typed in any common form leads to the article in one step, in either language.

The reader types the citation and presses Enter: Material opens the best result of
the first item, which must be the article itself, on the site of the language
the reader is in. Every form is pasted whole (the first result is the article: the list
answers the whole query, however it was typed); two are typed key by key as a reader types,
one per language, and Enter pressed, since what it opens is that first result.
"""

import re

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

FORMS = [
    ("民法典1032", "laws/civil-code/#art-1032"),
    ("民法典第1032条", "laws/civil-code/#art-1032"),
    ("民法典 第一千零三十二条", "laws/civil-code/#art-1032"),
    ("第一千零三十二条", "laws/civil-code/#art-1032"),
    ("Civil Code 1032", "laws/civil-code/#art-1032"),
    ("civil code art 1032", "laws/civil-code/#art-1032"),
    ("刑法293条之一", "laws/criminal-law/#art-293-1"),
    ("刑法第二百九十三条之一", "laws/criminal-law/#art-293-1"),
    ("PIPL 13", "laws/pipl/#art-13"),
]
CASES = [(lang, query, target) for lang in ("zh", "en") for query, target in FORMS]


@pytest.mark.parametrize("lang, query, target", CASES,
                         ids=[f"{lang}:{query}" for lang, query, _ in CASES])
def test_the_first_result_is_the_article(search_boxes, lang, query, target):
    results = search_boxes(lang).search(query, paste=True)
    page = target.split("#")[0]
    first = results[0]
    assert (first.page, first.sections[:1]) == (page, (target,)), results[:3]


# Enter opens the first section of the first result (Material's keyboard handling), whatever
# the query: one form per language shows it does so here, and lands on the article.
@pytest.mark.parametrize("lang, query, target", [
    ("zh", "民法典1032", "laws/civil-code/#art-1032"),
    ("en", "Civil Code 1032", "laws/civil-code/#art-1032")], ids=["zh", "en"])
def test_enter_opens_the_article(search_box, site_url, lang, query, target):
    search_box.open(lang)
    results = search_box.search(query)
    assert results[0].sections[:1] == (target,), results[:3]
    page, anchor = target.split("#")
    search_box.page.keyboard.press("Enter")
    prefix = "" if lang == "zh" else "en/"
    search_box.page.wait_for_url(re.compile(
        re.escape(f"{site_url}{prefix}{page}") + r"(\?h=[^#]*)?#" + re.escape(anchor) + "$"))
    expect(search_box.page.locator(f"[id='{anchor}']")).to_be_in_viewport()
