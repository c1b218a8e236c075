"""Property: whatever bytes or YAML a contributor sends, validation answers with problems,
never with a traceback."""

import itertools
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import FIXTURES, copy_mini
from lawguide import loader
from lawguide.errors import Problem

_names = itertools.count()
scalars = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True),
                    st.text(max_size=40), st.dates().map(str))
keys = st.one_of(st.sampled_from(["id", "kind", "title", "summary", "zh", "en", "audience",
                                  "conduct", "facts", "lessons", "debtor", "statutes",
                                  "anonymised", "reviewed", "answers", "court", "decided"]),
                 st.text(max_size=10))
documents = st.recursive(scalars, lambda inner: st.one_of(
    st.lists(inner, max_size=5), st.dictionaries(keys, inner, max_size=6)), max_leaves=30)

VALID_CASE = yaml.safe_load((FIXTURES / "mini" / "cases" / "night-calls.yml").read_text("utf-8"))


@pytest.fixture(scope="module")
def root(tmp_path_factory) -> Path:
    return copy_mini(tmp_path_factory.mktemp("property") / "mini")


# What one process keeps of the project between loads (compiled schemas, the Markdown
# renderer, each unchanged file's result), as under `mkdocs serve`: one for the one-file
# pass, another for the whole-project pass, so that neither reuses what the other found
# about the new file (a new name each time: no example reuses an earlier one's either).
PROJECTS: dict[Path, tuple[loader.Project, loader.Project]] = {}


def check(root: Path, raw: bytes, kind: str = "case") -> list[Problem]:
    """Write ``raw`` as a new file (a new name each time: the loader caches by path), load it
    alone and with the project, and check what a contributor is told about it."""
    alone, whole = PROJECTS.setdefault(root, (loader.Project(root), loader.Project(root)))
    rel = f"{loader.FOLDERS[kind]}/p{next(_names)}.yml"
    path = root / rel
    path.write_bytes(raw)
    try:
        obj, problems, _ = loader.load_file(kind, path, alone)
        content, everything = loader.load(root, whole)  # cross-file checks see the file too
    finally:
        path.unlink()
    # Refused if and only if told why: no silent drop, no object built from a file with problems.
    assert (obj is None) == bool(problems), (obj, problems)
    lines = raw.count(b"\n") + 1
    for problem in problems:
        # Each problem points into this file, at a line it has, and says something.
        assert problem.path == rel, problem
        assert 0 <= problem.line <= lines, (problem, lines)
        assert problem.message.strip(), problem
    # The whole-project pass reports what the one-file pass found, and nothing about the
    # other files (the mini project is clean): validating one file and all agree.
    assert set(problems) <= set(everything), (problems, everything)
    assert all(p.path == rel or rel in p.message for p in everything), everything
    loaded = [*content.cases.values(), *content.answers.values(), *content.statutes.values()]
    if not everything:  # accepted: the file is part of the content
        assert any(o.source.path == rel for o in loaded)
    if problems:  # refused: it is left out of the content
        assert all(o.source.path != rel for o in loaded)
    return problems


# Examples per property: the Hypothesis profile (conftest: 50, or 150 when thorough).
SETTINGS = settings(deadline=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture])


@SETTINGS
@given(raw=st.binary(max_size=400))
def test_random_bytes_never_raise(root, raw):
    check(root, raw)


@SETTINGS
@given(doc=documents, kind=st.sampled_from(["case", "answer", "statute"]))
def test_random_yaml_never_raises(root, doc, kind):
    check(root, yaml.safe_dump(doc, allow_unicode=True).encode(), kind)


@SETTINGS
@given(field=st.sampled_from(sorted(VALID_CASE)), value=documents)
def test_a_valid_case_with_one_field_replaced_never_raises(root, field, value):
    """Near-valid input reaches the model and the cross-file checks: the riskiest path."""
    case = {**VALID_CASE, field: value}
    check(root, yaml.safe_dump(case, allow_unicode=True).encode())


@SETTINGS
@given(text=st.text(max_size=300))
def test_any_text_in_a_markdown_field_never_raises(root, text):
    case = {**VALID_CASE, "facts": {"zh": text, "en": "Facts."}}
    check(root, yaml.safe_dump(case, allow_unicode=True).encode())
