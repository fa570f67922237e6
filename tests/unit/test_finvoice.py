"""Finvoice 3.0 XML: every document kind valid against both official schemas, and the values right."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal
from functools import cache
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree

from desktop_app.models.enums import InvoiceKind
from desktop_app.services.documents import barcode, references
from desktop_app.services.documents.finvoice import (
    EinvoiceAddressMissing,
    EinvoiceSettingInvalid,
    SellerIbanMissing,
    finvoice_file_name,
    finvoice_xml,
)
from desktop_app.services.documents.model import InvoiceDocument, Seller
from desktop_app.services.documents.samples import (
    EXAMPLE_BUYER,
    EXAMPLE_ITEMS,
    EXAMPLE_SELLER,
    example_document,
)
from tests.support_data import DATA

FINVOICE_DATA = DATA / "finvoice"
SCHEMAS = ("Finvoice3.0.xsd", "Finvoice3.0_modified_2019-11-01.xsd")
CREATED = dt.datetime(2026, 12, 1, 10, 15, 0)
BUYER = replace(EXAMPLE_BUYER, einvoice_address="003712345678")
SEND = {
    "seller_einvoice_address": "003712345671",
    "seller_einvoice_operator": "003721291126",
    "buyer_einvoice_operator": "NDEAFIHH",
}


@cache
def _schema(name: str) -> Any:
    return etree.XMLSchema(etree.parse(str(FINVOICE_DATA / name)))


def _xml(doc: InvoiceDocument, **overrides: Any) -> bytes:
    args: dict[str, Any] = {**SEND, "message_id": f"RSK-{doc.invoice_number}", "created_at": CREATED}
    args.update(overrides)
    return finvoice_xml(doc, **args)


def _parse(data: bytes) -> Any:
    return etree.fromstring(data).getroottree()


def _assert_valid(tree: Any) -> None:
    for name in SCHEMAS:
        schema = _schema(name)
        assert schema.validate(tree), f"{name}: {schema.error_log}"


def _text(tree: Any, path: str) -> str:
    return str(tree.xpath(f"string({path})"))


def _amount(text: str) -> Decimal:
    assert "." not in text, text
    return Decimal(text.replace(",", "."))


def _amounts(tree: Any, path: str) -> list[Decimal]:
    return [_amount(e.text) for e in tree.xpath(path)]


def _doc(kind: InvoiceKind = InvoiceKind.INVOICE, language: str = "fi", **kwargs: Any) -> InvoiceDocument:
    kwargs.setdefault("buyer", BUYER)
    return example_document(kind, language, **kwargs)


# ------------------------------------------------------------------------------------------ validity


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
@pytest.mark.parametrize("kind", list(InvoiceKind), ids=str)
def test_every_kind_and_language_is_valid_against_both_schemas(kind: InvoiceKind, language: str) -> None:
    tree = _parse(_xml(_doc(kind, language, items=EXAMPLE_ITEMS, messages=("Kiitos tilauksesta!",))))
    _assert_valid(tree)
    assert tree.getroot().get("Version") == "3.0"
    assert _text(tree, "/Finvoice/InvoiceRecipientLanguageCode") == language.upper()


@pytest.mark.parametrize("name", [
    "Пётр Ильич Чайковский",  # Cyrillic
    "Αλέξανδρος Παπαδόπουλος",  # Greek
    "Šárka Žemlová & Œdipe Ltd €",  # all in ISO-8859-15
    "山田太郎",  # CJK
    "Émilie O'Brien <Ab> \"Oy\"",  # XML special characters
])
def test_unicode_buyer_names_survive_and_stay_valid(name: str) -> None:
    buyer = replace(BUYER, name=name, contact=name)
    data = _xml(_doc(buyer=buyer))
    tree = _parse(data)
    _assert_valid(tree)
    assert _text(tree, "/Finvoice/BuyerPartyDetails/BuyerOrganisationName") == name
    assert _text(tree, "/Finvoice/BuyerContactPersonName") == name


def test_finnish_and_swedish_letters_are_written_in_iso_8859_15() -> None:
    data = _xml(_doc())  # buyer "Åsa Åkerlund", "Östra Långgatan 5 A 3", lines with "ä"
    assert data.startswith(b'<?xml version="1.0" encoding="ISO-8859-15"?>')
    assert "Åsa Åkerlund".encode("iso-8859-15") in data
    assert "Östra Långgatan".encode("iso-8859-15") in data
    assert "Digilehti, lisäkäyttäjä".encode("iso-8859-15") in data
    assert b"&#" not in data  # nothing escaped as a character reference
    tree = _parse(data)
    assert tree.docinfo.encoding == "ISO-8859-15"
    assert _text(tree, "/Finvoice/BuyerPartyDetails/BuyerOrganisationName") == "Åsa Åkerlund"


def test_euro_sign_and_latin_9_letters_keep_iso_8859_15() -> None:
    buyer = replace(BUYER, name="Šárka Žemlová € Œuvre")
    data = _xml(_doc(buyer=buyer))
    assert data.startswith(b'<?xml version="1.0" encoding="ISO-8859-15"?>')
    assert "Šárka Žemlová € Œuvre".encode("iso-8859-15") in data


def test_a_character_outside_iso_8859_15_makes_the_whole_file_utf8() -> None:
    buyer = replace(BUYER, name="Пётр Чайковский", address_lines=("Невский проспект 1", "191025 САНКТ-ПЕТЕРБУРГ",
                                                                   "VENÄJÄ"))
    data = _xml(_doc(buyer=buyer))
    assert data.startswith(b'<?xml version="1.0" encoding="UTF-8"?>')
    assert "Пётр Чайковский".encode() in data
    assert "Åsa".encode() not in data and "lisäkäyttäjä".encode() in data  # the rest is UTF-8 too
    tree = _parse(data)
    _assert_valid(tree)
    address = "/Finvoice/BuyerPartyDetails/BuyerPostalAddressDetails"
    assert _text(tree, f"{address}/BuyerTownName") == "САНКТ-ПЕТЕРБУРГ"
    assert _text(tree, f"{address}/CountryCode") == "RU"
    assert _text(tree, f"{address}/CountryName") == "VENÄJÄ"


def test_control_characters_and_overlong_texts_do_not_break_the_schema() -> None:
    description = "Lehti\x00\x07 tilaus\ttabulaattorilla " + "pitkä kuvaus " * 20
    doc = _doc(items=((description, 1, "10.00", 1400),), messages=("Rivi 1\nRivi 2\x1b", "x" * 1200))
    buyer = replace(BUYER, name="Osakeyhtiö " * 12, contact="Hilkka " * 20,
                    address_lines=("Katu " * 10, "00100 HELSINKI"))
    tree = _parse(_xml(replace(doc, buyer=buyer)))
    _assert_valid(tree)
    article = _text(tree, "/Finvoice/InvoiceRow/ArticleName")
    assert article.startswith("Lehti tilaus tabulaattorilla pitkä") and len(article) <= 100
    assert "".join(e.text for e in tree.xpath("/Finvoice/InvoiceRow/RowFreeText")).startswith("Lehti tilaus")
    names = [e.text for e in tree.xpath("/Finvoice/BuyerPartyDetails/BuyerOrganisationName")]
    assert len(names) == 2 and " ".join(names) == " ".join(("Osakeyhtiö " * 12).split())
    texts = [e.text for e in tree.xpath("/Finvoice/InvoiceDetails/InvoiceFreeText")]
    assert texts[:2] == ["Rivi 1", "Rivi 2"] and sum(len(t) for t in texts[2:]) == 1200


def test_the_schemas_catch_an_element_out_of_order() -> None:
    """A guard on the guard: validation here is strict about the sequence, as the operator's is."""
    tree = _parse(_xml(_doc()))
    root = tree.getroot()
    root.append(root.find("VirtualBankBarcode"))  # moved to the end, after EpiDetails
    for name in SCHEMAS:
        assert not _schema(name).validate(tree)


