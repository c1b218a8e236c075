"""The glossary data (linking its terms: tests/test_extension.py)."""

from pathlib import Path

from lawguide import loader


def test_duplicate_term_is_reported(mini):
    glossary = Path(__file__).resolve().parents[1] / "data" / "glossary.yml"
    text = glossary.read_text(encoding="utf-8")
    (mini / "data" / "glossary.yml").unlink()
    first = text.split("\n  - term:")[1]
    (mini / "data" / "glossary.yml").write_text(text + "\n  - term:" + first, encoding="utf-8")
    problems = [str(p) for p in loader.load(mini)[1]]
    count = text.count("\n  - term:")
    assert problems == [f"data/glossary.yml:{text.count(chr(10)) + 2}: field "
                        f"'terms[{count}].term.en': the term is already defined at line 7"]
