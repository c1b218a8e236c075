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

from . import messages as msg
from . import sanitize
from .sitemarkdown import Renderer

# Invisible format characters (zero-width spaces, bidi overrides as in "Trojan Source").
INVISIBLE = re.compile("[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064"
                       "\u2066-\u206f\ufeff\ufff9-\ufffb]")
SAFE_SCHEMES = ("http:", "https:", "tel:")
# Text without any of these characters, without a line of dashes alone (a rule, or the
# underline that makes the line above a heading) and without a colon that is markup,
# renders to paragraphs, line breaks, code blocks (indented lines), emphasis and lists at
# most, all inside the safelist, and shows its characters as they are: rendering it would
# change nothing (``markup_free``). Most fields (titles, ids, references, dates, Chinese
# prose, English prose with "he said: ...") are such text. tests/test_contrib_untrusted.py
# checks, on random text, that this fast path agrees with rendering.
MARKUP_FREE = re.compile(r"[^<>&\[\]{}!?#=`~|\\]*+")
# A colon is markup where it begins a line (a definition list's ": definition") or where
# it closes a shortcode (":name:", an emoji; pymdownx.emoji's own pattern).
COLON_MARKUP = re.compile(r"^[ \t]*+:|:[+\-\w]++:", re.MULTILINE)
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
        if markup_free(text):
            return Inspection(tuple(dict.fromkeys(messages)), text)
        if DEEP_QUOTE.search(text):
            return Inspection((*messages, msg.DEEP_QUOTES.format(limit=MAX_QUOTE_DEPTH)), text)
        brackets = text.count("[")
        if brackets > MAX_BRACKETS:
            return Inspection((*messages, msg.TOO_MANY_BRACKETS.format(
                count=brackets, limit=MAX_BRACKETS)), text)
        html = self.render(text)
        removed = sanitize.changes(html, sanitize.CONTRIBUTED)
        if self._renderer.abbreviations():
            removed = tuple(sorted({*removed, "<abbr>"}))  # defined, even if unused here
        reader = _read(html)
        if removed:
            messages += _explain(removed, text, reader)
        return Inspection(tuple(dict.fromkeys(messages)), " ".join(reader.visible))


def markup_free(text: str) -> bool:
    """Whether rendering ``text`` could change nothing (see ``MARKUP_FREE``)."""
    return (MARKUP_FREE.fullmatch(text) is not None and not DASH_LINE.search(text)
            and not COLON_MARKUP.search(text))


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
    return msg.INVISIBLE_CHARACTER.format(code=ord(match.group()), name=name)


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
        messages.append(msg.HTML_COMMENT.format(quote=_quote(text, "<!")))
    if "script" in tags:
        messages.append(msg.SCRIPT.format(quote=_quote(text, "<script")))
    events = sorted(set(reader.handlers))  # on any element, kept or removed
    if events:
        messages.append(msg.EVENT_HANDLER.format(handler=events[0],
                                                 quote=_quote(text, events[0])))
    for name in sorted(tags & EMBEDS):
        messages.append(msg.EMBED.format(tag=name, quote=_quote(text, "<" + name)))
    if "style" in tags or "style" in attributes or reader.styled:
        messages.append(msg.STYLING.format(quote=_quote(text, "style")))
    if "img" in tags:
        messages.append(msg.IMAGE.format())
    if "svg" in tags:
        messages.append(msg.EMOJI.format())
    if "abbr" in tags:
        messages.append(msg.ABBREVIATION.format(quote=_quote(text, "*[")))
    if tags & {"div", "details", "summary"}:
        messages.append(msg.BLOCK_MARKUP.format())
    if headings:
        messages.append(msg.HEADING.format(tag=headings[0]))
    if "input" in tags:
        messages.append(msg.CHECKBOX.format())
    if "title" in attributes and not headings:  # a heading's permalink has a title too
        messages.append(msg.LINK_TITLE.format())
    for url in dict.fromkeys(reader.unsafe_links):
        messages.append(_unsafe_link(url))
    chosen = sorted(name for name in attributes  # on elements the safelist keeps
                    if name not in ("title", "style", "href") and not name.startswith("on"))
    if chosen == ["class"] and messages:
        chosen = []  # the class of a notice box, heading or checkbox, named above
    if chosen:
        messages.append(msg.ATTRIBUTE_LIST.format(quote=_quote(text, "{"),
                                                  names=", ".join(chosen)))
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
        messages.append(msg.RAW_HTML.format(quote=quoted))
    if not messages:
        messages.append(msg.OTHER_MARKUP.format(removed=", ".join(removed)))
    return messages


def _unsafe_link(url: str) -> str:
    name = re.sub(r"[\x00-\x20\x7f]", "", url).partition(":")[0].lower()
    if name in ("javascript", "vbscript"):
        why = msg.SCRIPT_LINK.format(scheme=name)
    elif name == "data":
        why = msg.DATA_LINK.format()
    else:
        why = msg.OTHER_SCHEME.format(scheme=name)
    return msg.UNSAFE_LINK.format(url=_snippet(url), why=why)
