"""The scale benchmark (``make bench``): synthetic corpora, timed builds, serve and search.

Modules: ``corpus`` (N synthetic cases and answers), ``project`` (a copy of
the project to build them in), ``timing`` (one build, time per plugin and
hook), ``floor`` (plain MkDocs + Material on the same Markdown), ``serve``
(edit and no-op rebuilds under ``mkdocs serve``), ``sizes`` (indexes, pages,
site), ``browser`` (first search result in Chromium), ``run`` and ``table``.
"""
