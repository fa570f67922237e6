"""Every case of tests/data/references.json, from its public source."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.services.documents import references as refs
from tests.support_data import DATA as REFERENCE_DATA

DATA = json.loads((REFERENCE_DATA / "references.json").read_text())


@pytest.mark.parametrize("case", DATA["finnish_reference_create"], ids=lambda c: c["base"])
def test_domestic_reference_created_from_base(case: dict) -> None:
    assert refs.check_digit(case["base"]) == int(case["expected"][-1])
    if len(case["expected"]) < 4:  # below the Finanssiala minimum length: the digit is right, the reference refused
        with pytest.raises(refs.InvalidReference):
            refs.create_domestic(case["base"])
    else:
        assert refs.create_domestic(case["base"]) == case["expected"]


@pytest.mark.parametrize("case", DATA["finnish_reference_valid"], ids=lambda c: c["reference"])
def test_valid_domestic_reference_accepted(case: dict) -> None:
    assert refs.is_valid_domestic(case["reference"])


@pytest.mark.parametrize("case", DATA["finnish_reference_invalid"], ids=lambda c: c["reference"])
def test_invalid_domestic_reference_refused(case: dict) -> None:
    assert not refs.is_valid_domestic(case["reference"])


@pytest.mark.parametrize("case", DATA["rf_create_from_base"], ids=lambda c: c["base"])
def test_rf_reference_created_from_base(case: dict) -> None:
    assert refs.create_rf(case["base"]) == case["expected"]


@pytest.mark.parametrize("case", DATA["rf_valid"], ids=lambda c: c["reference"])
def test_valid_rf_reference_accepted(case: dict) -> None:
    assert refs.is_valid_rf(case["reference"])


@pytest.mark.parametrize("case", DATA["rf_invalid"], ids=lambda c: c["reference"])
def test_invalid_rf_reference_refused(case: dict) -> None:
    assert not refs.is_valid_rf(case["reference"])


@pytest.mark.parametrize("case", DATA["finnish_reference_edge_cases"], ids=lambda c: c["reference"])
def test_domestic_edge_cases_follow_the_finanssiala_length_rule(case: dict) -> None:
    ref = refs.compact(case["reference"]).lstrip("0")
    expected = case.get("check_digit_ok", False) and 4 <= len(ref) <= 20
    assert refs.is_valid_domestic(case["reference"]) == expected


@given(st.integers(min_value=100, max_value=10**18))
def test_every_created_reference_validates_in_both_forms(base: int) -> None:
    domestic = refs.create_domestic(base)
    assert refs.is_valid_domestic(domestic)
    assert refs.is_valid_rf(refs.rf_from_domestic(domestic))
    assert refs.normalize("0" * (20 - len(domestic)) + domestic) == domestic
