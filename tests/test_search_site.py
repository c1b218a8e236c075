"""The search index and worker of the real site, as a build writes them."""

import json

import pytest
import yaml

from conftest import ROOT
from lawguide.search import worker
from lawguide.search.tokens import words

pytestmark = pytest.mark.site
LANGS = {"zh": "", "en": "en/"}
UI = yaml.safe_load((ROOT / "data" / "ui.yml").read_text(encoding="utf-8"))


def index_of(site, lang):
    raw = (site / LANGS[lang] / "search" / "search_index.json").read_bytes()
    return raw, json.loads(raw)


def entry(data, location):
    return next(doc for doc in data["docs"] if doc["location"] == location)


@pytest.mark.parametrize("lang", LANGS)
def test_one_utf8_index_per_language(built_site, lang):
    raw, data = index_of(built_site, lang)
    assert data["config"]["lang"] == [lang]
    assert raw.decode("utf-8") == json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    title = entry(data, "faq/late-night-calls/")["title"].replace("\u200b", "")
    assert title == {"zh": "催收半夜打电话、一天打几十个，违法吗？",
                     "en": "Collectors call me late at night and dozens of times a day. "
                           "Is that illegal?"}[lang]


@pytest.mark.parametrize("lang", LANGS)
def test_index_carries_no_chrome_notices_or_lists_of_other_pages(built_site, lang):
    _, data = index_of(built_site, lang)
    text = "\n".join(doc["title"] + doc["text"] for doc in data["docs"]).replace("\u200b", "")
    for key in ("notice", "cited_by", "cited_by_none", "unofficial", "last_reviewed"):
        assert UI[key][lang] not in text, key
    headings = {doc["title"].replace("\u200b", "") for doc in data["docs"]}
    assert not headings & {UI["related_answers"][lang], UI["related_cases"][lang]}
    assert UI["statutes_relied"][lang] in headings  # kept: it finds answers by statute


@pytest.mark.parametrize("lang", LANGS)
def test_dictionary_words_are_whole_words_of_the_built_index(built_site, lang):
    _, data = index_of(built_site, lang)
    article = entry(data, "laws/civil-code/#art-1032")
    assert "第一千零三十二条" in words(article["title"])
    assert "第二百九十三条之一" in words(entry(data, "laws/criminal-law/#art-293-1")["title"])
    if lang == "zh":
        everything = {w for doc in data["docs"] for w in words(doc["title"] + " " + doc["text"])}
        assert {"暴力催收", "爆通讯录", "停息挂账", "催收非法债务罪", "诉讼时效"} <= everything


@pytest.mark.parametrize("lang", LANGS)
def test_hidden_fields_carry_lookups_and_compound_parts(built_site, lang):
    _, data = index_of(built_site, lang)
    articles = [doc for doc in data["docs"] if "#art-" in doc["location"]]
    assert len(articles) > 50
    for doc in articles:
        number = doc["location"].split("#art-")[1].split("-")[0]
        assert {"Article", number} <= set(doc["lookup"].split()), doc["location"]
    lookup = entry(data, "laws/pipl/#art-13")["lookup"].split()
    assert {"个人信息保护法", "个保法", "PIPL", "13", "第十三条"} <= set(lookup)
    if lang == "zh":
        assert "时效" in entry(data, "laws/civil-code/#art-188")["title_parts"].split()


def test_both_languages_load_the_patched_worker(built_site):
    name = worker.patched().name
    for prefix in LANGS.values():
        assert (built_site / prefix / worker.WORKERS / name).read_bytes() == worker.patched().data
        for page in ("index.html", "laws/civil-code/index.html", "404.html"):
            html = (built_site / prefix / page).read_text(encoding="utf-8")
            assert f"workers/{name}" in html and f"workers/{worker.FILE}" not in html, page


def test_generated_dictionary_is_where_the_configs_say(built_site):
    words_ = (built_site.parent / "build/search/jieba-user.txt").read_text("utf-8").split()
    assert {"第一千零三十二条", "民法典", "暴力催收"} <= set(words_)
