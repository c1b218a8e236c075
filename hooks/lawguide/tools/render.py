"""Tool model -> Markdown pages (one Jinja template per tool, both languages).

Each page is complete without JavaScript: the checker's full table, the
interest formula, the LPR figures and worked examples (computed here with
``rate``), and every letter with blanks. The forms are HTML in the Markdown,
``hidden`` until the script of the page (``overrides/assets/tools/``) shows
them; what the script needs beyond the page text travels in a
``data-lg-config`` JSON attribute. Links to articles are Markdown links to the
law pages' source files, so MkDocs checks every one of them.
"""

from __future__ import annotations

import html
import json
import posixpath
import re
from functools import cache
from pathlib import Path

from ..citations.graph import Citer, Graph
from ..model import LANGS, Content
from ..pagemeta import Meta
from ..render import Page, new_environment
from . import rate
from .model import Example, InterestTool, Letter, LettersTool, Toolkit

TEMPLATES = Path(__file__).parent / "templates"
PATHS = {"conduct": "tools/collection-check.md", "interest": "tools/interest-cost.md",
         "letters": "tools/letters.md"}
SLOT = re.compile(r"\{([a-z][a-z0-9_]*)\}")
SCRIPT_STRINGS = ("error", "error_received", "error_fees", "error_instalment", "error_count",
                  "error_lpr", "error_too_high", "above", "below", "not_covered", "unknown",
                  "relation_above", "relation_below", "deducted", "reference", "before_lpr",
                  "lpr_from_date", "lpr_from_filing", "lpr_filing_today", "old_rules",
                  "licensed_line")  # the labels interest.js writes
CONDUCT_STRINGS = ("nothing_ticked", "ticked", "worst", "not_you", "urgent", "next_heading",
                   "step_evidence", "step_evidence_link", "step_letters", "step_routes",
                   "step_also", "step_help", "call")  # the labels conduct.js writes


@cache
def environment():
    env = new_environment(TEMPLATES)  # the page templates' settings
    env.filters["json_attr"] = lambda value: html.escape(
        json.dumps(value, ensure_ascii=False, separators=(",", ":")), quote=True)
    env.filters["pct"] = lambda fraction: f"{fraction * 100:,.2f}%"
    env.filters["num"] = _number
    env.filters["rate"] = lambda percent: f"{percent:.2f}"
    return env


def _number(value: float) -> str:
    return f"{value:,.2f}".removesuffix(".00")


class ToolPages:
    """Renders the three tool pages of one language."""

    def __init__(self, toolkit: Toolkit, content: Content, lang: str):
        self.toolkit, self.content, self.lang = toolkit, content, lang

    def law_link(self, ref: str, here: str) -> str:
        article = self.content.resolve(ref)
        statute = self.content.statutes[article.law_id]
        text = statute.cite(article, self.lang)
        target = posixpath.relpath(f"laws/{article.law_id}.md", posixpath.dirname(here))
        return f"[{text}]({target}#{article.anchor})"

    def law_links(self, refs: tuple[str, ...], here: str) -> str:
        return ("、" if self.lang == "zh" else "; ").join(self.law_link(r, here) for r in refs)

    def _render(self, name: str, tool, **context) -> Page:
        here = PATHS[name]
        meta = Meta("tool", tool.page.title[self.lang], tool.reviewed.isoformat(),
                    tool.source, tool=name)
        labels = {key: text[self.lang] for key, text in tool.labels.items()}
        markdown = environment().get_template(f"{name}.md.j2").render(
            lang=self.lang, tool=tool, L=labels, meta=meta,
            colon="：" if self.lang == "zh" else ":",
            laws=lambda refs: self.law_links(tuple(refs), here),
            link=lambda path: posixpath.relpath(path, posixpath.dirname(here)), **context)
        return Page(self.lang, here, markdown)

    def conduct(self) -> Page:
        tool = self.toolkit.conduct
        here, lang = PATHS["conduct"], self.lang
        letters = {letter.id: letter.title[lang] for letter in self.toolkit.letters.letters}
        channels = [{"id": c.id, "label": c.label[lang], "href": self.channel_href(c, here),
                     **({"tel": c.tel} if c.tel else {})} for c in tool.channels]
        config = {
            "levels": [{"id": c.id, "label": c.label[lang], "summary": c.summary[lang]}
                       for c in tool.levels],
            "actors": {c.id: c.label[lang] for c in tool.actors},
            "channels": channels,
            "letters": {id_: {"title": title, "href": self.letter_href(id_, here)}
                        for id_, title in letters.items()},
            "evidence_href": _url("faq/evidence-of-abusive-collection", here),
            "items": {item.id: {"judges": list(item.judges), "routes": list(item.routes),
                                "letters": list(item.letters), "also": list(item.also)}
                      for item in tool.items},
            "strings": {k: tool.labels[k][lang] for k in CONDUCT_STRINGS},
        }
        return self._render("conduct", tool, config=config, letters=letters,
                            channel_link=lambda c: self.channel_link(c, here),
                            letter_link=lambda id_: f"[{letters[id_]}]"
                                                    f"({self.letter_md(id_, here)})")

    def channel_md(self, channel, here: str) -> str:
        """The Markdown target of a channel: its section of the complaints page."""
        target = posixpath.relpath("guide/complaints.md", posixpath.dirname(here))
        return f"{target}#{channel.section}" if channel.section else target

    def channel_href(self, channel, here: str) -> str:
        """The same target as a built URL, for the script (directory URLs)."""
        target = _url("guide/complaints", here)
        return f"{target}#{channel.section}" if channel.section else target

    def channel_link(self, channel, here: str) -> str:
        link = f"[{channel.label[self.lang]}]({self.channel_md(channel, here)})"
        if channel.tel:
            call = self.toolkit.conduct.labels["call"][self.lang]
            link += f" · [{call} {channel.tel}](tel:{channel.tel})"
        return link

    def letter_md(self, id_: str, here: str) -> str:
        target = posixpath.relpath(PATHS["letters"], posixpath.dirname(here))
        return f"{target}#letter-{id_}"

    def letter_href(self, id_: str, here: str) -> str:
        return f"{_url('tools/letters', here)}#letter-{id_}"

    def interest(self) -> Page:
        tool = self.toolkit.interest
        return self._render("interest", tool, config=interest_config(tool, self.lang),
                            examples=[(e, worked(tool, e)) for e in tool.examples],
                            latest=tool.lpr.latest,
                            line=rate.line(tool.lpr.latest.rate, tool.lpr.multiplier))

    def letters(self) -> Page:
        tool = self.toolkit.letters
        bodies = {letter.id: letter_html(tool, letter, self.lang) for letter in tool.letters}
        return self._render("letters", tool, bodies=bodies)


