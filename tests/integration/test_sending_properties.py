"""Property tests of sending (W5) over generated books, on SQLite and PostgreSQL.

Each example adds customers with 0–5 open documents of mixed kinds (invoices, a reminder, a credit
note), on every channel, in fi/sv/en, persons and companies, some without the address their channel
needs. After sending each channel: every sendable document went out exactly once on its channel,
a second send sends nothing again, only the documents without an address failed, and no batch
without a dispatch was kept. Email goes through a real local SMTP server; every Finvoice file is
validated against the Finvoice 3.0 schema.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from lxml import etree
from sqlalchemy import func, select, update

from desktop_app.bootstrap import Database
from desktop_app.models import Customer, Dispatch, Invoice, SendingBatch
from desktop_app.models.enums import Channel, CustomerKind, DispatchStatus, InvoiceKind
from desktop_app.services import billing, reminders, sending
from desktop_app.services.billing.requests import fetch_billing_requests
from desktop_app.services.foundation.uow import Actor
from tests.integration import billing_support as w
from tests.integration import sending_support as ss
from tests.support_data import DATA

CHANNELS = (Channel.EMAIL, Channel.EINVOICE, Channel.PAPER)
BILLED_ON = dt.date(2026, 10, 1)
_serial = itertools.count(1)
_SCHEMA: list[etree.XMLSchema] = []


def schema() -> etree.XMLSchema:
    if not _SCHEMA:
        _SCHEMA.append(etree.XMLSchema(etree.parse(str(DATA / "finvoice" / "Finvoice3.0.xsd"))))
    return _SCHEMA[0]


@dataclasses.dataclass(frozen=True)
class Spec:
    channel: Channel
    language: str
    company: bool
    invoices: int  # 0–3
    reminder: bool  # of the first invoice
    credit_note: bool  # of the last invoice
    address_missing: bool


specs = st.builds(
    Spec, channel=st.sampled_from(CHANNELS), language=st.sampled_from(["fi", "sv", "en"]), company=st.booleans(),
    invoices=st.integers(0, 3), reminder=st.booleans(), credit_note=st.booleans(),
    address_missing=st.integers(0, 4).map(lambda n: n == 0))


def _customer_values(spec: Spec, k: int) -> dict:
    name = f"Yritys{k} Oy" if spec.company else f"Henkilö{k} Aino"
    return {"name": name, "channel": spec.channel, "language": spec.language, "email": f"asiakas{k}@example.fi",
            "einvoice_address": f"0037{1000000 + k}", "einvoice_operator": "003721291126",
            "kind": CustomerKind.COMPANY if spec.company else CustomerKind.PERSON}


def build(db: Database, actor: Actor, book: list[Spec]) -> dict[int, Spec]:
    """The documents of these customers, made by the billing run, the reminder run and a credit note."""
    today = ss.TODAY
    with db.session_factory() as s:
        products = [s.scalar(select(w.Product).where(w.Product.code == f"P{n}")) or w.product(
            s, f"P{n}", price_cents=1990 + 1000 * n, name=f"Lehti {n}") for n in range(3)]
        made = []
        for spec in book:
            c = w.customer(s, **_customer_values(spec, next(_serial)))
            for n in range(spec.invoices):
                w.order(s, c, products[n], start=BILLED_ON)
            made.append((c.id, spec))
        fetch_billing_requests(s, actor, BILLED_ON)
        s.commit()
    billing.run_billing(db.session_factory, actor, until=BILLED_ON, invoice_date=BILLED_ON, one_invoice_per_order=True,
                        preview=False)
    documents: dict[int, Spec] = {}
    with db.session_factory() as s:
        invoices = {cid: list(s.scalars(select(Invoice.id).where(Invoice.customer_id == cid).order_by(Invoice.number)))
                    for cid, _spec in made}
        first = [v[0] for (cid, spec) in made if spec.reminder and (v := invoices[cid])]
        if first:
            s.execute(update(Invoice).where(Invoice.id.in_(first))
                      .values(due_date=today - dt.timedelta(days=30), invoice_date=today - dt.timedelta(days=44)))
        s.commit()
    made_reminders = {r.invoice_id: r.reminder_id
                      for r in reminders.create_reminders(db.session_factory, actor, 1, first, today).created}
    assert sorted(made_reminders) == sorted(first)
    for cid, spec in made:
        assert len(invoices[cid]) == spec.invoices
        ids = list(invoices[cid])
        if spec.reminder and ids:
            ids.append(made_reminders[ids[0]])
        if spec.credit_note and invoices[cid]:
            ids.append(ss.credit_note(db, actor, invoices[cid][-1]))
        documents.update(dict.fromkeys(ids, spec))
    with db.session_factory() as s:  # the address went missing after billing (the billing run skips such customers)
        for cid, spec in made:
            if spec.address_missing:
                field = {Channel.EMAIL: "email", Channel.EINVOICE: "einvoice_address", Channel.PAPER: "street"}
                s.execute(update(Customer).where(Customer.id == cid).values({field[spec.channel]: ""}))
        s.commit()
    return documents


def _live_sent(db: Database, ids: list[int], channel: Channel) -> dict[int, int]:
    with db.session_factory() as s:
        return {iid: int(n) for iid, n in s.execute(select(Dispatch.invoice_id, func.count()).where(
            Dispatch.invoice_id.in_(ids), Dispatch.channel == channel, Dispatch.status == DispatchStatus.SENT)
            .group_by(Dispatch.invoice_id))} if ids else {}


@pytest.fixture
def smtp():
    with ss.SmtpServer() as server:
        yield server


@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                HealthCheck.too_slow])
@given(book=st.lists(specs, min_size=1, max_size=4))
@example(book=[Spec(Channel.EMAIL, "sv", False, 3, True, True, False),  # five documents of one customer
               Spec(Channel.EINVOICE, "fi", True, 3, True, True, False),
               Spec(Channel.PAPER, "en", True, 2, True, True, True),
               Spec(Channel.PAPER, "fi", False, 1, True, False, False)])
def test_every_sendable_document_goes_out_exactly_once_on_its_channel(
        db: Database, accountant: Actor, clerk: Actor, smtp: ss.SmtpServer, tmp_path: Path, book: list[Spec]) -> None:
    ss.configure(db, accountant, smtp__host="127.0.0.1", smtp__port=str(smtp.port), smtp__security="none",
                 smtp__sender="laskutus@reskontra-demo.fi", einvoice__outbox_dir=str(tmp_path / "outbox"),
                 paper__output_dir=str(tmp_path / "print"))
    documents = build(db, clerk, book)
    with db.session_factory() as s:
        numbers = {iid: int(n) for iid, n in s.execute(
            select(Invoice.id, Invoice.number).where(Invoice.id.in_(list(documents))))} if documents else {}
    for channel in CHANNELS:
        mine = sorted(i for i, spec in documents.items() if spec.channel == channel)
        with db.session_factory() as s:
            rows = [r for r in sending.list_unsent(s, channel) if r.invoice_id in documents]
        assert sorted(r.invoice_id for r in rows) == mine  # every document is listed on its channel
        missing = {i for i in mine if documents[i].address_missing}
        assert {r.invoice_id for r in rows if r.problem} == missing
        files_before = set((tmp_path / "outbox").glob("*.xml"))
        mails_before = len(smtp.inbox.messages)
        result = sending.send(db.session_factory, clerk, channel, mine)
        assert {s.invoice_id for s in result.sent} == set(mine) - missing
        assert {f.invoice_id for f in result.failed} == missing  # failures only for a missing address
        assert all(f.reason_template.startswith("The customer has no") for f in result.failed)
        assert (result.batch_id is None) == (not set(mine) - missing)  # no batch without a dispatch
        assert _live_sent(db, mine, channel) == dict.fromkeys(set(mine) - missing, 1)
        if channel == Channel.EMAIL:
            new = smtp.inbox.messages[mails_before:]
            assert sorted(m["Message-ID"] for m in new) == sorted(
                f"<invoice.{numbers[i]}@reskontra-demo.fi>" for i in set(mine) - missing)
        elif channel == Channel.EINVOICE:
            new_files = set((tmp_path / "outbox").glob("*.xml")) - files_before
            assert sorted(int(p.stem.rsplit("_", 1)[1]) for p in new_files) == sorted(
                numbers[i] for i in set(mine) - missing)
            for path in new_files:
                assert schema().validate(etree.parse(str(path))), schema().error_log
        else:
            assert len(result.files) == (1 if set(mine) - missing else 0)
        again = sending.send(db.session_factory, clerk, channel, mine)  # a second send sends nothing again
        assert again.sent == () and again.batch_id is None
        assert {f.invoice_id: f.reason for f in again.failed if f.invoice_id not in missing} == dict.fromkeys(
            set(mine) - missing, "Already sent")
        assert _live_sent(db, mine, channel) == dict.fromkeys(set(mine) - missing, 1)
    with db.session_factory() as s:
        empty = s.scalar(select(func.count()).select_from(SendingBatch).where(
            ~select(Dispatch.id).where(Dispatch.batch_id == SendingBatch.id).exists()))
        kinds = set(s.scalars(select(Invoice.kind).where(Invoice.id.in_(list(documents))))) if documents else set()
    assert empty == 0
    assert kinds <= {InvoiceKind.INVOICE, InvoiceKind.REMINDER, InvoiceKind.CREDIT_NOTE}
