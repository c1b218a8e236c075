"""What a contributor does, end to end: scaffold a case, fill it in, validate, build the site,
and find the case in both languages, in the case index, and under "cited by" of its article.
Also: "edit this page" opens the YAML a generated page came from."""

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from mkdocs.config import load_config

from conftest import copy_project, mkdocs_build

pytestmark = pytest.mark.site

CASE_ID = "night-calls-shenzhen"
TITLE_ZH, TITLE_EN = "深夜催收电话", "Collection calls at night"

# Each TODO text exactly as `lawguide scaffold` writes it -> what the contributor writes instead.
FILL = {
    "  zh: TODO：一句话说明谁遇到了什么，结果如何。":
        "  zh: 小周逾期后，催收员连续多晚深夜来电；他投诉后，来电停止。",
    '  en: "TODO: one sentence: who met what, and how it ended."':
        "  en: After Xiao Zhou fell behind, a collector called him late at night for a week; "
        "after his complaint the calls stopped.",
    "    TODO：用两三段话写清发生了什么：谁借了什么钱、逾期多久、催收方做了什么、\n"
    "    当事人怎么应对。人物用化名（小王、李女士），不写真实地名、单位和号码。":
        "    小周的消费贷款逾期两个月。一周里，催收员每天晚上十一点以后打来电话，一晚多达六次。\n\n"
        "    小周保存了通话记录，并向贷款机构投诉。",
    "    TODO: in two or three paragraphs, tell what happened: the loan, how long it was\n"
    "    overdue, what the collector did, and how the person responded. Use made-up names.":
        "    Xiao Zhou's consumer loan was two months overdue. For a week a collector called him\n"
        "    every night after 11 pm, up to six times a night.\n\n"
        "    Xiao Zhou kept the call log and complained to the lender.",
    "    TODO：这些行为违反了哪些规定，为什么。":
        "    反复深夜来电侵扰私人生活安宁，《民法典》第一千零三十三条禁止以电话等方式侵扰他人的私人生活安宁。",
    "    TODO: which rules the conduct broke, and why.":
        "    Repeated calls late at night disturb the peace of private life, which Article 1033 of\n"
        "    the Civil Code forbids.",
    "    TODO：结果如何；可以向谁投诉、保存哪些证据、能否起诉。":
        "    投诉后来电停止。保存通话记录，必要时可以起诉。",
    "    TODO: the outcome; where to complain, what evidence to keep, whether to sue.":
        "    After the complaint the calls stopped. Keep the call log; you can sue if needed.",
    "    zh: TODO：给债务人的一两句提示。": "    zh: 保存每一次来电的记录。",
    '    en: "TODO: one or two sentences for the borrower."': "    en: Keep a record of every call.",
    "    zh: TODO：给催收方的一两句提示。": "    zh: 只在白天合理的时间联系。",
    '    en: "TODO: one or two sentences for the collector."':
        "    en: Call only at reasonable hours in the daytime.",
    "anonymised: false": "anonymised: true",
}


def run(project: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "lawguide.cli", *args], cwd=project,
                          capture_output=True, text=True, timeout=300,
                          env={**os.environ, "NO_MKDOCS_2_WARNING": "1"})


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    project = copy_project(tmp_path_factory.mktemp("contributor") / "project")
    made = run(project, "scaffold", "--id", CASE_ID, "--title-zh", TITLE_ZH, "--title-en",
               TITLE_EN, "--audience", "debtor", "--conduct", "late-night-calls",
               "--statutes", "civil-code/1033")
    assert made.returncode == 0, made.stderr
    assert f"wrote cases/{CASE_ID}.yml" in made.stdout
    path = project / "cases" / f"{CASE_ID}.yml"
    before = run(project, "validate", f"cases/{CASE_ID}.yml")
    assert before.returncode == 1 and "not written yet" in before.stderr

    text = path.read_text(encoding="utf-8")
    for placeholder, written in FILL.items():
        assert placeholder in text, f"the scaffold no longer writes {placeholder!r}"
        text = text.replace(placeholder, written)
    assert "TODO" not in text.split("# answers:")[1]
    path.write_text(text, encoding="utf-8")

    after = run(project, "validate", f"cases/{CASE_ID}.yml")
    assert (after.returncode, after.stderr) == (0, ""), after.stderr
    built = mkdocs_build(project, "--strict")
    assert built.returncode == 0, built.stdout + built.stderr
    return project / "site"


def html(site: Path, prefix: str, url: str) -> str:
    return (site / prefix / url / "index.html").read_text(encoding="utf-8")


@pytest.mark.parametrize(("prefix", "title"), [("", TITLE_ZH), ("en", TITLE_EN)])
def test_the_case_has_a_page_in_each_language(site, prefix, title):
    page = html(site, prefix, f"cases/{CASE_ID}")
    assert "<h1 id=" in page and title in page
    assert "Article 1033" in page or "第一千零三十三条" in page


@pytest.mark.parametrize(("prefix", "title"), [("", TITLE_ZH), ("en", TITLE_EN)])
def test_the_case_index_lists_it_under_its_audience_and_conduct(site, prefix, title):
    index = html(site, prefix, "cases")
    link = f'<a href="{CASE_ID}/">{title}</a>'
    assert index.count(link) >= 2  # once under "for debtors", once under its conduct tag
    section = index.split('id="tag-late-night-calls"', 1)[1].split("<h3", 1)[0]
    assert link in section


@pytest.mark.parametrize(("prefix", "title"), [("", TITLE_ZH), ("en", TITLE_EN)])
def test_the_cited_article_lists_it_under_cited_by(site, prefix, title):
    law = html(site, prefix, "laws/civil-code")
    article = law.split('id="art-1033"', 1)[1].split("<h2", 1)[0]
    cited_by = re.search(r'<details class="info[^"]*">(.*?)</details>', article, re.S)
    assert cited_by, "no cited-by section under Article 1033"
    assert f'<a href="../../cases/{CASE_ID}/">{title}</a>' in cited_by.group(1)


EDIT_URI = load_config(str(Path(__file__).resolve().parents[1] / "mkdocs.yml")).edit_uri
REPO_EDIT = EDIT_URI.removesuffix("docs/zh/")


@pytest.mark.parametrize(("prefix", "url", "source"), [
    ("", f"cases/{CASE_ID}", f"cases/{CASE_ID}.yml"),
    ("en", f"cases/{CASE_ID}", f"cases/{CASE_ID}.yml"),
    ("en", "laws/civil-code", "statutes/civil-code.yml"),
    ("", "about", "docs/zh/about.md"),
    ("en", "contributing", "docs/en/contributing.md"),
])
def test_edit_this_page_opens_the_source(site, prefix, url, source):
    edit = re.search(r'<a href="([^"]+)" title="[^"]*" class="md-content__button md-icon" '
                     r'rel="edit">', html(site, prefix, url))
    assert edit and edit.group(1) == REPO_EDIT + source


def test_contributing_is_linked_from_every_footer_and_the_about_page(site):
    """Where contributors look for it, not among a reader's first choices (the main menu)."""
    for prefix in ("", "en"):
        home = html(site, prefix, "")
        footer = home[home.index('class="md-copyright'):]
        assert 'href="contributing/"' in footer
        assert 'href="contributing/"' not in home[:home.index('class="md-copyright')]
        assert 'href="../contributing/"' in html(site, prefix, "about")
    assert "lawguide scaffold" in html(site, "en", "contributing")
    assert "匿名" in html(site, "", "contributing")
