"""A practice bank file: a camt.054 file paying some of the open invoices of a demo (or training)
database in the ways a bank file does, for practising W10."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.models import Customer, Invoice
from desktop_app.models.enums import InvoiceKind, InvoiceStatus
from desktop_app.services.documents import references


def practice_bank_file(session: Session, booked_on: dt.date, count: int = 40) -> bytes:
    """A camt.054 file as the bank would send it today, paying some of the open invoices: most exactly,
    a few partly, one too much, one with the RF form of its reference, one zero-padded, one with a
    reference that matches nothing. For practising W10 on a demo (or training) database."""
    from desktop_app.services.payments import camt054

    open_ = Invoice.total_cents - Invoice.balance_applied_cents - Invoice.paid_cents
    rows = session.execute(
        select(Invoice.reference, open_.label("open"), Customer.name)
        .join(Customer, Customer.id == Invoice.customer_id)
        .where(Invoice.status == InvoiceStatus.OPEN, Invoice.kind.in_((InvoiceKind.INVOICE, InvoiceKind.AD_INVOICE)),
               open_ > 0,
               Invoice.invoice_date <= booked_on)
        .order_by(Invoice.due_date.desc(), Invoice.id).limit(count)).all()
    pays: list[tuple[int, str, str, str]] = []
    for k, (reference, amount, name) in enumerate(rows):
        payer = name.upper()[:70]
        if k % 13 == 5:
            amount = max(100, amount // 2)  # partial
        elif k % 17 == 7:
            amount += 1000  # ten euros too much
        if k % 11 == 3 and not reference.startswith("RF"):
            reference = references.rf_from_domestic(reference)
        pays.append((int(amount), reference, payer, ""))
    pays.append((2500, references.create_domestic(987654321), "TUNTEMATON MAKSAJA", "Lahjoitus"))
    entries = [camt054.OutgoingEntry(f"PRACTICE-{booked_on:%Y%m%d}-{i:04d}", booked_on, tuple(pays[i:i + 4]),
                                     pad_reference=i % 8 == 0)
               for i in range(0, len(pays), 4)]
    from desktop_app.services.foundation import settings

    return camt054.write_camt054(entries, message_id=f"PRACTICE-{booked_on:%Y%m%d}-{len(pays)}",
                                 account_iban=str(settings.get(session, "company.iban")),  # the bank's file is ours
                                 created_at=dt.datetime.combine(booked_on, dt.time(6, 0), tzinfo=dt.UTC))
