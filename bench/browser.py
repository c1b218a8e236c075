"""Time to the first search result in headless Chromium, and the bytes it took.

Both engines are asked the same question right after a page of the site has
loaded, as a reader who opens the site and types at once:

- Material: the query is typed into its search box (the search tests'
  ``SearchBox`` and its probe); the clock runs from the last key to the frame
  that shows the results. The index download starts with the page.
- Pagefind: its API is loaded and initialised on the same page (as its search
  box does when the page loads), then asked; the clock runs from the question
  to the first result's data (the index chunks and the result's fragment are
  fetched on demand). ``cold_ms`` adds loading the script and WebAssembly.

Bytes are those of every search file the page fetched (Material's index and
worker; Pagefind's bundle), raw and as gzip would send them: real hosts
compress, and the local server here does not.
"""

from __future__ import annotations

import gzip
import os
import sys
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from urllib.parse import unquote, urlsplit

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, os.fspath(ROOT / "tests"))

from browser.conftest import CHROMIUM, CHROMIUM_ARGS, serve  # noqa: E402
from browser.searching import SearchBox  # noqa: E402

QUERIES = {"zh": "暴力催收", "en": "limitation period"}
TIMEOUT_MS = 240_000

PAGEFIND_QUERY = """async ([bundle, query]) => {
  const start = performance.now();
  const pagefind = await import(bundle + "pagefind.js");
  await pagefind.init();
  const ready = performance.now();
  const search = await pagefind.search(query);
  const first = search.results.length ? await search.results[0].data() : null;
  const end = performance.now();
  return {ms: end - ready, cold: end - start, hits: search.results.length,
          first: first ? first.url : null};
}"""


@dataclass(frozen=True)
class Probe:
    ms: float | None  # None: no result within the timeout
    hits: int
    raw: int  # bytes of search files fetched
    gzip: int
    cold_ms: float | None = None  # Pagefind: with loading its script and WebAssembly


def index_pagefind(site: Path) -> None:
    """Index both languages of a built site as ``extra.search_engine: pagefind`` does.

    The hook indexes each language right after building it, before the next
    language is built inside it; here both exist, so the English site is moved
    aside while the Chinese one is indexed.
    """
    from lawguide import pagefind

    aside = site.parent / f"{site.name}-en-aside"
    (site / "en").rename(aside)
    try:
        pagefind.index(site)
    finally:
        aside.rename(site / "en")
    pagefind.index(site / "en")


@cache
def _gzip_size(path: Path) -> int:
    return len(gzip.compress(path.read_bytes(), compresslevel=6))


class Session:
    """Chromium and a static server over one built site."""

    def __init__(self, site: Path):
        from playwright.sync_api import sync_playwright

        if not CHROMIUM.is_file():
            raise RuntimeError(f"{CHROMIUM} is missing (apt-get install chromium "
                               "fonts-wqy-microhei)")
        self.site = site
        self.server, self.url = serve(site)
        self._playwright = sync_playwright().start()
        self.browser = self._playwright.chromium.launch(
            executable_path=os.fspath(CHROMIUM), args=CHROMIUM_ARGS, headless=True)

    def close(self) -> None:
        self.browser.close()
        self._playwright.stop()
        self.server.shutdown()
        self.server.server_close()

    def _sizes(self, paths: list[str], marker: str) -> tuple[int, int]:
        raw = packed = 0
        for path in paths:
            if marker not in path:
                continue
            file = self.site / unquote(path).lstrip("/")
            if file.is_dir():
                file = file / "index.html"
            if file.is_file():
                raw += file.stat().st_size
                packed += _gzip_size(file)
        return raw, packed

    def _page(self):
        context = self.browser.new_context(viewport={"width": 1280, "height": 900})
        page = context.new_page()
        fetched: list[str] = []
        page.on("requestfinished", lambda request: fetched.append(urlsplit(request.url).path))
        return context, page, fetched

    def material(self, lang: str) -> Probe:
        context, page, fetched = self._page()
        try:
            box = SearchBox(page, self.url)
            box.open(lang)
            try:
                results = box.search(QUERIES[lang], timeout=TIMEOUT_MS)
            except Exception:  # a timeout is a measurement, not a failure
                return Probe(None, 0, *self._sizes(fetched, "search"))
            ms = page.evaluate("""() => new Promise(done => requestAnimationFrame(() => {
                const p = window.__searchProbe;
                done(p.drawn[p.results - 1] - p.keyupAt);
            }))""")
            return Probe(ms, len(results), *self._sizes(fetched, "search"))
        finally:
            context.close()

    def pagefind(self, lang: str) -> Probe:
        context, page, fetched = self._page()
        try:
            prefix = "" if lang == "zh" else f"{lang}/"
            page.goto(f"{self.url}{prefix}", wait_until="domcontentloaded")
            outcome = page.evaluate(PAGEFIND_QUERY, [f"/{prefix}pagefind/", QUERIES[lang]])
            page.wait_for_timeout(200)  # let the last responses finish for the byte count
            return Probe(outcome["ms"], outcome["hits"], *self._sizes(fetched, "/pagefind/"),
                         cold_ms=outcome["cold"])
        finally:
            context.close()
