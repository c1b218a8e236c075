"""Second line of defence: the rendered HTML of generated pages is sanitised with an allowlist.

The unit table checks what survives; the build test switches validation of contributed text
off (as if it had a gap), builds a real site with the hostile corpus in it, and checks that no
script, handler, unsafe URL, embed or style reaches a page, and that each removal is reported.
"""

import logging
import re
import shutil
from html.parser import HTMLParser

import markdown
import pytest
from mkdocs.commands.build import build
from mkdocs.config import load_config

from conftest import ROOT, copy_project, real_content
from lawguide import rules
from lawguide.citations import Catalogue
from lawguide.extension import NAME as LINKS
from lawguide.extension import LawLinks
from lawguide.prose import Prose
from lawguide.sanitize import clean

KEPT = [
    '<h2 id="art-1032">第一千零三十二条<a class="headerlink" href="#art-1032" title="Permanent link">¶</a></h2>',
    '<p id="art-1032-p1">自然人享有隐私权。</p>',
    '<a class="lg-cite" href="../../laws/civil-code/#art-1032" title="《民法典》第一千零三十二条" data-lg-ref="civil-code/1032">第一千零三十二条</a>',
    '<a class="lg-term" href="../../glossary/#x" title="t">诉讼时效</a>',
    '<a href="../en/" hreflang="en" lang="en">English</a>',
    '<div class="admonition note"><p class="admonition-title">Note</p><p>x</p></div>',
    '<details class="info"><summary>引用本条的页面</summary><ul><li><strong>案例</strong></li></ul></details>',
    '<table><thead><tr><th style="text-align:left">a</th></tr></thead><tbody><tr><td style="text-align:right">1</td></tr></tbody></table>',
    '<div class="highlight"><pre><span></span><code><span class="n">x</span></code></pre></div>',
    '<p><abbr title="Hyper Text">HTML</abbr> <time datetime="2026-11-28">2026-11-28</time> <em>e</em> <strong>s</strong></p>',
    '<ul class="task-list"><li class="task-list-item"><input type="checkbox" disabled="" checked=""> done</li></ul>',
    '<ol start="3"><li>three</li></ol>',
    "<blockquote><p>q</p></blockquote><hr><p>a<br>b</p>",
    '<p><a href="https://flk.npc.gov.cn/">flk</a></p>',
]

# (html, what clean() reports as removed, a fragment that must not survive)
REMOVED = [
    ("<p>x<script>alert(1)</script></p>", ("<script>",), "alert"),
    ('<p onclick="x()">t</p>', ("onclick on <p>",), "onclick"),
    ('<a href="javascript:alert(1)">a</a>', ("href on <a>",), "javascript"),
    ('<a href="data:text/html,x">a</a>', ("href on <a>",), "data:"),
    ('<img src="x" onerror="alert(1)">', ("<img>",), "onerror"),
    ('<iframe src="https://e.example"></iframe>', ("<iframe>",), "iframe"),
    ("<style>p{}</style><p>t</p>", ("<style>",), "p{}"),
    ('<p style="position:fixed">t</p>', ("style on <p>",), "position"),
    ('<svg onload="alert(1)"><circle/></svg>', ("<circle>", "onload on <svg>"), "onload"),
    ('<svg><foreignObject><p>x</p></foreignObject><animate href="#x"/></svg>',
     ("<animate>", "<foreignobject>", "<p>"), "animate"),
    ("<p>a<!-- hidden -->b</p>", ("<!-- comment -->",), "hidden"),
    ('<input type="image" src="https://x.example/a.png">', ("src on <input>", "type on <input>"), "image"),
    ('<p id="__config">{}</p>', ("id on <p>",), "__config"),
    ('<a href="https://x.example" title="t" lang="en" data-x="1">a</a>', ("data-x on <a>",), "data-x"),
    ('<a href="#" data-evil="1" data-lg-ref="x">a</a>', ("data-evil on <a>",), "data-evil"),
    ('<a href="../x/">ok</a> <a href="javascript:x">bad</a>', ("href on <a>",), "javascript"),
    ("<b>bold</b> <mark>m</mark>", ("<b>", "<mark>"), "<b>"),  # Markdown writes <strong>
]


