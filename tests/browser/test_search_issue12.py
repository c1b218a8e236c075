"""Issue 12: what frightened readers type about credit cards, courts and spouses.

Each query must reach an answer that tells the reader what to do, in the first five.

Queries are pasted whole: the list answers the whole query however it was typed (the
key-by-key typing of a reader is tested in test_search_lookup.py).
"""

import pytest

pytestmark = pytest.mark.browser

QUERIES = [
    ("zh", "刷信用卡还不上会判刑吗", "faq/credit-card-jail/"),
    ("zh", "法院把我的卡冻了", "faq/bank-account-frozen/"),
    ("zh", "收到法院传票", "faq/received-court-summons/"),
    ("en", "is my husband responsible for my loan", "faq/spouse-liability/"),
    ("zh", "恶意透支", "faq/malicious-overdraft-stay-clear/"),
    ("zh", "失信被执行人", "faq/dishonest-debtor-list/"),
    ("zh", "限制高消费", "faq/consumption-restriction/"),
    ("en", "frozen bank account", "faq/bank-account-frozen/"),
    ("en", "guarantee period", "faq/guarantee-period/"),
]


@pytest.mark.parametrize("lang, query, expected", QUERIES,
                         ids=[f"{lang}:{query}" for lang, query, _ in QUERIES])
def test_query_finds_the_answer_in_the_first_five(search_boxes, lang, query, expected):
    results = search_boxes(lang).search(query, paste=True)
    top = results[:5]
    assert any(result.shows(expected) for result in top), (
        f"{expected} not in the first five for {query!r}: "
        + "; ".join(f"{r.page} {list(r.sections)}" for r in top))
