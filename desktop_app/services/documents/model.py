"""What an invoice document says, as frozen dataclasses: no database, no drawing.

The billing, reminder and refund services build these from the database; ``invoice_pdf`` (and any
other renderer) only reads them. Amounts are ``Decimal`` euros with two decimals; VAT rates are basis
points (2550 = 25.5 %). The constructor checks that the sums agree, so a wrong document fails where it
is built, not in a customer's hands.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

from desktop_app.models.enums import InvoiceKind
from desktop_app.services.foundation.i18n import LANGUAGES
from desktop_app.services.foundation.money import CENT

ZERO = Decimal("0.00")
# Kinds whose amount is owed *to* the customer: no payment slip, bar code or QR code.
CREDIT_KINDS = frozenset({InvoiceKind.REFUND_INVOICE, InvoiceKind.CREDIT_NOTE})


def _is_cents(value: Decimal) -> bool:
    return isinstance(value, Decimal) and value == value.quantize(CENT)


@dataclass(frozen=True)
class Seller:
    name: str
    business_id: str = ""  # Y-tunnus, "1234567-8"
    vat_number: str = ""  # "FI12345678"
    address_lines: tuple[str, ...] = ()
    phone: str = ""
    email: str = ""
    iban: str = ""
    bic: str = ""
    logo_path: str | None = None
    website: str = ""


@dataclass(frozen=True)
class Buyer:
    customer_number: str
    name: str
    contact: str = ""  # the person to whom a company's letter is addressed ("Attn" / "c/o")
    address_lines: tuple[str, ...] = ()  # street, "00100 HELSINKI", country if abroad
    business_id: str = ""
    einvoice_address: str = ""


@dataclass(frozen=True)
class DocumentLine:
    description: str
    quantity: Decimal
    unit_price: Decimal  # net, per unit
    vat_rate_bp: int
    net: Decimal
    vat: Decimal
    gross: Decimal
    period_start: dt.date | None = None
    period_end: dt.date | None = None

    def __post_init__(self) -> None:
        for name in ("unit_price", "net", "vat", "gross"):
            if not _is_cents(getattr(self, name)):
                raise ValueError(f"{name} must be a Decimal with at most two decimals: {getattr(self, name)!r}")
        if self.net + self.vat != self.gross:
            raise ValueError(f"line {self.description!r}: net {self.net} + VAT {self.vat} != gross {self.gross}")


@dataclass(frozen=True)
class VatRow:
    """One rate of the VAT breakdown (VAT is rounded per invoice per rate)."""

    rate_bp: int
    net: Decimal
    vat: Decimal
    gross: Decimal

    def __post_init__(self) -> None:
        if self.net + self.vat != self.gross:
            raise ValueError(f"VAT {self.rate_bp} bp: net {self.net} + VAT {self.vat} != gross {self.gross}")


@dataclass(frozen=True)
class ReminderDetails:
    """A payment reminder's facts about the invoice it reminds of.

    The reminder's own lines are the fee and the late-payment interest; the amount to pay is the
    original invoice's open amount plus those lines. Interest accrues once: ``interest_amount`` is
    what this reminder charges, ``interest_accrued`` all the interest owed up to ``interest_until``,
    of which ``interest_charged_earlier`` was charged on earlier reminders.
    """

    level: int  # 1 or 2
    original_invoice_number: str
    original_invoice_date: dt.date | None
    original_due_date: dt.date
    original_amount: Decimal  # the invoice total
    open_amount: Decimal  # still unpaid of it
    fee: Decimal = ZERO
    interest_rate_bp: int = 0  # late-payment interest rate a year
    interest_amount: Decimal = ZERO
    interest_until: dt.date | None = None
    interest_accrued: Decimal = ZERO
    interest_charged_earlier: Decimal = ZERO

    def __post_init__(self) -> None:
        if self.interest_accrued and self.interest_accrued != self.interest_charged_earlier + self.interest_amount:
            raise ValueError(f"interest accrued {self.interest_accrued} != charged earlier "
                             f"{self.interest_charged_earlier} + this reminder's {self.interest_amount}")


@dataclass(frozen=True)
class InvoiceDocument:
    kind: InvoiceKind
    language: str
    seller: Seller
    buyer: Buyer
    invoice_number: str
    invoice_date: dt.date
    due_date: dt.date
    payment_terms_days: int
    reference: str  # stored form: domestic digits or RF…
    lines: tuple[DocumentLine, ...]
    vat_breakdown: tuple[VatRow, ...]
    total_net: Decimal
    total_vat: Decimal
    total_gross: Decimal
    amount_to_pay: Decimal
    balance_applied: Decimal = ZERO
    already_paid: Decimal = ZERO  # an invoice paid (partly) before this letter went out
    our_order_numbers: tuple[str, ...] = ()
    reminder: ReminderDetails | None = None
    credited_invoice_number: str = ""  # a credit note or refund invoice: the invoice it refers to
    late_interest_rate_bp: int | None = None  # printed in the terms of an invoice
    messages: tuple[str, ...] = field(default=())

    def __post_init__(self) -> None:
        if self.language not in LANGUAGES:
            raise ValueError(f"language must be one of {LANGUAGES}, not {self.language!r}")
        if not isinstance(self.kind, InvoiceKind):
            object.__setattr__(self, "kind", InvoiceKind(self.kind))
        for name in ("total_net", "total_vat", "total_gross", "amount_to_pay", "balance_applied", "already_paid"):
            if not _is_cents(getattr(self, name)):
                raise ValueError(f"{name} must be a Decimal with at most two decimals: {getattr(self, name)!r}")
        if self.total_net + self.total_vat != self.total_gross:
            raise ValueError("total net + total VAT != total gross")
        if sum((ln.net for ln in self.lines), ZERO) != self.total_net:
            raise ValueError("the lines' net amounts do not add up to the total net")
        if sum((ln.gross for ln in self.lines), ZERO) != self.total_gross:
            raise ValueError("the lines' gross amounts do not add up to the total gross")
        if self.vat_breakdown and (sum((r.vat for r in self.vat_breakdown), ZERO) != self.total_vat
                                   or sum((r.net for r in self.vat_breakdown), ZERO) != self.total_net):
            raise ValueError("the VAT breakdown does not add up to the totals")
        if self.kind == InvoiceKind.REMINDER:
            if self.reminder is None:
                raise ValueError("a reminder document needs its ReminderDetails")
            expected = self.reminder.open_amount + self.total_gross - self.balance_applied
        else:
            expected = self.total_gross - self.balance_applied - self.already_paid
        if self.amount_to_pay != expected:
            raise ValueError(f"amount to pay {self.amount_to_pay} != {expected}")

    @property
    def is_credit(self) -> bool:
        """The amount is owed to the customer; nothing to pay."""
        return self.kind in CREDIT_KINDS

    @property
    def payable(self) -> bool:
        """Whether the document asks for a payment (and so gets a bar code, QR code and payment slip)."""
        return not self.is_credit and self.amount_to_pay > 0
