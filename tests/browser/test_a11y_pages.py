"""Accessibility of the reading pages (home, guides, a case, an answer, a law, indexes):
axe-core finds no serious or critical violation, in either language."""

import pytest

pytestmark = pytest.mark.browser

PAGES = ["", "guide/debtor/", "guide/complaints/", "cases/", "cases/xiao-wang/",
         "faq/defer-one-year/", "laws/civil-code/", "glossary/"]


@pytest.mark.parametrize("prefix", ["", "en/"], ids=["zh", "en"])
@pytest.mark.parametrize("path", PAGES)
def test_no_serious_or_critical_violation(page, site_url, prefix, path):
    from axe_playwright_python.sync_playwright import Axe

    page.goto(f"{site_url}{prefix}{path}")
    results = Axe().run(page).response
    found = [(v["id"], v["impact"], [n["target"] for n in v["nodes"]][:3])
             for v in results["violations"] if v["impact"] in ("serious", "critical")]
    assert found == []
