"""Drive a real ``mkdocs serve`` and time what an author waits for.

The server runs on 127.0.0.1 on a free port. Its first build is the site's
full build (``mkdocs serve`` runs the same ``build`` as ``mkdocs build``), so
the benchmark measures it once, here, and looks at the site it serves before
changing anything. Two rebuilds are then timed, each from
the moment the file changes: a no-op (one case file touched, its text
unchanged) until the server reports the rebuild done, and an edit (the case's
Chinese title changed) until the served page shows the new title. The served
page waits for a running build to finish, so polling it never sees a half-built
site. After each rebuild the server must stay quiet for a few seconds: a second
rebuild set off by the build's own output would show up as ``builds > 1``.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path

from . import corpus

DONE = "Reloading browsers"
READY = "Serving on"
QUIET_S = 4.0


@dataclass(frozen=True)
class ServeTimes:
    first_build_s: float  # start-up and the initial build
    noop_s: float
    noop_builds: int
    edit_s: float
    edit_builds: int


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class _Log:
    """The server's log lines with the time each arrived."""

    def __init__(self, stream):
        self.lines: list[tuple[float, str]] = []
        self._lock = threading.Lock()
        threading.Thread(target=self._read, args=(stream,), daemon=True).start()

    def _read(self, stream) -> None:
        for line in stream:
            with self._lock:
                self.lines.append((time.perf_counter(), line.rstrip()))

    def count(self, text: str) -> int:
        with self._lock:
            return sum(text in line for _, line in self.lines)

    def wait(self, text: str, count: int, timeout: float) -> float:
        """Time the ``count``-th line containing ``text`` arrived."""
        deadline = time.perf_counter() + timeout
        while time.perf_counter() < deadline:
            with self._lock:
                found = [t for t, line in self.lines if text in line]
            if len(found) >= count:
                return found[count - 1]
            time.sleep(0.05)
        raise TimeoutError(f"mkdocs serve: no {text!r} (#{count}) within {timeout:.0f} s; "
                           f"last lines: {[line for _, line in self.lines[-5:]]}")


def _page(url: str) -> str:
    with urllib.request.urlopen(url, timeout=3600) as response:
        return response.read().decode("utf-8")


class Session:
    """``mkdocs serve`` in a child process (through ``bench.timing``, which reports the
    first build: CPU time per plugin and hook, peak memory, the folder it serves)."""

    def __init__(self, project: Path, env: dict, timeout: float = 3600, dirty: bool = False):
        """``dirty``: ``mkdocs serve --dirty``, which rebuilds only the pages whose source
        is newer than their HTML (the compile writes only pages whose text changed)."""
        self.project, self.timeout = project, timeout
        self.port = free_port()
        self.report = project / "timing-serve.json"
        started = time.perf_counter()
        self.process = subprocess.Popen(
            [sys.executable, "-m", "bench.timing", "serve-dirty" if dirty else "serve",
             os.fspath(project),
             os.fspath(self.report), f"127.0.0.1:{self.port}"],
            cwd=project, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        self.log = _Log(self.process.stderr)
        try:
            self.first_build_s = self.log.wait(READY, 1, timeout) - started
        except BaseException:
            self.close()
            raise
        self.first = json.loads(self.report.read_text(encoding="utf-8"))
        self.site = Path(self.first["site_dir"])

    def rebuilds(self) -> ServeTimes:
        """Time a no-op rebuild, then an edit of one case, as the module docstring says."""
        case = self.project / "cases" / f"{corpus.case_id(1)}.yml"
        url = f"http://127.0.0.1:{self.port}/cases/{corpus.case_id(1)}/"
        _page(url)

        before = self.log.count(DONE)
        touched = time.perf_counter()
        os.utime(case)
        noop = self.log.wait(DONE, before + 1, self.timeout) - touched
        time.sleep(QUIET_S)
        noop_builds = self.log.count(DONE) - before

        marker = "（已编辑）"
        text = case.read_text(encoding="utf-8")
        title = next(line for line in text.splitlines() if line.startswith("  zh: "))
        before = self.log.count(DONE)
        edited = time.perf_counter()
        case.write_text(text.replace(title, title + marker, 1), encoding="utf-8")
        while marker not in _page(url):
            if time.perf_counter() - edited > self.timeout:
                raise TimeoutError(f"mkdocs serve: {url} never showed the edit")
            time.sleep(0.05)
        edit = time.perf_counter() - edited
        time.sleep(QUIET_S)
        edit_builds = self.log.count(DONE) - before
        case.write_text(text, encoding="utf-8")  # as it was, for the next session
        return ServeTimes(self.first_build_s, noop, noop_builds, edit, edit_builds)

    def close(self) -> None:
        self.process.send_signal(signal.SIGINT)
        try:
            self.process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        served = getattr(self, "site", None)
        if served is not None:  # a killed server leaves its temporary folder behind
            shutil.rmtree(served, ignore_errors=True)
