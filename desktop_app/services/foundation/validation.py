"""Validators of customer fields: each returns the normalized value or raises a field error.

Every error names its form field (``err.field``) and has an English template that is the
translation key, so the edit form can show it next to the field. ``validate_customer`` checks a
whole set of fields together (channel requirements need several) and collects every error at
once into one ``ValidationError``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from typing import Any

from schwifty import BIC, IBAN
from schwifty.exceptions import InvalidChecksumDigits, SchwiftyException
from stdnum.exceptions import ValidationError as StdnumError
from stdnum.fi import ytunnus

from desktop_app.models.enums import Channel, CustomerKind
from desktop_app.services.foundation.errors import ReskontraError, ValidationError
from desktop_app.services.foundation.i18n import LANGUAGES
from desktop_app.services.foundation.text import phone_digits

__all__ = [
    "CUSTOMER_FIELDS", "FieldError", "LANGUAGES", "bic", "business_id", "channel", "check_channel_requirements",
    "country", "einvoice_address", "einvoice_operator", "email", "iban", "iban_bic", "kind", "language",
    "payment_term_days", "phone", "postal_code", "validate_customer",
]


class FieldError(ReskontraError):
    """A single form field holds a bad value."""

    template = "This value is not valid."


class InvalidEmail(FieldError):
    template = "{value} is not a valid email address (expected a form like name@example.fi)."


class InvalidPostalCode(FieldError):
    template = "A Finnish postal code has five digits, e.g. 00100; {value} is not one."


class InvalidForeignPostalCode(FieldError):
    template = "{value} is not a valid postal code."


class InvalidBusinessId(FieldError):
    template = "{value} is not a valid business ID (Y-tunnus): the form is 1234567-8 and the last digit must match."


class InvalidIbanChecksum(FieldError):
    template = "The IBAN {value} has wrong check digits; please check the account number."


class InvalidIban(FieldError):
    template = "{value} is not a valid IBAN (an international bank account number, e.g. FI21 1234 5600 0007 85)."


class InvalidBic(FieldError):
    template = "{value} is not a valid BIC (8 or 11 characters, e.g. NDEAFIHH)."


class InvalidPhone(FieldError):
    template = "A phone number has 7 to 15 digits (+, spaces and dashes allowed); {value} is not one."


class InvalidEinvoiceAddress(FieldError):
    template = ("{value} is not a valid e-invoice address: use an OVT code (0037, the 8 digits of a valid business "
                "ID and an optional suffix of up to 5 characters) or an IBAN.")


class InvalidEinvoiceOperator(FieldError):
    template = "{value} is not a valid e-invoice operator code (an OVT code such as 003721291126 or a BIC such as NDEAFIHH)."


class InvalidLanguage(FieldError):
    template = "{value} is not a supported language; choose fi, sv or en."


class InvalidChannel(FieldError):
    template = "{value} is not a billing channel; choose email, einvoice or paper."


class InvalidKind(FieldError):
    template = "{value} is not a customer type; choose person or company."


class InvalidCountry(FieldError):
    template = "{value} is not a country code; use two letters such as FI or SE."


class InvalidPaymentTerm(FieldError):
    template = "The payment term must be a whole number of days from 0 to 365; {value} is not."


class InvalidFlag(FieldError):
    template = "{value} is not yes or no."


class TooLong(FieldError):
    template = "At most {max} characters are allowed here."


class EmailRequired(FieldError):
    template = "The email channel needs an email address."


class EinvoiceAddressRequired(FieldError):
    template = "The e-invoice channel needs an e-invoice address."


class EinvoiceOperatorRequired(FieldError):
    template = "The e-invoice channel needs an e-invoice operator."


class PaperAddressRequired(FieldError):
    template = "Paper invoices need the street address, postal code and city."


class NameRequired(FieldError):
    template = "A person needs a last name or a first name."


class CompanyNameRequired(FieldError):
    template = "A company needs a company name."


class UnknownField(FieldError):
    template = "{value} is not a customer field that can be changed."


# --- single fields ------------------------------------------------------------------------------

# Local part and domain labels of everyday addresses; not the whole of RFC 5322 (quoted local
# parts and IP literals are never typed by a clerk), but every address a mail server accepts
# from a customer form.
_EMAIL = re.compile(
    r"^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
    r"@([A-Za-z0-9\u00c0-\uffff]([A-Za-z0-9\u00c0-\uffff-]{0,61}[A-Za-z0-9\u00c0-\uffff])?\.)+"
    r"[A-Za-z\u00c0-\uffff]{2,63}$"
)
_SPACES = re.compile(r"\s+")
_PHONE_CHARS = re.compile(r"^\+?[0-9 ()./-]+$")
_OVT = re.compile(r"^0037(\d{8})([A-Z0-9]{0,5})$")
_BIC_SHAPE = re.compile(r"^[A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?$")
_OPERATOR_OVT = re.compile(r"^0037\d{8}[A-Z0-9]{0,5}$")
_OPERATOR_E = re.compile(r"^E\d{6}$")  # e.g. E204503
_OPERATOR_NAMES = frozenset({"PEPPOL", "INEXCHANGE"})


def _text(value: object) -> str:
    return _SPACES.sub(" ", str(value)).strip()


def _limit(field: str, value: str, max_len: int) -> str:
    if len(value) > max_len:
        raise TooLong(field=field, max=max_len)
    return value


def email(value: str, *, field: str = "email") -> str:
    """An email address, trimmed; empty stays empty (whether it is required depends on the channel)."""
    text = _text(value)
    if not text:
        return ""
    local, _, _domain = text.partition("@")
    if len(text) > 254 or len(local) > 64 or not _EMAIL.match(text):
        raise InvalidEmail(field=field, value=text)
    return text


def postal_code(value: str, country_code: str = "FI", *, field: str = "postal_code") -> str:
    text = _text(value)
    if not text:
        return ""
    if country_code.upper() == "FI":
        if not re.fullmatch(r"\d{5}", text):
            raise InvalidPostalCode(field=field, value=text)
        return text
    if len(text) > 20 or not re.fullmatch(r"[A-Za-z0-9 -]+", text):
        raise InvalidForeignPostalCode(field=field, value=text)
    return text.upper()


def business_id(value: str, *, field: str = "business_id") -> str:
    """A Finnish business ID in its printed form 1234567-8 (the check digit verified)."""
    text = _text(value)
    if not text:
        return ""
    try:
        return str(ytunnus.format(ytunnus.validate(text)))
    except StdnumError:
        raise InvalidBusinessId(field=field, value=text) from None


def iban(value: str, *, field: str = "iban") -> str:
    """An IBAN in its compact electronic form (FI2112345600000785)."""
    text = _text(value)
    if not text:
        return ""
    try:
        return str(IBAN(text).compact)
    except InvalidChecksumDigits:
        raise InvalidIbanChecksum(field=field, value=text) from None
    except SchwiftyException:
        raise InvalidIban(field=field, value=text) from None


def iban_bic(value: str) -> str:
    """The BIC of a valid IBAN's bank where the bank registry knows it, else empty."""
    try:
        found = IBAN(value).bic
    except SchwiftyException:
        return ""
    return str(found) if found is not None else ""


