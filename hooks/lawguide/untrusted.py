"""Judge contributed Markdown by what it renders to, never by guessing its syntax.

Every pull request comes from a stranger, and Markdown has many spellings for
the same HTML (raw tags, autolinks, reference links, attribute lists, emoji,
abbreviations, nested brackets ...). Guessing them with regexes was bypassed a
dozen ways. So a field is rendered with the site's real Markdown
(``sitemarkdown``) and the result is sanitised with the contributed-text
safelist (``sanitize.CONTRIBUTED``): if sanitising would change anything, the
field is refused, with a message that names what would have been removed and
how to write it instead. What passes is, by construction, HTML the safelist
allows: no script, no attribute the contributor chose, no image, no notice box.

The rendered text is also what the personal-data check reads (``anonymise``):
entities decoded and every attribute value included, so ``1381234&#53;678`` is
seen as the number a reader would see.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

from . import sanitize
from .sitemarkdown import Renderer

# Invisible format characters (zero-width spaces, bidi overrides as in "Trojan Source").
INVISIBLE = re.compile("[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064"
                       "\u2066-\u206f\ufeff\ufff9-\ufffb]")
SAFE_SCHEMES = ("http:", "https:", "tel:")
# Text without any of these characters, and without a line of dashes alone (a rule, or
# the underline that makes the line above a heading), renders to paragraphs, line
# breaks, code blocks (indented lines), emphasis and lists at most, all inside the
# safelist, and shows its characters as they are: rendering it would change nothing.
# Most fields (titles, ids, references, dates, Chinese prose) are such text.
# tests/test_contrib_untrusted.py checks, on random text, that this fast path agrees
# with rendering.
MARKUP_FREE = re.compile(r"[^<>&\[\]{}!?:#=`~|\\]*+")
# Python-Markdown pairs brackets in time that grows with the square of their number
# (2,000 unmatched "[" take seconds): a field may hold this many, far more than prose needs.
MAX_BRACKETS = 300
# Likewise quotes nested inside quotes: "> > > …" ten thousand deep takes seconds.
MAX_QUOTE_DEPTH = 10
DEEP_QUOTE = re.compile(rf"^(?:[ ]{{0,3}}>){{{MAX_QUOTE_DEPTH + 1}}}", re.MULTILINE)
DASH_LINE = re.compile(r"^[ \t]*+-[ \t-]*+$", re.MULTILINE)
EMBEDS = {"iframe", "frame", "frameset", "object", "embed", "applet", "portal"}
_SNIPPET = 40


@dataclass(frozen=True)
class Inspection:
    """What is wrong with one field, and the text a reader would see of it."""

    messages: tuple[str, ...]
    visible: str


class Inspector:
    """Renders fields with the project's Markdown; one per validation run."""

    def __init__(self, root: Path):
        self._renderer = Renderer(root)

    def render(self, text: str) -> str:
        return self._renderer.html(text)

    def runs(self) -> list[tuple[str, bool]]:
        """The prose text runs of the last text rendered (see ``extension.walk``)."""
        return self._renderer.runs()

    @staticmethod
    def visible(html: str) -> str:
        """The text and attribute values of rendered HTML, entities decoded."""
        return " ".join(_read(html).visible)

    def inspect(self, text: str) -> Inspection:
        messages = [_invisible(m) for m in INVISIBLE.finditer(text)]
        if MARKUP_FREE.fullmatch(text) and not DASH_LINE.search(text):
            return Inspection(tuple(dict.fromkeys(messages)), text)
        if DEEP_QUOTE.search(text):
            return Inspection((*messages, f"nests quotes (lines starting with >) more than "
                               f"{MAX_QUOTE_DEPTH} deep; quote with one >"), text)
        brackets = text.count("[")
        if brackets > MAX_BRACKETS:
            return Inspection((*messages, f"has {brackets:,} square brackets, more than the "
                               f"{MAX_BRACKETS} one text may hold; write fewer links or split "
                               "the text"), text)
        html = self.render(text)
        removed = sanitize.changes(html, sanitize.CONTRIBUTED)
        if self._renderer.abbreviations():
            removed = tuple(sorted({*removed, "<abbr>"}))  # defined, even if unused here
        reader = _read(html)
        if removed:
            messages += _explain(removed, text, reader)
        return Inspection(tuple(dict.fromkeys(messages)), " ".join(reader.visible))


