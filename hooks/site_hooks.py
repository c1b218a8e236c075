"""MkDocs hooks: thin adapters from MkDocs events to the ``lawguide`` modules.

The primary (Chinese) build compiles the YAML content into pages for both
languages, then builds the English site into ``<site_dir>/en`` so that one
``mkdocs serve`` or ``mkdocs build`` always gives the whole bilingual site,
with one search index per language.
"""

from __future__ import annotations

import logging
from functools import lru_cache
from pathlib import Path

from mkdocs.exceptions import Abort, PluginError
from mkdocs.plugins import event_priority
from mkdocs.utils import get_relative_url

from lawguide import crumbs, editlink, i18n, otherlanguages, pagefind, pagemeta, sanitize, serving
from lawguide.compile import compile_site
from lawguide.errors import ContentError
from lawguide.extension import NAME as LINKS
from lawguide.extension import LawLinks
from lawguide.memory import Memory
from lawguide.pipeline import GENERATED_DIRS
from lawguide.render import Strings
from lawguide.search import site as search
from lawguide.search.bundle import patched as patched_bundle
from lawguide.search.bundle import use_patched as use_lazy_search_bundle
from lawguide.search.worker import use_patched as use_patched_search_worker
from lawguide.session import Build
from lawguide.web import site as web
from lawguide.web import text

log = logging.getLogger("mkdocs.plugins.lawguide")

# The build in progress: the primary language makes a new one in on_config, and
# otherlanguages.build hands it to the other languages (receive). MkDocs loads this
# module once per process and shares it between configs (both languages, and every
# rebuild under `mkdocs serve`): only _memory and _dirty outlive one build.
_build: Build | None = None
_links: LawLinks | None = None  # our Markdown extension, bound to _build
# What this process remembers between builds (mkdocs serve): made once, with this module.
_memory = Memory()
_dirty = False  # `mkdocs serve --dirty`: the other languages are rebuilt dirty too


@event_priority(0)  # records a flag; nothing else reads it
def on_startup(command: str, dirty: bool) -> None:
    global _dirty
    _dirty = dirty


def receive(build: Build) -> None:
    global _build
    _build = build


def _root(config) -> Path:
    return _resolved(config.config_file_path).parent


@lru_cache(maxsize=16)
def _resolved(path: str) -> Path:
    """Path.resolve() makes system calls, and page events ask on every page."""
    return Path(path).resolve()


@event_priority(100)  # before the search plugin's on_config loads the jieba dictionary
def on_config(config):
    global _build, _links
    web.configure(config)  # the published address; this language's site_url
    if i18n.is_primary(config):
        _build = _compile(_root(config), config.strict)  # handed to the other languages
    search.prepare(config, _build.compiled.content, _memory)  # the jieba dictionary
    if pagefind.enabled(config):  # extra.search_engine: pagefind
        pagefind.switch_off_material(config)
    # Our Markdown extension links with the content this build checked, not its own copy.
    options = config.mdx_configs.pop(LINKS, {})
    _links = LawLinks(prose=lambda: _build.prose(options.get("lang", "zh")), **options)
    config.markdown_extensions[config.markdown_extensions.index(LINKS)] = _links
    return config


def _compile(root: Path, strict: bool) -> Build:
    """Check everything, then write the generated pages of every language."""
    try:
        result = compile_site(root, _memory, strict)
    except ContentError as exc:
        raise Abort(f"content problems, the site was not built:\n{exc}\n"
                    f"{len(exc.problems)} problem(s); fix them and build again") from None
    if result.written or result.removed:
        log.info("lawguide: %d page(s) written, %d removed", len(result.written),
                 len(result.removed))
    for problem in result.dangling:
        log.warning("unresolved statute citation: %s", problem)
    for note in result.notes:
        log.debug("not linked (article not excerpted): %s", note)
    return Build(result)


@event_priority(0)  # after every on_config; adds to the theme's environment, which no plugin reads
def on_env(env, config, files):
    lang = config.theme["language"]
    env.bytecode_cache = _memory.templates  # compiled once per process, not once per build
    search.cut_once(config, _memory)  # Material's index is made in its on_config
    _build.files[lang] = files
    _build.kept[lang] = web.offline_keep(files)
    env.filters["search_worker"] = use_patched_search_worker
    numbers = _build.prose(lang).numbers
    env.filters["hotlines"] = numbers.html  # the theme's own strings
    return env


