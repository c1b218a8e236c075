"""The benchmark's synthetic corpus is valid content with real citations, and reproducible."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench import corpus
from conftest import ROOT, copy_project
from lawguide.citations import Catalogue, scan
from lawguide.compile import compile_site


@pytest.fixture(scope="module")
def generated(tmp_path_factory):
    """A copy of the project with 15 synthetic cases and 3 answers, compiled once (the
    compile checks everything first and raises on any problem); read it, never change it."""
    root = copy_project(tmp_path_factory.mktemp("corpus") / "p")
    made = corpus.generate(root, 15, 3)
    return root, made, compile_site(root)


def test_synthetic_cases_and_answers_load_without_problems(generated):
    _, made, result = generated  # compile_site raised if the check found any problem
    real_cases = len(list((ROOT / "cases").glob("*.yml")))

    assert made == (15, 3)

    content = result.content
    assert len(content.cases) == real_cases + 15
    assert {corpus.answer_id(i) for i in (1, 2, 3)} <= set(content.answers)
    assert result.dangling == []  # every citation written into the prose resolves


def test_every_synthetic_case_cites_its_statutes_in_both_languages(generated):
    content = generated[2].content
    catalogue = Catalogue.from_content(content)
    for i in range(1, 16):
        case = content.cases[corpus.case_id(i)]
        for lang in ("zh", "en"):
            cited = {c.ref for c in scan(case.analysis[lang], catalogue)[0]}
            assert set(case.statutes) <= cited, (case.id, lang)


def test_same_seed_same_files_and_another_seed_other_files(tmp_path):
    def files(folder: Path, seed: int) -> dict[str, str]:
        root = copy_project(folder)
        corpus.generate(root, 6, 2, seed=seed)
        return {p.name: p.read_text(encoding="utf-8")
                for p in sorted((root / "cases").glob("synthetic-*.yml"))}

    first, again, other = files(tmp_path / "a", 7), files(tmp_path / "b", 7), files(tmp_path / "c", 8)
    assert first == again
    assert first != other
    assert len(first) == 6


def test_answers_scale_with_cases():
    assert corpus.answers_for(10_000) == 1_000
    assert corpus.answers_for(5) == 2
