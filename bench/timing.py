"""Run one build in this process and record where its time went, per plugin and hook.

MkDocs calls every plugin and hook through ``PluginCollection.run_event``;
wrapping it times each call, in CPU seconds of this process (steadier than
wall time when other work shares the machine). Times are exclusive: the English build runs
inside the Chinese build's ``on_post_build`` hook, and its events are charged to
their own plugins, not to that hook. What no event covers (reading files,
Markdown, the theme's templates, writing) is MkDocs and Material's own work.

The whole build runs inside the outermost charge, so the times add up to the
total. Run as
``python -m bench.timing {site,floor,serve,serve-dirty} PROJECT REPORT.json [ADDRESS]``
with the project as working directory; the parent measures wall time. Under
``serve`` the report is written when the first build is done (``on_serve``),
with the folder the server serves.
"""

from __future__ import annotations

import json
import resource
import sys
import time
from collections import defaultdict
from pathlib import Path

from mkdocs import plugins
from mkdocs.commands import build as build_module

_spent: dict[str, float] = defaultdict(float)  # "origin event" -> seconds, exclusive
_stack: list[list[float]] = []  # per running call: [time spent in nested calls]


_report: Path | None = None


def _write_report(site_dir: str | None = None) -> None:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    _report.write_text(json.dumps({"cpu": usage.ru_utime + usage.ru_stime,
                                   "peak_mb": usage.ru_maxrss / 1024, "site_dir": site_dir,
                                   "events": dict(_spent)}, indent=1), encoding="utf-8")


def _timed_run_event(self, name, item=None, **kwargs):
    if name == "serve":  # `mkdocs serve` finished its first build: report that build
        _write_report(kwargs["config"].site_dir)
    pass_item = item is not None
    for method in self.events[name]:
        origin = self._event_origins.get(method, "<unknown>")
        self._current_plugin = origin
        _stack.append([0.0])
        start = time.process_time()
        try:
            result = method(item, **kwargs) if pass_item else method(**kwargs)
        finally:
            elapsed = time.process_time() - start
            nested = _stack.pop()[0]
            _spent[f"{origin} {name}"] += elapsed - nested
            if _stack:
                _stack[-1][0] += elapsed
        if result is not None:
            item = result
    self._current_plugin = None
    return item


def _timed(origin: str, function):
    """Charge a function's exclusive time to ``origin``: a build run inside a hook
    (the English one) is not the hook's work."""

    def run(*args, **kwargs):
        _stack.append([0.0])
        start = time.process_time()
        try:
            return function(*args, **kwargs)
        finally:
            elapsed = time.process_time() - start
            _spent[origin] += elapsed - _stack.pop()[0]
            if _stack:
                _stack[-1][0] += elapsed

    return run


def main(kind: str, project: Path, report: Path, *args: str) -> None:
    global _report
    _report = report
    plugins.PluginCollection.run_event = _timed_run_event
    build_module.build = _timed("mkdocs build", build_module.build)
    if kind == "floor":
        from . import floor

        floor.main(project)
    else:
        from mkdocs.__main__ import cli

        command = (["build", "--quiet"] if kind == "site" else
                   ["serve", "--dirty", "--dev-addr", *args] if kind == "serve-dirty" else
                   ["serve", "--dev-addr", *args])
        cli(command, standalone_mode=False)
    if not kind.startswith("serve"):
        _write_report()


if __name__ == "__main__":
    main(sys.argv[1], Path(sys.argv[2]).resolve(), Path(sys.argv[3]).resolve(), *sys.argv[4:])
