"""Build the real site with ``mkdocs build --strict`` and inspect the HTML."""

import functools
import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
import yaml

from conftest import ROOT

pytestmark = pytest.mark.site


class Links(HTMLParser):
    """Collects ids, hrefs, language-switch links and the <html lang>."""

    def __init__(self):
        super().__init__()
        self.ids, self.hrefs, self.switch, self.lang, self.stylesheets = set(), [], {}, None, []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "html":
            self.lang = a.get("lang")
        if "id" in a:
            self.ids.add(a["id"])
        if tag == "a" and "href" in a:
            self.hrefs.append(a["href"])
            if "lg-alternate" in (a.get("class") or ""):
                self.switch[a["hreflang"]] = a["href"]
        if tag == "link" and a.get("rel") == "stylesheet":
            self.stylesheets.append(a.get("href", ""))


def parse(path: Path) -> Links:
    links = Links()
    links.feed(path.read_text(encoding="utf-8"))
    return links


def page(site: Path, prefix: str, url: str) -> Path:
    return site / prefix / url / "index.html"


def content_ids(folder: str) -> list[str]:
    return sorted(p.stem for p in (ROOT / folder).glob("*.yml"))


PAGES = (["", "guide/debtor/", "guide/collector/", "guide/complaints/", "about/",
          "cases/", "faq/", "laws/", "glossary/", "contributing/"]
         + [f"cases/{i}/" for i in content_ids("cases")]
         + [f"faq/{i}/" for i in content_ids("faq")]
         + [f"laws/{i}/" for i in content_ids("statutes")])


@pytest.mark.parametrize("url", PAGES)
def test_page_exists_in_both_languages_and_switches_to_its_counterpart(built_site, url):
    zh, en = page(built_site, "", url), page(built_site, "en", url)
    zh_links, en_links = parse(zh), parse(en)
    assert (zh_links.lang, en_links.lang) == ("zh", "en")
    # The switch is a plain relative link that lands on the same page in the other language.
    assert (zh.parent / zh_links.switch["en"]).resolve() == en.parent.resolve()
    assert (en.parent / en_links.switch["zh"]).resolve() == zh.parent.resolve()


@pytest.mark.parametrize("url", PAGES)
def test_every_page_has_notice_and_review_date(built_site, url):
    for prefix, notice in (("", "本站提供的是法律信息，不是法律意见。"),
                           ("en", "This is legal information, not legal advice.")):
        html = page(built_site, prefix, url).read_text(encoding="utf-8")
        assert notice in html
        assert re.search(r'<time datetime="\d{4}-\d{2}-\d{2}">\d{4}-\d{2}-\d{2}</time>', html)


def test_article_anchors_are_the_same_in_both_languages(built_site):
    for path in sorted((ROOT / "statutes").glob("*.yml")):
        law = yaml.safe_load(path.read_text(encoding="utf-8"))
        anchors = {f"art-{a['number']}" for a in law["articles"]}
        for prefix in ("", "en"):
            ids = parse(page(built_site, prefix, f"laws/{law['id']}/")).ids
            assert anchors <= ids, (prefix, law["id"], anchors - ids)
    zh_criminal = page(built_site, "", "laws/criminal-law/").read_text(encoding="utf-8")
    assert 'id="art-293-1"' in zh_criminal and "第二百九十三条之一" in zh_criminal


def test_english_law_pages_mark_the_translation_unofficial(built_site):
    html = page(built_site, "en", "laws/civil-code/").read_text(encoding="utf-8")
    assert "Unofficial translation" in html
    assert "自然人享有隐私权。" in html  # the official text is there too


def test_superseded_version_says_so_and_links_its_successor(built_site):
    old = page(built_site, "", "laws/public-security-2012/")
    html = old.read_text(encoding="utf-8")
    assert "本版本已被取代" in html
    assert "../public-security-2025/#art-50" in parse(old).hrefs


def test_case_index_leads_to_every_case_by_audience_and_conduct(built_site):
    """The index links each audience's and each conduct tag's list; the lists hold every
    case under each of its audiences and tags (the site has fewer than 50 a list)."""
    cases = {case_id: yaml.safe_load((ROOT / "cases" / f"{case_id}.yml").read_text("utf-8"))
             for case_id in content_ids("cases")}
    for prefix in ("", "en"):
        lists = [h for h in parse(page(built_site, prefix, "cases/")).hrefs
                 if h.startswith("by/")]
        expected = {f"by/for-{who}/" for who in ("debtor", "collector")} | {
            f"by/tag-{tag}/" for case in cases.values() for tag in case["conduct"]}
        assert sorted(lists) == sorted(expected)
        for href in lists:
            group = href.split("/")[1]
            listed = [h.split("/")[2] for h in parse(page(built_site, prefix, f"cases/{href}")).hrefs
                      if re.fullmatch(r"\.\./\.\./[a-z0-9-]+/", h)]
            members = sorted(case_id for case_id, case in cases.items()
                             if group in [f"for-{w}" for w in case["audience"]]
                             + [f"tag-{t}" for t in case["conduct"]])
            assert listed == members, (prefix, group)


