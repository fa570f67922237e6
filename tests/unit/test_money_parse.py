"""One reading of a typed euro amount (issue 11): ``money.parse_amount`` is what every amount field of
the GUI and every amount argument of the command line uses. What the app itself prints reads back to
the same cents; more than two decimals and a comma together with a point are refused, never guessed."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.services.foundation import formatting, i18n, money
from desktop_app.services.foundation.money import (
    MAX_AMOUNT_CENTS,
    AmountAmbiguous,
    AmountError,
    AmountMissing,
    AmountNegative,
    AmountNotANumber,
    AmountTooLarge,
    AmountTooPrecise,
    parse_amount,
)

CENTS = st.integers(min_value=-MAX_AMOUNT_CENTS, max_value=MAX_AMOUNT_CENTS)
SPACES = ("\u00a0", "\u202f", " ")


@given(CENTS, st.sampled_from(["fi", "sv"]))
def test_what_the_app_prints_in_finnish_and_swedish_reads_back_to_the_same_cents(cents: int, lang: str) -> None:
    for text in (formatting.money(cents, lang, is_cents=True), formatting.amount(cents, lang)):
        assert parse_amount(text, negative=True) == cents, text


@given(CENTS)
def test_what_the_app_prints_in_english_reads_back_or_is_refused_as_ambiguous(cents: int) -> None:
    shown = formatting.money(cents, "en", is_cents=True)
    if "," in shown:  # "€1,234.50": English groups thousands with the comma the Finnish decimals use
        with pytest.raises(AmountAmbiguous):
            parse_amount(shown, negative=True)
    else:
        assert parse_amount(shown, negative=True) == cents, shown


@given(CENTS, st.sampled_from(["fi", "sv", "en", "bg"]))
def test_what_the_app_puts_in_an_amount_field_reads_back_in_every_language(cents: int, lang: str) -> None:
    text = formatting.amount(cents, lang)  # e.g. the proposed allocations of a payment
    assert parse_amount(text, negative=True) == cents, text


@given(CENTS, st.sampled_from([("", ""), ("€", ""), ("€ ", ""), ("", " €"), ("", "€"), ("EUR ", ""), ("", " eur")]),
       st.booleans())
def test_plain_forms_read_back_to_the_same_cents(cents: int, currency: tuple[str, str], comma: bool) -> None:
    plain = f"{money.to_decimal(cents):f}"  # "-1234.50", as JSON and the command line print it
    before, after = currency
    assert parse_amount(before + (plain.replace(".", ",") if comma else plain) + after, negative=True) == cents
    assert parse_amount(str(abs(cents) // 100)) == abs(cents) // 100 * 100  # whole euros


@given(st.integers(min_value=0, max_value=MAX_AMOUNT_CENTS // 100 - 1), st.sampled_from(SPACES),
       st.integers(min_value=0, max_value=99))
def test_thousands_separated_by_any_space_read_back(euros: int, space: str, decimals: int) -> None:
    grouped = f"{euros:,}".replace(",", space)
    assert parse_amount(f"{grouped},{decimals:02d}") == euros * 100 + decimals


@given(st.integers(min_value=0, max_value=10**9), st.integers(min_value=0, max_value=999_999),
       st.sampled_from([",", "."]), st.booleans())
def test_more_than_two_decimals_is_refused(euros: int, fraction: int, separator: str, sign: bool) -> None:
    decimals = f"{fraction:06d}"[: 3 + fraction % 4]  # three to six decimals, trailing zeros too
    text = f"{'-' if sign else ''}{euros}{separator}{decimals}"
    with pytest.raises(AmountTooPrecise) as info:
        parse_amount(text, negative=True)
    assert "at most two" in info.value.english()


@pytest.mark.parametrize(("text", "cents"), [
    ("12", 1200), ("12,5", 1250), ("12,50", 1250), ("12.50", 1250), ("1 234,50", 123450),
    ("1\u00a0234,50", 123450), ("1\u202f234,5", 123450), ("1234.50", 123450), ("49,90 €", 4990),
    ("€49.90", 4990), ("EUR 49,90", 4990), ("49,90 EUR", 4990), ("0,05", 5), (",50", 50), (" 7 ", 700),
])
def test_amounts_as_clerks_type_them(text: str, cents: int) -> None:
    assert parse_amount(text) == cents


@pytest.mark.parametrize(("text", "cents"), [("-5,00", -500), ("−5,00", -500), ("-€5.00", -500), ("-0", 0)])
def test_a_negative_amount_only_where_the_caller_allows_it(text: str, cents: int) -> None:
    assert parse_amount(text, negative=True) == cents
    if cents:
        with pytest.raises(AmountNegative):
            parse_amount(text)


@pytest.mark.parametrize(("text", "error"), [
    ("12,345", AmountTooPrecise), ("0,001", AmountTooPrecise), ("1,234", AmountTooPrecise),
    ("1,234.50", AmountAmbiguous), ("1.234,50", AmountAmbiguous), ("", AmountMissing), ("   ", AmountMissing),
    ("viisi", AmountNotANumber), ("12a", AmountNotANumber), ("NaN", AmountNotANumber), ("inf", AmountNotANumber),
    ("Infinity", AmountNotANumber), ("1e5", AmountNotANumber), ("0x10", AmountNotANumber), ("€", AmountNotANumber),
    ("12 34,50", AmountNotANumber), ("1.234.567", AmountNotANumber), ("+5", AmountNotANumber),
    ("--5", AmountNotANumber), ("\u0661\u0662", AmountNotANumber), ("5 € €", AmountNotANumber),
    ("100000000,01", AmountTooLarge), ("1" * 5000, AmountTooLarge),
])
def test_what_is_not_an_amount_is_refused_with_a_reason(text: str, error: type[AmountError]) -> None:
    with pytest.raises(error) as info:
        parse_amount(text, field="amount")
    assert info.value.field == "amount"
    assert len(info.value.english()) < 250  # a 5 000-digit paste is not repeated back in full


def test_the_largest_amount_is_a_hundred_million_euros() -> None:
    assert parse_amount("100 000 000,00") == MAX_AMOUNT_CENTS


def test_the_refusals_say_what_to_write_in_the_clerks_language() -> None:
    def text(typed: str, lang: str) -> str:
        with pytest.raises(AmountError) as info:
            parse_amount(typed)
        return i18n.error_text(info.value, lang)

    assert "1234,50" in text("1,234.50", "en")
    assert text("1,234.50", "fi") != text("1,234.50", "en") != text("1,234.50", "sv")
    assert "1234,50" in text("1,234.50", "fi") and "1234,50" in text("1,234.50", "sv")
    assert "12,345" in text("12,345", "fi") and "12,345" in text("12,345", "sv")
    assert "100\u00a0000\u00a0000,00\u00a0€" in text("200000000", "fi")


def test_program_values_are_decimals_not_text() -> None:
    assert money.to_cents(Decimal("12.345")) == 1235  # a computed value rounds half up
    with pytest.raises(TypeError):
        money.to_cents("12,50")  # type: ignore[arg-type]
