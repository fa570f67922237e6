"""Customer field validators: what a clerk may type, what is stored, and the message for a bad value."""

from __future__ import annotations

import pytest

from desktop_app.models.enums import Channel, CustomerKind
from desktop_app.services.foundation import validation as v
from desktop_app.services.foundation.errors import ReskontraError, ValidationError


def _error(fn, *args, **kwargs) -> ReskontraError:  # noqa: ANN001
    with pytest.raises(ReskontraError) as info:
        fn(*args, **kwargs)
    return info.value


# --- business ID (Y-tunnus) ----------------------------------------------------------------------

@pytest.mark.parametrize(("typed", "stored"), [
    ("0112038-9", "0112038-9"),
    ("01120389", "0112038-9"),  # dash left out
    (" 2331972-7 ", "2331972-7"),
    ("0737546-2", "0737546-2"),
])
def test_valid_business_id_is_stored_in_printed_form(typed: str, stored: str):
    assert v.business_id(typed) == stored


@pytest.mark.parametrize("typed", ["0112038-8", "1234567-8", "123456-7", "0112038", "ABCDEFG-1", "0112038-99"])
def test_business_id_with_wrong_check_digit_or_form_is_refused(typed: str):
    err = _error(v.business_id, typed)
    assert isinstance(err, v.InvalidBusinessId)
    assert err.field == "business_id"
    assert "1234567-8" in err.english()


def test_empty_business_id_is_allowed():
    assert v.business_id("  ") == ""


# --- IBAN and BIC --------------------------------------------------------------------------------

@pytest.mark.parametrize(("typed", "stored", "bic"), [
    ("FI21 1234 5600 0007 85", "FI2112345600000785", "NDEAFIHH"),
    ("fi4950009420028730", "FI4950009420028730", "OKOYFIHH"),
    ("FI7429501800000014", "FI7429501800000014", "NDEAFIHH"),
    ("SE45 5000 0000 0583 9825 7466", "SE4550000000058398257466", "ESSESESS"),
])
def test_valid_iban_is_stored_compact_and_its_bank_bic_derived(typed: str, stored: str, bic: str):
    assert v.iban(typed) == stored
    assert v.iban_bic(stored) == bic


def test_iban_with_a_typo_names_the_check_digits():
    err = _error(v.iban, "FI21 1234 5600 0007 86")
    assert isinstance(err, v.InvalidIbanChecksum)
    assert err.field == "iban"
    assert "check digits" in err.english()


@pytest.mark.parametrize("typed", ["FI21", "XX21 1234 5600 0007 85", "1234 5600 0007 85", "FI21 1234 5600 0007 8"])
def test_malformed_iban_is_refused(typed: str):
    err = _error(v.iban, typed)
    assert isinstance(err, (v.InvalidIban, v.InvalidIbanChecksum))
    assert err.field == "iban"


@pytest.mark.parametrize(("typed", "stored"), [("NDEAFIHH", "NDEAFIHH"), ("okoy fi hh", "OKOYFIHH"),
                                               ("DABAFIHHXXX", "DABAFIHHXXX")])
def test_valid_bic(typed: str, stored: str):
    assert v.bic(typed) == stored


@pytest.mark.parametrize("typed", ["NDEA", "NDEAXXHH", "NDEA-FIHH", "NDEAFIHHX"])
def test_invalid_bic_is_refused(typed: str):
    assert isinstance(_error(v.bic, typed), v.InvalidBic)


# --- email ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("typed", ["anna@example.fi", "Anna.Akerlund+laskut@Example.FI", "a_b-c@posti.example.co.uk",
                                   "matti@äänekoski.fi"])
def test_valid_email_is_kept_as_typed(typed: str):
    assert v.email(f"  {typed} ") == typed


@pytest.mark.parametrize("typed", ["anna", "anna@", "@example.fi", "anna@example", "anna@@example.fi",
                                   "anna example@x.fi", "anna..k@example.fi", "anna@-example.fi",
                                   "x" * 65 + "@example.fi", "a@" + "b" * 250 + ".fi"])
def test_invalid_email_is_refused(typed: str):
    err = _error(v.email, typed)
    assert isinstance(err, v.InvalidEmail)
    assert err.field == "email"


# --- postal code, phone ------------------------------------------------------------------------

def test_finnish_postal_code_has_five_digits():
    assert v.postal_code("00100") == "00100"
    assert v.postal_code(" 99999 ") == "99999"
    for bad in ("0010", "001000", "00 100", "FI-00100", "ABCDE"):
        err = _error(v.postal_code, bad)
        assert isinstance(err, v.InvalidPostalCode) and err.field == "postal_code"


def test_foreign_postal_code_follows_its_own_form():
    assert v.postal_code("SW1A 1AA", "GB") == "SW1A 1AA"
    assert v.postal_code("113 51", "SE") == "113 51"
    assert isinstance(_error(v.postal_code, "<script>", "SE"), v.InvalidForeignPostalCode)


@pytest.mark.parametrize("typed", ["040 123 4567", "+358 40 123 4567", "040-1234567", "(09) 123 4567",
                                   "00358401234567", "+46 8 123 456 78"])
def test_phone_in_any_usual_format_is_accepted(typed: str):
    assert v.phone(typed) == typed


@pytest.mark.parametrize("typed", ["12345", "040 123", "+358 40 123 4567 890 123", "040-CALL-ME", "0401234567 ext 5"])
def test_phone_with_too_few_or_many_digits_or_letters_is_refused(typed: str):
    err = _error(v.phone, typed)
    assert isinstance(err, v.InvalidPhone) and err.field == "phone"


# --- e-invoice address and operator --------------------------------------------------------------

