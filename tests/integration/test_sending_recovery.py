"""A send killed mid-batch (issue 10 item 5): the claim pending at the kill is resolved, never stuck.

Each test kills a child process (``os._exit``: no cleanup, no finally) at the point where a
document is claimed but its claim not closed, on SQLite and PostgreSQL. Then, as the clerk would,
the Sending tab is opened (``resolve_interrupted`` + ``list_unsent``) or the command line is used.
"""

from __future__ import annotations

import json
import multiprocessing
import os
from pathlib import Path

import pytest
from sqlalchemy import func, select

from desktop_app import cli
from desktop_app.bootstrap import Database, open_database
from desktop_app.models import Dispatch, Invoice, SendingBatch
from desktop_app.models.enums import Channel, DispatchStatus
from desktop_app.services import sending
from desktop_app.services.foundation.uow import Actor
from tests.integration import sending_support as ss


@pytest.fixture
def smtp():
    with ss.SmtpServer() as server:
        yield server


@pytest.fixture
def configured(db: Database, accountant: Actor, smtp: ss.SmtpServer, tmp_path: Path) -> Path:
    ss.configure(db, accountant, smtp__host="127.0.0.1", smtp__port=str(smtp.port), smtp__security="none",
                 smtp__sender="laskutus@reskontra-demo.fi", einvoice__outbox_dir=str(tmp_path / "outbox"),
                 paper__output_dir=str(tmp_path / "print"))
    return tmp_path


def _dying_send(url: str, channel: str, ids: list[int], kill_at: int, when: str, smtp_port: int) -> None:
    """Child: send; at the ``kill_at``-th document (from 0) die with its claim pending, ``when`` = before/after
    the document went out (the email reached the server / the file was renamed into place)."""
    database = open_database(url)
    from desktop_app.services.foundation.setup import ensure_user

    actor = ensure_user(database.session_factory, "kalle.clerk")
    seen = [0]
    real_write, real_whole = sending.outbox.write_bytes_whole, sending.outbox.write_whole

    def step(go) -> None:
        if seen[0] == kill_at and when == "before":
            os._exit(9)
        go()
        if seen[0] == kill_at:
            os._exit(9)
        seen[0] += 1

    class Transport:
        def __init__(self) -> None:
            self.inner = sending.SmtpTransport(sending.SmtpConfig("127.0.0.1", smtp_port, "none", "", "",
                                                                  "laskutus@reskontra-demo.fi"))

        def send(self, message) -> None:
            step(lambda: self.inner.send(message))

        def close(self) -> None:
            self.inner.close()

    sending.outbox.write_bytes_whole = lambda path, data: step(lambda: real_write(path, data))  # type: ignore[assignment]
    sending.outbox.write_whole = lambda path, write: step(lambda: real_whole(path, write))  # type: ignore[assignment]
    sending.send(database.session_factory, actor, Channel(channel), ids,
                 transport=Transport() if channel == "email" else None)
    os._exit(0)


def _kill(db: Database, channel: Channel, ids: list[int], kill_at: int, when: str, smtp: ss.SmtpServer) -> None:
    child = multiprocessing.get_context("spawn").Process(
        target=_dying_send, args=(db.url, channel.value, ids, kill_at, when, smtp.port))
    child.start()
    child.join(90)
    assert child.exitcode == 9
    with db.session_factory() as s:  # the state the kill left: one claim pending, its batch open
        assert s.scalar(select(func.count()).select_from(Dispatch)
                        .where(Dispatch.status == DispatchStatus.PENDING)) == (1 if channel != Channel.PAPER
                                                                              else len(ids))
        assert s.scalar(select(func.count()).select_from(SendingBatch).where(SendingBatch.finished_at.is_(None))) == 1


def _open_sending_tab(db: Database, clerk: Actor, channel: Channel) -> dict[int, sending.UnsentRow]:
    with db.session_factory() as s:
        sending.resolve_interrupted(s, clerk)
        s.commit()
        return {r.invoice_id: r for r in sending.list_unsent(s, channel)}


def _sent(db: Database, ids: list[int]) -> list[bool]:
    with db.session_factory() as s:
        return [s.get(Invoice, i).sent_at is not None for i in ids]


