"""A citation-heavy paragraph, written without looking at the engine, links correctly
(on the variant site: tests/variant.py); an unresolved citation fails a strict build."""

import re

import pytest

from conftest import UNRESOLVED_PAGE, copy_project, mkdocs_build

pytestmark = pytest.mark.site


def test_fresh_paragraph_links_in_both_languages(variant_site):
    """variant.add_citation_page wrote the page (variant.CITE_ZH, CITE_EN) before the
    variant site's --strict build, which fails on any warning."""
    project = variant_site.project
    zh = (project / "site" / "cite-test" / "index.html").read_text(encoding="utf-8")
    en = (project / "site" / "en" / "cite-test" / "index.html").read_text(encoding="utf-8")

    def refs(html):
        return [(href, ref, text) for ref, href, text in
                re.findall(r'data-lg-ref="([^"]+)" href="([^"]+)"[^>]*>([^<]+)<', html)]

    assert [(r, t) for _, r, t in refs(zh)] == [
        ("civil-code/1033", "《民法典》第一千零三十三条第（一）项"),
        ("public-security-2025/50", "《治安管理处罚法》第五十条第一款第（五）项"),
        ("civil-code/1032", "民法典第1032条"),
        ("civil-code/1024", "第1024条"),
        ("criminal-law/293-1", "刑法第二百九十三条之一"),
        ("civil-code/674", "《民法典》第六百七十四条"),
        ("civil-code/676", "第六百七十六条"),
        ("public-security-2012/42", "2012年《治安管理处罚法》第四十二条"),
    ]
    assert ("../laws/public-security-2025/#art-50-p1", "public-security-2025/50",
            "《治安管理处罚法》第五十条第一款第（五）项") in refs(zh)
    assert [(r, t) for _, r, t in refs(en)] == [
        ("civil-code/1033", "Article 1033 of\nthe Civil Code"),
        ("public-security-2025/50", "Article 50(1)(5) of the Public Security Administration\n"
                                    "Punishments Law"),
        ("civil-code/1032", "Civil Code Articles\n1032"),
        ("civil-code/1024", "1024"),
        ("criminal-law/293-1", "Criminal\nLaw Article 293-1"),
        ("civil-code/674", "Arts. 674"),
        ("civil-code/676", "676"),
        ("pipl/13", "PIPL Art. 13"),
    ]
    assert all(h.startswith("../laws/") for h, _, _ in refs(en))
    # the new page is cited by: it shows under the articles it cites, in its language
    law = (project / "site" / "en" / "laws" / "civil-code" / "index.html").read_text(encoding="utf-8")
    assert "Citation test" in law.split('id="art-1033"', 1)[1].split('id="art-1034"', 1)[0]


def test_unresolved_citation_fails_strict_build_with_file_and_line(tmp_path):
    project = copy_project(tmp_path / "p")
    for lang in ("zh", "en"):
        (project / "docs" / lang / "bad.md").write_text(UNRESOLVED_PAGE, encoding="utf-8")
    strict = mkdocs_build(project, "--strict")
    assert strict.returncode != 0
    # strict stops before rendering anything, with every unresolved citation, as validate
    assert ("content problems, the site was not built:\n"
            "docs/en/bad.md:6: citation '《民法典》第9999条': unknown article 'civil-code/9999'"
            ) in strict.stdout  # MkDocs prints an Abort there
    assert "docs/zh/bad.md:6: citation '《民法典》第9999条'" in strict.stdout
    assert not (project / "site").exists()
    assert not (project / "docs" / "zh" / "cases").exists()  # nothing was rendered
    # Not strict, it is a warning and the site is built: test_serve.py checks that.
