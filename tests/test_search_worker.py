"""The pinned fix of Material's search worker: applied to 9.8.1 only, loud otherwise."""

import hashlib
import os
import re

import pytest
from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.exceptions import Abort

from conftest import copy_project
from lawguide.search import worker


@pytest.fixture(autouse=True)
def fresh_patch():
    worker.patched.cache_clear()
    yield
    worker.patched.cache_clear()


def released() -> str:
    return (worker.material_root() / "templates" / worker.WORKERS / worker.FILE).read_text("utf-8")


def test_each_replacement_hits_exactly_one_place_of_the_released_worker():
    text = released()
    for old, new in worker.REPLACEMENTS:
        assert text.count(old) == 1 and new not in text


def test_patched_worker_has_the_fixed_bounds_under_its_own_name():
    patched = worker.patched()
    text = patched.data.decode("utf-8")
    assert "for(let o=s+1;o<=t.length;o++)" in text and "a<t.length&&(i[s++]=a)" in text
    assert len(patched.data) == len(released().encode("utf-8")) - 1  # "<" to "<=", "-1" dropped
    digest = hashlib.sha256(patched.data).hexdigest()[:8]
    assert patched.name == f"search.a7633da7.lawguide-{digest}.min.js"


def test_page_configuration_points_to_the_patched_worker():
    config = '{"search": "../assets/javascripts/workers/search.a7633da7.min.js", "tags": null}'
    assert worker.use_patched(config) == (
        '{"search": "../assets/javascripts/workers/' + worker.patched().name + '", "tags": null}')
    with pytest.raises(worker.WorkerPatchError, match=re.escape(
            "names assets/javascripts/workers/search.a7633da7.min.js 0 times, expected once")):
        worker.use_patched('{"search": "assets/javascripts/workers/search.0000.min.js"}')


def test_another_release_is_refused(monkeypatch):
    monkeypatch.setattr(worker.metadata, "version", lambda name: "9.9.0")
    with pytest.raises(worker.WorkerPatchError) as error:
        worker.patched()
    assert str(error.value).startswith(
        "search worker patch: mkdocs-material 9.9.0 is installed, but the patch is for 9.8.1 "
        "only. Pin mkdocs-material==9.8.1 in requirements.txt")


def test_a_changed_worker_file_is_refused(monkeypatch, tmp_path):
    fake = tmp_path / "material"
    target = fake / "templates" / worker.WORKERS / worker.FILE
    target.parent.mkdir(parents=True)
    # Even a release that fixed the bug itself must be looked at before the patch goes.
    target.write_text(released().replace(*worker.REPLACEMENTS[0]), encoding="utf-8")
    monkeypatch.setattr(worker, "material_root", lambda: fake)
    with pytest.raises(worker.WorkerPatchError, match=re.escape(str(target))
                       + f" has SHA-256 [0-9a-f]{{64}}, expected {worker.SHA256}"):
        worker.patched()
    os.remove(target)
    with pytest.raises(worker.WorkerPatchError, match=re.escape(f"{target} is missing")):
        worker.patched()


def test_the_build_stops_before_writing_anything_when_the_release_changed(monkeypatch, tmp_path):
    project = copy_project(tmp_path / "project")
    monkeypatch.setattr(worker.metadata, "version", lambda name: "9.9.0")
    monkeypatch.setenv("NO_MKDOCS_2_WARNING", "1")
    config = load_config(os.fspath(project / "mkdocs.yml"))
    with pytest.raises(Abort, match=re.escape(
            "mkdocs-material 9.9.0 is installed, but the patch is for 9.8.1 only")):
        build(config)
    assert not (project / "site").exists() and not (project / "build").exists()
