from pathlib import Path

from lawguide import loader
from lawguide.glossary import Highlighter
from lawguide.model import Glossary, Term, Text

TERMS = Glossary(None, (
    Term(Text("逾期", "Overdue"), Text("没按时还。", "Not paid on time."), ("逾期还款",), ("arrears",),
         "overdue"),
    Term(Text("催收", "Debt collection"), Text("催人还钱。", "Chasing a debt."), (), (),
         "debt-collection"),
))


def test_first_use_of_each_term_is_linked_outside_code_links_and_headings():
    html = ("<h2>逾期</h2><p>贷款逾期还款后，<code>逾期</code>又逾期了，催收来了。</p>"
            '<p><a href="x">催收</a>，催收。</p>')
    out = Highlighter(TERMS, "zh").apply(html, lambda t: f"g/#{t.slug}")
    assert out == (
        '<h2>逾期</h2><p>贷款<a class="lg-term" href="g/#overdue" title="逾期: 没按时还。">逾期还款</a>'
        '后，<code>逾期</code>又逾期了，<a class="lg-term" href="g/#debt-collection" '
        'title="催收: 催人还钱。">催收</a>来了。</p><p><a href="x">催收</a>，催收。</p>')


def test_english_terms_match_whole_words_in_any_case():
    out = Highlighter(TERMS, "en").apply("<p>Overdues? No: the ARREARS grew.</p>",
                                         lambda t: t.slug)
    assert out == ('<p>Overdues? No: the <a class="lg-term" href="overdue" '
                   'title="Overdue: Not paid on time.">ARREARS</a> grew.</p>')


def test_duplicate_term_is_reported(mini):
    glossary = Path(__file__).resolve().parents[1] / "data" / "glossary.yml"
    text = glossary.read_text(encoding="utf-8")
    (mini / "data" / "glossary.yml").unlink()
    first = text.split("\n  - term:")[1]
    (mini / "data" / "glossary.yml").write_text(text + "\n  - term:" + first, encoding="utf-8")
    problems = [str(p) for p in loader.load(mini)[1]]
    count = text.count("\n  - term:")
    assert problems == [f"data/glossary.yml:{text.count(chr(10)) + 2}: field "
                        f"'terms[{count}].term.en': the term is already defined at line 7"]
