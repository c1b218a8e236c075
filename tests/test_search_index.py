"""The rewrite of search_index.json, the compound splits and the article lookup keys."""

import json
import re

import jieba
import pytest
from mkdocs.config import load_config

from conftest import ROOT, real_content
from lawguide.memory import LastBuild
from lawguide.render import load_strings
from lawguide.search import compounds, dictionary, index, lookup


def search_config(name: str) -> dict:
    return dict(load_config(str(ROOT / name)).plugins["material/search"].config)


SEPARATOR = re.compile(search_config("mkdocs.yml")["separator"])
FIELDS = {"title": {"boost": 1000}, "text": {"boost": 1}, "tags": {"boost": 1e6},
          "lookup": {"boost": 2000}, "title_parts": {"boost": 1000}, "text_parts": {"boost": 1},
          "synonyms": {"boost": 1000}, "text_synonyms": {"boost": 1}}


@pytest.fixture(scope="module")
def content():
    """The real content, with jieba knowing the generated dictionary as in a build."""
    loaded, problems = real_content()
    assert problems == []
    for word in dictionary.words(loaded, ROOT):
        jieba.add_word(word)
    return loaded


def test_both_languages_search_alike_but_for_the_language():
    zh, en = search_config("mkdocs.yml"), search_config("mkdocs.en.yml")
    assert (zh.pop("lang"), en.pop("lang")) == (["zh"], ["en"])
    assert zh == en
    assert set(index.FIELDS) <= set(zh["fields"])


@pytest.mark.parametrize("word, parts", [
    ("诉讼时效", ["时效"]),
    ("暴力催收", ["催收"]),
    ("催收非法债务罪", ["非法", "债务"]),
    ("个人信息保护法", ["信息", "保护", "护法", "保护法"]),
    ("时效", []),                       # two characters: nothing inside
    ("第一千零三十二条", []),             # labels and numbers stay whole
    ("二百九十三", []),
    ("PIPL", []),
])
def test_splits_are_dictionary_words_that_start_inside(content, word, parts):
    assert compounds.splits(word) == parts


def test_parts_leave_out_words_the_entry_has_already():
    assert compounds.keys(["诉讼时效", "时效", "中断"]) == []
    assert compounds.keys(["诉讼时效", "暴力催收"]) == ["催收", "时效"]


def test_splits_kept_for_later_entries_give_the_same_parts():
    """``known`` only remembers: an entry's parts do not depend on the entries before it."""
    entries = [["诉讼时效", "暴力催收"], ["诉讼时效", "时效"], ["暴力催收", "催收"],
               ["个人信息保护法"], ["诉讼时效", "暴力催收"]]
    known: dict[str, list[str]] = {}
    assert [compounds.keys(words, known) for words in entries] == \
        [compounds.keys(words) for words in entries] == \
        [["催收", "时效"], [], [], ["保护", "保护法", "信息", "护法"], ["催收", "时效"]]
    assert set(known) == {"诉讼时效", "暴力催收", "时效", "催收", "个人信息保护法"}


@pytest.mark.parametrize("law, number, must_have", [
    ("civil-code", "1032", ["民法典", "中国民法典", "Civil", "Code", "PRC", "第一千零三十二条",
                            "第", "1032", "条", "Article"]),
    ("criminal-law", "293-1", ["刑法", "Criminal", "第二百九十三条之一", "293", "之一",
                               "Article", "293-1"]),
    ("pipl", "13", ["个人信息保护法", "个保法", "PIPL", "Personal", "第十三条", "13"]),
])
def test_article_lookup_has_names_in_both_languages_and_both_numerals(content, law, number,
                                                                    must_have):
    statute = content.statutes[law]
    words = lookup.article_keys(statute, statute.article(number)).split()
    for word in must_have:
        assert word in words, word
    assert len(words) == len({w.lower() for w in words})  # each word once


def test_lookup_is_keyed_by_the_article_location(content):
    keys = lookup.keys_by_location(content, lambda src: src.removesuffix(".md") + "/")
    assert "laws/civil-code/#art-1032" in keys and "laws/criminal-law/#art-293-1" in keys
    assert len(keys) == sum(len(s.articles) for s in content.statutes.values())


def write_index(path, docs, fields=FIELDS, separator=SEPARATOR.pattern):
    config = {"lang": ["zh"], "separator": separator, "pipeline": ["stemmer"], "fields": fields}
    path.write_text(json.dumps({"config": config, "docs": docs}), encoding="utf-8")


