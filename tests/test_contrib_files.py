"""Files that are not what they seem: links, devices, unknown names, pages with HTML or
personal data, data files out of shape. Each is refused with its path and what to do, by
`lawguide validate` and the build alike, and nothing of the build machine is ever read."""

import os
import shutil
import subprocess
from pathlib import Path

import pytest

import variant
from conftest import ROOT, copy_mini, copy_project, mkdocs_build
from lawguide import pipeline
from lawguide.cli import main


@pytest.fixture
def project(tmp_path: Path) -> Path:
    root = copy_mini(tmp_path / "mini")
    (root / "schemas").mkdir()
    (root / "docs" / "zh").mkdir(parents=True)
    (root / "docs" / "en").mkdir(parents=True)
    return root


def validate(root: Path, monkeypatch, capsys) -> list[str]:
    monkeypatch.chdir(root)
    code = main(["validate"])
    err = capsys.readouterr().err.splitlines()
    assert code == (1 if err else 0), err
    return err[:-1]


SECRET = "root:x:0:0:secret-of-the-build-machine"

LINK = ("is a symbolic link; links are not followed here (they could publish files of the "
        "machine that builds the site): commit the file itself")


def test_a_linked_case_is_refused_without_reading_it(project, tmp_path, monkeypatch, capsys):
    outside = tmp_path / "passwd.yml"
    outside.write_text(f"id: x\ntitle: {SECRET}\n", encoding="utf-8")
    (project / "cases" / "linked.yml").symlink_to(outside)
    lines = validate(project, monkeypatch, capsys)
    assert lines == [f"cases/linked.yml: {LINK}"]
    assert SECRET not in "\n".join(lines)


@pytest.mark.parametrize("target", ["/dev/zero", "loop"])
def test_links_to_devices_and_loops(project, monkeypatch, capsys, target):
    link = project / "faq" / "bad.yml"
    if target == "loop":
        (project / "faq" / "loop.yml").symlink_to(project / "faq" / "bad.yml")
        link.symlink_to(project / "faq" / "loop.yml")
    else:
        link.symlink_to(target)
    lines = validate(project, monkeypatch, capsys)
    assert f"faq/bad.yml: {LINK}" in lines and all("Traceback" not in x for x in lines)


def test_a_fifo_in_a_content_folder(project, monkeypatch, capsys):
    os.mkfifo(project / "cases" / "pipe.yml")
    assert validate(project, monkeypatch, capsys) == [
        "cases/pipe.yml: is not a regular file (a device, pipe or socket); delete it"]


def test_unknown_files_in_content_folders_are_named(project, monkeypatch, capsys):
    shutil.copy(project / "cases" / "night-calls.yml", project / "cases" / "late.yaml")
    (project / "faq" / "notes.txt").write_text("x", encoding="utf-8")
    (project / "statutes" / "old").mkdir()
    assert validate(project, monkeypatch, capsys) == [
        "cases/late.yaml: is never read: content files end in .yml; rename it to late.yml",
        "faq/notes.txt: is not a content file: faq/ holds only <id>.yml files; move or delete it",
        "statutes/old: sub-folders of statutes/ are not read; move the files into statutes/ itself",
    ]


def test_static_files_and_links_under_docs(project, tmp_path, monkeypatch, capsys):
    (project / "docs" / "zh" / "x.svg").write_text("<svg onload=alert(1)>", encoding="utf-8")
    (project / "docs" / "en" / "page.html").write_text("<script>1</script>", encoding="utf-8")
    (tmp_path / "secret.md").write_text(SECRET, encoding="utf-8")
    (project / "docs" / "en" / "secret.md").symlink_to(tmp_path / "secret.md")
    lines = validate(project, monkeypatch, capsys)
    moved = ("only pages (.md) belong in docs/; the site's own static files live in "
             "overrides/assets/ (delete it, or move it there with a review)")
    assert lines == [f"docs/en/page.html: {moved}", f"docs/en/secret.md: {LINK}",
                     f"docs/zh/x.svg: {moved}"]
    assert SECRET not in "\n".join(lines)