def test_one_search_index_per_language(built_site):
    zh = json.loads((built_site / "search" / "search_index.json").read_text(encoding="utf-8"))
    en = json.loads((built_site / "en" / "search" / "search_index.json").read_text(encoding="utf-8"))
    assert zh["config"]["lang"] == ["zh"] and en["config"]["lang"] == ["en"]
    assert not any(d["location"].startswith("en/") for d in zh["docs"])
    assert {d["location"].split("#")[0] for d in en["docs"]} >= {"", "cases/", "laws/"}


def test_no_foreign_font_or_cdn(built_site):
    for html in built_site.rglob("*.html"):
        text = html.read_text(encoding="utf-8")
        assert "fonts.googleapis" not in text and "fonts.gstatic" not in text, html


def test_sidebar_does_not_list_cases(built_site):
    html = page(built_site, "", "cases/").read_text(encoding="utf-8")
    nav = html.split('<nav class="md-nav md-nav--primary"', 1)[1].split("</nav>", 1)[0]
    assert "xiao-wang" not in nav


def _cites(path: Path) -> list[tuple[str, str]]:
    html = path.read_text(encoding="utf-8")
    return [(href, ref) for ref, href in
            re.findall(r'<a class="lg-cite" data-lg-ref="([^"]+)" href="([^"]+)"', html)]


def test_every_citation_link_lands_on_an_existing_article_anchor(built_site):
    checked = 0
    ids = functools.cache(lambda target: parse(target).ids)  # a law page is cited many times
    for html in built_site.rglob("index.html"):
        for href, ref in _cites(html):
            path, _, anchor = href.partition("#")
            target = (html.parent / path / "index.html").resolve()
            assert target.is_file(), (html, href)
            assert anchor.startswith(f"art-{ref.split('/')[1]}"), (html, href, ref)
            assert anchor in ids(target), (html, href)
            # the link stays in the page's language
            assert ("/en/" in str(target.relative_to(built_site.resolve().parent))) == \
                   ("/en/" in str(html.relative_to(built_site.parent))), (html, href)
            checked += 1
    assert checked > 500


def test_cited_article_lists_the_citing_page_in_both_languages(built_site):
    for prefix, title in (("", "小王"), ("en", "Xiao Wang")):
        case = page(built_site, prefix, "cases/xiao-wang/")
        assert ("../../laws/civil-code/#art-1032", "civil-code/1032") in _cites(case)
        law = page(built_site, prefix, "laws/civil-code/").read_text(encoding="utf-8")
        section = law.split('id="art-1032"', 1)[1].split('id="art-1033"', 1)[0]
        assert "../../cases/xiao-wang/" in section and title in section


def test_law_index_shows_citation_counts(built_site):
    html = page(built_site, "", "laws/").read_text(encoding="utf-8")
    row = re.search(r'href="civil-code/".*?</tr>', html, re.S).group(0)
    counts = [int(n) for n in re.findall(r"<td>(\d+)</td>", row)]
    assert counts[-1] > 20  # many pages cite the Civil Code


def test_citations_never_link_inside_code_or_links(built_site):
    for html in built_site.rglob("index.html"):
        text = html.read_text(encoding="utf-8")
        assert not re.search(r"<a [^>]*>[^<]*<a class=\"lg-cite\"", text), html
        assert not re.search(r"<code>[^<]*<a class=\"lg-cite\"", text), html


def test_glossary_terms_link_to_their_entry_with_the_definition(built_site):
    for prefix in ("", "en"):
        case = page(built_site, prefix, "cases/xiao-wang/")
        html = case.read_text(encoding="utf-8")
        link = re.search(r'<a class="lg-term" href="([^"]+)" title="([^"]+)">([^<]+)</a>', html)
        assert link, prefix
        href, title, text = link.groups()
        path, _, anchor = href.partition("#")
        assert anchor in parse((case.parent / path / "index.html").resolve()).ids
        assert title.split(": ", 1)[0].lower() in (text.lower(), title.split(": ", 1)[0].lower())
        assert len(title.split(": ", 1)[1]) > 10  # the definition itself
        glossary = parse(page(built_site, prefix, "glossary/"))
        assert "overdue" in glossary.ids
    # each term is linked once per page, never inside headings
    html = page(built_site, "", "guide/debtor/").read_text(encoding="utf-8")
    assert html.count('href="../../glossary/#overdue"') == 1
    assert not re.search(r"<h[1-6][^>]*>[^<]*<a class=\"lg-term\"", html)


def test_home_page_has_two_doors_with_icons(built_site):
    for prefix, doors in (("", ("我逾期了", "我在催收")),
                          ("en", ("I am behind on payments", "I collect debts"))):
        html = page(built_site, prefix, "").read_text(encoding="utf-8")
        assert all(door in html for door in doors)
        assert ":material-" not in html and 'class="twemoji"' in html
