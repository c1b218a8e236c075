"""What a contributor does, end to end: scaffold a case, fill it in, validate, build the site,
and find the case in both languages, in the case index, and under "cited by" of its article.
Also: "edit this page" opens the YAML a generated page came from."""

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from mkdocs.config import load_config

import variant
from variant import CASE_ID, TITLE_EN, TITLE_ZH

pytestmark = pytest.mark.site

@pytest.fixture(scope="module")
def site(variant_site) -> Path:
    """The contributor's path, step by step (done in tests/variant.py, on the variant site)."""
    steps = variant_site.contributed
    assert steps.scaffold.returncode == 0, steps.scaffold.stderr
    assert f"wrote cases/{CASE_ID}.yml" in steps.scaffold.stdout
    assert steps.before.returncode == 1 and "not written yet" in steps.before.stderr
    assert not steps.missing, f"the scaffold no longer writes {steps.missing!r}"
    assert not steps.answers_todo
    assert (steps.after.returncode, steps.after.stderr) == (0, ""), steps.after.stderr
    return variant_site.site  # built with --strict


def html(site: Path, prefix: str, url: str) -> str:
    return (site / prefix / url / "index.html").read_text(encoding="utf-8")


@pytest.mark.parametrize(("prefix", "title"), [("", TITLE_ZH), ("en", TITLE_EN)])
def test_the_case_has_a_page_in_each_language(site, prefix, title):
    page = html(site, prefix, f"cases/{CASE_ID}")
    assert "<h1 id=" in page and title in page
    assert "Article 1033" in page or "第一千零三十三条" in page


@pytest.mark.parametrize(("prefix", "title"), [("", TITLE_ZH), ("en", TITLE_EN)])
def test_the_case_index_lists_it_under_its_audience_and_conduct(site, prefix, title):
    index = html(site, prefix, "cases")
    assert '<a href="by/for-debtor/">' in index and '<a href="by/tag-late-night-calls/">' in index
    link = f'<a href="../../{CASE_ID}/">{title}</a>'
    for group in ("for-debtor", "tag-late-night-calls"):
        assert link in html(site, prefix, f"cases/by/{group}")
    assert link not in html(site, prefix, "cases/by/tag-threats")


@pytest.mark.parametrize(("prefix", "title"), [("", TITLE_ZH), ("en", TITLE_EN)])
def test_the_cited_article_lists_it_under_cited_by(site, prefix, title):
    law = html(site, prefix, "laws/civil-code")
    article = law.split('id="art-1033"', 1)[1].split("<h2", 1)[0]
    cited_by = re.search(r'<details class="info[^"]*">(.*?)</details>', article, re.S)
    assert cited_by, "no cited-by section under Article 1033"
    assert f'<a href="../../cases/{CASE_ID}/">{title}</a>' in cited_by.group(1)


def test_a_hostile_tag_label_stays_text_on_its_list_page(site):
    """Validation lets entity-encoded tags through (they render as text): in the list
    page's heading, title, description and breadcrumbs they must stay text."""
    page = html(site, "en", f"cases/by/tag-{variant.HOSTILE_TAG}")
    assert "onerror" in page and "<img" not in page
    assert re.search(r"<h1 [^>]*>Damage to property &lt;img src=x onerror=", page)
    # The title says what the heading says: escaped once (a reader sees "<img"), not twice.
    shown = "Damage to property &lt;img src=x onerror="
    assert re.search(f"<title>[^<]*{shown}", page), re.search("<title>.*?</title>", page)
    assert re.search(f'<meta property="og:title" content="[^"]*{shown}', page)
    assert "&amp;lt;" not in page


