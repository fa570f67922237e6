"""Finvoice 3.0 e-invoice XML for one invoice document, and the file names for the operator's outbox.

Pure: takes an ``InvoiceDocument`` (what the PDF shows) plus the sending details and returns bytes; no
database, no Qt, no files. Elements are written in the order of the official ``Finvoice3.0.xsd``
sequences, because the operator validates against that schema and rejects a file that is out of order.

Finvoice conventions kept here:

- amounts with a decimal comma and ``AmountCurrencyIdentifier="EUR"``; dates ``CCYYMMDD``;
- credit documents (credit note, refund invoice) are ``INV02`` with negative amounts and quantities and a
  positive unit price (the way operators expect a credit note); they get no bar code;
- a payment reminder is ``INV08`` (huomautuslasku in the Finvoice code list) titled MAKSUMUISTUTUS; its
  rows are the fee and the interest, the reminded invoice is described in ``RowOverDuePaymentDetails``,
  and the amount to pay (open amount + costs) is the ``EpiInstructedAmount``;
- ISO-8859-15 like the bank samples, or UTF-8 for the whole file when a name has a character ISO-8859-15
  lacks (Cyrillic, Greek …): the text is never altered to fit the encoding.
"""

from __future__ import annotations

import datetime as dt
import re
import textwrap
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from typing import Any

from babel import Locale
from lxml import etree

from desktop_app.models.enums import InvoiceKind
from desktop_app.services.documents import barcode, references, texts
from desktop_app.services.documents.model import DocumentLine, InvoiceDocument
from desktop_app.services.foundation import formatting
from desktop_app.services.foundation.errors import ReskontraError
from desktop_app.services.foundation.money import CENT

VERSION = "3.0"
SCHEMA_LOCATION = "Finvoice3.0.xsd"
CURRENCY = "EUR"
PREFERRED_ENCODING = "ISO-8859-15"
FALLBACK_ENCODING = "UTF-8"
_XSI = "http://www.w3.org/2001/XMLSchema-instance"
_OVT_SCHEME = "0037"  # ISO 6523 ICD of Finnish OVT codes (0037 + business id digits + optional suffix)
_SEPA_CREDIT_TRANSFER = "58"  # UNTDID 4461 payment means
_UNIT_CODE_UN = "C62"  # UN/ECE rec. 20 "one" (piece)
_MAX_SEQ = 999_999


class FinvoiceError(ReskontraError):
    """An e-invoice cannot be made from this document with these settings."""


class EinvoiceAddressMissing(FinvoiceError):
    template = "Customer {customer} has no e-invoice address, so no e-invoice can be made."


class EinvoiceSettingInvalid(FinvoiceError):
    template = "The e-invoice setting {setting} must be 2 to {max_length} characters, not '{value}'."


class SellerIbanMissing(FinvoiceError):
    template = "The company's bank account (IBAN) is not set; an e-invoice needs the account to pay to."


@dataclass(frozen=True)
class _Kind:
    code: str  # Finvoice InvoiceTypeCode
    un_code: str | None  # UNTDID 1001 InvoiceTypeCodeUN, where one fits


_KINDS: dict[InvoiceKind, _Kind] = {  # the InvoiceTypeText is the document's title, ``texts.kind_title``
    InvoiceKind.INVOICE: _Kind("INV01", "380"),
    InvoiceKind.AD_INVOICE: _Kind("INV01", "380"),
    InvoiceKind.REMINDER: _Kind("INV08", None),
    InvoiceKind.REFUND_INVOICE: _Kind("INV02", "381"),
    InvoiceKind.CREDIT_NOTE: _Kind("INV02", "381"),
}

# Characters XML 1.0 cannot carry at all (C0 controls but tab/newline/CR, surrogates, U+FFFE/U+FFFF).
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_XML_NAME_CHARS = re.compile(r"^[\w.\-:]*$")  # what the schema's \c* NMTOKEN fields accept (ASCII subset)


# ------------------------------------------------------------------------------------------- public API