@pytest.mark.parametrize(("typed", "stored"), [
    ("003701120389", "003701120389"),  # OVT of business ID 0112038-9
    ("0037 0112 0389 001", "003701120389001"),  # with a department suffix
    ("0037011203890100A", "0037011203890100A"),
    ("FI21 1234 5600 0007 85", "FI2112345600000785"),  # a consumer's e-invoice address is an IBAN
])
def test_valid_einvoice_address(typed: str, stored: str):
    assert v.einvoice_address(typed) == stored


@pytest.mark.parametrize("typed", [
    "003701120388",  # business ID digits with a wrong check digit
    "0037123",  # too short
    "00370112038900100A",  # suffix longer than five characters
    "003801120389",  # not an OVT code
    "FI21 1234 5600 0007 86",  # IBAN with a wrong check digit
    "anna@example.fi",
])
def test_invalid_einvoice_address_is_refused(typed: str):
    err = _error(v.einvoice_address, typed)
    assert isinstance(err, v.InvalidEinvoiceAddress) and err.field == "einvoice_address"


@pytest.mark.parametrize(("typed", "stored"), [("003721291126", "003721291126"), ("ndeafihh", "NDEAFIHH"),
                                               ("E204503", "E204503"), ("003710948874", "003710948874")])
def test_valid_einvoice_operator(typed: str, stored: str):
    assert v.einvoice_operator(typed) == stored


@pytest.mark.parametrize("typed", ["12345", "OPERAATTORI1", "NDEA1IHH", "0037212911"])
def test_invalid_einvoice_operator_is_refused(typed: str):
    assert isinstance(_error(v.einvoice_operator, typed), v.InvalidEinvoiceOperator)


# --- choices and numbers -------------------------------------------------------------------------

def test_language_channel_kind_and_payment_term():
    assert v.language("SV") == "sv"
    assert isinstance(_error(v.language, "de"), v.InvalidLanguage)
    assert v.channel("EMAIL") is Channel.EMAIL
    assert isinstance(_error(v.channel, "fax"), v.InvalidChannel)
    assert v.kind("company") is CustomerKind.COMPANY
    assert isinstance(_error(v.kind, "robot"), v.InvalidKind)
    assert v.payment_term_days("30") == 30
    assert v.payment_term_days(0) == 0
    for bad in (-1, 366, "14.5", "two", True):
        assert isinstance(_error(v.payment_term_days, bad), v.InvalidPaymentTerm)


# --- whole records -------------------------------------------------------------------------------

_PERSON = {"kind": CustomerKind.PERSON, "first_name": "Anna", "last_name": "Åkerlund", "street": "Kauppakatu 1",
           "postal_code": "00100", "city": "Helsinki", "country": "FI", "email": "", "einvoice_address": "",
           "einvoice_operator": "", "billing_channel": Channel.PAPER, "company_name": "", "bic": ""}


def test_every_bad_field_is_reported_at_once():
    with pytest.raises(ValidationError) as info:
        v.validate_customer(_PERSON, {"email": "anna@", "iban": "FI00", "postal_code": "123", "language": "de"})
    assert set(info.value.errors) == {"email", "iban", "postal_code", "language"}
    assert all(err.field == name for name, err in info.value.errors.items())


def test_email_channel_needs_an_email():
    with pytest.raises(ValidationError) as info:
        v.validate_customer(_PERSON, {"billing_channel": "email"})
    assert isinstance(info.value.errors["email"], v.EmailRequired)
    assert v.validate_customer(_PERSON, {"billing_channel": "email", "email": "anna@example.fi"}) == {
        "billing_channel": Channel.EMAIL, "email": "anna@example.fi"}


def test_einvoice_channel_needs_address_and_operator():
    with pytest.raises(ValidationError) as info:
        v.validate_customer(_PERSON, {"billing_channel": "einvoice"})
    assert set(info.value.errors) == {"einvoice_address", "einvoice_operator"}


def test_paper_channel_needs_the_postal_address():
    with pytest.raises(ValidationError) as info:
        v.validate_customer(_PERSON, {"street": "", "city": ""})
    assert set(info.value.errors) == {"street", "city"}


def test_a_company_needs_its_name_and_a_person_a_name():
    with pytest.raises(ValidationError) as info:
        v.validate_customer(_PERSON, {"kind": "company"})
    assert set(info.value.errors) == {"company_name"}
    with pytest.raises(ValidationError) as info:
        v.validate_customer(_PERSON, {"first_name": "", "last_name": ""})
    assert set(info.value.errors) == {"last_name"}


def test_new_iban_brings_its_bic_unless_one_is_given():
    assert v.validate_customer(_PERSON, {"iban": "FI2112345600000785"})["bic"] == "NDEAFIHH"
    assert v.validate_customer(_PERSON, {"iban": "FI2112345600000785", "bic": "OKOYFIHH"})["bic"] == "OKOYFIHH"


def test_changing_the_country_rechecks_the_postal_code():
    foreign = {**_PERSON, "country": "GB", "postal_code": "SW1A 1AA"}
    with pytest.raises(ValidationError) as info:
        v.validate_customer(foreign, {"country": "FI"})
    assert set(info.value.errors) == {"postal_code"}


def test_fields_that_are_not_editable_are_refused():
    with pytest.raises(ValidationError) as info:
        v.validate_customer(_PERSON, {"customer_number": "1", "version": 5})
    assert set(info.value.errors) == {"customer_number", "version"}
    assert all(isinstance(e, v.UnknownField) for e in info.value.errors.values())


def test_too_long_text_is_refused():
    with pytest.raises(ValidationError) as info:
        v.validate_customer(_PERSON, {"street": "x" * 201})
    assert isinstance(info.value.errors["street"], v.TooLong)
