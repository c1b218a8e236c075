"""Resolve found spans to excerpted articles of one law version, or report them."""

from __future__ import annotations

from .. import messages as msg
from ..model import Statute
from .catalogue import Catalogue
from .find import find
from .models import SELF, Citation, Found, Unknown


def resolve(found: Found, catalogue: Catalogue, self_law: Statute | None = None
            ) -> list[Citation] | Unknown:
    if found.law == SELF:
        statute = self_law
        versions = (self_law,) if self_law else ()
        name = self_law.short.zh if self_law else "本法"
    else:
        versions = catalogue.candidates(found.law, "zh") or catalogue.candidates(found.law, "en")
        if not versions:
            return Unknown(found.start, found.end, found.text,
                           msg.LAW_NOT_IN_DATA.format(law=found.law))
        statute = catalogue.pick(versions, found.year)
        name = versions[0].short.zh
    if statute is None:
        years = ", ".join(v.version.zh for v in versions)
        return Unknown(found.start, found.end, found.text,
                       msg.NO_SUCH_VERSION.format(name=name, year=found.year, years=years))
    article = statute.article(found.number)
    if article is None:
        have = ", ".join(a.number for a in statute.articles)
        return Unknown(found.start, found.end, found.text,
                       msg.UNKNOWN_ARTICLE.format(ref=f"{statute.id}/{found.number}",
                                                  law=statute.id, have=have))
    cited = [Citation(found.start, found.end, found.text, statute.id, found.number,
                      found.paragraph, found.item)]
    if found.range_to and found.number.isdigit() and found.range_to.isdigit():
        low, high = int(found.number), int(found.range_to)
        cited += [Citation(found.start, found.end, found.text, statute.id, a.number, implicit=True)
                  for a in statute.articles if a.number.isdigit() and low < int(a.number) <= high]
    return cited


def scan(text: str, catalogue: Catalogue, self_law: Statute | None = None
         ) -> tuple[list[Citation], list[Unknown]]:
    """find + resolve: every citation in ``text``, and what could not be resolved."""
    citations: list[Citation] = []
    unknown: list[Unknown] = []
    for found in find(text, catalogue, with_self=self_law is not None):
        result = resolve(found, catalogue, self_law)
        if isinstance(result, Unknown):
            unknown.append(result)
        else:
            citations += result
    return citations, unknown
