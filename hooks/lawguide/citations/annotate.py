"""Link resolved citations in a page's rendered HTML (never inside code or links)."""

from __future__ import annotations

import html
import re
from collections.abc import Callable

from ..htmltext import escape, rewrite
from ..model import Statute
from .catalogue import Catalogue
from .models import Citation
from .resolve import scan

_HINT = re.compile(r"条|art", re.I)  # every linkable citation has one of these


def annotate(page_html: str, catalogue: Catalogue, link: Callable[[Citation], tuple[str, str]],
             self_law: Statute | None = None) -> tuple[str, list[Citation]]:
    """Return the HTML with citations linked, and the citations linked.

    ``link(citation)`` gives (href, tooltip text) for a resolved citation.
    """
    linked: list[Citation] = []

    def replace(text: str) -> str | None:
        if not _HINT.search(text):
            return None
        shown = [c for c in scan(text, catalogue, self_law)[0] if not c.implicit]
        if not shown:
            return None
        parts, pos = [], 0
        for citation in shown:
            href, tip = link(citation)
            parts.append(escape(text[pos:citation.start]))
            parts.append(f'<a class="lg-cite" href="{html.escape(href)}" '
                         f'title="{html.escape(tip)}" data-lg-ref="{citation.ref}">'
                         f'{escape(citation.text)}</a>')
            pos = citation.end
        parts.append(escape(text[pos:]))
        linked.extend(shown)
        return "".join(parts)

    return rewrite(page_html, replace), linked
