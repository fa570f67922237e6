"""Sending by channel (SPEC W5) on both databases: a real local SMTP server, real files, real crashes."""

from __future__ import annotations

import multiprocessing
import os
import re
import stat
import subprocess
from pathlib import Path

import pytest
from lxml import etree
from sqlalchemy import func, select

from desktop_app.bootstrap import Database, open_database
from desktop_app.models import Dispatch, Invoice
from desktop_app.models.enums import Channel, DispatchStatus
from desktop_app.services import sending
from desktop_app.services.foundation.uow import Actor
from tests.integration import sending_support as ss
from tests.support_data import DATA

SHARED = DATA


@pytest.fixture
def smtp():
    with ss.SmtpServer() as server:
        yield server


@pytest.fixture
def mail_db(db: Database, accountant: Actor, smtp: ss.SmtpServer) -> Database:
    ss.configure(db, accountant, smtp__host="127.0.0.1", smtp__port=str(smtp.port), smtp__security="none",
                 smtp__sender="laskutus@reskontra-demo.fi")
    return db


def _unsent(db: Database, channel: Channel) -> list[sending.UnsentRow]:
    with db.session_factory() as s:
        return sending.list_unsent(s, channel)


def _sent_at(db: Database, ids: list[int]) -> list[object]:
    with db.session_factory() as s:
        return [s.get(Invoice, i).sent_at for i in ids]


# --- email ---------------------------------------------------------------------------------------

def test_email_sends_each_invoice_with_its_pdf_through_the_smtp_server(mail_db: Database, clerk: Actor,
                                                                       smtp: ss.SmtpServer) -> None:
    ids = ss.billed(mail_db, clerk, ss.email_customers(3))
    rows = _unsent(mail_db, Channel.EMAIL)
    assert [r.invoice_id for r in rows] == ids and all(not r.problem for r in rows)
    result = sending.send(mail_db.session_factory, clerk, Channel.EMAIL, ids)
    assert len(result.sent) == 3 and result.failed == ()
    assert len(smtp.inbox.messages) == 3
    first = smtp.inbox.messages[0]
    assert first["To"] == "aino0@example.fi" and first["Subject"].startswith("Lasku ")
    parts = list(first.walk())
    pdf = [p for p in parts if p.get_content_type() == "application/pdf"]
    assert pdf and pdf[0].get_payload(decode=True).startswith(b"%PDF")
    body = next(p for p in parts if p.get_content_type() == "text/plain").get_payload(decode=True).decode()
    assert "viitenumero" in body and "54,89" in body
    assert all(_sent_at(mail_db, ids)) and _unsent(mail_db, Channel.EMAIL) == []


def test_sent_invoices_are_never_sent_twice(mail_db: Database, clerk: Actor, smtp: ss.SmtpServer) -> None:
    ids = ss.billed(mail_db, clerk, ss.email_customers(2))
    sending.send(mail_db.session_factory, clerk, Channel.EMAIL, ids)
    again = sending.send(mail_db.session_factory, clerk, Channel.EMAIL, ids)
    assert again.sent == () and [f.reason for f in again.failed] == ["Already sent", "Already sent"]
    assert len(smtp.inbox.messages) == 2


def test_a_refused_address_fails_alone_stays_unsent_and_can_be_retried(mail_db: Database, clerk: Actor,
                                                                        smtp: ss.SmtpServer) -> None:
    ids = ss.billed(mail_db, clerk, ss.email_customers(3))
    smtp.inbox.refuse.add("aino1@example.fi")
    result = sending.send(mail_db.session_factory, clerk, Channel.EMAIL, ids)
    assert len(result.sent) == 2 and len(result.failed) == 1
    assert "refused the address aino1@example.fi" in result.failed[0].reason and "550" in result.failed[0].reason
    unsent = _unsent(mail_db, Channel.EMAIL)
    assert [r.invoice_id for r in unsent] == [ids[1]] and "550" in unsent[0].last_error
    smtp.inbox.refuse.clear()
    retry = sending.send(mail_db.session_factory, clerk, Channel.EMAIL, [ids[1]])
    assert len(retry.sent) == 1 and len(smtp.inbox.messages) == 3


