"""The annual cost of an instalment loan: the internal rate of return (IRR), annualised.

A lender's own figures (a "monthly fee rate", a "daily rate") hide the cost when
the principal shrinks with each instalment or money is taken at the start. The
IRR counts what the borrower really had and really paid, instalment by
instalment:

    A = P/(1+r) + P/(1+r)^2 + ... + P/(1+r)^n

where A is the money actually at the borrower's disposal (received, less fees
paid at the start), P each instalment, n their number and r the rate per
period. ``APR = r * m`` (m periods a year) is the simple annualisation that
Chinese lenders' "annualised rate (IRR)" uses; ``EAR = (1+r)^m - 1`` compounds.

The browser tool (``overrides/assets/tools/interest.js``) runs the very same
bisection, step for step, so the page and these tests agree to the last digit
shown. Bisection is chosen over Newton's method because it cannot diverge and
needs no derivative: the present value falls strictly as r rises.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from .. import messages as msg

STEPS = 200            # halvings: far past double precision, so the result is exact to the ulp
LOWEST = -0.99         # a period rate below -99 % means almost nothing was repaid
HIGHEST = 1e9          # a period rate above this is not a loan any more
MAX_INSTALMENTS = 1200
NEW_RULES = dt.date(2020, 8, 20)  # the amended Private Lending Provisions apply from this day


class RateError(ValueError):
    """Inputs that describe no loan (nothing received, no instalments, ...)."""


@dataclass(frozen=True)
class Loan:
    received: float        # money actually paid out to the borrower
    instalment: float      # each equal repayment
    count: int             # number of repayments
    per_year: int          # repayments a year: 12 monthly, 52 weekly, 365 daily ...
    fees_at_start: float = 0.0  # paid by the borrower on receipt ("service fee", ...)

    @property
    def available(self) -> float:
        return self.received - self.fees_at_start


@dataclass(frozen=True)
class Rate:
    period: float     # r, per repayment period
    apr: float        # r * m
    effective: float  # (1 + r)^m - 1


def present_value(rate: float, instalment: float, count: int) -> float:
    """Today's value of ``count`` instalments at ``rate`` per period (summed in order)."""
    total, factor = 0.0, 1.0
    for _ in range(count):
        factor /= 1 + rate
        total += instalment * factor
    return total


def check(loan: Loan) -> None:
    if not loan.received > 0:
        raise RateError(msg.RATE_NOTHING_RECEIVED.format())
    if loan.fees_at_start < 0:
        raise RateError(msg.RATE_NEGATIVE_FEES.format())
    if not loan.available > 0:
        raise RateError(msg.RATE_FEES_TAKE_ALL.format())
    if not loan.instalment > 0:
        raise RateError(msg.RATE_NO_INSTALMENT.format())
    if not (isinstance(loan.count, int) and 1 <= loan.count <= MAX_INSTALMENTS):
        raise RateError(msg.RATE_INSTALMENT_COUNT.format(limit=MAX_INSTALMENTS))
    if not (isinstance(loan.per_year, int) and loan.per_year >= 1):
        raise RateError(msg.RATE_PER_YEAR.format())


def period_rate(loan: Loan) -> float:
    """The r at which the instalments are worth exactly what the borrower had."""
    check(loan)
    target = loan.available
    lo, hi = LOWEST, 1.0
    while present_value(hi, loan.instalment, loan.count) > target:
        hi *= 2
        if hi > HIGHEST:
            raise RateError(msg.RATE_TOO_HIGH.format())
    for _ in range(STEPS):
        mid = (lo + hi) / 2
        if present_value(mid, loan.instalment, loan.count) > target:
            lo = mid
        else:
            hi = mid
    return (lo + hi) / 2


def solve(loan: Loan) -> Rate:
    r = period_rate(loan)
    return Rate(period=r, apr=r * loan.per_year, effective=(1 + r) ** loan.per_year - 1)


def line(lpr_percent: float, multiplier: float) -> float:
    """The private-lending line as a fraction: 4 x 3.0 % -> 0.12."""
    return lpr_percent * multiplier / 100


@dataclass(frozen=True)
class Measure:
    """Which one-year LPR the four-times line is drawn from, and why.

    ``basis`` is ``contract`` (the LPR when the contract was made: Art. 25),
    ``filing`` (a contract made before 2020-08-20: interest from that day on is
    measured at the LPR when the suit is filed, Art. 31 para. 2), ``filing-today``
    (the same, not yet filed: as if filed today, i.e. the latest figure),
    ``latest`` (no contract date given) or ``old-rules`` (a suit filed before
    2020-08-20: the Provisions as amended do not apply, Art. 31 para. 1).
    """

    basis: str
    date: dt.date | None  # the figure's publication date; None for old-rules
    rate: float | None    # per cent a year


def figure_on(history: Sequence[tuple[dt.date, float]], day: dt.date
              ) -> tuple[dt.date, float] | None:
    """The last figure published on or before ``day`` (``history`` oldest first)."""
    found = None
    for published, rate in history:
        if published <= day:
            found = (published, rate)
    return found


def measuring_lpr(history: Sequence[tuple[dt.date, float]], contract: dt.date | None = None,
                  filed: dt.date | None = None) -> Measure:
    """The LPR figure the line is measured against, for a contract and filing date.

    ``overrides/assets/tools/interest.js`` (``measuringLpr``) applies the same rule.
    """
    latest = history[-1]
    if filed is not None and filed < NEW_RULES:
        return Measure("old-rules", None, None)
    if contract is None:
        return Measure("latest", *latest)
    if contract >= NEW_RULES:
        found = figure_on(history, contract)
        return Measure("contract", *found) if found else Measure("latest", *latest)
    if filed is None:
        return Measure("filing-today", *latest)
    return Measure("filing", *(figure_on(history, filed) or latest))
