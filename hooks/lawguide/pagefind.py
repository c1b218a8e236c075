"""Scale-out search: Pagefind instead of Material's single search index.

Material's search downloads one JSON index of the whole language and builds it
in the browser before the first query can answer; with thousands of cases
that is tens of megabytes and many seconds (``make bench`` measures it).
Pagefind splits its index into small chunks and fetches only those a query
needs; its "extended" build, from PyPI with its binary in the wheel, segments
Chinese. One setting switches it on, in mkdocs.yml::

    extra:
      search_engine: pagefind    # default: material

Then Material's search plugin is switched off (no index, no search box), each
language's site is indexed after it is built (into ``<site>/pagefind/``), and
the theme override shows Pagefind's search box. Only the article is indexed,
without the parts Material's index leaves out too (``data-search-exclude``).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from mkdocs.exceptions import Abort

from . import settings
from .search.site import PLUGIN

ROOT_SELECTOR = "article"
EXCLUDE = "[data-search-exclude], .headerlink, .lg-langs"


def enabled(config) -> bool:
    return settings.of(config).search_engine == "pagefind"


def switch_off_material(config) -> None:
    """Material shows its search box and writes its index only while its plugin is enabled."""
    plugin = config.plugins.get(PLUGIN)
    if plugin is not None:
        plugin.config.enabled = False


def index(site_dir: Path) -> None:
    """Index one language's built site into ``site_dir/pagefind``.

    The other language's site lives under this one (``site/en``) but is built
    and indexed after it, so each index holds one language.
    """
    command = [sys.executable, "-m", "pagefind", "--site", os.fspath(site_dir),
               "--root-selector", ROOT_SELECTOR, "--exclude-selectors", EXCLUDE, "--quiet"]
    result = subprocess.run(command, capture_output=True, text=True)
    if result.returncode != 0:
        raise Abort(f"pagefind failed on {site_dir} (is pagefind[extended] installed? "
                    f"see requirements.txt):\n{result.stdout}{result.stderr}")
