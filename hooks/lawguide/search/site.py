"""The search's part of a build: what the MkDocs hooks call.

``prepare`` runs in ``on_config``, after the content is compiled and before the
search plugin's own ``on_config`` (which loads the jieba dictionary): it checks the
worker pin, so a changed Material release stops the build, and writes the dictionary
from the build's content. ``finish`` runs in ``on_post_build`` after the plugin wrote the
index. (The template filter that points pages to the patched worker is
``worker.use_patched``.)
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

from mkdocs.exceptions import Abort
from mkdocs.structure.files import File

from ..errors import ContentError
from ..memory import LastBuild, Memory
from ..model import Content
from ..render import load_strings
from . import bundle, dictionary, index, lookup, segments, synonyms, worker

log = logging.getLogger("mkdocs.plugins.lawguide")
PLUGIN = "material/search"


def _root(config) -> Path:
    return Path(config.config_file_path).resolve().parent


def _plugin(config):
    plugin = config.plugins.get(PLUGIN)
    if plugin is None:
        raise Abort(f"{config.config_file_path}: plugins: the search plugin is missing")
    return plugin


def prepare(config, content: Content, memory: Memory) -> None:
    """Check the worker and bundle pins, write the jieba dictionary, give the plugin its path,
    and start this language's cut Han runs (``segments``, in ``memory``) with its words.

    The plugin's own merge under ``--dirty`` is switched off (see ``index.merge``); MkDocs
    also gives both languages' configs one plugin object, which would merge one
    language's index into the other's.
    """
    try:
        worker.patched()
        bundle.patched()
    except worker.WorkerPatchError as exc:
        raise Abort(str(exc)) from None
    plugin = _plugin(config)
    plugin.search_index_prev = None
    configured = plugin.config.jieba_dict_user
    if not configured:
        raise Abort(f"{config.config_file_path}: plugins.search.jieba_dict_user: not set; "
                    "name the generated dictionary (build/search/jieba-user.txt)")
    root = _root(config)
    path = Path(configured) if os.path.isabs(configured) else root / configured
    try:
        terms = dictionary.words(content, root)
    except ContentError as exc:
        raise Abort(f"search dictionary problems, the site was not built:\n{exc}") from None
    if dictionary.write(path, terms):
        log.info("lawguide: jieba user dictionary written: %s (%d words)", configured,
                 len(terms))
    plugin.config.jieba_dict_user = os.fspath(path)  # Material resolves it from the cwd
    memory.segments.setdefault(config.theme["language"], LastBuild()).start(tuple(terms))


def cut_once(config, memory: Memory) -> None:
    """Let the plugin's index of this language cut each run of Han characters once
    (``segments``). In ``on_env``: the plugin makes its index in its own ``on_config``."""
    plugin = _plugin(config)
    if not plugin.config.enabled:  # Pagefind searches instead
        return
    index_ = getattr(plugin, "search_index", None)
    if index_ is None or not segments.wrap(index_, memory.segments[config.theme["language"]]):
        log.debug("lawguide: Material's search index has no %s; its own cutting is used",
                  segments.METHOD)


def finish(config, content: Content, memory: Memory, dirty: bool, files) -> index.Outcome:
    """Write the patched worker and rewrite this language's search index.

    A ``dirty`` build (``mkdocs serve --dirty``, whose first build is whole) indexed only
    the pages it rebuilt: the others are taken from the last index (``memory.search``),
    less the pages no longer among ``files`` (this build's MkDocs Files), and the rewrite
    makes again only the entries that changed (``memory.rewritten``). Only such a build
    needs either: a plain build keeps neither.
    """
    site_dir = Path(config.site_dir)
    lang = config.theme["language"]
    path = site_dir / "search" / "search_index.json"
    loaded = index.load(path)
    remembered = None
    if dirty:
        current = {f.url for f in files.documentation_pages()}
        memory.search[lang] = index.merge(loaded[0], memory.search.get(lang), current)
        remembered = memory.rewritten.setdefault(lang, LastBuild())
    worker.patched().write(site_dir)
    root = _root(config)

    def url_of(src: str) -> str:
        return File(src, config.docs_dir, config.site_dir, config.use_directory_urls).url

    try:
        drop = index.drop_headings(root, load_strings(root / "data" / "ui.yml"), lang)
        outcome = index.rewrite(path, lookup.keys_by_location(content, url_of), drop,
                                synonyms.Synonyms(synonyms.rules(root, lang), lang),
                                remembered, loaded)
    except (index.SearchConfigError, synonyms.SynonymError) as exc:
        raise Abort(str(exc)) from None
    log.info("lawguide: %s search index: %d entries (%d list sections dropped, %d articles "
             "keyed), %d -> %d bytes", lang, outcome.entries, outcome.dropped,
             outcome.looked_up, outcome.bytes_before, outcome.bytes_after)
    return outcome
