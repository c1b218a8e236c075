"""The floor: plain MkDocs + Material on the very Markdown our hooks generated.

Each floor config INHERITs the real one (theme, features, Markdown extensions,
search plugin settings, navigation) and takes away what is ours: no hooks, an
empty theme override folder, and our Markdown extension (``lawguide.extension``).
Both languages are built in one process, as the real build does (the Chinese
build starts the English one), so process start-up and jieba's dictionary load
are paid once on both sides. Run as ``python -m bench.floor PROJECT`` after a
real build has written the pages.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from mkdocs.commands.build import build
from mkdocs.config import load_config

CONFIGS = (("mkdocs.yml", "bench-floor.yml", "site-floor"),
           ("mkdocs.en.yml", "bench-floor.en.yml", "site-floor/en"))
OURS = "lawguide.extension"
NO_OVERRIDES = "bench-floor-theme"  # an empty folder: Material's templates as they ship


def write_configs(project: Path) -> list[Path]:
    """Write the floor's configs beside the real ones; return their paths."""
    (project / NO_OVERRIDES).mkdir(exist_ok=True)
    out = []
    for real, floor, site_dir in CONFIGS:
        (project / floor).write_text(
            f"INHERIT: {real}\nsite_dir: {site_dir}\nhooks: []\nwatch: []\n"
            f"theme:\n  custom_dir: {NO_OVERRIDES}\n", encoding="utf-8")
        out.append(project / floor)
    return out


def main(project: Path) -> None:
    for path in write_configs(project):
        config = load_config(config_file=os.fspath(path))
        config.markdown_extensions.remove(OURS)  # INHERIT cannot take a mapping entry away
        config.mdx_configs.pop(OURS, None)
        build(config)


if __name__ == "__main__":
    main(Path(sys.argv[1]).resolve())
