"""Our settings in ``mkdocs.yml``'s ``extra``, typed with MkDocs' own config classes.

MkDocs passes ``extra`` through unchecked; reading it as raw dicts meant a typo became a
``KeyError`` deep in a hook. Here each setting has a type, a default and MkDocs' own
validation, and a mistake stops the build with the setting's name.
"""

from __future__ import annotations

from mkdocs.config import base
from mkdocs.config import config_options as c
from mkdocs.exceptions import Abort


class Language(base.Config):
    """One entry of ``extra.languages``; the first is the default language."""

    lang = c.Type(str)
    name = c.Type(str)  # in its own language, for the language switch
    prefix = c.Type(str, default="")  # where the site lives under the published root: en/
    docs_dir = c.Type(str)  # its hand-written pages
    config = c.Type(str)  # its MkDocs config file


class Extra(base.Config):
    languages = c.ListOfItems(c.SubConfig(Language))
    search_engine = c.Choice(("material", "pagefind"), default="material")
    alternate = c.Type(bool, default=False)  # Material's language menu (our partial fills it)


def of(config) -> Extra:
    """The settings of one MkDocs config, validated once and kept on that config."""
    known = getattr(config, "_lawguide_extra", None)
    if known is None:
        known = extra(config.extra, config.config_file_path or "mkdocs.yml")
        config._lawguide_extra = known
    return known


def extra(mapping: dict | None, where: str = "mkdocs.yml") -> Extra:
    """``extra`` validated; what MkDocs' own options say of a wrong value stops the build.

    Other keys of ``extra`` (Material's) are left to their readers.
    """
    settings = Extra(config_file_path=where)
    keys = {key for key, _ in Extra._schema}
    settings.load_dict({key: value for key, value in (mapping or {}).items() if key in keys})
    errors, _ = settings.validate()
    if errors:
        raise Abort("\n".join(f"{where}: extra.{key}: {error}" for key, error in errors))
    return settings
