"""The content is portable: the compiled Markdown on disk, built by a config that has no
hooks and no plugins but our Markdown extension, gives every page the same citation,
glossary and tel: links, with the same previews, as the full build."""

from html.parser import HTMLParser
from pathlib import Path

import pytest

from conftest import ROOT, mkdocs_build

KINDS = ("lg-cite", "lg-term", "lg-tel")


class _Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.links: list[tuple] = []
        self._open: list | None = None
        self._depth = 0  # inside <article>: the page's content, not the theme's
        self._notice = False  # the theme's legal notice (overrides/main.html)

    def handle_starttag(self, tag, attrs):
        self._depth += tag == "article"
        found = dict(attrs)
        self._notice = self._notice or (tag == "aside" and found.get("class") == "lg-notice")
        if self._depth and not self._notice and tag == "a" and found.get("class") in KINDS:
            self._open = [found["class"], found.get("href"), found.get("title"),
                          found.get("data-lg-ref"), ""]

    def handle_endtag(self, tag):
        self._depth -= tag == "article"
        self._notice = self._notice and tag != "aside"
        if tag == "a" and self._open is not None:
            self.links.append(tuple(self._open))
            self._open = None

    def handle_data(self, data):
        if self._open is not None:
            self._open[4] += data


def links(site: Path) -> dict[str, list[tuple]]:
    out = {}
    for page in sorted(site.rglob("index.html")):
        parser = _Links()
        parser.feed(page.read_text(encoding="utf-8"))
        out[page.relative_to(site).as_posix()] = parser.links
    return out


def portable_config(lang: str) -> str:
    """A config any Python-Markdown site generator could read: the site's Markdown settings
    (with our extension), Material without our overrides, no hooks, no plugins."""
    main = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    extensions = main[main.index("markdown_extensions:"):main.index("\nnav:")]
    return (f"site_name: portable\ndocs_dir: docs/{lang}\nsite_dir: portable-{lang}\n"
            f"theme:\n  name: material\n  language: {lang}\nplugins: []\n"
            "validation:\n  links:\n    absolute_links: relative_to_docs\n"
            + extensions.replace("lang: zh", f"lang: {lang}") + "\n")


@pytest.fixture(scope="module")
def full(built_site) -> dict[str, dict[str, list[tuple]]]:
    """The links of every page of the full build, by language (read once for both tests)."""
    every = links(built_site)
    return {"zh": {k: v for k, v in every.items() if not k.startswith("en/")},
            "en": {k.removeprefix("en/"): v for k, v in every.items() if k.startswith("en/")}}


def test_a_config_with_only_the_extension_builds_the_same_links(built_site, full):
    project = built_site.parent  # the full build's compiled Markdown is on disk there
    for lang in ("zh", "en"):
        config = project / f"portable-{lang}.yml"
        config.write_text(portable_config(lang), encoding="utf-8")
        result = mkdocs_build(project, "-f", config.name)
        assert result.returncode == 0, result.stderr[-3000:]
        built = links(project / f"portable-{lang}")
        pages = set(full[lang]) & set(built)
        assert len(pages) > 100, sorted(built)[:5]
        kinds = {kind for page in pages for kind, *_ in full[lang][page]}
        assert kinds == set(KINDS), kinds  # the comparison covers every kind of link
        for page in sorted(pages):
            assert built[page] == full[lang][page], page


def test_what_cited_by_counts_is_what_the_pages_link(built_site, full):
    """The graph and the links read citations with the same finder: a hand-written page
    links exactly the articles "cited by" lists it under; a case or answer links a subset
    (its structured statutes: list counts too). The tools list their articles as plain
    links, from their data."""
    from lawguide import pipeline

    graph = pipeline.check(built_site.parent).graph
    cited: dict[tuple[str, str], set[str]] = {}
    for ref, by_lang in graph.cited_by.items():
        for lang, citers in by_lang.items():
            for citer in citers:
                if citer.kind != "law":
                    cited.setdefault((lang, citer.kind, citer.path), set()).add(ref)
    built = full
    compared = 0
    for (lang, kind, path), refs in sorted(cited.items()):
        url = (path.removesuffix("index.md") if path.endswith("index.md")
               else path.removesuffix(".md") + "/") + "index.html"
        linked = {ref for kind_, _, _, ref, _ in built[lang][url] if kind_ == "lg-cite"}
        if kind == "guide" and not path.startswith("tools/"):
            assert linked == refs, (lang, path, sorted(refs ^ linked))
            compared += 1
        else:
            assert linked <= refs, (lang, path, sorted(linked - refs))
    assert compared >= 10
