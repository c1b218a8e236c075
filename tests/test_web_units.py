"""The published address, plain-text descriptions and the feed, without MkDocs."""

import os
import re
import xml.etree.ElementTree as ET

import markdown
import pytest

from lawguide.web.address import Address, AddressError, for_language
from lawguide.web.export import page_url
from lawguide.web.offline import root_href
from lawguide.web.text import plain, shorten


@pytest.mark.parametrize(("value", "root"), [
    ("https://example.org/guide/", "https://example.org/guide/"),
    ("https://example.org/guide", "https://example.org/guide/"),
    ("https://Example.ORG", "https://example.org/"),
    ("  http://127.0.0.1:8000/ ", "http://127.0.0.1:8000/"),
    ("https://owner.github.io/repo-name/", "https://owner.github.io/repo-name/"),
])
def test_an_address_is_kept_with_one_trailing_slash(value, root):
    assert Address.parse(value).root == root


@pytest.mark.parametrize(("value", "says"), [
    ("", "not set"),
    (None, "not set"),
    ("example.org/guide/", "not an absolute http(s) address"),
    ("ftp://example.org/", "not an absolute http(s) address"),
    ("javascript:alert(1)", "not an absolute http(s) address"),
    ('https://example.org/"><script>', "characters an address must not"),
    ("https://example.org/a b/", "characters an address must not"),
    ("https://example.org/指南/", "characters an address must not"),
    ("https://user:pw@example.org/", "user name or password"),
    ("https://example.org/?x=1", "query or fragment"),
    ("https://example.org/#top", "query or fragment"),
])
def test_a_bad_address_is_refused_and_named(value, says):
    with pytest.raises(AddressError, match=r"^SITE_URL \(environment\): .*" + re.escape(says)):
        Address.parse(value, "SITE_URL (environment)")


def test_urls_of_each_language():
    address = Address.parse("https://example.org/guide/")
    assert address.url("en/", "cases/x/") == "https://example.org/guide/en/cases/x/"
    assert address.path == "/guide/"
    assert for_language("https://example.org/guide/en/", "en/") == address
    assert for_language("https://example.org/guide/", "") == address


@pytest.mark.parametrize(("md", "url"), [("index.md", ""), ("cases/index.md", "cases/"),
                                         ("cases/x.md", "cases/x/"),
                                         ("cases/reindex.md", "cases/reindex/")])
def test_page_urls(md, url):
    assert page_url(md) == url


@pytest.mark.parametrize(("base", "prefix", "href"), [(".", "", "./"), ("../..", "", "../../"),
                                                      (".", "en/", "../"),
                                                      ("../..", "en/", "../../../")])
def test_the_worker_is_at_the_root_of_the_whole_site(base, prefix, href):
    assert root_href(base, prefix) == href


def test_plain_text_of_markdown():
    assert plain("**催收** [《民法典》](../laws/civil-code.md) 第一千零三十二条") == "催收《民法典》第一千零三十二条"
    assert plain("A <b>bold</b> &amp; [link](https://x.org)") == "A bold & link"
    assert shorten("一句话。" * 50, 20).endswith("。…")
    assert len(shorten("word " * 100, 50)) <= 50


@pytest.mark.parametrize(("title", "shown"), [
    ("Damage &lt;img src=x&gt;", "Damage <img src=x>"), ("A &amp; *B*", "A & B"),
    ("a <b>x</b> y", "a x y"), ("AT&T", "AT&T"), ("# x #", "# x"),
    ("小王 的 事", "小王 的 事"), (" 民法典 ", "民法典"),
    # what a template's heading line keeps inert (mdline): shown as written
    ("x\\*y", "x\\*y"), ("a `b`", "a `b`"), ("a [b](c)", "a [b](c)"),
    ("标题 { #x onclick=alert(1) }", "标题 { #x onclick=alert(1) }"), ("a | b", "a | b")])
def test_a_title_is_the_text_its_heading_shows(title, shown):
    from lawguide.web.text import heading

    assert heading(title) == shown


def test_a_title_without_markup_is_not_rendered_and_reads_the_same():
    """``heading`` skips Markdown for titles holding none of its characters: rendered, each
    of them reads the same."""
    from hypothesis import example, given, settings
    from hypothesis import strategies as st

    from lawguide import mdline
    from lawguide.web import text

    def rendered(title: str) -> str:
        reader = text._Text()
        reader.feed(markdown.markdown("# " + mdline.line(title)))
        return "".join(reader.parts).strip()

    @settings(max_examples=1500, deadline=None)
    @example("[a](b)")
    @example("a _b_")
    @example("a\n# b")
    @given(st.text(alphabet=st.sampled_from("ab 民法 .,;:!?()[]{}>|~^=+-'\"/%$@\t《》、。"
                                            "\\`*_<&#\n\x02"), max_size=20))
    def agrees(title):
        assert text.heading(title) == rendered(title)

    agrees()


