"""Contributed Markdown is judged by what the site's Markdown renders it to.

Each row is a text and the exact messages it gets. The second half of the refused table is
the bypasses of the regex checks this module replaced (issue 11): each spelling reaches the
same HTML, so each is refused by the same mechanism.
"""

from html.parser import HTMLParser
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from conftest import ROOT
from lawguide import sanitize, untrusted
from lawguide.untrusted import Inspector

RAW = ("which is not allowed in contributed text; use Markdown instead (**bold**, *italic*, "
       "[link](https://...)); for a less-than sign put a space after it (a < b)")
SCRIPT = "a script would run in readers' browsers; delete it"
HANDLER = "which would run script in readers' browsers; delete the tag or attribute list"
EMBED = "pages from other sites cannot be embedded; link to them instead, e.g. [the court's notice](https://...)"
STYLE = "contributed text must not carry HTML or CSS; delete it and use Markdown (**bold**, *italic*)"
LINK = "link only to http:// or https:// addresses, or to pages of this site"
JS = f"a javascript: link would run script when a reader clicks it; {LINK}"
IMAGE = ("contains an image (![...](...), an <img> tag or an emoji shortcode such as :smile:): "
         "images are not allowed in contributed text (they load from other sites and may show "
         "personal data); describe it in words")
TITLE = ('contains a link title ([text](https://... "title")): titles become hover text; delete '
         "the quoted title and keep [text](https://...)")
NOTICE = ("contains a notice box or block markup (a line starting with !!! or ???, or markdown "
          "in HTML): notices on this site come only from its templates; write the text as plain "
          "paragraphs")

# (text, [exact messages])
REFUSED = [
    ("a<script>alert(1)</script>", [f"contains a <script> tag (<script>alert(1)</script>): {SCRIPT}"]),
    ("<ScRiPt src=//x.example/a.js>", [f"contains a <script> tag (<ScRiPt src=//x.example/a.js>): {SCRIPT}"]),
    ("<img src=x onerror=alert(1)>", [f"contains an HTML tag with an event handler (onerror= in <img src=x onerror=alert(1)>), {HANDLER}", IMAGE]),
    ('<a href="#" ONCLICK="x()">a</a>', [f'contains an HTML tag with an event handler (onclick= in <a href="#" ONCLICK="x()">a</a>), {HANDLER}']),
    ("<iframe src=https://e.example>", [f"contains an <iframe> tag (<iframe src=https://e.example>): {EMBED}"]),
    ("<object data=x>", [f"contains an <object> tag (<object data=x>): {EMBED}"]),
    ("<style>p{}</style>", [f"contains styling (<style>p{{}}</style>): {STYLE}"]),
    ('<p style="x">t</p>', [f'contains styling (<p style="x">t</p>): {STYLE}']),
    ("a <b>b</b>", [f"contains raw HTML (<b>b</b>), {RAW}"]),
    ("stray </div>", [f"contains raw HTML (</div>), {RAW}"]),
    ("<!-- hidden -->", ["contains an HTML comment (<!-- hidden -->): hidden text is not allowed in contributed text; delete it"]),
    ("[x](javascript:alert(1))", [f'contains an unsafe link "javascript:alert(1)": {JS}']),
    ("[x]( JaVaScRiPt:alert(1) )", [f'contains an unsafe link "JaVaScRiPt:alert(1)": {JS}']),
    ("[x](<jav&#x61;script:alert(1)>)", [f'contains an unsafe link "javascript:alert(1)": {JS}']),
    ("[x](data:text/html,hi)", [f'contains an unsafe link "data:text/html,hi": a data: URL can carry a whole page or script inside the link; {LINK}']),
    ("[x](file:///etc/passwd)", [f'contains an unsafe link "file:///etc/passwd": file: links are not allowed; {LINK}']),
    ("see [1]\n\n[1]: vbscript:msgbox(1)", [f'contains an unsafe link "vbscript:msgbox(1)": a vbscript: link would run script when a reader clicks it; {LINK}']),
    ("<javascript:alert(1)>", [f'contains an unsafe link "javascript:alert(1)": {JS}']),
    ("[" * 301, ["has 301 square brackets, more than the 300 allowed; write fewer links or split the text"]),
    ("> " * 11 + "x", ["nests quotes (lines starting with >) more than 10 deep; quote with one >"]),
    ("![p](https://x.example/p.gif)", [IMAGE]),
    ("![logo][1]\n\n[1]: https://x.example/l.png", [IMAGE]),
    ("text\n{: .red #id}", ["contains an attribute list ({: .red #id}): it would set HTML attributes (class, id) on the page; delete it"]),
    ("ab\u202ecd", ["contains an invisible character (U+202E RIGHT-TO-LEFT OVERRIDE) that can hide or reorder text; delete it"]),
    ("- [ ] 任务", ["contains a task-list checkbox ([ ] or [x] at the start of a list item); write the item without the brackets"]),
    ("# 标题", ["contains a heading (<h1>, from a line starting with # or underlined with === or ---): the page's template makes the headings; use **bold** for a lead-in"]),
    ("标题\n===", ["contains a heading (<h1>, from a line starting with # or underlined with === or ---): the page's template makes the headings; use **bold** for a lead-in"]),
    # Issue 11, families 1, 2 and 4: what got past the regexes.
    ('[判决书](https://wenshu.court.gov.cn/ "&lt;img src=x onerror=alert(1)&gt;")', [TITLE]),
    ('[a](https://x.example){ title="&lt;img src=x onerror=alert(1)&gt;" }', [TITLE]),
    ("催收员\n\n*[催收员]: &#60;img src=x onerror=alert(1)&#62;", ["contains an abbreviation definition (*[催收员]: &#60;img src=x onerror=alert(1)…): it sets hover text on the page; delete it (the glossary explains terms)"]),
    ('{"search": "data:text/javascript,alert(1)"}\n{ data-lg-x #__config }', ['contains an attribute list ({"search": "data:text/javascript,alert(…): it would set HTML attributes (data-lg-x, id) on the page; delete it']),
    ("[x](<img src=x onerror=alert(1)>", [f"contains an HTML tag with an event handler (onerror= in <img src=x onerror=alert(1)>), {HANDLER}", IMAGE]),
    ("<https:x tabindex=1 autofocus onfocus=alert(1)>", [f"contains an HTML tag with an event handler (onfocus= in <https:x tabindex=1 autofocus onfocus=a…), {HANDLER}"]),
    ('[t](https://a){ x href="javascript:alert(1)" }', [f'contains an unsafe link "javascript:alert(1)": {JS}', 'contains an attribute list ({ x href="javascript:alert(1)" }): it would set HTML attributes (x) on the page; delete it']),
    ("[a [b] c](javascript:alert(1))", [f'contains an unsafe link "javascript:alert(1)": {JS}']),
    ("[a\\](x)](javascript:alert(1))", [f'contains an unsafe link "javascript:alert(1)": {JS}']),
    ("[x](java\nscript:alert(1))", [f'contains an unsafe link "java script:alert(1)": {JS}']),
    ("> [r]: javascript:alert(1)\n\n[r]", [f'contains an unsafe link "javascript:alert(1)": {JS}']),
    ("- [r]: javascript:alert(1)\n\n[r]", [f'contains an unsafe link "javascript:alert(1)": {JS}']),
    ("[![a](https://x/i.png)](https://x)", [IMAGE]),
    (":smile: 好", [IMAGE]),
    ('!!! danger "本站官方通知"\n    请转账', [NOTICE]),
    ('??? info "more"\n    x', [NOTICE]),
    ('<div markdown>\n**x**\n</div>', [NOTICE]),
]

