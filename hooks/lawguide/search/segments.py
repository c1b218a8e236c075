"""Material's Chinese word cutting of search text, each run of Han characters cut once.

Material's search index cuts every section it holds (``SearchIndex._segment_chinese``):
each run of Han characters is cut with jieba on its own and put back between zero-width
spaces. The same runs recur all over the site (law names, 催收, the words of every
heading): at 1,000 cases only 12,677 of the 202,343 runs the index holds differ, and
with each cut once, Material's indexing took 11.4 s of CPU instead of the plain build's
22.6 s (``make bench``). A run is cut the same way while the jieba dictionary is the
same, so what one build cut serves the next build of the language too (``mkdocs
serve``); a changed dictionary starts from nothing, and only one build's runs are kept.

This is Material's method with the cut remembered: the same expression, the same call to
jieba, the same joins (tests/test_search_segments.py compares the two). If a Material
release renames the method, nothing is replaced (the search pins stop such a release
anyway: ``worker.patched``).
"""

from __future__ import annotations

from collections.abc import Callable

import jieba
from backrefs import bre

from ..memory import LastBuild

METHOD = "_segment_chinese"
HAN = bre.compile(r"(\p{script: Han}+)", bre.UNICODE)  # as Material's method compiles it
SPACE = "\u200b"  # zero-width space: where Material's search splits words


def cutter(cut: LastBuild) -> Callable[[str], str]:
    """Material's ``_segment_chinese``, each Han run cut through ``cut`` (by run)."""

    def run(match) -> str:
        value = match.group(0)
        return cut.get(value, lambda: "".join(
            [SPACE, SPACE.join(jieba.cut(value.encode("utf-8"))), SPACE]))

    return lambda text: HAN.sub(run, text).strip(SPACE)


def wrap(index, cut: LastBuild) -> bool:
    """Make ``index`` (Material's ``SearchIndex`` of one build of one language) cut through
    ``cut`` (the language's runs, started with the dictionary's words); False if it has no
    such method."""
    if getattr(type(index), METHOD, None) is None:
        return False
    setattr(index, METHOD, cutter(cut))
    return True