def test_no_one_line_field_links_a_page_to_another_site(site):
    """A title or summary that ends the link a list opens for it (``variant.BREAKOUT``) is
    text in every list, "cited by" and related-pages section that shows it."""
    pages = {p: p.read_text(encoding="utf-8") for p in site.rglob("*.html")}
    linked = sorted(str(p.relative_to(site)) for p, page in pages.items()
                    if 'href="https://evil.example' in page)
    assert not linked, linked
    title = html(site, "", "cases/by/tag-outsourcing")
    assert '<a href="../../title-breakout/">深夜来电](https://evil.example/title) [另见</a>' in title
    shown = sum('深夜来电](https://evil.example/title) [另见' in page for page in pages.values())
    assert shown > 10, shown  # the case page, the lists, the law pages' "cited by"
    listed = html(site, "en", "cases/by/tag-outsourcing")
    assert ('<a href="../../title-breakout/">Calls at night\\</a> — A summary]'
            '(https://evil.example/summary) [more') in listed


@pytest.mark.parametrize(("prefix", "url", "shown"), [
    ("", f"faq/{variant.BREAKOUT_ANSWER}", variant.BREAKOUT[("question", "zh")]),
    ("", f"cases/{variant.BREAKOUT_CASE}", variant.BREAKOUT[("title", "zh")]),
    ("en", f"cases/{variant.BREAKOUT_CASE}", variant.BREAKOUT[("title", "en")]),
])
def test_a_heading_shows_its_one_line_field_as_written(site, prefix, url, shown):
    """The heading a template sets a field in takes none of its attributes (``{ #id
    onclick=… }``), and the title says what the heading says."""
    page = html(site, prefix, url)
    heading = re.search(r"<h1[^>]*>(.*?)<a class=\"headerlink\"", page)
    assert heading and heading.group(1) == shown, heading and heading.group(1)
    assert re.search(r"<title>(.*?) - ", page).group(1) == shown
    attributes = _Attributes()
    attributes.feed(page)
    assert not {"onclick", ("id", "lg-hijack")} & attributes.seen


class _Attributes(HTMLParser):
    """Every attribute name, and every (name, value), on the elements of a page."""

    def __init__(self):
        super().__init__()
        self.seen: set = set()

    def handle_starttag(self, tag, attrs):
        self.seen |= {name for name, _ in attrs} | set(attrs)


EDIT_URI = load_config(str(Path(__file__).resolve().parents[1] / "mkdocs.yml")).edit_uri
REPO_EDIT = EDIT_URI.removesuffix("docs/zh/")


@pytest.mark.parametrize(("prefix", "url", "source"), [
    ("", f"cases/{CASE_ID}", f"cases/{CASE_ID}.yml"),
    ("en", f"cases/{CASE_ID}", f"cases/{CASE_ID}.yml"),
    ("en", "laws/civil-code", "statutes/civil-code.yml"),
    ("", "about", "docs/zh/about.md"),
    ("en", "contributing", "docs/en/contributing.md"),
])
def test_edit_this_page_opens_the_source(site, prefix, url, source):
    edit = re.search(r'<a href="([^"]+)" title="[^"]*" class="md-content__button md-icon" '
                     r'rel="edit">', html(site, prefix, url))
    assert edit and edit.group(1) == REPO_EDIT + source


@pytest.mark.parametrize(("prefix", "url"), [
    ("", "cases"), ("en", "faq"), ("", "cases/by/tag-threats"), ("en", "laws"),
])
def test_pages_made_from_many_files_have_no_edit_button(site, prefix, url):
    """An index or a list has no file of its own to edit: its generated Markdown is
    git-ignored, and GitHub would answer the button with a 404."""
    assert "md-content__button md-icon\" rel=\"edit\"" not in html(site, prefix, url)
    assert "<h1" in html(site, prefix, url)


def test_contributing_is_linked_from_every_footer_and_the_about_page(site):
    """Where contributors look for it, not among a reader's first choices (the main menu)."""
    for prefix in ("", "en"):
        home = html(site, prefix, "")
        footer = home[home.index('class="md-copyright'):]
        assert 'href="contributing/"' in footer
        assert 'href="contributing/"' not in home[:home.index('class="md-copyright')]
        assert 'href="../contributing/"' in html(site, prefix, "about")
    assert "lawguide scaffold" in html(site, "en", "contributing")
    assert "匿名" in html(site, "", "contributing")