def inspect_plain(text: str) -> Inspection:
    """A field the templates print as escaped text: only its characters can do harm."""
    return Inspection(tuple(dict.fromkeys(_invisible(m) for m in INVISIBLE.finditer(text))), text)


def messages_for(removed: tuple[str, ...], text: str, html: str) -> list[str]:
    """Messages for what sanitising the rendering ``html`` of ``text`` removed."""
    return _explain(removed, text, _read(html))


def _snippet(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= _SNIPPET else text[:_SNIPPET - 1] + "…"


def _quote(text: str, needle: str) -> str:
    """The contributor's own words at ``needle`` (case-insensitive), from the tag it is in."""
    at = text.lower().find(needle.lower())
    if at < 0:
        return ""
    window = text[max(0, at - _SNIPPET):at + 1]
    opening = max(window.rfind("<"), window.rfind("{"))  # the tag or attribute list it is in
    start = max(0, at - _SNIPPET) + opening if opening >= 0 and not (
        set(window[opening:]) & {">", "}"}) else at
    return _snippet(text[start:start + _SNIPPET * 2])


def _invisible(match: re.Match) -> str:
    name = unicodedata.name(match.group(), "format character")
    return (f"contains an invisible character (U+{ord(match.group()):04X} {name}) that can hide "
            "or reorder text; delete it")


class _Reader(HTMLParser):
    """The visible text and attribute values of rendered HTML, and its unsafe links."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.visible: list[str] = []
        self.unsafe_links: list[str] = []
        self.handlers: list[str] = []
        self.styled = False

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if name.startswith("on"):
                self.handlers.append(name)
            if name == "style":
                self.styled = True
            if value:
                self.visible.append(value)
            if name in ("href", "src") and value is not None and not _safe_url(value):
                self.unsafe_links.append(value)

    handle_startendtag = handle_starttag

    def handle_data(self, data):
        self.visible.append(data)


def _read(html: str) -> _Reader:
    reader = _Reader()
    reader.feed(html)
    reader.close()
    return reader


def _safe_url(url: str) -> bool:
    # What a browser would see: control characters and spaces dropped, then the scheme.
    url = re.sub(r"[\x00-\x20\x7f]", "", url).lower()
    scheme = re.match(r"[a-z][a-z0-9+.-]{0,30}:", url)
    return scheme is None or url.startswith(SAFE_SCHEMES)


def _explain(removed: tuple[str, ...], text: str, reader: _Reader) -> list[str]:
    """One message per family of what the safelist would remove, each with its fix."""
    tags = {item[1:-1] for item in removed if item.startswith("<") and item.endswith(">")
            and not item.startswith("<!")}
    attributes = {item.split(" on ")[0]: item.split(" on ")[1][1:-1]
                  for item in removed if " on " in item}
    headings = sorted(tags & {f"h{n}" for n in range(1, 7)})
    messages: list[str] = []
    if "<!-- comment -->" in removed:
        messages.append(f"contains an HTML comment ({_quote(text, '<!')}): hidden text is not "
                        "allowed in contributed text; delete it")
    if "script" in tags:
        messages.append(f"contains a <script> tag ({_quote(text, '<script')}): a script would "
                        "run in readers' browsers; delete it")
    events = sorted(set(reader.handlers))  # on any element, kept or removed
    if events:
        messages.append(f"contains an HTML tag with an event handler ({events[0]}= in "
                        f"{_quote(text, events[0])}), which would run script in readers' "
                        "browsers; delete the tag or attribute list")
    for name in sorted(tags & EMBEDS):
        messages.append(f"contains an <{name}> tag ({_quote(text, '<' + name)}): pages from "
                        "other sites cannot be embedded; link to them instead, e.g. "
                        "[the court's notice](https://...)")
    if "style" in tags or "style" in attributes or reader.styled:
        messages.append(f"contains styling ({_quote(text, 'style')}): contributed text must not "
                        "carry HTML or CSS; delete it and use Markdown (**bold**, *italic*)")
    if "img" in tags:
        messages.append("contains an image (![...](...), an <img> tag or an emoji shortcode such "
                        "as :smile:): images are not allowed in contributed text (they load from "
                        "other sites and may show personal data); describe it in words")
    if "svg" in tags:
        messages.append("contains an emoji shortcode (:name:) or an inline SVG, which the site "
                        "would show as an image; write the word instead")
    if "abbr" in tags:
        messages.append(f"contains an abbreviation definition ({_quote(text, '*[')}): it sets "
                        "hover text on the page; delete it (the glossary explains terms)")
    if tags & {"div", "details", "summary"}:
        messages.append("contains a notice box or block markup (a line starting with !!! or "
                        "???, or markdown in HTML): notices on this site come only from its "
                        "templates; write the text as plain paragraphs")
    if headings:
        messages.append(f"contains a heading (<{headings[0]}>, from a line starting with # or "
                        "underlined with === or ---): the page's template makes the headings; "
                        "use **bold** for a lead-in")
    if "input" in tags:
        messages.append("contains a task-list checkbox ([ ] or [x] at the start of a list item); "
                        "write the item without the brackets")
    if "title" in attributes and not headings:  # a heading's permalink has a title too
        messages.append("contains a link title ([text](https://... \"title\")): titles become "
                        "hover text; delete the quoted title and keep [text](https://...)")
    for url in dict.fromkeys(reader.unsafe_links):
        messages.append(_unsafe_link(url))
    chosen = sorted(name for name in attributes  # on elements the safelist keeps
                    if name not in ("title", "style", "href") and not name.startswith("on"))
    if chosen == ["class"] and messages:
        chosen = []  # the class of a notice box, heading or checkbox, named above
    if chosen:
        messages.append(f"contains an attribute list ({_quote(text, '{')}): it would set HTML "
                        f"attributes ({', '.join(chosen)}) on the page; delete it")
    known = {"script", "img", "svg", "abbr", "div", "details", "summary", "input", "style",
             "path", *EMBEDS, *headings}
    if reader.styled:
        known.add("span")  # named as styling above
    others = sorted(tags - known)
    for name in [t for t in others if ":" in t]:  # <javascript:...>: read as a tag, meant as a link
        if not _safe_url(name):
            messages.append(_unsafe_link(name))
            others.remove(name)
    if not messages and not others and "<" in text:  # e.g. a closing tag alone
        others = [""]
    if others and not events:  # "delete the tag" of the handler message covers it
        quoted = _quote(text, "<" + others[0]) or f"<{others[0]}>"
        messages.append(f"contains raw HTML ({quoted}), which is not allowed in contributed "
                        "text; use Markdown instead (**bold**, *italic*, [link](https://...)); "
                        "for a less-than sign put a space after it (a < b)")
    if not messages:
        messages.append("contains markup that the site's HTML sanitiser would change "
                        f"({', '.join(removed)}); write it as plain Markdown text")
    return messages


def _unsafe_link(url: str) -> str:
    shown = f'"{_snippet(url)}"'
    name = re.sub(r"[\x00-\x20\x7f]", "", url).partition(":")[0].lower()
    if name in ("javascript", "vbscript"):
        why = f"a {name}: link would run script when a reader clicks it"
    elif name == "data":
        why = "a data: URL can carry a whole page or script inside the link"
    else:
        why = f"{name}: links are not allowed"
    return (f"contains an unsafe link {shown}: {why}; link only to http:// or https:// "
            "addresses, or to pages of this site")
