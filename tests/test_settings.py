"""Our settings in mkdocs.yml's extra are typed (lawguide.settings): a wrong one stops the
build naming the setting, and every reader gets the same typed values."""

from types import SimpleNamespace

import pytest
from mkdocs.exceptions import Abort

from lawguide import i18n, pagefind, settings

LANGUAGES = [{"lang": "zh", "name": "中文", "docs_dir": "docs/zh", "config": "mkdocs.yml"},
             {"lang": "en", "name": "English", "prefix": "en/", "docs_dir": "docs/en",
              "config": "mkdocs.en.yml"}]


def config(lang="zh", **extra):
    return SimpleNamespace(extra={"languages": LANGUAGES, **extra}, theme={"language": lang},
                           config_file_path="mkdocs.yml")


def test_languages_are_typed_with_defaults_and_the_first_is_primary():
    zh, en = i18n.languages(config())
    assert (zh.prefix, en.prefix, en.name) == ("", "en/", "English")
    assert i18n.is_primary(config("zh")) and not i18n.is_primary(config("en"))
    english = config("en")
    assert i18n.current(english) is i18n.languages(english)[1]


def test_the_search_engine_is_one_of_two():
    assert pagefind.enabled(config(search_engine="pagefind"))
    assert not pagefind.enabled(config(search_engine="material"))
    assert not pagefind.enabled(config())
    with pytest.raises(Abort, match=r"^mkdocs\.yml: extra\.search_engine: .*'lunr'"):
        pagefind.enabled(config(search_engine="lunr"))


def test_a_language_without_its_docs_folder_is_named():
    broken = [{"lang": "fr", "name": "Français", "config": "mkdocs.fr.yml"}]
    with pytest.raises(Abort, match=r"extra\.languages: .*docs_dir"):
        settings.extra({"languages": broken})


def test_the_real_configs_settings_are_valid():
    from mkdocs.config import load_config

    from conftest import ROOT

    loaded = load_config(str(ROOT / "mkdocs.yml"))
    assert [language.lang for language in i18n.languages(loaded)] == ["zh", "en"]
