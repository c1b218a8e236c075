"""The tools in the built site (mkdocs build --strict): in the nav, on the home pages,
loading their own script, and listed under "cited by" on the articles they cite."""

from __future__ import annotations

import pytest
from test_site import page, parse

pytestmark = pytest.mark.site
TOOLS = {"tools/collection-check/": "conduct", "tools/interest-cost/": "interest",
         "tools/letters/": "letters"}


@pytest.mark.parametrize("prefix", ["", "en"])
def test_tool_pages_are_in_the_nav_and_linked_from_the_home_page(built_site, prefix):
    home = parse(page(built_site, prefix, ""))
    for url, script in TOOLS.items():
        html = page(built_site, prefix, url).read_text(encoding="utf-8")
        assert f'src="../../assets/tools/{script}.js"' in html
        assert 'href="../../assets/tools/tools.css"' in html
        assert url in home.hrefs
        others = {f"../{other.split('/')[1]}/" for other in TOOLS if other != url}
        assert others <= set(parse(page(built_site, prefix, url)).hrefs)  # the Tools section
    assert 'href="../../tools/collection-check/"' in page(  # the nav on any page leads there
        built_site, prefix, "guide/complaints/").read_text(encoding="utf-8")
    assert (built_site / prefix / "assets" / "tools" / "interest.js").is_file()


def test_other_pages_do_not_load_the_tool_scripts(built_site):
    html = page(built_site, "", "guide/debtor/").read_text(encoding="utf-8")
    # named only in the offline list (data-keep), which the service worker fetches later
    assert 'src="../../assets/tools/' not in html
    assert 'href="../../assets/tools/' not in html


@pytest.mark.parametrize("prefix", ["", "en"])
def test_articles_cited_by_the_tools_list_them(built_site, prefix):
    hrefs = parse(page(built_site, prefix, "laws/private-lending-interpretation/")).hrefs
    assert "../../tools/interest-cost/" in hrefs
    hrefs = parse(page(built_site, prefix, "laws/criminal-law/")).hrefs
    assert "../../tools/collection-check/" in hrefs


def test_the_tool_links_to_articles_reach_their_anchors(built_site):
    ids: dict = {}  # each law page's anchors, parsed once (the tools link many articles)
    for prefix in ("", "en"):
        for url in TOOLS:
            links = parse(page(built_site, prefix, url))
            laws = [h for h in links.hrefs if h.startswith("../../laws/") and "#art-" in h]
            assert laws, url
            for href in laws:
                path, anchor = href.split("#")
                target = (page(built_site, prefix, url).parent / path / "index.html").resolve()
                if target not in ids:
                    ids[target] = parse(target).ids
                assert anchor in ids[target], (url, href)
