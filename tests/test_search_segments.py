"""Material's search cuts each Chinese text once while serving (lawguide.search.segments):
the same cuts as its own method, made again only for new texts or a new dictionary."""

from material.plugins.search.plugin import SearchIndex

from lawguide.memory import LastBuild
from lawguide.search import segments


class Counting:
    def __init__(self):
        self.cut = []

    def _segment_chinese(self, text: str) -> str:
        self.cut.append(text)
        return f"[{text}]"


def test_a_text_is_cut_once_per_dictionary_and_only_the_last_build_is_kept():
    plugin, cut = Counting(), LastBuild()
    cut.start(("民法典",))
    assert segments.wrap(plugin, cut)
    assert [plugin._segment_chinese(t) for t in ("甲", "乙", "甲")] == ["[甲]", "[乙]", "[甲]"]
    assert plugin.cut == ["甲", "乙"]
    cut.start(("民法典",))  # the next build: what the last one cut is not cut again
    assert plugin._segment_chinese("甲") == "[甲]" and plugin.cut == ["甲", "乙"]
    cut.start(("民法典",))  # "乙" was not in the build before: forgotten
    plugin._segment_chinese("乙")
    assert plugin.cut == ["甲", "乙", "乙"]
    cut.start(("民法典", "催收"))  # a new dictionary may cut the same text otherwise
    plugin._segment_chinese("甲")
    assert plugin.cut == ["甲", "乙", "乙", "甲"]


def test_wrapped_material_cuts_as_material_does():
    text = "<p>催收人员不得在晚上十点以后打电话，也不得联系借款人的父母和同事。</p> Civil Code"
    plugin = SearchIndex()
    expected = plugin._segment_chinese(text)
    assert "\u200b" in expected  # it did cut
    assert segments.wrap(plugin, LastBuild())
    assert plugin._segment_chinese(text) == expected
    assert plugin._segment_chinese(text) == expected  # from memory


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
