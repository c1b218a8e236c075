"""Personal data in contributed text: found when it is there, left alone when it is not."""

import pytest

from lawguide.anonymise import explain, find, luhn_valid, resident_id_valid

# (text, [(kind, masked form)])
FOUND = [
    ("请拨打13812345678联系", [("mobile", "138****5678")]),
    ("电话 138-1234-5678。", [("mobile", "138****5678")]),
    ("call +86 139 1234 5678 now", [("mobile", "139****5678")]),
    ("号码008619912345678", [("mobile", "199****5678")]),
    ("全角１３８１２３４５６７８", [("mobile", "138****5678")]),
    ("零宽138\u200b1234\u200b5678", [("mobile", "138****5678")]),
    ("身份证11010519491231002X", [("resident-id", "1****************X")]),
    ("id 11010519491231002x.", [("resident-id", "1****************X")]),
    ("卡号6222021234567890128", [("bank-card", "6222***********0128")]),
    ("card 4111 1111 1111 1111", [("bank-card", "4111********1111")]),
    ("card 4111-1111-1111-1111", [("bank-card", "4111********1111")]),
    ("写信给zhang.wei@example.cn", [("email", "z***@***")]),
    ("mail x_y+z@sub.mail.example.com.", [("email", "x***@***")]),
    ("信箱xİy@example.com", [("email", "x***@***")]),   # İ: a letter to re.IGNORECASE
    # Spellings that hid from the first checks (issue 11, family 8).
    ("电话138.1234.5678", [("mobile", "138****5678")]),
    ("电话 138 123 45678", [("mobile", "138****5678")]),
    ("电话138–1234–5678", [("mobile", "138****5678")]),
    ("电话138**1234**5678", [("mobile", "138****5678")]),
    ("身份证 110105 19491231 002X", [("resident-id", "1****************X")]),
    ("身份证110105-19491231-002X", [("resident-id", "1****************X")]),
    ("旧身份证110105491231002", [("resident-id", "1*************2")]),
    ("card 4111.1111.1111.1111", [("bank-card", "4111********1111")]),
    ("写信给 zhang(at)example(dot)cn", [("email", "z***@***")]),
    ("mail zhang [at] example [dot] com", [("email", "z***@***")]),
    ("user at example dot com", [("email", "u***@***")]),
    ("车牌粤b12345", [("plate", "粤B·*****")]),
    ("加我QQ：123456789", [("qq", "QQ:12***")]),  # NFKC: ： is :
    ("微信号: zhang_wei88", [("wechat", "微信号: zh***")]),
    ("WeChat ID wxid_abc123", [("wechat", "WeChat ID wx***")]),
    ("加WX：zhangwei88", [("wechat", "WX:zh***")]),         # each word the prefilter knows
    ("vx zhangwei88", [("wechat", "vx zh***")]),
    ("V信 lisi_2024", [("wechat", "V信 li***")]),
    ("wxid_abc12345", [("wechat", "wxid_ab***")]),
    ("WeChat: zhang_wei88", [("wechat", "WeChat: zh***")]),
    ("车牌粤B·12345", [("plate", "粤B·*****")]),
    ("车牌京A12345D", [("plate", "京A·******")]),
    ("教练车粤B1234学", [("plate", "粤B·*****")]),
    ("plate 沪C 9K123", [("plate", "沪C·*****")]),
    ("13812345678 and 13987654321", [("mobile", "138****5678"), ("mobile", "139****4321")]),
]

# Text that looks numeric or official but identifies no one.
NOT_FOUND = [
    "138****1234",                          # already masked
    "1****************X",
    "（2021）京0105民初12345号",              # a case number
    "京ICP备12345678号",                     # a website licence, not a plate
    "2021年12月31日借款100000元，年利率24%",
    "12345678901",                          # 11 digits but not a mobile prefix
    "13812345678902",                       # 14 digits (not Luhn-valid): no mobile inside it
    "110105194912310021",                   # 18 digits, wrong check digit
    "4111111111111112",                     # 16 digits, fails Luhn
    "《民法典》第一千零三十三条",
    "Article 1033 of the Civil Code",
    "138 ****1234",                         # masked with a space
    "借款10000元，分12期，每期1000元",
    "2020-08-20起，按4倍LPR计算",
    "旧身份证号为15位",
    "meet at home, dot the i",
    "QQ群",
    "粤B",                                  # a city code alone
    "京A1234",                              # too short for a plate
]


@pytest.mark.parametrize(("text", "expected"), FOUND)
def test_identifier_is_found_and_masked(text, expected):
    assert [(f.kind, f.masked) for f in find(text)] == expected


@pytest.mark.parametrize("text", NOT_FOUND)
def test_ordinary_text_passes(text):
    assert find(text) == []


def test_checksums():
    assert resident_id_valid("11010519491231002X")
    assert not resident_id_valid("110105194912310021")
    assert not resident_id_valid("1101051949123100")
    assert luhn_valid("4111111111111111") and luhn_valid("6222021234567890128")
    assert not luhn_valid("4111111111111112")


