"""What ``mkdocs serve`` watches: sources, not the pages the compile step writes.

MkDocs watches each language's docs folder recursively, generated folders
included. An edit to one YAML file makes the compile write its page into
``docs/<lang>/cases/``; the watcher then sees that write and starts a second
full rebuild, which finds nothing to do. With thousands of cases every edit
cost two full builds, and the polling watcher stat-ed every generated file
twice a second. The generated folders are rebuilt from the YAML, which is
watched, so they need no watching of their own.

A folder added to the top of a docs tree while the server runs is not watched
until the server restarts; files added anywhere else are.
"""

from __future__ import annotations

import os
from pathlib import Path


def watch_sources_only(server, docs_dirs: list[Path], generated: tuple[str, ...]) -> None:
    """Replace the recursive watch of each docs folder by its hand-written parts."""
    for docs in docs_dirs:
        path = os.path.abspath(docs)
        if path not in server._watched_paths:  # the server's own registry
            continue
        while path in server._watched_paths:  # watched once per mention (docs_dir, watch:)
            server.unwatch(path)
        server.watch(path, recursive=False)  # files at the top of the tree
        for entry in sorted(Path(path).iterdir()):
            if entry.is_dir() and entry.name not in generated:
                server.watch(os.fspath(entry))