# ------------------------------------------------------------------------------------------ values


def test_invoice_values_by_xpath() -> None:
    doc = _doc(items=EXAMPLE_ITEMS)
    tree = _parse(_xml(doc, message_id="RSK-000042", created_at=dt.datetime(2026, 12, 1, 10, 15, 30)))
    assert _text(tree, "//MessageSenderDetails/FromIdentifier") == "003712345671"
    assert _text(tree, "//MessageSenderDetails/FromIdentifier/@SchemeID") == "0037"
    assert _text(tree, "//MessageSenderDetails/FromIntermediator") == "003721291126"
    assert _text(tree, "//MessageReceiverDetails/ToIdentifier") == "003712345678"
    assert _text(tree, "//MessageReceiverDetails/ToIntermediator") == "NDEAFIHH"
    assert _text(tree, "//MessageDetails/MessageIdentifier") == "RSK-000042"
    assert _text(tree, "//MessageDetails/MessageTimeStamp") == "2026-12-01T10:15:30"
    assert _text(tree, "/Finvoice/SellerPartyDetails/SellerPartyIdentifier") == "1234567-1"
    assert _text(tree, "/Finvoice/SellerPartyDetails/SellerOrganisationName") == "Kustannus Oy Esimerkki"
    assert _text(tree, "//SellerPostalAddressDetails/SellerPostCodeIdentifier") == "00100"
    assert _text(tree, "/Finvoice/SellerOrganisationUnitNumber") == "003712345671"
    assert _text(tree, "//SellerAccountDetails/SellerAccountID") == "FI7944052020036082"
    assert _text(tree, "//SellerAccountDetails/SellerAccountID/@IdentificationSchemeName") == "IBAN"
    assert _text(tree, "//SellerAccountDetails/SellerBic") == "ITELFIHH"
    assert _text(tree, "/Finvoice/BuyerPartyDetails/BuyerPartyIdentifier") == "100234"  # no business id
    assert _text(tree, "//BuyerPostalAddressDetails/BuyerStreetName") == "Östra Långgatan 5 A 3"
    assert _text(tree, "//BuyerPostalAddressDetails/BuyerTownName") == "VAASA"
    assert _text(tree, "//BuyerPostalAddressDetails/BuyerPostCodeIdentifier") == "65100"
    details = "/Finvoice/InvoiceDetails"
    assert _text(tree, f"{details}/InvoiceTypeCode") == "INV01"
    assert _text(tree, f"{details}/InvoiceTypeText") == "LASKU"
    assert _text(tree, f"{details}/InvoiceNumber") == doc.invoice_number == "20261001"
    assert _text(tree, f"{details}/InvoiceDate") == "20261124"
    assert _text(tree, f"{details}/InvoiceDate/@Format") == "CCYYMMDD"
    assert _text(tree, f"{details}/PaymentTermsDetails/InvoiceDueDate") == "20261208"
    assert _text(tree, f"{details}/PaymentTermsDetails/PaymentOverDueFineDetails/PaymentOverDueFinePercent") == "11,5"
    assert _text(tree, f"{details}/InvoiceTotalVatExcludedAmount") == "811,70"
    assert _text(tree, f"{details}/InvoiceTotalVatAmount") == "168,84"
    assert _text(tree, f"{details}/InvoiceTotalVatIncludedAmount") == "980,54"
    assert _text(tree, f"{details}/InvoiceTotalVatIncludedAmount/@AmountCurrencyIdentifier") == "EUR"
    assert [e.text for e in tree.xpath(f"{details}/VatSpecificationDetails/VatRatePercent")] == ["14", "25,5"]
    epi = "/Finvoice/EpiDetails"
    assert _text(tree, f"{epi}/EpiIdentificationDetails/EpiDate") == "20261124"
    assert _text(tree, f"{epi}//EpiBfiIdentifier") == "ITELFIHH"
    assert _text(tree, f"{epi}//EpiNameAddressDetails") == "Kustannus Oy Esimerkki"
    assert _text(tree, f"{epi}//EpiAccountID") == "FI7944052020036082"
    assert _text(tree, f"{epi}//EpiAccountID/@IdentificationSchemeName") == "IBAN"
    assert _text(tree, f"{epi}//EpiInstructedAmount") == "980,54"
    assert _text(tree, f"{epi}//EpiDateOptionDate") == "20261208"
    assert _text(tree, f"{epi}//EpiDateOptionDate/@Format") == "CCYYMMDD"


