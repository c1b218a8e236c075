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

Like the worker patch (``worker.py``) it is tied to the release: the version of
mkdocs-material and the SHA-256 of the bundle must match, or the build stops. The patched
bundle is written next to the original under its own name, and ``use_patched`` points each
page's HTML to it.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from functools import cache
from importlib import metadata
from pathlib import Path

from .worker import RELEASE, WorkerPatchError, material_root

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
HOW_TO_FIX = (
    "Pin mkdocs-material=={release} in requirements.txt and reinstall, or, to move to another "
    "release, find where its bundle starts the search worker (src/templates/assets/javascripts/"
    "integrations/search: setupSearchWorker) and update FILE, SHA256 and REPLACEMENTS in "
    "hooks/lawguide/search/bundle.py."
)


@dataclass(frozen=True)
class PatchedBundle:
    name: str
    data: bytes

    def write(self, site_dir: Path) -> Path:
        target = site_dir / SCRIPTS / self.name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(self.data)
        return target


@cache
def patched() -> PatchedBundle:
    """The lazy-search bundle; WorkerPatchError if the installed release is not the pinned one."""
    installed = metadata.version("mkdocs-material")
    if installed != RELEASE:
        raise WorkerPatchError(
            f"search bundle patch: mkdocs-material {installed} is installed, but the patch is "
            f"for {RELEASE} only. " + HOW_TO_FIX.format(release=RELEASE))
    path = material_root() / "templates" / SCRIPTS / FILE
    if not path.is_file():
        raise WorkerPatchError(f"search bundle patch: {path} is missing. "
                               + HOW_TO_FIX.format(release=RELEASE))
    data = path.read_bytes()
    digest = hashlib.sha256(data).hexdigest()
    if digest != SHA256:
        raise WorkerPatchError(
            f"search bundle patch: {path} has SHA-256 {digest}, expected {SHA256} "
            f"(mkdocs-material {RELEASE} as released). " + HOW_TO_FIX.format(release=RELEASE))
    text = data.decode("utf-8")
    for old, new in REPLACEMENTS:  # the checksum guarantees each occurs exactly once
        text = text.replace(old, new, 1)
    fixed = text.encode("utf-8")
    stem = FILE.removesuffix(".min.js")
    return PatchedBundle(f"{stem}.lawguide-{hashlib.sha256(fixed).hexdigest()[:8]}.min.js",
                         fixed)


def use_patched(page_html: str) -> str:
    """A rendered page with its script tag pointing to the patched bundle."""
    original = f"{SCRIPTS}/{FILE}"
    count = page_html.count(original)
    if count != 1:
        raise WorkerPatchError(f"search bundle patch: the page names {original} {count} times, "
                               f"expected once (Material {RELEASE}'s base.html)")
    return page_html.replace(original, f"{SCRIPTS}/{patched().name}")
