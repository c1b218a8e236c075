"""Hotline numbers become tel: links in prose, and nowhere else."""

from lawguide.hotlines import Linker

LINK = Linker(["110", "12378", "12348"])


def tel(n: str) -> str:
    return f'<a class="lg-tel" href="tel:{n}">{n}</a>'


def test_numbers_in_prose_are_linked():
    assert LINK.apply("<p>立即拨打110报警，或者打12378。</p>") == \
        f"<p>立即拨打{tel('110')}报警，或者打{tel('12378')}。</p>"
    assert LINK.apply("<li>Call 12348 (legal aid) or 110.</li>") == \
        f"<li>Call {tel('12348')} (legal aid) or {tel('110')}.</li>"


def test_numbers_that_are_not_hotlines_stay():
    for text in ("<p>Article 110 of the law</p>", "<p>Arts. 110 and 12</p>", "<p>1,110 yuan</p>",
                 "<p>1103 calls</p>", "<p>21100</p>", "<p>110.5 %</p>", "<p>第110条</p>"):
        assert LINK.apply(text) == text, text


def test_links_headings_code_and_labels_stay():
    for text in ('<a href="x">110</a>', "<h2>110：公安机关</h2>", "<code>110</code>",
                 "<label>12378 国家金融监督管理总局</label>"):
        assert LINK.apply(text) == text


def test_text_is_escaped():
    assert LINK.apply("<p>&lt;b&gt; 110</p>") == f"<p>&lt;b&gt; {tel('110')}</p>"
