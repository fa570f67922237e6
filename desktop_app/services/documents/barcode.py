"""Finnish bank virtual barcode (virtuaaliviivakoodi), versions 4 and 5, from the Finanssiala bank bar code guide.

54 digits, the same that the Code 128 bar code on a paper invoice carries:

- version 4 (domestic reference): ``4`` + IBAN digits (16) + euros (6) + cents (2) + ``000`` +
  reference zero-padded (20) + due date YYMMDD;
- version 5 (RF reference): ``5`` + IBAN digits (16) + euros (6) + cents (2) + RF check digits (2) +
  RF body zero-padded (21) + due date YYMMDD.

No amount, or an amount above 999 999,99 € (the payer then types it in), gives ``00000000``; no due date
gives ``000000``. The bar code is only for Finnish accounts and numeric references.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from stdnum import iban as stdnum_iban
from stdnum.exceptions import ValidationError as StdnumError

from desktop_app.services.documents import references
from desktop_app.services.foundation.errors import ReskontraError
from desktop_app.services.foundation.money import to_cents

LENGTH = 54
MAX_AMOUNT = Decimal("999999.99")


class InvalidIban(ReskontraError):
    template = "{iban} is not a valid IBAN."


class BarcodeNeedsFinnishIban(ReskontraError):
    template = "The bank bar code can only be made for a Finnish (FI) account; {iban} is not one."


class BarcodeReferenceNotNumeric(ReskontraError):
    template = "The reference {reference} contains letters and cannot be put in the bank bar code."


class BarcodeNegativeAmount(ReskontraError):
    template = "The bank bar code cannot carry a negative amount ({amount})."


def compact_iban(iban: str) -> str:
    """The IBAN without spaces, upper case, after checking its country format and mod-97 check digits."""
    try:
        return str(stdnum_iban.validate(iban))
    except StdnumError:
        raise InvalidIban(iban=iban) from None


def format_iban(iban: str) -> str:
    """Printed form in groups of four: "FI79 4405 2020 0360 82"."""
    value = iban.replace(" ", "").upper()
    return " ".join(value[i : i + 4] for i in range(0, len(value), 4))


def _amount_digits(amount: Decimal | None) -> str:
    if amount is None:
        return "0" * 8
    amount_cents = to_cents(amount)
    if amount_cents < 0:
        raise BarcodeNegativeAmount(amount=str(amount))
    if amount_cents > to_cents(MAX_AMOUNT):
        return "0" * 8  # too large for the bar code: the payer enters the amount
    return f"{amount_cents:08d}"


def _date_digits(due_date: dt.date | None) -> str:
    return due_date.strftime("%y%m%d") if due_date else "000000"


def virtual_barcode(iban: str, amount: Decimal | None, reference: str, due_date: dt.date | None) -> str:
    """The 54-digit virtual barcode; version 5 for an RF reference, version 4 for a domestic one."""
    account = compact_iban(iban)
    if not account.startswith("FI"):
        raise BarcodeNeedsFinnishIban(iban=iban)
    account_digits = account[2:]  # check digits + 14-digit BBAN
    ref = references.compact(reference)
    if ref.startswith("RF"):
        if not references.is_valid_rf(ref):
            raise references.InvalidReference(reference=reference)
        body = ref[4:]
        if not body.isdigit():
            raise BarcodeReferenceNotNumeric(reference=reference)
        if len(body) > 21:  # pragma: no cover - ISO 11649 bodies are at most 21 characters
            raise references.InvalidReference(reference=reference)
        code = "5" + account_digits + _amount_digits(amount) + ref[2:4] + body.zfill(21) + _date_digits(due_date)
    else:
        if not references.is_valid_domestic(ref):
            raise references.InvalidReference(reference=reference)
        code = "4" + account_digits + _amount_digits(amount) + "000" + references.normalize(ref).zfill(20)
        code += _date_digits(due_date)
    assert len(code) == LENGTH and code.isdigit(), code
    return code

