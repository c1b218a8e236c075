"""Shared fixtures: the project root, a copy of the mini fixture project, site builds."""

from __future__ import annotations

import contextlib
import fcntl
import functools
import os
import pickle
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import pytest
from hypothesis import settings

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures"
# What a site build needs from the project (generated pages are made by the build).
SITE_PARTS = ("mkdocs.yml", "mkdocs.en.yml", "hooks", "schemas", "data", "docs", "overrides",
              "law-texts", "statutes", "cases", "faq")


# Hypothesis: 50 examples per property by default; HYPOTHESIS_PROFILE=thorough runs 150, the
# count the property tests had before the suite had to fit in 4 minutes. (Tests that set
# their own max_examples keep it.)
settings.register_profile("quick", max_examples=50, deadline=None)
settings.register_profile("thorough", max_examples=150, deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "quick"))


# The site's own data files the mini project uses as they are (no links in the repository:
# content folders refuse them).
SHARED_DATA = ("conduct-tags.yml", "ui.yml")
T = TypeVar("T")


# Tests that make a site of their own (half a minute or more each on 2 cores) run first,
# longest first, so that with pytest-xdist they overlap the rest instead of trailing after it.
OWN_BUILDS = ("test_serve.py", "test_citations_site.py", "test_pagefind.py",
              "test_contrib_sanitize.py")


def pytest_collection_modifyitems(items):
    def rank(item) -> int:
        name = item.path.name
        return OWN_BUILDS.index(name) if name in OWN_BUILDS else len(OWN_BUILDS)

    items.sort(key=rank)  # stable: the rest keep their order


@functools.cache
def real_content():
    """``loader.load(ROOT)``: the real content and its problems, loaded once per process for
    the tests that read it (a second or so each time). Frozen objects: read them, never
    change them; a test that needs changed content loads a copy of its own."""
    from lawguide import loader

    return loader.load(ROOT)


def copy_mini(target: Path) -> Path:
    """tests/fixtures/mini at ``target``, with the real data/ strings and conduct tags."""
    shutil.copytree(FIXTURES / "mini", target)
    for name in SHARED_DATA:
        shutil.copy2(ROOT / "data" / name, target / "data" / name)
    return target


@pytest.fixture
def mini(tmp_path: Path) -> Path:
    """A writable copy of the mini project."""
    return copy_mini(tmp_path / "mini")


def copy_project(target: Path) -> Path:
    target.mkdir(parents=True, exist_ok=True)
    for part in SITE_PARTS:
        source = ROOT / part
        if source.is_dir():
            shutil.copytree(source, target / part, ignore=shutil.ignore_patterns(
                "__pycache__", "cases", "faq", "laws") if part == "docs" else
                shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(source, target / part)
    return target


def mkdocs_build(project: Path, *args: str, site_url: str | None = None
                 ) -> subprocess.CompletedProcess:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    if site_url:
        env["SITE_URL"] = site_url
    return subprocess.run([sys.executable, "-m", "mkdocs", "build", *args], cwd=project,
                          env=env, capture_output=True, text=True, timeout=900)


@contextlib.contextmanager
def _locked(path: Path):
    with path.open("w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def built_once(tmp_path_factory, name: str, make: Callable[[Path], T]) -> T:
    """``make(folder)`` once per test run, its result shared.

    A site build is the costliest step of the suite. Alone, this is a session fixture's
    body. Under pytest-xdist each worker has its own session: the first worker to need
    ``name`` makes it in the run's shared temporary folder while the others wait on a lock,
    then all read the same folder and the same (pickled) result.
    """
    if "PYTEST_XDIST_WORKER" not in os.environ:
        return make(tmp_path_factory.mktemp(name))
    shared = tmp_path_factory.getbasetemp().parent  # common to the workers of one run
    done = shared / f"{name}.pickle"
    with _locked(shared / f"{name}.lock"):
        if not done.exists():
            try:
                outcome = ("ok", make(shared / name))
            except BaseException as error:  # the other workers report it too, not rebuild
                outcome = ("failed", f"{type(error).__name__}: {error}")
                done.write_bytes(pickle.dumps(outcome))
                raise
            done.write_bytes(pickle.dumps(outcome))
    status, value = pickle.loads(done.read_bytes())
    if status != "ok":
        pytest.fail(f"making {name} failed in another worker: {value}", pytrace=False)
    return value


# A hand-written page that cites an article the site does not excerpt (line 6): --strict
# stops on it (test_citations_site.py); without it, it is a warning (test_serve.py).
UNRESOLVED_PAGE = "---\nreviewed: 2026-11-28\n---\n# Bad\n\n见《民法典》第9999条。\n"


# The address the real site is built for in tests: a sub-path, as on GitHub Pages, so the one
# build serves the tests of addresses (test_web_site.py: everything stays inside /guide/)
# and the browser tests, which serve it at /guide/ of 127.0.0.1 (the 404 page's links are
# absolute from the published path).
SITE = "https://example.org/guide/"


def _make_real_site(folder: Path) -> Path:
    project = copy_project(folder)
    result = mkdocs_build(project, "--strict", site_url=SITE)
    assert result.returncode == 0, result.stdout + result.stderr
    return project / "site"


@pytest.fixture(scope="session")
def built_site(tmp_path_factory) -> Path:
    """The real site, built once with --strict from a copy of the project, for ``SITE``.

    Shared by every test that reads the real site (and by the workers of pytest-xdist):
    read it, never change it; a test that needs a changed site changes a copy.
    """
    return built_once(tmp_path_factory, "project", _make_real_site)


def _make_variant(folder: Path):
    import variant

    made = variant.prepare(copy_project(folder))
    result = mkdocs_build(made.project, "--strict")
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    return made


@pytest.fixture(scope="session")
def variant_site(tmp_path_factory):
    """The real project plus what several tests add to it (tests/variant.py), built once
    with --strict; a ``variant.Variant`` (its project folder, its site, the contributor's
    steps). Read it, never change it."""
    return built_once(tmp_path_factory, "variant", _make_variant)