def test_rewrite_drops_list_sections_adds_hidden_fields_and_writes_utf8(tmp_path, content):
    path = tmp_path / "search_index.json"
    docs = [
        {"location": "faq/x/", "title": "欠款\u200b超过\u200b三年", "text": "<p>\u200b诉讼时效\u200b，"
         "\u200b三年\u200b。</p>"},
        {"location": "faq/x/#_3", "title": "相关\u200b问答", "text": "<ul><li>别的\u200b问题</li></ul>"},
        {"location": "faq/x/#_4", "title": "暴力催收\u200b怎么办", "text": "第\u200b1032\u200b条"},
        {"location": "laws/civil-code/#art-1032", "title": "第一千零三十二条", "text": ""},
    ]
    write_index(path, docs)
    outcome = index.rewrite(path, {"laws/civil-code/#art-1032": "民法典 Civil Code"},
                            frozenset({"相关问答"}))
    raw = path.read_bytes()
    assert raw.decode("utf-8") == json.dumps(json.loads(raw), ensure_ascii=False,
                                             separators=(",", ":"))
    out = json.loads(raw)["docs"]
    assert [d["location"] for d in out] == ["faq/x/", "faq/x/#_4", "laws/civil-code/#art-1032"]
    assert out[0]["text_parts"] == "时效" and "title_parts" not in out[0]
    assert out[1]["title_parts"] == "催收"
    assert out[2]["lookup"] == "民法典 Civil Code" and "lookup" not in out[0]
    # Zero-width spaces stay only between two Chinese words.
    assert out[0]["text"] == "<p>诉讼时效，三年。</p>"
    assert out[0]["title"] == "欠款\u200b超过\u200b三年"
    assert out[1]["text"] == "第1032条"
    assert outcome == index.Outcome(entries=3, dropped=1, looked_up=1,
                                    bytes_before=outcome.bytes_before, bytes_after=len(raw))
    assert outcome.bytes_after < outcome.bytes_before


