"""The collection-conduct checker in Chromium: tick boxes, read the verdicts and next steps.

On a desktop and on a phone (390 px, touch): whose conduct each verdict judges,
the next steps (evidence, letters, the route that fits each rule, tappable
numbers), every choice a target of at least 44 px with its label, and no
sideways scrolling. Without JavaScript every situation and the overview stay
readable.
"""

from __future__ import annotations

import pytest
import yaml

from conftest import ROOT

pytestmark = pytest.mark.browser
DATA = yaml.safe_load((ROOT / "data" / "tools" / "conduct.yml").read_text(encoding="utf-8"))
LABELS = {key: text for key, text in DATA["labels"].items()}
LEVELS = {level["id"]: level for level in DATA["levels"]}
VERDICTS = {verdict["id"]: verdict["label"] for verdict in DATA["verdicts"]}
ACTORS = {actor["id"]: actor["label"] for actor in DATA["actors"]}
CHANNELS = {channel["id"]: channel for channel in DATA["channels"]}
LETTERS = {letter["id"]: letter["title"] for letter in yaml.safe_load(
    (ROOT / "data" / "tools" / "letters.yml").read_text(encoding="utf-8"))["letters"]}
PREFIX = {"zh": "", "en": "en/"}
PHONE = {"viewport": {"width": 390, "height": 844}, "has_touch": True, "is_mobile": True,
         "device_scale_factor": 2}


def visible_items(page) -> list[str]:
    return page.eval_on_selector_all(
        "section.lg-conduct", "els => els.filter(e => !e.hidden).map(e => e.dataset.lgItem)")


def summary_lines(page) -> list[str]:
    text = page.locator("#lg-conduct-summary").inner_text()
    return [line.strip() for line in text.split("\n") if line.strip()]


def no_sideways_scroll(page) -> None:
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= page.viewport_size["width"], width


