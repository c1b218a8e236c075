"""Reading offline: a web app manifest per language and one service worker for the site.

The worker (``sw.js`` next to this module, written to the root of the site) carries a
digest of every other file of the build as its version, so each build that changes
anything is a new worker and drops the caches of the builds before it; the page script
(``overrides/assets/offline.js``) registers it and names what to keep. ``keep`` lists, for
one page, the tools and their scripts as links relative to that page.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterable
from pathlib import Path
from stat import S_ISREG

WORKER = "sw.js"
MANIFEST = "manifest.webmanifest"
TOOLS = "tools/"
TOOL_ASSETS = "assets/tools/"
THEME_COLOR = "#3f51b5"  # Material's indigo, the palette's primary colour


def version(site_dir: Path, known: dict | None = None) -> str:
    """A digest of the built site (both languages), the worker itself left out: of each
    file's path and the digest of its bytes.

    ``known``: each file's digest by path, from the last build of this process, used again
    while the file's (mtime, size) is the same: a ``mkdocs serve --dirty`` rebuild rewrites
    a few pages of thousands. Updated here.
    """
    digest = hashlib.sha256()
    seen = {}
    for folder, dirs, names in os.walk(site_dir):
        dirs.sort()
        for name in sorted(names):
            path = os.path.join(folder, name)
            stat = os.lstat(path)
            if (name == WORKER and folder == os.fspath(site_dir)) or not S_ISREG(stat.st_mode):
                continue
            stamp = (stat.st_mtime_ns, stat.st_size)
            last = known.get(path) if known is not None else None
            if last is not None and last[0] == stamp:
                seen[path] = last
            else:
                with open(path, "rb") as handle:
                    seen[path] = (stamp, hashlib.sha256(handle.read()).digest())
            digest.update(os.path.relpath(path, site_dir).replace(os.sep, "/").encode())
            digest.update(b"\0")
            digest.update(seen[path][1])
    if known is not None:
        known.clear()
        known.update(seen)
    return digest.hexdigest()[:16]


def write_worker(site_dir: Path, known: dict | None = None) -> Path:
    source = (Path(__file__).parent / WORKER).read_text(encoding="utf-8")
    target = site_dir / WORKER
    target.write_text(source.replace("@VERSION@", version(site_dir, known)), encoding="utf-8")
    return target


def manifest(name: str, short_name: str, description: str, lang: str, icon: str) -> str:
    """The manifest of one language's site; every URL is relative to the manifest."""
    return json.dumps({
        "name": name, "short_name": short_name, "description": description, "lang": lang,
        "start_url": "./", "scope": "./", "display": "standalone",
        "background_color": "#ffffff", "theme_color": THEME_COLOR,
        "icons": [{"src": icon, "sizes": "any", "type": "image/png"}],
    }, ensure_ascii=False, indent=1) + "\n"


def write_manifest(site_dir: Path, text: str) -> Path:
    target = site_dir / MANIFEST
    target.write_text(text, encoding="utf-8")
    return target


def keep(urls: Iterable[str]) -> list[str]:
    """The site-relative URLs of the tools' pages and files, from all the site's URLs."""
    return sorted(url for url in urls if url.startswith((TOOLS, TOOL_ASSETS)))


def root_href(base_url: str, prefix: str) -> str:
    """Relative link from a page to the root of the whole site (where the worker lives)."""
    up = "../" * prefix.count("/")
    base = base_url.rstrip("/") or "."
    return os.path.normpath(f"{base}/{up}").replace(os.sep, "/").rstrip("/") + "/"
