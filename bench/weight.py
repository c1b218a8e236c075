"""Page weight: what a reader's first visit to a page downloads, as a static host serves it.

Builds the real site in a temporary copy of the project, serves it on 127.0.0.1 and opens
pages in a fresh profile of Debian's Chromium, recording every request the page and its
service worker make (Playwright's network events, which are Chromium's network log) until
the network is quiet and the worker has kept what the page asked it to keep for offline
reading. Each file is counted once, at its gzipped size (level 6, as GitHub Pages and most
static hosts compress text; images as they are). Then it opens search on the same page and
reports what that fetches. Prints, asserts nothing.

    .venv/bin/python -m bench.weight [--keep DIR]
"""

from __future__ import annotations

import argparse
import gzip
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import unquote, urlsplit

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [os.fspath(ROOT), os.fspath(ROOT / "tests")]

from browser.conftest import CHROMIUM, CHROMIUM_ARGS, serve  # noqa: E402

from bench import project  # noqa: E402

PAGES = ("cases/xiao-wang/", "en/cases/xiao-wang/", "", "faq/collector-calling-hours/",
         "laws/civil-code/")
BUDGET = 150 * 1024
COMPRESSED = (".html", ".css", ".js", ".json", ".xml", ".svg", ".webmanifest", ".txt", "/")
KEPT = """async () => {
    const keys = await caches.keys();
    let n = 0;
    for (const key of keys) n += (await (await caches.open(key)).keys()).length;
    return n;
}"""


def on_disk(site: Path, url: str) -> Path:
    path = unquote(urlsplit(url).path).lstrip("/")
    return site / path / "index.html" if path == "" or path.endswith("/") else site / path


def served_size(site: Path, url: str) -> tuple[int, int]:
    """(raw, as served) bytes of the file behind a URL."""
    file = on_disk(site, url)
    if not file.is_file():  # a request the site cannot answer (404)
        return 0, 0
    data = file.read_bytes()
    path = urlsplit(url).path
    if path.endswith(COMPRESSED):
        return len(data), len(gzip.compress(data, compresslevel=6))
    return len(data), len(data)


by_worker: set[str] = set()  # URLs the service worker fetched (kept for offline reading)
by_page: set[str] = set()


def first_visit(browser, site: Path, base: str, path: str) -> tuple[list[str], list[str]]:
    """URLs fetched by the first visit of ``path``, then those fetched when search opens."""
    context = browser.new_context(viewport={"width": 390, "height": 844})
    seen: list[str] = []
    context.on("request", lambda request: seen.append(request.url.split("#")[0]))
    context.on("request", lambda request: (by_worker if request.service_worker else by_page)
               .add(request.url.split("#")[0]))
    page = context.new_page()
    page.goto(base + path, wait_until="networkidle")
    deadline = time.monotonic() + 20
    last, steady = -1, 0
    while time.monotonic() < deadline and steady < 3:  # the worker keeps what the page named
        kept = page.evaluate(KEPT)
        steady = steady + 1 if kept == last and kept > 0 else 0
        last = kept
        time.sleep(0.3)
    page.wait_for_load_state("networkidle")
    loaded = list(dict.fromkeys(seen))
    seen.clear()
    page.keyboard.press("s")  # Material's search key: opens search, which fetches the index
    page.wait_for_timeout(1500)
    page.wait_for_load_state("networkidle")
    searched = [url for url in dict.fromkeys(seen) if url not in loaded]
    context.close()
    return loaded, searched


def report(site: Path, base: str, browser) -> None:
    for path in PAGES:
        loaded, searched = first_visit(browser, site, base, path)
        sizes = {url: served_size(site, url) for url in loaded}
        raw = sum(r for r, _ in sizes.values())
        total = sum(s for _, s in sizes.values())
        verdict = "within" if total <= BUDGET else "OVER"
        print(f"\n/{path}: {len(loaded)} requests, {raw / 1024:.0f} KB raw, "
              f"{total / 1024:.1f} KB served gzipped ({verdict} the 150 KB budget)")
        for url, (r, s) in sorted(sizes.items(), key=lambda item: -item[1][1]):
            print(f"    {s / 1024:7.1f} KB  ({r / 1024:6.1f} raw)  {urlsplit(url).path}"
                  + ("" if on_disk(site, url).is_file() else "  (not found)"))
        kept = sum(s for url, (_, s) in sizes.items() if url in by_worker - by_page)
        print(f"  of which {kept / 1024:.1f} KB only the service worker fetched, to keep for "
              f"offline reading (the tools and their scripts); {(total - kept) / 1024:.1f} KB "
              f"the page itself")
        index = [url for url in loaded if "search_index" in url]
        print(f"  search index fetched on load: {'YES' if index else 'no'}")
        extra = sum(served_size(site, url)[1] for url in searched)
        print(f"  opening search then fetches {len(searched)} file(s), {extra / 1024:.1f} KB "
              f"gzipped: " + ", ".join(urlsplit(url).path.rsplit('/', 1)[-1] for url in searched))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--keep", type=Path, help="build in this folder and keep it")
    args = parser.parse_args()
    if not CHROMIUM.is_file():
        sys.exit(f"{CHROMIUM} is missing (apt-get install chromium fonts-wqy-microhei)")
    from playwright.sync_api import sync_playwright

    work = args.keep or Path(tempfile.mkdtemp(prefix="bench-weight-"))
    real = work / "real"
    project.make(real, cases=0, answers=0)
    subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict"], cwd=real, check=True,
                   env={**os.environ, "NO_MKDOCS_2_WARNING": "1"}, capture_output=True)
    server, base = serve(real / "site")
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=os.fspath(CHROMIUM),
                                                 args=CHROMIUM_ARGS, headless=True)
            report(real / "site", base, browser)
            browser.close()
    finally:
        server.shutdown()


if __name__ == "__main__":
    main()