def test_multi_line_invoice_has_one_row_per_line_with_periods_and_rates() -> None:
    doc = _doc(items=EXAMPLE_ITEMS)
    tree = _parse(_xml(doc))
    rows = tree.xpath("/Finvoice/InvoiceRow")
    assert len(rows) == len(doc.lines) == 4
    for row, line in zip(rows, doc.lines, strict=True):
        assert row.findtext("ArticleName") == line.description
        assert row.findtext("InvoicedQuantity") == str(line.quantity)
        assert _amount(row.findtext("UnitPriceAmount")) == line.unit_price
        assert row.findtext("RowVatRatePercent") == {1400: "14", 2550: "25,5"}[line.vat_rate_bp]
        assert _amount(row.findtext("RowVatExcludedAmount")) == line.net
        assert _amount(row.findtext("RowVatAmount")) == line.vat
        assert _amount(row.findtext("RowAmount")) == line.gross
        if line.period_start is not None:
            assert row.findtext("StartDate") == f"{line.period_start:%Y%m%d}"
            assert row.findtext("EndDate") == f"{line.period_end:%Y%m%d}"
        else:
            assert row.find("StartDate") is None
    assert _text(tree, "//InvoicingPeriodStartDate") == "20261201"
    assert _text(tree, "//InvoicingPeriodEndDate") == "20271130"


