"""What an article's search entry answers to: its law's names and its number in every form.

A reader types a citation the way it is written around them: 民法典1032,
民法典第1032条, 民法典 第一千零三十二条, Civil Code 1032, civil code art 1032,
刑法293条之一, PIPL 13. The article's heading carries only its own label, and the
law's name is on the page, not in the section, so without help a query that
names the law ranks every article of that law alike. Each article section gets
a ``lookup`` field with the law's names in both languages (a reader on the
English site may paste a Chinese citation, and the reverse), the label with
Chinese and Arabic numerals, and the English label, weighed above titles:
together with the number in the heading this ranks the article above its law's
page and above the law's other articles for every form above, while a query
naming only the law still ranks the law's page first.
"""

from __future__ import annotations

from collections.abc import Callable

from ..model import Article, Content, Statute
from ..render import law_path
from .tokens import segment


def forms(statute: Statute, article: Article) -> list[str]:
    """The names and labels, unsegmented, in a stable order without repeats."""
    base, _, suffix = article.number.partition("-")
    arabic = f"第{base}条" + (article.label_zh[article.label_zh.index("之"):] if suffix else "")
    names = (*statute.names("zh"), *statute.names("en"))
    return list(dict.fromkeys((*names, article.label_zh, arabic, article.label_en)))


def article_keys(statute: Statute, article: Article) -> str:
    """The ``lookup`` text of one article section: its words, cut as Material cuts Chinese.

    Each word once: the worker scores a word's frequency, and a law's names repeat
    words (中华人民共和国民法典, 民法典; Civil Code, PRC Civil Code).
    """
    unique: dict[str, str] = {}
    for form in forms(statute, article):
        for word in segment(form).split():
            unique.setdefault(word.lower(), word)
    return " ".join(unique.values())


def keys_by_location(content: Content, url_of: Callable[[str], str]) -> dict[str, str]:
    """``laws/civil-code/#art-1032`` -> keys, for every excerpted article.

    ``url_of`` turns a source path (``laws/civil-code.md``) into the page URL.
    """
    return {
        f"{url_of(law_path(statute.id))}#{article.anchor}": article_keys(statute, article)
        for statute in content.statutes.values() for article in statute.articles
    }