def test_an_unreachable_smtp_server_fails_every_invoice_and_marks_nothing_sent(db: Database, accountant: Actor,
                                                                                clerk: Actor) -> None:
    ss.configure(db, accountant, smtp__host="127.0.0.1", smtp__port=str(ss.free_port()), smtp__security="none")
    ids = ss.billed(db, clerk, ss.email_customers(3))
    result = sending.send(db.session_factory, clerk, Channel.EMAIL, ids)
    assert result.sent == () and len(result.failed) == 3
    assert all("Cannot connect to the SMTP server 127.0.0.1" in f.reason for f in result.failed)
    assert _sent_at(db, ids) == [None, None, None] and len(_unsent(db, Channel.EMAIL)) == 3


def test_no_smtp_server_set_refuses_the_batch(db: Database, clerk: Actor) -> None:
    ids = ss.billed(db, clerk, ss.email_customers(1))
    with pytest.raises(sending.SmtpNotSet):
        sending.send(db.session_factory, clerk, Channel.EMAIL, ids)


def test_a_customer_without_an_email_is_listed_with_the_reason_and_fails(mail_db: Database, clerk: Actor) -> None:
    ids = ss.billed(mail_db, clerk, ss.email_customers(1))
    with mail_db.session_factory() as s:  # the address was removed after billing
        from desktop_app.models import Customer

        s.get(Customer, s.get(Invoice, ids[0]).customer_id).email = ""
        s.commit()
    assert _unsent(mail_db, Channel.EMAIL)[0].problem == "The customer has no email address"
    result = sending.send(mail_db.session_factory, clerk, Channel.EMAIL, ids)
    assert [f.reason for f in result.failed] == ["The customer has no email address"]


def test_the_preview_shows_the_email_and_sends_nothing(mail_db: Database, clerk: Actor, smtp: ss.SmtpServer) -> None:
    ids = ss.billed(mail_db, clerk, ss.email_customers(1))
    with mail_db.session_factory() as s:
        [doc] = sending.preview(s, Channel.EMAIL, ids)
    assert doc.recipient == "aino0@example.fi" and doc.subject.startswith("Lasku") and doc.pdf.startswith(b"%PDF")
    assert smtp.inbox.messages == [] and _sent_at(mail_db, ids) == [None]


# --- e-invoice -----------------------------------------------------------------------------------

def _einvoice_customers(n: int) -> list[dict]:
    return [{"name": f"Yritys{i} Oy", "channel": Channel.EINVOICE, "einvoice_address": f"0037{1234567 + i}",
             "einvoice_operator": "003721291126"} for i in range(n)]


def test_einvoices_are_finvoice_files_valid_against_the_schema_with_a_manifest(
        db: Database, accountant: Actor, clerk: Actor, tmp_path: Path) -> None:
    ss.configure(db, accountant, einvoice__outbox_dir=str(tmp_path / "outbox"))
    ids = ss.billed(db, clerk, _einvoice_customers(3))
    result = sending.send(db.session_factory, clerk, Channel.EINVOICE, ids)
    assert len(result.sent) == 3
    xml_files = sorted((tmp_path / "outbox").glob("*.xml"))
    assert len(xml_files) == 3 and [p.name for p in xml_files] == sorted(p.name for p in xml_files)
    schema = etree.XMLSchema(etree.parse(str(SHARED / "finvoice" / "Finvoice3.0.xsd")))
    for path in xml_files:
        doc = etree.parse(str(path))
        assert schema.validate(doc), schema.error_log
    manifests = list((tmp_path / "outbox").glob("*manifest.json"))
    assert len(manifests) == 1 and str(manifests[0]) in result.files
    assert not list((tmp_path / "outbox").glob(".*part"))


def test_a_read_only_outbox_refuses_the_batch_and_marks_nothing(db: Database, accountant: Actor, clerk: Actor,
                                                               tmp_path: Path) -> None:
    if os.geteuid() == 0:
        outbox = Path("/proc/reskontra-outbox")  # root may write anywhere else
    else:
        outbox = tmp_path / "ro"
        outbox.mkdir()
        outbox.chmod(stat.S_IRUSR | stat.S_IXUSR)
    ss.configure(db, accountant, einvoice__outbox_dir=str(outbox))
    ids = ss.billed(db, clerk, _einvoice_customers(2))
    with pytest.raises(sending.FolderNotWritable):
        sending.send(db.session_factory, clerk, Channel.EINVOICE, ids)
    assert _sent_at(db, ids) == [None, None]


