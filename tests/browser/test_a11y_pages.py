"""Accessibility of the reading pages (home, guides, a case, an answer with its steps, a law,
every index, about, the 404 page): axe-core finds no serious or critical violation, in either
language, on a desktop and on a phone, and with a citation preview open."""

import pytest

from .conftest import AXE_OPTIONS, animations_done

pytestmark = pytest.mark.browser

PAGES = ["", "guide/debtor/", "guide/complaints/", "cases/", "cases/by/tag-threats/", "cases/xiao-wang/",
         "faq/defer-one-year/", "faq/collectors-call-family/", "faq/", "laws/",
         "laws/civil-code/", "glossary/", "about/", "404.html"]


def serious(page) -> list:
    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(page, options=AXE_OPTIONS).response
    return [(v["id"], v["impact"], [n["target"] for n in v["nodes"]][:3])
            for v in results["violations"] if v["impact"] in ("serious", "critical")]


@pytest.mark.parametrize("prefix", ["", "en/"], ids=["zh", "en"])
@pytest.mark.parametrize("path", PAGES)
def test_no_serious_or_critical_violation(page, site_url, prefix, path):
    page.goto(f"{site_url}{prefix}{path}")
    assert serious(page) == []


@pytest.mark.parametrize("prefix", ["", "en/"], ids=["zh", "en"])
@pytest.mark.parametrize("path", ["", "faq/collectors-call-family/", "laws/civil-code/"])
def test_no_serious_or_critical_violation_on_a_phone(phone, site_url, prefix, path):
    phone.goto(f"{site_url}{prefix}{path}")
    assert serious(phone) == []


def test_the_check_reports_each_serious_violation_with_every_node(page):
    """With ``AXE_OPTIONS`` axe still lists every node of a violation: two images without
    a text alternative are two nodes of one critical violation."""
    page.set_content('<html lang="en"><head><title>t</title></head><body><main>'
                     '<img src="a.png" id="one"><img src="b.png" id="two"></main></body></html>')
    assert serious(page) == [("image-alt", "critical", [["#one"], ["#two"]])]


@pytest.mark.parametrize("prefix", ["", "en/"], ids=["zh", "en"])
def test_an_open_citation_preview_is_accessible(page, site_url, prefix):
    page.goto(f"{site_url}{prefix}cases/xiao-wang/")
    page.locator("a.lg-cite").first.focus()
    page.locator(".lg-cite-panel").wait_for(state="visible")
    animations_done(page)  # focusing scrolled the page
    assert serious(page) == []