def open_checker(page, site_url, lang):
    page.goto(f"{site_url}{PREFIX[lang]}tools/collection-check/")
    page.wait_for_selector("form[data-lg-tool='conduct']:not([hidden])")


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_ticking_shows_the_verdicts_for_what_happened(page, site_url, lang):
    open_checker(page, site_url, lang)
    summary = page.locator("#lg-conduct-summary")
    assert not page.locator("[data-lg-nojs]").is_visible()
    assert visible_items(page) == []
    assert summary.inner_text().strip() == LABELS["nothing_ticked"][lang]

    page.check("#lg-tick-violence-detention")
    page.check("#lg-tick-late-night-calls")
    assert visible_items(page) == ["late-night-calls", "violence-detention"]
    lines = summary_lines(page)
    assert lines[:4] == [
        LABELS["urgent"][lang],
        LABELS["ticked"][lang].format(n=2, unlawful=1, depends=1),
        LABELS["worst"][lang].format(who=ACTORS["collector"][lang],
                                     level=LEVELS["criminal"]["summary"][lang]),
        LABELS["not_you"][lang]]
    violence = page.locator("#conduct-violence-detention")
    assert violence.locator(".lg-verdict").inner_text() == VERDICTS["unlawful"][lang]
    assert violence.locator(".lg-level").inner_text() == LEVELS["criminal"]["label"][lang]
    assert violence.locator(".lg-judges").inner_text() == ACTORS["collector"][lang]
    assert violence.locator("a[href*='laws/criminal-law/#art-238']").count() == 1
    assert violence.locator("a[href*='#art-293-1']").count() == 0
    assert violence.locator("a[href$='guide/complaints/']").count() >= 1
    night = page.locator("#conduct-late-night-calls")
    assert night.locator(".lg-verdict").inner_text() == VERDICTS["depends"][lang]

    page.uncheck("#lg-tick-violence-detention")
    page.uncheck("#lg-tick-late-night-calls")
    page.check("#lg-tick-employer")
    assert visible_items(page) == ["employer"]
    text = summary.inner_text()
    both = ("、" if lang == "zh" else " and ").join(
        ACTORS[a][lang] for a in ("collector", "lender"))
    assert LABELS["worst"][lang].format(
        who=both, level=LEVELS["administrative"]["summary"][lang]) in text
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
def test_the_verdict_gives_next_steps_with_the_route_that_fits(page, site_url, lang):
    """Insults go to court (private prosecution) and the police; letters and numbers to tap."""
    open_checker(page, site_url, lang)
    page.check("#lg-tick-insults")
    summary = page.locator("#lg-conduct-summary")
    assert LABELS["next_heading"][lang] in summary.inner_text()
    steps = summary.locator("ol.lg-next > li")
    assert steps.count() == 5  # evidence, letters, routes, also, 12348
    assert steps.nth(0).locator("a[href$='faq/evidence-of-abusive-collection/']").count() == 1
    for letter in ("stop-contact", "complaint"):
        link = steps.nth(1).locator(f"a[href$='letters/#letter-{letter}']")
        assert link.inner_text() == LETTERS[letter][lang]
    routes = [a.inner_text() for a in steps.nth(2).locator("a:not(.lg-tel)").all()]
    assert routes == [CHANNELS[c]["label"][lang] for c in ("110", "court", "private-prosecution")]
    assert steps.nth(2).locator("a[href$='guide/complaints/#route-private-prosecution']").count() == 1
    assert steps.nth(2).locator("a[href='tel:110']").count() == 1
    also = [a.inner_text() for a in steps.nth(3).locator("a:not(.lg-tel)").all()]
    assert CHANNELS["12378"]["label"][lang] in also
    assert steps.nth(4).locator("a[href='tel:12348']").count() == 1

    # the link to a section of the complaints page lands on that section
    steps.nth(2).locator("a[href$='#route-private-prosecution']").click()
    page.wait_for_url("**/guide/complaints/#route-private-prosecution")
    assert page.locator("[id='route-private-prosecution']").count() == 1


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_on_a_phone_every_choice_is_a_44px_target_and_nothing_scrolls_sideways(
        browser, site_url, lang):
    context = browser.new_context(**PHONE)
    page = context.new_page()
    open_checker(page, site_url, lang)
    no_sideways_scroll(page)
    boxes = page.eval_on_selector_all(
        "form[data-lg-tool='conduct'] label.lg-check", "els => els.map(e => {"
        "const r = e.getBoundingClientRect(); const box = e.querySelector('input');"
        "return {h: r.height, w: r.width, text: e.innerText.trim(), has: !!box}; })")
    assert len(boxes) == len(DATA["items"])
    for box in boxes:
        assert box["has"] and box["text"], box
        assert box["h"] >= 44 and box["w"] >= 44, box
    reset = page.locator("form[data-lg-tool='conduct'] button[type='reset']").bounding_box()
    assert reset["height"] >= 44
    assert page.locator("table").count() == 0  # the overview is a list, not a table

    page.tap("label[for='lg-tick-insults'] span")  # a tap on the text ticks the box
    assert page.is_checked("#lg-tick-insults")
    page.tap("label[for='lg-tick-property-damage']")
    assert page.is_checked("#lg-tick-property-damage")
    no_sideways_scroll(page)
    summary = page.locator("#lg-conduct-summary")
    summary.scroll_into_view_if_needed()
    for link in summary.locator("a").all():
        size = link.bounding_box()
        assert size["height"] >= 24 and size["width"] >= 24, (link.inner_text(), size)
    for item in ("insults", "property-damage"):
        section = page.locator(f"#conduct-{item}")
        assert section.is_visible()
        right = section.evaluate("e => e.getBoundingClientRect().right")
        assert right <= 390
    context.close()


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_without_javascript_every_situation_and_the_overview_are_readable(no_javascript, site_url, lang):
    page = no_javascript
    page.goto(f"{site_url}{PREFIX[lang]}tools/collection-check/")
    assert not page.locator("form[data-lg-tool='conduct']").is_visible()
    assert page.locator("[data-lg-nojs]").is_visible()
    assert len(visible_items(page)) == len(DATA["items"])
    assert page.locator(".lg-overview li").count() == len(DATA["items"])
    insults = page.locator("#conduct-insults")
    assert insults.locator("a[href$='guide/complaints/#route-private-prosecution']").count() == 1
    assert insults.locator(".lg-judges").inner_text() == ACTORS["collector"][lang]