ALLOWED = [
    "**粗体** *斜体* `代码`",
    "[民法典](https://flk.npc.gov.cn/) and [a page](../laws/civil-code.md#art-1032)",
    "<https://www.12378.cn/>",
    "[x](https://a.example/(b)c)",
    "a < b, 5<6, x<-y",
    "集合{1,2} and {braces}",
    "参见[1]和数组[2]",
    "> 引用\n\n| a | b |\n| - | - |\n| 1 | 2 |",
    "感叹号! 然后[链接](https://a.example)",
    "&lt;img src=x onerror=alert(1)&gt;",  # text that shows angle brackets: nothing active
    "拨打[12378](tel:12378)",
    "Title {: onclick=\"x\" }",  # not an attribute list to Markdown: it stays text
    "1. 第一\n2. 第二\n\n术语\n:   解释",
]


@pytest.fixture(scope="module")
def inspector() -> Inspector:
    return Inspector(ROOT)


@pytest.mark.parametrize(("text", "messages"), REFUSED)
def test_hazard_is_refused_with_its_message(inspector, text, messages):
    assert list(inspector.inspect(text).messages) == messages


@pytest.mark.parametrize("text", ALLOWED)
def test_ordinary_markdown_passes(inspector, text):
    assert inspector.inspect(text).messages == ()


def test_the_renderer_is_the_sites_own(tmp_path: Path):
    """Without attr_list in mkdocs.yml the same text is plain text: the check follows the site."""
    (tmp_path / "mkdocs.yml").write_text("site_name: x\nmarkdown_extensions: [abbr]\n", "utf-8")
    text = "text\n{: .red #id}"
    assert Inspector(tmp_path).inspect(text).messages == ()
    assert Inspector(ROOT).inspect(text).messages != ()


def test_visible_text_is_entity_decoded(inspector):
    assert "13812345678" in inspector.inspect("电话1381234&#53;678").visible


MARKUP = st.text(alphabet="ab 12\n-*_#>[]()!:{}<&;=`|.~\\\"'/", max_size=40)
SAFE_ATTRIBUTES = {"href", "start", "style"}


class Elements(HTMLParser):
    def __init__(self):
        super().__init__()
        self.found = set()

    def handle_starttag(self, tag, attrs):
        self.found.add(tag)
        self.found.update(f"@{name}" for name, _ in attrs if name not in SAFE_ATTRIBUTES)


@settings(max_examples=400, deadline=None)
@given(MARKUP)
def test_whatever_passes_renders_to_plain_elements_only(inspector, text):
    """For any text: what passes renders to contributed-safe tags with no chosen attribute
    (an oracle independent of the sanitiser: html.parser over the rendered HTML)."""
    if not inspector.inspect(text).messages:
        parser = Elements()
        parser.feed(inspector.render(text))
        assert parser.found <= sanitize.CONTRIBUTED.tags, parser.found


@settings(max_examples=1500, deadline=None)
@given(st.text(alphabet="ab 1\n\u3000中*_.()+-#>[]!:{}<&=`~|\\?'\"", max_size=30))
@example(":a:")  # an emoji (🅰), which random text seldom spells
@example("he said: :b: ok")
@example("a\n: b")
def test_the_fast_path_agrees_with_rendering(inspector, text):
    """Text the fast path lets through without rendering renders unchanged by the safelist."""
    if untrusted.markup_free(text):
        assert sanitize.changes(inspector.render(text), sanitize.CONTRIBUTED) == ()


def test_a_colon_is_prose_unless_it_begins_a_line_or_closes_a_shortcode():
    assert untrusted.markup_free('He said: "Pay today." Then at 11:30 another call.')
    assert not untrusted.markup_free("x :smile: y")  # an emoji shortcode
    assert not untrusted.markup_free("Term\n: its definition")  # a definition list
