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
