"""Hand-written pages (``docs/<lang>/**/*.md``) pass the checks contributed YAML passes.

A pull request can edit a page as easily as a case, so a page is read as a
regular file, must be UTF-8, and is rendered with the site's Markdown; the
result must come out of the page safelist (``sanitize.PAGE``) unchanged, and the
text a reader would see of it must hold no personal data. The page safelist is
wider than the one for contributed fields (pages have headings, notice boxes and
the home page's cards), but it is the very safelist the build applies to every
page, so ``lawguide validate`` and the strict build refuse the same pages.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from . import anonymise, files, sanitize, yamlsafe
from . import messages as msg
from .errors import Problem
from .untrusted import Inspector, messages_for

MAX_PAGE_BYTES = 128 * 1024  # the longest guide is 18 KB
MAX_BRACKETS = 1500  # see untrusted.MAX_BRACKETS: a page may link far more than a field


def hand_written(root: Path, languages: tuple[str, ...], generated: tuple[str, ...]
                 ) -> list[Path]:
    """Every hand-written page: the .md files under docs/<lang>/ outside generated folders.

    The generated folders are not walked at all: they hold thousands of pages."""
    found = []
    for lang in languages:
        base = root / "docs" / lang
        if not base.is_dir():
            continue
        pages = list(base.glob("*.md"))
        for entry in base.iterdir():  # as rglob does, never into a linked folder
            if entry.name not in generated and entry.is_dir() and not entry.is_symlink():
                pages += entry.rglob("*.md")
        found += [path for path in sorted(pages) if not path.is_symlink()]
    return found


@dataclass(frozen=True)
class Page:
    """A hand-written page as checked: what "cited by" needs of it."""

    path: str  # docs/zh/guide/debtor.md
    text: str  # the whole file
    runs: tuple[str, ...]  # its prose text runs, as the Markdown extension reads them


def check(root: Path, path: Path, inspector: Inspector) -> tuple[list[Problem], Page | None]:
    """The page's problems, and the page (None if it could not be read or rendered)."""
    rel = path.relative_to(root).as_posix()
    raw, refused = files.read(root, path, MAX_PAGE_BYTES)
    if refused:
        return [refused], None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        return [Problem(rel, line, "", msg.NOT_UTF8.format(byte=raw[exc.start]))], None
    body, offset, problems = _front_matter(text, rel)
    if body.count("[") > MAX_BRACKETS:
        return problems + [Problem(rel, offset, "", msg.TOO_MANY_BRACKETS.format(
            count=body.count("["), limit=MAX_BRACKETS))], None
    html = inspector.render(body)
    page = Page(rel, text, tuple(run for run, heading in inspector.runs()))
    removed = sanitize.clean(html, sanitize.PAGE).removed
    visible = inspector.visible(html)
    messages = messages_for(removed, body, html) if removed else []
    messages += [anonymise.explain(visible, f) for f in anonymise.find(visible)]
    return problems + [Problem(rel, offset, "", m) for m in dict.fromkeys(messages)], page


def _front_matter(text: str, rel: str) -> tuple[str, int, list[Problem]]:
    """(body, line where the body starts, problems of the front matter)."""
    if not text.startswith("---\n"):
        return text, 1, []
    end = text.find("\n---\n", 3)
    if end < 0:
        return text, 1, [Problem(rel, 1, "", msg.FRONT_MATTER_OPEN.format())]
    meta = text[4:end + 1]
    _, problems = yamlsafe.read_text(meta, rel) if meta.strip() else (None, [])
    return text[end + 5:], meta.count("\n") + 3, [
        Problem(p.path, p.line + 1 if p.line else 0, p.field, p.message) for p in problems]
