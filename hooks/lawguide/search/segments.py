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

from collections.abc import Callable

METHOD = "_segment_chinese"


class Segments:
    """One language's cut texts: the last build's, and this build's so far."""

    def __init__(self):
        self.words: tuple = ()
        self.last: dict[str, str] = {}
        self.made: dict[str, str] = {}

    def start(self, words: tuple) -> None:
        """A new build of the language, with these dictionary words."""
        if words != self.words:
            self.words, self.last, self.made = words, {}, {}
        elif self.made:  # a build that indexed nothing keeps the one before
            self.last, self.made = self.made, {}

    def cut(self, segment: Callable[[str], str], text: str) -> str:
        done = self.made.get(text)
        if done is None:
            done = self.last.get(text)
            if done is None:
                done = segment(text)
            self.made[text] = done
        return done


def wrap(index, segments: Segments) -> bool:
    """Make ``index`` (Material's ``SearchIndex`` of one build of one language) cut through
    ``segments``; False if it has no such method."""
    method = getattr(type(index), METHOD, None)
    if method is None:
        return False
    original = method.__get__(index)
    setattr(index, METHOD, lambda text: segments.cut(original, text))
    return True
