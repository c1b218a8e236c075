"""The jieba user dictionary: the words the Chinese index must keep whole.

jieba's own dictionary cuts article labels and legal terms where no reader would
(第一千零三十二条 -> 第一千 / 零 / 三十二条, 第二百二十五条 -> 第 / 二百二十五 / 条),
and Material's search finds a word only by its beginning, so a label cut in three
matches none of the forms readers type. The dictionary is generated at every
build from the statutes (short names, aliases, article labels), the glossary
(``data/glossary.yml``, loaded with the content) and
``data/search-terms.txt``, written to the git-ignored file that the search
plugin's ``jieba_dict_user`` option names, and loaded by Material itself.

jieba keeps added words for the life of the process: under ``mkdocs serve`` a
word deleted from the sources stays known until the server restarts.
"""

from __future__ import annotations

from pathlib import Path

from .. import messages as msg
from ..errors import ContentError, Problem
from ..model import Content
from ..numerals import article_label_zh
from . import synonyms
from .tokens import is_han

TERMS = "data/search-terms.txt"
# Every label up to 第一千二百六十条, the last article of the Civil Code (the longest
# Chinese code), so that labels cited in prose are cut the same way as headings.
LONGEST_CODE = 1260


def words(content: Content, root: Path) -> list[str]:
    """All dictionary words, sorted; problems in data/search-terms.txt raise ContentError."""
    problems: list[Problem] = []
    found = set(statute_words(content))
    found.update(glossary_words(content))
    found.update(term_words(root, problems))
    found.update(synonyms.dictionary_words(root))
    if problems:
        raise ContentError(problems)
    return sorted(found)


def statute_words(content: Content) -> set[str]:
    """Short names, aliases and article labels (with every 之N label the data has)."""
    found = {article_label_zh(str(n)) for n in range(1, LONGEST_CODE + 1)}
    for statute in content.statutes.values():
        found.update(name for name in (statute.short.zh, *statute.aliases_zh) if is_han(name))
        found.update(article.label_zh for article in statute.articles)
    return found


def glossary_words(content: Content) -> set[str]:
    """The Chinese terms of the glossary and their Chinese aliases."""
    return {word for term in content.glossary.terms for word in term.words("zh") if is_han(word)}


def term_words(root: Path, problems: list[Problem]) -> set[str]:
    """``data/search-terms.txt``: one Chinese term a line, ``#`` starts a comment."""
    found: set[str] = set()
    text = (root / TERMS).read_text(encoding="utf-8")
    for number, line in enumerate(text.splitlines(), 1):
        term = line.split("#", 1)[0].strip()
        if not term:
            continue
        if is_han(term):
            found.add(term)
        else:
            problems.append(Problem(TERMS, number, "", msg.NOT_A_CHINESE_WORD.format(term=term)))
    return found


def write(path: Path, terms: list[str]) -> bool:
    """Write the dictionary (one word a line; jieba picks the frequency); True if changed."""
    text = "".join(f"{term}\n" for term in terms)
    if path.is_file() and path.read_text(encoding="utf-8") == text:
        return False
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return True
