"""Command line: ``lawguide compile``, ``validate [PATH ...]``, ``scaffold`` and ``export``.

All work without MkDocs. Exit codes: 0 fine, 1 content problems, 2 bad usage.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from . import files, loader, pipeline, scaffold
from . import messages as msg
from .compile import compile_site
from .errors import ContentError


def find_root(start: Path) -> Path:
    for folder in (start, *start.parents):
        if (folder / "mkdocs.yml").is_file() and (folder / "schemas").is_dir():
            return folder
    raise SystemExit("lawguide: run this inside the project (no mkdocs.yml and schemas/ found)")


def _refused(exc: ContentError, what: str) -> int:
    """Print the problems and say that nothing was done; exit code 1."""
    print(exc, file=sys.stderr)
    print(f"{len(exc.problems)} problem(s); nothing was {what}", file=sys.stderr)
    return 1


def cmd_compile(args) -> int:
    root = find_root(Path.cwd())
    try:
        result = compile_site(root)
    except ContentError as exc:
        return _refused(exc, "written")
    print(f"{len(result.written)} page(s) written, {result.unchanged} unchanged, "
          f"{len(result.removed)} removed")
    return 0


def cmd_validate(args) -> int:
    root = find_root(Path.cwd())
    unknown = _not_content(root, args.paths)
    for message in unknown:
        print(f"lawguide validate: {message}", file=sys.stderr)
    if unknown:
        return 2
    checked = pipeline.check(root)  # the very checks of the build
    problems = checked.problems + checked.dangling  # validate is as strict as CI's build
    content = checked.content
    if args.paths:
        chosen = {_absolute(p) for p in args.paths}
        problems = [p for p in problems if _under(root / p.path, chosen)]
    for problem in sorted(problems):
        print(problem, file=sys.stderr)
    if problems:
        print(f"{len(problems)} problem(s)", file=sys.stderr)
        return 1
    print(f"ok: {len(content.statutes)} laws, {len(content.cases)} cases, "
          f"{len(content.answers)} answers")
    return 0


def cmd_export(args) -> int:
    """The open-data export (what the build writes under site/data/), without MkDocs' build."""
    from mkdocs.config import load_config  # mkdocs' own loader: it reads !ENV and !!python

    from . import i18n
    from .web import export
    from .web.address import Address, AddressError

    root = find_root(Path.cwd())
    try:
        content = _checked(root)
    except ContentError as exc:
        return _refused(exc, "exported")
    config = load_config(str(root / "mkdocs.yml"))
    try:
        address = Address.parse(args.site_url or config.site_url,
                                "--site-url" if args.site_url else "site_url (or SITE_URL)")
    except AddressError as exc:
        print(f"lawguide export: {exc}", file=sys.stderr)
        return 2
    out = Path(args.out) if args.out else root / config.site_dir / export.FOLDER
    written = export.write(content, address, i18n.languages(config), out)
    print(f"{len(written)} file(s) written to {out} (format {export.FORMAT}, site {address.root})")
    return 0


def _checked(root: Path):
    from . import pipeline

    checked = pipeline.check(root)
    if checked.problems:
        raise ContentError(checked.problems)
    return checked.content


def _absolute(name: str | Path) -> Path:
    """The path as named, made absolute without following links (links are refused)."""
    return Path(os.path.abspath(name))


def _under(path: Path, chosen: set[Path]) -> bool:
    path = _absolute(path)
    return any(path == c or c in path.parents for c in chosen)


def _not_content(root: Path, paths: list[str]) -> list[str]:
    """Named paths validate would silently skip: missing, outside, or never read."""
    found = []
    for name in paths:
        path = _absolute(name)
        if not os.path.lexists(path):
            found.append(msg.NO_SUCH_PATH.format(path=name))
        elif not path.is_relative_to(_absolute(root)):
            found.append(msg.PATH_OUTSIDE.format(path=name))
        elif path != _absolute(root) and (path.relative_to(_absolute(root)).parts[0]
                                          not in files.CHECKED):
            found.append(msg.PATH_NOT_READ.format(path=name, folders=", ".join(files.CHECKED)))
    return found


def cmd_scaffold(args) -> int:
    root = find_root(Path.cwd())
    project = scaffold.Choices.load(root)
    if args.id is None:
        try:
            answers = scaffold.ask(project, input, print)
        except (EOFError, KeyboardInterrupt):
            print("\nlawguide scaffold: stopped; nothing was written", file=sys.stderr)
            return 2
    else:
        answers = scaffold.Answers(
            id=args.id, kind=args.kind, title_zh=args.title_zh, title_en=args.title_en,
            audience=tuple(args.audience or scaffold.AUDIENCES), conduct=tuple(args.conduct),
            statutes=tuple(args.statutes))
    refused = scaffold.problems(project, answers)
    for problem in refused:
        print(f"lawguide scaffold: {problem}", file=sys.stderr)
    if refused:
        print("nothing was written", file=sys.stderr)
        return 2
    path = scaffold.write(project, answers)
    rel = path.relative_to(root).as_posix()
    todo = sorted(p for p in loader.load(root)[1] if p.path == rel)
    print(f"wrote {rel}")
    if todo:
        print(f"still to do before it can be published ({len(todo)}; see them again with "
              f"`lawguide validate {rel}`):")
        for problem in todo:
            print(f"  {problem}")
    return 0


def _scaffold_options(sub) -> None:
    parser = sub.add_parser(
        "scaffold", help="write the skeleton of a new case (asks, unless given --id)",
        description="Write cases/<id>.yml, every field explained. Without --id it asks for "
                    "each value; with --id, whatever is not given is left as TODO.")
    parser.add_argument("--id", help="case id, e.g. night-calls-shenzhen (the file name)")
    parser.add_argument("--kind", default="illustrative", help="illustrative (default) or reported")
    parser.add_argument("--title-zh", default="", help="Chinese title")
    parser.add_argument("--title-en", default="", help="English title")
    parser.add_argument("--audience", nargs="+", action="extend", help="debtor and/or collector")
    parser.add_argument("--conduct", nargs="+", action="extend", default=[],
                        help="conduct tags from data/conduct-tags.yml")
    parser.add_argument("--statutes", nargs="+", action="extend", default=[],
                        help="articles relied on, e.g. civil-code/1033 pipl/13")
    parser.set_defaults(run=cmd_scaffold)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="lawguide", description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("compile", help="write the generated pages under docs/").set_defaults(
        run=cmd_compile)
    validate = sub.add_parser("validate", help="check content files, all or the ones named")
    validate.add_argument("paths", nargs="*", help="files or folders (default: everything)")
    validate.set_defaults(run=cmd_validate)
    _scaffold_options(sub)
    export = sub.add_parser("export", help="write the open-data JSON export (site/data/)",
                            description="Statutes, cases, answers and glossary as JSON, each "
                                        "with its schema (schemas/export-*.schema.json).")
    export.add_argument("--out", help="folder to write to (default: <site_dir>/data)")
    export.add_argument("--site-url", help="published address (default: site_url or SITE_URL)")
    export.set_defaults(run=cmd_export)
    args = parser.parse_args(argv)
    return args.run(args)


if __name__ == "__main__":
    sys.exit(main())
