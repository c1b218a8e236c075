"""Build the other-language sites after the primary one.

Each language is its own MkDocs config (``INHERIT``), so each gets its own
theme language and its own search index. The primary build runs this from
``on_post_build``, writing each into ``<site_dir>/<prefix>``; under ``mkdocs
serve`` that is the served temp folder, so both languages live-reload. Each other
language's hooks receive the primary build's :class:`session.Build` (their ``receive``)
before it builds: the content is compiled once for all languages.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

from mkdocs.commands import build as mkdocs_build
from mkdocs.config import load_config

from . import i18n
from .session import Build

log = logging.getLogger("mkdocs.plugins.lawguide")


def build(config, shared: Build, dirty: bool = False) -> None:
    """``dirty``: rebuild only pages whose source changed (``mkdocs serve --dirty``)."""
    if not i18n.is_primary(config):
        return  # only the primary build starts the others
    languages = i18n.languages(config)
    root = Path(config.config_file_path).resolve().parent
    for language in languages[1:]:
        other = load_config(  # its on_config adds the prefix to the site_url (web.site)
            config_file=os.fspath(root / language.config), strict=config.strict,
            site_dir=os.path.join(config.site_dir, language.prefix), site_url=config.site_url,
        )
        for hooks in other.hooks.values():
            hooks.receive(shared)
        # What `mkdocs serve` and `build` tell the primary config's plugins, this build
        # tells the other's (Material's search plugin keeps its index under --dirty).
        other.plugins.on_startup(command="serve" if dirty else "build", dirty=dirty)
        log.info("lawguide: building the %s site into %s", language.lang, other.site_dir)
        mkdocs_build.build(other, dirty=dirty)