def test_vat_breakdown_adds_up_to_the_totals_and_the_rows() -> None:
    tree = _parse(_xml(_doc(items=EXAMPLE_ITEMS)))
    details = "/Finvoice/InvoiceDetails"
    net = _amount(_text(tree, f"{details}/InvoiceTotalVatExcludedAmount"))
    vat = _amount(_text(tree, f"{details}/InvoiceTotalVatAmount"))
    gross = _amount(_text(tree, f"{details}/InvoiceTotalVatIncludedAmount"))
    assert sum(_amounts(tree, f"{details}/VatSpecificationDetails/VatBaseAmount")) == net
    assert sum(_amounts(tree, f"{details}/VatSpecificationDetails/VatRateAmount")) == vat
    assert sum(_amounts(tree, "/Finvoice/InvoiceRow/RowVatExcludedAmount")) == net
    assert sum(_amounts(tree, "/Finvoice/InvoiceRow/RowAmount")) == gross == net + vat


@pytest.mark.parametrize(("rf", "scheme"), [(False, "SPY"), (True, "ISO")])
def test_reference_and_its_scheme(rf: bool, scheme: str) -> None:
    doc = _doc(rf_reference=rf)
    tree = _parse(_xml(doc))
    remittance = tree.xpath("//EpiRemittanceInfoIdentifier")[0]
    assert remittance.get("IdentificationSchemeName") == scheme
    assert remittance.text == references.normalize(doc.reference)
    assert remittance.text.startswith("RF") is rf


@pytest.mark.parametrize("rf", [False, True])
def test_virtual_barcode_is_the_bank_bar_code_of_the_document(rf: bool) -> None:
    doc = _doc(rf_reference=rf, items=EXAMPLE_ITEMS)
    tree = _parse(_xml(doc))
    code = _text(tree, "/Finvoice/VirtualBankBarcode")
    assert code == barcode.virtual_barcode(doc.seller.iban, doc.amount_to_pay, doc.reference, doc.due_date)
    assert len(code) == 54 and code[0] == ("5" if rf else "4")


