"""The one HTML safelist of the site, in two strengths, and the sanitiser that applies it.

``CONTRIBUTED`` is what a contributed Markdown field may render to: prose,
lists, quotes, tables, code and plain links, nothing else: no attribute a
contributor chose (no ``id``, ``class``, ``title``, ``style``, ``data-*``), no
images, no block markup (admonitions, ``<div>``), no headings (templates make
those). ``untrusted`` renders each field with the site's Markdown and refuses
it when this safelist would change anything.

``PAGE`` is what a built page's content may hold: the above, plus the elements
and attributes our templates, Markdown extensions, tools and hand-written pages
produce (headings with ids, admonitions, citation and glossary links with our
``data-lg-*`` attributes, the tools' forms, the emoji icons of the home page).
Every page is cleaned with it as the last step; whatever it removes is reported
so that a strict build fails instead of silently changing a page.

Two rules hold at both strengths: only http(s), ``tel:`` and relative URLs
survive, and no ``id`` may start with ``__`` (Material finds its own
configuration, search and drawer by such ids: a page element named
``__config`` would replace the theme's settings).

:func:`plain_text` escapes the page title, which Material prints unescaped.
"""

from __future__ import annotations

import html as html_lib
import re
from collections import Counter
from dataclasses import dataclass
from functools import cached_property
from html.parser import HTMLParser

import nh3

_HEADINGS = {f"h{n}" for n in range(1, 7)}
_TABLE = {"table", "thead", "tbody", "tr", "th", "td"}
URL_SCHEMES = {"http", "https", "tel"}
STYLE_PROPERTIES = {"text-align"}  # table column alignment, written by the tables extension
DATA_PREFIX = "data-lg-"  # attributes our own hooks and tools put on their elements


@dataclass(frozen=True)
class Policy:
    """One strength of the safelist: tags, attributes per tag, fixed attribute values."""

    name: str
    tags: frozenset[str]
    attributes: dict[str, set[str]]
    values: dict[str, dict[str, set[str]]]
    data_attributes: bool

    @cached_property
    def cleaner(self) -> nh3.Cleaner:
        """nh3 with this policy, set up once: set up for every call, it cost 0.13 ms a page."""
        return self._cleaner(_no_theme_ids)

    @cached_property
    def unfiltered(self) -> nh3.Cleaner:
        """``cleaner`` without its attribute filter, a call into Python for every attribute
        nh3 keeps (a fifth of the time of a page): see :meth:`cleaned_html`."""
        return self._cleaner(None)

    def _cleaner(self, attribute_filter) -> nh3.Cleaner:
        return nh3.Cleaner(
            # "*": nothing on every tag (nh3 would otherwise allow title and lang everywhere).
            tags=set(self.tags), attributes={"*": set(), **self.attributes},
            tag_attribute_values=self.values, attribute_filter=attribute_filter,
            generic_attribute_prefixes={DATA_PREFIX} if self.data_attributes else None,
            url_schemes=URL_SCHEMES, filter_style_properties=STYLE_PROPERTIES, link_rel=None,
            strip_comments=True)

    def cleaned_html(self, html: str) -> str:
        """``html`` as ``cleaner`` cleans it, cleaned without the filter where that is the same.

        The filter only ever drops an attribute whose value holds ``__``, and does nothing
        else; nh3 writes every value it keeps with ``__`` as ``__`` (it escapes only ``&``,
        ``"`` and the no-break space). So where the unfiltered output holds no ``__`` at all,
        no kept attribute had one, the filter would have dropped nothing, and the two
        outputs are the same. Elsewhere (a ``__`` in any text or value) the page is cleaned
        again with the filter.
        """
        cleaned = self.unfiltered.clean(html)
        return cleaned if "__" not in cleaned else self.cleaner.clean(html)