def finvoice_xml(doc: InvoiceDocument, *, seller_einvoice_address: str, seller_einvoice_operator: str,
                 buyer_einvoice_operator: str, message_id: str, created_at: dt.datetime) -> bytes:
    """The Finvoice 3.0 message for one document, ready for the operator's outbox.

    ``seller_einvoice_address``/``seller_einvoice_operator`` are our OVT code and our operator's
    intermediator id; the buyer's address is ``doc.buyer.einvoice_address`` and
    ``buyer_einvoice_operator`` its operator. ``message_id`` must be unique per sent message.
    """
    seller_address = _setting("seller e-invoice address", seller_einvoice_address, 35)
    seller_operator = _setting("seller e-invoice operator", seller_einvoice_operator, 35)
    buyer_operator = _setting("buyer e-invoice operator", buyer_einvoice_operator, 35)
    message = _setting("message identifier", message_id, 48)
    buyer_address = _clean(doc.buyer.einvoice_address).replace(" ", "")
    if len(buyer_address) < 2:
        raise EinvoiceAddressMissing(customer=doc.buyer.customer_number)
    if not doc.seller.iban.strip():
        raise SellerIbanMissing()
    iban = barcode.compact_iban(doc.seller.iban)
    reference = references.normalize(doc.reference) if doc.reference.strip() else ""
    if reference and not references.is_valid(reference):
        raise references.InvalidReference(reference=doc.reference)

    root = etree.Element("Finvoice", {"Version": VERSION}, nsmap={"xsi": _XSI})
    root.set(f"{{{_XSI}}}noNamespaceSchemaLocation", SCHEMA_LOCATION)
    _transmission(root, seller_address, seller_operator, buyer_address, buyer_operator, message, created_at)
    _seller(root, doc, seller_address, iban)
    _sub(root, "InvoiceRecipientLanguageCode", doc.language.upper())
    _buyer(root, doc, buyer_address)
    _invoice_details(root, doc)
    if doc.payable and reference:
        code = _virtual_barcode(iban, doc, reference)
        if code:
            _sub(root, "VirtualBankBarcode", code)
    _rows(root, doc)
    _epi(root, doc, iban, reference)

    encoding = PREFERRED_ENCODING if _representable(root, PREFERRED_ENCODING) else FALLBACK_ENCODING
    root.addprevious(etree.ProcessingInstruction("xml-stylesheet", 'type="text/xsl" href="Finvoice.xsl"'))
    body = etree.tostring(root.getroottree(), encoding=encoding, xml_declaration=False, pretty_print=True)
    return f'<?xml version="1.0" encoding="{encoding}"?>\n'.encode("ascii") + body


def finvoice_file_name(invoice_number: int, created_at: dt.datetime, seq: int) -> str:
    """``20261201T101500_000001_117016.xml``: sorts by creation time, then by place in the batch.

    Aware times are written in UTC so that files made across a daylight-saving change still sort.
    """
    if invoice_number <= 0:
        raise ValueError(f"invoice number must be positive, not {invoice_number}")
    if not 0 <= seq <= _MAX_SEQ:
        raise ValueError(f"sequence must be 0..{_MAX_SEQ}, not {seq}")
    if created_at.tzinfo is not None and created_at.utcoffset() is not None:
        created_at = created_at.astimezone(dt.UTC)
    return f"{created_at:%Y%m%dT%H%M%S}_{seq:06d}_{invoice_number}.xml"


# ----------------------------------------------------------------------------------------- the parts


def _transmission(root: Any, seller_address: str, seller_operator: str, buyer_address: str,
                  buyer_operator: str, message_id: str, created_at: dt.datetime) -> None:
    details = _sub(root, "MessageTransmissionDetails")
    sender = _sub(details, "MessageSenderDetails")
    _sub(sender, "FromIdentifier", seller_address, **_scheme(seller_address))
    _sub(sender, "FromIntermediator", seller_operator)
    receiver = _sub(details, "MessageReceiverDetails")
    _sub(receiver, "ToIdentifier", buyer_address, **_scheme(buyer_address))
    _sub(receiver, "ToIntermediator", buyer_operator)
    message = _sub(details, "MessageDetails")
    _sub(message, "MessageIdentifier", message_id)
    _sub(message, "MessageTimeStamp", created_at.replace(microsecond=0).isoformat())