def test_a_rejected_einvoice_can_be_switched_to_a_letter_and_resent(db: Database, accountant: Actor, clerk: Actor,
                                                                    tmp_path: Path) -> None:
    ss.configure(db, accountant, einvoice__outbox_dir=str(tmp_path / "outbox"), paper__output_dir=str(tmp_path / "print"))
    ids = ss.billed(db, clerk, _einvoice_customers(1))
    sending.send(db.session_factory, clerk, Channel.EINVOICE, ids)
    with db.session_factory() as s:
        sending.mark_rejected(s, clerk, ids[0], "payer does not accept e-invoices")
        sending.switch_channel(s, clerk, ids, Channel.PAPER)
        s.commit()
    assert [r.invoice_id for r in _unsent(db, Channel.PAPER)] == ids
    result = sending.send(db.session_factory, clerk, Channel.PAPER, ids)
    assert len(result.sent) == 1 and Path(result.files[0]).exists()


# --- paper and PDFs only -------------------------------------------------------------------------

def test_paper_makes_one_print_batch_pdf_with_each_invoice(db: Database, accountant: Actor, clerk: Actor,
                                                           tmp_path: Path) -> None:
    ss.configure(db, accountant, paper__output_dir=str(tmp_path / "print"))
    ids = ss.billed(db, clerk, [{"name": f"Kirje{i} Kalle"} for i in range(3)] + [{"name": "Ei Osoitetta", "street": ""}])
    assert len(ids) == 3  # the billing run skipped the customer without an address
    result = sending.send(db.session_factory, clerk, Channel.PAPER, ids)
    assert len(result.sent) == 3 and len(result.files) == 1
    info = subprocess.run(["pdfinfo", result.files[0]], capture_output=True, text=True, check=True).stdout
    assert re.search(r"^Pages:\s+3$", info, re.M), info
    text = subprocess.run(["pdftotext", result.files[0], "-"], capture_output=True, text=True, check=True).stdout
    assert all(f"Kirje{i} Kalle" in text for i in range(3))


def test_pdfs_only_writes_documents_and_marks_nothing_sent(mail_db: Database, clerk: Actor, tmp_path: Path,
                                                           smtp: ss.SmtpServer) -> None:
    ids = ss.billed(mail_db, clerk, ss.email_customers(2))
    result = sending.send(mail_db.session_factory, clerk, Channel.EMAIL, ids, pdf_only=True, output_dir=str(tmp_path))
    assert len(result.files) == 2 and all(Path(f).read_bytes().startswith(b"%PDF") for f in result.files)
    assert smtp.inbox.messages == [] and _sent_at(mail_db, ids) == [None, None]
    assert len(_unsent(mail_db, Channel.EMAIL)) == 2


def test_each_batch_leaves_a_summary_that_opens_later(mail_db: Database, clerk: Actor, smtp: ss.SmtpServer) -> None:
    ids = ss.billed(mail_db, clerk, ss.email_customers(2))
    smtp.inbox.refuse.add("aino0@example.fi")
    result = sending.send(mail_db.session_factory, clerk, Channel.EMAIL, ids)
    with mail_db.session_factory() as s:
        [batch] = sending.list_batches(s)
        rows = sending.batch_dispatches(s, result.batch_id)
    assert (batch.sent, batch.failed, batch.channel) == (1, 1, Channel.EMAIL) and batch.finished_at is not None
    assert sorted(r.status for r in rows) == [DispatchStatus.FAILED, DispatchStatus.SENT]


# --- never twice, nothing lost -------------------------------------------------------------------

