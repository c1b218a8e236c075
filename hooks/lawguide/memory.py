"""What one process remembers between builds of one project: the only state that
outlives a build.

Under ``mkdocs serve`` every change rebuilds the site, and with thousands of cases
reading and checking every file again would dominate an edit. So each step keeps, here,
what it may reuse while its inputs are unchanged, and says how it knows they are:

- ``files``: each content file's, data file's or hand-written page's result, while its
  (mtime, size, mode) is the same and so are the rules it was checked by (schemas,
  Markdown settings, official texts);
- ``checked``: the whole check (``pipeline``), while no input file changed;
- ``scanned``: what each case, answer, law or hand-written page cites
  (``citations.graph``), while its text and the statutes are the same;
- ``compiled``: the last compile's result (``compile``), while nothing it read changed;
- ``pages``: what each generated page was last rendered from (``incremental``);
- ``search``: each language's last search index by page, completed with the pages a
  ``mkdocs serve --dirty`` rebuild indexed (``search.index.merge``), and the entries its
  rewrite made, while the rewrite's rules are the same (``rewritten``, a ``LastBuild``);
- ``schemas``: the compiled JSON Schemas, while no file under ``schemas/`` changed, so a
  schema edit under ``serve`` takes effect on the next rebuild;
- ``templates``: the theme's templates compiled to Python bytecode, while each one's source
  is the same (``Templates``). MkDocs makes a new Jinja environment for every build, and
  compiling Material's templates again cost each build (each language) more than a second.
- ``digests``: each built file's digest, for the service worker's version
  (``web.offline.version``), while the file's (mtime, size) is the same.
- ``segments``: each run of Han characters as jieba cut it for Material's search, by
  language, from this build and the last, while the jieba dictionary's words are the same
  (``search.segments``, a ``LastBuild``).
- ``exported``: each exported item's text (``web.export.texts``), while its object is the
  same (the loader kept it) and the site's address and languages are the same.

One object is made where a process starts working on a project (the MkDocs hooks when
they are imported, ``lawguide validate``, the Markdown extension without hooks) and is
passed to every step; a step given none starts from nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import jinja2

from .incremental import PageCache


class Templates(jinja2.BytecodeCache):
    """Compiled templates, in memory. Jinja keys each by its name and file, and compares the
    checksum of its source before using it: an edited template is compiled again."""

    def __init__(self):
        self._code: dict[str, bytes] = {}

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        code = self._code.get(bucket.key)
        if code is not None:
            bucket.bytecode_from_string(code)  # reset by Jinja if the source changed

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        self._code[bucket.key] = bucket.bytecode_to_string()


class LastBuild:
    """What one step made in the last build, by what it was made from, for the next build
    made by the same rules; only one build's results are kept (the last one that made any).

    Under ``mkdocs serve --dirty`` an edit changes a few pages, and the step's other
    results (search entries, cut texts) are the same as last time.
    """

    def __init__(self):
        self.rules: tuple = ()
        self.last: dict = {}
        self.made: dict = {}  # this build's, so far

    def start(self, rules: tuple) -> None:
        """A new build, by these ``rules``: other rules forget what was made before."""
        if rules != self.rules:
            self.rules, self.last, self.made = rules, {}, {}
        elif self.made:  # a build that made nothing keeps the one before
            self.last, self.made = self.made, {}

    def get(self, key, make: Callable[[], object]):
        """This build's result for ``key``: made in it or the last build, else ``make()``."""
        done = self.made.get(key)
        if done is None:
            done = self.last.get(key)
            if done is None:
                done = make()
            self.made[key] = done
        return done


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
    rewritten: dict = field(default_factory=dict)  # lang -> LastBuild of index entries
    templates: Templates = field(default_factory=Templates)
    digests: dict = field(default_factory=dict)  # built file -> ((mtime, size), its sha256)
    segments: dict = field(default_factory=dict)  # lang -> LastBuild of cut Han runs
    exported: dict = field(default_factory=dict)  # key (address, languages), item texts

    def checked_by(self, rules: tuple) -> None:
        """Forget every file's result if the rules they were checked by changed."""
        if rules != self.rules:
            self.files.clear()
            self.rules = rules
