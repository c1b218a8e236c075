"""Citation engine: table-driven, against the real statute data.

Each row: text, then the expected citations as (law id, article, paragraph, item,
the exact linked text). Implicit articles inside ranges are listed with text None.
"""

from pathlib import Path

import pytest

from conftest import real_content
from lawguide.citations import Catalogue, scan
from lawguide.citations.clean import clean

ROOT = Path(__file__).resolve().parents[1]
CONTENT, _ = real_content()
CATALOGUE = Catalogue.from_content(CONTENT)

CC, CL, PS, PS12, PI = "civil-code", "criminal-law", "public-security-2025", "public-security-2012", "pipl"

ZH = [
    ("《中华人民共和国民法典》第一千零三十二条", [(CC, "1032", None, None, "《中华人民共和国民法典》第一千零三十二条")]),
    ("《民法典》第1032条", [(CC, "1032", None, None, "《民法典》第1032条")]),
    ("民法典第一千零三十二条第二款", [(CC, "1032", 2, None, "民法典第一千零三十二条第二款")]),
    ("刑法第二百九十三条之一", [(CL, "293-1", None, None, "刑法第二百九十三条之一")]),
    ("《治安管理处罚法》第五十条第一款第（二）项", [(PS, "50", 1, 2, "《治安管理处罚法》第五十条第一款第（二）项")]),
    ("《个人信息保护法》第十三条、第六十九条", [(PI, "13", None, None, "《个人信息保护法》第十三条"), (PI, "69", None, None, "第六十九条")]),
    ("依照民法典第1032条和第1033条", [(CC, "1032", None, None, "民法典第1032条"), (CC, "1033", None, None, "第1033条")]),
    ("《民法典》第六百七十四条至第六百七十六条", [(CC, "674", None, None, "《民法典》第六百七十四条"), (CC, "675", None, None, None), (CC, "676", None, None, None), (CC, "676", None, None, "第六百七十六条")]),
    ("2012年《治安管理处罚法》第四十二条", [(PS12, "42", None, None, "2012年《治安管理处罚法》第四十二条")]),
    ("《治安管理处罚法》（2012年修正）第四十二条", [(PS12, "42", None, None, "《治安管理处罚法》（2012年修正）第四十二条")]),
    ("2025年修订的《治安管理处罚法》第五十条", [(PS, "50", None, None, "2025年修订的《治安管理处罚法》第五十条")]),
    ("治安管理处罚法第五十条", [(PS, "50", None, None, "治安管理处罚法第五十条")]),
    ("《治安管理处罚法》第四十七条", [(PS, "47", None, None, "《治安管理处罚法》第四十七条")]),
    ("《治安管理处罚法》第五十六条", [(PS, "56", None, None, "《治安管理处罚法》第五十六条")]),
    ("民法典1032", [(CC, "1032", None, None, "民法典1032")]),
    ("民法典1032条", [(CC, "1032", None, None, "民法典1032条")]),
    ("刑法293条之一", [(CL, "293-1", None, None, "刑法293条之一")]),
    ("刑法第293条之一", [(CL, "293-1", None, None, "刑法第293条之一")]),
    ("《刑法》第二百五十三条之一", [(CL, "253-1", None, None, "《刑法》第二百五十三条之一")]),
    ("《中华人民共和国刑法》第二百三十八条", [(CL, "238", None, None, "《中华人民共和国刑法》第二百三十八条")]),
    ("《刑法》第二百三十八条第三款", [(CL, "238", 3, None, "《刑法》第二百三十八条第三款")]),
    ("《刑法》第二百九十三条第一款第（二）项", [(CL, "293", 1, 2, "《刑法》第二百九十三条第一款第（二）项")]),
    ("《民法典》第一千零三十三条第（一）项", [(CC, "1033", None, 1, "《民法典》第一千零三十三条第（一）项")]),
    ("《民法典》第一千零三十三条第一项", [(CC, "1033", None, 1, "《民法典》第一千零三十三条第一项")]),
    ("民法典第六百八十条第一款", [(CC, "680", 1, None, "民法典第六百八十条第一款")]),
    ("《民法典》第一百八十八条", [(CC, "188", None, None, "《民法典》第一百八十八条")]),
    ("《民法典》第一百八十八条、第一百九十五条", [(CC, "188", None, None, "《民法典》第一百八十八条"), (CC, "195", None, None, "第一百九十五条")]),
    ("《民法典》第一百八十八条，第一百九十二条及第一百九十五条", [(CC, "188", None, None, "《民法典》第一百八十八条"), (CC, "192", None, None, "第一百九十二条"), (CC, "195", None, None, "第一百九十五条")]),
    ("《民法典》第1024条或第1032条", [(CC, "1024", None, None, "《民法典》第1024条"), (CC, "1032", None, None, "第1032条")]),
    ("《民事诉讼法》第二百二十五条至第二百二十八条", [("civil-procedure-law", "225", None, None, "《民事诉讼法》第二百二十五条"), ("civil-procedure-law", "226", None, None, None), ("civil-procedure-law", "227", None, None, None), ("civil-procedure-law", "228", None, None, None), ("civil-procedure-law", "228", None, None, "第二百二十八条")]),
    ("《民事诉讼法》第225条", [("civil-procedure-law", "225", None, None, "《民事诉讼法》第225条")]),
    ("《征信业管理条例》第十六条", [("credit-reporting-regulation", "16", None, None, "《征信业管理条例》第十六条")]),
    ("征信业管理条例第十五条和第二十五条", [("credit-reporting-regulation", "15", None, None, "征信业管理条例第十五条"), ("credit-reporting-regulation", "25", None, None, "第二十五条")]),
    ("《消费者权益保护法》第二十九条", [("consumer-rights-law", "29", None, None, "《消费者权益保护法》第二十九条")]),
    ("《民间借贷规定》第二十五条", [("private-lending-interpretation", "25", None, None, "《民间借贷规定》第二十五条")]),
    ("民间借贷司法解释第二十六条", [("private-lending-interpretation", "26", None, None, "民间借贷司法解释第二十六条")]),
    ("《个保法》第十条", [(PI, "10", None, None, "《个保法》第十条")]),
    ("个人信息保护法第二十三条", [(PI, "23", None, None, "个人信息保护法第二十三条")]),
    ("《个人信息保护法》第 13 条", [(PI, "13", None, None, "《个人信息保护法》第 13 条")]),
    ("《民法典》第１０３２条", [(CC, "1032", None, None, "《民法典》第１０３２条")]),
    ("根据《民法典》第一千一百六十五条第一款的规定", [(CC, "1165", 1, None, "《民法典》第一千一百六十五条第一款")]),
    ("违反《民法典》第五百七十七条", [(CC, "577", None, None, "《民法典》第五百七十七条")]),
    ("见《刑法》第二百七十四条。", [(CL, "274", None, None, "《刑法》第二百七十四条")]),
    ("《民法典》第九百九十五条、第一千零二十四条、第一千零三十二条", [(CC, "995", None, None, "《民法典》第九百九十五条"), (CC, "1024", None, None, "第一千零二十四条"), (CC, "1032", None, None, "第一千零三十二条")]),
    ("《刑法》第二百四十六条和《民法典》第一千零二十四条", [(CL, "246", None, None, "《刑法》第二百四十六条"), (CC, "1024", None, None, "《民法典》第一千零二十四条")]),
    ("治安处罚法第五十八条", [(PS, "58", None, None, "治安处罚法第五十八条")]),
    ("2012年治安管理处罚法第四十条", [(PS12, "40", None, None, "2012年治安管理处罚法第四十条")]),
    ("《民法典》第六百七十条规定", [(CC, "670", None, None, "《民法典》第六百七十条")]),
]

