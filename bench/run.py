"""The benchmark: build, serve and search synthetic sites of N cases; print one table.

For each size: a copy of the project with N synthetic cases (and N/10
answers) is built twice in the same run, with our hooks (``mkdocs build``)
and as the floor (plain MkDocs + Material on the very Markdown our build
generated, ``bench/floor.py``); then ``mkdocs serve`` times an edit and a
no-op rebuild; the sizes of the site are measured; and from 1,000 cases on,
headless Chromium times the first search result with Material's index and
with Pagefind's (indexed here from the same site, as ``extra.search_engine:
pagefind`` does after a build). Nothing is asserted: the figures depend on
the machine and on what else runs on it.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from . import project, serve, sizes
from .table import render

ROOT = Path(__file__).resolve().parents[1]
OURS = "hooks/"  # event origins of our hooks in the timing report


@dataclass
class Build:
    wall: float
    cpu: float  # user + system seconds of the build process
    peak_mb: float
    events: dict[str, float]

    @property
    def hooks(self) -> float:
        return sum(v for k, v in self.events.items() if k.startswith(OURS))


@dataclass
class Size:
    cases: int
    answers: int
    pages: int = 0
    ours: Build | None = None
    floor: Build | None = None
    served: serve.ServeTimes | None = None
    served_dirty: serve.ServeTimes | None = None  # mkdocs serve --dirty
    index: dict = field(default_factory=dict)  # lang -> sizes.Index
    site_mb: float = 0.0
    case_page_kb: float = 0.0
    search: dict = field(default_factory=dict)  # (engine, lang) -> browser.Probe
    seconds: float = 0.0


def _env() -> dict:
    """The children's environment. The site is published at the root of a host, as
    ``make serve`` serves it: ``mkdocs serve`` mounts the site at site_url's path."""
    return {**os.environ, "NO_MKDOCS_2_WARNING": "1", "SITE_URL": "http://127.0.0.1/",
            "PYTHONPATH": os.pathsep.join(filter(None, [os.fspath(ROOT),
                                                        os.environ.get("PYTHONPATH")]))}


def build(folder: Path, kind: str) -> Build:
    """Run bench.timing in a child process; it reports its CPU time and peak memory."""
    report = folder / f"timing-{kind}.json"
    started = time.perf_counter()
    child = subprocess.run([sys.executable, "-m", "bench.timing", kind, os.fspath(folder),
                            os.fspath(report)], cwd=folder, env=_env(), stdout=subprocess.DEVNULL,
                           stderr=subprocess.PIPE, text=True)
    wall = time.perf_counter() - started
    if child.returncode != 0:
        raise RuntimeError(f"{kind} build failed in {folder}:\n{child.stderr[-3000:]}")
    data = json.loads(report.read_text(encoding="utf-8"))
    return Build(wall, data["cpu"], data["peak_mb"], data["events"])


def measure(work: Path, cases: int, browser: bool, with_serve: bool, log) -> Size:
    """One size. The full build with our hooks is ``mkdocs serve``'s first build (the same
    ``build`` call as ``mkdocs build``; one build less, which the 10,000-case size needs),
    or ``mkdocs build`` with ``--no-serve``."""
    started = time.perf_counter()
    folder = work / f"n{cases}"
    size = Size(*project.make(folder, cases))
    if with_serve:
        log(f"{cases} cases: mkdocs serve, first build")
        session = serve.Session(folder, _env())
        try:
            first = session.first
            size.ours = Build(session.first_build_s, first["cpu"], first["peak_mb"],
                              first["events"])
            _look(size, session.site, browser, log)
            log(f"{cases} cases: mkdocs serve, a no-op rebuild and an edit")
            size.served = session.rebuilds()
        finally:
            session.close()
        log(f"{cases} cases: mkdocs serve --dirty, first build, a no-op rebuild and an edit")
        session = serve.Session(folder, _env(), dirty=True)
        try:
            size.served_dirty = session.rebuilds()
        finally:
            session.close()
    else:
        log(f"{cases} cases: building with our hooks")
        size.ours = build(folder, "site")
        _look(size, folder / "site", browser, log)
    log(f"{cases} cases: building the floor (plain MkDocs + Material)")
    size.floor = build(folder, "floor")
    shutil.rmtree(folder)
    size.seconds = time.perf_counter() - started
    return size


def _look(size: Size, site: Path, browser: bool, log) -> None:
    """Sizes of the built site, and its search in Chromium."""
    size.pages = len(sizes.site_pages(site)) + len(sizes.site_pages(site / "en", ()))
    size.index = {"zh": sizes.index(site), "en": sizes.index(site / "en", ())}
    size.site_mb = sizes.folder_size(site) / 1e6
    case_page = site / "cases" / "synthetic-case-00001" / "index.html"
    size.case_page_kb = case_page.stat().st_size / 1e3
    if browser:
        log(f"{size.cases} cases: first search results in Chromium")
        size.search = _search(site)


def _search(site: Path) -> dict:
    from . import browser

    out = {}
    try:
        session = browser.Session(site)
    except RuntimeError as exc:  # no Chromium: the other figures still stand
        print(f"search not timed: {exc}", file=sys.stderr)
        return out
    try:
        for lang in ("zh", "en"):
            out[("material", lang)] = session.material(lang)
        browser.index_pagefind(site)
        for lang in ("zh", "en"):
            out[("pagefind", lang)] = session.pagefind(lang)
    finally:
        session.close()
    return out


def _plain(size: Size) -> dict:
    out = dataclasses.asdict(size)
    out["search"] = {f"{engine} {lang}": dataclasses.asdict(probe)
                     for (engine, lang), probe in size.search.items()}
    return out


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="100,1000,10000",
                        help="numbers of synthetic cases, comma-separated")
    parser.add_argument("--browser-from", type=int, default=1000,
                        help="time search in Chromium from this many cases on")
    parser.add_argument("--no-serve", action="store_true", help="skip the mkdocs serve figures")
    parser.add_argument("--work", type=Path, help="work folder (default: a temporary one)")
    parser.add_argument("--json", type=Path, help="also write every figure here, with the "
                        "time of each plugin and hook")
    args = parser.parse_args(argv)
    work = args.work or Path(tempfile.mkdtemp(prefix="lawguide-bench-"))
    started = time.perf_counter()

    def log(message: str) -> None:
        print(f"[{time.perf_counter() - started:6.0f} s] {message}", file=sys.stderr, flush=True)

    results = []
    try:
        for cases in (int(n) for n in args.sizes.split(",")):
            results.append(measure(work, cases, cases >= args.browser_from, not args.no_serve,
                                   log))
            print(render(results), flush=True)
            if args.json:
                args.json.write_text(json.dumps([_plain(r) for r in results], indent=1,
                                                default=str), encoding="utf-8")
    finally:
        if not args.work:
            shutil.rmtree(work, ignore_errors=True)
    log(f"done in {time.perf_counter() - started:.0f} s")
