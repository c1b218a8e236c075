"""A throwaway copy of the project with a synthetic corpus, for one benchmark size.

The copy takes what a site build reads (configs, hooks, schemas, data, docs,
overrides, statutes and their official texts) and leaves out generated pages,
so the first build in it is a cold one. Its hooks are the copy's own, so the
benchmark measures the code in the working tree it was started from.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from . import corpus

ROOT = Path(__file__).resolve().parents[1]
PARTS = ("mkdocs.yml", "mkdocs.en.yml", "hooks", "schemas", "data", "docs", "overrides",
         "law-texts", "statutes", "cases", "faq")
GENERATED = ("cases", "faq", "laws", "glossary")


def make(target: Path, cases: int, answers: int | None = None, seed: int = 7
         ) -> tuple[int, int]:
    """Copy the project to ``target`` and give it N synthetic cases; return (cases, answers)."""
    target.mkdir(parents=True, exist_ok=True)
    skip_generated = shutil.ignore_patterns("__pycache__", *GENERATED)
    for part in PARTS:
        source = ROOT / part
        if source.is_dir():
            shutil.copytree(source, target / part, ignore=skip_generated if part == "docs"
                            else shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(source, target / part)
    return corpus.generate(target, cases, answers, seed)
