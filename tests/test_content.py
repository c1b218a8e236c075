"""The content itself: excerpts word for word, provenance, and the counts the guide promises."""

import re
from pathlib import Path

import pytest
import yaml

from conftest import real_content
from lawguide.lawtext import articles

ROOT = Path(__file__).resolve().parents[1]
STATUTES = sorted((ROOT / "statutes").glob("*.yml"))


@pytest.mark.parametrize("path", STATUTES, ids=[p.stem for p in STATUTES])
def test_every_excerpt_equals_the_official_article(path):
    """Independent of the loader: read the YAML and the official file and compare."""
    law = yaml.safe_load(path.read_text(encoding="utf-8"))
    official = articles(ROOT / law["source"]["file"])
    for article in law["articles"]:
        assert article["text"]["zh"] == list(official[article["number"]]), article["number"]


def test_official_texts_have_provenance():
    sources = (ROOT / "law-texts" / "SOURCES.md").read_text(encoding="utf-8")
    for path in STATUTES:
        file = yaml.safe_load(path.read_text(encoding="utf-8"))["source"]["file"]
        assert Path(file).name in sources, file


def test_content_is_clean_and_complete():
    content, problems = real_content()
    assert problems == []
    assert len(content.statutes) >= 20  # issue 12: at least 20 texts
    assert sum(len(s.articles) for s in content.statutes.values()) >= 140  # and 140 articles
    assert len(content.cases) >= 12
    assert len(content.answers) >= 25
    assert len(content.glossary.terms) >= 30


def test_the_question_of_a_year_s_deferral_is_answered_from_the_extension_article():
    """A reader behind on an instalment loan asks for a year's deferral: the guide answers
    it for debtors from 民法典第六百七十八条 (extension only if the lender agrees), in both
    languages, and both home pages lead to it. Wording may change; this must not."""
    content, _ = real_content()
    answer = content.answers["defer-one-year"]
    assert "延" in answer.question.zh and "一年" in answer.question.zh
    assert re.search(r"\b(?:defer|extension)", answer.question.en)
    assert re.search(r"\b(?:one-year|a year)\b", answer.question.en)
    assert "debtor" in answer.audience
    assert "civil-code/678" in answer.statutes
    assert "第六百七十八条" in answer.short.zh and "同意" in answer.short.zh
    assert "Article 678" in answer.short.en and "agree" in answer.short.en
    for lang in ("zh", "en"):
        home = (ROOT / "docs" / lang / "index.md").read_text(encoding="utf-8")
        assert "(faq/defer-one-year.md)" in home, lang


def test_both_public_security_versions_with_number_mapping():
    content, _ = real_content()
    old, new = content.statutes["public-security-2012"], content.statutes["public-security-2025"]
    assert (old.status, old.successor, new.status) == ("superseded", new.id, "in-force")
    assert str(new.effective) == "2026-01-01"
    for before, after in old.successor_articles.items():
        assert old.article(before) and all(new.article(n) for n in after)
    assert old.successor_articles["42"] == ("50",)
    # 2012 art. 49 (theft, fraud, extortion ... or damaging property) was split in 2025:
    # 58 keeps theft to extortion, 59 is deliberate damage to property.
    assert old.successor_articles["49"] == ("58", "59")


def test_law_page_links_every_successor_article():
    from lawguide.citations import Catalogue
    from lawguide.citations import graph as citation_graph
    from lawguide.render import Renderer, load_strings

    content, _ = real_content()
    strings = load_strings(ROOT / "data" / "ui.yml")
    graph, _, _ = citation_graph.build(content, Catalogue.from_content(content), (),
                                       strings["glossary"])
    pages = {(p.lang, p.path): p.markdown for p in Renderer(content, strings, graph).all_pages()}
    for lang, one, two in (("zh", "第五十八条", "第五十九条"), ("en", "Article 58", "Article 59")):
        page = pages[(lang, "laws/public-security-2012.md")]
        section = page.split("{: #art-49 }")[1].split("\n## ")[0]
        assert "public-security-2025.md#art-58" in section and one in section
        assert "public-security-2025.md#art-59" in section and two in section


# 银保监会 (CBIRC) was abolished in 2023; a line may name it only as the former body: "原银保监会",
# "the former CBIRC", or saying it no longer exists, was abolished or was replaced. A bare 原
# (原告, 原则) or 不存在 elsewhere in the line does not count.
_DEFUNCT = re.compile(r"银保监会|中国银行保险监督管理委员会|CBIRC|China Banking and Insurance Regulatory")
_NAMED_FORMER = re.compile("|".join((
    r"原(?:中国)?[“\"]?(?:银保监会|中国银行保险监督管理委员会)",
    r"(?:银保监会|银行保险监督管理委员会)[”\"）)]?(?:已经|已)(?:不复存在|不存在|于\d{4}年撤销|由国家金融监督管理总局取代)",
    r"(?:银保监会|银行保险监督管理委员会)[”\"）)]?(?:已经|已)?不复存在",
    r"\b(?:former|formerly the|old China Banking and Insurance Regulatory Commission \(?)\s*\(?CBIRC",
    r"\bthe former China Banking and Insurance Regulatory Commission",
    r"CBIRC\)?(?:,? [^.;]*?)? (?:no longer exists|was abolished|has (?:since )?been replaced)",
)))


def names_it_as_former(line: str) -> bool:
    return bool(_NAMED_FORMER.search(line))


@pytest.mark.parametrize(("line", "ok"), [
    ("注意：原“银保监会”已于2023年撤销，其监管职责由国家金融监督管理总局承接。", True),
    ("由国家金融监督管理总局（原银保监会已不复存在，由它取代）监管", True),
    ("中国人民银行、原银保监会（已由国家金融监督管理总局取代）的办法", True),
    ("原中国银行保险监督管理委员会（银保监会）已于2023年撤销。", True),
    ("银保监会已经不存在", True),
    ("The CBIRC no longer exists", True),
    ("which replaced the former CBIRC; its consumer hotline is 12378.", True),
    ("the old China Banking and Insurance Regulatory Commission (CBIRC, 银保监会) no longer exists.", True),
    ("The CBIRC was abolished in 2023 and replaced by the NFRA.", True),
    ("可以向银保监会投诉，电话12378。", False),
    ("原告可以向银保监会投诉。", False),
    ("按照公平原则，向中国银保监会反映。", False),
    ("银保监会处理投诉不存在时限。", False),
    ("Complain to the CBIRC; its former hotline still works.", False),
    ("You can complain to the China Banking and Insurance Regulatory Commission.", False),
])
def test_the_former_regulator_rule_accepts_only_the_former_name(line, ok):
    assert names_it_as_former(line) is ok


def test_no_defunct_regulator_recommended():
    """银保监会 may be named only as the body that no longer exists."""
    from lawguide.pipeline import GENERATED_DIRS

    hand_written = [p for p in ROOT.glob("docs/*/**/*.md")
                    if p.relative_to(ROOT).parts[2] not in GENERATED_DIRS]
    named = 0
    for path in [*ROOT.glob("cases/*.yml"), *ROOT.glob("faq/*.yml"), *hand_written]:
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if _DEFUNCT.search(line):
                named += 1
                assert names_it_as_former(line), f"{path.relative_to(ROOT)}:{number}: {line}"
    assert named  # the guide does warn about it (faq/where-to-complain, guide/complaints)
