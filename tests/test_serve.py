"""`mkdocs serve --dirty`, as `make serve` runs it, re-renders an edited, added or deleted YAML
file in both languages (pages and search index), and settles."""

import os
import re
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from conftest import UNRESOLVED_PAGE, copy_project

pytestmark = pytest.mark.site


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def fetch(url: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.status, response.read().decode("utf-8")
    except urllib.error.HTTPError as err:
        return err.code, ""
    except OSError:
        return 0, ""


def wait_for(check, what: str, timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if check():
            return
        time.sleep(0.2)
    raise AssertionError(f"timed out waiting for {what}")


@pytest.fixture
def served(tmp_path):
    project = copy_project(tmp_path / "p")
    for lang in ("zh", "en"):
        (project / "docs" / lang / "bad.md").write_text(UNRESOLVED_PAGE, encoding="utf-8")
    port = free_port()
    log = (tmp_path / "serve.log").open("w")
    # as `make serve` does: --dirty (a rebuild renders only the pages whose Markdown
    # changed), and the server's own address, so it serves at its root
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "SITE_URL": f"http://127.0.0.1:{port}/"}
    proc = subprocess.Popen([sys.executable, "-m", "mkdocs", "serve", "--dirty", "--dev-addr",
                             f"127.0.0.1:{port}"], cwd=project, env=env, stdout=log,
                            stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}/"
    try:
        wait_for(lambda: fetch(base + "en/cases/xiao-wang/")[0] == 200, "the first build", 300)
        yield project, base, tmp_path / "serve.log"
    finally:
        proc.terminate()
        proc.wait(timeout=30)
        log.close()


def builds(log: Path) -> int:
    return log.read_text(encoding="utf-8").count("Building documentation to directory")


def rebuilds(log: Path) -> tuple[int, int]:
    """(rebuilds started, rebuilds ended) by the server's watch loop, from its log."""
    text = log.read_text(encoding="utf-8")
    return (text.count("Detected file changes"),
            text.count("Reloading browsers") + text.count("An error happened during the rebuild"))


# A build that changes a watched file makes the server start again within its build delay
# (0.1 s) of finishing, as soon as the file watcher reports the write (milliseconds): a
# loop shows within this window.
QUIET = 3.0


def wait_until_idle(log: Path) -> int:
    """Wait until every rebuild the server started has ended; then the number of builds."""
    wait_for(lambda: rebuilds(log)[0] == rebuilds(log)[1], "the server to finish rebuilding")
    return builds(log)


def test_yaml_edits_reach_both_languages_without_restart_or_loop(served):
    project, base, log = served
    # (one server for two checks: each start is a whole build) First: not strict, an
    # unresolved citation is a warning naming its file and line, and its page is served.
    text = log.read_text(encoding="utf-8")
    for lang in ("zh", "en"):
        assert ("WARNING -  unresolved statute citation: "
                f"docs/{lang}/bad.md:6: citation '《民法典》第9999条': "
                "unknown article 'civil-code/9999'") in text, text[-3000:]
    assert fetch(base + "bad/")[0] == 200 and fetch(base + "en/bad/")[0] == 200

    case = project / "cases" / "xiao-wang.yml"
    text = case.read_text(encoding="utf-8")

    edited = re.sub(r"^title:\n  zh: .*\n  en: .*$",
                    "title: {zh: 小王改过的标题, en: Xiao Wang edited}", text, flags=re.M)
    assert edited != text
    case.write_text(edited, encoding="utf-8")
    wait_for(lambda: "小王改过的标题" in fetch(base + "cases/xiao-wang/")[1], "zh edit")
    wait_for(lambda: "Xiao Wang edited" in fetch(base + "en/cases/xiao-wang/")[1], "en edit")
    wait_until_idle(log)
    time.sleep(QUIET)
    # one edit, one rebuild: the pages the compile wrote (both languages) started no other
    assert rebuilds(log) == (1, 1), log.read_text(encoding="utf-8")[-3000:]

    new = edited.replace("id: xiao-wang", "id: xiao-wang-two").replace(
        "小王改过的标题", "小王第二案").replace("Xiao Wang edited", "Xiao Wang again")
    (project / "cases" / "xiao-wang-two.yml").write_text(new, encoding="utf-8")
    wait_for(lambda: "小王第二案" in fetch(base + "cases/by/for-debtor/")[1],
             "new case in the zh index's list")
    wait_for(lambda: fetch(base + "en/cases/xiao-wang-two/")[0] == 200, "new en page")
    for index in ("search/search_index.json", "en/search/search_index.json"):
        wait_for(lambda index=index: '"cases/xiao-wang-two/"' in fetch(base + index)[1],
                 "new case searched")

    (project / "cases" / "xiao-wang-two.yml").unlink()
    wait_for(lambda: fetch(base + "cases/xiao-wang-two/")[0] == 404, "deleted zh page")
    wait_for(lambda: fetch(base + "en/cases/xiao-wang-two/")[0] == 404, "deleted en page")
    wait_for(lambda: "Xiao Wang again" not in fetch(base + "en/cases/by/for-debtor/")[1],
             "deleted case out of the en index's list")
    for index in ("search/search_index.json", "en/search/search_index.json"):
        wait_for(lambda index=index: '"cases/xiao-wang-two/' not in fetch(base + index)[1],
                 "deleted case out of the search")

    # No rebuild loop: once the edits are served and the server is idle, it stays idle.
    settled = wait_until_idle(log)
    started = rebuilds(log)[0]
    time.sleep(QUIET)
    assert rebuilds(log)[0] == started, log.read_text(encoding="utf-8")[-3000:]
    assert builds(log) == settled
