"""Material 9.8.1's main script, changed to fetch the search index only when search opens.

Its search starts with ``L($(location.protocol!=="file:"),Je("search"))``: on any page
served over HTTP it downloads ``search_index.json`` (about 0.5 MB, 110 KB gzipped, growing
with the site) as soon as the page loads, whether or not the reader searches. Keeping the
second half alone, ``Je("search")`` (the search toggle, switched on when the search box
gets focus, by the search key, or by a ``?q=`` link), makes every page light and leaves
search as it was: the index is fetched when the reader opens search, as Material already
does for pages opened from disk. Search highlighting subscribed to the index on every page
too; now only on a page opened from a result (``?h=``). And Material fetched a
``sitemap.xml`` next to each ``<link rel=alternate>`` to map its language links to the
same page: ours already point there (``i18n``), and next to a page's hreflang links there
is no sitemap, so that is off.

Like the worker patch it is pinned to the release and the bundle's SHA-256 (``pinned``);
``use_patched`` points each page's HTML to the patched bundle.
"""

from __future__ import annotations

from functools import cache

from . import pinned
from .pinned import material_root

SCRIPTS = "assets/javascripts"
FILE = "bundle.a5f9d56c.min.js"
SHA256 = "b9a1ef14b5e91ad61fa8d7dd42e1f55e6af0ebd224bc8970dff0e7d7311b172f"
REPLACEMENTS = (
    # start the search (fetch the index, send it to the worker) only when search opens
    ('L($(location.protocol!=="file:"),Je("search"))', 'Je("search")'),
    # search.highlight: wait for a ?h= link before asking for the index (combineLatest
    # subscribed to it, and so fetched it, on every page)
    ('return z([t,r.pipe(Q(we()),g(o=>!!o.searchParams.get("h")))]).pipe(m(([o,n])=>',
     'return r.pipe(Q(we()),g(o=>!!o.searchParams.get("h")),b(n=>t.pipe(m(o=>[o,n])))).pipe('
     'm(([o,n])=>'),
    # language links: ours already go to the page's counterpart, so Material need not fetch
    # a sitemap.xml next to every <link rel=alternate> (hreflang and feed links: 404s)
    ('e.pipe(b(()=>M("link[rel=alternate]"))', 'e.pipe(b(()=>[])'),
)
PIN = pinned.Pin(
    "search bundle patch", SCRIPTS, FILE, SHA256, REPLACEMENTS,
    "Pin mkdocs-material=={release} in requirements.txt and reinstall, or, to move to another "
    "release, find where its bundle starts the search worker (src/templates/assets/javascripts/"
    "integrations/search: setupSearchWorker) and update FILE, SHA256 and REPLACEMENTS in "
    "hooks/lawguide/search/bundle.py.")


@cache
def patched() -> pinned.Patched:
    """The lazy-search bundle; WorkerPatchError if the installed release is not the pinned one."""
    return pinned.apply(PIN, material_root())


def use_patched(page_html: str) -> str:
    """A rendered page with its script tag pointing to the patched bundle."""
    return pinned.point(PIN, patched(), page_html, "the page")
