"""Sending (W5) on real books: several documents of one customer in one selection, on every channel."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from lxml import etree
from sqlalchemy import func, select

from desktop_app.bootstrap import Database
from desktop_app.models import Dispatch, Invoice, SendingBatch
from desktop_app.models.enums import Channel, DispatchStatus, InvoiceKind
from desktop_app.services import sending
from desktop_app.services.demo import generate_demo_data
from desktop_app.services.foundation.uow import Actor
from tests.integration import sending_support as ss
from tests.support_data import DATA


@pytest.fixture
def smtp():
    with ss.SmtpServer() as server:
        yield server


@pytest.fixture
def folders(db: Database, accountant: Actor, smtp: ss.SmtpServer, tmp_path: Path) -> Path:
    ss.configure(db, accountant, smtp__host="127.0.0.1", smtp__port=str(smtp.port), smtp__security="none",
                 einvoice__outbox_dir=str(tmp_path / "outbox"), paper__output_dir=str(tmp_path / "print"))
    return tmp_path


def _batches(db: Database) -> int:
    with db.session_factory() as s:
        return int(s.scalar(select(func.count()).select_from(SendingBatch)) or 0)


_CUSTOMERS = {Channel.EMAIL: ss.email_customers, Channel.EINVOICE: ss.einvoice_customers,
              Channel.PAPER: ss.paper_customers}


@pytest.mark.parametrize("pdf_only", [False, True], ids=["send", "pdf-only"])
@pytest.mark.parametrize("channel", [Channel.EMAIL, Channel.EINVOICE, Channel.PAPER])
def test_two_invoices_and_a_reminder_of_one_customer_go_out_in_one_selection(
        db: Database, clerk: Actor, folders: Path, smtp: ss.SmtpServer, channel: Channel, pdf_only: bool) -> None:
    ids = ss.several_documents_each(db, clerk, _CUSTOMERS[channel](2))
    with db.session_factory() as s:
        unsent = sending.list_unsent(s, channel)
    assert sorted(r.invoice_id for r in unsent) == sorted(ids)
    assert sorted(r.kind for r in unsent).count(InvoiceKind.REMINDER) == 2
    result = sending.send(db.session_factory, clerk, channel, [r.invoice_id for r in unsent], pdf_only=pdf_only,
                          output_dir=str(folders / "pdfs") if pdf_only else None)
    assert result.failed == () and sorted(s.invoice_id for s in result.sent) == sorted(ids)
    with db.session_factory() as s:
        sent_at = list(s.scalars(select(Invoice.sent_at).where(Invoice.id.in_(ids))))
    if pdf_only:
        assert len(list((folders / "pdfs").glob("*.pdf"))) == 6 and sent_at == [None] * 6
    else:
        assert all(sent_at)
        if channel == Channel.EMAIL:
            assert sorted(m["To"] for m in smtp.inbox.messages) == ["aino0@example.fi"] * 3 + ["aino1@example.fi"] * 3
        elif channel == Channel.EINVOICE:
            schema = etree.XMLSchema(etree.parse(str(DATA / "finvoice" / "Finvoice3.0.xsd")))
            files = sorted((folders / "outbox").glob("*.xml"))
            assert len(files) == 6 and all(schema.validate(etree.parse(str(f))) for f in files)
        else:
            assert [Path(f).suffix for f in result.files] == [".pdf"]


def test_a_demo_book_sends_every_channel_without_an_error(db: Database, clerk: Actor, folders: Path,
                                                          smtp: ss.SmtpServer, today) -> None:
    generate_demo_data(db, 300, today=today)
    extra = {ch: ss.several_documents_each(db, clerk, make(2)) for ch, make in (
        (Channel.EMAIL, lambda n: ss.email_customers(n, "demo.example.fi")),
        (Channel.EINVOICE, lambda n: ss.einvoice_customers(n, "Demo")),
        (Channel.PAPER, lambda n: ss.paper_customers(n, "Demo")))}  # several documents of one customer, for sure
    for channel in (Channel.EMAIL, Channel.EINVOICE, Channel.PAPER):
        with db.session_factory() as s:
            rows = sending.list_unsent(s, channel)
        assert set(extra[channel]) <= {r.invoice_id for r in rows}
        result = sending.send(db.session_factory, clerk, channel, [r.invoice_id for r in rows])
        sendable = {r.invoice_id for r in rows if not r.problem}
        assert {s.invoice_id for s in result.sent} == sendable
        assert {f.invoice_id for f in result.failed} == {r.invoice_id for r in rows if r.problem}
        with db.session_factory() as s:
            assert sending.list_unsent(s, channel) == [r for r in rows if r.problem]
    assert len(smtp.inbox.messages) == len({m["Message-ID"] for m in smtp.inbox.messages})


# --- no empty batch; an error in the middle of a send leaves nothing stuck --------------------------

def test_a_send_with_nothing_to_dispatch_keeps_no_batch(db: Database, clerk: Actor, folders: Path) -> None:
    ids = ss.billed(db, clerk, ss.einvoice_customers(2))
    first = sending.send(db.session_factory, clerk, Channel.EINVOICE, ids)
    assert len(first.sent) == 2 and _batches(db) == 1
    again = sending.send(db.session_factory, clerk, Channel.EINVOICE, ids)
    assert again.batch_id is None and [f.reason for f in again.failed] == ["Already sent"] * 2
    assert _batches(db) == 1
    with db.session_factory() as s:
        assert [b.batch_id for b in sending.list_batches(s)] == [first.batch_id]


class _Broken(RuntimeError):
    pass


@pytest.mark.parametrize("channel", [Channel.EMAIL, Channel.EINVOICE, Channel.PAPER])
def test_an_unexpected_error_mid_send_closes_the_batch_as_interrupted_and_sticks_nothing(
        db: Database, clerk: Actor, folders: Path, smtp: ss.SmtpServer, monkeypatch, channel: Channel) -> None:
    ids = ss.billed(db, clerk, _CUSTOMERS[channel](3))
    calls = [0]
    if channel == Channel.EMAIL:
        real = sending.SmtpTransport.send

        def failing(self, message):  # the second message: sent, then the program fails before closing
            calls[0] += 1
            real(self, message)
            if calls[0] == 2:
                raise _Broken("boom")

        monkeypatch.setattr(sending.SmtpTransport, "send", failing)
    elif channel == Channel.EINVOICE:
        real_write = sending.outbox.write_bytes_whole

        def failing_write(path, data):  # the second file is written, then the program fails
            calls[0] += 1
            real_write(path, data)
            if calls[0] == 2:
                raise _Broken("boom")

        monkeypatch.setattr(sending.outbox, "write_bytes_whole", failing_write)
    else:
        def failing_whole(path, write):
            raise _Broken("boom")

        monkeypatch.setattr(sending.outbox, "write_whole", failing_whole)
    with pytest.raises(_Broken):
        sending.send(db.session_factory, clerk, channel, ids)
    with db.session_factory() as s:
        assert s.scalar(select(func.count()).select_from(Dispatch)
                        .where(Dispatch.status == DispatchStatus.PENDING)) == 0
        [batch] = sending.list_batches(s)
        unsent = {r.invoice_id: r for r in sending.list_unsent(s, channel)}
    assert batch.interrupted and batch.finished_at is not None
    if channel == Channel.EMAIL:  # 1 sent, the 2nd went out but may not have: delivery unknown; the 3rd unsent
        assert (batch.sent, batch.failed) == (1, 1)
        assert unsent[ids[1]].delivery_unknown and not unsent[ids[2]].delivery_unknown and ids[0] not in unsent
    elif channel == Channel.EINVOICE:  # the 2nd file exists: sent, and both are in the batch's manifest
        assert (batch.sent, batch.failed) == (2, 0) and list(unsent) == [ids[2]]
        [manifest] = (folders / "outbox").glob("*manifest.json")
        assert json.loads(manifest.read_text(encoding="utf-8"))["count"] == 2
    else:  # the print batch was never written: all three unsent again
        assert (batch.sent, batch.failed) == (0, 3) and sorted(unsent) == sorted(ids)
        assert "interrupted" in unsent[ids[0]].last_error


def test_an_error_before_any_dispatch_keeps_no_batch(db: Database, clerk: Actor, folders: Path, monkeypatch) -> None:
    ids = ss.billed(db, clerk, ss.einvoice_customers(2))

    def broken(session, invoice_ids):
        raise _Broken("no documents")

    monkeypatch.setattr(sending.outbox, "_documents", broken)
    with pytest.raises(_Broken):
        sending.send(db.session_factory, clerk, Channel.EINVOICE, ids)
    assert _batches(db) == 0