class Inventory(HTMLParser):
    def __init__(self):
        super().__init__()
        self.items = []

    def handle_starttag(self, tag, attrs):
        # Serialisation may change: CSS comes back as "text-align:left", `checked` as checked="".
        attrs = [(k, (v or "").replace(" ", "").rstrip(";") if k == "style" else v or "")
                 for k, v in attrs]
        self.items.append((tag, tuple(sorted(attrs))))


def inventory(html: str) -> list:
    parser = Inventory()
    parser.feed(html)
    return parser.items


@pytest.mark.parametrize("html", KEPT)
def test_what_our_pages_contain_survives(html):
    cleaned = clean(html)
    assert cleaned.removed == ()
    assert inventory(cleaned.html) == inventory(html)


@pytest.mark.parametrize(("html", "removed", "gone"), REMOVED)
def test_what_content_must_not_carry_is_removed_and_reported(html, removed, gone):
    cleaned = clean(html)
    assert cleaned.removed == removed
    assert gone not in cleaned.html


def _corpus_html() -> list[str]:
    """Every string of the hostile corpus, through Markdown with raw HTML allowed."""
    from lawguide import yamlsafe

    render = markdown.Markdown(extensions=["tables", "attr_list", "md_in_html", "def_list"])
    out = []
    for path in sorted((ROOT / "tests" / "bad_inputs").rglob("*.yml")):
        loaded, problems = yamlsafe.read_bytes(path.read_bytes(), path.name)
        if not problems:
            out += [render.reset().convert(text)
                    for _, text in yamlsafe.strings(loaded.data, ()) if len(text) < 5000]
    return out


def test_cleaning_without_the_filter_where_it_cannot_act_changes_nothing():
    """``cleaned_html`` skips the attribute filter when no ``__`` survives; it must give
    exactly what the filtered cleaner gives, for hostile ids written every way."""
    from lawguide import sanitize

    hostile = ['<p id="__config">x</p>', '<p id="  __config">x</p>',
               '<p id="&#95;&#95;config">x</p>', '<p id="&#x5F;_search">x</p>',
               '<label for="__drawer">x</label>', '<select aria-describedby="__tip"></select>']
    for html in hostile:  # the filter does act on each of them
        assert sanitize.PAGE.cleaner.clean(html) != sanitize.PAGE.unfiltered.clean(html), html
    samples = hostile + KEPT + [html for html, _, _ in REMOVED] + _corpus_html() + [
        '<p id="a__b">x</p>', "<p>snake__case and __dunder__</p>", '<a href="/x__y/">x</a>',
        '<p id="_x">_</p>']
    for policy in (sanitize.PAGE, sanitize.CONTRIBUTED):
        for html in samples:
            assert policy.cleaned_html(html) == policy.cleaner.clean(html), (policy.name, html)


def test_the_unchanged_fast_path_agrees_with_the_inventory():
    """``clean`` skips the inventory when nh3 gave the HTML back as it was (``<br />`` as
    ``<br>``, ``&para;`` as ``¶``): wherever it does, the inventory finds nothing removed
    either."""
    from lawguide import sanitize

    samples = KEPT + [html for html, _, _ in REMOVED] + _corpus_html() + [
        "<p>a<br />\nb</p><hr />", '<p><a title="x />">y</a></p>', '<a title=" />">x</a>',
        "<p>a<br / /></p>", '<span class="x" />t', "<div> /></div>", "<p>a<!-- /></p>",
        "<p>&para;<script>x</script></p>", '<a title="&para;" onclick="x">&para;</a>',
        "<p>&amp;para; &para;</p><!-- &para; -->"]
    # A page's headings, as the site's toc writes them (permalink ``&para;``).
    page = markdown.Markdown(extensions=["toc"], extension_configs={"toc": {"permalink": True}})
    heading = page.convert("# Title\n\ntext  \nmore\n\n## Part\n")
    assert "&para;" in heading and "<br />" in heading
    assert clean(heading, sanitize.PAGE).unchanged  # the fast path is taken for it
    samples.append(heading)
    fast = 0
    for policy in (sanitize.PAGE, sanitize.CONTRIBUTED):
        for html in samples:
            cleaned = clean(html, policy)
            slow = set(sanitize._inventory(html) - sanitize._inventory(cleaned.html))
            if sanitize.unchanged(html, cleaned.html):
                fast += 1
                assert not slow, (policy.name, html, slow)
                assert sanitize.changes(html, policy) == ()
            assert bool(cleaned.removed) == bool(slow), (policy.name, html)
    assert fast > 50  # the fast path is taken, and checked, for most of them


