"""The three in-browser tools: the collection-conduct checker, the interest-cost
checker and letters to print.

Their content is data (``data/tools/*.yml``) so that a lawyer corrects them by
editing YAML, not JavaScript. Modules: ``model`` (typed tools), ``load`` (files
-> model, validated like the rest of the content), ``rules`` (references into
the statute data, ids, letter slots), ``rate`` (the IRR/APR computation the
page's script repeats step for step), ``render`` (model -> Markdown pages with
progressive-enhancement forms). The scripts and styles live in
``overrides/assets/tools/``.
"""

from .load import FOLDER, Kit, load
from .render import PATHS, cite, pages

__all__ = ["FOLDER", "PATHS", "Kit", "cite", "load", "pages"]
