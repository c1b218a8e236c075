"""Hostile content that passes validation stays inert in a reader's browser.

A copy of the project gets text that is allowed (it renders to plain text) but carries
what would be script if any part of the page treated text as HTML: entity-encoded tags in
a case's facts, an answer's short answer and a glossary definition, whose text becomes the
hover preview of links on many pages. The site is built with --strict, then on a phone and
a desktop every link of those pages whose preview carries the payload, and the first few
other citation and glossary links, are hovered, focused and tapped: no dialog opens, the
payload never runs, and nothing outside the page's content changes.
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
OTHERS = 6  # links tried besides those whose preview carries the payload
# Pages where a glossary link's preview is the definition that carries the payload.
PREVIEWED = ("cases/night-calls-hostile/", "")


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
    # Every link whose preview carries the payload, and the first few others.
    tips = links.evaluate_all("els => els.map(a => a.getAttribute('data-lg-tip') || a.title)")
    hostile = [i for i, tip in enumerate(tips) if "onerror" in tip]
    if path in PREVIEWED:
        assert hostile, f"{path}: no preview carries the payload"
    for i in sorted({*hostile, *range(min(count, OTHERS))}):
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
