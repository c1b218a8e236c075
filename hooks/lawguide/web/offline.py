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

WORKER = "sw.js"
MANIFEST = "manifest.webmanifest"
TOOLS = "tools/"
TOOL_ASSETS = "assets/tools/"
THEME_COLOR = "#3f51b5"  # Material's indigo, the palette's primary colour


def version(site_dir: Path) -> str:
    """A digest of the built site (both languages), the worker itself left out."""
    digest = hashlib.sha256()
    for path in sorted(site_dir.rglob("*")):
        if path.is_file() and path.name != WORKER:
            digest.update(path.relative_to(site_dir).as_posix().encode())
            digest.update(b"\0")
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def write_worker(site_dir: Path) -> Path:
    source = (Path(__file__).parent / WORKER).read_text(encoding="utf-8")
    target = site_dir / WORKER
    target.write_text(source.replace("@VERSION@", version(site_dir)), encoding="utf-8")
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
