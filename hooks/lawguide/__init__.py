"""Compile the guide's YAML content into Markdown pages for MkDocs.

Modules, one concern each: ``pipeline`` (every check, in order, for the build and
``lawguide validate``), ``files`` (regular files only, never a link), ``yamlsafe``
(read YAML with line marks), ``schema`` (JSON Schema checks), ``model`` (typed
content), ``loader`` (files -> model), ``checks`` (cross-file rules), ``errors``
(``path:line: field: message``), ``messages`` (the one wording of each problem),
``lawtext`` (official texts), ``numerals`` (Chinese numbers), ``render`` (model ->
Markdown), ``compile`` (write pages), ``i18n`` (language counterparts), ``glossary``
(hover definitions), ``htmltext`` (rewrite prose runs of HTML), ``secondary`` (the
English build), ``cli`` (commands).

Contributions are untrusted: ``sitemarkdown`` (the site's own Markdown settings),
``untrusted`` (a field is valid when rendering and sanitising it changes nothing),
``sanitize`` (the one safelist, for fields and for whole pages), ``anonymise`` (no
personal data in what a reader would see), ``pages`` (hand-written pages get the
same checks), ``scaffold`` (the skeleton of a new case), ``editlink`` ("edit this
page" opens the YAML source). ``citations`` (a package) finds, resolves and links
statute citations and builds the "cited by" graph.

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
