"""Late-payment interest of a payment reminder (SPEC W3.5): the one formula and the rates it runs at.

With ``reminders.show_interest`` a reminder carries the interest owed on the invoice from its due date
to the reminder's date: simple interest, actual days / 365, each day at the reference rate
(``ReferenceRate`` table) of its half-year plus 7 points for consumers, 8 for businesses (Interest Act
4 §, 4 a § and 12 §), rounded half up to the cent once (``interest_cents``). What is still open was late
every day after the due date; a part paid since (a settlement not undone) was late up to the day it was
paid (``late_amounts``). Interest accrues once: a reminder books the interest owed up to its date less
what earlier reminders of the invoice booked, and its document shows both (accrued, of which charged
earlier). A half-year without a reference rate adds no interest (the Invoices tab says so).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.models import ReferenceRate
from desktop_app.models.enums import CustomerKind
from desktop_app.services.documents.invoices import late_interest_bp

__all__ = ["Rates", "interest_cents", "late_amounts"]

_DAYS_IN_YEAR = 365


def interest_cents(late: Iterable[tuple[int, int]]) -> int:
    """Simple late-payment interest (actual/365), rounded half up to the cent once over the whole sum.

    ``late`` holds (cents, bp-days) pairs: an amount and the sum of the yearly rate (basis points)
    over the days it was late (one day at 9.5 % is 950). Every reminder's interest, and whatever
    checks it, goes through this one formula.
    """
    numerator = sum(c * bp_days for c, bp_days in late if c > 0 and bp_days > 0)
    if numerator <= 0:
        return 0
    denominator = 10000 * _DAYS_IN_YEAR
    return (2 * numerator + denominator) // (2 * denominator)


class Rates:
    """Late-payment interest (reference rate + margin), memoized.

    Korkolaki 12 §: each half-year has its own reference rate, so a debt overdue across 1.1. or 1.7.
    accrues at the old rate up to the turn and at the new one after it. ``bp_days`` sums the rate
    over the days (basis points × days); a half-year without a rate adds nothing.
    """

    def __init__(self, session: Session) -> None:
        self._rates = [(r.valid_from, r.valid_to, r.rate_bp) for r in session.execute(
            select(ReferenceRate.valid_from, ReferenceRate.valid_to, ReferenceRate.rate_bp))]
        self._cache: dict[tuple[dt.date, CustomerKind], int] = {}
        self._sums: dict[tuple[dt.date, CustomerKind, dt.date], tuple[int, int]] = {}

    def bp(self, day: dt.date, kind: CustomerKind) -> int:
        """The late-payment interest rate on ``day`` (0 when its half-year has no reference rate)."""
        key = (day, kind)
        found = self._cache.get(key)
        if found is None:
            found = self._cache[key] = late_interest_bp(self._rates, day, kind) or 0
        return found

    def bp_days(self, due_date: dt.date, kind: CustomerKind, until: dt.date) -> tuple[int, int]:
        """(Σ rate × days over the days after ``due_date`` up to ``until``, the rate of the last day with one)."""
        key = (due_date, kind, until)
        found = self._sums.get(key)
        if found is None:
            total = shown = 0
            day = due_date + dt.timedelta(days=1)
            while day <= until:
                last = dt.date(day.year, 6, 30) if day.month <= 6 else dt.date(day.year, 12, 31)
                last = min(last, until)
                rate = self.bp(day, kind)
                if rate:
                    total += rate * ((last - day).days + 1)
                    shown = rate
                day = last + dt.timedelta(days=1)
            found = self._sums[key] = (total, shown)
        return found


def late_amounts(open_cents: int, paid: Sequence[tuple[dt.date, int]], due_date: dt.date, kind: CustomerKind,
                 until: dt.date, rates: Rates) -> tuple[list[tuple[int, int]], int]:
    """The invoice's money late up to ``until`` as (cents, bp-days) pairs for ``interest_cents``, and the
    rate of the last day: what is still open was late every day after the due date; each part paid since
    was late up to the day it was paid (Korkolaki 4 §: interest runs until the payment)."""
    bp_days, rate = rates.bp_days(due_date, kind, until)
    late = [(open_cents, bp_days)]
    for day, amount in paid:
        late.append((amount, rates.bp_days(due_date, kind, min(day, until))[0]))
    return late, rate