@event_priority(100)  # before any plugin reads the page's title
def on_page_markdown(markdown: str, page, config, files) -> str:
    """A title is what its page's heading shows, as text: escaped, as the theme and search
    print it raw (``&lt;`` in a contributed title stays ``&lt;``, not ``&amp;lt;``)."""
    meta = pagemeta.read(page.meta)
    if meta is not None:
        page.meta["title"] = sanitize.plain_text(text.heading(meta.title))
    source = meta.source if meta else ""
    _links.page = f"page {page.file.src_uri}" + (f" (from {source})" if source else "")
    return markdown


@event_priority(0)  # template context only; the search plugin indexes the content
def on_page_context(context, page, config, nav):
    root = _root(config)
    entries, missing = i18n.alternates(root, config, page.file.src_uri, page.url,
                                       context["base_url"])
    if missing:
        log.warning("page %s has no counterpart in %s: add docs/%s/%s", page.file.src_uri,
                    ", ".join(missing), missing[0], page.file.src_uri)
    if not page.meta.get("reviewed"):
        log.warning("page %s has no 'reviewed: YYYY-MM-DD' in its front matter",
                    page.file.src_uri)
    meta = pagemeta.read(page.meta)
    if meta is not None and meta.source:  # "edit this page" opens the YAML it came from
        docs_dir = _resolved(config.docs_dir).relative_to(root).as_posix()
        page.edit_url = editlink.source_edit_url(config.edit_uri, docs_dir, meta.source)
    elif meta is not None:  # an index or a list: made from many files, its own is git-ignored
        page.edit_url = None
    context["alternates"] = entries
    ui = context["ui"] = Strings(_build.compiled.strings, config.theme["language"])
    web.page_context(context, page, config, root, _build.compiled.content,
                     _build.compiled.toolkit, _build.compiled.strings, missing,
                     _build.kept[config.theme["language"]])
    files = _build.files[config.theme["language"]]  # URLs are MkDocs' own, from its Files
    context["crumbs"] = [
        {"title": ui[key] if src else page.title,
         "href": get_relative_url(files.get_file_from_path(src).url, page.url) if src else None}
        for src, key in crumbs.trail(page.file.src_uri)]
    return context


@event_priority(0)  # template context only
def on_template_context(context, template_name, config):
    """Pages without a source (404.html) get the UI strings of their language too."""
    if "ui" not in context:
        context["ui"] = Strings(_build.compiled.strings, config.theme["language"])
    return context


@event_priority(-100)  # last: the finished page's script tags (lazy search bundle)
def on_post_page(output: str, page, config) -> str:
    return use_lazy_search_bundle(output)  # the search index loads when search opens


@event_priority(-100)  # last, likewise for pages made from templates (404.html)
def on_post_template(output: str, template_name: str, config) -> str:
    return use_lazy_search_bundle(output) if template_name.endswith(".html") else output


@event_priority(0)  # narrows what the server watches; no plugin adds to it
def on_serve(server, config, builder):
    """Watch the sources only: the compile step's own writes must not start a second build."""
    root = _root(config)
    serving.watch_sources_only(server, config.watch,
                               [root / language.docs_dir for language in i18n.languages(config)],
                               GENERATED_DIRS)
    return server


@event_priority(-100)  # after the search plugin wrote this language's index (rewritten here)
def on_post_build(config) -> None:
    if pagefind.enabled(config):
        pagefind.index(Path(config.site_dir))  # before the other languages are built into it
    else:
        # after the search plugin has written this language's index
        search.finish(config, _build.compiled.content, _memory, _dirty,
                      _build.files[config.theme["language"]])
    if _dirty:  # MkDocs keeps every page it ever wrote: a deleted case's page goes here
        site_dir = Path(config.site_dir)
        for page in serving.remove_stale_pages(site_dir, _build.files[config.theme["language"]],
                                               GENERATED_DIRS):
            log.info("lawguide: removed %s of the %s site (its source is gone)",
                     page.relative_to(site_dir).as_posix(), config.theme["language"])
    patched_bundle().write(Path(config.site_dir))
    web.finish_language(config, _build.compiled.content, _root(config), _build.compiled.strings)
    try:
        otherlanguages.build(config, _build, _dirty)
    except ContentError as exc:  # pragma: no cover - compile ran already
        raise PluginError(str(exc)) from None
    if i18n.is_primary(config):
        # after every language: covers them all
        web.finish_site(config, _build.compiled.content, _memory.digests, _memory.exported)
