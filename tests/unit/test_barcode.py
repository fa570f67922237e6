"""Virtual barcode (virtuaaliviivakoodi) against every case of tests/data/virtual_barcode.json."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.services.documents import references
from desktop_app.services.documents.barcode import (
    BarcodeNeedsFinnishIban,
    BarcodeNegativeAmount,
    BarcodeReferenceNotNumeric,
    InvalidIban,
    virtual_barcode,
)
from tests.support_data import DATA as REFERENCE_DATA

DATA = json.loads((REFERENCE_DATA / "virtual_barcode.json").read_text())
IBAN = "FI79 4405 2020 0360 82"


def _case_args(case: dict) -> tuple:
    due = dt.date.fromisoformat(case["due_date"]) if case["due_date"] else None
    return case["iban"], Decimal(case["amount_eur"]), case["reference"], due


@pytest.mark.parametrize("case", DATA["guide_v4"], ids=lambda c: f"invoice-{c['guide_invoice']}")
def test_version_4_matches_bank_guide_example(case: dict) -> None:
    assert virtual_barcode(*_case_args(case)) == case["expected"]


# Guide invoice 3 exists in two variants (3a: RF body is a valid 7-3-1 reference, 3b: an older edition's
# body that is not); both are internally consistent, and an RF reference needs no valid domestic body.
@pytest.mark.parametrize("case", DATA["guide_v5"], ids=lambda c: f"invoice-{c['guide_invoice']}")
def test_version_5_matches_bank_guide_example(case: dict) -> None:
    assert virtual_barcode(*_case_args(case)) == case["expected"]


@pytest.mark.parametrize("case", DATA["other_public_examples"], ids=lambda c: c["id"])
def test_matches_other_public_example(case: dict) -> None:
    assert virtual_barcode(*_case_args(case)) == case["expected"]


def test_readme_example_with_wrong_date_is_not_reproduced_but_the_correct_one_is() -> None:
    bad = DATA["known_bad_public_example"]
    inputs = bad["inputs"]
    code = virtual_barcode(inputs["iban"], Decimal(inputs["euro_amount"]), inputs["reference"],
                           dt.date.fromisoformat(inputs["due_date"]))
    assert code != bad["printed_output"]
    assert code == "449500094200287300001002000000000000001234567907221212"


def test_amount_above_maximum_is_left_for_the_payer_as_zeros() -> None:
    code = virtual_barcode(IBAN, Decimal("1000000.00"), "86851 62596 19897", dt.date(2026, 12, 8))
    assert code[17:25] == "00000000"
    assert virtual_barcode(IBAN, Decimal("999999.99"), "86851 62596 19897", None)[17:25] == "99999999"


def test_no_amount_and_no_due_date_are_zeros() -> None:
    code = virtual_barcode(IBAN, None, "11112", None)
    assert code[17:25] == "00000000"
    assert code.endswith("000000")


def test_non_finnish_iban_is_refused_with_a_clear_error() -> None:
    with pytest.raises(BarcodeNeedsFinnishIban, match="DE89 3704 0044 0532 0130 00"):
        virtual_barcode("DE89 3704 0044 0532 0130 00", Decimal("10"), "11112", None)


def test_iban_with_wrong_check_digits_is_refused() -> None:
    with pytest.raises(InvalidIban):
        virtual_barcode("FI79 4405 2020 0360 83", Decimal("10"), "11112", None)


@pytest.mark.parametrize("reference", ["11113", "RF99 11112", "123", "ABC", ""])
def test_invalid_reference_is_refused(reference: str) -> None:
    with pytest.raises(references.InvalidReference):
        virtual_barcode(IBAN, Decimal("10"), reference, None)


def test_rf_reference_with_letters_cannot_be_encoded() -> None:
    with pytest.raises(BarcodeReferenceNotNumeric):
        virtual_barcode(IBAN, Decimal("10"), references.create_rf("ABC123"), None)


def test_negative_amount_is_refused() -> None:
    with pytest.raises(BarcodeNegativeAmount):
        virtual_barcode(IBAN, Decimal("-0.01"), "11112", None)


@given(base=st.integers(min_value=100, max_value=10**18), cents=st.integers(min_value=0, max_value=99_999_999),
       rf=st.booleans(), day=st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2099, 12, 31)))
def test_every_field_can_be_read_back_from_the_54_digits(base: int, cents: int, rf: bool, day: dt.date) -> None:
    domestic = references.create_domestic(base)
    reference = references.rf_from_domestic(domestic) if rf else domestic
    code = virtual_barcode(IBAN, Decimal(cents) / 100, reference, day)
    assert len(code) == 54 and code.isdigit()
    assert code[0] == ("5" if rf else "4")
    assert code[1:17] == "7944052020036082"
    assert int(code[17:25]) == cents
    assert code[-6:] == day.strftime("%y%m%d")
    if rf:
        assert code[25:27] == reference[2:4]
        assert code[27:48].lstrip("0") == domestic
    else:
        assert code[25:48].lstrip("0") == domestic