def _pending(db: Database) -> int:
    with db.session_factory() as s:
        return int(s.scalar(select(func.count()).select_from(Dispatch)
                            .where(Dispatch.status == DispatchStatus.PENDING)) or 0)


def test_an_einvoice_whose_file_was_written_before_the_kill_is_marked_sent(
        db: Database, clerk: Actor, configured: Path, smtp: ss.SmtpServer) -> None:
    ids = ss.billed(db, clerk, ss.einvoice_customers(4))
    _kill(db, Channel.EINVOICE, ids, 1, "after", smtp)
    unsent = _open_sending_tab(db, clerk, Channel.EINVOICE)
    assert sorted(unsent) == ids[2:] and _sent(db, ids) == [True, True, False, False] and _pending(db) == 0
    with db.session_factory() as s:
        [batch] = sending.list_batches(s)
    assert batch.interrupted and (batch.sent, batch.failed) == (2, 0)
    [manifest] = (configured / "outbox").glob("*manifest.json")  # the stopped batch's files are listed for the operator
    listed = json.loads(manifest.read_text(encoding="utf-8"))
    with db.session_factory() as s:
        numbers = [s.get(Invoice, i).number for i in ids[:2]]
    assert listed["interrupted"] and [f["invoice_number"] for f in listed["files"]] == numbers
    assert all((configured / "outbox" / f["file"]).exists() for f in listed["files"])
    second = sending.send(db.session_factory, clerk, Channel.EINVOICE, list(unsent))
    assert len(second.sent) == 2 and all(_sent(db, ids))
    assert len(list((configured / "outbox").glob("*.xml"))) == 4  # each e-invoice exactly one file


def test_an_einvoice_whose_file_is_missing_after_the_kill_is_unsent_again(
        db: Database, clerk: Actor, configured: Path, smtp: ss.SmtpServer) -> None:
    ids = ss.billed(db, clerk, ss.einvoice_customers(4))
    _kill(db, Channel.EINVOICE, ids, 1, "before", smtp)
    unsent = _open_sending_tab(db, clerk, Channel.EINVOICE)
    assert sorted(unsent) == ids[1:] and not unsent[ids[1]].delivery_unknown
    assert "interrupted" in unsent[ids[1]].last_error and _pending(db) == 0
    second = sending.send(db.session_factory, clerk, Channel.EINVOICE, list(unsent))
    assert len(second.sent) == 3 and all(_sent(db, ids))
    assert len(list((configured / "outbox").glob("*.xml"))) == 4 and not list((configured / "outbox").glob(".*part"))


def test_a_print_batch_killed_before_its_file_is_written_is_unsent_again(
        db: Database, clerk: Actor, configured: Path, smtp: ss.SmtpServer) -> None:
    ids = ss.billed(db, clerk, ss.paper_customers(3))
    _kill(db, Channel.PAPER, ids, 0, "before", smtp)
    assert sorted(_open_sending_tab(db, clerk, Channel.PAPER)) == ids and _pending(db) == 0
    assert len(sending.send(db.session_factory, clerk, Channel.PAPER, ids).sent) == 3


@pytest.mark.parametrize("when", ["before", "after"])
def test_an_email_pending_at_the_kill_is_listed_as_delivery_unknown_and_resent_once(
        db: Database, clerk: Actor, configured: Path, smtp: ss.SmtpServer, when: str) -> None:
    ids = ss.billed(db, clerk, ss.email_customers(4))
    _kill(db, Channel.EMAIL, ids, 1, when, smtp)
    arrived = 2 if when == "after" else 1
    assert len(smtp.inbox.messages) == arrived
    unsent = _open_sending_tab(db, clerk, Channel.EMAIL)
    assert sorted(unsent) == ids[1:] and _pending(db) == 0
    assert unsent[ids[1]].delivery_unknown and not unsent[ids[2]].delivery_unknown
    # the clerk sends the rest: the unknown one is not in it; then resends it on purpose
    rest = [i for i, r in unsent.items() if not r.delivery_unknown]
    assert len(sending.send(db.session_factory, clerk, Channel.EMAIL, rest).sent) == 2
    resent = sending.send(db.session_factory, clerk, Channel.EMAIL, [ids[1]])
    assert len(resent.sent) == 1 and resent.resent_after_crash == 1 and all(_sent(db, ids))
    ids_seen = smtp.inbox.message_ids()
    assert len(set(ids_seen)) == 4 and len(ids_seen) == 4 + (when == "after")  # a repeat keeps its Message-ID