def _seller(root: Any, doc: InvoiceDocument, seller_address: str, iban: str) -> None:
    seller = doc.seller
    party = _sub(root, "SellerPartyDetails")
    _optional(party, "SellerPartyIdentifier", _fit(seller.business_id, 35))
    for part in _name_parts(seller.name):
        _sub(party, "SellerOrganisationName", part)
    _optional(party, "SellerOrganisationTaxCode", _fit(seller.vat_number, 35))
    address = _postal_address(seller.address_lines, doc.language)
    if address is not None:
        _address(party, "Seller", address)
    _sub(root, "SellerOrganisationUnitNumber", seller_address)
    phone, email = _fit(seller.phone, 35), _fit(seller.email, 70)
    if phone or email:
        communication = _sub(root, "SellerCommunicationDetails")
        _optional(communication, "SellerPhoneNumberIdentifier", phone)
        _optional(communication, "SellerEmailaddressIdentifier", email)
    information = _sub(root, "SellerInformationDetails")
    _optional(information, "SellerPhoneNumber", phone)
    _optional(information, "SellerCommonEmailaddressIdentifier", email)
    _optional(information, "SellerWebaddressIdentifier", _fit(seller.website, 70))
    bic = _bic(seller.bic)
    if bic:  # SellerAccountDetails needs both the account and the BIC
        account = _sub(information, "SellerAccountDetails")
        _sub(account, "SellerAccountID", iban, IdentificationSchemeName="IBAN")
        _sub(account, "SellerBic", bic, IdentificationSchemeName="BIC")


def _buyer(root: Any, doc: InvoiceDocument, buyer_address: str) -> None:
    buyer = doc.buyer
    party = _sub(root, "BuyerPartyDetails")
    _optional(party, "BuyerPartyIdentifier", _fit(buyer.business_id or buyer.customer_number, 35))
    for part in _name_parts(buyer.name):
        _sub(party, "BuyerOrganisationName", part)
    address = _postal_address(buyer.address_lines, doc.language)
    if address is not None:
        _address(party, "Buyer", address)
    _sub(root, "BuyerOrganisationUnitNumber", buyer_address)
    _optional(root, "BuyerContactPersonName", _fit(buyer.contact, 70))


def _invoice_details(root: Any, doc: InvoiceDocument) -> None:
    kind = _KINDS[doc.kind]
    sign = _sign(doc)
    lang = doc.language
    details = _sub(root, "InvoiceDetails")
    _sub(details, "InvoiceTypeCode", kind.code, CodeListAgencyIdentifier="SPY")
    if kind.un_code:
        _sub(details, "InvoiceTypeCodeUN", kind.un_code)
    _sub(details, "InvoiceTypeText", texts.kind_title(doc.kind, lang))
    _sub(details, "OriginCode", "Original")
    _sub(details, "InvoiceNumber", _fit(doc.invoice_number, 20))
    _date(details, "InvoiceDate", doc.invoice_date)
    original_number, original_date = _original_invoice(doc)
    if original_number:
        _sub(details, "OriginalInvoiceNumber", original_number)
        if original_date is not None:
            _date(details, "OriginalInvoiceDate", original_date)
    if doc.kind != InvoiceKind.REMINDER:
        starts = [ln.period_start for ln in doc.lines if ln.period_start is not None]
        ends = [ln.period_end for ln in doc.lines if ln.period_end is not None]
        if starts and ends:
            _date(details, "InvoicingPeriodStartDate", min(starts))
            _date(details, "InvoicingPeriodEndDate", max(ends))
    _optional(details, "SellerReferenceIdentifier", _fit(", ".join(doc.our_order_numbers), 70))
    _optional(details, "SellersBuyerIdentifier", _fit(doc.buyer.customer_number, 70))
    _money(details, "RowsTotalVatExcludedAmount", sign * doc.total_net)
    _money(details, "InvoiceTotalVatExcludedAmount", sign * doc.total_net)
    _money(details, "InvoiceTotalVatAmount", sign * doc.total_vat)
    _money(details, "InvoiceTotalVatIncludedAmount", sign * doc.total_gross)
    if doc.balance_applied:
        _money(details, "InvoicePaidAmount", sign * doc.balance_applied)
    for row in doc.vat_breakdown:
        vat = _sub(details, "VatSpecificationDetails")
        _money(vat, "VatBaseAmount", sign * row.net)
        _sub(vat, "VatRatePercent", _percent(row.rate_bp))
        _sub(vat, "VatCode", _vat_code(doc, row.rate_bp))
        _money(vat, "VatRateAmount", sign * row.vat)
    for text in _free_texts(doc):
        _sub(details, "InvoiceFreeText", text)
    terms = _sub(details, "PaymentTermsDetails")
    days_key = "terms_days" if doc.payment_terms_days > 0 else "terms_now"
    _sub(terms, "PaymentTermsFreeText", texts.text(days_key, lang, days=doc.payment_terms_days))
    _date(terms, "InvoiceDueDate", doc.due_date)
    if doc.late_interest_rate_bp is not None and not doc.is_credit:
        fine = _sub(terms, "PaymentOverDueFineDetails")
        _sub(fine, "PaymentOverDueFineFreeText", texts.text("late_interest", lang))
        _sub(fine, "PaymentOverDueFinePercent", _percent(doc.late_interest_rate_bp))


