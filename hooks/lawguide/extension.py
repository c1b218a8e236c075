"""The Python-Markdown extension: links in one walk over each page's text, then the sanitiser.

``markdown_extensions: [lawguide.extension: {lang: zh}]`` in ``mkdocs.yml``. Its tree
processor walks the text of the rendered page once, in reading order, never inside code,
links, form controls or abbreviations, and turns what ``prose`` finds into links:
statute citations (to the article, with its text as preview), the first use of each
glossary term (to its entry, with the definition) and hotline numbers (``tel:``). Links
are elements with their attributes set on the tree, so no text is ever parsed as HTML
again. Targets are paths from the docs folder (``/laws/civil-code.md#art-1032``), which
MkDocs makes relative to each page and checks, as it does every link
(``validation.links.absolute_links: relative_to_docs``).

Its last postprocessor sanitises the whole page with the page safelist
(``sanitize.PAGE``): generated, tool and hand-written pages alike. What it removes is
logged as a warning, so a strict build fails.

A page tells the extension what it needs on its first heading, in attribute-list
attributes the extension reads and removes: ``data-lg-law="civil-code"`` on a law's
page (its 本法 / "this Law"), ``data-lg-terms="off"`` on the glossary.

Nothing here depends on MkDocs' hooks: the build hands the extension the content it has
already checked (:class:`LawLinks` with ``prose``); a config without our hooks names
the extension and it loads the project itself (``root``, the working folder by default),
so any generator that builds ``mkdocs.yml`` with Python-Markdown builds the same links
(tests/test_extension_site.py compares them).
"""

from __future__ import annotations

import logging
import xml.etree.ElementTree as etree
from collections.abc import Callable
from pathlib import Path

from markdown import Markdown
from markdown.extensions import Extension
from markdown.postprocessors import Postprocessor
from markdown.treeprocessors import Treeprocessor
from markdown.util import HTML_PLACEHOLDER_RE

from . import sanitize
from .prose import Page, Prose

log = logging.getLogger("mkdocs.plugins.lawguide")

NAME = "lawguide.extension"
# Never linked inside: links themselves, code, controls (a link would steal their click).
SKIP = frozenset({"a", "code", "pre", "kbd", "samp", "script", "style", "textarea", "button",
                  "select", "abbr", "svg", "title", "label", "summary"})
HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
LAW, TERMS = "data-lg-law", "data-lg-terms"
# After attr_list (8) and abbr (7) have read the text, before toc (5) and before MkDocs
# makes link targets relative (0).
PRIORITY = 6


class LawLinks(Extension):
    def __init__(self, prose: Callable[[], Prose] | None = None, **kwargs):
        """``prose``: the build's linking rules for this language; without it, the project
        at ``root`` is loaded and checked on first use."""
        self.config = {"lang": ["zh", "the pages' language: zh or en"],
                       "root": [".", "the project folder (holding mkdocs.yml)"]}
        super().__init__(**kwargs)
        self._prose = prose or (lambda: _standalone(Path(self.getConfig("root")),
                                                    self.getConfig("lang")))
        self.page = ""  # the page being rendered, for messages (set by the build's hooks)

    def extendMarkdown(self, md: Markdown) -> None:
        md.treeprocessors.register(_Links(md, self._prose), "lawguide_links", PRIORITY)
        # After every other postprocessor: what the page will be. toc runs every
        # postprocessor on each heading's text for the table of contents while the tree is
        # processed; the sanitiser waits until the last tree processor has run.
        sanitise = _Sanitise(md, self)
        md.postprocessors.register(sanitise, "lawguide_sanitise", -100)
        md.treeprocessors.register(_Arm(md, sanitise), "lawguide_sanitise_arm", -100)
        md.registerExtension(self)


def makeExtension(**kwargs) -> LawLinks:
    return LawLinks(**kwargs)


class _Links(Treeprocessor):
    def __init__(self, md: Markdown, prose: Callable[[], Prose]):
        super().__init__(md)
        self._prose = prose

    def run(self, root: etree.Element) -> None:
        prose = self._prose()
        page = _page(root, prose)
        walk(root, lambda text, heading: _split(text, prose, page, heading))


Visit = Callable[[str, bool], "tuple[str, list[etree.Element]] | None"]


def walk(element: etree.Element, visit: Visit, heading: bool = False) -> None:
    """Call ``visit(text, in_heading)`` on every prose text run under ``element``, in
    reading order (never inside SKIP elements, never on stashed raw HTML); it may give
    back (text before, new elements whose tails hold the rest), which replace the run."""
    heading = heading or element.tag in HEADINGS
    before = _visit(element.text, visit, heading)
    children = []
    for child in list(element):  # as they were: the elements made here are not walked
        if isinstance(child.tag, str) and child.tag not in SKIP:
            walk(child, visit, heading)
        after = _visit(child.tail, visit, heading)
        children.append(child)
        if after:
            child.tail = after[0]
            children += after[1]
    if before:
        element.text = before[0]
        children = before[1] + children
    if before or len(children) != len(element):
        element[:] = children


