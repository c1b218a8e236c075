"""The Markdown extension: citations, glossary terms and hotlines linked in one walk, then
the page sanitised. Driven through Python-Markdown itself, as MkDocs drives it."""

import dataclasses
import logging

import markdown

from conftest import real_content
from lawguide.citations import Catalogue
from lawguide.extension import LawLinks
from lawguide.model import Glossary, Term, Text
from lawguide.prose import Prose

CONTENT, _ = real_content()
TERMS = Glossary(None, (
    Term(Text("逾期", "Overdue"), Text("没按时还。", "Not paid on time."), ("逾期还款",), ("arrears",),
         "overdue"),
    Term(Text("催收", "Debt collection"), Text('催人还钱 "><script>alert(1)</script>',
                                              "Chasing a debt."), (), (), "debt-collection"),
))
WITH_TERMS = dataclasses.replace(CONTENT, glossary=TERMS)


def render(text: str, lang: str = "zh", content=WITH_TERMS) -> str:
    prose = Prose(content, Catalogue.from_content(content), lang)
    extensions = ["attr_list", "toc", "md_in_html", LawLinks(prose=lambda: prose, lang=lang)]
    return markdown.Markdown(extensions=extensions).convert(text)


def cite(href: str, ref: str, text: str, title_start: str, html: str) -> bool:
    start = f'<a class="lg-cite" data-lg-ref="{ref}" href="{href}" title="{title_start}'
    return start in html and html.split(start, 1)[1].split(">", 1)[1].startswith(f"{text}</a>")


def test_citations_are_linked_in_prose_not_in_code_links_or_code_blocks():
    html = render("依照《民法典》第1032条，见`民法典第1033条`和[民法典第1024条](x.md)。\n\n"
                  "    刑法第238条\n")
    assert cite("/laws/civil-code.md#art-1032", "civil-code/1032", "《民法典》第1032条",
                "《民法典》第一千零三十二条: ", html)
    assert html.count("lg-cite") == 1
    assert "<code>民法典第1033条</code>" in html and '<a href="x.md">民法典第1024条</a>' in html
    assert "<pre><code>刑法第238条\n</code></pre>" in html


def test_a_citation_without_the_article_character_is_linked_as_it_is_counted():
    # The graph counts 民法典1032 (find() reads Arabic digits after a law name); so must links.
    assert cite("/laws/civil-code.md#art-1032", "civil-code/1032", "民法典1032",
                "《民法典》第一千零三十二条", render("见民法典1032。"))


def test_paragraph_citations_link_to_the_paragraph_and_headings_keep_citations_only():
    html = render("## 民法典第1032条第二款与逾期\n\n逾期了。")
    assert 'href="/laws/civil-code.md#art-1032-p2"' in html
    assert html.count("lg-term") == 1 and "<p><a class=\"lg-term\"" in html  # not in the h2


def test_first_use_of_each_term_only_and_never_inside_code_or_links():
    html = render("贷款逾期还款后，`逾期`又逾期了，催收来了。\n\n[催收](x.md)，催收。")
    assert html.count('class="lg-term"') == 2
    assert '<a class="lg-term" href="/glossary/index.md#overdue" title="逾期: 没按时还。">逾期还款</a>' \
        in html
    assert "<code>逾期</code>又逾期了" in html and '<a href="x.md">催收</a>，催收。' in html


def test_definitions_are_attribute_text_never_markup():
    html = render("催收来了。")
    assert "<script" not in html
    assert 'title="催收: 催人还钱 &quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"' in html


def test_english_terms_match_whole_words_in_any_case():
    html = render("Overdues? No: the ARREARS grew.", "en")
    assert html == ('<p>Overdues? No: the <a class="lg-term" href="/glossary/index.md#overdue" '
                    'title="Overdue: Not paid on time.">ARREARS</a> grew.</p>')


def test_hotline_numbers_in_prose_are_tel_links_and_figures_are_not():
    html = render("立即拨打110报警，或者打12378。")
    assert html == ('<p>立即拨打<a class="lg-tel" href="tel:110">110</a>报警，或者打'
                    '<a class="lg-tel" href="tel:12378">12378</a>。</p>')
    for text in ("Article 110 of the law", "Arts. 110 and 12", "1,110 yuan", "1103 calls",
                 "21100", "110.5 %", "第110条", "`110`", "[110](x.md)", "## 110：公安机关"):
        assert "lg-tel" not in render(text, "en"), text


def test_a_law_page_names_itself_on_its_heading_and_the_mark_is_removed():
    page = "# 刑法 {: data-lg-law=\"criminal-law\" }\n\n依照本法第二百九十三条之一的规定。"
    html = render(page)
    assert 'href="#art-293-1"' in html and "data-lg-law" not in html
    assert "lg-cite" not in render("# 别的页面\n\n依照本法第二百九十三条之一的规定。")


def test_the_glossary_page_links_no_terms():
    assert "lg-term" not in render("# 术语表 {: data-lg-terms=\"off\" }\n\n逾期")
    assert "lg-term" in render("# 问答\n\n逾期")


def test_the_page_is_sanitised_last_and_what_is_removed_is_a_warning(caplog):
    with caplog.at_level(logging.WARNING, "mkdocs.plugins.lawguide"):
        html = render('<div onclick="x()">110</div>\n\n<script>alert(1)</script>\n')
    assert "onclick" not in html and "<script" not in html
    assert "the HTML sanitiser removed" in caplog.text


def test_theme_strings_get_tel_links_as_escaped_html():
    numbers = Prose(CONTENT, Catalogue.from_content(CONTENT), "zh").numbers
    assert numbers.html("<b> 打110") == '&lt;b&gt; 打<a class="lg-tel" href="tel:110">110</a>'
