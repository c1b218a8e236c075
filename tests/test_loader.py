"""Loading and validating content: each problem names file, line and field, all at once."""

from pathlib import Path

import pytest

from lawguide import loader
from lawguide.compile import compile_site
from lawguide.errors import ContentError


def problems(root: Path) -> list[str]:
    return [str(p) for p in sorted(loader.load(root)[1])]


def test_fixture_is_clean(mini):
    content, found = loader.load(mini)
    assert found == []
    assert set(content.cases) == {"night-calls"}
    assert content.resolve("civil-code/1032").label_zh == "第一千零三十二条"


BROKEN_CASE = """\
id: night-calls
kind: illustrative
title: {zh: 另一个深夜来电, en: Another night call}
summary:
  zh: 又一个。
audience: debtor
conduct: [late-night-calls]
facts: {zh: 事实。, en: Facts.}
analysis: {zh: 分析。, en: Analysis.}
remedies: {zh: 救济。, en: Remedies.}
lessons:
  debtor: {zh: 提示。, en: Lesson.}
  collector: {zh: 提示。, en: Lesson.}
statutes:
  - civil-code/1032
  - civil-code/9999
anonymised: true
reviewed: 2026-11-01
"""


def test_four_mistakes_four_errors(mini):
    """Wrong type, missing English, unknown article, duplicate id: four errors in one pass."""
    (mini / "cases" / "copy.yml").write_text(BROKEN_CASE, encoding="utf-8")
    assert problems(mini) == [
        "cases/copy.yml:1: field 'id': duplicate id 'night-calls', already used by "
        "cases/night-calls.yml; give this file its own id and name the file <id>.yml",
        "cases/copy.yml:4: field 'summary.en': missing English text (add an 'en:' line beside 'zh:')",
        "cases/copy.yml:6: field 'audience': expected a list, got text",
        "cases/copy.yml:16: field 'statutes[1]': unknown article 'civil-code/9999' "
        "(the civil-code excerpt has 1024, 1032); cite an excerpted article or excerpt this one "
        "first",
    ]
    with pytest.raises(ContentError):
        compile_site(mini)


def edit(root: Path, rel: str, old: str, new: str) -> None:
    path = root / rel
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {rel}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


MISTAKES = [
    ("statutes/civil-code.yml", "侵扰、泄露", "侵扰、披露",
     "statutes/civil-code.yml:30: field 'articles[1].text.zh[0]': differs from "
     "law-texts/civil-code.md at character 27: official text reads '得以刺探、侵扰、泄露、公开等方式侵害他人'; "
     "copy the line verbatim"),
    ("statutes/civil-code.yml", "  - number: \"1032\"", "  - number: \"1033\"",
     "cases/night-calls.yml:20: field 'statutes[0]': unknown article 'civil-code/1032' (the "
     "civil-code excerpt has 1024, 1033); cite an excerpted article or excerpt this one first"),
    ("statutes/civil-code.yml", "        - Reputation is", "        - Extra line.\n        - Reputation is",
     "statutes/civil-code.yml:23: field 'articles[0].text.en': has 3 lines but text.zh has 2; "
     "give one English line per Chinese line"),
    ("statutes/civil-code.yml", "status: in-force", "status: valid",
     "statutes/civil-code.yml:11: field 'status': 'valid' is not allowed (use one of: in-force, "
     "superseded, repealed, not-yet-in-force)"),
    ("cases/night-calls.yml", "kind: illustrative", "kind: reported",
     "cases/night-calls.yml:2: field 'case_number': missing (add 'case_number:' here)"),
    ("cases/night-calls.yml", "anonymised: true", "anonymised: false",
     "cases/night-calls.yml:22: field 'anonymised': must be true: Set it to true once nothing in "
     "the case can identify a real person: no real names, phone, ID or bank card numbers, e-mail "
     "addresses, licence plates or addresses."),
    ("cases/night-calls.yml", "reviewed: 2026-11-01", "reviewed: 2026-02-30",
     "cases/night-calls.yml:23: field 'reviewed': '2026-02-30' is not a real date (write YYYY-MM-DD)"),
    ("cases/night-calls.yml", "reviewed: 2026-11-01", "reviewed: 2999-01-01",
     "cases/night-calls.yml:23: field 'reviewed': 2999-01-01 is in the future; give the date of "
     "the last review"),
    ("cases/night-calls.yml", "conduct: [late-night-calls]", "conduct: [midnight]",
     "cases/night-calls.yml:7: field 'conduct[0]': unknown id 'midnight' (no such entry in "
     "data/conduct-tags.yml)"),
    ("cases/night-calls.yml", "anonymised: true", "anonymised: true\nmood: angry",
     "cases/night-calls.yml:23: field 'mood': unknown key (allowed here: analysis, anonymised, "
     "answers, audience, case_number, conduct, court, decided, facts, id, kind, lessons, remedies, "
     "reviewed, statutes, steps, summary, title)"),
    ("cases/night-calls.yml", "statutes: [civil-code/1032]", "statutes: [pipl/13]",
     "cases/night-calls.yml:20: field 'statutes[0]': unknown law 'pipl' in 'pipl/13' "
     "(known laws: civil-code)"),
    ("cases/night-calls.yml", "id: night-calls", "id: night-call",
     "cases/night-calls.yml:2: field 'id': id 'night-call' does not match the file name; rename "
     "the file to night-call.yml or change the id"),
    ("faq/night.yml", "audience: [debtor, collector]", "audience: [debtor, lender]",
     "faq/night.yml:6: field 'audience[1]': 'lender' is not allowed (use one of: debtor, collector)"),
    ("faq/night.yml", "cases: [night-calls]", "cases: [day-calls]",
     "faq/night.yml:8: field 'cases[0]': unknown id 'day-calls' (no such entry in cases)"),
]