def _url(page: str, here: str) -> str:
    """The built address of ``page`` (a directory URL) relative to the built ``here``."""
    return posixpath.relpath(page, here.removesuffix(".md")) + "/"


def interest_config(tool: InterestTool, lang: str) -> dict:
    """What the calculator script needs besides the form: figures, lenders, strings."""
    return {
        "lang": lang, "multiplier": tool.lpr.multiplier,
        "history": [{"date": f.date.isoformat(), "rate": f.rate} for f in tool.lpr.history],
        "lenders": {lender.id: {"line": lender.line, "explain": lender.explain[lang]}
                    for lender in tool.lenders},
        "frequencies": {f.id: f.per_year for f in tool.frequencies},
        "references": [{"rate": r.rate, "label": r.label[lang]} for r in tool.references],
        "strings": {key: tool.labels[key][lang] for key in SCRIPT_STRINGS},
    }


def worked(tool: InterestTool, example: Example) -> rate.Rate:
    per_year = tool.frequency(example.frequency).per_year
    return rate.solve(rate.Loan(example.received, example.instalment, example.count, per_year,
                                example.fees))


def letter_html(tool: LettersTool, letter: Letter, lang: str) -> str:
    """The letter as one line of HTML: text escaped, each {field} a slot the script fills.

    Line breaks become ``&#10;`` (shown by ``white-space: pre-wrap``) so that the raw
    HTML block has no blank line for Markdown to split it at.
    """
    blank = tool.labels["blank"][lang]
    parts, pos = [], 0
    body = letter.body[lang]
    for match in SLOT.finditer(body):
        parts.append(html.escape(body[pos:match.start()], quote=False))
        label = html.escape(tool.fields[match.group(1)].label[lang], quote=True)
        parts.append(f'<span class="lg-slot lg-slot--empty" data-lg-slot="{match.group(1)}" '
                     f'title="{label}">{html.escape(blank, quote=False)}</span>')
        pos = match.end()
    parts.append(html.escape(body[pos:], quote=False))
    return "".join(parts).replace("\n", "&#10;")


def pages(toolkit: Toolkit | None, content: Content) -> list[Page]:
    out: list[Page] = []
    if toolkit is None:
        return out
    for lang in LANGS:
        renderer = ToolPages(toolkit, content, lang)
        out += [renderer.conduct(), renderer.interest(), renderer.letters()]
    return out


def cite(graph: Graph, toolkit: Toolkit | None) -> None:
    """Add the tool pages to "cited by" on the law pages."""
    if toolkit is None:
        return
    conduct, interest, letters = toolkit.conduct, toolkit.interest, toolkit.letters
    cited = {
        "conduct": (conduct.page.title, {ref for item in conduct.items for ref in item.statutes}),
        "interest": (interest.page.title,
                     {*interest.lpr.statutes, *interest.scope.statutes,
                      *interest.principal.statutes,
                      *(ref for lender in interest.lenders for ref in lender.statutes),
                      *(ref for reference in interest.references for ref in reference.statutes)}),
        "letters": (letters.page.title,
                    {ref for letter in letters.letters for ref in (*letter.statutes,
                                                                    *letter.see_also)}),
    }
    for name, (title, refs) in cited.items():
        for ref in refs:
            for lang in LANGS:
                graph.add(ref, lang, Citer("guide", PATHS[name], title[lang]))