def _killed_send(url: str, channel: str, ids: list[int], kill_after: int, smtp_port: int) -> None:
    """Child: send, and die (os._exit: no cleanup) after ``kill_after`` invoices, in the middle of the next one."""
    database = open_database(url)
    from desktop_app.services.foundation.setup import ensure_user

    actor = ensure_user(database.session_factory, "kalle.clerk")
    done = [0]
    original = sending.outbox.write_bytes_whole

    def dying_write(path: Path, data: bytes) -> None:
        if done[0] >= kill_after:
            path.with_name(f".{path.name}.part").write_bytes(data[: len(data) // 2])
            os._exit(9)  # claimed, half written, never closed
        original(path, data)
        done[0] += 1

    class DyingTransport:
        def __init__(self) -> None:
            self.inner = sending.SmtpTransport(sending.SmtpConfig("127.0.0.1", smtp_port, "none", "", "",
                                                                  "laskutus@reskontra-demo.fi"))

        def send(self, message: object) -> None:
            if done[0] >= kill_after:
                os._exit(9)  # claimed, never sent
            self.inner.send(message)  # type: ignore[arg-type]
            done[0] += 1

        def close(self) -> None:
            self.inner.close()

    sending.outbox.write_bytes_whole = dying_write  # type: ignore[assignment]
    transport = DyingTransport() if channel == "email" else None
    sending.send(database.session_factory, actor, Channel(channel), ids, transport=transport)
    os._exit(0)


@pytest.mark.parametrize("channel", ["einvoice", "email"])
def test_a_send_killed_mid_batch_neither_loses_nor_repeats(db: Database, accountant: Actor, clerk: Actor,
                                                           tmp_path: Path, smtp: ss.SmtpServer, channel: str) -> None:
    ss.configure(db, accountant, einvoice__outbox_dir=str(tmp_path / "outbox"), smtp__host="127.0.0.1",
                 smtp__port=str(smtp.port), smtp__security="none")
    customers = _einvoice_customers(6) if channel == "einvoice" else ss.email_customers(6)
    ids = ss.billed(db, clerk, customers)
    child = multiprocessing.get_context("spawn").Process(target=_killed_send,
                                                         args=(db.url, channel, ids, 3, smtp.port))
    child.start()
    child.join(60)
    assert child.exitcode == 9
    with db.session_factory() as s:
        pending = s.scalar(select(func.count()).select_from(Dispatch).where(Dispatch.status == DispatchStatus.PENDING))
    assert pending == 1 and sum(1 for x in _sent_at(db, ids) if x) == 3

    second = sending.send(db.session_factory, clerk, Channel(channel), ids)  # the clerk sends the batch again
    assert len(second.sent) == 3 and all(_sent_at(db, ids))
    assert sorted(f.reason for f in second.failed) == ["Already sent"] * 3
    if channel == "einvoice":
        files = sorted((tmp_path / "outbox").glob("*.xml"))
        numbers = sorted(int(p.stem.rsplit("_", 1)[1]) for p in files)
        with db.session_factory() as s:
            assert numbers == sorted(s.scalars(select(Invoice.number)))  # each invoice exactly one file
        assert not list((tmp_path / "outbox").glob(".*.part"))
    else:
        assert len(smtp.inbox.messages) == 6 and len(set(smtp.inbox.message_ids())) == 6


def _desk(url: str, ids: list[int], outbox: str, barrier: object) -> None:
    database = open_database(url)
    from desktop_app.services.foundation.setup import ensure_user

    actor = ensure_user(database.session_factory, "kalle.clerk")
    barrier.wait()  # type: ignore[attr-defined]
    sending.send(database.session_factory, actor, Channel.EINVOICE, ids, output_dir=outbox)
    database.dispose()


def test_two_desks_sending_at_once_on_postgresql_send_each_invoice_once(pg_url: str, tmp_path: Path) -> None:
    from desktop_app.models.enums import Role
    from desktop_app.services.foundation.setup import ensure_user

    database = open_database(pg_url)
    accountant = ensure_user(database.session_factory, "anna.accountant", Role.ACCOUNTANT)
    clerk = ensure_user(database.session_factory, "kalle.clerk", Role.CLERK)
    ids = ss.billed(database, clerk, _einvoice_customers(40))
    ctx = multiprocessing.get_context("spawn")
    barrier = ctx.Barrier(2)
    desks = [ctx.Process(target=_desk, args=(pg_url, ids, str(tmp_path / f"outbox{k}"), barrier)) for k in (1, 2)]
    for d in desks:
        d.start()
    for d in desks:
        d.join(120)
        assert d.exitcode == 0
    files = list((tmp_path / "outbox1").glob("*.xml")) + list((tmp_path / "outbox2").glob("*.xml"))
    assert len(files) == 40
    with database.session_factory() as s:
        sent = s.scalar(select(func.count()).select_from(Dispatch).where(Dispatch.status == DispatchStatus.SENT))
        assert sent == 40
    assert accountant is not None
    database.dispose()


def test_the_smtp_password_is_never_stored_in_the_database(db: Database, accountant: Actor, monkeypatch) -> None:
    from desktop_app.models import Setting

    ss.configure(db, accountant, smtp__user="laskutus")
    monkeypatch.setenv(sending.PASSWORD_ENV, "s3cret")
    ss.configure(db, accountant, smtp__host="smtp.example.fi")
    with db.session_factory() as s:
        assert sending.smtp_config(s).password == "s3cret"
        with pytest.raises(sending.NoKeyring):  # no keyring backend on this machine
            sending.set_smtp_password(s, accountant, "other")
        assert all("s3cret" not in (v or "") for v in s.scalars(select(Setting.value)))