def test_message_says_what_where_and_how_without_repeating_the_number():
    text = "催收员用13812345678连续多晚在午夜后来电。"
    [finding] = find(text)
    message = explain(text, finding)
    assert message == ('contains a mainland mobile number (in "催收员用138****5678连续多晚在午夜后"); '
                       "published pages must not identify anyone: delete it, or write it masked "
                       "as 138****5678")
    assert "13812345678" not in message


def site_and_corpus_texts() -> list[str]:
    """Every text of the tables above, the hostile corpus and the site's own content."""
    from conftest import ROOT
    from lawguide import yamlsafe

    texts = [text for text, _ in FOUND] + NOT_FOUND
    for folder in ("tests/bad_inputs", "cases", "faq", "data"):
        for path in sorted((ROOT / folder).rglob("*.yml")):
            loaded, problems = yamlsafe.read_bytes(path.read_bytes(), path.name)
            texts += [] if problems else [t for _, t in yamlsafe.strings(loaded.data, ())]
    return texts


def test_the_prefilters_change_no_finding(monkeypatch):
    """``find`` skips the digit patterns where no five digits are in a row, the WeChat
    pattern where none of its words is, and tries the email pattern only where an "at"
    ends a run of label characters: the same findings as with every pattern run over the
    whole text, on every text of the site and the corpus."""
    import re

    from lawguide import anonymise

    texts = site_and_corpus_texts()
    filtered = [find(text) for text in texts]
    skipped = sum(not anonymise._FIVE_DIGITS.search(anonymise.normalise(t)) for t in texts)
    assert skipped > len(texts) / 2  # the prefilters do skip most texts
    monkeypatch.setattr(anonymise, "_FIVE_DIGITS", re.compile(""))
    monkeypatch.setattr(anonymise, "_WECHAT_WORDS", ("",))
    monkeypatch.setattr(anonymise, "_emails", anonymise.EMAIL.finditer)
    assert [find(text) for text in texts] == filtered
    assert any(filtered)


# Pieces of addresses and of text around them, so that random strings spell many of them.
# (İ, ı and ſ stay as they are in NFKC, and the pattern's re.IGNORECASE reads them as letters.)
ADDRESS_PIECES = ["a", "Z", "9", ".", "_", "-", "+", "%", "@", " at ", " AT ", "(at)", "[At]",
                  "{at}", " (at) ", "at", " dot ", "(dot)", "[dot]", ".cn", ".com", "example",
                  " ", "x" * 30, "、", "信", "İ", "ı", "ſ"]


def test_addresses_are_found_from_their_at_as_by_the_whole_pattern():
    """``_emails`` finds what ``EMAIL.finditer`` finds: in the site's texts, and in texts
    made of address pieces, with runs near the 64-character limit and overlapping "at"s."""
    from hypothesis import example, given, settings
    from hypothesis import strategies as st

    from lawguide import anonymise

    def spans(matches) -> list[tuple[int, int]]:
        return [m.span() for m in matches]

    for text in site_and_corpus_texts():
        text = anonymise.normalise(text)
        assert spans(anonymise._emails(text)) == spans(anonymise.EMAIL.finditer(text))

    @settings(max_examples=1500, deadline=None)
    @given(st.lists(st.sampled_from(ADDRESS_PIECES), max_size=16).map("".join))
    @example("x at at y.com")          # an "at" that begins inside another
    @example("a" * 64 + "@b.cn")       # the longest local part
    @example("a" * 65 + "@b.cn")       # one too long
    @example("u@a.cn@b.cn v@c.cn")     # a run that reaches back into the last address
    @example("xİy@example.com")        # letters only case-insensitive matching knows
    @example("aıb@example.com ſam@b.cn")
    def same(text):
        assert spans(anonymise._emails(text)) == spans(anonymise.EMAIL.finditer(text))

    same()


def test_normalise_is_nfkc_without_format_characters_and_separators():
    """The fast path of ``normalise`` (ASCII as it is; full-width forms mapped before NFKC,
    which then runs only if something is left to do) gives what its definition gives."""
    import unicodedata

    from hypothesis import given, settings
    from hypothesis import strategies as st

    from lawguide import anonymise

    def definition(text: str) -> str:
        text = anonymise._format_characters().sub("", unicodedata.normalize("NFKC", text))
        return anonymise._SEPARATORS.sub("", text)

    for code, ascii_code in anonymise._WIDE.items():
        assert unicodedata.normalize("NFKC", chr(code)) == chr(ascii_code)
    for text in site_and_corpus_texts():
        assert anonymise.normalise(text) == definition(text)

    wide = "".join(map(chr, anonymise._WIDE))
    @settings(max_examples=1500, deadline=None)
    @given(st.text(alphabet=st.one_of(st.characters(), st.sampled_from(wide + "\u0301\u3099"
                                                                        "\u200b１２３"))))
    def same(text):
        assert anonymise.normalise(text) == definition(text)

    same()
