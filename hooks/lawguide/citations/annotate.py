"""Link resolved citations in a page's rendered HTML.

Works on the HTML MkDocs made from the page, so Markdown code, links and raw
HTML have already become elements: text inside ``a``, ``code``, ``pre`` and the
like is left alone. The tokenizer is a regex over tags, not a full HTML parser,
because page content is well-formed output of Python-Markdown and this runs on
every page.
"""

from __future__ import annotations

import html
import re
from typing import Callable

from ..model import Statute
from .catalogue import Catalogue
from .models import Citation
from .resolve import scan

_TOKENS = re.compile(r"(<!--.*?-->|<[^>]*>)", re.S)
_TAG = re.compile(r"<\s*(/?)\s*([a-zA-Z][a-zA-Z0-9]*)")
SKIP = frozenset({"a", "code", "pre", "kbd", "samp", "script", "style", "textarea", "button",
                  "select", "abbr", "svg", "title"})


def annotate(page_html: str, catalogue: Catalogue, link: Callable[[Citation], tuple[str, str]],
             self_law: Statute | None = None) -> tuple[str, list[Citation]]:
    """Return the HTML with citations linked, and the citations linked.

    ``link(citation)`` gives (href, tooltip text) for a resolved citation.
    """
    out: list[str] = []
    linked: list[Citation] = []
    depth = 0
    for token in _TOKENS.split(page_html):
        if not token:
            continue
        if token.startswith("<"):
            tag = _TAG.match(token)
            if tag and tag.group(2).lower() in SKIP and not token.endswith("/>"):
                depth += -1 if tag.group(1) else 1
                depth = max(depth, 0)
            out.append(token)
            continue
        if depth or not _maybe(token):
            out.append(token)
            continue
        text = html.unescape(token)
        citations, _ = scan(text, catalogue, self_law)
        shown = [c for c in citations if not c.implicit]
        if not shown:
            out.append(token)
            continue
        pos = 0
        for citation in shown:
            href, tip = link(citation)
            out.append(html.escape(text[pos:citation.start], quote=False))
            out.append(
                f'<a class="lg-cite" href="{html.escape(href)}" title="{html.escape(tip)}" '
                f'data-lg-ref="{citation.ref}">{html.escape(citation.text, quote=False)}</a>')
            pos = citation.end
        out.append(html.escape(text[pos:], quote=False))
        linked += shown
    return "".join(out), linked


_HINT = re.compile(r"条|art", re.I)


def _maybe(text: str) -> bool:
    """Cheap test before the full scan: every citation has 条 or 'art' in it."""
    return _HINT.search(text) is not None