def test_buyer_business_id_is_the_party_identifier_when_there_is_one() -> None:
    buyer = replace(BUYER, business_id="7654321-2", contact="Matti Meikäläinen")
    tree = _parse(_xml(_doc(buyer=buyer)))
    assert _text(tree, "/Finvoice/BuyerPartyDetails/BuyerPartyIdentifier") == "7654321-2"
    assert _text(tree, "/Finvoice/InvoiceDetails/SellersBuyerIdentifier") == "100234"
    assert _text(tree, "/Finvoice/BuyerContactPersonName") == "Matti Meikäläinen"


def test_foreign_address_gets_its_country_code() -> None:
    buyer = replace(BUYER, address_lines=("Drottninggatan 1", "111 51 STOCKHOLM", "RUOTSI"))
    tree = _parse(_xml(_doc(buyer=buyer)))
    _assert_valid(tree)
    address = "//BuyerPostalAddressDetails"
    assert _text(tree, f"{address}/BuyerPostCodeIdentifier") == "111 51"
    assert _text(tree, f"{address}/BuyerTownName") == "STOCKHOLM"
    assert _text(tree, f"{address}/CountryCode") == "SE"


def test_ad_invoice_is_an_invoice_with_its_own_title() -> None:
    tree = _parse(_xml(_doc(InvoiceKind.AD_INVOICE, "sv")))
    assert _text(tree, "//InvoiceTypeCode") == "INV01"
    assert _text(tree, "//InvoiceTypeCodeUN") == "380"
    assert _text(tree, "//InvoiceTypeText") == "ANNONSFAKTURA"


@pytest.mark.parametrize(("kind", "title"), [(InvoiceKind.CREDIT_NOTE, "HYVITYSLASKU"),
                                              (InvoiceKind.REFUND_INVOICE, "PALAUTUSLASKU")])
def test_credit_documents_are_inv02_with_negative_amounts_and_no_bar_code(kind: InvoiceKind, title: str) -> None:
    doc = _doc(kind, items=EXAMPLE_ITEMS)
    tree = _parse(_xml(doc))
    assert _text(tree, "//InvoiceTypeCode") == "INV02"
    assert _text(tree, "//InvoiceTypeCodeUN") == "381"
    assert _text(tree, "//InvoiceTypeText") == title
    assert _text(tree, "//InvoiceDetails/OriginalInvoiceNumber") == doc.credited_invoice_number == "20260001"
    details = "/Finvoice/InvoiceDetails"
    assert _amount(_text(tree, f"{details}/InvoiceTotalVatIncludedAmount")) == -doc.total_gross
    assert _text(tree, f"{details}/InvoiceTotalVatIncludedAmount") == "-980,54"
    assert _amount(_text(tree, f"{details}/InvoiceTotalVatAmount")) == -doc.total_vat
    assert sum(_amounts(tree, f"{details}/VatSpecificationDetails/VatRateAmount")) == -doc.total_vat
    assert sum(_amounts(tree, "/Finvoice/InvoiceRow/RowAmount")) == -doc.total_gross
    assert all(q.text.startswith("-") for q in tree.xpath("//InvoiceRow/InvoicedQuantity"))
    assert all(not p.text.startswith("-") for p in tree.xpath("//InvoiceRow/UnitPriceAmount"))
    assert _amount(_text(tree, "//EpiInstructedAmount")) == -doc.amount_to_pay
    assert tree.find("VirtualBankBarcode") is None
    assert not tree.xpath("//PaymentOverDueFineDetails")