def test_an_email_of_delivery_unknown_can_be_marked_sent_and_is_not_sent_again(
        db: Database, clerk: Actor, configured: Path, smtp: ss.SmtpServer) -> None:
    ids = ss.billed(db, clerk, ss.email_customers(2))
    _kill(db, Channel.EMAIL, ids, 0, "after", smtp)
    unsent = _open_sending_tab(db, clerk, Channel.EMAIL)
    assert unsent[ids[0]].delivery_unknown
    with db.session_factory() as s:
        sending.mark_sent(s, clerk, ids[0], Channel.EMAIL)
        s.commit()
        with pytest.raises(sending.NotDeliveryUnknown):
            sending.mark_sent(s, clerk, ids[1], Channel.EMAIL)  # never sent: nothing to check
    assert _sent(db, ids) == [True, False] and sorted(_open_sending_tab(db, clerk, Channel.EMAIL)) == [ids[1]]
    again = sending.send(db.session_factory, clerk, Channel.EMAIL, ids)
    assert [f.reason for f in again.failed] == ["Already sent"] and len(smtp.inbox.messages) == 2


def _cli(capsys: pytest.CaptureFixture[str], db: Database, *args: str) -> tuple[int, str]:
    code = cli.main([*args, "--database-url", db.url, "--today", "2026-11-24", "--user", "kalle.clerk", "--lang", "en"])
    out = capsys.readouterr()
    return code, out.out + out.err


def test_the_command_line_lists_delivery_unknown_then_resends_or_marks_sent(
        db: Database, clerk: Actor, configured: Path, smtp: ss.SmtpServer, capsys) -> None:
    ids = ss.billed(db, clerk, ss.email_customers(4))
    _kill(db, Channel.EMAIL, ids, 1, "before", smtp)
    with db.session_factory() as s:
        numbers = [s.get(Invoice, i).number for i in ids]
    code, out = _cli(capsys, db, "send", "--channel", "email")  # resolves the stopped send itself
    assert code == 0 and "1 emails of delivery unknown" in out and f"invoice {numbers[1]}" in out
    assert "2 sent on email" in out and _sent(db, ids) == [True, False, True, True]
    code, out = _cli(capsys, db, "send", "--channel", "email")
    assert "delivery unknown" in out and _sent(db, ids) == [True, False, True, True]  # still not sent by itself
    code, out = _cli(capsys, db, "send", "--channel", "email", "--resend-unknown")
    assert code == 0 and "1 sent on email" in out and all(_sent(db, ids))
    assert len(smtp.inbox.messages) == 4


def test_mark_sent_on_the_command_line(db: Database, clerk: Actor, configured: Path, smtp: ss.SmtpServer,
                                       capsys) -> None:
    ids = ss.billed(db, clerk, ss.email_customers(2))
    _kill(db, Channel.EMAIL, ids, 0, "after", smtp)
    with db.session_factory() as s:
        numbers = [s.get(Invoice, i).number for i in ids]
    code, out = _cli(capsys, db, "mark-sent", str(numbers[0]), "--channel", "email")
    assert code == 0 and f"invoice {numbers[0]} marked sent" in out and _sent(db, ids) == [True, False]
    code, out = _cli(capsys, db, "mark-sent", str(numbers[1]), "--channel", "email")
    assert code != 0 and "not waiting for a check of its delivery" in out and _sent(db, ids) == [True, False]


def test_a_claim_of_a_live_send_is_left_alone(db: Database, clerk: Actor, configured: Path) -> None:
    ids = ss.billed(db, clerk, ss.einvoice_customers(1))
    with db.session_factory() as s:  # a send running right now in this process
        batch = SendingBatch(channel=Channel.EINVOICE, owner=f"{os.uname().nodename}:{os.getpid()}")
        s.add(batch)
        s.flush()
        s.add(Dispatch(invoice_id=ids[0], channel=Channel.EINVOICE, batch_id=batch.id,
                       status=DispatchStatus.PENDING, attempts=1))
        s.commit()
    assert _open_sending_tab(db, clerk, Channel.EINVOICE) == {} and _pending(db) == 1
