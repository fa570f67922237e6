"""The euro settings (reminder fees, the consumer fee cap, the minimum reimbursement) read a typed amount
as every amount field does (issue 11): "7,5" is 7,50 €, "12,345" is refused instead of rounded to 12,35 €,
and "1,234.50" is refused as ambiguous; nothing is stored from a refused value."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from desktop_app import cli
from desktop_app.bootstrap import Database
from desktop_app.services.foundation import settings
from desktop_app.services.foundation.uow import Actor


def _set(capsys: pytest.CaptureFixture[str], db: Database, value: str, lang: str = "en") -> tuple[int, str]:
    code = cli.main(["settings", "set", "reminders.fee_consumer", value, "--database-url", db.url,
                     "--today", dt.date(2026, 11, 24).isoformat(), "--user", "anna.accountant", "--lang", lang])
    out = capsys.readouterr()
    return code, out.err


def _fee(db: Database) -> object:
    with db.session_factory() as s:
        return settings.get(s, "reminders.fee_consumer")


@pytest.mark.parametrize(("typed", "stored"), [("7,5", Decimal("7.50")), ("7.5", Decimal("7.50")),
                                               ("7,50 €", Decimal("7.50")), ("0", Decimal("0.00"))])
def test_a_fee_is_read_like_every_amount(db: Database, accountant: Actor, capsys: pytest.CaptureFixture[str],
                                         typed: str, stored: Decimal) -> None:
    code, err = _set(capsys, db, typed)
    assert code == cli.EXIT_OK, err
    assert _fee(db) == stored


@pytest.mark.parametrize(("typed", "message"), [
    ("12,345", "12,345 has more than two decimals; an amount has at most two (cents)"),
    ("1,234.50", "1,234.50 has both a comma and a point"),
    ("viisi", "viisi is not an amount in euros"),
])
def test_a_fee_with_more_than_two_decimals_or_both_separators_is_refused(
        db: Database, accountant: Actor, capsys: pytest.CaptureFixture[str], typed: str, message: str) -> None:
    before = _fee(db)
    code, err = _set(capsys, db, typed)
    assert code == cli.EXIT_ERROR and message in err and err.count("\n") == 1
    assert _fee(db) == before
    _code, err = _set(capsys, db, typed, lang="fi")
    assert err.startswith(f"reskontra: Summassa {typed} on") or err.startswith(f"reskontra: {typed} ei ole")
