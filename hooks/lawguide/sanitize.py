"""Second line of defence: clean the rendered HTML of generated pages with an allowlist.

``untrusted`` refuses hostile Markdown at validation; this catches whatever a
future gap in those rules, a Markdown extension or a template lets through.
The allowlist is what our Markdown extensions, templates and the citation
engine produce, nothing more: headings and paragraphs with ids, links with
href/class/title/hreflang/lang, admonitions and details, tables, code with
highlighting classes, abbreviations, times, task-list checkboxes, and the
``data-lg-*`` attributes of citation links. Only http(s) and relative URLs
survive. Script, styles, event handlers and embeds never do.

:func:`plain_text` escapes the page title, which Material prints unescaped.
:func:`clean` also says what it removed, so the hook can warn (and a strict
build fail) instead of silently changing a page: a removal means validation
missed something, and someone should look.
"""

from __future__ import annotations

import html as html_lib
import re
from collections import Counter
from dataclasses import dataclass

import nh3

_HEADINGS = {f"h{n}" for n in range(1, 7)}
TAGS = _HEADINGS | {
    "p", "a", "div", "span", "details", "summary", "blockquote", "hr", "br",
    "strong", "em", "abbr", "time",
    "ul", "ol", "li", "dl", "dt", "dd", "input",
    "table", "thead", "tbody", "tr", "th", "td",
    "pre", "code",
}
ATTRIBUTES = {
    **{h: {"id"} for h in _HEADINGS},
    "p": {"id", "class"},
    "a": {"href", "class", "title", "hreflang", "lang"},
    "div": {"class", "data-search-exclude"},  # Material leaves these out of the index
    "span": {"class"},
    "details": {"class", "open"},
    "code": {"class"},
    "pre": {"class"},
    "abbr": {"title"},
    "time": {"datetime"},
    "ul": {"class"},
    "ol": {"start"},
    "li": {"class"},
    "input": {"disabled", "checked"},
    "th": {"style"},
    "td": {"style"},
}
TAG_ATTRIBUTE_VALUES = {"input": {"type": {"checkbox"}}}  # task lists only
STYLE_PROPERTIES = {"text-align"}  # table column alignment
URL_SCHEMES = {"http", "https"}
DATA_PREFIX = "data-lg-"  # attributes the citation engine puts on its links


@dataclass(frozen=True)
class Cleaned:
    html: str
    removed: tuple[str, ...]  # e.g. ("<script>", "onclick on <a>"), sorted


def clean(html: str) -> Cleaned:
    """Sanitise one page's HTML and report what did not survive."""
    cleaned = nh3.clean(
        html, tags=TAGS, attributes=ATTRIBUTES, tag_attribute_values=TAG_ATTRIBUTE_VALUES,
        generic_attribute_prefixes={DATA_PREFIX}, url_schemes=URL_SCHEMES,
        filter_style_properties=STYLE_PROPERTIES, link_rel=None, strip_comments=True,
    )
    lost = set(_inventory(html) - _inventory(cleaned))  # counts: one of many hrefs can go
    # "src on <iframe>" says nothing more once "<iframe>" is listed.
    lost = {item for item in lost if " on " not in item or item.split(" on ")[1] not in lost}
    return Cleaned(cleaned, tuple(sorted(lost)))


def plain_text(text: str) -> str:
    """Escape text the theme prints as HTML unescaped (the title in the header and <title>).

    Quotes stay: the theme never puts the title in an attribute unescaped, and the search
    index would otherwise hold ``People&#x27;s`` and miss "People's".
    """
    return html_lib.escape(text, quote=False)


# Tags, attributes and comments, by regex: both sides of the comparison are
# well-formed HTML (Python-Markdown's output and nh3's), and this runs twice on
# every page, where html.parser took about 1 ms a page.
_COMMENT = re.compile(r"<!--.*?-->", re.S)
_START_TAG = re.compile(r"<([a-zA-Z][^\t\n\r\f />\x00]*)((?:[^>\"']|\"[^\"]*\"|'[^']*')*)>")
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
