"""The site built for a sub-path (SITE_URL=https://example.org/guide/), as a crawler sees it.

Every canonical link, sitemap entry, hreflang alternate and internal link must point into
https://example.org/guide/ at a file the build wrote; no file may name the machine that
built it; the export follows its schemas and its ids are the pages' anchors; law, answer
and case pages carry JSON-LD of their type with schema.org properties only.
"""

from __future__ import annotations

import functools
import json
import os
import posixpath
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

import jsonschema
import pytest
import yaml

from conftest import ROOT, SITE

pytestmark = pytest.mark.site
SCHEMAORG = yaml.safe_load((ROOT / "tests" / "data" / "schemaorg.yml").read_text("utf-8"))


@pytest.fixture(scope="module")
def guide_site(built_site) -> Path:
    """The real site, built with --strict for the sub-path (conftest.SITE)."""
    return built_site


class Head(HTMLParser):
    def __init__(self):
        super().__init__()
        self.canonical, self.alternates, self.links, self.meta = None, {}, [], {}
        self.ids, self.jsonld, self._in_ld = set(), [], False

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if "id" in a:
            self.ids.add(a["id"])
        rel = a.get("rel", "")
        if tag == "link" and rel == "canonical":
            self.canonical = a["href"]
        elif tag == "link" and rel == "alternate" and "hreflang" in a:
            self.alternates[a["hreflang"]] = a["href"]
        if tag == "meta" and ("property" in a or "name" in a):
            self.meta.setdefault(a.get("property") or a["name"], a.get("content"))
        for key in ("href", "src"):
            if a.get(key) is not None and tag in ("a", "link", "script", "img"):
                self.links.append(a[key])
        self._in_ld = tag == "script" and a.get("type") == "application/ld+json"

    def handle_data(self, data):
        if self._in_ld:
            self.jsonld.append(json.loads(data))
            self._in_ld = False


def pages(site: Path) -> list[Path]:
    return sorted(site.rglob("*.html"))


def url_of(site: Path, path: Path) -> str:
    rel = path.relative_to(site).as_posix()
    return SITE + (rel[: -len("index.html")] if rel.endswith("index.html") else rel)


def target(site: Path, url: str) -> Path | None:
    """The file a URL of the published site names, or None if it is outside the site."""
    if not url.startswith(SITE):
        return None
    rel = unquote(urlsplit(url).path)[len(urlsplit(SITE).path):]
    path = site / rel
    return path / "index.html" if rel == "" or rel.endswith("/") else path


def parsed(path: Path) -> Head:
    head = Head()
    head.feed(path.read_text(encoding="utf-8"))
    return head


def test_canonical_alternates_and_every_internal_link_point_into_the_sub_path(guide_site):
    problems = []
    for path in pages(guide_site):
        here, head = url_of(guide_site, path), parsed(path)
        if path.name != "404.html":
            if head.canonical != here:
                problems.append(f"{here}: canonical {head.canonical}")
            if head.meta.get("og:url") != here:
                problems.append(f"{here}: og:url {head.meta.get('og:url')}")
            if set(head.alternates) != {"zh", "en", "x-default"}:
                problems.append(f"{here}: hreflang {sorted(head.alternates)}")
            lang = "en" if here.startswith(SITE + "en/") else "zh"
            if head.alternates.get(lang) != here:
                problems.append(f"{here}: its own alternate is {head.alternates.get(lang)}")
            if head.alternates.get("x-default") != head.alternates.get("zh"):
                problems.append(f"{here}: x-default is not the Chinese page")
            for hreflang, href in head.alternates.items():
                found = target(guide_site, href)
                if found is None or not found.is_file():
                    problems.append(f"{here}: alternate {hreflang} {href} is not a page")
        for link in head.links:
            if link.startswith(("mailto:", "tel:", "#", "javascript:")):
                continue
            if link.startswith("/") and (path.name != "404.html"
                                         or not link.startswith(urlsplit(SITE).path)):
                # MkDocs writes 404.html's links from the site's root, as it is served at
                # any address; every other page's links are relative
                problems.append(f"{here}: root-absolute link {link}")
                continue
            absolute = urljoin(here, link)
            if urlsplit(absolute).netloc != "example.org":
                continue  # another site (GitHub, a regulator)
            found = target(guide_site, absolute.split("#")[0].split("?")[0])
            if found is None or not found.exists():
                problems.append(f"{here}: link {link} -> {absolute} names no file of the site")
    assert not problems, "\n".join(problems[:40])


def test_every_sitemap_entry_is_a_page_of_the_sub_path(guide_site):
    for prefix in ("", "en/"):
        tree = ET.parse(guide_site / prefix / "sitemap.xml")
        locs = [loc.text for loc in tree.iter("{http://www.sitemaps.org/schemas/sitemap/0.9}loc")]
        assert len(locs) > 50
        for loc in locs:
            assert loc.startswith(SITE + prefix), loc
            assert target(guide_site, loc).is_file(), loc
    robots = (guide_site / "robots.txt").read_text()
    assert f"Sitemap: {SITE}sitemap.xml" in robots and f"Sitemap: {SITE}en/sitemap.xml" in robots


def test_no_file_names_the_machine_that_built_it(guide_site):
    named = [p.relative_to(guide_site).as_posix() for p in guide_site.rglob("*")
             if p.is_file() and b"127.0.0.1" in p.read_bytes()]
    assert not named


