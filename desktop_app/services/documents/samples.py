"""An example document with consistent sums, for the layout preview in settings, tests and benchmarks.

VAT is rounded per invoice per rate (half up) and handed out over the lines cumulatively, the way the
billing run does, so the lines add up to the VAT breakdown to the cent.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from decimal import ROUND_HALF_UP, Decimal

from desktop_app.models.enums import InvoiceKind
from desktop_app.services.documents import references
from desktop_app.services.documents.model import (
    Buyer,
    DocumentLine,
    InvoiceDocument,
    ReminderDetails,
    Seller,
    VatRow,
)
from desktop_app.services.foundation.money import to_cents, to_decimal, vat_of_net

EXAMPLE_SELLER = Seller(
    name="Kustannus Oy Esimerkki",
    business_id="1234567-1",
    vat_number="FI12345671",
    address_lines=("Mannerheimintie 12 B", "00100 HELSINKI"),
    phone="+358 9 123 4567",
    email="laskutus@esimerkki.fi",
    iban="FI79 4405 2020 0360 82",
    bic="ITELFIHH",
    website="www.esimerkki.fi",
)
EXAMPLE_BUYER = Buyer(
    customer_number="100234",
    name="Åsa Åkerlund",
    address_lines=("Östra Långgatan 5 A 3", "65100 VAASA"),
)
EXAMPLE_ITEMS: tuple[tuple[str, int, str, int], ...] = (
    # description, quantity, unit price net, VAT rate bp
    ("Helsingin Sanomat, kestotilaus 12 kk", 1, "290.00", 1400),
    ("Digilehti, lisäkäyttäjä", 2, "4.90", 1400),
    ("Kirja: Suomen lintuopas", 1, "31.90", 1400),
    ("Ilmoitus, 1/4 sivua", 1, "480.00", 2550),
)


def example_document(
    kind: InvoiceKind = InvoiceKind.INVOICE,
    language: str = "fi",
    *,
    items: Sequence[tuple[str, int, str, int]] = EXAMPLE_ITEMS[:2],
    seller: Seller = EXAMPLE_SELLER,
    buyer: Buyer = EXAMPLE_BUYER,
    number: int = 20261001,
    invoice_date: dt.date = dt.date(2026, 11, 24),
    terms_days: int = 14,
    balance_applied: Decimal = Decimal("0.00"),
    rf_reference: bool = False,
    messages: tuple[str, ...] = (),
) -> InvoiceDocument:
    per_rate: dict[int, list[int]] = {}  # rate → [net cents, VAT cents so far]
    lines = []
    period_start = invoice_date.replace(day=1) + dt.timedelta(days=40)
    period_start = period_start.replace(day=1)
    period_end = period_start.replace(year=period_start.year + 1) - dt.timedelta(days=1)
    for description, quantity, unit_price, rate in items:
        unit_cents = to_cents(Decimal(unit_price))
        net = unit_cents * quantity
        acc = per_rate.setdefault(rate, [0, 0])
        acc[0] += net
        vat_now = vat_of_net(acc[0], rate)
        line_vat, acc[1] = vat_now - acc[1], vat_now
        lines.append(DocumentLine(
            description=description, quantity=Decimal(quantity), unit_price=to_decimal(unit_cents),
            vat_rate_bp=rate, net=to_decimal(net), vat=to_decimal(line_vat), gross=to_decimal(net + line_vat),
            period_start=period_start if "tilaus" in description or "Digi" in description else None,
            period_end=period_end if "tilaus" in description or "Digi" in description else None,
        ))
    breakdown = tuple(VatRow(rate, to_decimal(n), to_decimal(v), to_decimal(n + v))
                      for rate, (n, v) in sorted(per_rate.items()))
    total_net = sum((r.net for r in breakdown), Decimal("0.00"))
    total_vat = sum((r.vat for r in breakdown), Decimal("0.00"))
    reference = references.create_domestic(number)
    if rf_reference:
        reference = references.rf_from_domestic(reference)
    reminder = None
    credited = ""
    if kind == InvoiceKind.REMINDER:
        original = example_document(language=language, seller=seller, buyer=buyer, number=number - 1000,
                                    invoice_date=invoice_date - dt.timedelta(days=45))
        days = (invoice_date - original.due_date).days
        interest_cents = int((Decimal(to_cents(original.amount_to_pay)) * 1150 * days / (10000 * 365))
                             .quantize(Decimal(1), rounding=ROUND_HALF_UP))
        interest = to_decimal(interest_cents)
        reminder = ReminderDetails(
            level=1, original_invoice_number=original.invoice_number, original_invoice_date=original.invoice_date,
            original_due_date=original.due_date, original_amount=original.total_gross,
            open_amount=original.amount_to_pay, fee=Decimal("5.00"), interest_rate_bp=1150,
            interest_amount=interest, interest_until=invoice_date,
        )
        texts = {"fi": ("Muistutusmaksu", "Viivästyskorko"), "sv": ("Påminnelseavgift", "Dröjsmålsränta")}
        fee_text, interest_text = texts.get(language, ("Reminder fee", "Late-payment interest"))
        lines = [
            DocumentLine(description=fee_text, quantity=Decimal(1), unit_price=Decimal("5.00"), vat_rate_bp=0,
                         net=Decimal("5.00"), vat=Decimal("0.00"), gross=Decimal("5.00")),
            DocumentLine(description=interest_text, quantity=Decimal(1), unit_price=interest, vat_rate_bp=0,
                         net=interest, vat=Decimal("0.00"), gross=interest, period_start=original.due_date,
                         period_end=invoice_date),
        ]
        breakdown = (VatRow(0, Decimal("5.00") + interest, Decimal("0.00"), Decimal("5.00") + interest),)
        total_net, total_vat = Decimal("5.00") + interest, Decimal("0.00")
    elif kind in (InvoiceKind.REFUND_INVOICE, InvoiceKind.CREDIT_NOTE):
        credited = str(number - 1000)
    total_gross = total_net + total_vat
    amount = total_gross - balance_applied + (reminder.open_amount if reminder else Decimal("0.00"))
    return InvoiceDocument(
        kind=kind, language=language, seller=seller, buyer=buyer, invoice_number=str(number),
        invoice_date=invoice_date, due_date=invoice_date + dt.timedelta(days=terms_days),
        payment_terms_days=terms_days, reference=reference, lines=tuple(lines), vat_breakdown=breakdown,
        total_net=total_net, total_vat=total_vat, total_gross=total_gross, amount_to_pay=amount,
        balance_applied=balance_applied, our_order_numbers=("T-55012",), reminder=reminder,
        credited_invoice_number=credited, late_interest_rate_bp=1150, messages=messages,
    )
