"""Reading offline in Chromium: pages a reader opened, and the tools, open without a network.

The reader opens a case in Chinese and an answer in English while online; the service
worker keeps them and, as each page asks, the tools with their scripts. Offline, both pages
reload, and the interest-cost checker, never opened, opens and computes.
"""

from __future__ import annotations

import shutil
from urllib.parse import urlsplit

import pytest

from conftest import SITE

from .conftest import serve

pytestmark = pytest.mark.browser

KEPT = """async (urls) => {
    for (const url of urls) if (!(await caches.match(url, {ignoreSearch: true}))) return false;
    return true;
}"""


def open_and_keep(page, url: str, also: list[str]) -> None:
    page.goto(url, wait_until="networkidle")
    page.wait_for_function("() => navigator.serviceWorker.controller !== null "
                           "|| navigator.serviceWorker.ready", timeout=20_000)
    page.wait_for_function(KEPT, arg=[url, *also], timeout=20_000, polling=250)


def test_opened_pages_and_the_tools_work_offline(browser, site_url):
    context = browser.new_context(viewport={"width": 390, "height": 844})
    try:
        page = context.new_page()
        case, answer = f"{site_url}cases/xiao-wang/", f"{site_url}en/faq/collector-calling-hours/"
        tool = f"{site_url}tools/interest-cost/"
        open_and_keep(page, case, [tool, f"{site_url}assets/tools/interest.js"])
        case_title = page.locator("h1").first.inner_text()
        open_and_keep(page, answer, [f"{site_url}en/tools/letters/"])
        answer_title = page.locator("h1").first.inner_text()

        context.set_offline(True)
        page.reload()
        assert page.locator("h1").first.inner_text() == answer_title
        page.goto(case)
        assert page.locator("h1").first.inner_text() == case_title
        assert page.locator(".lg-notice").is_visible()  # styles and notice from the cache
        assert page.evaluate("getComputedStyle(document.querySelector('.md-header')).position") \
            != "static"

        page.goto(tool)  # never opened: kept because the case page asked for the tools
        page.fill("#lg-received", "8000")
        page.fill("#lg-contract", "10000")
        page.fill("#lg-instalment", "1000")
        page.fill("#lg-count", "12")
        page.select_option("#lg-lender", "private")
        assert page.locator("[data-lg-out='apr']").inner_text().strip() == "82.38%"

        from playwright.sync_api import Error

        with pytest.raises(Error, match="ERR_"):  # never opened, not a tool: not kept
            page.goto(f"{site_url}cases/fake-police-call/")
    finally:
        context.close()


def test_a_new_build_replaces_the_cache(browser, built_site, tmp_path):
    """The worker's version is the build's digest; its cache is named by it, older ones go.

    On a copy of the site, served on its own: the shared site is never changed."""
    site = tmp_path / "site"
    shutil.copytree(built_site, site)
    server, site_url = serve(site, urlsplit(SITE).path)
    context = browser.new_context()
    try:
        page = context.new_page()
        page.goto(f"{site_url}about/", wait_until="networkidle")
        page.wait_for_function(KEPT, arg=[f"{site_url}about/"], timeout=20_000, polling=250)
        page.evaluate("caches.open('lawguide-old-build').then(c => c.put('x', new Response('')))")
        worker = (site / "sw.js").read_text("utf-8")
        version = worker.split('const VERSION = "')[1].split('"')[0]
        assert len(version) == 16
        # a new build: the worker's bytes change; activating it deletes every other cache
        (site / "sw.js").write_text(worker.replace(version, "0" * 16), "utf-8")
        page.evaluate("navigator.serviceWorker.getRegistration().then(r => r.update())")
        page.wait_for_function("""async () => {
            const keys = await caches.keys();
            return keys.length === 1 && keys[0] === 'lawguide-0000000000000000';
        }""", timeout=20_000, polling=250)
    finally:
        context.close()
        server.shutdown()
        server.server_close()