def test_reminder_asks_for_the_open_amount_plus_costs() -> None:
    doc = _doc(InvoiceKind.REMINDER)
    assert doc.reminder is not None
    tree = _parse(_xml(doc))
    _assert_valid(tree)
    assert _text(tree, "//InvoiceTypeCode") == "INV08"
    assert _text(tree, "//InvoiceTypeText") == "MAKSUMUISTUTUS"
    assert not tree.xpath("//InvoiceTypeCodeUN")
    assert _text(tree, "//InvoiceDetails/OriginalInvoiceNumber") == doc.reminder.original_invoice_number
    assert _amount(_text(tree, "//InvoiceTotalVatIncludedAmount")) == doc.total_gross  # fee + interest
    assert _amount(_text(tree, "//EpiInstructedAmount")) == doc.amount_to_pay == doc.reminder.open_amount + doc.total_gross
    assert _text(tree, "/Finvoice/VirtualBankBarcode") == barcode.virtual_barcode(
        doc.seller.iban, doc.amount_to_pay, doc.reference, doc.due_date)
    overdue = tree.xpath("//InvoiceRow/RowOverDuePaymentDetails")
    assert overdue and all(o.findtext("RowOriginalInvoiceIdentifier") == "20260001" for o in overdue)
    assert _amount(overdue[0].findtext("RowUnPaidVatIncludedAmount")) == doc.reminder.open_amount
    interest = [o for o in overdue if o.find("RowInterestChargeAmount") is not None]
    assert len(interest) == 1 and _amount(interest[0].findtext("RowInterestChargeAmount")) == doc.reminder.interest_amount
    assert interest[0].findtext("RowInterestRate") == "11,5"
    assert sum(_amounts(tree, "/Finvoice/InvoiceRow/RowAmount")) == doc.total_gross


def test_balance_applied_is_the_paid_amount_and_lowers_the_amount_to_pay() -> None:
    doc = _doc(balance_applied=Decimal("100.00"))
    tree = _parse(_xml(doc))
    _assert_valid(tree)
    assert _text(tree, "//InvoicePaidAmount") == "100,00"
    assert _amount(_text(tree, "//EpiInstructedAmount")) == doc.amount_to_pay == doc.total_gross - Decimal("100.00")
    assert _text(tree, "/Finvoice/VirtualBankBarcode") == barcode.virtual_barcode(
        doc.seller.iban, doc.amount_to_pay, doc.reference, doc.due_date)


def test_document_paid_in_full_by_balance_has_no_bar_code() -> None:
    doc = _doc(items=(("Kirja", 1, "10.00", 1400),), balance_applied=Decimal("11.40"))
    tree = _parse(_xml(doc))
    _assert_valid(tree)
    assert _text(tree, "//EpiInstructedAmount") == "0,00"
    assert tree.find("VirtualBankBarcode") is None


def test_foreign_seller_account_gives_no_bar_code_but_a_valid_file() -> None:
    seller = replace(EXAMPLE_SELLER, iban="SE45 5000 0000 0583 9825 7466", bic="ESSESESS")
    tree = _parse(_xml(_doc(seller=seller)))
    _assert_valid(tree)
    assert tree.find("VirtualBankBarcode") is None
    assert _text(tree, "//EpiAccountID") == "SE4550000000058398257466"


def test_seller_without_bic_is_still_valid() -> None:
    seller = Seller(name="Pieni Toiminimi", iban="FI79 4405 2020 0360 82")
    tree = _parse(_xml(_doc(seller=seller)))
    _assert_valid(tree)
    assert not tree.xpath("//SellerAccountDetails") and not tree.xpath("//EpiBfiIdentifier")


def test_buyer_without_einvoice_address_is_refused() -> None:
    with pytest.raises(EinvoiceAddressMissing):
        _xml(_doc(buyer=EXAMPLE_BUYER))


def test_seller_without_iban_is_refused() -> None:
    with pytest.raises(SellerIbanMissing):
        _xml(_doc(seller=replace(EXAMPLE_SELLER, iban="")))


@pytest.mark.parametrize("setting", ["seller_einvoice_address", "seller_einvoice_operator",
                                     "buyer_einvoice_operator", "message_id"])
def test_missing_or_overlong_sending_settings_are_refused(setting: str) -> None:
    for value in ("", "x" * 49):
        with pytest.raises(EinvoiceSettingInvalid):
            _xml(_doc(), **{setting: value})


# ------------------------------------------------------------------------------------------ file names


def test_file_name_format() -> None:
    assert finvoice_file_name(117016, dt.datetime(2026, 12, 1, 10, 15), 1) == "20261201T101500_000001_117016.xml"