def test_every_extension_of_the_site_renders_into_the_allowlist():
    """Markdown through the site's own extensions: nothing it makes is stripped."""
    config = load_config(str(ROOT / "mkdocs.yml"))  # mkdocs' loader: it reads !!python/name
    extensions, configs = list(config.markdown_extensions), dict(config.mdx_configs)
    # Our extension bound to the checked content, as the build's hooks bind it (alone it
    # would check the whole project again to find it).
    content, _ = real_content()
    options = configs.pop(LINKS, {})
    prose = Prose(content, Catalogue.from_content(content), options.get("lang", "zh"))
    extensions[extensions.index(LINKS)] = LawLinks(prose=lambda: prose, **options)
    source = ("# T\n\n| a | b |\n|:--|--:|\n| 1 | 2 |\n\n- [x] done\n\n3. three\n4. four\n\n"
              "term\n:   definition\n\n```python\nx = 1\n```\n\n*[HTML]: Hyper Text\n\n"
              "HTML, `code`, **b**, *i*  \nbreak\n\n---\n\n> quote\n\n!!! note \"n\"\n    body\n\n"
              "??? info \"more\"\n    - item\n")
    html = markdown.markdown(source, extensions=extensions, extension_configs=configs)
    cleaned = clean(html)
    assert cleaned.removed == ()
    assert inventory(cleaned.html) == inventory(html)


HOSTILE_HTML = ("html-", "link-", "autolink-", "image-", "attr-list-", "answer-script")
CORPUS = ROOT / "tests" / "bad_inputs"
CONTENT = re.compile(r'<article class="md-content__inner md-typeset">(.*?)</article>', re.S)
THEME_BUTTON = re.compile(r'<a [^>]*class="md-content__button[^"]*"[^>]*>.*?</a>', re.S)
DANGER = re.compile(r"<script|<iframe|<style|<foreignObject|<animate|<img|<object|\son\w+\s*="
                    r"|id=\"__|style=\"(?!text-align)"
                    r"|href=\"\s*(?:javascript|data|vbscript):|<!--", re.I)


@pytest.mark.site
def test_hostile_corpus_with_validation_off_still_yields_no_script(tmp_path, monkeypatch, caplog):
    project = copy_project(tmp_path / "project")
    hostile = sorted(p for p in CORPUS.rglob("*.yml") if p.name.startswith(HOSTILE_HTML))
    assert len(hostile) >= 15
    for path in hostile:
        shutil.copy(path, project / path.relative_to(CORPUS))
    monkeypatch.setattr(rules, "contributed_text", lambda *args: [])  # a gap in validation
    caplog.set_level(logging.WARNING, logger="mkdocs.plugins.lawguide")
    build(load_config(config_file=str(project / "mkdocs.yml")))
    warned = "\n".join(r.getMessage() for r in caplog.records)
    for path in hostile:
        rel = path.relative_to(CORPUS)
        folder, page_id = rel.parent.as_posix(), rel.stem
        for prefix in ("", "en"):
            page = project / "site" / prefix / folder / page_id / "index.html"
            content = CONTENT.search(page.read_text(encoding="utf-8")).group(1)
            content = THEME_BUTTON.sub("", content)  # Material's edit button carries an <svg>
            assert not DANGER.search(content), (page, DANGER.search(content))
        assert f"page {folder}/{page_id}.md (from {rel.as_posix()}): the HTML sanitiser removed" in warned
    # A title is the text its heading shows (the theme prints it unescaped in the header and
    # <title>): the tags are gone from both, never printed as markup.
    page = (project / "site" / "en" / "cases" / "html-in-title" / "index.html").read_text("utf-8")
    assert "<b>" not in page
    assert re.search(r"<h1 [^>]*>Calls in the night<", page)
    assert "<title>Calls in the night - " in page

