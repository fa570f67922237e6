"""Money as integer cents in storage and ``Decimal`` at the edges; never float.

SQLite returns ``SUM`` of integers as int, but of an empty set as None: ``cents()`` coerces.
``parse_amount()`` is the one reading of a euro amount a person typed, in every GUI field and
command-line argument: "12", "12,5", "1 234,50", "1234.50", "49,90 €"; it refuses more than two
decimals, a comma and a point together, and anything else with a clear message.
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal

from desktop_app.services.foundation.errors import ReskontraError

CENT = Decimal("0.01")
MAX_AMOUNT_CENTS = 10_000_000_000  # 100 million euros: more is a typing slip, not an amount

_SPACES = ("\u00a0", "\u202f", "\u2009", " ")  # no-break, narrow no-break, thin, plain space
_CURRENCY = re.compile(r"^(?:€|eur)\s*|\s*(?:€|eur)$", re.IGNORECASE)
# Digits, groups of three after a space as thousands separators, then a comma or a point and the cents.
_AMOUNT = re.compile(r"^(?P<sign>-?)(?P<euros>\d{1,3}(?: \d{3})+|\d*)(?:[.,](?P<cents>\d*))?$", re.ASCII)
_SHOWN = 40  # characters of what was typed that a message repeats


class AmountError(ReskontraError):
    """What a person typed is not an amount in euros; ``text`` is what they typed."""


class AmountMissing(AmountError):
    template = "Type an amount in euros, for example 1234,50."


class AmountNotANumber(AmountError):
    template = "{text} is not an amount in euros; write it for example as 1234,50."


class AmountTooPrecise(AmountError):
    template = "{text} has more than two decimals; an amount has at most two (cents), for example 12,35."


class AmountAmbiguous(AmountError):
    template = ("{text} has both a comma and a point, so it is not clear which one separates the cents; "
                "write it without a thousands separator, for example 1234,50.")


class AmountNegative(AmountError):
    template = "{text} is negative; give an amount of zero or more."


class AmountTooLarge(AmountError):
    template = "{text} is too large; an amount can be at most {maximum}."


def parse_amount(text: str, *, negative: bool = False, field: str | None = None) -> int:
    """Cents from a euro amount as a person types it; raises an ``AmountError`` naming ``field``.

    Accepted: "12", "12,5", "12,50", "12.50", "1 234,50" (plain, no-break or narrow no-break
    spaces between groups of three), "1234.50", "€" or "EUR" before or after, and a minus sign
    ("-" or "−") only with ``negative=True``. Refused: empty text, letters, NaN or infinity, more
    than two decimals ("12,345"), a comma and a point together ("1,234.50", "1.234,50"), and more
    than ``MAX_AMOUNT_CENTS``. Never float: the digits are read as they are.
    """
    cleaned = str(text).strip()
    shown = cleaned if len(cleaned) <= _SHOWN else cleaned[:_SHOWN] + "…"
    for space in _SPACES:
        cleaned = cleaned.replace(space, " ")
    cleaned = cleaned.replace("\u2212", "-").strip()
    sign = ""
    if cleaned.startswith("-"):
        sign, cleaned = "-", cleaned[1:].strip()
    cleaned = _CURRENCY.sub("", cleaned, count=1).strip()
    if not sign and cleaned.startswith("-"):  # "€ -5,00"
        sign, cleaned = "-", cleaned[1:].strip()
    if not cleaned:
        raise AmountMissing(field=field) if not shown else AmountNotANumber(text=shown, field=field)
    if "," in cleaned and "." in cleaned:
        raise AmountAmbiguous(text=shown, field=field)
    match = _AMOUNT.match(sign + cleaned)
    if match is None or not (match["euros"] or match["cents"]):
        raise AmountNotANumber(text=shown, field=field)
    decimals = match["cents"] or ""
    if len(decimals) > 2:
        raise AmountTooPrecise(text=shown, field=field)
    digits = match["euros"].replace(" ", "").lstrip("0")
    if len(digits) > len(str(MAX_AMOUNT_CENTS)) or int(digits or "0") > MAX_AMOUNT_CENTS // 100:  # 5 000 digits too
        raise AmountTooLarge(text=shown, maximum=to_decimal(MAX_AMOUNT_CENTS), field=field)
    amount = int(digits or "0") * 100 + int(decimals.ljust(2, "0"))
    if amount > MAX_AMOUNT_CENTS:
        raise AmountTooLarge(text=shown, maximum=to_decimal(MAX_AMOUNT_CENTS), field=field)
    if match["sign"] and amount:
        if not negative:
            raise AmountNegative(text=shown, field=field)
        amount = -amount
    return amount


def to_decimal(cents: int | None) -> Decimal:
    return (Decimal(int(cents or 0)) / 100).quantize(CENT)


def to_cents(amount: Decimal | int) -> int:
    """Euros (a Decimal the program computed) to cents, half up. Text a person typed goes through
    ``parse_amount``; floats and text are refused here."""
    if isinstance(amount, (float, str)):  # pragma: no cover - a programming error
        raise TypeError("to_cents takes a Decimal; parse typed text with parse_amount")
    return int((Decimal(amount) * 100).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def cents(value: object) -> int:
    """Coerce a database SUM (int, Decimal, None; never trust a float) to int cents."""
    if value is None:
        return 0
    if isinstance(value, float):
        return int(Decimal(repr(value)).quantize(Decimal(1), rounding=ROUND_HALF_UP))
    return int(value)  # type: ignore[call-overload]


def vat_of_net(net_cents: int, rate_bp: int) -> int:
    """VAT on a net amount, half up to the cent (rate in basis points: 2550 = 25.5 %)."""
    return int((Decimal(net_cents) * rate_bp / 10000).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def split_gross(gross_cents: int, rate_bp: int) -> tuple[int, int]:
    """Split a VAT-inclusive amount into (net, vat), VAT rounded half up."""
    net = int((Decimal(gross_cents) * 10000 / (10000 + rate_bp)).quantize(Decimal(1), rounding=ROUND_HALF_UP))
    return net, gross_cents - net