EN = [
    ("Article 1032 of the Civil Code", [(CC, "1032", None, None, "Article 1032 of the Civil Code")]),
    ("Civil Code art. 1032", [(CC, "1032", None, None, "Civil Code art. 1032")]),
    ("Civil Code Article 1032", [(CC, "1032", None, None, "Civil Code Article 1032")]),
    ("Arts. 1032-1034 of the Civil Code", [(CC, "1032", None, None, "Arts. 1032"), (CC, "1033", None, None, None), (CC, "1034", None, None, None), (CC, "1034", None, None, "1034")]),
    ("Criminal Law Article 293-1", [(CL, "293-1", None, None, "Criminal Law Article 293-1")]),
    ("PIPL Art. 13", [(PI, "13", None, None, "PIPL Art. 13")]),
    ("PIPL Arts. 13 and 69", [(PI, "13", None, None, "PIPL Arts. 13"), (PI, "69", None, None, "69")]),
    ("Article 293-1 of the Criminal Law", [(CL, "293-1", None, None, "Article 293-1 of the Criminal Law")]),
    ("Article 1032 of the Civil Code of the People's Republic of China", [(CC, "1032", None, None, "Article 1032 of the Civil Code of the People's Republic of China")]),
    ("Articles 1032 and 1033 of the Civil Code", [(CC, "1032", None, None, "Articles 1032"), (CC, "1033", None, None, "1033")]),
    ("Articles 225 to 228 of the Civil Procedure Law", [("civil-procedure-law", "225", None, None, "Articles 225"), ("civil-procedure-law", "226", None, None, None), ("civil-procedure-law", "227", None, None, None), ("civil-procedure-law", "228", None, None, None), ("civil-procedure-law", "228", None, None, "228")]),
    ("Articles 225-228 of the Civil Procedure Law", [("civil-procedure-law", "225", None, None, "Articles 225"), ("civil-procedure-law", "226", None, None, None), ("civil-procedure-law", "227", None, None, None), ("civil-procedure-law", "228", None, None, None), ("civil-procedure-law", "228", None, None, "228")]),
    ("Article 50 of the Public Security Administration Punishments Law", [(PS, "50", None, None, "Article 50 of the Public Security Administration Punishments Law")]),
    ("Article 42 of the 2012 Public Security Administration Punishments Law", [(PS12, "42", None, None, "Article 42 of the 2012 Public Security Administration Punishments Law")]),
    ("Article 50(1)(5) of the Public Security Administration Punishments Law", [(PS, "50", 1, 5, "Article 50(1)(5) of the Public Security Administration Punishments Law")]),
    ("item (5) of Article 50 of the Public Security Administration Punishments Law", [(PS, "50", None, 5, "item (5) of Article 50 of the Public Security Administration Punishments Law")]),
    ("Article 1032, paragraph 2, of the Civil Code", [(CC, "1032", 2, None, "Article 1032, paragraph 2, of the Civil Code")]),
    ("paragraph 2 of Article 1032 of the Civil Code", [(CC, "1032", 2, None, "paragraph 2 of Article 1032 of the Civil Code")]),
    ("Art. 13 of the PIPL", [(PI, "13", None, None, "Art. 13 of the PIPL")]),
    ("Article 13 of the Personal Information Protection Law", [(PI, "13", None, None, "Article 13 of the Personal Information Protection Law")]),
    ("article 1165 of the civil code", [(CC, "1165", None, None, "article 1165 of the civil code")]),
    ("Civil Code Articles 1024 and 1032", [(CC, "1024", None, None, "Civil Code Articles 1024"), (CC, "1032", None, None, "1032")]),
    ("the Criminal Law, Article 238", [(CL, "238", None, None, "the Criminal Law, Article 238")]),
    ("Article 16 of the Credit Reporting Regulation", [("credit-reporting-regulation", "16", None, None, "Article 16 of the Credit Reporting Regulation")]),
    ("Article 25 of the Private Lending Provisions", [("private-lending-interpretation", "25", None, None, "Article 25 of the Private Lending Provisions")]),
    ("Article 29 of the Consumer Rights Protection Law", [("consumer-rights-law", "29", None, None, "Article 29 of the Consumer Rights Protection Law")]),
    ("Article 227 of the Civil Procedure Law", [("civil-procedure-law", "227", None, None, "Article 227 of the Civil Procedure Law")]),
    ("Articles 188, 192 and 195 of the Civil Code", [(CC, "188", None, None, "Articles 188"), (CC, "192", None, None, "192"), (CC, "195", None, None, "195")]),
    ("Article 253-1 of the Criminal Law", [(CL, "253-1", None, None, "Article 253-1 of the Criminal Law")]),
    ("Criminal Law Art. 246", [(CL, "246", None, None, "Criminal Law Art. 246")]),
    ("Article 56 of the Public Security Administration Punishments Law (2025)", [(PS, "56", None, None, "Article 56 of the Public Security Administration Punishments Law (2025)")]),
    ("Article 1183 of the Civil Code applies", [(CC, "1183", None, None, "Article 1183 of the Civil Code")]),
    ("under Article 680 of the Civil Code,", [(CC, "680", None, None, "Article 680 of the Civil Code")]),
]

