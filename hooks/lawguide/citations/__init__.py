"""Statute citations in prose, in stages (after eyecite): clean -> find -> resolve -> link.

- ``catalogue``: the law names and versions, built from the statute data (not code).
- ``regexes``: the named pieces citations are made of, composed into patterns.
- ``models``: what the stages hand each other (``Found``, ``Citation``, ``Unknown``).
- ``clean``: masks Markdown code and link targets so they are never read as prose.
- ``find``: spans that look like citations (``Found``), in Chinese and English.
- ``resolve``: ``Found`` -> ``Citation`` (law version + excerpted article) or ``Unknown``.
- ``linking``: where a citation points and what its preview says (the Markdown extension,
  ``lawguide.extension``, makes the links).
- ``graph``: who cites what, for "cited by".
"""

from .catalogue import Catalogue
from .find import find
from .models import Citation, Found, Unknown
from .resolve import resolve, scan

__all__ = ["Catalogue", "Citation", "Found", "Unknown", "find", "resolve", "scan"]