def _rows(root: Any, doc: InvoiceDocument) -> None:
    reminder = doc.reminder if doc.kind == InvoiceKind.REMINDER else None
    if reminder is not None:  # the reminded invoice itself: a row without amounts, for the payer's books
        row = _sub(root, "InvoiceRow")
        _sub(row, "ArticleName", _fit(texts.text("reminded_invoice_row", doc.language,
                                              number=reminder.original_invoice_number), 100))
        _overdue_details(row, doc, with_interest=False)
    for position, line in enumerate(doc.lines, start=1):
        _row(root, doc, line, position)
    if not doc.lines and reminder is None:  # the schema wants at least one row
        row = _sub(root, "InvoiceRow")
        _sub(row, "ArticleName", texts.kind_title(doc.kind, doc.language))


def _row(root: Any, doc: InvoiceDocument, line: DocumentLine, position: int) -> None:
    sign = _sign(doc)
    row = _sub(root, "InvoiceRow")
    description = _clean(line.description)
    _sub(row, "ArticleName", description[:100])
    unit = texts.text("unit", doc.language)
    _sub(row, "InvoicedQuantity", _quantity(sign * line.quantity), QuantityUnitCode=unit,
         QuantityUnitCodeUN=_UNIT_CODE_UN)
    if line.period_start is not None:
        _date(row, "StartDate", line.period_start)
    if line.period_end is not None:
        _date(row, "EndDate", line.period_end)
    _money(row, "UnitPriceAmount", line.unit_price)  # unit price stays positive; the quantity carries the sign
    _sub(row, "RowPositionIdentifier", str(position))
    if doc.kind == InvoiceKind.REMINDER and line.period_start is not None:
        _overdue_details(row, doc, with_interest=True, line=line)
    for chunk in _chunks(description, 512) if len(description) > 100 else ():
        _sub(row, "RowFreeText", chunk)
    _sub(row, "RowVatRatePercent", _percent(line.vat_rate_bp))
    _sub(row, "RowVatCode", _vat_code(doc, line.vat_rate_bp))
    _money(row, "RowVatAmount", sign * line.vat)
    _money(row, "RowVatExcludedAmount", sign * line.net)
    _money(row, "RowAmount", sign * line.gross)


def _overdue_details(row: Any, doc: InvoiceDocument, *, with_interest: bool, line: DocumentLine | None = None) -> None:
    reminder = doc.reminder
    assert reminder is not None
    details = _sub(row, "RowOverDuePaymentDetails")
    _sub(details, "RowOriginalInvoiceIdentifier", _fit(reminder.original_invoice_number, 35))
    if reminder.original_invoice_date is not None:
        _date(details, "RowOriginalInvoiceDate", reminder.original_invoice_date)
    _date(details, "RowOriginalDueDate", reminder.original_due_date)
    _money(details, "RowOriginalInvoiceTotalAmount", reminder.original_amount)
    _money(details, "RowUnPaidVatIncludedAmount", reminder.open_amount)
    if with_interest and line is not None:
        if reminder.interest_rate_bp:
            _sub(details, "RowInterestRate", _percent(reminder.interest_rate_bp))
        if line.period_start is not None:
            _date(details, "RowInterestStartDate", line.period_start)
        if line.period_end is not None:
            _date(details, "RowInterestEndDate", line.period_end)
            if line.period_start is not None:
                _sub(details, "RowInterestDateNumber", str((line.period_end - line.period_start).days))
        _money(details, "RowInterestChargeAmount", line.gross)