NEGATIVE = [
    "前款规定的期限", "本条所称", "第3期还款", "第1032号判决", "第二条规定", "依照前两款的规定处罚",
    "第三章 第一节", "他在第1032页写道", "民法典很重要", "《民法典》的规定", "刑法修正案",
    "Article 1032", "see article 5 above", "the Civil Code protects privacy", "page 1032 of the Civil Code",
    "Civil Code 2020 edition", "第五十条", "第五十条第一款第（五）项", "Articles of association",
    "《民法典》第1032号", "第十三条、第六十九条", "民法典2020年版", "artistic licence",
]


def rows(text):
    citations, unknown = scan(text, CATALOGUE)
    assert unknown == []
    return [(c.law_id, c.number, c.paragraph, c.item, None if c.implicit else c.text)
            for c in citations]


@pytest.mark.parametrize(("text", "expected"), ZH + EN, ids=[t for t, _ in ZH + EN])
def test_citation_forms(text, expected):
    assert rows(text) == expected
    for citation in scan(text, CATALOGUE)[0]:
        if not citation.implicit:
            assert text[citation.start:citation.end] == citation.text


def test_table_is_big_enough():
    positives = sum(1 for _, exp in ZH + EN for row in exp if row[4] is not None)
    assert positives >= 80 and len(NEGATIVE) >= 20


