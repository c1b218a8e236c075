"""`lawguide scaffold` writes a skeleton that parses and lists what is left to write;
`lawguide validate` refuses paths it would otherwise skip."""

import datetime as dt
import io
import re
from pathlib import Path

import pytest

from lawguide import loader, schema, yamlsafe
from lawguide.cli import main
from lawguide.scaffold import Answers, Choices, render

TODO_FIELDS = ["summary.zh", "summary.en", "facts.zh", "facts.en", "analysis.zh", "analysis.en",
               "remedies.zh", "remedies.en", "lessons.debtor.zh", "lessons.debtor.en",
               "lessons.collector.zh", "lessons.collector.en"]


@pytest.fixture
def project(mini: Path, monkeypatch) -> Path:
    assert (mini / "mkdocs.yml").is_file()  # the fixture carries the site's Markdown settings
    (mini / "schemas").mkdir()
    monkeypatch.chdir(mini)
    return mini


def problems_of(root: Path, rel: str) -> list[tuple[str, str]]:
    return [(p.field, p.message) for p in sorted(loader.load(root)[1]) if p.path == rel]


def test_options_write_a_skeleton_that_lists_only_what_is_left(project, capsys):
    assert main(["scaffold", "--id", "night-calls-two", "--title-zh", "又是深夜: 来电",
                 "--title-en", 'Calls "again" at night', "--audience", "debtor",
                 "--conduct", "late-night-calls", "--statutes", "civil-code/1032"]) == 0
    path = project / "cases" / "night-calls-two.yml"
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# yaml-language-server: $schema=../schemas/case.schema.json\n")
    loaded, found = yamlsafe.read_bytes(text.encode(), "cases/night-calls-two.yml")
    assert found == []
    data = loaded.data
    assert data["title"] == {"zh": "又是深夜: 来电", "en": 'Calls "again" at night'}
    assert (data["audience"], data["conduct"]) == (["debtor"], ["late-night-calls"])
    assert data["statutes"] == ["civil-code/1032"]
    assert data["reviewed"] == dt.date.today().isoformat()
    # Shape and types are right: the only schema problem is the unconfirmed anonymisation.
    assert [p.field for p in schema.Schemas().check("case", loaded, "x")] == ["anonymised"]
    expected = [(f, "not written yet: replace the TODO placeholder with your text")
                for f in TODO_FIELDS]
    assert sorted(problems_of(project, "cases/night-calls-two.yml")) == sorted(expected + [
        ("anonymised", "must be true: Set it to true once nothing in the case can identify a "
                       "real person: no real names, phone, ID or bank card numbers, e-mail "
                       "addresses, licence plates or addresses.")])
    out = capsys.readouterr().out
    assert out.startswith("wrote cases/night-calls-two.yml\nstill to do before it can be "
                          "published (13; see them again with `lawguide validate "
                          "cases/night-calls-two.yml`):\n")
    assert "  cases/night-calls-two.yml:26: field 'summary.zh': not written yet" in out


def test_every_field_is_explained_in_both_languages(project):
    text = render(Answers(id="x-case", kind="reported"), dt.date(2026, 11, 28))
    lines = text.splitlines()
    keys = [line.split(":")[0] for line in lines if line and line[0].isalpha()]
    assert keys == ["id", "kind", "court", "case_number", "decided", "title", "summary",
                    "audience", "conduct", "facts", "analysis", "remedies", "lessons",
                    "statutes", "anonymised", "reviewed"]
    for key in keys:
        at = next(i for i, line in enumerate(lines) if line.startswith(f"{key}:"))
        block = []
        while lines[at - 1 - len(block)].startswith("# "):
            block.append(lines[at - 1 - len(block)])
        comment = " ".join(block)
        assert re.search(r"[\u4e00-\u9fff]", comment), (key, comment)  # Chinese
        assert re.search(r"\b[A-Za-z]{2,} [a-z]{2,}", comment), (key, comment)  # and English


def test_reported_case_asks_for_court_number_and_date(project):
    assert main(["scaffold", "--id", "court-case", "--kind", "reported"]) == 0
    found = dict(problems_of(project, "cases/court-case.yml"))
    assert found["court.zh"] == "not written yet: replace the TODO placeholder with your text"
    assert found["case_number"] == "not written yet: replace the TODO placeholder with your text"
    assert found["decided"] == ("'TODO YYYY-MM-DD' has the wrong form: A date written "
                                "YYYY-MM-DD.")
    assert found["statutes[0]"].startswith("'TODO' has the wrong form: An excerpted article")
    assert found["conduct[0]"] == ("'TODO' has the wrong form: A conduct tag listed in "
                                   "data/conduct-tags.yml, e.g. late-night-calls.")


