"""Material's Chinese word cutting of search text, once per text while ``mkdocs serve`` runs.

Material's search index cuts the Han runs of every section it holds with jieba
(``SearchIndex._segment_chinese``). Under ``mkdocs serve --dirty`` an edit of a case's
title re-renders every law page that lists the case, and each of their sections was cut
again, unchanged: about half of the edit's indexing time at 1,000 cases. A text is cut
the same way while the jieba dictionary is the same, so what the last build of a language
cut is used again; a changed dictionary starts from nothing. Only one build's texts are
kept.

If a Material release renames the method, nothing is wrapped (the search pins stop such a
release anyway: ``worker.patched``).
"""

from __future__ import annotations

from ..memory import LastBuild

METHOD = "_segment_chinese"


def wrap(index, cut: LastBuild) -> bool:
    """Make ``index`` (Material's ``SearchIndex`` of one build of one language) cut through
    ``cut`` (the language's texts, by text, started with the dictionary's words); False if
    it has no such method."""
    method = getattr(type(index), METHOD, None)
    if method is None:
        return False
    original = method.__get__(index)
    setattr(index, METHOD, lambda text: cut.get(text, lambda: original(text)))
    return True
