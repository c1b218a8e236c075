"""The open-data export: statutes, cases, answers and the glossary as versioned JSON.

Written at build time under ``site/data/`` (and by ``lawguide export``), one file per kind,
each with the JSON Schema it follows (``schemas/export-<kind>.schema.json``, also copied
to ``site/data/schemas/``). ``format`` is the export's version: a change that removes or
renames a field raises it. Ids are the page anchors: an article's ``id`` is its anchor on
the law page (``art-1032``), a glossary term's its anchor on the glossary page; a case's or
answer's id is its page's name. Prose stays Markdown, as written; English statute text is
the site's unofficial translation. No clock in the output: the same content gives the same
bytes.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path

from ..i18n import Language
from ..model import Answer, Case, Content, Statute, Term, Text
from ..render import answer_path, case_path, law_path
from .address import Address

FORMAT = 1
KINDS = ("statutes", "cases", "answers", "glossary")
FOLDER = "data"  # under the site
SCHEMA_DIR = Path(__file__).resolve().parents[3] / "schemas"
GLOSSARY_PAGE = "glossary/index.md"


def schema_name(kind: str) -> str:
    return f"export-{kind}.schema.json"


def page_url(md_path: str) -> str:
    """MkDocs' directory URL of a Markdown path: ``cases/x.md`` -> ``cases/x/``."""
    stem = md_path.removesuffix(".md")
    if stem == "index" or stem.endswith("/index"):
        return stem.removesuffix("index")
    return stem + "/"


class Exporter:
    def __init__(self, content: Content, address: Address, languages: list[Language]):
        self.content, self.address, self.languages = content, address, languages

    def urls(self, md_path: str, anchor: str = "") -> dict[str, str]:
        tail = f"#{anchor}" if anchor else ""
        return {language.lang: self.address.url(language.prefix, page_url(md_path)) + tail
                for language in self.languages}

    def heads(self) -> dict[str, tuple[dict, Callable[[object], dict], tuple]]:
        """Each kind's document without its items, how to export one item, and the items."""
        content = self.content
        kinds = {"statutes": (self.statute, tuple(content.statutes.values())),
                 "cases": (self.case, tuple(content.cases.values())),
                 "answers": (self.answer, tuple(content.answers.values())),
                 "glossary": (self.term, tuple(content.glossary.terms))}
        return {kind: ({
            "$schema": f"{self.address.root}{FOLDER}/schemas/{schema_name(kind)}",
            "format": FORMAT, "kind": kind, "site": self.address.root,
            "notice": {"zh": "法律信息，不是法律意见。英文为非官方译文。",
                       "en": "Legal information, not legal advice. English renderings of "
                             "statutes are unofficial."},
        }, make, objects) for kind, (make, objects) in kinds.items()}

    def statute(self, s: Statute) -> dict:
        path = law_path(s.id)
        return {
            "id": s.id, "url": self.urls(path), "kind": s.kind, "title": _text(s.title),
            "short": _text(s.short),
            "aliases": {"zh": list(s.aliases_zh), "en": list(s.aliases_en)},
            "issuer": _text(s.issuer), "version": _text(s.version), "status": s.status,
            "adopted": s.adopted.isoformat(), "effective": s.effective.isoformat(),
            "successor": s.successor, "successor_articles": dict(s.successor_articles),
            "source": s.source_origin, "reviewed": s.reviewed.isoformat(),
            "articles": [{
                "id": a.anchor, "ref": a.ref, "number": a.number,
                "label": {"zh": a.label_zh, "en": a.label_en}, "url": self.urls(path, a.anchor),
                "topic": _text(a.topic), "text_zh": list(a.zh), "text_en_unofficial": list(a.en),
            } for a in s.articles],
        }

    def case(self, c: Case) -> dict:
        return {
            "id": c.id, "url": self.urls(case_path(c.id)), "kind": c.kind, "title": _text(c.title),
            "summary": _text(c.summary), "audience": list(c.audience), "conduct": list(c.conduct),
            "facts": _text(c.facts), "analysis": _text(c.analysis), "remedies": _text(c.remedies),
            "lesson_debtor": _text(c.lesson_debtor), "lesson_collector": _text(c.lesson_collector),
            "statutes": list(c.statutes), "answers": list(c.answers),
            "court": _text(c.court) if c.court else None, "case_number": c.case_number,
            "decided": c.decided.isoformat() if c.decided else None,
            "reviewed": c.reviewed.isoformat(),
        }

    def answer(self, a: Answer) -> dict:
        return {
            "id": a.id, "url": self.urls(answer_path(a.id)), "question": _text(a.question),
            "short": _text(a.short), "answer": _text(a.answer), "audience": list(a.audience),
            "statutes": list(a.statutes), "related": list(a.related), "cases": list(a.cases),
            "reviewed": a.reviewed.isoformat(),
        }

    def term(self, t: Term) -> dict:
        return {"id": t.slug, "url": self.urls(GLOSSARY_PAGE, t.slug), "term": _text(t.term),
                "definition": _text(t.definition),
                "aliases": {"zh": list(t.aliases_zh), "en": list(t.aliases_en)}}


