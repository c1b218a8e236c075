"""Compile the guide's YAML content into Markdown pages for MkDocs.

Modules, one concern each: ``yamlsafe`` (read YAML with line marks), ``schema``
(JSON Schema checks), ``model`` (typed content), ``loader`` (files -> model),
``checks`` (cross-file rules), ``lawtext`` (official texts), ``numerals``
(Chinese numbers), ``render`` (model -> Markdown), ``compile`` (write pages),
``i18n`` (language counterparts), ``cli`` (commands).
"""
