"""What readers type, and the page (or article) that must be among the first five results.

Each query is pasted whole into the real search box of the served site (the list answers
the whole query however it was typed; key-by-key typing, Chinese as an input method commits
it, is tested in test_search_lookup.py), and the result list Material draws is read back.
A result is one page of the list; an article counts only if its section is shown
under its law's page, not folded under "more on this page".
"""

import pytest

pytestmark = pytest.mark.browser

QUERIES = [
    # Statute citations in every form readers use (the lookup), on the Chinese site ...
    ("zh", "民法典1032", "laws/civil-code/#art-1032"),
    ("zh", "民法典第1032条", "laws/civil-code/#art-1032"),
    ("zh", "民法典 第一千零三十二条", "laws/civil-code/#art-1032"),
    ("zh", "第一千零三十二条", "laws/civil-code/#art-1032"),
    ("zh", "Civil Code 1032", "laws/civil-code/#art-1032"),
    ("zh", "civil code art 1032", "laws/civil-code/#art-1032"),
    ("zh", "刑法293条之一", "laws/criminal-law/#art-293-1"),
    ("zh", "刑法第二百九十三条之一", "laws/criminal-law/#art-293-1"),
    ("zh", "PIPL 13", "laws/pipl/#art-13"),
    ("zh", "个保法第13条", "laws/pipl/#art-13"),
    ("zh", "治安管理处罚法第50条", "laws/public-security-2025/#art-50"),
    ("zh", "民事诉讼法225", "laws/civil-procedure-law/#art-225"),
    # ... and on the English site, Chinese forms included.
    ("en", "Civil Code 1032", "laws/civil-code/#art-1032"),
    ("en", "civil code art 1032", "laws/civil-code/#art-1032"),
    ("en", "PIPL 13", "laws/pipl/#art-13"),
    ("en", "民法典1032", "laws/civil-code/#art-1032"),
    ("en", "刑法293条之一", "laws/criminal-law/#art-293-1"),
    ("en", "Criminal Law 293-1", "laws/criminal-law/#art-293-1"),
    ("en", "Civil Procedure Law Article 227", "laws/civil-procedure-law/#art-227"),
    # Legal terms (the jieba dictionary; 时效 needs the compound split of 诉讼时效).
    ("zh", "暴力催收", "faq/evidence-of-abusive-collection/"),
    ("zh", "爆通讯录", "faq/contacts-blasting/"),
    ("zh", "停息挂账", "faq/credit-repair-and-debt-agents/"),
    ("zh", "个性化分期", "guide/debtor/"),
    ("zh", "征信", "faq/credit-record-when-and-how-long/"),
    ("zh", "罚息", "faq/penalty-interest-too-high/"),
    ("zh", "支付令", "faq/payment-order/"),
    ("zh", "催收非法债务罪", "faq/crime-of-collecting-illegal-debts/"),
    ("zh", "时效", "faq/limitation-period/"),
    ("zh", "砍头息", "faq/interest-deducted-upfront/"),
    ("en", "payment order", "faq/payment-order/"),
    ("en", "limitation period", "faq/limitation-period/"),
    ("en", "emergency contact", "faq/emergency-contact-liability/"),
    ("en", "interest deducted upfront", "glossary/#interest-deducted-upfront"),
    # Plain questions.
    ("zh", "催收打电话给家人", "faq/collectors-call-family/"),
    ("zh", "征信多久恢复", "faq/credit-record-when-and-how-long/"),
    ("zh", "半夜打电话催收", "faq/late-night-calls/"),
    ("zh", "紧急联系人要还钱吗", "faq/emergency-contact-liability/"),
    ("zh", "欠钱会坐牢吗", "faq/jail-for-unpaid-loans/"),
    ("zh", "去哪里投诉催收", "faq/where-to-complain/"),
    ("zh", "上门泼红漆", "cases/home-visit-paint/"),
    ("en", "collectors harassing my family", "faq/collectors-call-family/"),
    ("en", "calls to my contacts", "faq/contacts-blasting/"),
    ("en", "can I go to jail for unpaid loans", "faq/jail-for-unpaid-loans/"),
    ("en", "collectors calling my family", "faq/collectors-call-family/"),
    ("en", "credit report mistake", "faq/credit-record-errors/"),
    ("en", "collectors posing as police", "cases/fake-police-call/"),
]


@pytest.mark.parametrize("lang, query, expected", QUERIES,
                         ids=[f"{lang}:{query}" for lang, query, _ in QUERIES])
def test_query_finds_the_page_in_the_first_five(search_boxes, lang, query, expected):
    results = search_boxes(lang).search(query, paste=True)
    top = results[:5]
    assert any(result.shows(expected) for result in top), (
        f"{expected} not in the first five for {query!r}: "
        + "; ".join(f"{r.page} {list(r.sections)}" for r in top))
