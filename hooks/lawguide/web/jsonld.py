"""schema.org data for law, answer and case pages, as JSON-LD.

Law pages describe a ``Legislation`` (its date, legal force and one part per excerpted
article, whose ``@id`` is the article's anchor on the page), answer pages a ``FAQPage`` with
one ``Question``, case pages an ``Article``. ``script`` serialises for a
``<script type="application/ld+json">`` element: the text is contributed and hostile, so
``<``, ``>`` and ``&`` are written as JSON escapes and can never close the element.
"""

from __future__ import annotations

import json

from ..model import Answer, Case, Statute
from .text import heading, plain

CONTEXT = "https://schema.org"
# Our statuses against schema.org's LegalForceStatus.
LEGAL_FORCE = {"in-force": "InForce", "superseded": "NotInForce", "repealed": "NotInForce",
               "not-yet-in-force": "NotInForce"}
LANGUAGE = {"zh": "zh-CN", "en": "en"}


def legislation(statute: Statute, lang: str, url: str, site: dict) -> dict:
    return {
        "@context": CONTEXT, "@type": "Legislation", "@id": url, "url": url,
        "name": heading(statute.title[lang]), "alternateName": statute.short[lang],
        "legislationIdentifier": statute.id,
        "legislationDate": statute.adopted.isoformat(),
        "legislationDateVersion": statute.effective.isoformat(),
        "legislationLegalForce": f"{CONTEXT}/{LEGAL_FORCE[statute.status]}",
        "legislationPassedBy": {"@type": "Organization", "name": statute.issuer[lang]},
        "legislationJurisdiction": "CN",
        "version": statute.version[lang],
        "inLanguage": LANGUAGE["zh"],  # the law is the official Chinese text
        "dateModified": statute.reviewed.isoformat(),
        "isPartOf": site,
        "hasPart": [{
            "@type": "Legislation", "@id": f"{url}#{article.anchor}",
            "url": f"{url}#{article.anchor}", "name": article.label(lang),
            "legislationIdentifier": article.ref, "inLanguage": LANGUAGE["zh"],
            "text": "\n".join(article.zh),
        } for article in statute.articles],
    }


def faq_page(answer: Answer, lang: str, url: str, site: dict) -> dict:
    return {
        "@context": CONTEXT, "@type": "FAQPage", "@id": url, "url": url,
        "name": heading(answer.question[lang]), "inLanguage": LANGUAGE[lang],
        "dateModified": answer.reviewed.isoformat(), "isPartOf": site,
        "mainEntity": {
            "@type": "Question", "name": heading(answer.question[lang]),
            "acceptedAnswer": {"@type": "Answer", "url": url,
                               "text": plain(answer.short[lang])},
        },
    }


def article(case: Case, lang: str, url: str, site: dict) -> dict:
    return {
        "@context": CONTEXT, "@type": "Article", "@id": url, "url": url,
        "mainEntityOfPage": url, "headline": heading(case.title[lang]),
        "description": plain(case.summary[lang]), "inLanguage": LANGUAGE[lang],
        "dateModified": case.reviewed.isoformat(), "isPartOf": site,
    }


def website(name: str, url: str, lang: str) -> dict:
    return {"@type": "WebSite", "name": name, "url": url, "inLanguage": LANGUAGE[lang]}


def script(data: dict) -> str:
    """JSON for inside <script>: no ``<``, ``>`` or ``&`` left to end or confuse the element."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return (text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))
