"""One build of the whole site: made by the primary (Chinese) build, handed to the others.

MkDocs loads a fresh copy of the hooks module for every config it loads (each language,
and every rebuild under ``mkdocs serve``), so nothing of a build may live in the hooks'
globals from one config to the next. The primary build's ``on_pre_build`` compiles and
makes a :class:`Build`; ``secondary`` hands that same object to each other language's
hooks before it builds them, so they do not compile again or look for a result.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .compile import Result
from .prose import Prose


@dataclass
class Build:
    compiled: Result
    files: dict[str, object] = field(default_factory=dict)  # per language: its mkdocs Files
    _prose: dict[str, Prose] = field(default_factory=dict)

    def prose(self, lang: str) -> Prose:
        """The linking rules of one language (made once: their patterns are costly)."""
        if lang not in self._prose:
            self._prose[lang] = Prose(self.compiled.content, self.compiled.catalogue, lang)
        return self._prose[lang]
