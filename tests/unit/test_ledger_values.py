"""Plain values of the ledger area: period names, violations as JSON rows, period flags."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop_app.models.enums import PeriodState
from desktop_app.services.ledger.checks import Violation
from desktop_app.services.ledger.periods import InvalidPeriod, PeriodInfo, parse_period


@pytest.mark.parametrize(("text", "first_day"), [
    ("2026-03", dt.date(2026, 3, 1)), (" 2026-12 ", dt.date(2026, 12, 1)), ("2026-02-17", dt.date(2026, 2, 1)),
])
def test_period_is_named_by_its_month(text: str, first_day: dt.date) -> None:
    assert parse_period(text) == first_day


@pytest.mark.parametrize("text", ["2026-13", "2026", "March", "26-03", ""])
def test_a_bad_period_name_is_a_clear_error(text: str) -> None:
    with pytest.raises(InvalidPeriod, match="is not a period; write it as YYYY-MM, e.g. 2026-03."):
        parse_period(text)


def test_only_an_open_period_of_an_open_year_accepts_postings() -> None:
    p = PeriodInfo(1, "2026", dt.date(2026, 3, 1), dt.date(2026, 3, 31), PeriodState.OPEN, False)
    assert p.name == "2026-03" and p.accepts_postings
    assert not PeriodInfo(1, "2026", p.start_date, p.end_date, PeriodState.ON_HOLD, False).accepts_postings
    assert not PeriodInfo(1, "2026", p.start_date, p.end_date, PeriodState.OPEN, True).accepts_postings


def test_violation_as_json_row_keeps_code_message_and_references() -> None:
    v = Violation("VOUCHER_UNBALANCED", "Voucher 7 does not balance.", {"voucher_number": 7, "difference_cents": 1})
    assert v.as_dict() == {"code": "VOUCHER_UNBALANCED", "message": "Voucher 7 does not balance.",
                           "voucher_number": 7, "difference_cents": 1}
