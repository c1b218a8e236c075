"""Command line: ``lawguide compile`` and ``lawguide validate [PATH ...]``.

Both work without MkDocs. Exit codes: 0 fine, 1 content problems, 2 bad usage.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from . import loader
from .compile import compile_site
from .errors import ContentError


def find_root(start: Path) -> Path:
    for folder in (start, *start.parents):
        if (folder / "mkdocs.yml").is_file() and (folder / "schemas").is_dir():
            return folder
    raise SystemExit("lawguide: run this inside the project (no mkdocs.yml and schemas/ found)")


def cmd_compile(args) -> int:
    root = find_root(Path.cwd())
    try:
        result = compile_site(root)
    except ContentError as exc:
        print(exc, file=sys.stderr)
        print(f"{len(exc.problems)} problem(s); nothing was written", file=sys.stderr)
        return 1
    print(f"{len(result.written)} page(s) written, {result.unchanged} unchanged, "
          f"{len(result.removed)} removed")
    return 0


def cmd_validate(args) -> int:
    root = find_root(Path.cwd())
    content, problems = loader.load(root)
    if args.paths:
        chosen = {Path(p).resolve() for p in args.paths}
        problems = [p for p in problems if _under(root / p.path, chosen)]
    for problem in sorted(problems):
        print(problem, file=sys.stderr)
    if problems:
        print(f"{len(problems)} problem(s)", file=sys.stderr)
        return 1
    print(f"ok: {len(content.statutes)} laws, {len(content.cases)} cases, "
          f"{len(content.answers)} answers")
    return 0


def _under(path: Path, chosen: set[Path]) -> bool:
    path = path.resolve()
    return any(path == c or c in path.parents for c in chosen)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="lawguide", description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("compile", help="write the generated pages under docs/").set_defaults(
        run=cmd_compile)
    validate = sub.add_parser("validate", help="check content files, all or the ones named")
    validate.add_argument("paths", nargs="*", help="files or folders (default: everything)")
    validate.set_defaults(run=cmd_validate)
    args = parser.parse_args(argv)
    return args.run(args)


if __name__ == "__main__":
    sys.exit(main())
