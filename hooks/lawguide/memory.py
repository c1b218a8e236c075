"""What one process remembers between builds of one project: the only state that
outlives a build.

Under ``mkdocs serve`` every change rebuilds the site, and with thousands of cases
reading and checking every file again would dominate an edit. So each step keeps, here,
what it may reuse while its inputs are unchanged, and says how it knows they are:

- ``files``: each content file's result, while its (mtime, size, mode) is the same and so
  are the rules it was checked by (schemas, Markdown settings, official texts);
- ``checked``: the whole check (``pipeline``), while no input file changed;
- ``scanned``: what each case or answer cites (``citations.graph``), while its text is the
  same;
- ``compiled``: the last compile's result (``compile``), while nothing it read changed;
- ``pages``: what each generated page was last rendered from (``incremental``);
- ``search``: each language's last search index by page, completed with the pages a
  ``mkdocs serve --dirty`` rebuild indexed (``search.index.merge``), and the entries its
  rewrite made, while the rewrite's rules are the same (``search.index.Rewritten``);
- ``schemas``: the compiled JSON Schemas, while no file under ``schemas/`` changed, so a
  schema edit under ``serve`` takes effect on the next rebuild.

One object is made where a process starts working on a project (the MkDocs hooks when
they are imported, ``lawguide validate``, the Markdown extension without hooks) and is
passed to every step; a step given none starts from nothing.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from .incremental import PageCache


@dataclass
class Memory:
    files: dict = field(default_factory=dict)
    rules: tuple = ()  # the fingerprint of what ``files`` were checked by
    checked: dict[Path, tuple] = field(default_factory=dict)  # root -> (inputs, Checked)
    scanned: dict = field(default_factory=dict)
    compiled: dict[Path, tuple] = field(default_factory=dict)  # root -> (inputs, Result)
    pages: PageCache = field(default_factory=PageCache)
    schemas: tuple | None = None  # (fingerprint of schemas/, schema.Schemas)
    search: dict = field(default_factory=dict)  # lang -> {page location: its entries}
    rewritten: dict = field(default_factory=dict)  # lang -> search.index.Rewritten

    def checked_by(self, rules: tuple) -> None:
        """Forget every file's result if the rules they were checked by changed."""
        if rules != self.rules:
            self.files.clear()
            self.rules = rules
