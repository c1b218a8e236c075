"""The IRR/APR computation of the interest-cost checker, against worked examples.

The examples (tests/fixtures/tools/rate-examples.yml) have answers known without
the solver: closed forms, the annuity formula run forwards, and published
figures. The browser test runs the page's JavaScript on the same table.
"""

from __future__ import annotations

import datetime as dt
import math
from pathlib import Path

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

from lawguide.tools.rate import Loan, RateError, line, measuring_lpr, present_value, solve

EXAMPLES = yaml.safe_load(
    (Path(__file__).parent / "fixtures" / "tools" / "rate-examples.yml").read_text("utf-8"))
MEASURES = yaml.safe_load(
    (Path(__file__).parent / "fixtures" / "tools" / "lpr-measures.yml").read_text("utf-8"))
HISTORY = [(dt.date.fromisoformat(str(f["date"])), float(f["rate"])) for f in yaml.safe_load(
    (Path(__file__).parents[1] / "data" / "tools" / "interest.yml").read_text("utf-8"))[
        "lpr"]["history"]]


def loan(spec: dict) -> Loan:
    return Loan(received=spec["received"], instalment=spec["instalment"], count=spec["count"],
                per_year=spec["per_year"], fees_at_start=spec.get("fees_at_start", 0))


def test_there_are_at_least_eight_worked_examples():
    assert len(EXAMPLES) >= 8


@pytest.mark.parametrize("example", EXAMPLES, ids=[e["name"] for e in EXAMPLES])
def test_worked_example(example):
    rate = solve(loan(example["loan"]))
    assert round(rate.apr * 100, 2) == pytest.approx(example["apr"], abs=1e-9)
    assert round(rate.effective * 100, 2) == pytest.approx(example["effective"], abs=1e-9)


def test_two_payments_match_the_quadratic_formula_to_machine_precision():
    # 1000 = 600x + 600x^2 with x = 1/(1+r)
    x = (-600 + math.sqrt(600 ** 2 + 4 * 600 * 1000)) / (2 * 600)
    assert solve(Loan(1000, 600, 2, 12)).period == pytest.approx(1 / x - 1, rel=1e-13)


def test_one_percent_a_month_is_recovered_exactly():
    r = 0.01
    instalment = 10000 * r / (1 - (1 + r) ** -12)
    rate = solve(Loan(10000, instalment, 12, 12))
    assert rate.period == pytest.approx(0.01, rel=1e-12)
    assert rate.apr == pytest.approx(0.12, rel=1e-12)
    assert rate.effective == pytest.approx(1.01 ** 12 - 1, rel=1e-12)


def test_interest_deducted_up_front_raises_the_rate():
    """Worked on what was received (8,000), not on the contract's 10,000."""
    on_received = solve(Loan(8000, 1000, 12, 12)).apr
    on_contract = solve(Loan(10000, 1000, 12, 12)).apr
    assert round(on_received * 100, 2) == 82.38
    assert round(on_contract * 100, 2) == 35.07
    assert on_received > on_contract


def test_fees_paid_at_the_start_count_against_the_money_received():
    assert solve(Loan(10000, 10450, 1, 1, 500)).apr == pytest.approx(0.10, rel=1e-12)
    assert solve(Loan(9500, 10450, 1, 1)).apr == pytest.approx(0.10, rel=1e-12)


def test_the_private_lending_line_is_four_times_the_lpr():
    assert line(3.0, 4) == pytest.approx(0.12)
    assert line(3.85, 4) == pytest.approx(0.154)


@pytest.mark.parametrize("bad, message", [
    (Loan(0, 100, 12, 12), "the amount received must be more than 0"),
    (Loan(1000, 100, 12, 12, -1), "fees paid at the start cannot be negative"),
    (Loan(1000, 100, 12, 12, 1000), "the fees paid at the start use up all the money received"),
    (Loan(1000, 0, 12, 12), "the instalment must be more than 0"),
    (Loan(1000, 100, 0, 12), "the number of instalments must be a whole number from 1 to 1200"),
    (Loan(1000, 100, 1201, 12), "the number of instalments must be a whole number from 1 to 1200"),
    (Loan(1000, 100, 12, 0), "repayments a year must be a whole number of at least 1"),
    (Loan(0.01, 1e12, 1, 12), "the rate is too high to compute"),
])
def test_inputs_that_describe_no_loan_are_refused(bad, message):
    with pytest.raises(RateError) as error:
        solve(bad)
    assert str(error.value) == message


@given(received=st.floats(100, 1e6), markup=st.floats(0.5, 5), count=st.integers(1, 360),
       per_year=st.sampled_from([1, 12, 26, 52, 365]))
def test_the_solved_rate_discounts_the_instalments_to_the_money_received(received, markup, count,
                                                                         per_year):
    instalment = received * markup / count
    rate = solve(Loan(received, instalment, count, per_year))
    assert present_value(rate.period, instalment, count) == pytest.approx(received, rel=1e-9)
    if abs(markup - 1) > 1e-6:  # at exactly 1 the rate is 0 to within rounding
        assert (rate.apr > 0) == (markup > 1)


def _day(text: str) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


@pytest.mark.parametrize("case", MEASURES, ids=[c["why"] for c in MEASURES])
def test_the_line_is_measured_against_the_right_lpr(case):
    got = measuring_lpr(HISTORY, _day(case["contract"]), _day(case["filed"]))
    assert got.basis == case["basis"]
    if case["date"] == "latest":
        assert (got.date, got.rate) == HISTORY[-1]
    elif case["date"]:
        assert got.date == dt.date.fromisoformat(case["date"])
        assert got.rate == dict(HISTORY)[got.date]
    else:
        assert got.date is None and got.rate is None


def test_a_contract_before_the_amendments_is_not_measured_at_its_own_date():
    """Art. 31 para. 2: from 2020-08-20 on, the LPR when the suit is filed (3.85 % in May
    2020 would give a 15.40 % line; a suit filed in July 2023 gives 4 x 3.55 % = 14.20 %)."""
    got = measuring_lpr(HISTORY, dt.date(2020, 5, 1), dt.date(2023, 7, 1))
    assert got.rate == 3.55 and line(got.rate, 4) == pytest.approx(0.142)
