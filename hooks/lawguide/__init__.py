"""Compile the guide's YAML content into Markdown pages for MkDocs.

Modules, one concern each: ``yamlsafe`` (read YAML with line marks), ``schema``
(JSON Schema checks), ``model`` (typed content), ``loader`` (files -> model),
``checks`` (cross-file rules), ``lawtext`` (official texts), ``numerals``
(Chinese numbers), ``render`` (model -> Markdown), ``compile`` (write pages),
``i18n`` (language counterparts), ``cli`` (commands).

Contributions are untrusted: ``untrusted`` (no raw HTML or unsafe links in
contributed Markdown), ``anonymise`` (no personal data in cases and answers),
``sanitize`` (allowlist for the HTML of generated pages), ``scaffold`` (the
skeleton of a new case), ``editlink`` ("edit this page" opens the YAML source).

``search`` (a package) tunes Material's search for both languages: the jieba
dictionary, citation lookup, the pinned worker fix and the index rewrite.

Scale (``make bench`` measures it): ``stamps`` (fingerprints of input files),
``incremental`` (re-render only pages whose inputs changed), ``serving`` (what
``mkdocs serve`` watches), ``pagefind`` (the scale-out search switch).

``web`` (a package) is the site on the open web: the published address, page metadata,
JSON-LD, the JSON export, Atom feeds, and the manifest and service worker for offline reading.

``tools`` (a package) builds the three in-browser tools from ``data/tools/``: the
collection-conduct checker, the interest-cost checker and letters to print.
"""
