"""The reader's path on a phone (issue 13), in Chromium at 390x844 with touch and at 1280x900,
in both languages: no sideways scrolling, targets big enough to tap, tappable hotlines, one
citation preview, a language switch that keeps the place, letters that copy, share and print
on one page, signposting, helpful dead ends, and the four-tap path from the home page to help.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

import pytest

from .conftest import DEVICES, shared

pytestmark = pytest.mark.browser

PREFIX = {"zh": "", "en": "en/"}
LANGS = ["zh", "en"]
HOTLINES = ("110", "12378", "12363", "12321", "12345", "12348")

# One page of every kind. (The conduct checker's layout and targets are tested with its
# own rework, tests/browser/test_tools_conduct.py.)
PAGES = ["", "guide/debtor/", "guide/complaints/", "cases/", "cases/by/tag-threats/",
         "cases/xiao-wang/", "faq/",
         "faq/collectors-call-family/", "laws/", "laws/civil-code/", "glossary/",
         "tools/interest-cost/", "tools/letters/", "about/", "404.html"]


@pytest.fixture(params=["phone", "desktop"], scope="module")
def size(request):
    return request.param


@pytest.fixture
def tab(warm_tab, size):
    """The shared tab of this size (conftest.warm_tab)."""
    yield from shared(warm_tab(size))


OVERFLOW = "() => document.documentElement.scrollWidth - document.documentElement.clientWidth"

# Links and controls that stand alone (not a link inside a sentence, which WCAG 2.5.8
# exempts): every one at least 24x24 CSS px.
SMALL_TARGETS = """() => {
  const out = [];
  const visible = el => { const r = el.getBoundingClientRect(); const s = getComputedStyle(el);
    return r.width > 0 && r.height > 0 && s.visibility !== "hidden"; };
  const inSentence = el => {
    const block = el.closest("p, li, td, th, dd, dt, .admonition-title, figcaption, .lg-paper");
    return block && block.textContent.trim() !== el.textContent.trim();
  };
  document.querySelectorAll(".md-content a[href], .md-content button, .md-content input, " +
                            ".md-content select, .md-content textarea, .md-content summary")
    .forEach(el => {
      // headerlinks show on hover only; a door's target is its whole card (tested below)
      if (!visible(el) || el.matches(".headerlink, .lg-door__link")) return;
      if (el.tagName === "A" && inSentence(el)) return;
      const target = el.tagName === "INPUT" && el.closest("label, .lg-check") ? el.closest("label, .lg-check") : el;
      const r = target.getBoundingClientRect();
      if (r.width < 24 || r.height < 24) out.push(`${el.tagName} ${el.textContent.trim().slice(0, 30)} ${Math.round(r.width)}x${Math.round(r.height)}`);
    });
  return out;
}"""

# Text that shows a hotline number but is not a tel: link (outside links, headings, labels,
# code and form controls).
BARE_NUMBERS = """(numbers) => {
  const re = new RegExp("(?<![0-9A-Za-z.,:/#-])(" + numbers.join("|") + ")(?![0-9])", "g");
  const out = [];
  const walker = document.createTreeWalker(document.querySelector(".md-content"), NodeFilter.SHOW_TEXT);
  // .md-content holds the page and the legal notice under it
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.parentElement.closest("a, h1, h2, h3, h4, h5, h6, label, code, pre, script, button, option, .lg-paper, [hidden]")) continue;
    const text = node.textContent;
    for (const m of text.matchAll(re)) {
      const before = text.slice(Math.max(0, m.index - 10), m.index);
      if (/(Articles?|Arts?\\.|第)\\s*$/.test(before)) continue;
      out.push(text.slice(Math.max(0, m.index - 15), m.index + 10));
    }
  }
  return out;
}"""


# What the read-only checks below take from a page, in one script: four tests read the same
# 19 pages in each window and language, and a page load costs Chromium about 0.2 s of CPU.
READ = """(numbers) => {
  const line = document.querySelector(".admonition.danger, .lg-emergency");
  const shown = el => { const r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== "hidden"; };
  return {
    overflow: (OVERFLOW)(),
    small: (SMALL_TARGETS)(),
    bare: (BARE_NUMBERS)(numbers),
    tel: [...document.querySelectorAll("a.lg-tel")].slice(0, 20)
      .map(a => [a.getAttribute("href"), a.innerText.trim()]),
    emergency: line && {shown: shown(line), calls: line.querySelectorAll('a[href="tel:110"]').length},
    crumbs: [...document.querySelectorAll("nav.lg-crumbs a")].map(a => a.href),
    current: document.querySelectorAll('nav.lg-crumbs [aria-current="page"]').length,
  };
}""".replace("OVERFLOW", OVERFLOW).replace("SMALL_TARGETS", SMALL_TARGETS) \
    .replace("BARE_NUMBERS", BARE_NUMBERS)


@pytest.fixture(scope="module")
def reading(warm_tab, site_url):
    """``reading(size, path)``: what ``READ`` finds on the page at ``path`` of the site in the
    window ``size``, the page opened once (in the shared tab) for every test that reads it."""
    seen: dict[tuple[str, str], dict] = {}

    def read(size: str, path: str) -> dict:
        if (size, path) not in seen:
            for tab in shared(warm_tab(size)):
                tab.goto(site_url + path)
                seen[size, path] = tab.evaluate(READ, list(HOTLINES))
        return seen[size, path]

    return read


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("path", PAGES)
def test_page_fits_and_its_targets_are_big_enough(reading, size, lang, path):
    seen = reading(size, PREFIX[lang] + path)
    assert seen["overflow"] <= 0
    assert seen["small"] == []


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("path", ["", "guide/complaints/", "faq/collectors-call-family/",
                                  "faq/where-to-complain/", "cases/xiao-wang/",
                                  "tools/collection-check/", "glossary/", "about/"])
def test_every_hotline_mention_is_a_tel_link(reading, size, lang, path):
    seen = reading(size, PREFIX[lang] + path)
    assert seen["bare"] == []
    for href, text in seen["tel"]:
        assert href == "tel:" + text


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("path", ["", "faq/threats-of-arrest/", "faq/can-they-visit-my-home/",
                                  "cases/home-visit-paint/", "404.html"])
def test_home_and_pages_about_threats_say_call_110(reading, size, lang, path):
    line = reading(size, PREFIX[lang] + path)["emergency"]
    assert line is not None and line["shown"]
    assert line["calls"] >= 1


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("path, entries", [("tools/interest-cost/", [
    ("#lg-received", "10000"), ("#lg-instalment", "1000"), ("#lg-count", "12")])])
def test_interest_result_reflows_on_a_phone(browser, site_url, lang, path, entries):
    for width in (320, 390):
        ctx = browser.new_context(viewport={"width": width, "height": 844}, has_touch=True,
                                  is_mobile=True)
        page = ctx.new_page()
        try:
            page.goto(f"{site_url}{PREFIX[lang]}{path}")
            for selector, value in entries:
                page.fill(selector, value)
            result = page.locator("#lg-rate-result")
            result.wait_for(state="visible")
            assert page.evaluate(OVERFLOW) <= 0, width
            clipped = page.eval_on_selector_all(
                "#lg-rate-result dd, #lg-rate-result p",
                "els => els.filter(e => e.scrollWidth > e.clientWidth + 1 || "
                "e.getBoundingClientRect().right > document.documentElement.clientWidth)"
                ".map(e => e.textContent)")
            assert clipped == [], (width, clipped)
        finally:
            ctx.close()


@pytest.mark.parametrize("lang", LANGS)
def test_short_answer_is_the_most_prominent_text_after_the_title(tab, site_url, lang, size):
    tab.goto(f"{site_url}{PREFIX[lang]}faq/collectors-call-family/")
    sizes = tab.evaluate("""() => {
      const px = el => parseFloat(getComputedStyle(el).fontSize);
      const body = document.querySelector("#what-to-do ~ p, .md-typeset > p:not(.lg-source)");
      const short = document.querySelector(".admonition.lg-short > p:not(.admonition-title)");
      return {short: px(short), body: px(body), h2: px(document.querySelector("h2")),
              width: short.getBoundingClientRect().width,
              text: [...document.querySelectorAll(".md-typeset > p")].map(
                p => p.getBoundingClientRect().width / px(p))};
    }""")
    assert sizes["short"] > sizes["body"]
    # Readable lines: at most about 40 Chinese characters (one em each) or 80 Latin letters
    # (about half an em each) a line.
    assert max(sizes["text"]) <= 40


def visible_previews(page) -> int:
    return page.evaluate("""() => [...document.querySelectorAll(
      ".lg-cite-panel, .md-tooltip, .md-tooltip2, [role=tooltip]")].filter(el => {
        const r = el.getBoundingClientRect(), s = getComputedStyle(el);
        return r.width > 0 && r.height > 0 && s.visibility !== "hidden" && s.opacity !== "0";
      }).length""")


@pytest.mark.parametrize("lang", LANGS)
def test_one_citation_preview_over_the_text_closed_by_tap_outside_or_escape(
        tab, site_url, lang, size):
    tab.goto(f"{site_url}{PREFIX[lang]}cases/xiao-wang/")
    cite = tab.locator('a.lg-cite[data-lg-ref="civil-code/1032"]').first
    cite.scroll_into_view_if_needed()
    headings = "() => [...document.querySelectorAll('h2')].map(h => h.getBoundingClientRect().top + scrollY)"
    before = tab.evaluate(headings)
    if size == "phone":
        cite.tap()
    else:
        cite.hover()
    panel = tab.locator(".lg-cite-panel")
    panel.wait_for(state="visible")
    assert visible_previews(tab) == 1
    assert tab.evaluate(headings) == before  # the preview overlays: nothing moved
    assert cite.get_attribute("title") is None  # no second (browser) tooltip
    text = panel.locator(".lg-cite-text").inner_text()
    assert ("自然人享有隐私权" if lang == "zh" else "Natural persons") in text
    assert tab.url.endswith("cases/xiao-wang/")
    tab.keyboard.press("Escape")
    assert panel.count() == 0
    if size == "phone":
        cite.tap()
        panel.wait_for(state="visible")
        tab.locator("h1").tap()  # a tap outside closes it
        assert panel.count() == 0
        cite.tap()
        cite.tap()  # the second tap follows the link
        tab.wait_for_url("**/laws/civil-code/#art-1032")


def test_a_tap_the_phone_is_slow_to_answer_still_shows_the_preview(phone, site_url):
    """A phone busy with something else (a page still loading, a cheap phone) can take a
    second or more between the finger's touch and the link's focus. The tap must still
    show the preview and stay on the page: the click that ends it is the first tap."""
    phone.goto(f"{site_url}cases/xiao-wang/")
    cite = phone.locator('a.lg-cite[data-lg-ref="civil-code/1032"]').first
    cite.scroll_into_view_if_needed()
    # The link's own listener runs after the page's (on the document, capturing) and keeps
    # the page busy for 1.2 s, as a busy phone would, before the focus and the click. (Once:
    # the second tap is an ordinary one.)
    cite.evaluate("a => a.addEventListener('pointerdown', () => {"
                  " const end = Date.now() + 1200; while (Date.now() < end); }, {once: true})")
    cite.tap()
    panel = phone.locator(".lg-cite-panel")
    assert "自然人享有隐私权" in panel.locator(".lg-cite-text").inner_text(timeout=5000)
    assert phone.url.endswith("cases/xiao-wang/")
    cite.tap()  # the second tap follows the link
    phone.wait_for_url("**/laws/civil-code/#art-1032")


def test_a_tapped_preview_stays_open_when_the_page_moves_under_the_finger(browser, site_url):
    """After a tap the browser keeps a mouse where the finger was, and when the page moves
    under it (Material's header sliding in over a link scrolled to the top) it sends the
    link a mouseout: that must not close the preview as a mouse leaving it does. (The
    page's clock is Playwright's, so the close timer's 300 ms pass at once.)"""
    context = browser.new_context(**DEVICES["phone"])
    try:
        tab = context.new_page()
        tab.clock.install()
        tab.goto(f"{site_url}cases/xiao-wang/")
        cite = tab.locator('a.lg-cite[data-lg-ref="civil-code/1032"]').first
        cite.tap()
        panel = tab.locator(".lg-cite-panel")
        panel.wait_for(state="visible")
        cite.dispatch_event("mouseout")
        tab.clock.run_for(2000)
        assert panel.count() == 1
        tab.locator("h1").tap()  # a tap outside still closes it
        assert panel.count() == 0
    finally:
        context.close()


@pytest.mark.parametrize("lang", LANGS)
def test_citation_preview_is_reachable_by_keyboard(page, site_url, lang):
    page.goto(f"{site_url}{PREFIX[lang]}cases/xiao-wang/")
    cite = page.locator('a.lg-cite[data-lg-ref="civil-code/1032"]').first
    cite.focus()
    panel = page.locator(".lg-cite-panel")
    panel.wait_for(state="visible")
    described = cite.get_attribute("aria-describedby")
    assert described and page.locator(f"#{described}").inner_text().strip()
    page.keyboard.press("Tab")
    assert page.evaluate("() => !!document.activeElement.closest('.lg-cite-panel')")
    page.keyboard.press("Escape")
    assert panel.count() == 0
    assert page.evaluate("() => document.activeElement.matches('a.lg-cite')")


def test_preview_text_is_never_parsed_as_html(page, site_url):
    page.goto(f"{site_url}cases/xiao-wang/")
    page.evaluate("""() => { const a = document.querySelector("a.lg-cite");
      a.setAttribute("data-lg-tip", '<img src=x onerror="window.__pwned=1">'); a.focus(); }""")
    page.locator(".lg-cite-panel").wait_for(state="visible")
    assert page.locator(".lg-cite-panel img").count() == 0
    assert page.evaluate("window.__pwned") is None
    assert "<img" in page.locator(".lg-cite-text").inner_text()


@pytest.mark.parametrize("start, lands", [
    ("en/laws/civil-code/#art-1032", "laws/civil-code/#art-1032"),
    ("laws/criminal-law/#art-293-1", "en/laws/criminal-law/#art-293-1"),
])
def test_language_switch_keeps_the_place(tab, site_url, start, lands, size):
    tab.goto(site_url + start)
    link = tab.locator("nav.lg-langs a.lg-alternate")
    box = link.bounding_box()
    assert box["width"] >= 44 and box["height"] >= 44
    pencil = tab.locator(".md-content__button").first.bounding_box()
    if pencil:  # a real target of its own, away from the edit pencil
        gap = max(pencil["y"] - (box["y"] + box["height"]), box["y"] - (pencil["y"] + pencil["height"]),
                  pencil["x"] - (box["x"] + box["width"]), box["x"] - (pencil["x"] + pencil["width"]))
        assert gap >= 8
    if size == "phone":
        link.tap()
    else:
        link.click()
    tab.wait_for_url(site_url + lands)
    anchor = lands.split("#")[1]
    # The page scrolled to the article (as far as the page can scroll).
    tab.wait_for_function("id => { const top = document.getElementById(id)"
                          ".getBoundingClientRect().top; return scrollY > 0 && top >= -5 "
                          "&& top < innerHeight - 40; }", arg=anchor)


def origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


@pytest.fixture
def letters_tab(browser, site_url, size):
    ctx = browser.new_context(**DEVICES[size])
    ctx.grant_permissions(["clipboard-read", "clipboard-write"], origin=origin(site_url))
    ctx.add_init_script("window.__shared = []; navigator.share = d => "
                        "{ window.__shared.push(d); return Promise.resolve(); };"
                        "window.print = () => {};")
    yield ctx.new_page()
    ctx.close()


@pytest.mark.parametrize("lang", LANGS)
def test_letter_copies_shares_and_prints_on_one_a4_page(letters_tab, site_url, lang, size):
    page = letters_tab
    page.goto(f"{site_url}{PREFIX[lang]}tools/letters/")
    page.fill("#lg-stop-contact-name", "Zhang San")
    section = page.locator("#letter-stop-contact")
    copy = section.locator("[data-lg-copy]")
    assert copy.inner_text().strip() == ("复制信函全文" if lang == "zh" else "Copy the text")
    for button in (copy, section.locator("[data-lg-share]"), section.locator("[data-lg-print]")):
        box = button.bounding_box()
        assert box["width"] >= 44 and box["height"] >= 44
    copy.click()
    section.locator("[data-lg-copied]").wait_for(state="visible")
    copied = page.evaluate("navigator.clipboard.readText()")
    assert "Zhang San" in copied and "___" in copied  # the letter, with its signature line
    assert copied.strip() == page.locator("#lg-paper-stop-contact").text_content().strip()
    section.locator("[data-lg-share]").click()
    shared = page.evaluate("window.__shared")
    assert len(shared) == 1 and "Zhang San" in shared[0]["text"]
    signature = "签名" if lang == "zh" else "Signature"
    for letter in ("itemised-statement", "repayment-negotiation", "stop-contact", "complaint"):
        page.locator(f"#letter-{letter} [data-lg-print]").click()
        assert signature in page.locator(f"#lg-paper-{letter}").inner_text()
        pdf = page.pdf(format="A4")
        pages = len(re.findall(rb"/Type\s*/Page[^s]", pdf))
        assert pages == 1, (letter, pages)
        page.evaluate("() => window.dispatchEvent(new Event('afterprint'))")


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("path, trail", [
    ("faq/collectors-call-family/", ["", "faq/"]),
    ("cases/xiao-wang/", ["", "cases/"]),
    ("cases/by/tag-threats/", ["", "cases/"]),
    ("laws/civil-code/", ["", "laws/"]),
    ("guide/debtor/", [""]),
    ("tools/letters/", [""]),
])
def test_every_page_shows_where_it_sits(reading, size, site_url, lang, path, trail):
    seen = reading(size, PREFIX[lang] + path)
    assert seen["crumbs"] == [f"{site_url}{PREFIX[lang]}{t}" for t in trail]
    assert seen["current"] == 1


@pytest.mark.parametrize("lang", LANGS)
def test_each_language_shows_its_own_name(tab, site_url, lang):
    tab.goto(f"{site_url}{PREFIX[lang]}faq/collectors-call-family/")
    name = tab.locator(".md-header__topic").first.inner_text().strip()
    title = tab.title()
    han = re.compile(r"[\u4e00-\u9fff]")
    if lang == "en":
        assert name == "Debt Collection Law Guide (PRC)" and not han.search(title)
    else:
        assert name == "逾期与催收法律指南" and "Debt Collection" not in title
    ellipsis = tab.locator(".md-header__topic .md-ellipsis").first
    assert ellipsis.evaluate("e => e.scrollWidth <= e.clientWidth + 1 && "
                             "e.scrollHeight <= e.clientHeight + 1")


@pytest.mark.parametrize("lang", LANGS)
def test_home_page_doors_are_whole_card_targets(tab, site_url, lang, size):
    tab.goto(f"{site_url}{PREFIX[lang]}")
    cards = tab.locator(".grid.cards li:has(a.lg-door__link)")
    assert cards.count() == 2
    for i, expected in enumerate(("guide/debtor/", "guide/collector/")):
        tab.goto(f"{site_url}{PREFIX[lang]}")
        card = tab.locator(".grid.cards li:has(a.lg-door__link)").nth(i)
        box = card.bounding_box()
        assert box["width"] >= 44 and box["height"] >= 44
        # A tap on the card's empty lower right corner opens the door.
        position = {"x": box["width"] - 6, "y": box["height"] - 6}
        if size == "phone":
            card.tap(position=position)
        else:
            card.click(position=position)
        tab.wait_for_url(f"{site_url}{PREFIX[lang]}{expected}")


@pytest.mark.parametrize("lang", LANGS)
def test_404_helps_in_its_language(tab, site_url, lang):
    response = tab.goto(f"{site_url}{PREFIX[lang]}no/such/page/")
    assert response.status == 404
    if response.status == 404 and "lg-404" not in tab.content():
        tab.goto(f"{site_url}{PREFIX[lang]}404.html")  # the test server has no 404 mapping
    heading = tab.locator("h1").inner_text()
    assert heading == ("找不到这个页面" if lang == "zh" else "Page not found")
    assert tab.locator(".lg-404-search input[type=search]").is_visible()
    hrefs = [tab.evaluate("a => a.href", a)
             for a in tab.locator(".lg-404-doors a").element_handles()]
    assert [h.split(site_url)[1] for h in hrefs] == [
        f"{PREFIX[lang]}guide/debtor/", f"{PREFIX[lang]}guide/collector/",
        f"{PREFIX[lang]}guide/complaints/"]
    assert tab.locator('a[href="tel:110"]').count() == 1
    footer = tab.locator(".md-copyright").inner_text()
    assert "Made with" not in footer
    if lang == "zh":
        assert "法律信息" in footer
    tab.fill("#lg-404-q", "花呗" if lang == "zh" else "Huabei")
    tab.locator(".lg-404-search button").click()  # opens the site's search with the query
    tab.locator(".md-search-result__item").first.wait_for(state="visible")


@pytest.mark.parametrize("lang", LANGS)
def test_footer_and_menu_are_for_readers(tab, site_url, lang):
    tab.goto(f"{site_url}{PREFIX[lang]}")
    footer = tab.locator(".md-copyright")
    assert "Made with" not in footer.inner_text()
    assert footer.locator('a[href$="contributing/"]').count() == 1
    nav = tab.locator(".md-nav--primary").first
    assert nav.locator('a[href$="contributing/"]').count() == 0


@pytest.mark.parametrize("lang", LANGS)
def test_law_pages_show_a_plain_source_line_and_readable_cited_by(tab, site_url, lang, size):
    tab.goto(f"{site_url}{PREFIX[lang]}laws/civil-code/")
    text = tab.locator(".md-content").inner_text()
    for developer in ("LawRefBook", "@2f4c5c2", "U+200B", "concatenated"):
        assert developer not in text
    assert tab.locator(".lg-source").is_visible()
    citers = tab.locator("#art-1032").locator(
        "xpath=following::details[contains(concat(' ', @class, ' '), ' lg-citers ')][1]")
    summary = citers.locator("summary")
    label = summary.inner_text()
    if lang == "en":
        assert "（" not in label and re.search(r" \(\d+\)$", label.strip())
    summary.click()
    links = citers.locator("li a")
    assert links.count() >= 2
    for link in links.all():
        assert link.bounding_box()["height"] >= 44


@pytest.mark.parametrize("lang", LANGS)
def test_english_letters_list_has_a_space_after_the_colon(tab, site_url, lang):
    tab.goto(f"{site_url}{PREFIX[lang]}tools/letters/")
    text = tab.locator("#letters + ul").inner_text()
    assert ":A" not in text and "：A" not in text


@pytest.mark.parametrize("lang", LANGS)
def test_answer_shows_numbered_steps_with_their_actions(tab, site_url, lang):
    tab.goto(f"{site_url}{PREFIX[lang]}faq/itemised-statement/")
    steps = tab.locator(".lg-steps ol > li")
    assert steps.count() == 3
    hrefs = [tab.evaluate("a => a.href", a) for a in tab.locator(".lg-steps a.lg-action")
             .element_handles()]
    assert hrefs[0].endswith("tools/letters/#letter-itemised-statement")
    assert hrefs[1].endswith("tools/interest-cost/")
    assert hrefs[2].endswith("guide/complaints/#route-12378")
    for action in tab.locator(".lg-steps a.lg-action").all():
        assert action.bounding_box()["height"] >= 44


@pytest.mark.parametrize("lang", LANGS)
def test_from_home_to_help_in_four_taps_on_a_phone(phone, site_url, lang):
    """Done when: collectors call my parents -> the stop-contact letter -> a complaint route
    with a tappable number, from the home page, in at most four taps."""
    page = phone
    taps = 0

    def tap(locator):
        nonlocal taps
        locator.scroll_into_view_if_needed()
        box = locator.bounding_box()
        assert box["height"] >= 24 and box["width"] >= 24
        locator.tap()
        taps += 1

    page.goto(f"{site_url}{PREFIX[lang]}")
    tap(page.locator('.md-content a[href$="faq/collectors-call-family/"]').first)
    page.wait_for_url("**/faq/collectors-call-family/")
    tap(page.locator('.lg-steps a.lg-action[href*="#letter-stop-contact"]'))
    page.wait_for_url("**/tools/letters/#letter-stop-contact")
    assert page.locator("#letter-stop-contact h2").is_visible()
    assert page.locator("#lg-paper-stop-contact").count() == 1
    page.go_back()
    taps += 1  # the back button is a tap too
    page.wait_for_url("**/faq/collectors-call-family/")
    tap(page.locator('.lg-steps a.lg-action[href*="#route-12378"]'))
    page.wait_for_url("**/guide/complaints/#route-12378")
    number = page.locator('#route-12378 ~ p a[href="tel:12378"]').first
    number.scroll_into_view_if_needed()
    assert number.is_visible()
    assert taps <= 4
