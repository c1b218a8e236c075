"""One build of the whole site: made by the primary (Chinese) build, handed to the others.

The primary build's ``on_config`` compiles and makes a :class:`Build`; ``otherlanguages``
hands that same object to each other language's hooks (their ``receive``) before it
builds them, so they neither compile again nor go looking for a result. Under ``mkdocs
serve`` every rebuild makes a new one: nothing of one build is read by the next.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .compile import Result
from .prose import Prose


@dataclass
class Build:
    compiled: Result
    files: dict[str, object] = field(default_factory=dict)  # per language: its mkdocs Files
    # per language: the site-relative URLs every page asks the service worker to keep (the
    # tools' pages and files), from its Files once, not once per page
    kept: dict[str, list[str]] = field(default_factory=dict)
    _prose: dict[str, Prose] = field(default_factory=dict)

    def prose(self, lang: str) -> Prose:
        """The linking rules of one language (made once: their patterns are costly)."""
        if lang not in self._prose:
            self._prose[lang] = Prose(self.compiled.content, self.compiled.catalogue, lang)
        return self._prose[lang]
