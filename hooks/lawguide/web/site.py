"""The open-web part of a build: what the MkDocs hooks call.

``configure`` (``on_config``) checks the published address and gives each language its own
``site_url``; ``page_context`` (``on_page_context``) builds a page's metadata and what it
keeps for offline reading; ``finish_language`` (``on_post_build`` of each language) writes
its feed and manifest; ``finish_site`` (after every language is built) writes the JSON
export, ``robots.txt`` and the service worker, whose version covers both languages.
"""

from __future__ import annotations

import html
import json
import logging
import os
from functools import lru_cache
from pathlib import Path

import yaml
from mkdocs.exceptions import Abort
from mkdocs.utils import get_relative_url

from .. import i18n
from ..model import Content, Text
from . import export, feed, meta, offline
from .address import ENV, Address, AddressError, for_language
from .text import heading

log = logging.getLogger("mkdocs.plugins.lawguide")
STRINGS = "data/web.yml"


def _language(config) -> i18n.Language:
    return i18n.current(config)


def configure(config) -> Address:
    """Check ``site_url`` (or SITE_URL) and set this language's: ``<root><prefix>``."""
    source = (f"{ENV} (environment)" if os.environ.get(ENV)
              else f"{config.config_file_path}: site_url")
    try:
        address = Address.parse(config.site_url, source)
    except AddressError as exc:
        raise Abort(str(exc)) from None
    config.site_url = address.site(_language(config).prefix)
    return address


def address_of(config) -> Address:
    return for_language(config.site_url, _language(config).prefix)


@lru_cache(maxsize=4)
def _strings(path: Path, stamp: int) -> dict[str, Text]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return {key: Text(**value) for key, value in data.items()}


def strings(root: Path) -> dict[str, Text]:
    path = root / STRINGS
    return _strings(path, path.stat().st_mtime_ns)


def offline_keep(files) -> list[str]:
    """What every page of a language asks the service worker to keep (``offline.keep``)."""
    return offline.keep(f.url for f in files if f.url)


def page_context(context: dict, page, config, root: Path, content: Content, toolkit,
                 ui: dict[str, Text], missing: list[str], kept: list[str]) -> None:
    here = _language(config)
    languages = i18n.languages(config)
    what = meta.subject(content, page.meta, page.file.src_uri, toolkit)
    description = meta.describe(what, page.meta, here.lang, ui)
    if description is None:
        log.warning("page %s has no description: add 'description:' (one or two plain "
                    "sentences) to its front matter", page.file.src_uri)
        description = config.site_description or ""
    web = strings(root)
    meta_ = meta.build(
        address=address_of(config), here=here, languages=languages,
        present={language.lang for language in languages} - set(missing),
        page_url=page.url, title=_title(what, page, here.lang), description=description,
        site_name=ui["site_name"][here.lang], what=what,
        feed=(get_relative_url(feed.FILE, page.url), web["feed_title"][here.lang]))
    # Material prints page.meta.description into an attribute as it is: hand it escaped.
    page.meta["description"] = html.escape(description)
    context["lg_meta"] = meta_
    keep = [get_relative_url(url, page.url) for url in kept]
    context["lg_offline"] = {
        "worker": offline.root_href(context["base_url"], here.prefix) + offline.WORKER,
        "scope": offline.root_href(context["base_url"], here.prefix),
        "keep": json.dumps(keep, separators=(",", ":")),
    }


def _title(what: meta.Subject, page, lang: str) -> str:
    """The page's title as its heading shows it (``text.heading``), for og:title."""
    if what.kind == "case":
        return heading(what.obj.title[lang])
    if what.kind == "answer":
        return heading(what.obj.question[lang])
    if what.kind == "law":
        return heading(what.obj.title[lang])
    if what.kind == "tool":
        return heading(what.obj.page.title[lang])
    return html.unescape(str(page.title or ""))  # on_page_markdown's escaped heading text


def finish_language(config, content: Content, root: Path, ui: dict[str, Text]) -> None:
    """This language's feed and manifest, in its own site folder, and no source maps.

    Material's source maps (``assets/**/*.map``, 1.3 MB a language) serve only a developer
    debugging Material itself, and name the address of the machine that built them.
    """
    here, site_dir = _language(config), Path(config.site_dir)
    for source_map in (site_dir / "assets").rglob("*.map"):
        source_map.unlink()
    web = strings(root)
    address = address_of(config)
    (site_dir / feed.FILE).write_bytes(feed.atom(
        content, address, here.prefix, here.lang, web["feed_title"][here.lang],
        {"case": web["kind_case"][here.lang], "answer": web["kind_answer"][here.lang]}))
    offline.write_manifest(site_dir, offline.manifest(
        ui["site_name"][here.lang], web["app_short_name"][here.lang],
        config.site_description or "", here.lang, config.theme["favicon"]))


def finish_site(config, content: Content, digests: dict | None = None,
                exported: dict | None = None) -> None:
    """After every language: the export, robots.txt and the service worker (``digests``:
    each built file's, from the last build; see ``offline.version``; ``exported``: the
    export's item texts, from the last build; see ``export.texts``)."""
    site_dir = Path(config.site_dir)
    address = address_of(config)
    languages = i18n.languages(config)
    written = export.write(content, address, languages, site_dir / export.FOLDER, exported)
    sitemaps = "".join(f"Sitemap: {address.site(language.prefix)}sitemap.xml\n"
                       for language in languages)
    (site_dir / "robots.txt").write_text(f"User-agent: *\nAllow: /\n{sitemaps}", encoding="utf-8")
    offline.write_worker(site_dir, digests)
    log.info("lawguide: open data written to %s (%d files); service worker and robots.txt",
             export.FOLDER, len(written))
