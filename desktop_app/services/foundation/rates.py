"""The late-payment interest reference rates (Korkolaki 12 §), one per half-year, kept by the accountant.

The Bank of Finland announces the reference rate for each half-year (1.1.–30.6. and 1.7.–31.12.);
the statutory late-payment interest is that rate + 7 points for consumers and + 8 points between
businesses (4 § and 4 a §). The defaults come from ``shared/data/legal`` (``setup.REFERENCE_RATES``);
a new half-year's rate is entered here when it is announced. Reminders read this table; a
half-year without a rate gets no interest line (the candidate list says so).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.models import ReferenceRate
from desktop_app.models.enums import CustomerKind
from desktop_app.services.foundation import audit
from desktop_app.services.foundation.errors import ReskontraError
from desktop_app.services.foundation.uow import Actor

MAX_RATE_BP = 2000  # 20 %: anything above is a typing error, not a reference rate
# Korkolaki 4 § (consumers and others) and 4 a § (between businesses): points over the reference rate.
INTEREST_MARGIN_BP = {CustomerKind.PERSON: 700, CustomerKind.COMPANY: 800}


class RateError(ReskontraError):
    template = "The reference rate cannot be saved."


class NotAHalfYear(RateError):
    template = "A reference rate is set for a half-year: 1.1.–30.6. or 1.7.–31.12., not from {start}."


class RateOutOfRange(RateError):
    template = "A reference rate is between 0 and 20 percent, not {rate}."


class RateNotANumber(RateError):
    template = "Enter the reference rate as a percentage, for example 2,25; \"{text}\" is not one."


class RateSaved(ReskontraError):
    """Not an error: the message after a rate was entered (a ``ReskontraError`` for its translation)."""

    template = ("The reference rate of {start}–{end} is {rate}: late-payment interest {consumers} for consumers, "
                "{businesses} between businesses.")


@dataclass(frozen=True)
class RateRow:
    valid_from: dt.date
    valid_to: dt.date
    rate_bp: int

    def late_interest_bp(self, business: bool) -> int:
        return self.rate_bp + INTEREST_MARGIN_BP[CustomerKind.COMPANY if business else CustomerKind.PERSON]


def half_year(day: dt.date) -> tuple[dt.date, dt.date]:
    """The half-year that holds ``day``: (first day, last day)."""
    if day.month <= 6:
        return dt.date(day.year, 1, 1), dt.date(day.year, 6, 30)
    return dt.date(day.year, 7, 1), dt.date(day.year, 12, 31)


def half_years_around(day: dt.date, before: int = 2, after: int = 1) -> list[tuple[dt.date, dt.date]]:
    """The half-year of ``day`` with ``before`` earlier and ``after`` later ones, oldest first (the choices
    an accountant enters a rate for)."""
    first, _last = half_year(day)
    index = first.year * 2 + (first.month > 6)
    out = []
    for i in range(index - before, index + after + 1):
        start = dt.date(i // 2, 7 if i % 2 else 1, 1)
        out.append(half_year(start))
    return out


def percent_to_bp(text: str) -> int:
    """A percentage as typed ("2,25", "2.25 %") in basis points; ``RateNotANumber`` if it is none, or has
    more than two decimals."""
    cleaned = text.strip().rstrip("%").strip().replace("\u00a0", "").replace(" ", "").replace(",", ".")
    try:
        value = Decimal(cleaned)
    except InvalidOperation as exc:
        raise RateNotANumber(text=text, field="rate") from exc
    bp = value * 100
    if not value.is_finite() or bp != bp.to_integral_value():
        raise RateNotANumber(text=text, field="rate")
    return int(bp)


def list_rates(session: Session) -> list[RateRow]:
    return [RateRow(r.valid_from, r.valid_to, r.rate_bp)
            for r in session.scalars(select(ReferenceRate).order_by(ReferenceRate.valid_from))]


def rate_on(session: Session, day: dt.date) -> RateRow | None:
    r = session.scalar(select(ReferenceRate).where(ReferenceRate.valid_from <= day, ReferenceRate.valid_to >= day))
    return RateRow(r.valid_from, r.valid_to, r.rate_bp) if r is not None else None


def set_rate(session: Session, actor: Actor, starts: dt.date, rate_bp: int) -> RateRow:
    """Enter (or correct) the reference rate of the half-year that begins on ``starts``."""
    actor.require_accountant("set the reference rate")
    if (starts.month, starts.day) not in ((1, 1), (7, 1)):
        raise NotAHalfYear(start=starts.isoformat(), field="valid_from")
    if not 0 <= rate_bp <= MAX_RATE_BP:
        raise RateOutOfRange(rate=f"{Decimal(rate_bp) / 100} %", field="rate")
    _first, last = half_year(starts)
    row = session.scalar(select(ReferenceRate).where(ReferenceRate.valid_from == starts))
    before = {"rate_bp": row.rate_bp} if row is not None else {}
    if row is None:
        row = ReferenceRate(valid_from=starts, valid_to=last, rate_bp=rate_bp)
        session.add(row)
    else:
        row.rate_bp, row.valid_to = rate_bp, last
    session.flush()
    audit.record(session, actor, "reference_rate.set", "reference_rate", row.id, before=before,
                 after={"valid_from": starts, "valid_to": last, "rate_bp": rate_bp})
    return RateRow(starts, last, rate_bp)
