"""Where a citation points, and what its tooltip says, in the reader's language."""

from __future__ import annotations

from dataclasses import dataclass

from ..model import Content
from .models import Citation

TOOLTIP_CHARS = 240


@dataclass(frozen=True)
class Linker:
    content: Content
    lang: str

    def target(self, citation: Citation) -> str:
        """Site-relative URL of the article or paragraph: laws/civil-code/#art-1032-p2."""
        article = self.content.resolve(citation.ref)
        anchor = (citation.paragraph and article.paragraph_anchor(citation.paragraph)) \
            or article.anchor
        return f"laws/{citation.law_id}/#{anchor}"

    def tooltip(self, citation: Citation) -> str:
        article = self.content.resolve(citation.ref)
        statute = self.content.statutes[citation.law_id]
        lines = article.zh if self.lang == "zh" else article.en
        text = " ".join(lines)
        if len(text) > TOOLTIP_CHARS:
            text = text[:TOOLTIP_CHARS].rstrip() + "…"
        name = f"《{statute.short.zh}》" if self.lang == "zh" else f"{statute.short.en}, "
        return f"{name}{article.label(self.lang)}: {text}"
