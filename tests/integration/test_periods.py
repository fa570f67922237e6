"""Fiscal years, periods, the lock date and year-end close: accountants only, every change audited."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json

import pytest
from sqlalchemy import select

from desktop_app.bootstrap import Database
from desktop_app.cli import EXIT_ERROR, EXIT_OK, main
from desktop_app.models import AuditEvent
from desktop_app.models.enums import PeriodState
from desktop_app.services.foundation.errors import NotFound, PermissionDenied
from desktop_app.services.foundation.setup import ensure_fiscal_year
from desktop_app.services.foundation.uow import Actor, UnitOfWork
from desktop_app.services.ledger import periods

D = dt.date
TODAY = D(2026, 11, 24)


@pytest.fixture(autouse=True)
def _years(db: Database) -> None:
    with db.session_factory() as s:
        for year in (2025, 2026):
            ensure_fiscal_year(s, year)
        s.commit()


def _audit(db: Database, action: str) -> list[tuple[dict[str, object], dict[str, object], str]]:
    with db.session_factory() as s:
        rows = s.execute(select(AuditEvent.before_json, AuditEvent.after_json, AuditEvent.username)
                         .where(AuditEvent.action == action).order_by(AuditEvent.id)).all()
    return [(json.loads(b), json.loads(a), u) for b, a, u in rows]


def _clock() -> dt.date:
    return TODAY


def _close_periods(db: Database, actor: Actor, year: str) -> None:
    with UnitOfWork(db.session_factory) as uow:
        for p in periods.fiscal_year(uow.session, year).periods:
            periods.set_period_state(uow.session, actor, p.name, PeriodState.CLOSED)
        uow.commit()


def _close_years_until(db: Database, actor: Actor, last: str) -> None:
    with db.session_factory() as s:
        names = [y.name for y in periods.list_fiscal_years(s) if y.name <= last and not y.closed]
    for name in names:
        _close_periods(db, actor, name)
        with UnitOfWork(db.session_factory) as uow:
            periods.close_year(uow.session, actor, name, confirm=name, clock=_clock)
            uow.commit()


def test_fiscal_years_list_twelve_open_monthly_periods(db: Database) -> None:
    with db.session_factory() as s:
        year = periods.fiscal_year(s, 2026)
    assert (year.start_date, year.end_date, year.closed) == (D(2026, 1, 1), D(2026, 12, 31), False)
    assert [p.name for p in year.periods] == [f"2026-{m:02d}" for m in range(1, 13)]
    assert year.periods[1].end_date == D(2026, 2, 28)
    assert all(p.state == PeriodState.OPEN and p.accepts_postings for p in year.periods)
    with pytest.raises(dataclasses.FrozenInstanceError):
        year.periods[0].state = PeriodState.CLOSED  # type: ignore[misc]


def test_accountant_holds_and_reopens_a_period_with_audit_events(db: Database, accountant: Actor) -> None:
    with UnitOfWork(db.session_factory) as uow:
        held = periods.set_period_state(uow.session, accountant, "2026-03", PeriodState.ON_HOLD)
        uow.commit()
    assert (held.name, held.state, held.accepts_postings) == ("2026-03", PeriodState.ON_HOLD, False)
    with UnitOfWork(db.session_factory) as uow:
        assert periods.period_of(uow.session, D(2026, 3, 31)).state == PeriodState.ON_HOLD
        periods.set_period_state(uow.session, accountant, D(2026, 3, 5), PeriodState.OPEN)
        uow.commit()
    assert _audit(db, "period.state_changed") == [
        ({"period": "2026-03", "state": "open"}, {"period": "2026-03", "state": "on_hold"}, accountant.username),
        ({"period": "2026-03", "state": "on_hold"}, {"period": "2026-03", "state": "open"}, accountant.username),
    ]


def test_setting_the_same_state_again_writes_no_event(db: Database, accountant: Actor) -> None:
    with UnitOfWork(db.session_factory) as uow:
        periods.set_period_state(uow.session, accountant, "2026-03", PeriodState.OPEN)
        uow.commit()
    assert _audit(db, "period.state_changed") == []


def test_clerk_cannot_change_periods_lock_date_or_years(db: Database, clerk: Actor) -> None:
    with UnitOfWork(db.session_factory) as uow:
        s = uow.session
        for attempt in (
            lambda: periods.set_period_state(s, clerk, "2026-03", PeriodState.CLOSED),
            lambda: periods.set_lock_date(s, clerk, D(2026, 1, 31)),
            lambda: periods.close_year(s, clerk, 2025, confirm="2025", clock=_clock),
            lambda: periods.create_fiscal_year(s, clerk, 2030),
        ):
            with pytest.raises(PermissionDenied):
                attempt()
        uow.commit()
    with db.session_factory() as s:
        assert periods.period_of(s, D(2026, 3, 1)).state == PeriodState.OPEN
        assert periods.lock_date(s) is None
        assert not periods.fiscal_year(s, 2025).closed
        assert "2030" not in [y.name for y in periods.list_fiscal_years(s)]


def test_lock_date_is_a_setting_changed_with_an_audit_event(db: Database, accountant: Actor) -> None:
    with UnitOfWork(db.session_factory) as uow:
        assert periods.set_lock_date(uow.session, accountant, D(2026, 2, 28)) == D(2026, 2, 28)
        uow.commit()
    with UnitOfWork(db.session_factory) as uow:
        assert periods.lock_date(uow.session) == D(2026, 2, 28)
        assert periods.set_lock_date(uow.session, accountant, None) is None
        uow.commit()
    assert [(b, a) for b, a, _u in _audit(db, "setting.changed")] == [
        ({"ledger.lock_date": ""}, {"ledger.lock_date": "2026-02-28"}),
        ({"ledger.lock_date": "2026-02-28"}, {"ledger.lock_date": ""}),
    ]


def test_year_end_close_locks_a_year_of_closed_periods_for_good(db: Database, accountant: Actor) -> None:
    _close_years_until(db, accountant, "2024")
    _close_periods(db, accountant, "2025")
    with UnitOfWork(db.session_factory) as uow:
        closed = periods.close_year(uow.session, accountant, "2025", confirm="2025", clock=_clock)
        uow.commit()
    assert closed.closed and closed.closed_at is not None
    assert {p.state for p in closed.periods} == {PeriodState.CLOSED}
    assert not any(p.accepts_postings for p in closed.periods)
    before, after, _user = _audit(db, "fiscal_year.closed")[-1]
    assert set(before["periods"].values()) == {"closed"} and len(before["periods"]) == 12
    assert after["year"] == "2025"
    with UnitOfWork(db.session_factory) as uow, pytest.raises(periods.YearAlreadyClosed):
        periods.set_period_state(uow.session, accountant, "2025-06", PeriodState.OPEN)
    with UnitOfWork(db.session_factory) as uow, pytest.raises(periods.YearAlreadyClosed):
        periods.close_year(uow.session, accountant, "2025", confirm="2025", clock=_clock)


def test_year_end_close_waits_for_the_year_to_end(db: Database, accountant: Actor) -> None:
    _close_years_until(db, accountant, "2025")
    _close_periods(db, accountant, "2026")
    with UnitOfWork(db.session_factory) as uow, pytest.raises(
        periods.YearNotEnded, match="The fiscal year 2026 ends on 2026-12-31; it can be closed only after that day."
    ):
        periods.close_year(uow.session, accountant, 2026, confirm="2026", clock=lambda: D(2026, 12, 31))


def test_year_end_close_needs_every_period_closed(db: Database, accountant: Actor) -> None:
    _close_years_until(db, accountant, "2024")
    _close_periods(db, accountant, "2025")
    with UnitOfWork(db.session_factory) as uow:
        periods.set_period_state(uow.session, accountant, "2025-11", PeriodState.ON_HOLD)
        periods.set_period_state(uow.session, accountant, "2025-12", PeriodState.OPEN)
        uow.commit()
    with UnitOfWork(db.session_factory) as uow, pytest.raises(
        periods.PeriodsNotClosed,
        match="Close every period of the fiscal year 2025 first; not closed yet: 2025-11, 2025-12.",
    ):
        periods.close_year(uow.session, accountant, 2025, confirm="2025", clock=_clock)
    with db.session_factory() as s:
        assert not periods.fiscal_year(s, 2025).closed


@pytest.mark.parametrize("confirm", [None, "", "2026", "yes", 2024])
def test_year_end_close_needs_a_confirmation_naming_the_year(db: Database, accountant: Actor,
                                                             confirm: object) -> None:
    _close_years_until(db, accountant, "2024")
    _close_periods(db, accountant, "2025")
    with UnitOfWork(db.session_factory) as uow, pytest.raises(
        periods.YearEndNotConfirmed, match="The year-end close of 2025 cannot be undone"
    ):
        periods.close_year(uow.session, accountant, 2025, confirm=confirm, clock=_clock)  # type: ignore[arg-type]
    with db.session_factory() as s:
        assert not periods.fiscal_year(s, 2025).closed


def test_a_training_business_date_cannot_close_the_running_year(db: Database, accountant: Actor,
                                                               database_url: str,
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    """``--today`` past the year's end is a training date: the real date decides (issue 10 item 6)."""
    running = dt.date.today().year
    with db.session_factory() as s:
        ensure_fiscal_year(s, running)
        s.commit()
    _close_years_until(db, accountant, str(running - 1))
    _close_periods(db, accountant, str(running))
    code = main(["--today", f"{running + 1}-01-01", "--lang", "en", "--database-url", database_url,
                 "--user", accountant.username, "year-end-close", str(running), "--confirm", str(running)])
    assert code == EXIT_ERROR
    assert capsys.readouterr().err.strip() == (
        f"reskontra: The fiscal year {running} ends on {running}-12-31; it can be closed only after that day.")
    with db.session_factory() as s:
        assert not periods.fiscal_year(s, running).closed