CONTRIBUTED = Policy(
    name="contributed",
    tags=frozenset({"p", "br", "hr", "strong", "em", "a", "ul", "ol", "li", "blockquote",
                    "code", "pre", "dl", "dt", "dd", *_TABLE}),
    attributes={"a": {"href"}, "ol": {"start"}, "th": {"style"}, "td": {"style"}},
    values={},
    data_attributes=False,
)

_FORM = {"form", "fieldset", "legend", "label", "input", "select", "option", "textarea",
         "button", "output", "section", "nav", "aside"}
PAGE = Policy(
    name="page",
    tags=CONTRIBUTED.tags | _HEADINGS | _FORM | {
        "div", "span", "details", "summary", "abbr", "time", "svg", "path"},
    attributes={
        **{h: {"id"} for h in _HEADINGS},
        "p": {"id", "class", "hidden", "role", "aria-live"},
        "a": {"href", "class", "title", "hreflang", "lang"},
        "div": {"id", "class", "hidden", "role", "aria-label", "aria-live",
                "data-search-exclude"},  # Material leaves these out of the index
        "span": {"class", "title"},
        "details": {"class", "open"},
        "code": {"class"},
        "pre": {"class"},
        "abbr": {"title"},
        "time": {"datetime"},
        "ul": {"class"},
        "ol": {"start", "class"},
        "li": {"class", "id"},
        "dl": {"class"},
        "th": {"style"},
        "td": {"style"},
        "svg": {"viewBox", "xmlns", "aria-hidden"},  # the icons pymdownx.emoji inlines
        "path": {"d"},
        "section": {"id", "class", "aria-label"},
        "nav": {"class", "aria-label"},
        "aside": {"class", "role"},
        "form": {"class", "hidden", "novalidate", "autocomplete"},
        "fieldset": {"class"},
        "label": {"for", "class"},
        "input": {"id", "name", "value", "min", "max", "step", "inputmode", "disabled",
                  "checked", "aria-describedby", "autocomplete"},
        "select": {"id", "name", "aria-describedby"},
        "option": {"value", "selected"},
        "textarea": {"id", "name", "rows", "aria-describedby"},
        "button": {"class", "hidden", "aria-label"},
        "output": {"id", "for", "class"},
    },
    values={"input": {"type": {"checkbox", "radio", "number", "text", "date"}},
            "button": {"type": {"button", "reset", "submit"}}},
    data_attributes=True,
)


def _no_theme_ids(tag: str, attribute: str, value: str) -> str | None:
    """Drop an id that could stand in for one of Material's own (``__config`` ...)."""
    if attribute in ("id", "for", "aria-describedby") and value.lstrip().startswith("__"):
        return None
    return value


@dataclass(frozen=True)
class Cleaned:
    html: str
    removed: tuple[str, ...]  # e.g. ("<script>", "onclick on <a>"), sorted
    unchanged: bool = False  # nh3 gave the HTML back as it was (``unchanged``)


def clean(html: str, policy: Policy = PAGE) -> Cleaned:
    """Sanitise HTML with ``policy`` and report what did not survive."""
    cleaned = policy.cleaned_html(html)
    if unchanged(html, cleaned):
        return Cleaned(cleaned, (), unchanged=True)
    lost = set(_inventory(html) - _inventory(cleaned))  # counts: one of many hrefs can go
    # "src on <iframe>" says nothing more once "<iframe>" is listed.
    lost = {item for item in lost if " on " not in item or item.split(" on ")[1] not in lost}
    return Cleaned(cleaned, tuple(sorted(lost)))


def unchanged(html: str, cleaned: str) -> bool:
    """Whether nh3 gave ``html`` back as it was, but for how Python-Markdown writes two
    things nh3 writes otherwise: void tags end ``<br />`` (nh3 ``<br>``) and the heading
    permalinks' ``&para;`` (nh3 ``¶``: it writes characters, escaping only ``&<>"``).
    Then nothing was removed, and neither the inventory nor the token comparison needs to
    run; most pages and most fields are such.

    The replacements touch only the ends of tags, `` />`` inside an attribute value (raw
    HTML may hold one; nh3 escapes it in text) and a character reference, never a tag or
    an attribute name. nh3 keeps an attribute as it was or drops it whole, and never
    rewrites `` />`` in a value, so when its output equals either form, every tag,
    attribute and text of ``html`` survived.
    """
    if cleaned == html:
        return True
    written = html.replace(" />", ">").replace("&para;", "¶")
    return cleaned == written or cleaned == html.replace("&para;", "¶")