@pytest.mark.parametrize("prefix", ["", "en/"])
def test_each_page_has_its_own_description_and_share_card(guide_site, prefix):
    seen: dict[str, str] = {}
    for path in sorted((guide_site / prefix).glob("*/*/index.html")):
        if not prefix and path.relative_to(guide_site).parts[0] == "en":
            continue
        head = parsed(path)
        description = head.meta["description"]
        assert description and head.meta["og:description"] == description
        assert head.meta["twitter:description"] == description
        assert head.meta["og:title"] and head.meta["twitter:card"] == "summary"
        assert head.meta["og:locale"] == ("en_US" if prefix else "zh_CN")
        assert description not in seen, f"{path} repeats the description of {seen.get(description)}"
        seen[description] = path.as_posix()


def allowed(kind: str) -> set[str]:
    names, todo = set(), [kind]
    while todo:
        current = todo.pop()
        names |= set(SCHEMAORG["properties"][current])
        todo += SCHEMAORG["inherits"][current]
    return names


def check_node(node, problems: list[str], where: str) -> None:
    if isinstance(node, list):
        for item in node:
            check_node(item, problems, where)
        return
    if not isinstance(node, dict):
        return
    kind = node.get("@type")
    if kind not in SCHEMAORG["inherits"]:
        problems.append(f"{where}: type {kind!r} is not in tests/data/schemaorg.yml")
        return
    for key, value in node.items():
        if key.startswith("@"):
            continue
        if key not in allowed(kind):
            problems.append(f"{where}: {kind} has no property {key!r} on schema.org")
        if key in SCHEMAORG["enumerations"] and value not in SCHEMAORG["enumerations"][key]:
            problems.append(f"{where}: {key} = {value!r}")
        check_node(value, problems, where)


@pytest.mark.parametrize("prefix", ["", "en/"])
def test_law_answer_and_case_pages_carry_json_ld_of_their_type(guide_site, prefix):
    problems = []
    for folder, kind in SCHEMAORG["page_types"].items():
        found = sorted((guide_site / prefix / folder).glob("*/index.html"))
        assert found
        for path in found:
            head, here = parsed(path), url_of(guide_site, path)
            assert len(head.jsonld) == 1, path
            data = head.jsonld[0]
            assert data["@context"] == "https://schema.org" and data["@type"] == kind
            assert data["url"] == here and data["@id"] == here
            check_node(data, problems, here)
            for part in data.get("hasPart", []):  # articles: their anchors on this page
                assert part["@id"].startswith(here + "#")
                assert part["@id"].split("#")[1] in head.ids, part["@id"]
    assert not problems, "\n".join(problems[:20])


def test_json_ld_cannot_close_its_script_element():
    from lawguide.web.jsonld import script

    text = script({"name": "</script><script>alert(1)</script> & \u2028"})
    assert "<" not in text and ">" not in text and "&" not in text and "\u2028" not in text
    assert json.loads(text)["name"] == "</script><script>alert(1)</script> & \u2028"


@pytest.mark.parametrize("kind", ["statutes", "cases", "answers", "glossary"])
def test_the_export_follows_its_schema_and_its_ids_are_the_page_anchors(guide_site, kind):
    document = json.loads((guide_site / "data" / f"{kind}.json").read_text("utf-8"))
    schema = json.loads((ROOT / "schemas" / f"export-{kind}.schema.json").read_text("utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    jsonschema.Draft202012Validator(
        schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER).validate(document)
    assert document["site"] == SITE and document["items"]
    assert (guide_site / "data" / "schemas" / f"export-{kind}.schema.json").is_file()
    anchors = []
    ids = functools.cache(lambda path: parsed(path).ids)  # a law page has many anchors
    for item in document["items"]:
        anchors += [(article["url"], article["id"]) for article in item.get("articles", [])]
        if kind == "glossary":
            anchors.append((item["url"], item["id"]))
        else:
            for url in item["url"].values():
                assert target(guide_site, url).is_file(), url
    for urls, anchor in anchors:
        for url in urls.values():
            page, _, fragment = url.partition("#")
            assert fragment == anchor
            assert anchor in ids(target(guide_site, page)), url


def test_the_cli_writes_the_same_export(guide_site, tmp_path):
    from lawguide.cli import main

    cwd = Path.cwd()
    os.chdir(ROOT)
    try:
        assert main(["export", "--out", os.fspath(tmp_path), "--site-url", SITE]) == 0
    finally:
        os.chdir(cwd)
    for kind in ("statutes", "cases", "answers", "glossary"):
        assert (tmp_path / f"{kind}.json").read_bytes() == \
            (guide_site / "data" / f"{kind}.json").read_bytes()


@pytest.mark.parametrize("prefix", ["", "en/"])
def test_an_atom_feed_per_language_linked_from_the_home_page(guide_site, prefix):
    atom = "{http://www.w3.org/2005/Atom}"
    feed = ET.parse(guide_site / prefix / "feed.xml").getroot()
    assert feed.find(f"{atom}id").text == f"{SITE}{prefix}feed.xml"
    entries = feed.findall(f"{atom}entry")
    assert entries
    dates = [entry.find(f"{atom}updated").text for entry in entries]
    assert dates == sorted(dates, reverse=True)
    for entry in entries:
        link = entry.find(f"{atom}link").get("href")
        assert link.startswith(SITE + prefix) and target(guide_site, link).is_file()
    home = (guide_site / prefix / "index.html").read_text("utf-8")
    assert 'type="application/atom+xml"' in home and 'href="feed.xml"' in home
    assert posixpath.basename(entries[0].find(f"{atom}id").text) == ""  # ids are page URLs


def test_the_offline_worker_is_versioned_by_the_build(guide_site):
    worker = (guide_site / "sw.js").read_text("utf-8")
    assert "@VERSION@" not in worker
    for prefix in ("", "en/"):
        manifest = json.loads((guide_site / prefix / "manifest.webmanifest").read_text("utf-8"))
        assert manifest["start_url"] == "./" and manifest["lang"] == (prefix[:2] or "zh")
        assert (guide_site / prefix / manifest["icons"][0]["src"]).is_file()
