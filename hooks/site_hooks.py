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

from lawguide import crumbs, editlink, hotlines, i18n, pagefind, sanitize, secondary, serving
from lawguide.citations.annotate import annotate
from lawguide.citations.linking import Linker
from lawguide.compile import GENERATED_DIRS, Result, compile_site
from lawguide.errors import ContentError
from lawguide.glossary import Highlighter
from lawguide.render import Strings, load_strings
from lawguide.search import site as search
from lawguide.search.worker import use_patched as use_patched_search_worker

log = logging.getLogger("mkdocs.plugins.lawguide")

# State of the current build; `mkdocs serve` keeps this module between builds,
# so every build starts by replacing it.
_compiled: Result | None = None
_highlighters: dict[str, Highlighter] = {}  # per language: its regex is costly to build
_hotlines: list[hotlines.Linker] = []  # this build's tel: linker
GLOSSARY_PAGE = "glossary/index.md"


def _root(config) -> Path:
    return _resolved(config.config_file_path).parent


@lru_cache(maxsize=16)
def _resolved(path: str) -> Path:
    """Path.resolve() makes system calls, and page events ask on every page."""
    return Path(path).resolve()


@event_priority(100)  # before the search plugin loads the jieba dictionary
def on_config(config):
    search.prepare(config)
    if pagefind.enabled(config):  # extra.search_engine: pagefind
        pagefind.switch_off_material(config)
    return config


def on_env(env, config, files):
    env.filters["search_worker"] = use_patched_search_worker
    return env


@event_priority(100)
def on_pre_build(config) -> None:
    global _compiled
    _compiled = None
    _highlighters.clear()
    _hotlines.clear()
    try:
        result = compile_site(_root(config))
    except ContentError as exc:
        raise Abort(f"content problems, the site was not built:\n{exc}\n"
                    f"{len(exc.problems)} problem(s); fix them and build again") from None
    _compiled = result
    if result.written or result.removed:
        log.info("lawguide: %d page(s) written, %d removed", len(result.written),
                 len(result.removed))
    if i18n.is_primary(config.extra, config.theme["language"]):
        for problem in result.dangling:
            log.warning("unresolved statute citation: %s", problem)
        for note in result.notes:
            log.debug("not linked (article not excerpted): %s", note)


def on_page_markdown(markdown: str, page, config, files) -> str:
    """Contributed titles are text: escape them before the theme and search print them raw."""
    if page.meta.get("generated") and isinstance(page.meta.get("title"), str):
        page.meta["title"] = sanitize.plain_text(page.meta["title"])
    return markdown


def on_page_content(html: str, page, config, files) -> str:
    """Link every statute citation on the page to its article, in the page's language."""
    lang = config.theme["language"]
    linker = Linker(_compiled.content, lang)
    source = page.meta.get("source", "")
    self_law = _compiled.content.statutes.get(source[len("statutes/"):-len(".yml")]) \
        if source.startswith("statutes/") else None

    def link(citation):
        return get_relative_url(linker.target(citation), page.url), linker.tooltip(citation)

    html, _ = annotate(html, _compiled.catalogue, link, self_law)
    tel = _hotlines[0] if _hotlines else _hotlines.append(hotlines.Linker(
        r.number for r in _compiled.content.routes.values())) or _hotlines[0]
    if page.file.src_uri != GLOSSARY_PAGE:
        highlighter = _highlighters.get(lang) or _highlighters.setdefault(
            lang, Highlighter(_compiled.content.glossary, lang, tel.numbers))
        html = highlighter.apply(
            html, lambda term: get_relative_url(f"glossary/#{term.slug}", page.url))
    if page.meta.get("generated"):  # contributed content: sanitise last, after every change
        cleaned = sanitize.clean(html)
        if cleaned.removed:
            log.warning("page %s (from %s): the HTML sanitiser removed %s; validation should "
                        "have refused this content: fix the YAML and report the gap",
                        page.file.src_uri, source, ", ".join(cleaned.removed))
        html = cleaned.html
    # Last, on every page: the tel: links are ours (fixed markup from data/hotlines.yml),
    # made after the sanitiser has checked the contributed HTML.
    return tel.apply(html)


def on_page_context(context, page, config, nav):
    root = _root(config)
    entries, missing = i18n.alternates(root, config.extra, config.theme["language"],
                                       page.file.src_uri, page.url, context["base_url"])
    if missing:
        log.warning("page %s has no counterpart in %s: add docs/%s/%s", page.file.src_uri,
                    ", ".join(missing), missing[0], page.file.src_uri)
    if not page.meta.get("reviewed"):
        log.warning("page %s has no 'reviewed: YYYY-MM-DD' in its front matter",
                    page.file.src_uri)
    if page.meta.get("source"):  # generated: "edit this page" opens the YAML it came from
        docs_dir = _resolved(config.docs_dir).relative_to(root).as_posix()
        page.edit_url = editlink.source_edit_url(config.edit_uri, docs_dir, page.meta["source"])
    context["alternates"] = entries
    ui = context["ui"] = Strings(load_strings(root / "data" / "ui.yml"), config.theme["language"])
    context["crumbs"] = [
        {"title": ui[key] if src else page.title,
         "href": get_relative_url(_url_of(src, config), page.url) if src else None}
        for src, key in crumbs.trail(page.file.src_uri)]
    return context


def _url_of(src: str, config) -> str:
    return "" if src == crumbs.HOME else src[:-len("index.md")] if src.endswith("index.md") \
        else src[:-3] + "/"


def on_template_context(context, template_name, config):
    """Pages without a source (404.html) get the UI strings of their language too."""
    if "ui" not in context:
        context["ui"] = Strings(load_strings(_root(config) / "data" / "ui.yml"),
                                config.theme["language"])
    return context


def on_serve(server, config, builder):
    """Watch the sources only: the compile step's own writes must not start a second build."""
    root = _root(config)
    serving.watch_sources_only(server, [root / language.docs_dir
                                        for language in i18n.languages(config.extra)],
                               GENERATED_DIRS)
    return server


def on_post_build(config) -> None:
    if pagefind.enabled(config):
        pagefind.index(Path(config.site_dir))  # before the other languages are built into it
    else:
        search.finish(config)  # runs after the search plugin has written this language's index
    try:
        secondary.build_others(config)
    except ContentError as exc:  # pragma: no cover - compile ran already
        raise PluginError(str(exc)) from None
