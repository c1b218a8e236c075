"""Contributed Markdown: what is refused (with which message) and what is left alone."""

import pytest

from lawguide.untrusted import find

RAW_HTML_FIX = ("which is not allowed in contributed text; use Markdown instead (**bold**, "
                "*italic*, [link](https://...)); for a less-than sign put a space after it (a < b)")
SCRIPT_FIX = ("contributed text must not contain HTML, and a script would run in readers' "
              "browsers; delete it")
LINK_FIX = "link only to http:// or https:// addresses, or to pages of this site"

# (text, [exact messages])
REFUSED = [
    ("a<script>alert(1)</script>", [f"contains a <script> tag (<script>): {SCRIPT_FIX}"]),
    ("<ScRiPt src=//x.example/a.js>", [f"contains a <script> tag (<ScRiPt src=//x.example/a.js>): {SCRIPT_FIX}"]),
    ("<img src=x onerror=alert(1)>",
     ["contains an HTML tag with an event handler (onerror= in <img src=x onerror=alert(1)>), "
      "which would run script in readers' browsers; delete the tag"]),
    ('<a href="#" ONCLICK="x()">a</a>',
     ["contains an HTML tag with an event handler (ONCLICK= in <a href=\"#\" ONCLICK=\"x()\">), "
      "which would run script in readers' browsers; delete the tag"]),
    ("<iframe src=https://e.example>",
     ["contains an <iframe> tag (<iframe src=https://e.example>): pages from other sites cannot be "
      "embedded; link to them instead, e.g. [the court's notice](https://...)"]),
    ("<object data=x>", ["contains an <object> tag (<object data=x>): pages from other sites "
                         "cannot be embedded; link to them instead, e.g. [the court's notice](https://...)"]),
    ("<style>p{}</style>", ["contains styling (<style>): contributed text must not contain HTML or "
                            "CSS; delete it and use Markdown (**bold**, *italic*)"]),
    ('<p style="x">t</p>', ['contains styling (<p style="x">): contributed text must not contain '
                            "HTML or CSS; delete it and use Markdown (**bold**, *italic*)"]),
    ("a <b>b</b>", [f"contains raw HTML (<b>), {RAW_HTML_FIX}"]),
    ("stray </div>", [f"contains raw HTML (</div>), {RAW_HTML_FIX}"]),
    ("<!-- hidden -->", ["contains an HTML comment or declaration (<!-- hidden -->): hidden text "
                         "is not allowed in contributed text; delete it"]),
    ("[x](javascript:alert(1))", ['contains an unsafe link "javascript:alert(1)": a javascript: '
                                  f"link would run script when a reader clicks it; {LINK_FIX}"]),
    ("[x]( JaVaScRiPt:alert(1) )", ['contains an unsafe link "JaVaScRiPt:alert(1)": a javascript: '
                                    f"link would run script when a reader clicks it; {LINK_FIX}"]),
    ("[x](<jav&#x61;script:alert(1)>)", ['contains an unsafe link "<jav&#x61;script:alert(1)>": a '
                                         "javascript: link would run script when a reader clicks "
                                         f"it; {LINK_FIX}"]),
    ("[x](data:text/html,hi)", ['contains an unsafe link "data:text/html,hi": a data: URL can '
                                f"carry a whole page or script inside the link; {LINK_FIX}"]),
    ("[x](file:///etc/passwd)", ['contains an unsafe link "file:///etc/passwd": file: links are '
                                 f"not allowed; {LINK_FIX}"]),
    ("see [1]\n\n[1]: vbscript:msgbox(1)", ['contains an unsafe link "vbscript:msgbox(1)": a '
                                            "vbscript: link would run script when a reader clicks "
                                            f"it; {LINK_FIX}"]),
    ("<javascript:alert(1)>", ['contains an unsafe link "<javascript:alert(1)>": a javascript: '
                               f"link would run script when a reader clicks it; {LINK_FIX}"]),
    ("![p](https://x.example/p.gif)", ["contains an image (![p]): images are not allowed in "
                                       "contributed text (they load from other sites and may show "
                                       "personal data); describe it in words"]),
    ("![logo][1]", ["contains an image (![logo]): images are not allowed in contributed text "
                    "(they load from other sites and may show personal data); describe it in words"]),
    ("Title {: onclick=\"x\" }", ['contains an attribute list ({: onclick="x" }): it would set '
                                  "HTML attributes such as onclick or style; delete it"]),
    ("text {.red #id}", ["contains an attribute list ({.red #id}): it would set HTML attributes "
                         "such as onclick or style; delete it"]),
    ("ab\u202ecd", ["contains an invisible character (U+202E RIGHT-TO-LEFT OVERRIDE) that can "
                    "hide or reorder text; delete it"]),
]

ALLOWED = [
    "**粗体** *斜体* `代码`",
    "[民法典](https://flk.npc.gov.cn/) and [a page](../laws/civil-code.md#art-1032)",
    "<https://www.12378.cn/>",
    "[x](https://a.example/(b)c)",
    "a < b, 5<6, x<-y",
    "集合{1,2} and {braces}",
    "参见[1]和数组[2]",
    "- [ ] 任务\n- [x] 完成",
    "> 引用\n\n| a | b |\n| - | - |\n| 1 | 2 |",
    "!!! note\n    body",
    "感叹号! 然后[链接](https://a.example)",
]


@pytest.mark.parametrize(("text", "messages"), REFUSED)
def test_hazard_is_refused_with_its_message(text, messages):
    assert [h.message for h in find(text)] == messages


@pytest.mark.parametrize("text", ALLOWED)
def test_ordinary_markdown_passes(text):
    assert find(text) == []


def test_hazards_come_in_text_order():
    found = find("<b>x</b> then [y](javascript:z) then <!-- c -->")
    assert [h.start for h in found] == sorted(h.start for h in found)
    assert len(found) == 3
