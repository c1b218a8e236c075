""""Edit this page" for generated pages: open the YAML they were made from.

A case page is generated from ``cases/<id>.yml`` into ``docs/<lang>/cases/``
(git-ignored), so MkDocs' own edit link would open a file that is not in the
repository. Generated pages carry ``source: cases/<id>.yml`` in their front
matter; the repository's edit base is ``edit_uri`` without its ``docs/<lang>/``
ending, and the source path goes after it.
"""

from __future__ import annotations


def source_edit_url(edit_uri: str | None, docs_dir: str, source: str) -> str | None:
    """Edit URL of ``source`` (a path from the repository root), or None if it cannot be known.

    ``edit_uri`` is the config's (``https://github.com/o/r/edit/main/docs/zh/``) and
    ``docs_dir`` the docs folder relative to the repository root (``docs/zh``).
    """
    ending = docs_dir.strip("/") + "/"
    if not edit_uri or not edit_uri.endswith(ending):
        return None
    return edit_uri[: -len(ending)] + source.lstrip("/")
