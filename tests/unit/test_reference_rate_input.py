"""What an accountant types into the reference-rate dialog (services/rates.py), without a database."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop_app.services.foundation import rates

D = dt.date


@pytest.mark.parametrize(("text", "bp"), [("2,25", 225), ("2.25", 225), (" 2,25 % ", 225), ("0", 0), ("3", 300),
                                          ("1,5", 150), ("-0,5", -50)])
def test_a_percentage_is_read_as_typed_in_finnish_or_english(text: str, bp: int) -> None:
    assert rates.percent_to_bp(text) == bp


@pytest.mark.parametrize("text", ["", "kaksi", "2,255", "2,2,5", "NaN", "Infinity"])
def test_anything_else_is_refused_with_the_text_named(text: str) -> None:
    with pytest.raises(rates.RateNotANumber) as refused:
        rates.percent_to_bp(text)
    assert refused.value.params["text"] == text and refused.value.field == "rate"


def test_the_dialog_offers_the_half_year_of_the_day_two_before_and_the_next() -> None:
    assert rates.half_years_around(D(2026, 11, 24)) == [
        (D(2025, 7, 1), D(2025, 12, 31)), (D(2026, 1, 1), D(2026, 6, 30)), (D(2026, 7, 1), D(2026, 12, 31)),
        (D(2027, 1, 1), D(2027, 6, 30))]
    assert rates.half_years_around(D(2026, 1, 1), before=0, after=0) == [(D(2026, 1, 1), D(2026, 6, 30))]
