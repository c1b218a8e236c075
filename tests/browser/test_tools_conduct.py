"""The collection-conduct checker in Chromium: tick boxes, read the verdicts."""

from __future__ import annotations

import pytest
import yaml

from conftest import ROOT

pytestmark = pytest.mark.browser
DATA = yaml.safe_load((ROOT / "data" / "tools" / "conduct.yml").read_text(encoding="utf-8"))
LABELS = {key: text for key, text in DATA["labels"].items()}
LEVELS = {level["id"]: level["label"] for level in DATA["levels"]}
VERDICTS = {verdict["id"]: verdict["label"] for verdict in DATA["verdicts"]}
PREFIX = {"zh": "", "en": "en/"}


def visible_items(page) -> list[str]:
    return page.eval_on_selector_all(
        "section.lg-conduct", "els => els.filter(e => !e.hidden).map(e => e.dataset.lgItem)")


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_ticking_shows_the_verdicts_for_what_happened(page, site_url, lang):
    page.goto(f"{site_url}{PREFIX[lang]}tools/collection-check/")
    summary = page.locator("#lg-conduct-summary")
    assert page.locator("form[data-lg-tool='conduct']").is_visible()
    assert not page.locator("[data-lg-nojs]").is_visible()
    assert visible_items(page) == []
    assert summary.inner_text().strip() == LABELS["nothing_ticked"][lang]

    page.check("#lg-tick-violence-detention")
    page.check("#lg-tick-late-night-calls")
    assert visible_items(page) == ["late-night-calls", "violence-detention"]
    lines = summary.inner_text().split("\n")
    lines = [line for line in lines if line.strip()]
    assert lines == [
        LABELS["ticked"][lang].format(n=2, unlawful=1, depends=1),
        LABELS["worst"][lang].format(level=LEVELS["criminal"][lang]),
        LABELS["urgent"][lang]]
    violence = page.locator("#conduct-violence-detention")
    assert violence.locator(".lg-verdict").inner_text() == VERDICTS["unlawful"][lang]
    assert violence.locator(".lg-level").inner_text() == LEVELS["criminal"][lang]
    assert violence.locator("a[href*='laws/criminal-law/#art-238']").count() == 1
    assert violence.locator("a[href$='guide/complaints/']").count() == 1
    night = page.locator("#conduct-late-night-calls")
    assert night.locator(".lg-verdict").inner_text() == VERDICTS["depends"][lang]

    page.uncheck("#lg-tick-violence-detention")
    page.uncheck("#lg-tick-late-night-calls")
    page.check("#lg-tick-employer")
    assert visible_items(page) == ["employer"]
    text = summary.inner_text()
    assert LABELS["worst"][lang].format(level=LEVELS["administrative"][lang]) in text
    assert LABELS["urgent"][lang] not in text

    assert page.locator("form[data-lg-tool='conduct'] label a").count() == 0
    page.click("label[for='lg-tick-calls-to-contacts']")  # the whole label ticks its box
    assert page.is_checked("#lg-tick-calls-to-contacts")

    page.click("form[data-lg-tool='conduct'] button[type='reset']")
    page.wait_for_function("() => !document.querySelector('#lg-tick-employer').checked "
                           "&& !document.querySelector('#lg-tick-calls-to-contacts').checked")
    page.wait_for_function("() => [...document.querySelectorAll('section.lg-conduct')]"
                           ".every(s => s.hidden)")
    assert summary.inner_text().strip() == LABELS["nothing_ticked"][lang]


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_without_javascript_every_situation_and_the_table_are_readable(browser, site_url, lang):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{site_url}{PREFIX[lang]}tools/collection-check/")
    assert not page.locator("form[data-lg-tool='conduct']").is_visible()
    assert page.locator("[data-lg-nojs]").is_visible()
    assert len(visible_items(page)) == len(DATA["items"])
    assert page.locator("#table + * tbody tr, #table ~ table tbody tr").count() == \
        len(DATA["items"])
    context.close()