def test_the_index_text_is_json_dumps_of_the_whole_index():
    """The rewrite writes each entry's JSON text as it made it, joined: the bytes are those
    json.dumps (compact, UTF-8) gives for the whole index, whatever the values hold."""
    odd = ['"', "\\", "\n\t\x00\x1f", "\u2028\u2029", "</script>", "\U0001f600", "é"]
    docs = [{"location": f"x/{i}/", "title": text, "text": text * 2, "boost": i / 3,
             "tags": [text, None, True, {"k": [1, 2.5]}]} for i, text in enumerate(odd)]
    data = {"config": {"lang": ["zh", "en"], "separator": "[\\s\\-]+", "fields": {
        "title": {"boost": 1000.0}}}, "docs": docs, "extra": [{"a": "\u00e9"}]}
    assert index._json(data, [index._compact(entry) for entry in docs]) == json.dumps(
        data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def test_a_remembered_rewrite_makes_the_same_index_and_follows_every_change(tmp_path):
    """Under serve --dirty the rewrite reuses the entries it made last time: the index is
    the one a rewrite from nothing makes, after an edit, a new key or new rules too."""
    from lawguide.search import synonyms

    def docs(text):
        return [{"location": "faq/x/", "title": "欠款\u200b超过\u200b三年", "text": text},
                {"location": "faq/x/#_3", "title": "相关\u200b问答", "text": "<ul><li>x</li></ul>"},
                {"location": "laws/civil-code/#art-1032", "title": "第一千零三十二条", "text": ""}]

    rules = synonyms.Synonyms((synonyms.Rule(("三年",), ("时效",)),), "zh")
    remembered = LastBuild()
    steps = [("<p>诉讼\u200b时效</p>", {}, frozenset({"相关问答"}), rules),
             ("<p>诉讼\u200b时效</p>", {}, frozenset({"相关问答"}), rules),  # nothing changed
             ("<p>改过\u200b的\u200b文字</p>", {}, frozenset({"相关问答"}), rules),  # an edit
             ("<p>改过\u200b的\u200b文字</p>", {"laws/civil-code/#art-1032": "民法典"},
              frozenset({"相关问答"}), rules),  # a lookup key
             ("<p>改过\u200b的\u200b文字</p>", {}, frozenset(), None)]  # other rules
    for text, keys, drop, synonym_rules in steps:
        fresh, kept = tmp_path / "fresh.json", tmp_path / "kept.json"
        write_index(fresh, docs(text))
        write_index(kept, docs(text))
        index.rewrite(fresh, keys, drop, synonym_rules)
        index.rewrite(kept, keys, drop, synonym_rules, remembered)
        assert kept.read_bytes() == fresh.read_bytes(), text
        assert len(remembered.made) == len(json.loads(fresh.read_bytes())["docs"])


@pytest.mark.parametrize("field, expected", [
    ("词\u200b词", "词\u200b词"),
    ("\u200b词\u200b", "词"),
    ("词\u200b\u200b词", "词\u200b词"),
    ("<p>\u200b词\u200b</p>", "<p>词</p>"),
    ("词\u200b，\u200b词", "词，词"),
    ("App\u200b上传", "App上传"),
    ("a\u200bb", "a\u200bb"),   # Latin letters: only the zero-width space separates them
    ("a\u200b\u200bb", "a\u200bb"),  # a run separates as one
    ("\u200b\u200b", ""),
])
def test_compact_keeps_exactly_the_zero_width_spaces_that_separate(field, expected):
    assert index.compact(field, SEPARATOR) == expected
    assert [w for w in SEPARATOR.split(re.sub("<[^>]+>", " ", field)) if w] == \
        [w for w in SEPARATOR.split(re.sub("<[^>]+>", " ", expected)) if w]


def test_missing_hidden_fields_or_a_separator_python_cannot_read_stop_the_build(tmp_path):
    path = tmp_path / "search_index.json"
    write_index(path, [], fields={"title": {}, "text": {}, "lookup": {}})
    with pytest.raises(index.SearchConfigError, match=r"^mkdocs.yml: plugins.search.fields: "
                       "title_parts, text_parts, synonyms, text_synonyms missing; "):
        index.rewrite(path, {}, frozenset())
    write_index(path, [], separator="[\\s")
    with pytest.raises(index.SearchConfigError, match=r"^mkdocs.yml: plugins.search.separator: "
                       "unterminated character set"):
        index.rewrite(path, {}, frozenset())
    write_index(path, [], separator="[\\s\\-]+")
    with pytest.raises(index.SearchConfigError, match=r"^mkdocs.yml: plugins.search.separator: "
                       r"it does not split at the zero-width space \(U\+200B\) Material puts "
                       r"between Chinese words; add \\u200b to its first character set"):
        index.rewrite(path, {}, frozenset())


def test_sections_to_drop_come_from_the_ui_strings(tmp_path):
    strings = load_strings(ROOT / "data" / "ui.yml")
    assert index.drop_headings(ROOT, strings, "zh") == {"相关问答", "相关案例"}
    assert index.drop_headings(ROOT, strings, "en") == {"Related questions", "Related cases"}
    (tmp_path / "data").mkdir()
    (tmp_path / index.RULES).write_text("drop_sections: [related_answers, relatd_cases]\n")
    with pytest.raises(index.SearchConfigError, match=re.escape(
            "data/search.yml: drop_sections: relatd_cases not in data/ui.yml")):
        index.drop_headings(tmp_path, strings, "zh")


def test_synonyms_join_the_entries_whose_title_or_text_has_the_trigger(tmp_path):
    from lawguide.search import synonyms
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "search-synonyms.yml").write_text(
        "groups:\n  en:\n    - {in: [family], add: [parents, mum]}\n"
        "kinds:\n  bank: {name: {zh: 银行, en: bank}, in: {zh: [网贷], en: [online loan]}}\n"
        "brands:\n  - {zh: 微粒贷, en: Weilidai, kind: bank}\n", encoding="utf-8")
    rules = synonyms.Synonyms(synonyms.rules(tmp_path, "en"), "en")
    assert rules.fields("Collectors call my family", "") == {"synonyms": "parents mum"}
    assert rules.fields("Jail?", "An online loan ...") == {"text_synonyms": "Weilidai"}
    assert synonyms.dictionary_words(tmp_path) == {"微粒贷"}


def _compact_by_definition(field: str, separator: re.Pattern) -> str:
    """``compact`` as its docstring defines it, one run at a time (the oracle)."""
    def kept(run: re.Match) -> str:
        start, end = run.span()
        before = field[start - 1] if start else "<"
        after = field[end] if end < len(field) else ">"
        return "" if before in "<>" or after in "<>" or separator.search(before + after) \
            else "\u200b"

    return re.sub("\u200b+", kept, field)


def test_compact_is_its_definition_on_any_text():
    from hypothesis import example, given
    from hypothesis import strategies as st

    @given(st.lists(st.sampled_from(["\u200b", "词", "催收", "a", "App", "1", "，", " ", "<p>",
                                     "</p>", "<", ">", "-", "》", "\u3000"]),
                    max_size=16).map("".join))
    @example("App\u200b上传\u200b\u200b<p>\u200b")  # each kind of run's neighbours:
    @example("a\u200b")  # the end
    @example("\u200ba")  # the start
    @example("a\u200b<p>b</p>\u200bc")  # markup
    @example("a\u200b，\u200bb\u200bc")  # a separator, and letters only a space separates
    def same(field):
        assert index.compact(field, SEPARATOR) == _compact_by_definition(field, SEPARATOR)

    same()
