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

Under ``mkdocs serve --dirty`` (``make serve``) MkDocs never cleans the site folder, so the
page of a deleted case or answer would stay served: ``remove_stale_pages`` removes it.
"""

from __future__ import annotations

import os
from pathlib import Path


def watch_sources_only(server, watch: list[str], docs_dirs: list[Path],
                       generated: tuple[str, ...]) -> None:
    """Watch each docs folder's hand-written parts instead of all of it.

    MkDocs has watched the primary docs folder when ``on_serve`` runs, and watches the
    config's ``watch:`` entries (``docs/en`` among them) after it: such an entry is taken
    out of ``watch`` (the config's list) here, else it would watch the generated folders.
    """
    for docs in docs_dirs:
        path = os.path.abspath(docs)
        watch[:] = [item for item in watch if os.path.abspath(item) != path]
        while path in server._watched_paths:  # the server's own registry, once per mention
            server.unwatch(path)
        server.watch(path, recursive=False)  # files at the top of the tree
        for entry in sorted(Path(path).iterdir()):
            if entry.is_dir() and entry.name not in generated:
                server.watch(os.fspath(entry))


def remove_stale_pages(site_dir: Path, files, generated: tuple[str, ...]) -> list[Path]:
    """Remove the pages of generated folders in ``site_dir`` that are no longer among
    ``files`` (this build's MkDocs Files): a dirty build keeps what earlier builds wrote."""
    wanted = {os.path.normpath(f.abs_dest_path) for f in files.documentation_pages()}
    removed = []
    for folder in generated:
        for page in sorted((site_dir / folder).rglob("index.html")):
            if os.path.normpath(page) not in wanted:
                page.unlink()
                removed.append(page)
                if not any(page.parent.iterdir()):
                    page.parent.rmdir()
    return removed
