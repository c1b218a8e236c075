"""MkDocs hooks: thin adapters from MkDocs events to the ``lawguide`` modules.

The primary (Chinese) build compiles the YAML content into pages for both
languages, then builds the English site into ``<site_dir>/en`` so that one
``mkdocs serve`` or ``mkdocs build`` always gives the whole bilingual site,
with one search index per language.
"""

from __future__ import annotations

import logging
from pathlib import Path

from mkdocs.exceptions import Abort, PluginError
from mkdocs.plugins import event_priority
from mkdocs.utils import get_relative_url

from lawguide import i18n, secondary
from lawguide.citations.annotate import annotate
from lawguide.citations.linking import Linker
from lawguide.compile import Result, compile_site
from lawguide.errors import ContentError
from lawguide.glossary import Highlighter
from lawguide.render import Strings, load_strings

log = logging.getLogger("mkdocs.plugins.lawguide")

# State of the current build; `mkdocs serve` keeps this module between builds,
# so every build starts by replacing it.
_compiled: Result | None = None
GLOSSARY_PAGE = "glossary/index.md"


def _root(config) -> Path:
    return Path(config.config_file_path).resolve().parent


@event_priority(100)
def on_pre_build(config) -> None:
    global _compiled
    _compiled = None
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
    if page.file.src_uri != GLOSSARY_PAGE:
        highlighter = Highlighter(_compiled.content.glossary, lang)
        html = highlighter.apply(
            html, lambda term: get_relative_url(f"glossary/#{term.slug}", page.url))
    return html


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
    context["alternates"] = entries
    context["ui"] = Strings(load_strings(root / "data" / "ui.yml"), config.theme["language"])
    return context


def on_post_build(config) -> None:
    try:
        secondary.build_others(config)
    except ContentError as exc:  # pragma: no cover - compile ran already
        raise PluginError(str(exc)) from None
