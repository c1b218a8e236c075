"""Each page's metadata for the open web, built once in Python and printed by a partial.

``describe`` finds a page's own description: a case's summary, an answer's short answer, a
law's title, version and status, an index's or tool's introduction, the ``description`` of a
hand-written page's front matter. ``build`` adds the absolute URLs (canonical, one hreflang
alternate per language the page exists in, ``x-default``), Open Graph and Twitter-card
fields in the page's language and the page's JSON-LD. ``overrides/partials/lg-head.html``
prints it, escaping every value.
"""

from __future__ import annotations

from dataclasses import dataclass

from .. import pagemeta
from ..i18n import Language
from ..model import Content, Text
from . import jsonld
from .address import Address
from .text import plain, shorten

LIMIT = {"zh": 120, "en": 200}  # what search results and link previews show, about
LOCALE = {"zh": "zh_CN", "en": "en_US"}
# Generated index pages: their introduction in data/ui.yml.
INDEX_INTROS = {"cases/index.md": "cases_intro", "faq/index.md": "faq_intro",
                "laws/index.md": "laws_intro", "glossary/index.md": "glossary_intro"}


@dataclass(frozen=True)
class Alternate:
    hreflang: str
    href: str


@dataclass(frozen=True)
class PageMeta:
    lang: str
    canonical: str
    title: str
    description: str
    site_name: str
    og_type: str  # "article" for cases, answers and laws, "website" for the rest
    locale: str
    alternates: tuple[Alternate, ...] = ()
    other_locales: tuple[str, ...] = ()
    jsonld: str | None = None  # already escaped for <script type="application/ld+json">
    feed: str | None = None
    feed_title: str | None = None


@dataclass(frozen=True)
class Subject:
    """What a page shows: its kind and model object (None for hand-written pages)."""

    kind: str  # "case", "answer", "law", "index", "tool", "page"
    obj: object = None


def subject(content: Content, meta: dict, src_uri: str, toolkit=None) -> Subject:
    page = pagemeta.read(meta)
    if page is None:
        return Subject("page")
    stem = page.source.rpartition("/")[2].removesuffix(".yml")
    if page.kind == "case" and stem in content.cases:
        return Subject("case", content.cases[stem])
    if page.kind == "answer" and stem in content.answers:
        return Subject("answer", content.answers[stem])
    if page.kind == "law" and stem in content.statutes:
        return Subject("law", content.statutes[stem])
    if page.kind == "tool" and toolkit is not None and hasattr(toolkit, page.tool):
        return Subject("tool", getattr(toolkit, page.tool))
    if src_uri in INDEX_INTROS:
        return Subject("index", INDEX_INTROS[src_uri])
    return Subject("page")


def describe(what: Subject, meta: dict, lang: str, strings: dict[str, Text]) -> str | None:
    """The page's own description in ``lang``, plain text; None when it has none."""
    if what.kind == "case":
        text = what.obj.summary[lang]
    elif what.kind == "answer":
        text = what.obj.short[lang]
    elif what.kind == "law":
        law = what.obj
        labels = "、" if lang == "zh" else ", "
        text = (f"{law.title[lang]} · {law.version[lang]} · "
                f"{strings['status_' + law.status][lang]}. {strings['articles'][lang]}: "
                + labels.join(article.label(lang) for article in law.articles))
    elif what.kind == "tool":
        text = what.obj.page.intro[lang]
    elif what.kind == "index":
        text = strings[what.obj][lang]
    else:
        text = meta.get("description")
        if not isinstance(text, str) or not text.strip():
            return None
    return shorten(plain(text), LIMIT[lang])


def build(*, address: Address, here: Language, languages: list[Language], present: set[str],
          page_url: str, title: str, description: str, site_name: str, what: Subject,
          feed: tuple[str, str] | None = None) -> PageMeta:
    """Everything the head of one page says about it, with absolute URLs from ``address``."""
    canonical = address.url(here.prefix, page_url)
    alternates = [Alternate(language.lang, address.url(language.prefix, page_url))
                  for language in languages if language.lang in present]
    if languages[0].lang in present:  # the default language stands for readers of any other
        alternates.append(Alternate("x-default", address.url(languages[0].prefix, page_url)))
    site = jsonld.website(site_name, address.site(here.prefix), here.lang)
    data = None
    if what.kind == "law":
        data = jsonld.legislation(what.obj, here.lang, canonical, site)
    elif what.kind == "answer":
        data = jsonld.faq_page(what.obj, here.lang, canonical, site)
    elif what.kind == "case":
        data = jsonld.article(what.obj, here.lang, canonical, site)
    return PageMeta(
        lang=here.lang, canonical=canonical, title=title, description=description,
        site_name=site_name,
        og_type="article" if what.kind in ("case", "answer", "law") else "website",
        locale=LOCALE.get(here.lang, here.lang),
        alternates=tuple(alternates),
        other_locales=tuple(LOCALE.get(language.lang, language.lang) for language in languages
                            if language.lang in present and language.lang != here.lang),
        jsonld=jsonld.script(data) if data else None,
        feed=feed[0] if feed else None, feed_title=feed[1] if feed else None)
