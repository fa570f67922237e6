"""Finnish payment references: domestic 7-3-1 (viitenumero) and RF creditor references (ISO 11649)."""

from __future__ import annotations

import re

from stdnum import iso11649
from stdnum.exceptions import ValidationError as StdnumError

from desktop_app.services.foundation.errors import ReskontraError

_WEIGHTS = (7, 3, 1)


class InvalidReference(ReskontraError):
    template = "{reference} is not a valid reference number."


def compact(reference: str) -> str:
    return re.sub(r"\s+", "", reference).upper()


def check_digit(base: str) -> int:
    """7-3-1 check digit: weights 7, 3, 1 from the right, check = (10 - sum mod 10) mod 10."""
    total = sum(int(d) * _WEIGHTS[i % 3] for i, d in enumerate(reversed(base)))
    return (10 - total % 10) % 10


def create_domestic(base: int | str) -> str:
    """A domestic reference from a base of 3 to 19 digits (leading zeros dropped)."""
    digits = str(base).strip().lstrip("0")
    if not digits.isdigit() or not 3 <= len(digits) + 1 <= 20 or len(digits) < 1:
        raise InvalidReference(reference=str(base))
    reference = digits + str(check_digit(digits))
    if len(reference) < 4:
        raise InvalidReference(reference=str(base))
    return reference


def is_valid_domestic(reference: str) -> bool:
    ref = compact(reference).lstrip("0")
    if not ref.isdigit() or not 4 <= len(ref) <= 20:
        return False
    return check_digit(ref[:-1]) == int(ref[-1])


def create_rf(base: int | str) -> str:
    """An RF reference (ISO 11649) from a base; ``RF`` + two check digits + base."""
    body = compact(str(base))
    if not body.isalnum() or not 1 <= len(body) <= 21:
        raise InvalidReference(reference=str(base))
    numeric = "".join(str(int(ch, 36)) for ch in body + "RF00")
    check = 98 - int(numeric) % 97
    return f"RF{check:02d}{body}"


def rf_from_domestic(domestic: str) -> str:
    """The RF form of a domestic reference (the domestic reference, check digit included, is the body)."""
    if not is_valid_domestic(domestic):
        raise InvalidReference(reference=domestic)
    return create_rf(compact(domestic).lstrip("0"))


def is_valid_rf(reference: str) -> bool:
    try:
        iso11649.validate(compact(reference))
    except StdnumError:
        return False
    return True


def is_valid(reference: str) -> bool:
    ref = compact(reference)
    return is_valid_rf(ref) if ref.startswith("RF") else is_valid_domestic(ref)


def normalize(reference: str) -> str:
    """Canonical stored form: domestic without spaces or leading zeros (banks pad to 20), RF upper case."""
    ref = compact(reference)
    if ref.startswith("RF"):
        return ref
    return ref.lstrip("0")


def format_domestic(reference: str) -> str:
    """Printed form: groups of five from the right ("12345 67897")."""
    ref = normalize(reference)
    groups: list[str] = []
    while ref:
        groups.insert(0, ref[-5:])
        ref = ref[:-5]
    return " ".join(groups)


def format_rf(reference: str) -> str:
    ref = compact(reference)
    return " ".join(ref[i : i + 4] for i in range(0, len(ref), 4))


def format_reference(reference: str) -> str:
    ref = compact(reference)
    return format_rf(ref) if ref.startswith("RF") else format_domestic(ref)


def make_reference(invoice_number: int, reference_format: str) -> str:
    """Domestic 7-3-1 reference from the invoice number, or its RF form (setting billing.reference_format)."""
    domestic = create_domestic(invoice_number)
    return rf_from_domestic(domestic) if reference_format.strip().lower() == "rf" else domestic
