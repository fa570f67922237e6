"""Helpers shared by the GUI tests: closing message boxes, and a customer whose card has every kind of row."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QApplication, QMessageBox

from desktop_app.bootstrap import Database
from desktop_app.models import Customer
from desktop_app.models.enums import InvoiceKind
from desktop_app.services import customers, payments
from desktop_app.services.customers import get_customer_card
from desktop_app.services.foundation.uow import Actor, UnitOfWork
from tests import factories

D = dt.date


def close_message_boxes() -> list[str]:
    """The texts of the message boxes on screen, closing them (show_info / show_error return at once)."""
    texts = []
    for w in QApplication.topLevelWidgets():
        if isinstance(w, QMessageBox) and w.isVisible():
            texts.append(w.text())
            w.close()
    return texts


def company_with_open_invoices(db: Database, actor: Actor) -> int:
    """A Swedish-speaking company (made by the customer service, so the search finds it) with three open
    invoices, a reminder of the first, half of the second paid, the third overpaid (the rest waits for the
    clerk), a credit balance and a changed phone number."""
    with UnitOfWork(db.session_factory) as uow:
        s = uow.session
        cid = factories.new_customer(s, actor, kind="company", company_name="Lindqvist Ab", first_name="",
                                     last_name="", contact_person="Stina Lindqvist", language="sv",
                                     email="faktura@lindqvist.example")
        c = s.get(Customer, cid)
        assert c is not None
        paper = factories.product(s, "HBL", price_cents=9900, name="Hufvudstadsbladet 12 mån")
        factories.order(s, c, paper, start=D(2026, 1, 1), end=D(2026, 12, 31))
        factories.order(s, c, paper, start=D(2027, 1, 1), quantity=2)
        first, second, third = (factories.posted_invoice(s, actor, c, cents, invoice_date=D(2026, 9, 1))
                                for cents in (9900, 4500, 12000))
        factories.posted_invoice(s, actor, c, 500, invoice_date=D(2026, 10, 1), kind=InvoiceKind.REMINDER,
                                 parent=first)
        payments.record_payment(s, actor, amount_cents=2250, booking_date=D(2026, 10, 5), reference=second.reference)
        payments.record_payment(s, actor, amount_cents=15000, booking_date=D(2026, 10, 6), reference=third.reference)
        factories.credit_balance(s, actor, c, 2500, D(2026, 10, 7))
        card = get_customer_card(s, c.id)
        customers.update_customer(s, actor, c.id, {"phone": "09 1234 5678"}, card.customer.version)
        uow.commit()
        return c.id
