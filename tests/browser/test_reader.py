"""What a reader does with a citation or the language switch, in real Chromium."""

import pytest

pytestmark = pytest.mark.browser


def test_tap_on_a_citation_shows_the_article_then_opens_it(phone, site_url):
    phone.goto(site_url + "cases/xiao-wang/")
    cite = phone.locator('a.lg-cite[data-lg-ref="civil-code/1032"]').first
    cite.scroll_into_view_if_needed()
    cite.tap()
    panel = phone.locator(".lg-cite-panel")
    panel.wait_for(state="visible")
    assert "自然人享有隐私权" in panel.inner_text()
    assert phone.url == site_url + "cases/xiao-wang/"  # the first tap stays on the page
    cite.tap()
    phone.wait_for_url("**/laws/civil-code/#art-1032")
    assert phone.locator("#art-1032").is_visible()


def test_tap_on_a_glossary_term_shows_its_definition(phone, site_url):
    phone.goto(site_url + "en/cases/xiao-wang/")
    term = phone.locator("a.lg-term").first
    term.scroll_into_view_if_needed()
    term.tap()
    panel = phone.locator(".lg-cite-panel")
    panel.wait_for(state="visible")
    assert ": " in panel.inner_text() and "Open the glossary" in panel.inner_text()


def test_hovering_a_citation_shows_one_preview(page, site_url):
    """Material's tooltips are off (they insert the title as HTML): the site's own panel."""
    page.goto(site_url + "en/cases/xiao-wang/")
    cite = page.locator('a.lg-cite[data-lg-ref="civil-code/1032"]').first
    cite.hover()
    panel = page.locator(".lg-cite-panel").filter(has_text="Natural persons")
    panel.first.wait_for(state="visible", timeout=5000)
    assert page.locator(".md-tooltip2, .md-tooltip").count() == 0


@pytest.mark.parametrize(("start", "label", "lands"), [
    ("cases/xiao-wang/", "English", "en/cases/xiao-wang/"),
    ("en/laws/criminal-law/", "中文", "laws/criminal-law/"),
    ("en/", "中文", ""),
])
def test_language_switch_works_without_javascript(no_javascript, site_url, start, label, lands):
    tab = no_javascript
    tab.goto(site_url + start)
    tab.locator("nav.lg-langs a", has_text=label).click()
    tab.wait_for_load_state()
    assert tab.url == site_url + lands