def bic(value: str, *, field: str = "bic") -> str:
    text = _text(value).replace(" ", "").upper()
    if not text:
        return ""
    try:
        return str(BIC(text))
    except SchwiftyException:
        raise InvalidBic(field=field, value=text) from None


def phone(value: str, *, field: str = "phone") -> str:
    """A phone number as written (spaces tidied), if it has 7 to 15 digits."""
    text = _text(value)
    if not text:
        return ""
    digits = re.sub(r"\D", "", text)
    if not _PHONE_CHARS.match(text) or not 7 <= len(digits) <= 15 or len(phone_digits(text)) < 5:
        raise InvalidPhone(field=field, value=text)
    return text


def einvoice_address(value: str, *, field: str = "einvoice_address") -> str:
    """An OVT code (0037 + business ID digits + optional suffix) or an IBAN, compact and upper case."""
    text = _text(value).replace(" ", "").replace("-", "").upper()
    if not text:
        return ""
    match = _OVT.match(text)
    if match:
        try:
            ytunnus.validate(match.group(1))
        except StdnumError:
            raise InvalidEinvoiceAddress(field=field, value=text) from None
        return text
    if text[:2].isalpha():
        try:
            return str(IBAN(text).compact)
        except SchwiftyException:
            pass
    raise InvalidEinvoiceAddress(field=field, value=text)