@pytest.mark.parametrize(("rel", "old", "new", "message"), MISTAKES,
                         ids=[m[3].split(": ")[1] + ":" + m[3].split("'")[1] for m in MISTAKES])
def test_each_mistake_is_named(mini, rel, old, new, message):
    """The first problem reported is the mistake itself; anything after it is a real consequence."""
    edit(mini, rel, old, new)
    found = problems(mini)
    assert found[0] == message
    assert len(found) == len(set(found))


def test_validate_command_exit_codes(mini, monkeypatch, capsys):
    from lawguide.cli import main

    assert (mini / "mkdocs.yml").is_file()  # the fixture carries the site's Markdown settings
    (mini / "schemas").mkdir()
    monkeypatch.chdir(mini)
    assert main(["validate"]) == 0
    assert "ok: 1 laws, 1 cases, 1 answers" in capsys.readouterr().out
    edit(mini, "faq/night.yml", "cases: [night-calls]", "cases: [day-calls]")
    assert main(["validate", "faq/night.yml"]) == 1
    err = capsys.readouterr().err
    assert "faq/night.yml:8: field 'cases[0]': unknown id 'day-calls'" in err
    assert main(["validate", "cases"]) == 0


def test_broken_content_writes_nothing(mini):
    compile_site(mini)
    page = mini / "docs" / "zh" / "cases" / "night-calls.md"
    before = page.read_text(encoding="utf-8")
    edit(mini, "cases/night-calls.yml", "title: {zh: 深夜来电", "title: {zh: 半夜来电")
    edit(mini, "faq/night.yml", "cases: [night-calls]", "cases: [day-calls]")
    with pytest.raises(ContentError):
        compile_site(mini)
    assert page.read_text(encoding="utf-8") == before


def test_compile_writes_only_changes_and_removes_stale(mini):
    first = compile_site(mini)
    # case, answer, law, 3 indexes, glossary; the case index's lists: 2 audiences, 1 tag
    assert len(first.written) == 2 * (1 + 1 + 1 + 4 + 3)
    again = compile_site(mini)
    assert again.written == [] and again.removed == []
    edit(mini, "cases/night-calls.yml", "facts:\n  zh: 催收员", "facts:\n  zh: 那个催收员")
    third = compile_site(mini)
    assert third.written == ["docs/zh/cases/night-calls.md"]
    (mini / "cases" / "night-calls.yml").unlink()
    edit(mini, "faq/night.yml", "cases: [night-calls]\n", "")
    fourth = compile_site(mini)
    assert "docs/zh/cases/night-calls.md" in fourth.removed
    assert "docs/en/cases/night-calls.md" in fourth.removed
    # the tag's list has no case left: its folder goes, the audiences' lists stay (empty)
    assert "docs/zh/cases/by/tag-late-night-calls" in fourth.removed
    assert (mini / "docs/zh/cases/by/for-debtor/index.md").is_file()


