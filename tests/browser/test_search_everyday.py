"""Everyday words: kinship words, app names and plain speech, as readers type them.

The pages say 家人 and 网贷; readers type 父母 and 花呗. data/search-synonyms.yml adds
what they type to the index (hooks/lawguide/search/synonyms.py); each query here must
find the page a reader needs among the first five results.

Queries are pasted whole: the list answers the whole query however it was typed (the
key-by-key typing of a reader is tested in test_search_lookup.py).
"""

import pytest

pytestmark = pytest.mark.browser

QUERIES = [
    # Kinship words for "family".
    ("zh", "父母", "faq/collectors-call-family/"),
    ("zh", "催收打电话给我爸妈", "faq/collectors-call-family/"),
    ("zh", "催债的找我妈妈", "faq/collectors-call-family/"),
    ("zh", "老公要替我还钱吗", "faq/collectors-call-family/"),
    ("en", "parents", "faq/collectors-call-family/"),
    ("en", "debt collector calling my mum", "faq/collectors-call-family/"),
    ("en", "collectors calling my parents", "faq/collectors-call-family/"),
    # Work.
    ("zh", "催收打电话到公司", "faq/collectors-call-employer/"),
    ("zh", "催收找我老板", "faq/collectors-call-employer/"),
    ("en", "collector called my boss", "faq/collectors-call-employer/"),
    # App and product names, mapped to the kind of lender.
    ("zh", "花呗", "faq/jail-for-unpaid-loans/"),
    ("zh", "借呗还不上会坐牢吗", "faq/jail-for-unpaid-loans/"),
    ("zh", "花呗利息太高", "faq/interest-limits-4lpr/"),
    ("zh", "微粒贷利息太高", "faq/interest-limits-4lpr/"),
    ("zh", "美团月付逾期", "faq/defer-one-year/"),
    ("zh", "京东白条逾期", "faq/defer-one-year/"),
    ("en", "Huabei", "faq/jail-for-unpaid-loans/"),
    ("en", "Weilidai", "faq/interest-limits-4lpr/"),
    # Plain speech.
    ("zh", "欠钱会被抓吗", "faq/jail-for-unpaid-loans/"),
    ("zh", "上黑名单", "faq/credit-record-when-and-how-long/"),
    ("zh", "催债的来家里", "faq/can-they-visit-my-home/"),
    ("zh", "凌晨打电话催债", "faq/late-night-calls/"),
    ("zh", "群发联系人", "faq/contacts-blasting/"),
    ("zh", "举报催收", "faq/where-to-complain/"),
    ("zh", "滞纳金太高", "faq/penalty-interest-too-high/"),
    ("zh", "到手少", "faq/interest-deducted-upfront/"),
    ("en", "can I go to prison for debt", "faq/jail-for-unpaid-loans/"),
    ("en", "blacklist", "faq/credit-record-when-and-how-long/"),
    ("en", "calls at midnight", "faq/late-night-calls/"),
    ("en", "phonebook", "faq/contacts-blasting/"),
]


@pytest.mark.parametrize("lang, query, expected", QUERIES,
                         ids=[f"{lang}:{query}" for lang, query, _ in QUERIES])
def test_everyday_query_finds_the_page(search_boxes, lang, query, expected):
    results = search_boxes(lang).search(query, paste=True)
    top = results[:5]
    assert any(result.shows(expected) for result in top), (
        f"{expected} not in the first five for {query!r}: "
        + "; ".join(f"{r.page} {list(r.sections)}" for r in top))
