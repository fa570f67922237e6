"""A real local SMTP server (aiosmtpd on 127.0.0.1) and billed invoices on every channel, for the sending tests."""

from __future__ import annotations

import datetime as dt
import email
import socket
import threading
from dataclasses import dataclass, field
from email.message import Message

from aiosmtpd.controller import Controller
from sqlalchemy import select, update

from desktop_app.bootstrap import Database
from desktop_app.models import Invoice
from desktop_app.models.enums import Channel
from desktop_app.services import billing
from desktop_app.services.billing.requests import fetch_billing_requests
from desktop_app.services.documents import references
from desktop_app.services.foundation.uow import Actor
from tests.integration import billing_support as w

D = dt.date
TODAY = D(2026, 11, 24)


@dataclass
class Inbox:
    """What arrived at the test SMTP server; addresses in ``refuse`` get a 550 at RCPT."""

    messages: list[Message] = field(default_factory=list)
    refuse: set[str] = field(default_factory=set)
    lock: threading.Lock = field(default_factory=threading.Lock)

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):  # noqa: N802
        if address in self.refuse:
            return "550 5.1.1 No such user here"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):  # noqa: N802
        with self.lock:
            self.messages.append(email.message_from_bytes(envelope.original_content))
        return "250 Message accepted for delivery"

    def message_ids(self) -> list[str]:
        with self.lock:
            return [m["Message-ID"] for m in self.messages]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class SmtpServer:
    def __init__(self) -> None:
        self.inbox = Inbox()
        self.port = free_port()
        self.controller = Controller(self.inbox, hostname="127.0.0.1", port=self.port)

    def __enter__(self) -> SmtpServer:
        self.controller.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.controller.stop()


def configure(db: Database, accountant: Actor, **values: str) -> None:
    from desktop_app.services.foundation import settings

    with db.session_factory() as s:
        for key, value in values.items():
            settings.set_value(s, accountant, key.replace("__", "."), value)
        s.commit()


def billed(db: Database, actor: Actor, customers: list[dict]) -> list[int]:
    """One yearly order per customer, billed; returns the invoice ids in customer order."""
    with db.session_factory() as s:
        product = s.scalar(select(w.Product).where(w.Product.code == "MAG")) or w.product(
            s, "MAG", price_cents=4990, name="Aikakauslehti")
        for spec in customers:
            w.order(s, w.customer(s, **spec), product, start=D(2026, 11, 1))
        fetch_billing_requests(s, actor, TODAY)
        s.commit()
    billing.run_billing(db.session_factory, actor, until=TODAY, invoice_date=TODAY, preview=False)
    with db.session_factory() as s:
        ids = list(s.scalars(select(Invoice.id).order_by(Invoice.number)))
    assert ids, "the billing run made no invoices"
    return ids


def email_customers(n: int, domain: str = "example.fi") -> list[dict]:
    return [{"name": f"Asiakas{i} Aino", "channel": Channel.EMAIL, "email": f"aino{i}@{domain}"} for i in range(n)]


def einvoice_customers(n: int, prefix: str = "Yritys") -> list[dict]:
    return [{"name": f"{prefix}{i} Oy", "channel": Channel.EINVOICE, "einvoice_address": f"0037{1234567 + i}",
             "einvoice_operator": "003721291126"} for i in range(n)]


def paper_customers(n: int, prefix: str = "Kirje") -> list[dict]:
    return [{"name": f"{prefix}{i} Kalle", "channel": Channel.PAPER} for i in range(n)]


def several_documents_each(db: Database, actor: Actor, customers: list[dict], *, today: dt.date = TODAY) -> list[int]:
    """Per customer two invoices (two orders billed one invoice each) and a reminder of the first one.

    Returns the ids of these customers' unsent documents, grouped by customer: invoice, invoice, reminder.
    """
    from desktop_app.services import reminders

    due = today - dt.timedelta(days=30)
    with db.session_factory() as s:
        product = s.scalar(select(w.Product).where(w.Product.code == "MAG")) or w.product(
            s, "MAG", price_cents=4990, name="Aikakauslehti")
        other = s.scalar(select(w.Product).where(w.Product.code == "NEWS")) or w.product(
            s, "NEWS", price_cents=2990, name="Sanomalehti")
        made = [w.customer(s, **spec) for spec in customers]
        for c in made:
            w.order(s, c, product, start=D(2026, 10, 1))
            w.order(s, c, other, start=D(2026, 10, 1))
        customer_ids = [c.id for c in made]
        fetch_billing_requests(s, actor, D(2026, 10, 1))
        s.commit()
    billing.run_billing(db.session_factory, actor, until=D(2026, 10, 1), invoice_date=D(2026, 10, 1),
                        one_invoice_per_order=True, preview=False)
    with db.session_factory() as s:
        invoices = {cid: list(s.scalars(select(Invoice.id).where(Invoice.customer_id == cid).order_by(Invoice.number)))
                    for cid in customer_ids}
        assert all(len(v) == 2 for v in invoices.values()), invoices
        s.execute(update(Invoice).where(Invoice.id.in_([v[0] for v in invoices.values()]))
                  .values(due_date=due, invoice_date=due - dt.timedelta(days=14)))
        s.commit()
    result = reminders.create_reminders(db.session_factory, actor, 1, [v[0] for v in invoices.values()], today)
    reminder_of = {r.invoice_id: r.reminder_id for r in result.created}
    assert len(reminder_of) == len(customers), result
    return [iid for cid in customer_ids for iid in (*invoices[cid], reminder_of[invoices[cid][0]])]


def credit_note(db: Database, actor: Actor, invoice_id: int) -> int:
    """A credit note of the whole invoice (its lines negated, the invoice credited), as W8 will make one.

    No service makes credit notes yet; the sending tests need them in the unsent lists.
    """
    from desktop_app.models import InvoiceLine
    from desktop_app.models.enums import InvoiceKind, InvoiceStatus
    from desktop_app.services.foundation import sequences

    with db.session_factory() as s:
        parent = s.get(Invoice, invoice_id)
        assert parent is not None
        number = sequences.take(s, sequences.INVOICE)
        note = Invoice(number=number, kind=InvoiceKind.CREDIT_NOTE, customer_id=parent.customer_id,
                       order_id=parent.order_id, parent_invoice_id=parent.id, invoice_date=TODAY, due_date=TODAY,
                       reference=references.make_reference(number, "domestic"), channel=parent.channel,
                       language=parent.language, net_cents=-parent.net_cents, vat_cents=-parent.vat_cents,
                       total_cents=-parent.total_cents, status=InvoiceStatus.CREDITED, created_by=actor.user_id)
        s.add(note)
        s.flush()
        for line in s.scalars(select(InvoiceLine).where(InvoiceLine.invoice_id == parent.id)):
            s.add(InvoiceLine(invoice_id=note.id, line_no=line.line_no, kind=line.kind, order_id=line.order_id,
                              product_id=line.product_id, description=line.description,
                              period_start=line.period_start, period_end=line.period_end, quantity=-line.quantity,
                              unit_price_cents=line.unit_price_cents, net_cents=-line.net_cents,
                              vat_rate_bp=line.vat_rate_bp, vat_cents=-line.vat_cents, gross_cents=-line.gross_cents))
        parent.status = InvoiceStatus.CREDITED
        s.commit()
        return note.id
