"""Drive Material's search box as a reader does, and read the result list it draws.

A probe installed before the page's scripts wraps ``Worker`` to record the queries
Material sends to its search worker and the results it gets back, so a test
knows when the list on screen answers the text in the box (Material searches on
every key release, and the first query waits for the index to be built). The
probe only observes; the query, the worker and the rendering are Material's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urlsplit

PROBE = """
(() => {
  const Native = window.Worker;
  const probe = window.__searchProbe = {url: null, queries: [], results: 0, drawn: []};
  window.Worker = class extends Native {
    constructor(url, options) {
      super(url, options);
      probe.url = new URL(String(url), location.href).pathname;
      this.addEventListener("message", event => {
        const type = event.data && event.data.type;
        if (type === 1)                                 // SearchMessageType.READY
          probe.readyAt = performance.now();
        if (type === 3) {                               // SearchMessageType.RESULT
          probe.results += 1;
          // Material draws the list in this same task; the next frame shows it.
          const n = probe.results;
          requestAnimationFrame(time => { probe.drawn[n - 1] = time; });
        }
      });
    }
    postMessage(message, ...rest) {
      if (message && message.type === 2)              // SearchMessageType.QUERY
        probe.queries.push(message.data);
      return super.postMessage(message, ...rest);
    }
  };
  // When the reader's last key went up (where the benchmark's clock starts).
  addEventListener("keyup", () => { probe.keyupAt = performance.now(); }, true);
})();
"""

ANSWERED = """() => {
  const probe = window.__searchProbe, box = document.querySelector("input.md-search__input");
  return probe.queries.length > 0 && probe.queries[probe.queries.length - 1] === box.value
    && probe.results >= probe.queries.length;
}"""

READ = """() => [...document.querySelectorAll(".md-search-result__list > .md-search-result__item")]
  .map(item => ({
    links: [...item.querySelectorAll(":scope > a")].map(a => a.href),
    hidden: [...item.querySelectorAll(":scope > details a")].map(a => a.href),
  }))"""

# Typed through an input method: Chinese arrives as committed text, not key presses.
_CJK_RUN = re.compile(r"[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]+")


@dataclass(frozen=True)
class Result:
    """One item of the result list: a page and the sections of it shown under it."""

    page: str                   # "faq/late-night-calls/", relative to the language's root
    sections: tuple[str, ...]   # shown: "laws/civil-code/#art-1032"
    hidden: tuple[str, ...]     # folded under "N more on this page"

    def shows(self, target: str) -> bool:
        return target == self.page if "#" not in target else target in self.sections


def type_like_reader(page, text: str, delay: float = 0, paste: bool = False) -> None:
    """Type ``text`` into the focused box: Latin keys one by one, Chinese as IME commits.

    A Chinese input method hands the page each committed phrase at once and then
    releases the key that committed it (space); Material searches on key release.
    ``delay`` (ms) is how long each key is held (Playwright's ``delay``), and the
    pause after each commit. ``paste`` puts the whole text in at once and releases
    Ctrl, as Ctrl+V does.
    """
    if paste:
        page.keyboard.insert_text(text)
        page.keyboard.up("Control")
        return
    pos = 0
    for match in _CJK_RUN.finditer(text):
        if match.start() > pos:
            page.keyboard.type(text[pos:match.start()], delay=delay)
        page.keyboard.insert_text(match.group(0))
        page.keyboard.up("Space")
        page.wait_for_timeout(delay)
        pos = match.end()
    if pos < len(text):
        page.keyboard.type(text[pos:], delay=delay)


class SearchBox:
    def __init__(self, page, site_url: str):
        self.page = page
        self.site_url = site_url
        self.root = ""
        page.add_init_script(PROBE)

    def open(self, lang: str, path: str = "") -> None:
        """Load a page of the ``lang`` site (the home page by default)."""
        self.root = urlsplit(self.site_url).path + ("" if lang == "zh" else f"{lang}/")
        self.page.goto(f"{self.site_url}{'' if lang == 'zh' else lang + '/'}{path}")

    def search(self, query: str, timeout: float = 30_000, delay: float = 0,
               paste: bool = False) -> list[Result]:
        """Click the box, type ``query`` and return the results drawn for it."""
        box = self.page.locator("input.md-search__input")
        box.click()
        box.fill("")
        type_like_reader(self.page, query, delay, paste)
        self.page.wait_for_function(ANSWERED, timeout=timeout, polling="raf")
        return self.results()

    def results(self) -> list[Result]:
        out = []
        for item in self.page.evaluate(READ):
            links = [self._relative(href) for href in item["links"]]
            out.append(Result(links[0], tuple(links[1:]),
                              tuple(self._relative(h) for h in item["hidden"])))
        return out

    def worker_url(self) -> str | None:
        return self.page.evaluate("() => window.__searchProbe.url")

    def _relative(self, href: str) -> str:
        """Drop the origin, the language root and Material's ``?h=`` highlight parameter."""
        parts = urlsplit(href)
        path = parts.path[len(self.root):] if parts.path.startswith(self.root) else parts.path
        return path + (f"#{parts.fragment}" if parts.fragment else "")
