"""The tool data (data/tools/*.yml) is validated like the rest of the content.

Each test breaks a copy of the real data the way an editor might, and checks
the exact ``path:line: field: message`` a contributor would see.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from conftest import ROOT, copy_project, real_content
from lawguide import tools
from lawguide.citations import Catalogue
from lawguide.compile import compile_site
from lawguide.errors import ContentError


@pytest.fixture(scope="module")
def content():
    loaded, problems = real_content()
    assert not problems, problems
    return loaded


@pytest.fixture
def root(tmp_path: Path) -> Path:
    shutil.copytree(ROOT / "data" / "tools", tmp_path / "data" / "tools")
    shutil.copy2(ROOT / "mkdocs.yml", tmp_path / "mkdocs.yml")  # its Markdown settings
    return tmp_path


def edit(root: Path, name: str, old: str, new: str) -> int:
    """Replace ``old`` (once) in data/tools/<name>.yml; return the line it was on."""
    path = root / "data" / "tools" / f"{name}.yml"
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, f"{old!r} occurs {text.count(old)} times in {name}.yml"
    path.write_text(text.replace(old, new), encoding="utf-8")
    return text[: text.index(old)].count("\n") + 1


def problems(root: Path, content) -> list[str]:
    return [str(p) for p in tools.load(root, content).problems]


def test_the_real_tool_data_is_valid_and_cites_only_excerpted_articles(content):
    loaded = tools.load(ROOT, content, Catalogue.from_content(content))
    assert loaded.problems == [] and loaded.dangling == []
    kit = loaded.toolkit
    refs = {ref for item in kit.conduct.items for ref in item.statutes}
    refs |= {ref for letter in kit.letters.letters for ref in (*letter.statutes, *letter.see_also)}
    refs |= {*kit.interest.scope.statutes, *kit.interest.principal.statutes,
             *kit.interest.lpr.statutes}
    assert refs and all(content.resolve(ref) for ref in refs)
    assert {"private-lending-interpretation/1", "private-lending-interpretation/25",
            "civil-code/670", "private-lending-interpretation/26"} <= (
        {*kit.interest.scope.statutes, *kit.interest.principal.statutes})


def test_unknown_article(root, content):
    line = edit(root, "conduct", "statutes: [civil-code/667, civil-code/681]",
                "statutes: [civil-code/667, civil-code/9999]")
    have = ", ".join(a.number for a in content.statutes["civil-code"].articles)
    assert problems(root, content) == [
        f"data/tools/conduct.yml:{line}: field 'items[0].rules[0].statutes[1]': unknown article "
        f"'civil-code/9999' (the civil-code excerpt has {have}); cite an excerpted article or "
        "excerpt this one first"]


def test_unknown_law(root, content):
    line = edit(root, "letters", "see_also: [civil-code/1183, pipl/69]",
                "see_also: [civil-code/1183, no-such-law/1]")
    found = problems(root, content)
    assert len(found) == 1
    assert found[0].startswith(f"data/tools/letters.yml:{line}: field 'letters[2].see_also[1]': "
                               "unknown law 'no-such-law' in 'no-such-law/1' (known laws: ")


def test_a_superseded_version_points_to_the_article_in_force(root, content):
    line = edit(root, "conduct", "statutes: [public-security-2025/56, public-security-2025/50]",
                "statutes: [public-security-2025/56, public-security-2012/42]")
    assert problems(root, content) == [
        f"data/tools/conduct.yml:{line}: field 'items[1].rules[2].statutes[1]': "
        "'public-security-2012/42' cites a superseded version of the law; the tools show the "
        "law in force: cite public-security-2025/50"]


def test_schema_problem_missing_translation(root, content):
    line = edit(root, "conduct", "    label: {zh: 通常违法, en: Usually unlawful}",
                "    label: {zh: 通常违法}")
    assert problems(root, content) == [
        f"data/tools/conduct.yml:{line}: field 'verdicts[0].label.en': missing English text "
        "(add an 'en:' line beside 'zh:')"]


def test_raw_html_is_refused(root, content):
    line = edit(root, "interest", "  principal_heading: {zh: 预先扣除的利息不算本金,",
                "  principal_heading: {zh: <b onclick=x>预先扣除</b>,")
    found = problems(root, content)
    assert found == [
        f"data/tools/interest.yml:{line}: field 'labels.principal_heading.zh': contains an HTML "
        "tag with an event handler (onclick= in <b onclick=x>预先扣除</b>), which would run "
        "script in readers' browsers; delete the tag or attribute list"]


def test_unknown_ids_in_the_checker(root, content):
    verdict = edit(root, "conduct", "    verdict: unlawful\n    summary:\n      zh: 亲友",
                   "    verdict: illegal\n    summary:\n      zh: 亲友")
    route = edit(root, "conduct", "        statutes: [public-security-2025/59]\n"
                                  "        routes: [\"110\"]",
                 "        statutes: [public-security-2025/59]\n        routes: [police]")
    actor = edit(root, "conduct", "    judges: [collector]\n    verdict: unlawful\n    urgent: true\n"
                                  "    summary:\n      zh: 毁坏",
                 "    judges: [agency]\n    verdict: unlawful\n    urgent: true\n"
                 "    summary:\n      zh: 毁坏")
    channels = "110, 12321, 12345, 12363, 12378, court, internet-finance, lender, " \
               "private-prosecution"
    assert problems(root, content) == [
        f"data/tools/conduct.yml:{verdict}: field 'items[0].verdict': unknown verdict 'illegal' "
        "(use one of: depends, unlawful)",
        f"data/tools/conduct.yml:{actor}: field 'items[12].judges[0]': unknown actor 'agency' "
        "(use one of: collector, lender)",
        f"data/tools/conduct.yml:{route + 1}: field 'items[12].rules[1].routes[0]': unknown "
        f"channel 'police' (use one of: {channels})"]


def test_the_checker_never_rests_on_the_crime_of_collecting_illegal_debts(root, content):
    line = edit(root, "conduct", "        statutes: [criminal-law/245, criminal-law/238]",
                "        statutes: [criminal-law/245, criminal-law/293-1]")
    assert problems(root, content) == [
        f"data/tools/conduct.yml:{line}: field 'items[8].rules[2].statutes[1]': "
        "criminal-law/293-1 (collecting an illegal debt) does not apply to collecting a lawful "
        "debt, which is what the checker judges: cite the article that fits the conduct (e.g. "
        "criminal-law/238, 245, 246, 253-1, 274, 275 or 293)"]


def test_the_letters_an_item_offers_must_exist(root, content):
    line = edit(root, "conduct", "    letters: [complaint]\n    also: [lender, \"12378\", \"12345\"]",
                "    letters: [complaint, stop-calling]\n    also: [lender, \"12378\", \"12345\"]")
    assert problems(root, content) == [
        f"data/tools/conduct.yml:{line}: field 'items[8].letters[1]': unknown letter "
        "'stop-calling' (use one of: complaint, itemised-statement, repayment-negotiation, "
        "stop-contact)"]


def test_letter_slots_must_match_the_fields(root, content):
    line = edit(root, "letters", "        致：{recipient}\n", "        致：{recipent}\n")
    found = problems(root, content)
    body = line - 1  # the problem is reported at the body's zh key
    assert found == [
        f"data/tools/letters.yml:{body}: field 'letters[3].body.zh': {{recipent}} is not one of "
        "this letter's fields (recipient, name, phone, lender, contract_no, collector, "
        "what_happened, evidence, request, date); add it to 'fields' or fix the name",
        f"data/tools/letters.yml:{body}: field 'letters[3].body.zh': the field 'recipient' is "
        "never used in the zh letter; write {recipient} where its value goes, or remove it "
        "from 'fields'"]


def test_a_listed_article_must_be_cited_in_both_letters(root, content):
    line = edit(root, "letters", "    statutes: [civil-code/678]",
                "    statutes: [civil-code/678, civil-code/677]")
    assert problems(root, content) == [
        f"data/tools/letters.yml:{line}: field 'letters[1].statutes[1]': 'civil-code/677' is "
        "listed but the zh letter does not cite it (第六百七十七条); cite it in the letter or "
        "remove it from the list",
        f"data/tools/letters.yml:{line}: field 'letters[1].statutes[1]': 'civil-code/677' is "
        "listed but the en letter does not cite it (Article 677); cite it in the letter or "
        "remove it from the list"]


def test_lpr_figures_must_be_in_order(root, content):
    line = edit(root, "interest", "    - {date: 2019-11-20, rate: 4.15}",
                "    - {date: 2019-09-01, rate: 4.15}")
    assert problems(root, content) == [
        f"data/tools/interest.yml:{line}: field 'lpr.history[2].date': 2019-09-01 is not after "
        "2019-09-20; list the figures oldest first, each date once"]


def test_a_missing_tool_file_is_reported(root, content):
    (root / "data" / "tools" / "letters.yml").unlink()
    assert problems(root, content) == [
        "data/tools/letters.yml: missing: the letters tool is built from this file"]


def test_a_project_without_tool_data_has_no_tools(tmp_path, content):
    loaded = tools.load(tmp_path, content)
    assert loaded.toolkit is None and loaded.problems == []
    assert tools.pages(None, content) == []


def test_a_citation_of_an_article_not_excerpted_is_dangling(root, content):
    line = edit(root, "conduct", "      zh: 亲友没有在借款合同上签字",
                "      zh: 依照《民法典》第六百六十八条，亲友没有在借款合同上签字")
    loaded = tools.load(root, content, Catalogue.from_content(content))
    assert loaded.problems == []
    assert [str(p) for p in loaded.dangling] == [
        f"data/tools/conduct.yml:{line}: field 'items[0].summary.zh': citation "
        "'《民法典》第六百六十八条': unknown article 'civil-code/668' (the civil-code excerpt has "
        + ", ".join(a.number for a in content.statutes["civil-code"].articles)
        + "); cite an excerpted article or excerpt this one first"]


def test_broken_tool_data_stops_the_build_before_anything_is_written(tmp_path):
    project = copy_project(tmp_path / "project")
    shutil.rmtree(project / "docs" / "zh" / "tools", ignore_errors=True)
    path = project / "data" / "tools" / "conduct.yml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("civil-code/681]", "civil-code/68]", 1), encoding="utf-8")
    with pytest.raises(ContentError) as error:
        compile_site(project)
    assert "data/tools/conduct.yml" in str(error.value)
    assert "unknown article 'civil-code/68'" in str(error.value)
    assert not (project / "docs" / "zh" / "tools").exists()


def test_lawguide_validate_reports_tool_problems(tmp_path, monkeypatch, capsys):
    from lawguide import cli

    project = copy_project(tmp_path / "project")
    line = edit(project, "interest", "  statutes: [civil-code/670, private-lending-interpretation/26]",
                "  statutes: [civil-code/670, private-lending-interpretation/2]")
    monkeypatch.chdir(project)
    assert cli.main(["validate", "data/tools/interest.yml"]) == 1
    err = capsys.readouterr().err
    assert f"data/tools/interest.yml:{line}: field 'principal.statutes[1]': unknown article " \
           "'private-lending-interpretation/2'" in err
