"""EPC QR code (EPC069-12, "SEPA QR", in Finland "QR-koodi tilisiirtolomakkeella") for paying an invoice.

The payload is twelve line-feed separated fields: service tag ``BCD``, version ``001`` (BIC required) or
``002``, character set (1 = UTF-8), ``SCT``, BIC, beneficiary name (≤ 70), IBAN, ``EUR`` + amount
(0.01 … 999 999 999.99, no trailing zeros), purpose code (≤ 4), structured creditor reference (≤ 35)
*or* unstructured remittance text (≤ 140), and beneficiary-to-originator information (≤ 70). Empty
trailing fields are left out; the whole payload is at most 331 bytes, drawn at error level M in a QR
version of at most 13.

Finnish practice (Finanssiala's QR guide, followed by Finnish banking apps): an RF creditor reference
goes to the structured field, a domestic 7-3-1 reference to the unstructured field, and the due date
may travel in the information field as ``ReqdExctnDt/YYYY-MM-DD``.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import segno
from stdnum import bic as stdnum_bic
from stdnum import iban as stdnum_iban
from stdnum.exceptions import ValidationError as StdnumError

from desktop_app.services.documents import references
from desktop_app.services.foundation.errors import ReskontraError
from desktop_app.services.foundation.money import CENT

SERVICE_TAG = "BCD"
IDENTIFICATION = "SCT"
CHARSETS = {
    1: "utf-8",
    2: "iso-8859-1",
    3: "iso-8859-2",
    4: "iso-8859-4",
    5: "iso-8859-5",
    6: "iso-8859-7",
    7: "iso-8859-10",
    8: "iso-8859-15",
}
MAX_BYTES = 331
MAX_QR_VERSION = 13
MIN_AMOUNT = Decimal("0.01")
MAX_AMOUNT = Decimal("999999999.99")
LIMITS = {"name": 70, "iban": 34, "purpose": 4, "reference": 35, "text": 140, "info": 70}


class EpcQrError(ReskontraError):
    """The EPC QR code for a payment cannot be made from these details."""


class EpcFieldTooLong(EpcQrError):
    template = "The EPC QR code field {part} may be at most {limit} characters; it has {length}."


class EpcFieldInvalid(EpcQrError):
    template = "The EPC QR code field {part} is not valid: {value}"


class EpcAmountOutOfRange(EpcQrError):
    template = "The EPC QR code amount must be between 0.01 and 999999999.99 euros, not {amount}."


class EpcReferenceAndText(EpcQrError):
    template = "An EPC QR code carries either a structured reference or a remittance text, not both."


class EpcPayloadTooLong(EpcQrError):
    template = "The EPC QR code data is {size} bytes; at most 331 bytes fit."


def format_amount(amount: Decimal) -> str:
    """``EUR`` + the amount with a point and no trailing zeros: 12.30 → ``EUR12.3``, 20.00 → ``EUR20``."""
    if amount != amount.quantize(CENT):
        raise EpcFieldInvalid(part="amount", value=str(amount))
    if not MIN_AMOUNT <= amount <= MAX_AMOUNT:
        raise EpcAmountOutOfRange(amount=str(amount))
    text = f"{amount.quantize(CENT):f}".rstrip("0").rstrip(".")
    return "EUR" + text


def _single_line(part: str, value: str) -> str:
    value = value.strip()
    if "\n" in value or "\r" in value:
        raise EpcFieldInvalid(part=part, value=value)
    limit = LIMITS.get(part)
    if limit is not None and len(value) > limit:
        raise EpcFieldTooLong(part=part, limit=limit, length=len(value))
    return value


def epc_payload(
    *,
    name: str,
    iban: str,
    amount: Decimal | None = None,
    bic: str = "",
    purpose: str = "",
    reference: str = "",
    text: str = "",
    info: str = "",
    version: str = "002",
    charset: int = 1,
) -> str:
    """The EPC069-12 payload; raises an ``EpcQrError`` for anything the standard does not allow."""
    if version not in ("001", "002"):
        raise EpcFieldInvalid(part="version", value=version)
    if charset not in CHARSETS:
        raise EpcFieldInvalid(part="character set", value=str(charset))
    bic = bic.replace(" ", "").upper()
    if bic:
        try:
            stdnum_bic.validate(bic)
        except StdnumError:
            raise EpcFieldInvalid(part="BIC", value=bic) from None
    elif version == "001":
        raise EpcFieldInvalid(part="BIC", value="")
    name = _single_line("name", name)
    if not name:
        raise EpcFieldInvalid(part="name", value="")
    try:
        account = str(stdnum_iban.validate(iban))
    except StdnumError:
        raise EpcFieldInvalid(part="IBAN", value=iban) from None
    purpose = _single_line("purpose", purpose).upper()
    if purpose and not purpose.isalnum():
        raise EpcFieldInvalid(part="purpose", value=purpose)
    reference = _single_line("reference", reference.replace(" ", ""))
    text = _single_line("text", text)
    info = _single_line("info", info)
    if reference and text:
        raise EpcReferenceAndText()
    amount_field = "" if amount is None else format_amount(amount)
    fields = [SERVICE_TAG, version, str(charset), IDENTIFICATION, bic, name, account, amount_field,
              purpose, reference, text, info]
    while len(fields) > 7 and not fields[-1]:
        fields.pop()
    payload = "\n".join(fields)
    try:
        size = len(payload.encode(CHARSETS[charset]))
    except UnicodeEncodeError:
        raise EpcFieldInvalid(part="character set", value=str(charset)) from None
    if size > MAX_BYTES:
        raise EpcPayloadTooLong(size=size)
    return payload


def invoice_payload(
    *,
    name: str,
    iban: str,
    bic: str,
    amount: Decimal,
    reference: str,
    due_date: dt.date | None = None,
) -> str:
    """The payload for paying one of our invoices, the Finnish way (see the module docstring).

    With a BIC, version 001, which every reader understands; without, version 002.
    """
    ref = references.compact(reference)
    if not references.is_valid(ref):
        raise references.InvalidReference(reference=reference)
    structured, unstructured = (ref, "") if ref.startswith("RF") else ("", references.normalize(ref))
    return epc_payload(
        name=name,
        iban=iban,
        bic=bic,
        amount=amount,
        reference=structured,
        text=unstructured,
        info=f"ReqdExctnDt/{due_date.isoformat()}" if due_date else "",
        version="001" if bic else "002",
    )


def qr_code(payload: str) -> segno.QRCode:
    """The QR symbol for a payload: byte mode in the payload's character set, error level M, version ≤ 13."""
    charset = int(payload.split("\n", 3)[2])
    # A fixed data mask: every mask is valid and decodes the same; segno's search for the best-scoring
    # of the eight was ~38 ms of each ~50 ms invoice PDF (the PDF tests scan every code back with zbar).
    qr = segno.make_qr(payload, error="m", boost_error=False, encoding=CHARSETS[charset], mask=0)
    if int(qr.version) > MAX_QR_VERSION:  # pragma: no cover - 331 bytes fit in version 13 at level M
        raise EpcPayloadTooLong(size=len(payload.encode(CHARSETS[charset])))
    return qr


def qr_matrix(payload: str) -> tuple[tuple[bool, ...], ...]:
    """Rows of dark (True) and light modules, without the quiet zone (draw four modules of it)."""
    return tuple(tuple(bool(m) for m in row) for row in qr_code(payload).matrix)
