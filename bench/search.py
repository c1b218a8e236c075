"""Search benchmark: index size and the wait from the last keystroke to the first result drawn.

Builds the real site and a synthetic site of about 2,000 pages a language (the
real pages plus synthetic cases and answers recombined from the real ones by
``bench/corpus.py``) in temporary copies of the project, serves each on 127.0.0.1 and types queries
into the search box of Debian's Chromium, as the browser tests do. Prints
figures; asserts nothing (timings depend on the machine).

For each query it reports three waits, from the release of the last key to the
frame that shows the answer: ``cold`` pastes the query right after the page
loads (the first query waits for the browser to build the whole index);
``typed`` types it at a reader's pace once the index is built (Material searches
at every key release, one search after the other, so the last key can wait for
the searches of the keys before it); ``pasted`` pastes it once the index is
built (the cost of that one search).

    .venv/bin/python -m bench.search [--pages 2000] [--runs 3] [--keep DIR]
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [os.fspath(ROOT), os.fspath(ROOT / "tests")]

from browser.conftest import CHROMIUM, CHROMIUM_ARGS, serve  # noqa: E402
from browser.searching import SearchBox  # noqa: E402

from bench import project  # noqa: E402

QUERIES = {"zh": ["民法典1032", "暴力催收", "催收打电话给家人"],
           "en": ["Civil Code 1032", "calls to my contacts", "limitation period"]}
TYPING = 150  # ms each key is held, and between Chinese commits, when a reader types
MODES = {"cold": {"paste": True}, "typed": {"delay": TYPING}, "pasted": {"paste": True}}


def build(folder: Path) -> float:
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "mkdocs", "build"], cwd=folder, check=True,
                   env={**os.environ, "NO_MKDOCS_2_WARNING": "1"}, capture_output=True)
    return time.perf_counter() - started


def pages(site: Path) -> int:
    docs = json.loads((site / "search/search_index.json").read_text("utf-8"))["docs"]
    return len({doc["location"].split("#")[0] for doc in docs})


def index_sizes(site: Path, lang: str) -> dict[str, int]:
    path = site / ("" if lang == "zh" else "en/") / "search/search_index.json"
    raw = path.read_bytes()
    data = json.loads(raw)
    escaped = json.dumps(data, separators=(",", ":")).encode()  # Material's own encoding
    return {"pages": len({d["location"].split("#")[0] for d in data["docs"]}),
            "entries": len(data["docs"]), "raw": len(raw),
            "gzip": len(gzip.compress(raw, compresslevel=6)), "escaped": len(escaped),
            "escaped_gzip": len(gzip.compress(escaped, compresslevel=6))}


def wait_after_last_key(box: SearchBox, query: str, **typing) -> float:
    box.search(query, timeout=120_000, **typing)
    return box.page.evaluate("""() => new Promise(done => requestAnimationFrame(() => {
        const p = window.__searchProbe;
        done(p.drawn[p.results - 1] - p.keyupAt);
    }))""")


def measure(browser, url: str, lang: str, runs: int) -> tuple[dict, float]:
    """Per query and way of typing, the median wait (ms); and the median index build (ms)."""
    waits: dict[str, dict[str, list[float]]] = {q: {mode: [] for mode in MODES}
                                                for q in QUERIES[lang]}
    builds: list[float] = []
    for _ in range(runs):
        for query in QUERIES[lang]:
            for mode in MODES:
                context = browser.new_context(viewport={"width": 1280, "height": 900})
                box = SearchBox(context.new_page(), url)
                box.open(lang)
                if mode != "cold":
                    box.page.wait_for_function("() => window.__searchProbe.readyAt",
                                               timeout=120_000)
                    builds.append(box.page.evaluate(
                        "() => window.__searchProbe.readyAt"
                        " - (performance.timing.responseEnd - performance.timing.navigationStart)"))
                waits[query][mode].append(wait_after_last_key(box, query, **MODES[mode]))
                context.close()
    medians = {q: {m: statistics.median(v) for m, v in modes.items()} for q, modes in waits.items()}
    return medians, statistics.median(builds)


def report(name: str, site: Path, url: str, browser, runs: int, build_s: float) -> None:
    print(f"\n== {name} (build {build_s:.0f} s)")
    for lang in ("zh", "en"):
        size = index_sizes(site, lang)
        waits, index_ms = measure(browser, url, lang, runs)
        print(f"  {lang}: {size['pages']} pages, {size['entries']} index entries; index "
              f"{size['raw'] / 1024:.0f} KB, gzip {size['gzip'] / 1024:.0f} KB (as Material "
              f"writes it: {size['escaped'] / 1024:.0f} KB, gzip "
              f"{size['escaped_gzip'] / 1024:.0f} KB); index built "
              f"{index_ms:.0f} ms after the page arrived")
        print(f"      {'query':<28}" + "".join(f"{m:>9}" for m in MODES)
              + f"   (ms, median of {runs}; keys held {TYPING} ms)")
        for query, modes in waits.items():
            print(f"      {query:<28}" + "".join(f"{modes[m]:>9.0f}" for m in MODES))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--pages", type=int, default=2000, help="pages a language, synthetic site")
    parser.add_argument("--runs", type=int, default=3, help="runs a measurement (median)")
    parser.add_argument("--keep", type=Path, help="build in this folder and keep it")
    args = parser.parse_args()
    if not CHROMIUM.is_file():
        sys.exit(f"{CHROMIUM} is missing (apt-get install chromium fonts-wqy-microhei)")
    from playwright.sync_api import sync_playwright

    work = args.keep or Path(tempfile.mkdtemp(prefix="bench-search-"))
    real = work / "real"
    project.make(real, cases=0, answers=0)
    real_build = build(real)
    extra = max(0, args.pages - pages(real / "site"))
    synthetic = work / "synthetic"
    project.make(synthetic, cases=extra // 2, answers=extra - extra // 2)
    synthetic_build = build(synthetic)
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=os.fspath(CHROMIUM),
                                                 args=CHROMIUM_ARGS, headless=True)
            for name, folder, seconds in (("real site", real, real_build),
                                           ("synthetic site", synthetic, synthetic_build)):
                server, url = serve(folder / "site")
                try:
                    report(name, folder / "site", url, browser, args.runs, seconds)
                finally:
                    server.shutdown()
                    server.server_close()
            browser.close()
    finally:
        if not args.keep:
            shutil.rmtree(work)


if __name__ == "__main__":
    main()