def changes(html: str, policy: Policy = CONTRIBUTED) -> tuple[str, ...]:
    """What sanitising ``html`` would change: removed items, or a token-level difference.

    Validation uses this on one rendered field at a time, where exactness matters
    more than speed: both sides are parsed by ``html.parser`` and compared token by
    token, so a change the inventory below cannot name (text moved out of a removed
    element, an attribute's value rewritten) still counts.
    """
    cleaned = clean(html, policy)
    if cleaned.removed:
        return cleaned.removed
    if not cleaned.unchanged and _tokens(html) != _tokens(cleaned.html):
        return ("markup the sanitiser rewrote",)
    return ()


def plain_text(text: str) -> str:
    """Escape text the theme prints as HTML unescaped (the title in the header and <title>).

    Quotes stay: the theme never puts the title in an attribute unescaped, and the search
    index would otherwise hold ``People&#x27;s`` and miss "People's".
    """
    return html_lib.escape(text, quote=False)


_VOID = {"br", "hr", "input", "img", "wbr", "col", "area", "base", "link", "meta", "source"}


class _Tokens(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.items: list[tuple] = []

    def handle_starttag(self, tag, attrs):
        attrs = [(k, " ".join((v or "").replace(" ", "").rstrip(";").split()) if k == "style"
                  else v or "") for k, v in attrs]
        self.items.append(("<", tag, tuple(sorted(attrs))))

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag):
        if tag not in _VOID:
            self.items.append((">", tag))

    def handle_data(self, data):
        if self.items and self.items[-1][0] == "t":
            self.items[-1] = ("t", self.items[-1][1] + data)
        else:
            self.items.append(("t", data))

    def handle_comment(self, data):
        self.items.append(("!", data))

    def handle_decl(self, decl):
        self.items.append(("!", decl))

    handle_pi = handle_unknown_decl = handle_decl


def _tokens(html: str) -> list[tuple]:
    parser = _Tokens()
    parser.feed(html)
    parser.close()
    return [item if item[0] != "t" else ("t", " ".join(item[1].split()))
            for item in parser.items if item != ("t", "") and not
            (item[0] == "t" and not item[1].strip())]


# The page-level inventory, by regex: both sides of the comparison are HTML that
# Python-Markdown or nh3 wrote, and this runs twice on every page, where
# html.parser took about 1 ms a page. (Validation compares with html.parser.)
# Possessive quantifiers and no "<" inside a tag keep both patterns linear on any input.
_COMMENT = re.compile(r"<!--.*?(?:-->|\Z)", re.S)
_START_TAG = re.compile(r"<([a-zA-Z][^\t\n\r\f />\x00<]*+)"
                        r"((?:[^>\"'<]++|\"[^\"<]*+\"|'[^'<]*+')*+)>")
_ATTRIBUTE = re.compile(r"([^\s=/>\"'][^\s=/>]*)(?:\s*=\s*(?:\"[^\"]*\"|'[^']*'|[^\s>]*))?")


def _inventory(html: str) -> Counter[str]:
    """Counts tags and (attribute, tag) pairs: what sanitising can take away."""
    items: Counter[str] = Counter()
    text, comments = _COMMENT.subn("", html)
    if comments:
        items["<!-- comment -->"] += comments
    for tag in _START_TAG.finditer(text):
        name = tag.group(1).lower()
        items[f"<{name}>"] += 1
        for attribute in _ATTRIBUTE.finditer(tag.group(2)):
            items[f"{attribute.group(1).lower()} on <{name}>"] += 1
    return items