def test_the_feed_escapes_what_contributors_wrote(mini):
    from lawguide import loader
    from lawguide.web import feed

    content, problems = loader.load(mini)
    assert not problems
    case = next(iter(content.cases.values()))
    hostile = type(case.title)(zh="</title><script>x</script>", en="a & b")
    import dataclasses
    content = dataclasses.replace(content, cases={case.id: dataclasses.replace(case, title=hostile)})
    data = feed.atom(content, Address.parse("https://example.org/"), "", "zh", "T",
                     {"case": "案例", "answer": "问答"})
    assert b"<script>" not in data
    titles = [e.text for e in ET.fromstring(data).iter("{http://www.w3.org/2005/Atom}title")]
    assert "</title><script>x</script>" in titles


def test_worker_version_follows_the_bytes_and_reuses_digests_only_of_unchanged_files(tmp_path):
    from lawguide.web import offline

    site = tmp_path / "site"
    (site / "cases" / "a").mkdir(parents=True)
    (site / "index.html").write_text("home", encoding="utf-8")
    page = site / "cases" / "a" / "index.html"
    page.write_text("case a", encoding="utf-8")
    (site / offline.WORKER).write_text("the worker itself", encoding="utf-8")
    known: dict = {}
    first = offline.version(site, known)
    assert first == offline.version(site) == offline.version(site, known)
    assert sorted(known) == sorted(str(p) for p in (site / "index.html", page))
    (site / offline.WORKER).write_text("a new worker", encoding="utf-8")
    assert offline.version(site, known) == first  # the worker is not part of its version
    written = page.stat().st_mtime_ns
    page.write_text("case A", encoding="utf-8")  # same size: its mtime tells
    os.utime(page, ns=(written, written + 10**9))  # a later build, whatever the clock's tick
    edited = offline.version(site, known)
    assert edited != first and edited == offline.version(site)
    (site / "cases" / "b").mkdir()
    (site / "cases" / "b" / "index.html").write_text("", encoding="utf-8")
    assert offline.version(site, known) not in (first, edited)


def test_the_export_encodes_again_only_new_objects_or_all_for_another_address(tmp_path,
                                                                                monkeypatch):
    """Under mkdocs serve a rebuild encodes only the items whose object the loader made anew,
    and the texts are exactly json.dumps of each whole document."""
    import dataclasses
    import json

    from mkdocs.config import load_config

    from conftest import ROOT, copy_mini
    from lawguide import i18n, loader
    from lawguide.web import export

    made = []
    for kind in ("statute", "case"):
        encode = getattr(export.Exporter, kind)
        monkeypatch.setattr(export.Exporter, kind, lambda self, obj, encode=encode:
                            made.append(obj.id) or encode(self, obj))
    root = copy_mini(tmp_path / "mini")
    content = loader.load(root)[0]
    languages = i18n.languages(load_config(str(ROOT / "mkdocs.yml")))
    address, remembered = Address("https://example.org/guide/"), {}
    first = export.write(content, address, languages, tmp_path / "1", remembered)
    everything = sorted([*content.statutes, *content.cases])
    assert sorted(made) == everything
    exporter = export.Exporter(content, address, languages)
    for kind, (head, make, objects) in exporter.heads().items():
        whole = {**head, "items": [make(obj) for obj in objects]}
        assert (tmp_path / "1" / f"{kind}.json").read_text(encoding="utf-8") == \
            json.dumps(whole, ensure_ascii=False, indent=1) + "\n"
    made.clear()
    again = export.write(content, address, languages, tmp_path / "2", remembered)
    assert made == []
    assert [p.read_bytes() for p in again] == [p.read_bytes() for p in first]
    one = next(iter(content.cases))
    edited = dataclasses.replace(content, cases={
        **content.cases, one: dataclasses.replace(content.cases[one], case_number="(2026)测0001号")})
    export.write(edited, address, languages, tmp_path / "3", remembered)
    assert made == [content.cases[one].id]  # and no statute
    assert "(2026)测0001号" in (tmp_path / "3" / "cases.json").read_text(encoding="utf-8")
    made.clear()
    export.write(edited, Address("https://example.net/"), languages, tmp_path / "4", remembered)
    assert sorted(made) == everything
    made.clear()
    export.write(loader.load(root)[0], Address("https://example.net/"), languages,
                 tmp_path / "5", remembered)
    assert sorted(made) == everything  # the loader's new objects
    assert [p.read_bytes() for p in export.write(content, address, languages, tmp_path / "6")] \
        == [p.read_bytes() for p in first]
