"""The bad-input corpus (tests/bad_inputs/): careless and hostile files, each refused exactly.

Each file gets its exact messages and exit code 1 from `lawguide validate`; all of them at once
in a real process give no traceback and finish in bounded time; and a site build with them
stops before writing anything, so the site that was there stays as it was.
"""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from conftest import ROOT, SITE_PARTS, mkdocs_build
from lawguide.cli import main
from lawguide.yamlsafe import MAX_FILE_BYTES

CORPUS = ROOT / "tests" / "bad_inputs"
EXPECTED: dict[str, list[str]] = yaml.safe_load((CORPUS / "expected.yml").read_text("utf-8"))


def corpus_files() -> list[str]:
    return sorted(p.relative_to(CORPUS).as_posix() for p in CORPUS.glob("*/*.yml"))


@pytest.fixture
def project(mini: Path) -> Path:
    """The mini fixture, made a project root for the command line."""
    assert (mini / "mkdocs.yml").is_file()  # the fixture carries the site's Markdown settings
    (mini / "schemas").mkdir()
    return mini


def test_every_file_has_its_expected_messages():
    assert corpus_files() == sorted(EXPECTED)
    assert len(EXPECTED) >= 40


@pytest.mark.parametrize("rel", sorted(EXPECTED))
def test_bad_input_is_refused_with_its_exact_message(project, rel, monkeypatch, capsys):
    shutil.copy(CORPUS / rel, project / rel)
    monkeypatch.chdir(project)
    assert main(["validate", rel]) == 1
    out, err = capsys.readouterr()
    assert err.splitlines() == EXPECTED[rel] + [f"{len(EXPECTED[rel])} problem(s)"]
    assert out == ""


def test_oversized_file(project, monkeypatch, capsys):
    big = project / "cases" / "oversized.yml"
    big.write_text("id: oversized\nfacts:\n  zh: |\n" + "    催收。\n" * 30000, encoding="utf-8")
    size = big.stat().st_size
    assert size > MAX_FILE_BYTES
    monkeypatch.chdir(project)
    assert main(["validate", "cases/oversized.yml"]) == 1
    assert capsys.readouterr().err.splitlines() == [
        f"cases/oversized.yml: file is {size:,} bytes, more than the 262,144 allowed (split it "
        "or shorten the texts)", "1 problem(s)"]


def test_whole_corpus_at_once_in_a_real_process(project):
    for rel in EXPECTED:
        shutil.copy(CORPUS / rel, project / rel)
    result = subprocess.run([sys.executable, "-m", "lawguide.cli", "validate"], cwd=project,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    lines = sorted(line for lines in EXPECTED.values() for line in lines)
    assert result.stderr.splitlines() == lines + [f"{len(lines)} problem(s)"]


# Messages that list what the project has (articles, laws) differ in the full project.
PROJECT_SPECIFIC = (" (the civil-code excerpt has", " (known laws:", " (have:")


@pytest.mark.site
def test_build_with_the_corpus_stops_and_keeps_the_old_site(tmp_path, built_site):
    # A project just built with --strict: a copy of the shared build's project folder, with
    # its site, its generated pages and its build/ folder, as the first build left them.
    # Only what a build reads and leaves: other tests may add folders of their own there.
    project, built = tmp_path / "project", built_site.parent
    keep = {*SITE_PARTS, "site", "build"}
    shutil.copytree(built, project, symlinks=True, ignore=lambda folder, names: [
        name for name in names if Path(folder) == built and name not in keep])
    home = project / "site" / "index.html"
    before = home.read_bytes()
    for rel in EXPECTED:
        shutil.copy(CORPUS / rel, project / rel)
    second = mkdocs_build(project, "--strict")
    output = second.stdout + second.stderr
    assert second.returncode != 0
    assert "Traceback" not in output
    assert "content problems, the site was not built" in output
    for lines in EXPECTED.values():
        for line in lines:
            for cut in PROJECT_SPECIFIC:
                line = line.split(cut)[0]
            assert line in output
    assert home.read_bytes() == before
    assert not (project / "site" / "cases" / "html-script").exists()