def test_file_names_sort_in_creation_order() -> None:
    start = dt.datetime(2026, 12, 1, 9, 59, 58)
    made = [  # (created, place in batch, invoice number): numbers of different lengths on purpose
        (start, 1, 99999999), (start, 2, 5), (start, 10, 1000),
        (start + dt.timedelta(seconds=1), 1, 7), (start + dt.timedelta(seconds=3), 1, 42),
        (start + dt.timedelta(hours=1), 1, 3), (start + dt.timedelta(days=40), 999_999, 1),
    ]
    names = [finvoice_file_name(number, created, seq) for created, seq, number in made]
    assert sorted(names) == names
    assert len(set(names)) == len(names)


def test_aware_times_sort_across_a_daylight_saving_change() -> None:
    summer, winter = dt.timezone(dt.timedelta(hours=3)), dt.timezone(dt.timedelta(hours=2))
    before = dt.datetime(2026, 10, 25, 3, 30, tzinfo=summer)  # 00:30 UTC
    after = dt.datetime(2026, 10, 25, 3, 10, tzinfo=winter)  # 01:10 UTC, later though the clock shows less
    assert finvoice_file_name(1, before, 1) < finvoice_file_name(1, after, 1)


@pytest.mark.parametrize(("number", "seq"), [(0, 1), (-5, 1), (1, -1), (1, 1_000_000)])
def test_file_name_refuses_values_that_would_break_the_order(number: int, seq: int) -> None:
    with pytest.raises(ValueError):
        finvoice_file_name(number, CREATED, seq)


# ------------------------------------------------------------------------------------------ property


_items = st.lists(
    st.tuples(
        st.text(min_size=1, max_size=120),
        st.integers(min_value=1, max_value=999),
        st.integers(min_value=0, max_value=5_000_000).map(lambda c: f"{c // 100}.{c % 100:02d}"),
        st.sampled_from([0, 1000, 1350, 1400, 2550]),
    ),
    min_size=1, max_size=8,
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(items=_items, kind=st.sampled_from([InvoiceKind.INVOICE, InvoiceKind.AD_INVOICE, InvoiceKind.CREDIT_NOTE,
                                           InvoiceKind.REFUND_INVOICE]),
       language=st.sampled_from(["fi", "sv", "en"]), rf=st.booleans())
def test_any_lines_give_a_valid_file_whose_sums_agree(items: list[tuple[str, int, str, int]], kind: InvoiceKind,
                                                     language: str, rf: bool) -> None:
    doc = _doc(kind, language, items=items, rf_reference=rf)
    tree = _parse(_xml(doc))
    _assert_valid(tree)
    sign = -1 if doc.is_credit else 1
    details = "/Finvoice/InvoiceDetails"
    net = _amount(_text(tree, f"{details}/InvoiceTotalVatExcludedAmount"))
    vat = _amount(_text(tree, f"{details}/InvoiceTotalVatAmount"))
    gross = _amount(_text(tree, f"{details}/InvoiceTotalVatIncludedAmount"))
    assert (net, vat, gross) == (sign * doc.total_net, sign * doc.total_vat, sign * doc.total_gross)
    assert net + vat == gross
    assert sum(_amounts(tree, f"{details}/VatSpecificationDetails/VatBaseAmount")) == net
    assert sum(_amounts(tree, f"{details}/VatSpecificationDetails/VatRateAmount")) == vat
    assert sum(_amounts(tree, "/Finvoice/InvoiceRow/RowAmount")) == gross
    assert len(tree.xpath("/Finvoice/InvoiceRow")) == len(items)
    assert _amount(_text(tree, "//EpiInstructedAmount")) == sign * doc.amount_to_pay
    code = _text(tree, "/Finvoice/VirtualBankBarcode")
    if doc.payable:
        assert code == barcode.virtual_barcode(doc.seller.iban, doc.amount_to_pay, doc.reference, doc.due_date)
    else:
        assert code == ""
