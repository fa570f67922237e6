"""A real local SMTP server (aiosmtpd on 127.0.0.1) and billed invoices on every channel, for the sending tests."""

from __future__ import annotations

import datetime as dt
import email
import socket
import threading
from dataclasses import dataclass, field
from email.message import Message

from aiosmtpd.controller import Controller
from sqlalchemy import select

from desktop_app.bootstrap import Database
from desktop_app.models import Invoice
from desktop_app.models.enums import Channel
from desktop_app.services import billing
from desktop_app.services.billing_requests import fetch_billing_requests
from desktop_app.services.uow import Actor
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
    from desktop_app.services import settings

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
