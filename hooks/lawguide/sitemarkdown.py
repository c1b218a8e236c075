"""The site's own Markdown, configured exactly as ``mkdocs.yml`` configures MkDocs.

Contributed text is validated by rendering it (``untrusted``), and that is only
sound if the renderer is the one the build uses: an extension the build enables
(``attr_list``, ``md_in_html``, emoji) turns syntax into HTML that a guess at the
syntax would miss. So the extension list and its settings are read from the
project's ``mkdocs.yml`` with MkDocs' own loader and option class, and MkDocs'
built-in extensions are added the way MkDocs adds them. Our own extension
(``extension``: citation, glossary and tel: links, then the page sanitiser) is left
out: what it adds is ours, not the contributor's, and it needs the content being checked.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import markdown
from mkdocs.config.config_options import MarkdownExtensions
from mkdocs.utils import yaml_load

from .extension import Runs

CONFIG = "mkdocs.yml"
BUILTINS = ["toc", "tables", "fenced_code"]  # what mkdocs.config.defaults adds to every site
OURS = "lawguide.extension"


@dataclass(frozen=True)
class Settings:
    extensions: tuple[str, ...]
    configs: dict


def settings(root: Path) -> Settings:
    """The ``markdown_extensions`` of ``root/mkdocs.yml`` as MkDocs reads them."""
    path = root / CONFIG
    with path.open("rb") as handle:
        config = yaml_load(handle) or {}
    option = MarkdownExtensions(builtins=list(BUILTINS))
    option.pre_validation(_Namespace(), "markdown_extensions")
    extensions = option.run_validation(config.get("markdown_extensions") or [])
    configs = {name: value for name, value in option.configdata.items() if name != OURS}
    return Settings(tuple(e for e in extensions if e != OURS), configs)


class _Namespace:
    """What MarkdownExtensions.pre_validation writes its scratch state to."""


class Renderer:
    """One Markdown instance, reset between texts (building one costs ~10 ms). It records
    the prose text runs of each text as our extension would read them (``runs``)."""

    def __init__(self, root: Path):
        found = settings(root)
        self._md = markdown.Markdown(extensions=list(found.extensions),
                                     extension_configs=found.configs)
        self._runs = Runs(self._md)
        self._runs.register()

    def html(self, text: str) -> str:
        self._md.reset()
        return self._md.convert(text)

    def runs(self) -> list[tuple[str, bool]]:
        """The last text's prose runs, (text, in a heading), in reading order."""
        return self._runs.found

    def abbreviations(self) -> dict[str, str]:
        """The abbreviations the last text defined: they apply to the whole page it lands
        on, so a definition can set hover text far from where it was written."""
        found: dict[str, str] = {}
        for extension in self._md.registeredExtensions:
            found.update(getattr(extension, "abbrs", None) or {})
        return found
