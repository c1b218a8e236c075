"""Letters to print in Chromium: fill the form, read the letter, print only that letter,
and check that nothing typed leaves the page or is stored."""

from __future__ import annotations

import datetime as dt
from urllib.parse import unquote

import pytest
import yaml

from conftest import ROOT

pytestmark = pytest.mark.browser
DATA = yaml.safe_load((ROOT / "data" / "tools" / "letters.yml").read_text(encoding="utf-8"))
LETTERS = {letter["id"]: letter for letter in DATA["letters"]}
PREFIX = {"zh": "", "en": "en/"}
FILLED = {
    "zh": {"lender": "某某消费金融有限公司", "name": "张三", "contract_no": "LN-2026-0042",
           "what_happened": "11月3日22:40起，对方先后给我母亲和同事打电话。",
           "quiet_hours": "晚上9点到早上8点", "contact": "电话 138 0000 0000"},
    "en": {"lender": "Example Consumer Finance Co.", "name": "Zhang San",
           "contract_no": "LN-2026-0042",
           "what_happened": "From 22:40 on 3 November they called my mother and a colleague.",
           "quiet_hours": "9 p.m. and 8 a.m.", "contact": "phone 138 0000 0000"},
}


def expected_letter(lang: str, values: dict[str, str]) -> str:
    body = LETTERS["stop-contact"]["body"][lang].strip("\n")
    for name, value in values.items():
        body = body.replace("{" + name + "}", value)
    signature = DATA["labels"]["signature"][lang] + ("：" if lang == "zh" else ": ")
    return body + "\n\n" + signature + "_" * 20  # the line to sign by hand


def today(lang: str) -> str:
    day = dt.date.today()
    return f"{day.year}年{day.month}月{day.day}日" if lang == "zh" else \
        f"{day.day} {day.strftime('%B')} {day.year}"


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_a_filled_letter_prints_alone_with_what_was_typed(fresh_page, site_url, lang):
    page = fresh_page  # it listens to requests and emulates print
    requests = []
    page.goto(f"{site_url}{PREFIX[lang]}tools/letters/", wait_until="networkidle")
    page.on("request", lambda request: requests.append(request))
    paper = page.locator("#lg-paper-stop-contact")
    blank = DATA["labels"]["blank"][lang]
    assert paper.inner_text().count(blank) >= len(LETTERS["stop-contact"]["fields"]) - 1

    for name, value in FILLED[lang].items():
        page.fill(f"#lg-stop-contact-{name}", value)
    assert paper.inner_text() == expected_letter(lang, {**FILLED[lang], "date": today(lang)})

    page.evaluate("() => { window.__printed = 0; window.print = () => { window.__printed++; }; }")
    page.click("#letter-stop-contact [data-lg-print]")
    assert page.evaluate("window.__printed") == 1
    page.emulate_media(media="print")
    assert paper.is_visible()
    assert paper.inner_text() == expected_letter(lang, {**FILLED[lang], "date": today(lang)})
    decorations = page.eval_on_selector_all(
        "#lg-paper-stop-contact a", "els => els.map(e => getComputedStyle(e).textDecorationLine)")
    assert decorations and set(decorations) == {"none"}  # cited articles print as plain text
    for other in LETTERS:
        if other != "stop-contact":
            assert not page.locator(f"#lg-paper-{other}").is_visible()
    for hidden in ("form[data-lg-letter-form='stop-contact']", "h1", ".lg-notice",
                   "#letter-stop-contact .admonition", "#letter-stop-contact > h2"):
        assert not page.locator(hidden).first.is_visible(), hidden

    for request in requests:  # typing and printing sent nothing anywhere
        assert request.method == "GET" and request.post_data is None, request.url
        assert not any(value in unquote(request.url) for value in FILLED[lang].values())
    stored = page.evaluate("() => JSON.stringify([Object.entries(localStorage), "
                           "Object.entries(sessionStorage), document.cookie])")
    for value in FILLED[lang].values():
        assert value not in stored


def test_an_empty_field_stays_a_blank_to_fill_by_hand(page, site_url):
    page.goto(f"{site_url}tools/letters/")
    page.fill("#lg-complaint-name", "李四")
    paper = page.locator("#lg-paper-complaint")
    assert "投诉人：李四，联系电话：________" in paper.inner_text()
    page.fill("#lg-complaint-name", "")
    assert "投诉人：________，" in paper.inner_text()


def test_without_javascript_the_letters_print_with_blanks(no_javascript, site_url):
    page = no_javascript
    page.goto(f"{site_url}en/tools/letters/")
    for letter in LETTERS:
        assert page.locator(f"#lg-paper-{letter}").is_visible()
        assert not page.locator(f"form[data-lg-letter-form='{letter}']").is_visible()
    assert "To: ________" in page.locator("#lg-paper-itemised-statement").inner_text()
