"""Compile the guide's YAML content into Markdown pages for MkDocs, and link and sanitise them.

One pipeline, one pass per page: ``pipeline.check`` (load and check everything) ->
``compile`` (render Markdown to ``docs/<lang>/``) -> MkDocs renders each page with our
Markdown extension (``extension``: citations, glossary terms and hotlines linked in one
walk over the text, then the page sanitised). The hooks (``hooks/site_hooks.py``) only wire
these to MkDocs' events. Every module, one line each:

Checking (the build and ``lawguide validate`` alike)
- ``pipeline``: every check, in one order, returning all downstream needs and every problem.
- ``files``: the project's folders hold regular files only, never a link or a device.
- ``yamlsafe``: one YAML file read as untrusted input, with the line of every value.
- ``schema``: JSON Schema checks, each violation a problem a contributor can act on.
- ``loader``: the content folders and data files read into the typed model.
- ``rules``: rules across files (ids, references, dates, every statute line verbatim).
- ``model``: the typed content model (frozen dataclasses), never raw dicts after loading.
- ``lawtext``: the official texts in ``law-texts/``, split into articles.
- ``numerals``: Chinese numerals in article labels (第一千零三十二条 <-> 1032).
- ``errors``: ``Problem`` (``path:line: field: message``) and ``ContentError``.
- ``messages``: the one wording of every problem, parameterised (the message catalogue).
- ``memory``: what one process remembers between builds, and what invalidates it.
- ``fingerprints``: (path, mtime, size) of every input file: has anything changed?

Untrusted text (every contribution is hostile input)
- ``untrusted``: a field is valid when rendering and sanitising it changes nothing.
- ``sitemarkdown``: the site's own Markdown settings, read from ``mkdocs.yml``.
- ``sanitize``: the one HTML safelist, in two strengths (fields, pages).
- ``anonymise``: no personal data in what a reader would see.
- ``pages``: hand-written pages pass the same checks, and give "cited by" their text.
- ``scaffold``: the skeleton of a new case (``lawguide scaffold``).

Rendering and linking
- ``render``: model -> Markdown, one Jinja template per page kind, both languages.
- ``mdline``: text a template sets in a heading, link text or table cell stays text there.
- ``pagemeta``: every generated page's front matter, built once and read in one place.
- ``listings``: long lists (the case index's, an article's "cited by") on pages of 50.
- ``compile``: write the generated pages that changed, remove what no source makes.
- ``incremental``: which pages an edit must render again (the page cache).
- ``extension``: the Python-Markdown extension: links in one tree walk, then the sanitiser.
- ``prose``: what to link in one run of text (citations, first glossary use, hotlines).
- ``glossary``: the glossary's words as one pattern, with their definitions.
- ``alternation``: a regex of many words, longest first, as a tree of shared beginnings.
- ``hotlines``: the hotline numbers of ``data/hotlines.yml`` as ``tel:`` links.
- ``citations`` (a package): find, resolve and link statute citations; "cited by".
- ``crumbs``: breadcrumbs from a page's source path.
- ``editlink``: "edit this page" opens the YAML a generated page came from.

The build
- ``session``: one build of the whole site, handed from the primary language to the others.
- ``settings``: our settings in ``extra`` (languages, search engine), typed.
- ``i18n``: language counterparts: every page links to itself in the other language.
- ``otherlanguages``: build the other languages' sites after the primary one.
- ``serving``: what ``mkdocs serve`` watches (sources, not generated pages), and what a
  ``--dirty`` rebuild removes (the pages of deleted entries).
- ``pagefind``: the scale-out search switch (``extra.search_engine: pagefind``).
- ``cli``: ``lawguide validate``, ``compile``, ``scaffold`` and ``export``.
- ``search`` (a package): Material's search tuned for both languages (dictionary, lookup,
  synonyms, the pinned worker and bundle patches, the index rewrite).
- ``web`` (a package): the site on the open web (address, page metadata, JSON-LD, the
  export, feeds, offline reading).
- ``tools`` (a package): the three in-browser tools from ``data/tools/``.
"""