def einvoice_operator(value: str, *, field: str = "einvoice_operator") -> str:
    text = _text(value).replace(" ", "").upper()
    if not text:
        return ""
    if _OPERATOR_OVT.match(text) or _OPERATOR_E.match(text) or text in _OPERATOR_NAMES:
        return text
    if _BIC_SHAPE.match(text):
        try:
            return str(BIC(text))
        except SchwiftyException:
            pass
    raise InvalidEinvoiceOperator(field=field, value=text)


def language(value: str, *, field: str = "language") -> str:
    text = _text(value).lower()
    if text not in LANGUAGES:
        raise InvalidLanguage(field=field, value=text)
    return text


def channel(value: str | Channel, *, field: str = "billing_channel") -> Channel:
    try:
        return Channel(_text(value).lower())
    except ValueError:
        raise InvalidChannel(field=field, value=str(value)) from None


def kind(value: str | CustomerKind, *, field: str = "kind") -> CustomerKind:
    try:
        return CustomerKind(_text(value).lower())
    except ValueError:
        raise InvalidKind(field=field, value=str(value)) from None


def country(value: str, *, field: str = "country") -> str:
    text = _text(value).upper()
    if not re.fullmatch(r"[A-Z]{2}", text):
        raise InvalidCountry(field=field, value=text)
    return text


def payment_term_days(value: int | str, *, field: str = "payment_term_days") -> int:
    if isinstance(value, bool):
        raise InvalidPaymentTerm(field=field, value=str(value))
    if isinstance(value, int):
        days = value
    else:
        text = _text(value)
        if not re.fullmatch(r"\d{1,3}", text):
            raise InvalidPaymentTerm(field=field, value=text)
        days = int(text)
    if not 0 <= days <= 365:
        raise InvalidPaymentTerm(field=field, value=str(days))
    return days


def flag(value: bool | str | int, *, field: str = "no_reminders") -> bool:
    if isinstance(value, bool):
        return value
    text = _text(value).lower()
    if text in ("1", "true", "yes", "y", "on", "kyllä", "ja"):
        return True
    if text in ("0", "false", "no", "n", "off", "ei", "nej", ""):
        return False
    raise InvalidFlag(field=field, value=text)


def _plain(max_len: int) -> Callable[[Any, str], str]:
    def check(value: Any, field: str) -> str:
        return _limit(field, _text(value), max_len)

    return check


# Every field a clerk may set, with its checker: (value, field name) -> normalized value.
_CHECKERS: dict[str, Callable[[Any, str], Any]] = {
    "kind": lambda v, f: kind(v, field=f),
    "first_name": _plain(100),
    "last_name": _plain(100),
    "company_name": _plain(200),
    "contact_person": _plain(200),
    "street": _plain(200),
    "city": _plain(100),
    "country": lambda v, f: country(v, field=f),
    "email": lambda v, f: email(v, field=f),
    "phone": lambda v, f: phone(v, field=f),
    "language": lambda v, f: language(v, field=f),
    "billing_channel": lambda v, f: channel(v, field=f),
    "einvoice_address": lambda v, f: einvoice_address(v, field=f),
    "einvoice_operator": lambda v, f: einvoice_operator(v, field=f),
    "business_id": lambda v, f: business_id(v, field=f),
    "iban": lambda v, f: iban(v, field=f),
    "bic": lambda v, f: bic(v, field=f),
    "payment_term_days": lambda v, f: payment_term_days(v, field=f),
    "no_reminders": lambda v, f: flag(v, field=f),
}
CUSTOMER_FIELDS = frozenset(_CHECKERS) | {"postal_code"}