def _epi(root: Any, doc: InvoiceDocument, iban: str, reference: str) -> None:
    epi = _sub(root, "EpiDetails")
    identification = _sub(epi, "EpiIdentificationDetails")
    _date(identification, "EpiDate", doc.invoice_date)
    number = _clean(doc.invoice_number)
    _sub(identification, "EpiReference", number if len(number) <= 35 and _XML_NAME_CHARS.match(number) else "")
    party = _sub(epi, "EpiPartyDetails")
    bank = _sub(party, "EpiBfiPartyDetails")
    bic = _bic(doc.seller.bic)
    if bic:
        _sub(bank, "EpiBfiIdentifier", bic, IdentificationSchemeName="BIC")
    beneficiary = _sub(party, "EpiBeneficiaryPartyDetails")
    name = _fit(doc.seller.name, 35)
    if len(name) >= 2:
        _sub(beneficiary, "EpiNameAddressDetails", name)
    business_id = _clean(doc.seller.business_id)
    if 8 <= len(business_id) <= 11 and _XML_NAME_CHARS.match(business_id):
        _sub(beneficiary, "EpiBei", business_id)
    _sub(beneficiary, "EpiAccountID", iban, IdentificationSchemeName="IBAN")
    instruction = _sub(epi, "EpiPaymentInstructionDetails")
    if reference:
        scheme = "ISO" if reference.startswith("RF") else "SPY"
        _sub(instruction, "EpiRemittanceInfoIdentifier", reference, IdentificationSchemeName=scheme)
    _money(instruction, "EpiInstructedAmount", _sign(doc) * doc.amount_to_pay)
    _sub(instruction, "EpiCharge", "SLEV", ChargeOption="SLEV")
    _date(instruction, "EpiDateOptionDate", doc.due_date)
    if not doc.is_credit:
        _sub(instruction, "EpiPaymentMeansCode", _SEPA_CREDIT_TRANSFER)


# ------------------------------------------------------------------------------------------- helpers


@dataclass(frozen=True)
class _PostalAddress:
    streets: tuple[str, ...]
    post_code: str
    town: str
    country_code: str | None
    country_name: str | None


def _postal_address(lines: Sequence[str], lang: str) -> _PostalAddress | None:
    """Street lines, "00100 HELSINKI", and a country line when abroad (as the documents store them).

    The postal line is the last one that starts with a post code (tokens with digits) followed by a
    town; the lines before it are the street (Finvoice takes three), the line after it the country.
    Addresses that do not parse are left out: the postal address is optional in Finvoice.
    """
    cleaned = [_clean(ln) for ln in lines]
    cleaned = [ln for ln in cleaned if ln]
    for index in range(len(cleaned) - 1, 0, -1):
        tokens = cleaned[index].split(" ")
        code_tokens = 0
        while code_tokens < len(tokens) and any(ch.isdigit() for ch in tokens[code_tokens]):
            code_tokens += 1
        if not 0 < code_tokens < len(tokens):
            continue
        post_code = " ".join(tokens[:code_tokens])[:35]
        town = " ".join(tokens[code_tokens:])[:35]
        streets = tuple(s[:35] for s in cleaned[:index] if len(s) >= 2)[:3]
        if len(post_code) < 2 or len(town) < 2 or not streets:
            return None
        country_lines = cleaned[index + 1:]
        if not country_lines:
            return _PostalAddress(streets, post_code, town, "FI", None)
        country_name = " ".join(country_lines)[:35]
        return _PostalAddress(streets, post_code, town, _country_code(country_name, lang), country_name)
    return None


def _address(party: Any, prefix: str, address: _PostalAddress) -> None:
    details = _sub(party, f"{prefix}PostalAddressDetails")
    for street in address.streets:
        _sub(details, f"{prefix}StreetName", street)
    _sub(details, f"{prefix}TownName", address.town)
    _sub(details, f"{prefix}PostCodeIdentifier", address.post_code)
    if address.country_code:
        _sub(details, "CountryCode", address.country_code)
    if address.country_name:
        _sub(details, "CountryName", address.country_name)


@lru_cache(maxsize=8)
def _country_codes(lang: str) -> dict[str, str]:
    return {name.upper(): code for code, name in Locale.parse(lang).territories.items()
            if len(code) == 2 and code.isalpha()}


def _country_code(name: str, lang: str) -> str | None:
    """ISO code of a country line printed from babel's names (the customer's language first)."""
    for language in dict.fromkeys((lang, "fi", "sv", "en")):
        code = _country_codes(language).get(name.upper())
        if code:
            return code
    return None


def _original_invoice(doc: InvoiceDocument) -> tuple[str, dt.date | None]:
    if doc.kind == InvoiceKind.REMINDER and doc.reminder is not None:
        return _fit(doc.reminder.original_invoice_number, 20), doc.reminder.original_invoice_date
    if doc.is_credit and doc.credited_invoice_number.strip():
        return _fit(doc.credited_invoice_number, 20), None
    return "", None