def test_hand_written_pages_get_the_checks_of_contributed_text(project, monkeypatch, capsys):
    docs = project / "docs"
    (docs / "en" / "about.md").write_text(
        "---\nreviewed: 2026-11-01\n---\n# About\n\nHello<script>alert(1)</script>\n\n"
        "Write to 138 1234 5678.\n", encoding="utf-8")
    (docs / "zh" / "about.md").write_bytes("# 关于\n\n催收".encode("gbk"))
    (docs / "zh" / "ok.md").write_text("# 标题\n\n!!! note\n    提示\n", encoding="utf-8")
    assert validate(project, monkeypatch, capsys) == [
        "docs/en/about.md:4: contains a <script> tag (<script>alert(1)</script> Write to 138 …): a script "
        "would run in readers' browsers; delete it",
        'docs/en/about.md:4: contains a mainland mobile number (in "rite to 138****5678."); '
        "published pages must not identify anyone: delete it, or write it masked as 138****5678",
        "docs/zh/about.md:1: file is not valid UTF-8 (byte 0xb9); save it as UTF-8",
    ]


@pytest.mark.parametrize(("name", "text", "message"), [
    ("ui.yml", "notice: {zh: 说明, en: '<img src=x onerror=alert(1)>'}\n",
     "data/ui.yml:1: field 'notice.en': contains an HTML tag with an event handler (onerror= in "
     "<img src=x onerror=alert(1)>), which would run script in readers' browsers; delete the "
     "tag or attribute list"),
    ("ui.yml", "notice: [a, b]\n", "data/ui.yml:1: field 'notice': expected a mapping (key: value), got a list"),
    ("ui.yml", "notice: {zh: 说明, en: Notice, fr: Avis}\n",
     "data/ui.yml:1: field 'notice.fr': unknown key (allowed here: en, zh)"),
    ("conduct-tags.yml", "Late Calls: {zh: 深夜来电, en: Late calls}\n",
     "data/conduct-tags.yml:1: 'Late Calls' has the wrong form: A conduct tag listed in "
     "data/conduct-tags.yml, e.g. late-night-calls."),
    ("glossary.yml", "reviewed: 2026-11-01\nterms:\n  - term: {zh: 逾期, en: 逾期}\n"
     "    definition: {zh: 没有按时还款。, en: Not paid on time.}\n",
     "data/glossary.yml:3: field 'terms[0].term.en': gives no anchor for the glossary page "
     "(it needs at least one Latin letter or digit); write the English term in words"),
])
def test_data_files_have_schemas_and_text_checks(project, monkeypatch, capsys, name, text, message):
    path = project / "data" / name
    if name == "ui.yml":  # keep the real strings, replace one
        lines = [x for x in path.read_text("utf-8").splitlines() if not x.startswith("notice:")]
        text = text + "\n".join(lines) + "\n"
    path.write_text(text, encoding="utf-8")
    found = validate(project, monkeypatch, capsys)
    assert message in found, found


def test_the_compile_step_clears_what_does_not_belong_in_generated_folders(variant_site):
    """variant.add_stray_files put them there before the variant site's --strict build."""
    root = variant_site.project
    stray = root / variant.STRAY
    assert not (stray / "x.html").exists() and not (stray / "sub").exists()
    assert not (stray / "link.md").is_symlink()
    assert not (root / "site" / "en" / "cases" / "x.html").exists()
    # the folder link was removed before the lists were written, not written through
    assert list(variant.outside(root).iterdir()) == []
    assert (stray / "by").is_dir() and not (stray / "by").is_symlink()
    assert (root / "site" / "en" / "cases" / "by" / "for-debtor" / "index.html").is_file()


def test_build_and_validate_refuse_a_linked_page_alike(tmp_path):
    root = copy_project(tmp_path / "p")
    (root / "docs" / "en" / "leak.md").symlink_to("/etc/hostname")
    assert [str(p) for p in pipeline.check(root).problems] == [f"docs/en/leak.md: {LINK}"]
    result = mkdocs_build(root, "--strict")
    assert result.returncode != 0
    assert f"docs/en/leak.md: {LINK}" in result.stdout + result.stderr
    assert not (root / "site" / "en" / "leak").exists()


def test_the_repository_holds_no_links_or_submodules():
    """CI checks the git modes too: a link committed anywhere is refused."""
    listing = subprocess.run(["git", "ls-files", "-s"], cwd=ROOT, capture_output=True,
                             text=True, check=True).stdout.splitlines()
    assert listing
    special = [line for line in listing if line.split()[0] in ("120000", "160000")]
    assert special == []