def test_validate_reports_unresolved_prose_citations(mini, monkeypatch, capsys):
    from lawguide.cli import main

    assert (mini / "mkdocs.yml").is_file()  # the fixture carries the site's Markdown settings
    (mini / "schemas").mkdir()
    monkeypatch.chdir(mini)
    edit(mini, "cases/night-calls.yml", "  zh: 反复深夜来电可能侵扰私人生活安宁。",
         "  zh: |\n    反复深夜来电可能侵扰私人生活安宁。\n    见《民法典》第1033条。")
    assert main(["validate"]) == 1
    assert ("cases/night-calls.yml:14: field 'analysis.zh': citation '《民法典》第1033条': "
            "unknown article 'civil-code/1033' (the civil-code excerpt has 1024, 1032); cite an "
            "excerpted article or excerpt this one first"
            in capsys.readouterr().err)


OLD_CODE = """\
id: old-code
kind: law
title: {zh: 旧法典, en: Old Code}
short: {zh: 旧法典, en: Old Code}
issuer: {zh: 全国人民代表大会, en: National People's Congress}
version: {zh: 旧版, en: old version}
adopted: 2000-01-01
effective: 2000-01-01
status: superseded
successor: civil-code
successor_articles: {"1024": MAPPING}
source:
  file: law-texts/civil-code.md
  origin: test fixture
reviewed: 2026-11-01
articles:
  - number: "1024"
    topic: {zh: 名誉权, en: Right of reputation}
    text:
      zh: ZH
      en: [one, two]
"""


def superseded(mini: Path, mapping: str) -> list[str]:
    import yaml
    new = yaml.safe_load((mini / "statutes" / "civil-code.yml").read_text(encoding="utf-8"))
    zh = next(a for a in new["articles"] if a["number"] == "1024")["text"]["zh"]
    text = OLD_CODE.replace("MAPPING", mapping).replace("ZH", yaml.safe_dump(zh, allow_unicode=True,
                                                                              default_flow_style=True).strip())
    (mini / "statutes" / "old-code.yml").write_text(text, encoding="utf-8")
    return problems(mini)


def test_one_old_article_may_map_to_several_new_ones(mini):
    assert superseded(mini, '"1024"') == []
    assert superseded(mini, '["1024", "1032"]') == []
    content, _ = loader.load(mini)
    assert content.statutes["old-code"].successor_articles["1024"] == ("1024", "1032")


def test_every_mapped_article_must_exist(mini):
    found = superseded(mini, '["1024", "1099"]')
    assert found == ["statutes/old-code.yml:11: field 'successor_articles.1024': "
                     "civil-code has no excerpted article 1099"]
    assert superseded(mini, '["1024", "10x"]')  # not an article number: refused by the schema


STEPS = """\
steps:
  - text: {zh: 写信。, en: Write.}
    action: letter:no-such-letter
  - text: {zh: 投诉。, en: Complain.}
    action: complaint:99999
  - text: {zh: 看问答。, en: Read the answer.}
    action: faq:night
  - text: {zh: 看问答。, en: Read the answer.}
    action: faq:gone
  - text: {zh: 看证据。, en: Evidence.}
    action: evidence
reviewed:"""


def test_step_actions_must_lead_somewhere(mini):
    """Every `steps[].action` names a letter, route, answer or case that exists."""
    (mini / "data" / "hotlines.yml").write_text(
        'routes:\n  - {id: "110", number: "110", name: {zh: 报警, en: Police}}\n', encoding="utf-8")
    edit(mini, "cases/night-calls.yml", "reviewed:", STEPS)
    assert problems(mini) == [
        "cases/night-calls.yml:25: field 'steps[0].action': unknown letter 'no-such-letter' in "
        "'letter:no-such-letter' (no such entry in data/tools/letters.yml; known: none)",
        "cases/night-calls.yml:27: field 'steps[1].action': unknown complaint '99999' in "
        "'complaint:99999' (no such entry in data/hotlines.yml; known: 110)",
        "cases/night-calls.yml:31: field 'steps[3].action': unknown faq 'gone' in 'faq:gone' "
        "(no such entry in faq; known: night)",
    ]


def test_step_action_kind_is_checked_by_the_schema(mini):
    edit(mini, "cases/night-calls.yml", "reviewed:",
         "steps:\n  - text: {zh: 打电话。, en: Call.}\n    action: phone:110\nreviewed:")
    found = problems(mini)
    assert len(found) == 1 and found[0].startswith(
        "cases/night-calls.yml:25: field 'steps[0].action'"), found
