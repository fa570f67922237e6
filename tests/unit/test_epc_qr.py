"""EPC QR payloads against every case of tests/data/epc_qr.json, and the Finnish invoice convention."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal

import pytest

from desktop_app.services.documents import epc_qr
from desktop_app.services.documents.references import InvalidReference
from tests.support_data import DATA as REFERENCE_DATA

DATA = json.loads((REFERENCE_DATA / "epc_qr.json").read_text())
EXAMPLES = {case["id"]: case for case in DATA["examples"]}


def _rebuild(payload: str) -> str:
    """Make our payload from the fields of an example payload, so the vector checks field handling."""
    fields = payload.split("\n") + [""] * 12
    amount = Decimal(fields[7][3:]) if fields[7] else None
    return epc_qr.epc_payload(
        version=fields[1], charset=int(fields[2]), bic=fields[4], name=fields[5], iban=fields[6],
        amount=amount, purpose=fields[8], reference=fields[9], text=fields[10], info=fields[11])


@pytest.mark.parametrize("case_id", ["epc-example-1-v001", "epc-example-1-v002", "epc-example-2", "wikipedia-donation"])
def test_payload_matches_epc_example(case_id: str) -> None:
    case = EXAMPLES[case_id]
    payload = _rebuild(case["payload"])
    assert payload == case["payload"]
    if "utf8_bytes" in case:
        assert len(payload.encode("utf-8")) == case["utf8_bytes"]
    else:
        assert len(payload.encode("iso-8859-1")) == case["latin1_bytes"]


def test_payload_matches_finnish_guide_demonstrator_unverified() -> None:
    """UNVERIFIED: taken from a JS test suite citing the Finnish guide, not from the guide itself."""
    case = EXAMPLES["finnish-guide-demonstrator"]
    payload = _rebuild(case["payload"])
    assert payload == case["payload"]
    assert len(payload.encode("utf-8")) == case["utf8_bytes"] == 300


def test_longer_finnish_demonstrator_is_within_the_epc_limits() -> None:
    """The data file's negative case is a library quirk, not a spec rule: 329 bytes, info 53 characters."""
    payload = _rebuild(DATA["negative"][0]["payload"])
    assert len(payload.encode("utf-8")) == 329


def test_amount_is_written_without_trailing_zeros() -> None:
    assert epc_qr.format_amount(Decimal("12.30")) == "EUR12.3"
    assert epc_qr.format_amount(Decimal("20.00")) == "EUR20"
    assert epc_qr.format_amount(Decimal("0.01")) == "EUR0.01"
    assert epc_qr.format_amount(Decimal("999999999.99")) == "EUR999999999.99"


@pytest.mark.parametrize("amount", ["0", "0.00", "-1", "1000000000.00"])
def test_amount_out_of_range_is_refused(amount: str) -> None:
    with pytest.raises(epc_qr.EpcAmountOutOfRange):
        epc_qr.format_amount(Decimal(amount))


def test_amount_with_fractions_of_a_cent_is_refused() -> None:
    with pytest.raises(epc_qr.EpcFieldInvalid):
        epc_qr.format_amount(Decimal("1.005"))


KW = {"name": "Kustannus Oy Lehti", "iban": "FI7944052020036082", "bic": "NDEAFIHH"}


@pytest.mark.parametrize(("field", "limit"), [("name", 70), ("text", 140), ("info", 70), ("reference", 35), ("purpose", 4)])
def test_field_longer_than_its_limit_is_refused(field: str, limit: int) -> None:
    with pytest.raises(epc_qr.EpcFieldTooLong, match=f"at most {limit} characters"):
        epc_qr.epc_payload(**{**KW, field: "A" * (limit + 1)})


def test_version_001_requires_a_bic() -> None:
    with pytest.raises(epc_qr.EpcFieldInvalid, match="BIC"):
        epc_qr.epc_payload(name="X", iban=KW["iban"], version="001")
    assert epc_qr.epc_payload(name="X", iban=KW["iban"], version="002") == "BCD\n002\n1\nSCT\n\nX\nFI7944052020036082"


@pytest.mark.parametrize(("field", "value"), [("iban", "FI7944052020036083"), ("bic", "NDEA"), ("name", ""),
                                              ("name", "Two\nlines"), ("purpose", "GD-S")])
def test_invalid_field_is_refused(field: str, value: str) -> None:
    with pytest.raises(epc_qr.EpcFieldInvalid):
        epc_qr.epc_payload(**{**KW, field: value})


def test_reference_and_text_together_are_refused() -> None:
    with pytest.raises(epc_qr.EpcReferenceAndText):
        epc_qr.epc_payload(**KW, reference="RF18539007547034", text="Invoice 1")


def test_payload_over_331_bytes_is_refused() -> None:
    with pytest.raises(epc_qr.EpcPayloadTooLong, match="335 bytes"):
        epc_qr.epc_payload(**{**KW, "name": "Ä" * 70}, text="x" * 140, info="y" * 8)


def test_text_not_in_the_chosen_character_set_is_refused() -> None:
    with pytest.raises(epc_qr.EpcFieldInvalid, match="character set"):
        epc_qr.epc_payload(**{**KW, "name": "Иванов"}, charset=2)


def test_invoice_with_domestic_reference_puts_it_in_the_unstructured_field() -> None:
    payload = epc_qr.invoice_payload(**KW, amount=Decimal("1234.50"), reference="8685 16259 61989 7",
                                     due_date=dt.date(2026, 12, 8))
    assert payload.split("\n") == ["BCD", "001", "1", "SCT", "NDEAFIHH", "Kustannus Oy Lehti", "FI7944052020036082",
                                   "EUR1234.5", "", "", "868516259619897", "ReqdExctnDt/2026-12-08"]


def test_invoice_with_rf_reference_puts_it_in_the_structured_field() -> None:
    payload = epc_qr.invoice_payload(**KW, amount=Decimal("12.30"), reference="RF09 8685 1625 9619 897")
    assert payload.split("\n")[7:] == ["EUR12.3", "", "RF09868516259619897"]


def test_invoice_without_bic_uses_version_002() -> None:
    payload = epc_qr.invoice_payload(name="Yhdistys ry", iban="FI7944052020036082", bic="", amount=Decimal("5"),
                                     reference="11112")
    assert payload.split("\n")[:5] == ["BCD", "002", "1", "SCT", ""]


def test_invoice_with_invalid_reference_is_refused() -> None:
    with pytest.raises(InvalidReference):
        epc_qr.invoice_payload(**KW, amount=Decimal("5"), reference="11113")


def test_qr_code_is_error_level_m_byte_mode_and_decodes_to_utf8_payload() -> None:
    payload = EXAMPLES["finnish-guide-demonstrator"]["payload"]
    qr = epc_qr.qr_code(payload)
    assert qr.error == "M" and qr.mode == "byte"
    assert qr.version <= 13
    matrix = epc_qr.qr_matrix(payload)
    assert len(matrix) == len(matrix[0]) == 17 + 4 * qr.version
    # finder pattern in the top-left corner: a dark 7x7 ring around a light ring around a dark 3x3
    assert all(matrix[0][:7]) and all(matrix[6][:7]) and not any(matrix[1][1:6]) and all(matrix[3][2:5])
