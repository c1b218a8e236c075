import pytest

from lawguide.numerals import article_label_zh, from_chinese, to_chinese

CASES = [
    (1, "一"), (10, "十"), (13, "十三"), (20, "二十"), (101, "一百零一"), (110, "一百一十"),
    (188, "一百八十八"), (680, "六百八十"), (1001, "一千零一"), (1010, "一千零一十"),
    (1032, "一千零三十二"), (1100, "一千一百"), (1165, "一千一百六十五"), (1260, "一千二百六十"),
]


@pytest.mark.parametrize(("number", "text"), CASES)
def test_both_directions(number, text):
    assert to_chinese(number) == text
    assert from_chinese(text) == number


def test_round_trip_every_article_number():
    for n in range(1, 1300):
        assert from_chinese(to_chinese(n)) == n


def test_suffix_label():
    assert article_label_zh("293-1") == "第二百九十三条之一"
    assert article_label_zh("1032") == "第一千零三十二条"


@pytest.mark.parametrize("bad", ["", "条", "三三", "零"])
def test_rejects_non_numerals(bad):
    with pytest.raises(ValueError):
        from_chinese(bad)
