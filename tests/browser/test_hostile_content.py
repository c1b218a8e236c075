"""Hostile content that passes validation stays inert in a reader's browser.

A copy of the project gets text that is allowed (it renders to plain text) but carries
what would be script if any part of the page treated text as HTML: entity-encoded tags in
a case's facts, an answer's short answer and a glossary definition, whose text becomes the
hover preview of links on many pages. The site is built with --strict, then every citation
and glossary link of those pages is hovered, focused and tapped on a phone and a desktop:
no dialog opens, the payload never runs, and nothing outside the page's content changes.
"""

from __future__ import annotations

import pytest

from variant import HOSTILE_PAGES

from .conftest import serve

pytestmark = pytest.mark.browser

PAGES = HOSTILE_PAGES  # the additions are in tests/variant.py


@pytest.fixture(scope="module")
def hostile_site(variant_site):
    """The variant site (built with --strict), served at the root of 127.0.0.1."""
    server, url = serve(variant_site.site)
    yield url
    server.shutdown()
    server.server_close()


# What lies outside the page's content: its elements (Material toggles classes on scroll,
# so tags and text, not attributes) and the theme's configuration.
OUTSIDE = """() => {
  const article = document.querySelector('article');
  const outside = Array.from(document.body.querySelectorAll('*'))
    .filter(el => !article.contains(el) && !el.contains(article));
  return [outside.map(el => el.tagName).join(' '),
          outside.filter(el => !el.children.length).map(el => el.textContent.trim()).join('|'),
          document.getElementById('__config').textContent];
}"""
LINKS = "a.lg-cite, a.lg-term"


@pytest.mark.parametrize("device", ["phone", "desktop"])
@pytest.mark.parametrize("path", PAGES)
def test_hover_focus_and_tap_every_preview_link(browser, hostile_site, device, path):
    phone = device == "phone"
    context = browser.new_context(
        viewport={"width": 390, "height": 844} if phone else {"width": 1366, "height": 900},
        has_touch=phone, is_mobile=phone)
    page = context.new_page()
    dialogs = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.goto(hostile_site + path)
    page.wait_for_load_state("load")
    links = page.locator(LINKS)
    count = links.count()
    if path != "":
        assert count > 0, path
    outside = page.evaluate(OUTSIDE)
    for i in range(min(count, 40)):
        link = links.nth(i)
        if not link.is_visible():
            continue
        link.scroll_into_view_if_needed()
        if phone:
            link.tap()
        else:
            link.hover()
            link.focus()
        page.keyboard.press("Escape")
        if page.url.split("#")[0] != hostile_site + path:  # a second tap followed the link
            page.go_back()
    assert dialogs == []
    assert page.evaluate("() => window.__pwned") is None
    assert page.locator("img[src='x']").count() == 0
    assert page.evaluate(OUTSIDE) == outside
    context.close()
