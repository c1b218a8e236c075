"""Refuse what contributed Markdown must not carry: raw HTML, unsafe links, attribute lists.

Content fields are Markdown, and Python-Markdown passes raw HTML through, keeps
``javascript:`` links, and (with ``attr_list``) lets ``{: onclick=...}`` set any
attribute. A hostile pull request could therefore put script into the
published site. This module is the first line of defence: it rejects such text
at validation, with a message that says what to write instead. ``sanitize``
cleans the rendered HTML as a second line.

The rules are strict on purpose: anything that *could* be read as a tag is
refused, even inside code spans, because contributors write prose, not code,
and a false alarm costs a rewording while a miss costs readers.
"""

from __future__ import annotations

import html
import re
import unicodedata
from dataclasses import dataclass

TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9:-]*)([^<>]*)>?")
AUTOLINK = re.compile(r"<https?://[^\s<>]*>", re.IGNORECASE)
COMMENT = re.compile(r"<[!?]")
EVENT_ATTR = re.compile(r"(?<![\w-])(on[a-z]+)\s*=", re.IGNORECASE)
STYLE_ATTR = re.compile(r"(?<![\w-])style\s*=", re.IGNORECASE)
# Destination of an inline link or image: [text](dest "title") or [text](<dest>).
INLINE_LINK = re.compile(r"(!?)\[(?:[^\[\]]|\[[^\[\]]*\])*\]"
                         r"\(\s*(<[^>\n]*>|(?:[^\s()]|\([^\s()]*\))*)")
IMAGE = re.compile(r"!\[(?:[^\[\]]|\[[^\[\]]*\])*\]")
REF_DEFINITION = re.compile(r"^[ ]{0,3}\[[^\]\n]+\]:[ ]*(<[^>\n]*>|\S+)", re.MULTILINE)
ATTR_LIST = re.compile(r"\{:[^}\n]*\}|\{[ ]*(?:[.#][\w-]|[A-Za-z_][\w:.-]*[ ]*=)[^}\n]*\}")
# Invisible format characters (zero-width spaces, bidi overrides as in "Trojan Source").
INVISIBLE = re.compile("[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064"
                       "\u2066-\u206f\ufeff\ufff9-\ufffb]")
SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*):")
ALLOWED_SCHEMES = ("http", "https")
EMBEDS = {"iframe", "frame", "frameset", "object", "embed", "applet", "portal"}
_SNIPPET = 40


@dataclass(frozen=True)
class Hazard:
    """One thing in a text that must not reach the site, and what to do about it."""

    start: int
    message: str


def _snippet(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= _SNIPPET else text[:_SNIPPET - 1] + "…"


def _tag_hazard(match: re.Match) -> str:
    name, attrs = match.group(2).lower(), match.group(3)
    shown = _snippet(match.group())
    event = EVENT_ATTR.search(attrs)
    if name == "script":
        return (f"contains a <script> tag ({shown}): contributed text must not contain HTML, and "
                "a script would run in readers' browsers; delete it")
    if event:
        return (f"contains an HTML tag with an event handler ({event.group(1)}= in {shown}), "
                "which would run script in readers' browsers; delete the tag")
    if name in EMBEDS:
        return (f"contains an <{name}> tag ({shown}): pages from other sites cannot be embedded; "
                "link to them instead, e.g. [the court's notice](https://...)")
    if name == "style" or STYLE_ATTR.search(attrs):
        return (f"contains styling ({shown}): contributed text must not contain HTML or CSS; "
                "delete it and use Markdown (**bold**, *italic*)")
    return (f"contains raw HTML ({shown}), which is not allowed in contributed text; "
            "use Markdown instead (**bold**, *italic*, [link](https://...)); for a less-than sign "
            "put a space after it (a < b)")


def _link_hazard(dest: str) -> str | None:
    shown = f'"{_snippet(dest)}"'
    # What a browser would see: entities decoded, control characters and spaces dropped.
    url = re.sub(r"[\x00-\x20\x7f]", "", html.unescape(dest.strip("<>")))
    scheme = SCHEME.match(url)
    if not scheme or scheme.group(1).lower() in ALLOWED_SCHEMES:
        return None
    name = scheme.group(1).lower()
    if name in ("javascript", "vbscript"):
        why = f"a {name}: link would run script when a reader clicks it"
    elif name == "data":
        why = "a data: URL can carry a whole page or script inside the link"
    else:
        why = f"{name}: links are not allowed"
    return (f"contains an unsafe link {shown}: {why}; link only to http:// or https:// "
            "addresses, or to pages of this site")


def find(text: str) -> list[Hazard]:
    """Every hazard in a Markdown text, in order of position."""
    found: list[Hazard] = []
    for m in COMMENT.finditer(text):
        found.append(Hazard(m.start(), f"contains an HTML comment or declaration "
                            f"({_snippet(text[m.start():m.start() + 20])}): hidden text is not "
                            "allowed in contributed text; delete it"))
    links = list(INLINE_LINK.finditer(text))
    # <...> that is an http(s) autolink or a link destination is not a tag.
    not_tags = {m.start() for m in AUTOLINK.finditer(text)} | {m.start(2) for m in links}
    tags = [m for m in TAG.finditer(text) if m.start() not in not_tags]
    openers = any(not m.group(1) for m in tags)
    for m in tags:
        if ":" in m.group(2):  # <javascript:...>: an autolink, not a tag
            message = _link_hazard(m.group())
        elif not (m.group(1) and openers):  # a closing tag adds nothing once its opener is named
            message = _tag_hazard(m)
        else:
            continue
        if message:
            found.append(Hazard(m.start(), message))
    for m in INVISIBLE.finditer(text):
        name = unicodedata.name(m.group(), "format character")
        found.append(Hazard(m.start(), f"contains an invisible character (U+{ord(m.group()):04X} "
                            f"{name}) that can hide or reorder text; delete it"))
    for m in links:
        message = None if m.group(1) else _link_hazard(m.group(2))
        if message:
            found.append(Hazard(m.start(), message))
    for m in IMAGE.finditer(text):  # inline ![a](b), reference ![a][b] and shortcut ![a]
        found.append(Hazard(m.start(), f"contains an image ({_snippet(m.group())}): images are "
                            "not allowed in contributed text (they load from other sites and may "
                            "show personal data); describe it in words"))
    for m in REF_DEFINITION.finditer(text):
        message = _link_hazard(m.group(1))
        if message:
            found.append(Hazard(m.start(), message))
    for m in ATTR_LIST.finditer(text):
        found.append(Hazard(m.start(), f"contains an attribute list ({_snippet(m.group())}): it "
                            "would set HTML attributes such as onclick or style; delete it"))
    return sorted(found, key=lambda h: h.start)
