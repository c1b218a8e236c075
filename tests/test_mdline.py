"""A one-line field set in a template's heading, link text or table cell stays text there
(``mdline``), rendered with the site's own Markdown; and every template sets such fields
through ``| line``."""

import re
from html.parser import HTMLParser

import pytest

from conftest import ROOT
from lawguide import mdline, sitemarkdown

# Each passes validation rendered alone, as a paragraph; in the constructs below it would not
# stay text without ``line``.
HOSTILE = [
    "深夜来电](https://evil.example/a) [另见",  # ends the template's link, opens its own
    "Calls at night\\",  # escapes the bracket that ends the template's link
    "标题 { #lg-hijack onclick=alert(1) }",  # attributes of the heading or cell
    "标题 {: .md-header data-x=1 }",
    "a | b | c",  # more cells
    "code `](https://evil.example/b) [`",  # a code span that swallows the template's ](url)
    "two\nlines",
    "Fa Shi [2015] No. 17",  # as in the real statutes' versions
]

CONSTRUCTS = {
    "heading": "# {x}",
    "heading with the template's attributes": "## {x} {{: #art-1 }}",
    "link text": "- [{x}](../cases/a.md) — A summary](https://evil.example/c) [more",
    "table cell": "| a | b |\n| --- | --- |\n| {x} | 2 |",
}


class _Elements(HTMLParser):
    """Every element of a fragment with its attributes, and the text inside each tag name."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.open: list[tuple[str, dict]] = []
        self.text: dict[str, str] = {}
        self._inside: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.open.append((tag, dict(attrs)))
        self._inside.append(tag)

    def handle_endtag(self, tag):
        self._inside.pop()

    def handle_data(self, data):
        if self._inside:
            tag = self._inside[-1]
            self.text[tag] = self.text.get(tag, "") + data


@pytest.fixture(scope="module")
def renderer():
    return sitemarkdown.Renderer(ROOT)


@pytest.mark.parametrize("construct", CONSTRUCTS)
@pytest.mark.parametrize("text", HOSTILE)
def test_a_line_stays_text_in_the_templates_constructs(renderer, construct, text):
    page = renderer.html(CONSTRUCTS[construct].format(x=mdline.line(text)))
    found = _Elements()
    found.feed(page)
    tags = [tag for tag, _ in found.open]
    shown = " ".join(text.split("\n"))
    if construct.startswith("heading"):
        heading, attributes = found.open[0]
        assert heading in ("h1", "h2") and found.text[heading] == shown, page
        if "attributes" in construct:
            assert attributes == {"id": "art-1"}, page
        else:
            assert set(attributes) <= {"id"}, page  # the id is toc's, made from the text
    elif construct == "link text":
        links = [attrs for tag, attrs in found.open if tag == "a"]
        assert links == [{"href": "../cases/a.md"}], page
        assert found.text["a"] == shown
    else:
        cells = [attrs for tag, attrs in found.open if tag == "td"]
        assert cells == [{}, {}] and found.text["td"].startswith(shown), page
    assert "code" not in tags and not any("onclick" in attrs for _, attrs in found.open)


# Interpolations that are numbers, dates, ids or addresses, never text someone wrote.
NOT_TEXT = re.compile(r"(\|\s*(length|rate|pct|num|string)|isoformat\(\)|law_count\(.*\)|"
                      r"\.number|\.anchor|\.slug|\.id|\bwho|^link\(.*\)|^article_link\(.*\)|"
                      r"^\"\{#[-\w]+\}\")\s*$")
EXPRESSION = re.compile(r"\{\{(.*?)\}\}")
TEMPLATES = sorted([*(ROOT / "hooks/lawguide/templates").glob("*.md.j2"),
                    ROOT / "hooks/lawguide/templates/_macros.j2",
                    *(ROOT / "hooks/lawguide/tools/templates").glob("*.md.j2")])


def _constructs(line: str) -> list[tuple[int, int]]:
    """Where on a template line text is a heading's, a link text's or a table cell's."""
    spans = []
    if re.match(r"\s*#{1,6} ", line):
        end = line.find(" {:")
        spans.append((0, len(line) if end < 0 else end))
    if line.lstrip().startswith("|"):
        spans.append((0, len(line)))
    start = 0
    while (opening := line.find("[", start)) >= 0 and (closing := line.find("](", opening)) >= 0:
        spans.append((opening, closing))
        start = closing + 2
    return spans


def _unlined(name: str, template: str) -> list[str]:
    """``name:line: {{ expression }}`` for text a template sets in a construct without line."""
    missing = []
    for number, line in enumerate(template.splitlines(), 1):
        spans = _constructs(line)
        for match in EXPRESSION.finditer(line):
            expression = match.group(1).strip()
            inside = any(start <= match.start() < end for start, end in spans)
            if inside and not expression.endswith("| line") and not NOT_TEXT.search(expression):
                missing.append(f"{name}:{number}: {{{{ {expression} }}}}")
    return missing


@pytest.mark.parametrize("template", TEMPLATES, ids=lambda path: path.name)
def test_every_template_sets_text_in_these_constructs_through_line(template):
    missing = _unlined(template.name, template.read_text(encoding="utf-8"))
    assert not missing, "set these through | line (lawguide/mdline.py):\n" + "\n".join(missing)


def test_the_check_of_the_templates_finds_text_set_without_line():
    template = ("# {{ case.title[lang] }} {: #{{ article.anchor }} }\n"
                "- [{{ a }}]({{ link(b) }}) — {{ c }}\n"
                "| {{ t.law | line }} | {{ statute.version[lang] }} | {{ cases | length }} |")
    assert _unlined("x.md.j2", template) == [
        "x.md.j2:1: {{ case.title[lang] }}", "x.md.j2:2: {{ a }}",
        "x.md.j2:3: {{ statute.version[lang] }}"]