@pytest.mark.parametrize("text", NEGATIVE)
def test_not_citations(text):
    assert scan(text, CATALOGUE) == ([], [])


@pytest.mark.parametrize(("text", "reason"), [
    ("《民法典》第9999条", "unknown article 'civil-code/9999' (the civil-code excerpt has"),
    ("《商业银行信用卡业务监督管理办法》第七十条", "the law '商业银行信用卡业务监督管理办法' is not in the statute data"),
    ("1999年《治安管理处罚法》第四十二条", "no version of 治安管理处罚法 from 1999 in the statute data"),
    ("Article 9999 of the Criminal Law", "unknown article 'criminal-law/9999' (the criminal-law"),
])
def test_unknown_citations_are_reported(text, reason):
    citations, unknown = scan(text, CATALOGUE)
    assert citations == []
    assert [u.text for u in unknown] == [text]
    assert unknown[0].reason.startswith(reason)


def test_this_law_inside_a_statute_resolves_to_that_statute():
    criminal = CONTENT.statutes["criminal-law"]
    citations, unknown = scan("依照本法第二百九十三条之一的规定", CATALOGUE, self_law=criminal)
    assert unknown == []
    assert [(c.ref, c.text) for c in citations] == [("criminal-law/293-1", "本法第二百九十三条之一")]
    assert scan("依照本法第二百九十三条之一的规定", CATALOGUE) == ([], [])  # no statute: no guess
    citations, _ = scan("under Article 293-1 of this Law", CATALOGUE, self_law=criminal)
    assert [c.ref for c in citations] == ["criminal-law/293-1"]


def test_clean_masks_code_and_links_but_keeps_offsets():
    text = "见`民法典第1032条`和[民法典第1033条](x.md)，以及民法典第1024条。\n```\n刑法第238条\n```\n"
    masked = clean(text)
    assert len(masked) == len(text) and masked.count("\n") == text.count("\n")
    assert [c.ref for c in scan(masked, CATALOGUE)[0]] == ["civil-code/1024"]
