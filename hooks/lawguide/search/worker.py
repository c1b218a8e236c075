"""Material 9.8.1's search worker, with its Chinese query segmentation fixed.

The worker cuts a Chinese query into the words of the index, longest first, but
its loop stops one character short (``for (j = i + 1; j < query.length; j++)``)
and it never resumes at the last character (``q < query.length - 1``): the last
word of a query is lost, so 暴力催收 searches only 暴力 and 第一千零三十二条 only
第一千 and 零三. The fix is two bounds in the minified file of this one release.

The patch is pinned to the release and the worker's SHA-256 (``pinned``); the page
template points to the patched worker through the ``search_worker`` filter.
"""

from __future__ import annotations

from functools import cache
from importlib import metadata  # noqa: F401 - tests replace the installed version here

from . import pinned
from .pinned import RELEASE, WorkerPatchError, material_root  # noqa: F401 - this patch's API

WORKERS = "assets/javascripts/workers"
FILE = "search.a7633da7.min.js"
SHA256 = "da1b3df5e5f00cc73083c9e21ff0ec28bde85cd247057bdd05b7a167e5903bd4"
# (what the release has, what it should have): each must occur exactly once.
REPLACEMENTS = (
    # the longest index word starting at s may end at the end of the query
    ("for(let o=s+1;o<t.length;o++)t.slice(s,o)in e&&(n[s]=o-s)",
     "for(let o=s+1;o<=t.length;o++)t.slice(s,o)in e&&(n[s]=o-s)"),
    # resume at the next word even when it is the query's last character
    ("n[a]&&a<t.length-1&&(i[s++]=a)", "n[a]&&a<t.length&&(i[s++]=a)"),
)
PIN = pinned.Pin(
    "search worker patch", WORKERS, FILE, SHA256, REPLACEMENTS,
    "Pin mkdocs-material=={release} in requirements.txt and reinstall, or, to move to "
    "another release, check whether its worker still drops the last word of a Chinese "
    "query (the `segment` function of src/.../search/query/segment) and update RELEASE, "
    "FILE, SHA256 and REPLACEMENTS in hooks/lawguide/search/worker.py.")


@cache
def patched() -> pinned.Patched:
    """The fixed worker; WorkerPatchError if the installed release is not the pinned one."""
    return pinned.apply(PIN, material_root())


def use_patched(config_html: str) -> str:
    """Jinja filter for Material's ``config`` block: point the page to the patched worker."""
    return pinned.point(PIN, patched(), config_html, "the page configuration")