def _text(text: Text) -> dict[str, str]:
    return {"zh": text.zh, "en": text.en}


def dumps(document: dict) -> str:
    return json.dumps(document, ensure_ascii=False, indent=1, sort_keys=False) + "\n"


_ITEM_INDENT = "  "  # an item of "items" in a document dumped by ``dumps``


def texts(exporter: Exporter, remembered: dict | None = None) -> dict[str, str]:
    """Each kind's document as ``dumps`` writes it, made from each item's own text.

    ``remembered`` (``memory.Memory.exported``): the items' texts from the last build, used
    again for the same objects (the loader keeps an unchanged file's object) while the
    address and languages are the same: an edit under ``mkdocs serve`` dumps one item, not
    thousands (0.3 s at 1,000 cases)."""
    key = (exporter.address, tuple(exporter.languages))
    known = remembered.get("items", {}) if remembered and remembered.get("key") == key else {}
    made: dict[int, tuple[object, str]] = {}
    out = {}
    for kind, (head, make, objects) in exporter.heads().items():
        items = []
        for obj in objects:
            hit = known.get(id(obj))
            if hit is None or hit[0] is not obj:  # an id is reused only once freed
                lines = dumps(make(obj)).rstrip("\n").split("\n")  # JSON strings hold no newline
                hit = (obj, "\n".join(_ITEM_INDENT + line for line in lines))
            made[id(obj)] = hit
            items.append(hit[1])
        out[kind] = _document(head, items)
    if remembered is not None:
        remembered.update(key=key, items=made)
    return out


def _document(head: dict, items: list[str]) -> str:
    """``dumps({**head, "items": [...]})``, the items given as their dumped texts."""
    empty = dumps({**head, "items": []})
    if not items:
        return empty
    tail = ' "items": []\n}\n'
    return empty.removesuffix(tail) + ' "items": [\n' + ",\n".join(items) + "\n ]\n}\n"


def write(content: Content, address: Address, languages: list[Language], out: Path,
          remembered: dict | None = None) -> list[Path]:
    """Write ``<out>/<kind>.json`` and ``<out>/schemas/``; return the files written.

    ``remembered``: what :func:`texts` keeps between builds."""
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for kind, text in texts(Exporter(content, address, languages), remembered).items():
        target = out / f"{kind}.json"
        target.write_text(text, encoding="utf-8")
        written.append(target)
    (out / "schemas").mkdir(exist_ok=True)
    for kind in KINDS:
        written.append(Path(shutil.copyfile(SCHEMA_DIR / schema_name(kind),
                                            out / "schemas" / schema_name(kind))))
    return written
