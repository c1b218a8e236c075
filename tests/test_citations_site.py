"""A citation-heavy paragraph, written without looking at the engine, links correctly."""

import re

import pytest

from conftest import copy_project, mkdocs_build

pytestmark = pytest.mark.site

ZH = """---
reviewed: 2026-11-28
description: 引用测试页。
---
# 引用测试

催收员深夜打电话，可能侵扰私人生活安宁（《民法典》第一千零三十三条第（一）项），也可能违反
《治安管理处罚法》第五十条第一款第（五）项；如果把欠款的事告诉你的同事，还涉及民法典第1032条和第1024条。
催收高利放贷产生的非法债务并恐吓他人的，可能构成刑法第二百九十三条之一规定的犯罪。
借款合同的规则见《民法典》第六百七十四条至第六百七十六条；2012年《治安管理处罚法》第四十二条已被取代。
代码里的 `民法典第1035条` 不应链接，第3期账单也不是法条。
"""

EN = """---
reviewed: 2026-11-28
description: A page to test citations.
---
# Citation test

A collector who calls at midnight may disturb the peace of your private life (Article 1033 of
the Civil Code) and may be fined under Article 50(1)(5) of the Public Security Administration
Punishments Law. Telling your colleagues about the debt can also infringe Civil Code Articles
1032 and 1024. Intimidation to collect an illegal usurious debt can be a crime under Criminal
Law Article 293-1. The loan rules are in Arts. 674-676 of the Civil Code, and PIPL Art. 13 sets
the lawful bases for handling data. Code such as `Article 1035 of the Civil Code` stays plain.
"""


def test_fresh_paragraph_links_in_both_languages(tmp_path):
    project = copy_project(tmp_path / "p")
    for lang, text in (("zh", ZH), ("en", EN)):
        (project / "docs" / lang / "cite-test.md").write_text(text, encoding="utf-8")
    result = mkdocs_build(project, "--strict")
    assert result.returncode == 0, result.stderr
    zh = (project / "site" / "cite-test" / "index.html").read_text(encoding="utf-8")
    en = (project / "site" / "en" / "cite-test" / "index.html").read_text(encoding="utf-8")

    def refs(html):
        return [(href, ref, text) for ref, href, text in
                re.findall(r'data-lg-ref="([^"]+)" href="([^"]+)"[^>]*>([^<]+)<', html)]

    assert [(r, t) for _, r, t in refs(zh)] == [
        ("civil-code/1033", "《民法典》第一千零三十三条第（一）项"),
        ("public-security-2025/50", "《治安管理处罚法》第五十条第一款第（五）项"),
        ("civil-code/1032", "民法典第1032条"),
        ("civil-code/1024", "第1024条"),
        ("criminal-law/293-1", "刑法第二百九十三条之一"),
        ("civil-code/674", "《民法典》第六百七十四条"),
        ("civil-code/676", "第六百七十六条"),
        ("public-security-2012/42", "2012年《治安管理处罚法》第四十二条"),
    ]
    assert ("../laws/public-security-2025/#art-50-p1", "public-security-2025/50",
            "《治安管理处罚法》第五十条第一款第（五）项") in refs(zh)
    assert [(r, t) for _, r, t in refs(en)] == [
        ("civil-code/1033", "Article 1033 of\nthe Civil Code"),
        ("public-security-2025/50", "Article 50(1)(5) of the Public Security Administration\n"
                                    "Punishments Law"),
        ("civil-code/1032", "Civil Code Articles\n1032"),
        ("civil-code/1024", "1024"),
        ("criminal-law/293-1", "Criminal\nLaw Article 293-1"),
        ("civil-code/674", "Arts. 674"),
        ("civil-code/676", "676"),
        ("pipl/13", "PIPL Art. 13"),
    ]
    assert all(h.startswith("../laws/") for h, _, _ in refs(en))
    # the new page is cited by: it shows under the articles it cites, in its language
    law = (project / "site" / "en" / "laws" / "civil-code" / "index.html").read_text(encoding="utf-8")
    assert "Citation test" in law.split('id="art-1033"', 1)[1].split('id="art-1034"', 1)[0]


def test_unresolved_citation_fails_strict_build_with_file_and_line(tmp_path):
    project = copy_project(tmp_path / "p")
    for lang in ("zh", "en"):
        (project / "docs" / lang / "bad.md").write_text(
            "---\nreviewed: 2026-11-28\n---\n# Bad\n\n见《民法典》第9999条。\n", encoding="utf-8")
    strict = mkdocs_build(project, "--strict")
    assert strict.returncode != 0
    assert ("unresolved statute citation: docs/zh/bad.md:6: citation '《民法典》第9999条': "
            "unknown article 'civil-code/9999'") in strict.stderr
    relaxed = mkdocs_build(project)
    assert relaxed.returncode == 0
    assert "WARNING" in relaxed.stderr and "docs/en/bad.md:6" in relaxed.stderr
