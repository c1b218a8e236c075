"""The site on the open web: what a crawler, a chat app, a feed reader or an offline phone sees.

``address`` (the published address and every absolute URL built from it), ``meta`` (each
page's description, alternates, Open Graph and Twitter tags), ``jsonld`` (schema.org data of
law, answer and case pages), ``export`` (the versioned JSON export under ``site/data/``),
``feed`` (an Atom feed per language), ``offline`` (web app manifest and service worker),
``text`` (plain text from contributed Markdown) and ``site`` (the calls the hooks make).
Hooks only wire these; each runs without MkDocs in tests.
"""
