"""The tool pages as Markdown: complete without JavaScript, links MkDocs can check."""

from __future__ import annotations

import json
import re
from html import unescape

import pytest
import yaml

from conftest import ROOT, real_content
from lawguide import tools
from lawguide.model import Text
from lawguide.tools.model import Field, Letter, LettersTool, PageText
from lawguide.tools.render import letter_html, worked

LAW_LINK = re.compile(r"\]\(\.\./laws/([a-z0-9-]+)\.md#art-([0-9-]+)\)")


@pytest.fixture(scope="module")
def built():
    content, problems = real_content()
    assert not problems
    loaded = tools.load(ROOT, content)
    assert not loaded.problems
    return content, loaded.toolkit, {(p.lang, p.path): p.markdown
                                     for p in tools.pages(loaded.toolkit, content)}


def front_matter(markdown: str) -> dict:
    return yaml.safe_load(markdown.split("---\n")[1])


def test_three_pages_in_each_language_at_the_same_paths(built):
    _, _, pages = built
    assert set(pages) == {(lang, path) for lang in ("zh", "en") for path in (
        "tools/collection-check.md", "tools/interest-cost.md", "tools/letters.md")}
    for markdown in pages.values():
        meta = front_matter(markdown)
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", meta["reviewed"])
        assert meta["tool"] in ("conduct", "interest", "letters")
        assert meta["source"].startswith("data/tools/")


def test_every_article_link_targets_an_excerpted_article(built):
    content, _, pages = built
    for (lang, path), markdown in pages.items():
        links = LAW_LINK.findall(markdown)
        assert links, path
        for law_id, number in links:
            assert content.resolve(f"{law_id}/{number}"), (lang, path, law_id, number)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_checker_lists_every_situation_without_javascript(built, lang):
    _, kit, pages = built
    page = pages[(lang, "tools/collection-check.md")]
    overview = page.split("{: #table }\n")[1]
    assert "|---|" not in page  # no table: a phone never scrolls sideways
    assert overview.count("\n- [") == len(kit.conduct.items)
    for item in kit.conduct.items:
        assert f'<input type="checkbox" id="lg-tick-{item.id}" name="conduct" ' \
               f'value="{item.id}">' in page
        assert f'<label class="lg-check" for="lg-tick-{item.id}">' in page
        assert f'id="conduct-{item.id}" data-lg-item="{item.id}"' in page
        assert f"](#conduct-{item.id})" in overview
        assert item.summary[lang] in page
    guide = kit.conduct.labels["complaints_page"][lang]
    assert page.count(f"[{guide}](../guide/complaints.md)") == len(kit.conduct.items)
    assert '<form class="lg-tool-form lg-conduct-form" data-lg-tool="conduct"' in page
    assert " hidden>" in page


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_each_situation_says_whose_conduct_and_what_to_do_next(built, lang):
    _, kit, pages = built
    tool = kit.conduct
    page = pages[(lang, "tools/collection-check.md")]
    sections = dict(re.findall(r'<section class="lg-conduct" id="conduct-([a-z-]+)".*?>(.*?)'
                               r'</section>', page, re.S))
    assert set(sections) == {item.id for item in tool.items}
    for item in tool.items:
        text = sections[item.id]
        for actor in item.judges:
            assert tool.choice("actors", actor).label[lang] in text
        assert tool.labels["next_heading"][lang] in text
        for entry in item.evidence:
            assert entry[lang] in text
        for letter in item.letters:
            assert f"(letters.md#letter-{letter})" in text
        for channel in (*item.routes, *item.also):
            assert tool.choice("channels", channel).label[lang] in text
        assert "criminal-law.md#art-293-1" not in text
    # the route fits the rule: insult and defamation go to court, not to the police
    for item_id in ("insults", "doctored-images"):
        rule = next(r for r in tool.choice("items", item_id).rules if "criminal-law/246" in r.statutes)
        assert rule.routes == ("private-prosecution",)
    for item in tool.items:
        for rule in item.rules:
            if any(ref.startswith("public-security-2025/") for ref in rule.statutes):
                assert "110" in rule.routes, (item.id, rule.statutes)
    assert "(tel:110)" in sections["violence-detention"]
    assert "(../guide/complaints.md#route-private-prosecution)" in sections["insults"]


def test_the_checker_reports_the_most_serious_level(built):
    _, kit, _ = built
    item = next(i for i in kit.conduct.items if i.id == "violence-detention")
    assert kit.conduct.worst(item).id == "criminal"
    item = next(i for i in kit.conduct.items if i.id == "employer")
    assert kit.conduct.worst(item).id == "administrative"


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_interest_page_shows_formula_lpr_and_worked_examples(built, lang):
    _, kit, pages = built
    page = pages[(lang, "tools/interest-cost.md")]
    interest = kit.interest
    latest = interest.lpr.latest
    assert "A = P/(1+r) + P/(1+r)^2 + … + P/(1+r)^n" in page
    assert f"{latest.date.isoformat()} | {latest.rate:.2f}% | {latest.rate * 4:.2f}% |" in page
    assert f'value="{latest.rate:.2f}"' in page  # the form starts from the latest figure
    assert interest.labels["text_not_included"][lang] in page
    assert page.count(interest.labels["text_not_included"][lang]) == len(
        [r for r in interest.references if not r.statutes])
    for example in interest.examples:
        assert f"| {worked(interest, example).apr * 100:,.2f}% |" in page
    assert "82.38%" in page  # 8,000 received, 12 x 1,000: the first example
    config = json.loads(unescape(re.search(r'data-lg-config="([^"]*)"', page).group(1)))
    assert config["history"][-1] == {"date": latest.date.isoformat(), "rate": latest.rate}
    assert config["lenders"]["private"]["line"] == "applies"
    assert config["lenders"]["licensed"]["line"] == "does-not-apply"


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_every_letter_is_printable_with_blanks_without_javascript(built, lang):
    _, kit, pages = built
    page = pages[(lang, "tools/letters.md")]
    for letter in kit.letters.letters:
        paper = re.search(rf'<div class="lg-paper" id="lg-paper-{letter.id}"[^>]*>(.*?)</div>',
                          page).group(1)
        slots = re.findall(r'data-lg-slot="([a-z_]+)"', paper)
        assert set(slots) == set(letter.fields)
        assert "\n" not in paper  # one line: Markdown cannot split the block
        assert "{" not in re.sub(r"<[^>]+>", "", paper)
        for name in letter.fields:
            assert f'id="lg-{letter.id}-{name}" name="{name}"' in page


def test_letter_text_is_escaped_and_slots_carry_the_field_label():
    tool = LettersTool(
        source="x", reviewed=None, page=PageText(Text("t", "t"), Text("i", "i")),
        labels={"blank": Text("＿", "__")},
        fields={"name": Field("name", Text("姓名", 'Name "in full"'), None, "text")},
        letters=())
    letter = Letter(id="a", title=Text("t", "t"), purpose=Text("p", "p"), use=Text("u", "u"),
                    avoid=Text("a", "a"), fields=("name",), statutes=(), see_also=(),
                    body=Text("致 {name}", "To: A & B {name}\n\nYours"))
    assert letter_html(tool, letter, "en") == (
        'To: A &amp; B <span class="lg-slot lg-slot--empty" data-lg-slot="name" '
        'title="Name &quot;in full&quot;">__</span>&#10;&#10;Yours')