def check_channel_requirements(record: Mapping[str, Any]) -> dict[str, ReskontraError]:
    """What the billing channel and the customer type need, on the whole (already normalized) record."""
    errors: dict[str, ReskontraError] = {}
    billing_channel = record.get("billing_channel")
    if billing_channel == Channel.EMAIL and not record.get("email"):
        errors["email"] = EmailRequired(field="email")
    elif billing_channel == Channel.EINVOICE:
        if not record.get("einvoice_address"):
            errors["einvoice_address"] = EinvoiceAddressRequired(field="einvoice_address")
        if not record.get("einvoice_operator"):
            errors["einvoice_operator"] = EinvoiceOperatorRequired(field="einvoice_operator")
    elif billing_channel == Channel.PAPER:
        for name in ("street", "postal_code", "city"):
            if not record.get(name):
                errors[name] = PaperAddressRequired(field=name)
    if record.get("kind") == CustomerKind.COMPANY:
        if not record.get("company_name"):
            errors["company_name"] = CompanyNameRequired(field="company_name")
    elif not (record.get("last_name") or record.get("first_name")):
        errors["last_name"] = NameRequired(field="last_name")
    return errors


def validate_customer(current: Mapping[str, Any], changes: Mapping[str, Any]) -> dict[str, Any]:
    """Check ``changes`` against the ``current`` record; the normalized changes, or ``ValidationError``.

    Every field is checked and every error collected, so the form can mark all bad fields at
    once. The channel and name requirements are checked on the record as it would be saved, but
    reported only when the change touches them (an old record's gap does not block an unrelated
    edit) — except when a new customer is created (``current`` empty).
    """
    errors: dict[str, ReskontraError] = {}
    normalized: dict[str, Any] = {}
    for name, value in changes.items():
        if name not in CUSTOMER_FIELDS:
            errors[name] = UnknownField(field=name, value=name)
            continue
        if name == "postal_code":
            continue  # depends on the country; below
        try:
            normalized[name] = _CHECKERS[name](value, name)
        except ReskontraError as err:
            errors[name] = err
    record = {**current, **normalized}
    if "postal_code" in changes or ("country" in normalized and current.get("postal_code")):
        raw = changes.get("postal_code", current.get("postal_code", ""))
        try:
            normalized["postal_code"] = postal_code(str(raw), str(record.get("country") or "FI"))
        except ReskontraError as err:
            errors["postal_code"] = err
    record = {**current, **normalized}
    if "iban" in normalized and normalized["iban"] and not record.get("bic") and "bic" not in changes:
        derived = iban_bic(normalized["iban"])
        if derived:
            normalized["bic"] = derived
            record["bic"] = derived
    touched = set(changes)
    for name, missing in check_channel_requirements(record).items():
        if name not in errors and (not current or touched & _REQUIREMENT_SOURCES[name]):
            errors[name] = missing
    if errors:
        raise ValidationError(errors)
    return normalized


# A requirement error on a field is reported when the change touched any of these fields.
_REQUIREMENT_SOURCES: dict[str, set[str]] = {
    "email": {"email", "billing_channel"},
    "einvoice_address": {"einvoice_address", "billing_channel"},
    "einvoice_operator": {"einvoice_operator", "billing_channel"},
    "street": {"street", "billing_channel"},
    "postal_code": {"postal_code", "billing_channel"},
    "city": {"city", "billing_channel"},
    "company_name": {"company_name", "kind"},
    "last_name": {"last_name", "first_name", "kind"},
}