def test_existing_id_is_refused_and_the_file_kept(project, capsys):
    path = project / "cases" / "night-calls.yml"
    before = path.read_bytes()
    assert main(["scaffold", "--id", "night-calls"]) == 2
    assert capsys.readouterr().err.splitlines() == [
        "lawguide scaffold: id 'night-calls': cases/night-calls.yml already exists; choose "
        "another id, or edit that file", "nothing was written"]
    assert path.read_bytes() == before


def test_wrong_answers_are_all_named_and_nothing_is_written(project, capsys):
    assert main(["scaffold", "--id", "Night_Calls", "--kind", "story", "--audience", "lender",
                 "--conduct", "midnight", "--statutes", "civil-code/1"]) == 2
    assert capsys.readouterr().err.splitlines() == [
        "lawguide scaffold: id 'Night_Calls': use lowercase letters, digits and single hyphens, "
        "e.g. night-calls-shenzhen",
        "lawguide scaffold: kind 'story': use illustrative or reported",
        "lawguide scaffold: audience lender: use debtor, collector or both",
        "lawguide scaffold: conduct tag 'midnight' is not in data/conduct-tags.yml (known: "
        "calls-to-contacts, compliant-collection, contacts-blasting, credit-record-threats, "
        "doctored-images, false-legal-threats, home-visits, illegal-debt, impersonation, "
        "insults-defamation, late-night-calls, litigation, negotiation, outsourcing, "
        "payment-order, personal-data, property-damage, threats, violence-detention)",
        "lawguide scaffold: article 'civil-code/1' is not excerpted on this site (write "
        "<law-id>/<article>; laws: civil-code)",
        "nothing was written"]
    assert sorted(p.name for p in (project / "cases").iterdir()) == ["night-calls.yml"]


def test_interactive_asks_again_until_answers_are_usable(project, monkeypatch, capsys):
    answers = ["night-calls", "new-night-calls",   # taken, then free
               "", "深夜来电", "Night calls", "",   # kind, titles, audience (defaults)
               "midnight", "late-night-calls",      # unknown tag, then a known one
               "civil-code/1032"]
    monkeypatch.setattr("sys.stdin", io.StringIO("\n".join(answers) + "\n"))
    assert main(["scaffold"]) == 0
    out = capsys.readouterr().out
    assert "  ! id 'night-calls': cases/night-calls.yml already exists" in out
    assert "  ! conduct tag 'midnight' is not in data/conduct-tags.yml" in out
    assert "  late-night-calls         深夜或频繁来电 / Late-night or incessant calls" in out
    data = yamlsafe.read_bytes((project / "cases" / "new-night-calls.yml").read_bytes(), "x")[0].data
    assert data["title"] == {"zh": "深夜来电", "en": "Night calls"}
    assert data["audience"] == ["debtor", "collector"]
    assert (data["conduct"], data["statutes"]) == (["late-night-calls"], ["civil-code/1032"])


def test_interactive_stops_cleanly_when_input_ends(project, monkeypatch, capsys):
    monkeypatch.setattr("sys.stdin", io.StringIO("half-done\n"))
    assert main(["scaffold"]) == 2
    assert capsys.readouterr().err.strip() == "lawguide scaffold: stopped; nothing was written"
    assert not (project / "cases" / "half-done.yml").exists()


def test_project_knows_tags_and_articles(project):
    known = Choices.load(project)
    assert "late-night-calls" in known.tags and known.laws == {"civil-code": "民法典 / Civil Code"}
    assert known.articles == {"civil-code/1024", "civil-code/1032"}


@pytest.mark.parametrize(("path", "message"), [
    ("cases/nope.yml", "lawguide validate: cases/nope.yml: no such file or folder"),
    ("mkdocs.yml", "lawguide validate: mkdocs.yml: not a content file; only cases, faq, "
                   "statutes, data, law-texts, schemas, docs, overrides are read (move it there)"),
    ("/etc/passwd", "lawguide validate: /etc/passwd: outside the project; validate checks the "
                    "project's files"),
])
def test_validate_refuses_paths_it_would_skip(project, capsys, path, message):
    assert main(["validate", path]) == 2
    assert capsys.readouterr().err.splitlines() == [message]


def test_validate_accepts_content_files_and_folders(project, capsys):
    assert main(["validate", "cases/night-calls.yml", "faq", "data/conduct-tags.yml"]) == 0
    assert capsys.readouterr().out.startswith("ok: ")
