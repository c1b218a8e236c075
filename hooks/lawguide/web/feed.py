"""An Atom feed per language of the cases and answers added or updated, newest first.

Entries come from the model and their ``reviewed`` date (the only date a case or answer
carries: a new entry and an updated one both get a new one). ElementTree writes the XML,
so every title and summary is escaped; nothing here reads the clock, so the same content
gives the same feed.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass

from ..model import Content
from ..render import answer_path, case_path
from .address import Address
from .export import page_url
from .text import plain, shorten

ATOM = "http://www.w3.org/2005/Atom"
FILE = "feed.xml"  # under each language's site
LIMIT = 50


@dataclass(frozen=True)
class Entry:
    kind: str  # "case" or "answer"
    id: str
    title: str
    summary: str
    path: str
    updated: str  # YYYY-MM-DD


def entries(content: Content, lang: str) -> list[Entry]:
    found = [Entry("case", c.id, c.title[lang], c.summary[lang], case_path(c.id),
                   c.reviewed.isoformat()) for c in content.cases.values()]
    found += [Entry("answer", a.id, a.question[lang], a.short[lang], answer_path(a.id),
                    a.reviewed.isoformat()) for a in content.answers.values()]
    return sorted(found, key=lambda e: (e.updated, e.kind, e.id), reverse=True)[:LIMIT]


def atom(content: Content, address: Address, prefix: str, lang: str, title: str,
         labels: dict[str, str]) -> bytes:
    """The feed of one language; ``labels`` names the kinds ("case" -> 案例)."""
    ET.register_namespace("", ATOM)
    site = address.site(prefix)
    items = entries(content, lang)
    feed = ET.Element(f"{{{ATOM}}}feed", {"{http://www.w3.org/XML/1998/namespace}lang": lang})
    _sub(feed, "id", site + FILE)
    _sub(feed, "title", title)
    _sub(feed, "updated", _stamp(items[0].updated if items else "1970-01-01"))
    _sub(feed, "link", rel="self", type="application/atom+xml", href=site + FILE)
    _sub(feed, "link", rel="alternate", type="text/html", href=site)
    author = _sub(feed, "author")
    _sub(author, "name", title)
    for item in items:
        url = address.url(prefix, page_url(item.path))
        entry = _sub(feed, "entry")
        _sub(entry, "id", url)
        _sub(entry, "title", item.title)
        _sub(entry, "updated", _stamp(item.updated))
        _sub(entry, "link", rel="alternate", type="text/html", href=url)
        _sub(entry, "category", term=item.kind, label=labels[item.kind])
        _sub(entry, "summary", shorten(plain(item.summary), 400))
    ET.indent(feed)
    return ET.tostring(feed, encoding="utf-8", xml_declaration=True) + b"\n"


def _sub(parent: ET.Element, name: str, text: str | None = None, **attrs: str) -> ET.Element:
    element = ET.SubElement(parent, f"{{{ATOM}}}{name}", attrs)
    if text is not None:
        element.text = text
    return element


def _stamp(day: str) -> str:
    return f"{day}T00:00:00Z"
