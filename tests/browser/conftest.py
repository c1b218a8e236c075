"""Shared browser fixtures: the built site on 127.0.0.1 and Debian's Chromium via Playwright.

Browser tests skip when neither /usr/bin/chromium-headless-shell nor /usr/bin/chromium
is there, unless REQUIRE_BROWSER=1 (CI), in which case they fail: a missing browser must
never pass silently. Playwright never downloads a browser here; it drives the system one.
"""

from __future__ import annotations

import functools
import os
import threading
from collections.abc import Iterator
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from conftest import SITE

from .searching import SearchBox

# Debian's Chromium comes as two packages of one build. ``chromium`` is the browser; its
# headless mode runs the whole browser, its own interface included, unseen. The benchmarks
# time what a reader's browser does, so they drive it. ``chromium-headless-shell`` is the
# same Blink and V8 without that interface (the shell Playwright itself drives headless):
# an empty page costs it 0.07 s of CPU to load instead of 0.15 s, a page of the site 0.22 s
# instead of 0.29 s, and the browser tests take 3 minutes on 2 cores instead of 4:20.
# The tests drive it, or the browser on a machine that has only that (they pass in both).
CHROMIUM = Path("/usr/bin/chromium")
HEADLESS_SHELL = Path("/usr/bin/chromium-headless-shell")
# axe-core still reports every violation with all its nodes; it only skips working out the
# selectors of passes and incomplete checks, which no test reads (half of each run's time).
AXE_OPTIONS = {"resultTypes": ["violations"]}
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]



def animations_done(page) -> None:
    """Wait until no animation runs: scrolling makes Material's header fade its title in, and
    axe would measure the contrast of a half-faded text."""
    page.wait_for_function(
        "() => document.getAnimations().every(a => a.playState !== 'running')")

class QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format, *args):
        pass


class MountedHandler(QuietHandler):
    """Serves the directory at ``mount`` (e.g. /guide/) only, as a sub-path host does."""

    mount = "/"

    def translate_path(self, path: str) -> str:
        if not path.startswith(self.mount):
            return os.fspath(Path(self.directory) / "\0 outside the mount")  # 404
        return super().translate_path("/" + path[len(self.mount):])


def serve(directory: Path, mount: str = "/") -> tuple[ThreadingHTTPServer, str]:
    """Serve ``directory`` at ``mount`` on a free port of 127.0.0.1 in a daemon thread."""
    handler_class = type("Handler", (MountedHandler,), {"mount": mount})
    handler = functools.partial(handler_class, directory=os.fspath(directory))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}{mount}"


@pytest.fixture(scope="session")
def site_url(built_site: Path) -> Iterator[str]:
    """The real site (built with --strict for conftest.SITE), served over HTTP as a reader
    gets it: at the same sub-path, /guide/."""
    server, url = serve(built_site, urlsplit(SITE).path)
    yield url
    server.shutdown()
    server.server_close()


def require_chromium() -> Path:
    """The Chromium the tests drive: the headless shell, else the browser."""
    for path in (HEADLESS_SHELL, CHROMIUM):
        if path.is_file():
            return path
    message = (f"{HEADLESS_SHELL} is missing "
               "(apt-get install chromium-headless-shell fonts-wqy-microhei)")
    if os.environ.get("REQUIRE_BROWSER") == "1":
        pytest.fail(f"REQUIRE_BROWSER=1 but {message}")
    pytest.skip(message)


@pytest.fixture(scope="session")
def browser():
    executable = require_chromium()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=os.fspath(executable),
                                              args=CHROMIUM_ARGS, headless=True)
        yield chromium
        chromium.close()


# The windows the tests read pages in: a desktop (the search box sits in the header) and a
# phone, with touch.
DEVICES = {"desktop": {"viewport": {"width": 1280, "height": 900}},
           "phone": {"viewport": {"width": 390, "height": 844}, "has_touch": True,
                     "is_mobile": True},
           "no-javascript": {"viewport": {"width": 1280, "height": 900},
                             "java_script_enabled": False}}


@pytest.fixture(scope="session")
def warm_tab(browser):
    """``warm_tab(device)``: the one tab of that device that tests share, reset between them.

    A new tab costs about 0.5 s before its first page shows (a renderer starts and compiles
    the site's scripts again); a page opened in a tab that has shown one costs 0.2 s. Most
    browser tests open pages and read them, so they share a tab; each starts from a blank
    page with no cookies, storage or permissions. A test that adds listeners, routes, init
    scripts or media emulation to its page, or needs the service worker, takes
    ``fresh_page`` (or a context of its own) instead: those would outlive it here.
    """
    tabs = {}

    def tab(device: str):
        if device not in tabs:
            # No service worker: a page it kept would answer a later test's request.
            context = browser.new_context(**DEVICES[device], service_workers="block")
            tabs[device] = context.new_page()
        return tabs[device]

    yield tab
    for tab_ in tabs.values():
        tab_.context.close()


def shared(tab, scripts: bool = True):
    """Hand ``tab`` to one test, then leave it as the next one expects: blank, forgotten.
    (Without ``scripts`` no page could store anything.)"""
    yield tab
    if not tab.is_closed():
        if scripts:
            tab.evaluate("() => { try { localStorage.clear(); sessionStorage.clear(); } "
                         "catch {} }")  # about:blank and the like have no storage
        tab.goto("about:blank")
        tab.context.clear_cookies()
        tab.context.clear_permissions()


@pytest.fixture
def page(warm_tab):
    """The shared desktop tab (see ``warm_tab``)."""
    yield from shared(warm_tab("desktop"))


@pytest.fixture
def phone(warm_tab):
    """The shared phone tab: 390x844, touch (see ``warm_tab``)."""
    yield from shared(warm_tab("phone"))


@pytest.fixture
def no_javascript(warm_tab):
    """The shared desktop tab with JavaScript off (see ``warm_tab``)."""
    yield from shared(warm_tab("no-javascript"), scripts=False)


@pytest.fixture
def fresh_page(browser):
    """A desktop tab in a context of its own, for a test that changes more than the page."""
    context = browser.new_context(**DEVICES["desktop"])
    tab = context.new_page()
    yield tab
    context.close()


@pytest.fixture
def search_box(fresh_page, site_url) -> SearchBox:
    """Material's search box on a fresh tab of the served site (its probe is an init script)."""
    return SearchBox(fresh_page, site_url)


@pytest.fixture(scope="module")
def search_boxes(browser, site_url):
    """One search box per language, kept open across a module's queries, as a reader keeps a tab."""
    context = browser.new_context(**DEVICES["desktop"])
    boxes: dict[str, SearchBox] = {}

    def open_box(lang: str) -> SearchBox:
        if lang not in boxes:
            boxes[lang] = SearchBox(context.new_page(), site_url)
            boxes[lang].open(lang)
        # The two tabs share a window and the one behind is throttled: there, Playwright's
        # click (it waits for the box to be stable over animation frames) took 1.2-1.5 s.
        boxes[lang].page.bring_to_front()
        return boxes[lang]

    yield open_box
    context.close()