def _free_texts(doc: InvoiceDocument) -> Iterable[str]:
    lang = doc.language
    if doc.kind == InvoiceKind.REMINDER and doc.reminder is not None:
        r = doc.reminder
        yield texts.text("reminder_text", lang, number=r.original_invoice_number,
                    due=formatting.date(r.original_due_date, lang), open=formatting.money(r.open_amount, lang))
    if doc.is_credit and doc.credited_invoice_number.strip():
        key = "refund_text" if doc.kind == InvoiceKind.REFUND_INVOICE else "credit_text"
        yield texts.text(key, lang, number=doc.credited_invoice_number.strip())
    for message in doc.messages:
        for paragraph in _XML_ILLEGAL.sub("", message).splitlines():
            yield from _chunks(paragraph, 512)


def _virtual_barcode(iban: str, doc: InvoiceDocument, reference: str) -> str:
    """The 54-digit bank bar code, or "" where the bank guide has none (foreign account, letters in RF)."""
    try:
        return barcode.virtual_barcode(iban, doc.amount_to_pay, reference, doc.due_date)
    except (barcode.BarcodeNeedsFinnishIban, barcode.BarcodeReferenceNotNumeric):
        return ""


def _vat_code(doc: InvoiceDocument, rate_bp: int) -> str:
    """UNTDID 5305: S standard/reduced rate, Z zero rate, O outside VAT (a reminder's fee and interest)."""
    if rate_bp > 0:
        return "S"
    return "O" if doc.kind == InvoiceKind.REMINDER else "Z"


def _sign(doc: InvoiceDocument) -> int:
    return -1 if doc.is_credit else 1


def _amount(value: Decimal) -> str:
    """"1234,56" / "-12,00": two decimals, decimal comma, no thousands separator."""
    cents = value.quantize(CENT)
    if cents == 0:
        cents = abs(cents)
    return f"{cents:.2f}".replace(".", ",")


def _percent(rate_bp: int) -> str:
    """2550 → "25,5", 1400 → "14", 0 → "0" (Finvoice percentage: up to three digits, comma)."""
    value = (Decimal(rate_bp) / 100).normalize()
    text = f"{value:f}"
    return text.replace(".", ",")


def _quantity(value: Decimal) -> str:
    text = f"{value.normalize():f}" if value != 0 else "0"
    return text.replace(".", ",")


def _setting(name: str, value: str, max_length: int) -> str:
    text = _clean(value)
    if not 2 <= len(text) <= max_length:
        raise EinvoiceSettingInvalid(setting=name, max_length=max_length, value=value)
    return text


def _scheme(address: str) -> dict[str, str]:
    """OVT codes (0037…) are tagged with their ICD; operator or IBAN-form addresses are left untagged."""
    return {"SchemeID": _OVT_SCHEME} if address.startswith(_OVT_SCHEME) and address.isdigit() else {}


def _bic(value: str) -> str:
    bic = _clean(value).replace(" ", "").upper()
    return bic if 8 <= len(bic) <= 11 and bic.isalnum() else ""


def _clean(text: str) -> str:
    """One line of text XML can carry: control characters dropped, runs of white space made one space."""
    return " ".join(_XML_ILLEGAL.sub("", text or "").split())


def _fit(text: str, max_length: int) -> str:
    return _clean(text)[:max_length]


def _name_parts(name: str) -> list[str]:
    """A long name goes into several name elements (70 characters each) instead of being cut off.

    The schema wants at least two characters; a one-letter name is padded rather than refused.
    """
    parts = [p for p in _chunks(_clean(name), 70) if len(p) >= 2]
    return parts or [(_clean(name) + "  ")[:2]]


def _chunks(text: str, size: int) -> list[str]:
    """Text wrapped at word boundaries into pieces of at most ``size`` characters."""
    return textwrap.wrap(text, size, break_long_words=True, break_on_hyphens=False)


def _representable(root: Any, encoding: str) -> bool:
    for element in root.iter():
        for value in (element.text, *element.attrib.values()):
            if value:
                try:
                    value.encode(encoding)
                except UnicodeEncodeError:
                    return False
    return True


def _sub(parent: Any, tag: str, text: str | None = None, **attributes: str) -> Any:
    element = etree.SubElement(parent, tag, attributes)
    if text is not None:
        element.text = text
    return element


def _optional(parent: Any, tag: str, text: str) -> None:
    if text:
        _sub(parent, tag, text)


def _money(parent: Any, tag: str, value: Decimal) -> None:
    _sub(parent, tag, _amount(value), AmountCurrencyIdentifier=CURRENCY)


def _date(parent: Any, tag: str, value: dt.date) -> None:
    _sub(parent, tag, value.strftime("%Y%m%d"), Format="CCYYMMDD")
