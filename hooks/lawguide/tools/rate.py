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

from dataclasses import dataclass

STEPS = 200            # halvings: far past double precision, so the result is exact to the ulp
LOWEST = -0.99         # a period rate below -99 % means almost nothing was repaid
HIGHEST = 1e9          # a period rate above this is not a loan any more
MAX_INSTALMENTS = 1200


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

    @property
    def total_repaid(self) -> float:
        return self.instalment * self.count


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
        raise RateError("the amount received must be more than 0")
    if loan.fees_at_start < 0:
        raise RateError("fees paid at the start cannot be negative")
    if not loan.available > 0:
        raise RateError("the fees paid at the start use up all the money received")
    if not loan.instalment > 0:
        raise RateError("the instalment must be more than 0")
    if not (isinstance(loan.count, int) and 1 <= loan.count <= MAX_INSTALMENTS):
        raise RateError(f"the number of instalments must be a whole number from 1 to "
                        f"{MAX_INSTALMENTS}")
    if not (isinstance(loan.per_year, int) and loan.per_year >= 1):
        raise RateError("repayments a year must be a whole number of at least 1")


def period_rate(loan: Loan) -> float:
    """The r at which the instalments are worth exactly what the borrower had."""
    check(loan)
    target = loan.available
    lo, hi = LOWEST, 1.0
    while present_value(hi, loan.instalment, loan.count) > target:
        hi *= 2
        if hi > HIGHEST:
            raise RateError("the rate is too high to compute")
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
