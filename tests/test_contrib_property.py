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


def check(root: Path, raw: bytes, kind: str = "case") -> list[Problem]:
    """Write ``raw`` as a new file (a new name each time: the loader caches by path)."""
    path = root / loader.FOLDERS[kind] / f"p{next(_names)}.yml"
    path.write_bytes(raw)
    try:
        _, problems, _ = loader.load_file(kind, path, loader.Project(root))
        _, cross = loader.load(root)  # cross-file checks see the file too
    finally:
        path.unlink()
    for problem in problems + cross:
        assert isinstance(problem, Problem) and str(problem).startswith(problem.path)
    return problems


SETTINGS = settings(max_examples=150, deadline=None,
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
