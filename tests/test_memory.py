"""What one process remembers between builds (lawguide.memory): reused while its inputs are
unchanged, forgotten when they change, as `mkdocs serve` needs."""

import shutil

from conftest import ROOT
from lawguide import pipeline
from lawguide import schema as schema_module
from lawguide.memory import Memory


def test_a_schema_edit_takes_effect_on_the_next_check(mini, monkeypatch):
    shutil.copytree(ROOT / "schemas", mini / "schemas")
    monkeypatch.setattr(schema_module, "SCHEMA_DIR", mini / "schemas")
    memory = Memory()
    assert pipeline.check(mini, memory).problems == []
    assert pipeline.check(mini, memory) is pipeline.check(mini, memory)  # nothing changed
    schema = mini / "schemas" / "case.schema.json"
    text = schema.read_text(encoding="utf-8")
    schema.write_text(text.replace('"required": ["id", ', '"required": ["court", "id", ', 1),
                      encoding="utf-8")
    problems = [str(p) for p in pipeline.check(mini, memory).problems]
    assert problems and all("court" in p and p.startswith("cases/") for p in problems), problems


def test_an_edited_file_is_read_again_and_the_others_are_not(mini):
    memory = Memory()
    pipeline.check(mini, memory)
    before = dict(memory.files)
    case = next((mini / "cases").glob("*.yml"))
    case.write_text(case.read_text(encoding="utf-8").replace("zh: ", "zh: 改", 1),
                    encoding="utf-8")
    pipeline.check(mini, memory)
    changed = {key[1].name for key in before if memory.files[key] is not before[key]}
    assert changed == {case.name}


def test_an_edited_data_file_is_read_again_and_its_new_text_is_used(mini):
    memory = Memory()
    first = pipeline.check(mini, memory)
    before = dict(memory.files)
    assert ("ui", mini / "data" / "ui.yml") in before  # data files are remembered too
    ui = mini / "data" / "ui.yml"
    key = next(iter(first.strings))
    text = ui.read_text(encoding="utf-8")
    old = first.strings[key].zh
    ui.write_text(text.replace(f"zh: {old}", f"zh: {old}改", 1), encoding="utf-8")
    again = pipeline.check(mini, memory)
    assert again.strings[key].zh == old + "改"
    changed = {key[1].name for key in before if memory.files[key] is not before[key]}
    assert changed == {"ui.yml"}


def test_a_statute_edit_reaches_the_citations_of_unchanged_entries(mini):
    """What an unchanged case cites is resolved again when a statute changes: an article
    taken out of the excerpts leaves the case's prose citation of it dangling, as a fresh
    check finds."""
    case = mini / "cases" / "night-calls.yml"
    case.write_text(case.read_text(encoding="utf-8").replace(
        "可能侵扰私人生活安宁。", "可能侵扰私人生活安宁，参见《民法典》第一千零二十四条。"),
        encoding="utf-8")
    memory = Memory()
    first = pipeline.check(mini, memory)
    assert first.problems == first.dangling == []
    assert "civil-code/1024" in first.graph.cited_by
    statute = mini / "statutes" / "civil-code.yml"
    text = statute.read_text(encoding="utf-8")
    start = text.index('  - number: "1024"')
    end = text.index('  - number: "1032"')
    statute.write_text(text[:start] + text[end:], encoding="utf-8")
    fresh, again = pipeline.check(mini), pipeline.check(mini, memory)
    assert [str(p) for p in fresh.dangling] == [
        "cases/night-calls.yml:12: field 'analysis.zh': citation '《民法典》第一千零二十四条': unknown "
        "article 'civil-code/1024' (the civil-code excerpt has 1032); cite an excerpted "
        "article or excerpt this one first"]
    assert [str(p) for p in again.dangling] == [str(p) for p in fresh.dangling]
    assert "civil-code/1024" not in again.graph.cited_by


def test_an_edited_page_is_checked_again_and_the_others_are_not(mini):
    for lang in ("zh", "en"):
        (mini / "docs" / lang).mkdir(parents=True)
        (mini / "docs" / lang / "guide.md").write_text(
            "---\nreviewed: 2026-12-01\n---\n# Guide\n\nKeep the call log.\n", encoding="utf-8")
    memory = Memory()
    assert pipeline.check(mini, memory).problems == []
    before = {key: value for key, value in memory.files.items() if key[0] == "page"}
    assert len(before) == 2
    edited = mini / "docs" / "en" / "guide.md"
    edited.write_text(edited.read_text(encoding="utf-8") + "\nCall me on 13812345678.\n",
                      encoding="utf-8")
    problems = [str(p) for p in pipeline.check(mini, memory).problems]
    assert len(problems) == 1 and problems[0].startswith("docs/en/guide.md:4:"), problems
    changed = {key[1] for key in before if memory.files[key] is not before[key]}
    assert changed == {edited}
