"""The interest-cost checker in Chromium: the page's JavaScript against the worked
examples, then a reader entering numbers and reading the rate, in both languages."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from conftest import ROOT
from lawguide.tools.rate import Loan, measuring_lpr, solve

pytestmark = pytest.mark.browser
EXAMPLES = yaml.safe_load(
    (Path(__file__).parents[1] / "fixtures" / "tools" / "rate-examples.yml").read_text("utf-8"))
MEASURES = yaml.safe_load(
    (Path(__file__).parents[1] / "fixtures" / "tools" / "lpr-measures.yml").read_text("utf-8"))
DATA = yaml.safe_load((ROOT / "data" / "tools" / "interest.yml").read_text(encoding="utf-8"))
S = DATA["labels"]
LENDERS = {lender["id"]: lender for lender in DATA["lenders"]}
LATEST = {**DATA["lpr"]["history"][-1], "date": str(DATA["lpr"]["history"][-1]["date"])}
PREFIX = {"zh": "", "en": "en/"}


def out(page, name: str) -> str:
    return page.locator(f"[data-lg-out='{name}']").inner_text().strip()


def test_the_page_script_computes_the_worked_examples_like_python(page, site_url):
    page.goto(f"{site_url}tools/interest-cost/")
    for example in EXAMPLES:
        spec = example["loan"]
        got = page.evaluate(
            "s => LawguideRate.solve({received: s.received, instalment: s.instalment, "
            "count: s.count, perYear: s.per_year, fees: s.fees_at_start || 0})", spec)
        want = solve(Loan(spec["received"], spec["instalment"], spec["count"], spec["per_year"],
                          spec.get("fees_at_start", 0)))
        assert got["period"] == pytest.approx(want.period, rel=1e-12, abs=1e-15), example["name"]
        assert round(got["apr"] * 100, 2) == pytest.approx(example["apr"]), example["name"]
        assert round(got["effective"] * 100, 2) == pytest.approx(example["effective"]), \
            example["name"]


def test_the_page_script_picks_the_same_lpr_as_python(page, site_url):
    """Contracts before 2020-08-20 are measured at the LPR when the suit is filed."""
    import datetime as dt

    page.goto(f"{site_url}tools/interest-cost/")
    history = [(dt.date.fromisoformat(str(f["date"])), float(f["rate"]))
               for f in DATA["lpr"]["history"]]
    js_history = [{"date": d.isoformat(), "rate": r} for d, r in history]
    for case in MEASURES:
        got = page.evaluate("a => LawguideRate.measuringLpr(a[0], a[1], a[2])",
                            [js_history, case["contract"], case["filed"]])
        want = measuring_lpr(history, dt.date.fromisoformat(case["contract"]) if case[
            "contract"] else None, dt.date.fromisoformat(case["filed"]) if case["filed"] else None)
        assert got == {"basis": want.basis, "date": want.date and want.date.isoformat(),
                       "rate": want.rate}, case["why"]


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_entering_a_loan_shows_its_rate_against_the_line(page, site_url, lang):
    page.goto(f"{site_url}{PREFIX[lang]}tools/interest-cost/")
    assert page.locator("#lg-lpr").input_value() == f"{LATEST['rate']:.2f}"
    assert LATEST["date"] in page.locator("#lg-lpr-hint").inner_text()
    page.fill("#lg-received", "8000")
    page.fill("#lg-contract", "10000")
    page.fill("#lg-instalment", "1000")
    page.fill("#lg-count", "12")
    page.select_option("#lg-lender", "private")
    assert out(page, "apr") == "82.38%"
    assert out(page, "effective") == "121.84%"
    assert out(page, "period") == "6.87%"
    assert out(page, "total") == "12,000"
    assert out(page, "cost") == "4,000"
    assert out(page, "line") == f"4 × {LATEST['rate']:g}% = {LATEST['rate'] * 4:.2f}%"
    assert out(page, "verdict") == S["above"][lang]
    assert out(page, "lender") == LENDERS["private"]["explain"][lang]
    assert out(page, "deducted") == S["deducted"][lang].format(amount="2,000", rate="35.07%")
    references = page.locator("[data-lg-out='references'] li").all_inner_texts()
    assert references == [S["reference"][lang].format(label=r["label"][lang],
                                                      relation=S["relation_above"][lang])
                          for r in DATA["references"]]

    page.select_option("#lg-lender", "licensed")  # licensed lenders: the 24 % court practice
    assert out(page, "verdict") == S["not_covered"][lang] + " " + S["licensed_line"][lang].format(
        relation=S["relation_above"][lang])
    page.select_option("#lg-lender", "unknown")
    assert out(page, "verdict") == S["unknown"][lang].format(relation=S["relation_above"][lang])

    page.fill("#lg-contract_date", "2021-01-15")  # the LPR then: 3.85 % (from 2020-04-20)
    assert page.locator("#lg-lpr").input_value() == "3.85"
    assert out(page, "line") == "4 × 3.85% = 15.40%"
    assert out(page, "lpr-from-date") == S["lpr_from_date"][lang].format(
        rate="3.85", date="2020-04-20")
    assert not page.locator("[data-lg-out='transition']").is_visible()

    # made before 2020-08-20: measured at the LPR when the suit is filed, not in May 2020
    page.fill("#lg-contract_date", "2020-05-01")
    assert page.locator("#lg-lpr").input_value() == f"{LATEST['rate']:g}"
    assert out(page, "lpr-from-date") == S["lpr_filing_today"][lang].format(
        rate=f"{LATEST['rate']:g}", date=LATEST["date"])
    assert out(page, "transition") == S["before_lpr"][lang]
    page.fill("#lg-filed_date", "2023-07-01")  # the LPR then: 3.55 % (from 2023-06-20)
    assert page.locator("#lg-lpr").input_value() == "3.55"
    assert out(page, "line") == "4 × 3.55% = 14.20%"
    assert out(page, "lpr-from-date") == S["lpr_from_filing"][lang].format(
        rate="3.55", date="2023-06-20")
    page.fill("#lg-filed_date", "2020-06-01")  # filed before the amendments
    assert out(page, "transition") == S["old_rules"][lang]
    page.fill("#lg-filed_date", "")

    page.fill("#lg-lpr", "30")  # the reader overwrites the figure
    page.select_option("#lg-lender", "private")
    assert out(page, "line") == "4 × 30% = 120.00%"
    assert out(page, "verdict") == S["below"][lang]


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_impossible_inputs_are_explained(page, site_url, lang):
    page.goto(f"{site_url}{PREFIX[lang]}tools/interest-cost/")
    page.fill("#lg-received", "1000")
    page.fill("#lg-instalment", "100")
    page.fill("#lg-count", "0")
    assert out(page, "errors") == f"{S['error'][lang]} {S['error_count'][lang]}"
    assert not page.locator("[data-lg-out='figures']").is_visible()
    page.fill("#lg-count", "12")
    page.fill("#lg-fees", "1000")
    assert out(page, "errors") == f"{S['error'][lang]} {S['error_fees'][lang]}"
    page.fill("#lg-fees", "")
    assert not page.locator("[data-lg-out='errors']").is_visible()
    assert out(page, "apr") == "35.07%"


def test_without_javascript_the_formula_and_examples_are_there(no_javascript, site_url):
    page = no_javascript
    page.goto(f"{site_url}en/tools/interest-cost/")
    assert not page.locator("form[data-lg-tool='interest']").is_visible()
    assert page.locator("[data-lg-nojs]").is_visible()
    body = page.locator("article").inner_text()
    assert "A = P/(1+r)" in body and "82.38%" in body and LATEST["date"] in body
