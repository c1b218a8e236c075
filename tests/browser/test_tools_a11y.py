"""Accessibility of the tool pages: axe-core (bundled by axe-playwright-python) finds no
serious or critical violation, with the forms filled in and their results showing."""

from __future__ import annotations

import pytest

from .conftest import AXE_OPTIONS, animations_done

pytestmark = pytest.mark.browser
PREFIX = {"zh": "", "en": "en/"}


def conduct(page) -> None:
    page.check("#lg-tick-violence-detention")
    page.check("#lg-tick-employer")


def interest(page) -> None:
    for selector, value in (("#lg-received", "8000"), ("#lg-contract", "10000"),
                            ("#lg-instalment", "1000"), ("#lg-count", "12"),
                            ("#lg-contract_date", "2020-05-01")):
        page.fill(selector, value)


def letters(page) -> None:
    page.fill("#lg-complaint-name", "Zhang San")
    page.fill("#lg-complaint-what_happened", "Calls at night.")


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("path, use", [("tools/collection-check/", conduct),
                                       ("tools/interest-cost/", interest),
                                       ("tools/letters/", letters)],
                         ids=["collection-check", "interest-cost", "letters"])
def test_no_serious_or_critical_violation(page, site_url, lang, path, use):
    from axe_playwright_python.sync_playwright import Axe

    page.goto(f"{site_url}{PREFIX[lang]}{path}")
    axe = Axe()
    found = []
    for state in ("as loaded", "in use"):
        if state == "in use":
            use(page)
            animations_done(page)  # filling scrolled the page
        results = axe.run(page, options=AXE_OPTIONS).response
        found += [(state, v["id"], v["impact"], [n["target"] for n in v["nodes"]][:3])
                  for v in results["violations"] if v["impact"] in ("serious", "critical")]
    assert found == []
