"""Material's search cuts each run of Han characters once (lawguide.search.segments): the
same cuts as its own method, made again only for new runs or a new dictionary."""

import jieba
from material.plugins.search.plugin import SearchIndex

from conftest import ROOT
from lawguide import yamlsafe
from lawguide.memory import LastBuild
from lawguide.search import segments


def test_each_run_is_cut_once_per_dictionary_and_only_the_last_build_is_kept(monkeypatch):
    cuts = []
    original = jieba.cut
    monkeypatch.setattr(jieba, "cut", lambda value: cuts.append(value.decode()) or
                        original(value))
    index, cut = SearchIndex(), LastBuild()
    cut.start(("民法典",))
    assert segments.wrap(index, cut)
    index._segment_chinese("催收 call 催收，民法典。")
    assert cuts == ["催收", "民法典"]  # the second 催收 is not cut again
    cut.start(("民法典",))  # the next build: what the last one cut is not cut again
    index._segment_chinese("民法典")
    assert cuts == ["催收", "民法典"]
    cut.start(("民法典",))  # 催收 was not in the build before: forgotten
    index._segment_chinese("催收")
    assert cuts == ["催收", "民法典", "催收"]
    cut.start(("民法典", "催收"))  # a new dictionary may cut the same run otherwise
    index._segment_chinese("民法典")
    assert cuts == ["催收", "民法典", "催收", "民法典"]


def test_cuts_as_material_does():
    """On every text of the site's cases and answers, and on texts with what Material's
    expression treats specially (runs at either end, other scripts, zero-width spaces)."""
    texts = ["<p>催收人员不得在晚上十点以后打电话，也不得联系借款人的父母和同事。</p> Civil Code",
             "民法典", "催收", "  Article 1032 ", "", "\u200b民法典\u200b", "ひらがな漢字カナ",
             "《中华人民共和国民法典》第一千零三十二条", "a民b法c典d"]
    for folder in ("cases", "faq"):
        for path in sorted((ROOT / folder).glob("*.yml")):
            loaded, _ = yamlsafe.read_bytes(path.read_bytes(), path.name)
            texts += [text for _, text in yamlsafe.strings(loaded.data, ())]
    material = SearchIndex()
    expected = [material._segment_chinese(text) for text in texts]
    assert sum("\u200b" in cut for cut in expected) > 100  # it did cut
    ours = SearchIndex()
    assert segments.wrap(ours, LastBuild())
    assert [ours._segment_chinese(text) for text in texts] == expected
    assert [ours._segment_chinese(text) for text in texts] == expected  # from memory


def test_a_plugin_without_the_method_is_left_as_it_is():
    class Other:
        pass

    assert not segments.wrap(Other(), LastBuild())


def test_each_language_s_build_wraps_material_s_index_of_that_build():
    from types import SimpleNamespace

    from material.plugins.search.plugin import SearchPlugin

    from lawguide.memory import Memory
    from lawguide.search import site

    plugin = SearchPlugin()
    plugin.load_config({})
    plugin.search_index = SearchIndex()  # what its on_config makes, each build
    config = SimpleNamespace(plugins={site.PLUGIN: plugin}, theme={"language": "zh"},
                             config_file_path="mkdocs.yml")
    memory = Memory()
    memory.segments["zh"] = LastBuild()
    site.cut_once(config, memory)
    assert segments.METHOD in vars(plugin.search_index)
    plugin.search_index._segment_chinese("催收")
    assert list(memory.segments["zh"].made) == ["催收"]
    plugin.config.enabled = False  # Pagefind searches instead: nothing to wrap
    plugin.search_index = SearchIndex()
    site.cut_once(config, memory)
    assert segments.METHOD not in vars(plugin.search_index)