def _visit(text: str | None, visit: Visit, heading: bool):
    """One text or tail: its runs between stashed raw HTML, each visited. (Half the texts
    of a page are the white space between its blocks: nothing to link there.)"""
    if not text or text.isspace():
        return None
    made: list[etree.Element] = []
    lead, pos = None, 0
    for start, end in _runs(text):
        found = visit(text[start:end], heading)
        if not found:
            continue
        head, elements = found
        if made:
            made[-1].tail = (made[-1].tail or "") + text[pos:start] + head
        else:
            lead = text[pos:start] + head
        made += elements
        pos = end
    if not made:
        return None
    made[-1].tail = (made[-1].tail or "") + text[pos:]
    return lead, made


def _split(text: str, prose: Prose, page: Page, heading: bool
           ) -> tuple[str, list[etree.Element]] | None:
    """(text before the first link, the links with the text after each as its tail)."""
    made: list[etree.Element] = []
    lead, pos = "", 0
    for link in prose.links(text, page, heading):
        if made:
            made[-1].tail = text[pos:link.start]
        else:
            lead = text[:link.start]
        made.append(_element(link, text[link.start:link.end]))
        pos = link.end
    if not made:
        return None
    made[-1].tail = text[pos:]
    return lead, made


class Runs(Treeprocessor):
    """Records the text runs the links are made from, changing nothing: validation renders
    hand-written pages with it, so "cited by" counts exactly the citations that will be
    linked (``citations.graph``)."""

    def __init__(self, md: Markdown):
        super().__init__(md)
        self.found: list[tuple[str, bool]] = []

    def run(self, root: etree.Element) -> None:
        self.found = []
        walk(root, lambda text, heading: self.found.append((text, heading)))

    def register(self) -> None:
        self.md.treeprocessors.register(self, "lawguide_runs", PRIORITY)


def _runs(text: str) -> list[tuple[int, int]]:
    runs, pos = [], 0
    for stash in HTML_PLACEHOLDER_RE.finditer(text):
        runs.append((pos, stash.start()))
        pos = stash.end()
    runs.append((pos, len(text)))
    return runs


def _element(link, text: str) -> etree.Element:
    attributes = {"class": f"lg-{link.kind}", "href": link.href}
    if link.title:
        attributes["title"] = link.title
    if link.ref:
        attributes["data-lg-ref"] = link.ref
    element = etree.Element("a", attributes)
    element.text = text
    return element


def _page(root: etree.Element, prose: Prose) -> Page:
    """The page's own settings, from (and removed from) its first heading."""
    page = Page()
    heading = next((e for e in root.iter() if e.tag in HEADINGS), None)
    if heading is not None:
        law = heading.attrib.pop(LAW, None)
        page.law = prose.content.statutes.get(law) if law else None
        page.terms = heading.attrib.pop(TERMS, "on") != "off"
    return page


class _Sanitise(Postprocessor):
    def __init__(self, md: Markdown, extension: LawLinks):
        super().__init__(md)
        self._extension = extension
        self.armed = False  # set after the tree is done: then the text is the whole page

    def run(self, text: str) -> str:
        if not self.armed:  # a heading's text, for the table of contents (toc)
            return text
        self.armed = False
        cleaned = sanitize.clean(text)
        if cleaned.removed:
            where = self._extension.page or "a page"
            log.warning("%s: the HTML sanitiser removed %s; validation should have refused "
                        "this content: fix the source and report the gap", where,
                        ", ".join(cleaned.removed))
        return cleaned.html


class _Arm(Treeprocessor):
    def __init__(self, md: Markdown, sanitise: _Sanitise):
        super().__init__(md)
        self._sanitise = sanitise

    def run(self, root: etree.Element) -> None:
        self._sanitise.armed = True


_loaded: dict[tuple[Path, str], Prose] = {}  # without our hooks: one project per process


def _standalone(root: Path, lang: str) -> Prose:
    key = (root.resolve(), lang)
    if key not in _loaded:
        from . import pipeline  # the whole check, as the build runs it

        checked = pipeline.check(key[0])
        if checked.problems:
            raise ValueError(f"{NAME}: the content in {key[0]} has problems; "
                             "run `lawguide validate`")
        _loaded[key] = Prose(checked.content, checked.catalogue, lang)
    return _loaded[key]

