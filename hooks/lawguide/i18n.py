"""Language counterparts: every page links to the same page in the other language.

Both languages keep the same relative paths under ``docs/<lang>/``, and each
site is published under its prefix ("" for zh, "en/" for en). The switch is a
plain relative link, so it works without JavaScript and under any base URL.
"""

from __future__ import annotations

from pathlib import Path

from . import settings
from .settings import Language


def languages(config) -> list[Language]:
    """``extra.languages`` of a MkDocs config, in order; the first is the default."""
    return settings.of(config).languages


def current(config) -> Language:
    lang = config.theme["language"]
    return next(language for language in languages(config) if language.lang == lang)


def is_primary(config) -> bool:
    return languages(config)[0].lang == config.theme["language"]


def counterpart_href(here: Language, there: Language, page_url: str, base_url: str) -> str:
    """Relative href from a page (``page_url`` like ``cases/x/``) to its counterpart.

    ``base_url`` is MkDocs' relative path from the page to its own site root.
    """
    if there.lang == here.lang:
        return f"{base_url.rstrip('/')}/{page_url}"
    up = "../" * here.prefix.count("/")
    return f"{base_url.rstrip('/')}/{up}{there.prefix}{page_url}"


def alternates(root: Path, config, src_uri: str, page_url: str, base_url: str
               ) -> tuple[list[dict], list[str]]:
    """The language-switch entries for one page, and the languages it is missing in."""
    here = current(config)
    entries, missing = [], []
    for there in languages(config):
        exists = there.lang == here.lang or (root / there.docs_dir / src_uri).is_file()
        if not exists:
            missing.append(there.lang)
        url = page_url if exists else ""
        entries.append({"name": there.name, "lang": there.lang,
                        "href": counterpart_href(here, there, url, base_url),
                        "current": there.lang == here.lang})
    return entries, missing
