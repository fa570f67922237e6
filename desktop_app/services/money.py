"""Money as integer cents in storage and ``Decimal`` at the edges; never float.

SQLite returns ``SUM`` of integers as int, but of an empty set as None: ``cents()`` coerces.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

CENT = Decimal("0.01")


def to_decimal(cents: int | None) -> Decimal:
    return (Decimal(int(cents or 0)) / 100).quantize(CENT)


def to_cents(amount: Decimal | str | int) -> int:
    """Euros (Decimal or text like "12,50") to cents, half up. Floats are refused."""
    if isinstance(amount, float):  # pragma: no cover - a programming error
        raise TypeError("money must not be float")
    if isinstance(amount, str):
        amount = Decimal(amount.replace("\u00a0", "").replace(" ", "").replace(",", "."))
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
