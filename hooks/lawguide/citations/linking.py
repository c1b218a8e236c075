"""Where a citation points, and what its preview says, in the reader's language."""

from __future__ import annotations

from dataclasses import dataclass

from ..model import Content
from .models import Citation

TOOLTIP_CHARS = 240


@dataclass(frozen=True)
class Targets:
    content: Content
    lang: str

    def target(self, citation: Citation) -> str:
        """The article or paragraph, as a path from the docs folder:
        /laws/civil-code.md#art-1032-p2 (MkDocs makes it relative to the page)."""
        article = self.content.resolve(citation.ref)
        anchor = (citation.paragraph and article.paragraph_anchor(citation.paragraph)) \
            or article.anchor
        return f"/laws/{citation.law_id}.md#{anchor}"

    def tooltip(self, citation: Citation) -> str:
        article = self.content.resolve(citation.ref)
        statute = self.content.statutes[citation.law_id]
        lines = article.zh if self.lang == "zh" else article.en
        text = " ".join(lines)
        if len(text) > TOOLTIP_CHARS:
            text = text[:TOOLTIP_CHARS].rstrip() + "…"
        return f"{statute.cite(article, self.lang)}: {text}"