def test_year_end_close_command_is_refused_without_confirm_and_done_with_it(
        db: Database, accountant: Actor, database_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    last = dt.date.today().year - 1  # a year that has really ended
    with db.session_factory() as s:
        ensure_fiscal_year(s, last)
        s.commit()
    _close_years_until(db, accountant, str(last - 1))
    _close_periods(db, accountant, str(last))
    base = ["--lang", "en", "--database-url", database_url, "--user", accountant.username, "year-end-close", str(last)]
    assert main(base) == EXIT_ERROR
    assert f"The year-end close of {last} cannot be undone" in capsys.readouterr().err
    assert main([*base, "--confirm", str(last + 1)]) == EXIT_ERROR
    capsys.readouterr()
    with db.session_factory() as s:
        assert not periods.fiscal_year(s, last).closed
    assert main([*base, "--confirm", str(last)]) == EXIT_OK
    assert capsys.readouterr().out.strip() == f"Fiscal year {last} closed"
    with db.session_factory() as s:
        assert periods.fiscal_year(s, last).closed


def test_years_close_in_order(db: Database, accountant: Actor) -> None:
    with db.session_factory() as s:
        ensure_fiscal_year(s, 2023)
        s.commit()
    with UnitOfWork(db.session_factory) as uow, pytest.raises(
        periods.EarlierYearOpen, match="Close the fiscal year 2023 first"
    ):
        periods.close_year(uow.session, accountant, 2025, confirm="2025", clock=_clock)


def test_create_fiscal_year(db: Database, accountant: Actor) -> None:
    with UnitOfWork(db.session_factory) as uow:
        year = periods.create_fiscal_year(uow.session, accountant, 2031)
        uow.commit()
    assert [p.name for p in year.periods][::11] == ["2031-01", "2031-12"]
    assert len(year.periods) == 12
    (_before, after, _user), = _audit(db, "fiscal_year.created")
    assert after == {"year": "2031", "start": "2031-01-01", "end": "2031-12-31", "periods": 12}
    with UnitOfWork(db.session_factory) as uow, pytest.raises(periods.FiscalYearExists):
        periods.create_fiscal_year(uow.session, accountant, 2031)


def test_unknown_period_or_year_gives_a_clear_error(db: Database, accountant: Actor) -> None:
    with UnitOfWork(db.session_factory) as uow:
        with pytest.raises(periods.InvalidPeriod, match="2026-13 is not a period; write it as YYYY-MM"):
            periods.set_period_state(uow.session, accountant, "2026-13", PeriodState.CLOSED)
        with pytest.raises(NotFound, match="Period 1990-01 was not found"):
            periods.set_period_state(uow.session, accountant, "1990-01", PeriodState.CLOSED)
        with pytest.raises(NotFound, match="Fiscal year 1990 was not found"):
            periods.close_year(uow.session, accountant, 1990, confirm="1990", clock=_clock)


# --- command line -----------------------------------------------------------------------------

def test_period_commands(db: Database, accountant: Actor, clerk: Actor, database_url: str,
                         capsys: pytest.CaptureFixture[str]) -> None:
    url = ["--database-url", database_url]
    assert main(["period-state", "2026-03", "on_hold", "--user", accountant.username, *url]) == EXIT_OK
    assert capsys.readouterr().out.strip() == "Period 2026-03 is now on hold"
    assert main(["lock-date", "2026-01-31", "--user", accountant.username, *url]) == EXIT_OK
    assert main(["periods", "--year", "2026", "--json", *url]) == EXIT_OK
    out = capsys.readouterr().out
    listing = json.loads(out[out.index("{"):])
    assert listing["lock_date"] == "2026-01-31"
    (year,) = listing["fiscal_years"]
    assert [p["state"] for p in year["periods"][:4]] == ["open", "open", "on_hold", "open"]
    assert main(["period-state", "2026-04", "closed", "--user", clerk.username, "--lang", "en", *url]) == EXIT_ERROR
    assert capsys.readouterr().err.strip() == "reskontra: Only an accountant may do this: change the state of an accounting period."
    assert main(["lock-date", "none", "--user", accountant.username, *url]) == EXIT_OK
    assert capsys.readouterr().out.strip() == "Posting lock date: none"
    with db.session_factory() as s:
        assert periods.period_of(s, D(2026, 4, 1)).state == PeriodState.OPEN
        assert periods.lock_date(s) is None
