"""Fiscal years, monthly periods and the posting lock date (SPEC W11); accountants only.

A period is open, on hold (temporarily no postings, e.g. while the month is being reconciled)
or closed. The posting lock date refuses every posting on or before it, whatever the periods
say. Year-end close stamps a year whose periods are all closed as closed for good: from then on
nothing can be posted into it and its periods cannot be reopened. Years close in order, only
after the year has really ended (the computer's clock, never the training business date), and
only when the accountant confirms it by naming the year.

Every change writes an audit event; every function returns frozen dataclasses, never ORM rows.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.models import FiscalYear, Period
from desktop_app.models.enums import PeriodState
from desktop_app.services.foundation import audit
from desktop_app.services.foundation import settings as settings_service
from desktop_app.services.foundation.errors import NotFound
from desktop_app.services.foundation.uow import Actor
from desktop_app.services.ledger.errors import (
    EarlierYearOpen,
    FiscalYearExists,
    InvalidPeriod,
    InvalidYear,
    PeriodsNotClosed,
    YearAlreadyClosed,
    YearEndNotConfirmed,
    YearNotEnded,
)

LOCK_DATE_KEY = "ledger.lock_date"


@dataclass(frozen=True, slots=True)
class PeriodInfo:
    id: int
    fiscal_year: str
    start_date: dt.date
    end_date: dt.date
    state: PeriodState
    year_closed: bool

    @property
    def name(self) -> str:
        """The period as YYYY-MM."""
        return f"{self.start_date:%Y-%m}"

    @property
    def accepts_postings(self) -> bool:
        """Open and in an open year (the lock date is a separate, global limit)."""
        return self.state == PeriodState.OPEN and not self.year_closed


@dataclass(frozen=True, slots=True)
class FiscalYearInfo:
    id: int
    name: str
    start_date: dt.date
    end_date: dt.date
    closed_at: dt.datetime | None
    periods: tuple[PeriodInfo, ...]

    @property
    def closed(self) -> bool:
        return self.closed_at is not None


# --- reading ----------------------------------------------------------------------------------

def list_periods(session: Session, year: str | int | None = None) -> list[PeriodInfo]:
    """Every period in date order, or those of one fiscal year."""
    query = (
        select(Period.id, FiscalYear.name, Period.start_date, Period.end_date, Period.state, FiscalYear.closed_at)
        .join(FiscalYear, FiscalYear.id == Period.fiscal_year_id)
        .order_by(Period.start_date)
    )
    if year is not None:
        query = query.where(FiscalYear.name == str(year))
    return [PeriodInfo(pid, name, start, end, state, closed_at is not None)
            for pid, name, start, end, state, closed_at in session.execute(query)]


def list_fiscal_years(session: Session) -> list[FiscalYearInfo]:
    """Every fiscal year in date order, each with its periods."""
    by_year: dict[str, list[PeriodInfo]] = {}
    for p in list_periods(session):
        by_year.setdefault(p.fiscal_year, []).append(p)
    return [FiscalYearInfo(fy.id, fy.name, fy.start_date, fy.end_date, fy.closed_at, tuple(by_year.get(fy.name, ())))
            for fy in session.scalars(select(FiscalYear).order_by(FiscalYear.start_date))]


def fiscal_year(session: Session, year: str | int) -> FiscalYearInfo:
    for info in list_fiscal_years(session):
        if info.name == str(year):
            return info
    raise NotFound(what="Fiscal year", key=str(year))


def period_of(session: Session, date: dt.date) -> PeriodInfo:
    for p in list_periods(session):
        if p.start_date <= date <= p.end_date:
            return p
    raise NotFound(what="Period", key=f"{date:%Y-%m}")


def parse_period(text: str) -> dt.date:
    """'2026-03' (or any date inside the month) → the first day of that month."""
    value = text.strip()
    try:
        if len(value) == 7:
            year, month = value.split("-")
            return dt.date(int(year), int(month), 1)
        return dt.date.fromisoformat(value).replace(day=1)
    except ValueError as exc:
        raise InvalidPeriod(value=text) from exc


def lock_date(session: Session) -> dt.date | None:
    value = settings_service.get(session, LOCK_DATE_KEY)
    return value if isinstance(value, dt.date) else None


# --- changing ---------------------------------------------------------------------------------

def _locked_period(session: Session, date: dt.date) -> tuple[Period, FiscalYear]:
    row = session.execute(
        select(Period, FiscalYear)
        .join(FiscalYear, FiscalYear.id == Period.fiscal_year_id)
        .where(Period.start_date <= date, Period.end_date >= date)
        .with_for_update(of=Period)
    ).first()
    if row is None:
        raise NotFound(what="Period", key=f"{date:%Y-%m}")
    return row[0], row[1]


def set_period_state(session: Session, actor: Actor, period: dt.date | str, state: PeriodState) -> PeriodInfo:
    """Open, hold or close one period (any date inside it, or 'YYYY-MM'). Not in a closed year."""
    actor.require_accountant("change the state of an accounting period")
    date = parse_period(period) if isinstance(period, str) else period
    state = PeriodState(state)
    row, fy = _locked_period(session, date)
    if fy.closed_at is not None:
        raise YearAlreadyClosed(year=fy.name)
    before = row.state
    if before != state:
        row.state = state
        session.flush()
        audit.record(session, actor, "period.state_changed", "period", row.id,
                     before={"period": f"{row.start_date:%Y-%m}", "state": before},
                     after={"period": f"{row.start_date:%Y-%m}", "state": state})
    return PeriodInfo(row.id, fy.name, row.start_date, row.end_date, row.state, False)


def set_lock_date(session: Session, actor: Actor, date: dt.date | None) -> dt.date | None:
    """Refuse postings on or before ``date`` (None clears it). Audited by the settings service."""
    actor.require_accountant("change the posting lock date")
    value = settings_service.set_value(session, actor, LOCK_DATE_KEY, date.isoformat() if date else "")
    return value if isinstance(value, dt.date) else None


def create_fiscal_year(session: Session, actor: Actor, year: int) -> FiscalYearInfo:
    """A calendar fiscal year with twelve open monthly periods."""
    actor.require_accountant("create a fiscal year")
    if not 1900 <= year <= 2999:
        raise InvalidYear(value=str(year))
    if session.scalar(select(FiscalYear.id).where(FiscalYear.name == str(year))) is not None:
        raise FiscalYearExists(year=str(year))
    fy = FiscalYear(name=str(year), start_date=dt.date(year, 1, 1), end_date=dt.date(year, 12, 31))
    session.add(fy)
    session.flush()
    session.add_all(
        Period(fiscal_year_id=fy.id, start_date=dt.date(year, month, 1),
               end_date=dt.date(year, month, calendar.monthrange(year, month)[1]), state=PeriodState.OPEN)
        for month in range(1, 13)
    )
    session.flush()
    audit.record(session, actor, "fiscal_year.created", "fiscal_year", fy.id,
                 after={"year": fy.name, "start": fy.start_date, "end": fy.end_date, "periods": 12})
    return fiscal_year(session, year)


def close_year(session: Session, actor: Actor, year: str | int, *, confirm: str | int | None,
               clock: Callable[[], dt.date] = dt.date.today) -> FiscalYearInfo:
    """Year-end close: lock a year whose periods are all closed, for good.

    Refused before the year has ended by ``clock`` (the real date; the business date of a
    training session must not allow it), when it is already closed, while an earlier year is
    still open (the opening balances of a year come from the closed year before it), while any
    of its periods is open or on hold, and unless ``confirm`` names the year.
    """
    actor.require_accountant("run the year-end close")
    fy = session.scalar(select(FiscalYear).where(FiscalYear.name == str(year)).with_for_update())
    if fy is None:
        raise NotFound(what="Fiscal year", key=str(year))
    if fy.closed_at is not None:
        raise YearAlreadyClosed(year=fy.name)
    if clock() <= fy.end_date:
        raise YearNotEnded(year=fy.name, end_date=fy.end_date.isoformat())
    earlier = session.scalar(
        select(FiscalYear.name).where(FiscalYear.end_date < fy.start_date, FiscalYear.closed_at.is_(None))
        .order_by(FiscalYear.start_date).limit(1)
    )
    if earlier is not None:
        raise EarlierYearOpen(earlier=earlier)
    states = dict(session.execute(
        select(Period.start_date, Period.state).where(Period.fiscal_year_id == fy.id).with_for_update()
    ).all())
    not_closed = [f"{d:%Y-%m}" for d, state in sorted(states.items()) if state != PeriodState.CLOSED]
    if not_closed:
        raise PeriodsNotClosed(year=fy.name, periods=", ".join(not_closed))
    if str(confirm).strip() != fy.name:
        raise YearEndNotConfirmed(year=fy.name)
    fy.closed_at = dt.datetime.now(dt.UTC)
    session.flush()
    audit.record(session, actor, "fiscal_year.closed", "fiscal_year", fy.id,
                 before={"year": fy.name, "periods": {f"{d:%Y-%m}": s for d, s in sorted(states.items())}},
                 after={"year": fy.name, "closed_at": fy.closed_at})
    return fiscal_year(session, fy.name)
