"""The jieba user dictionary: what goes in, what it does to jieba, and errors in the terms file."""

import shutil
from pathlib import Path

import jieba
import pytest

from conftest import ROOT, real_content
from lawguide.errors import ContentError
from lawguide.search import dictionary


@pytest.fixture(scope="module")
def content():
    loaded, problems = real_content()
    assert problems == []
    return loaded


def test_dictionary_holds_statute_names_labels_glossary_and_listed_terms(content):
    words = dictionary.words(content, ROOT)
    for word in ("民法典", "个保法", "个人信息保护法",           # short names and aliases
                 "第一千零三十二条", "第二百九十三条之一", "第一条",  # labels, with 之N
                 "第一千二百六十条",                           # the last Civil Code article
                 "停息挂账", "征信", "支付令",                 # glossary terms
                 "暴力催收", "爆通讯录", "催收非法债务罪"):      # data/search-terms.txt
        assert word in words, word
    assert "第一千二百六十一条" not in words
    assert words == sorted(set(words))
    # Only Han words: Material cuts nothing else with jieba.
    assert "LPR" not in words and "12348" not in words and "PIPL" not in words


def test_dictionary_keeps_labels_and_terms_whole_in_jieba(content, tmp_path):
    path = tmp_path / "user.txt"
    assert dictionary.write(path, dictionary.words(content, ROOT)) is True
    assert dictionary.write(path, dictionary.words(content, ROOT)) is False  # unchanged
    plain, tuned = jieba.Tokenizer(), jieba.Tokenizer()
    tuned.load_userdict(str(path))
    text = "暴力催收违反民法典第一千零三十二条"
    assert plain.lcut(text) == ["暴力", "催收", "违反", "民法典", "第一千", "零", "三十二条"]
    assert tuned.lcut(text) == ["暴力催收", "违反", "民法典", "第一千零三十二条"]


def test_terms_file_problems_name_file_and_line(content, tmp_path):
    (tmp_path / "data").mkdir()
    shutil.copy(ROOT / dictionary.TERMS, tmp_path / dictionary.TERMS)
    with (tmp_path / dictionary.TERMS).open("a", encoding="utf-8") as out:
        out.write("\n# fine\n催收 # a comment after a term is fine\nLPR利率\n")
    lines = (tmp_path / dictionary.TERMS).read_text(encoding="utf-8").count("\n")
    with pytest.raises(ContentError) as error:
        dictionary.words(content, tmp_path)
    assert str(error.value) == (f"data/search-terms.txt:{lines}: 'LPR利率' is not a Chinese word: "
                                "the dictionary only changes how Chinese text is cut")


def test_generated_dictionary_lives_in_an_ignored_folder():
    configured = Path("build/search/jieba-user.txt")
    assert "/build/" in (ROOT / ".gitignore").read_text(encoding="utf-8").split()
    for config in ("mkdocs.yml", "mkdocs.en.yml"):
        assert f"jieba_dict_user: {configured.as_posix()}" in (ROOT / config).read_text("utf-8")
