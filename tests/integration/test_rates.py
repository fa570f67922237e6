"""Reference rates (Korkolaki 12 §): the accountant enters a new half-year's rate; reminders use it."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from desktop_app import cli
from desktop_app.bootstrap import Database
from desktop_app.services import reminders
from desktop_app.services.foundation import rates
from desktop_app.services.foundation.errors import PermissionDenied
from desktop_app.services.foundation.uow import Actor, UnitOfWork
from tests.integration.billing_support import customer
from tests.integration.payment_support import invoice


def test_only_an_accountant_sets_a_rate_and_only_for_a_half_year(db: Database, clerk: Actor,
                                                                 accountant: Actor) -> None:
    with UnitOfWork(db.session_factory) as uow:
        with pytest.raises(PermissionDenied):
            rates.set_rate(uow.session, clerk, dt.date(2026, 7, 1), 200)
        with pytest.raises(rates.NotAHalfYear):
            rates.set_rate(uow.session, accountant, dt.date(2026, 8, 1), 200)
        with pytest.raises(rates.RateOutOfRange):
            rates.set_rate(uow.session, accountant, dt.date(2026, 7, 1), 2500)
        assert rates.rate_on(uow.session, dt.date(2026, 11, 24)) is None
        row = rates.set_rate(uow.session, accountant, dt.date(2026, 7, 1), 200)
        assert (row.valid_to, row.late_interest_bp(False), row.late_interest_bp(True)) == (dt.date(2026, 12, 31),
                                                                                           900, 1000)
        uow.commit()
    with UnitOfWork(db.session_factory) as uow:
        assert rates.rate_on(uow.session, dt.date(2026, 11, 24)) == row


def test_a_reminder_of_an_invoice_due_in_the_new_half_year_shows_interest(db: Database, clerk: Actor,
                                                                          accountant: Actor) -> None:
    today = dt.date(2026, 11, 24)
    with UnitOfWork(db.session_factory) as uow:
        c = customer(uow.session)
        inv = invoice(uow.session, clerk, c, 10000, invoice_date=dt.date(2026, 9, 20), due_date=dt.date(2026, 10, 4))
        uow.commit()
    with UnitOfWork(db.session_factory) as uow:
        (before,) = reminders.candidates(uow.session, 1, today).eligible
        assert (before.invoice_id, before.interest_cents) == (inv.id, 0)
        rates.set_rate(uow.session, accountant, dt.date(2026, 7, 1), 200)
        uow.commit()
    with UnitOfWork(db.session_factory) as uow:
        (after,) = reminders.candidates(uow.session, 1, today).eligible
        # 100.00 € × 9 % × 51 days / 365 = 1.2575… € → 1.26 €
        assert (after.interest_rate_bp, after.interest_cents) == (900, 126)


def test_reference_rates_command(db: Database, accountant: Actor, capsys: pytest.CaptureFixture[str]) -> None:
    args = ["--database-url", db.url, "--today", "2026-11-24", "--user", "anna.accountant", "--lang", "en"]
    assert cli.main(["reference-rates", *args]) == 0
    assert "no reference rate for 2026-11-24's half-year yet" in capsys.readouterr().out
    assert cli.main(["reference-rates", "--set", "2026-07-01", "2,0", "--json", *args]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["today_has_rate"] is True
    assert data["rates"][-1] == {"from": "2026-07-01", "to": "2026-12-31", "reference_rate": "2",
                                 "consumers": "9", "businesses": "10"}
