"""Importing the bank's camt.054 file (SPEC W10) and the payment commands, on both databases."""

from __future__ import annotations

import datetime as dt
import json
import threading
from pathlib import Path

import pytest
from sqlalchemy import func, select

from desktop_app import cli
from desktop_app.bootstrap import Database, open_database
from desktop_app.models import Invoice, Payment, PaymentImport
from desktop_app.models.enums import InvoiceStatus, PaymentStatus
from desktop_app.services import payments
from desktop_app.services.documents import references
from desktop_app.services.foundation.uow import Actor, UnitOfWork
from desktop_app.services.payments import camt054
from desktop_app.services.payments.camt054 import OutgoingEntry
from tests.integration.billing_support import customer
from tests.integration.payment_support import invoice, problems

DAY = dt.date(2026, 11, 2)
BOOKED = dt.date(2026, 11, 20)
IBAN = "FI2112345600000785"


def bank_file(entries: list[OutgoingEntry], message_id: str = "MSG-1") -> bytes:
    return camt054.write_camt054(entries, message_id=message_id, account_iban=IBAN,
                                 created_at=dt.datetime(2026, 11, 20, 6, 0, tzinfo=dt.UTC))


@pytest.fixture
def books(db: Database, clerk: Actor) -> dict[str, tuple[int, str]]:
    """Six open invoices of two customers: name -> (invoice id, reference)."""
    out = {}
    with UnitOfWork(db.session_factory) as uow:
        s = uow.session
        aho, berg = customer(s, name="Aho Åsa"), customer(s, name="Berg Bo")
        for name, cust, total, rf in [("exact", aho, 4990, False), ("partial", aho, 10000, False),
                                      ("over", berg, 2000, False), ("rf", berg, 3000, True),
                                      ("padded", berg, 1500, False), ("batch", aho, 700, False)]:
            inv = invoice(s, clerk, cust, total, invoice_date=DAY, rf=rf)
            out[name] = (inv.id, inv.reference)
        uow.commit()
    return out


def the_file(books: dict[str, tuple[int, str]]) -> bytes:
    ref = {k: v[1] for k, v in books.items()}
    return bank_file([
        OutgoingEntry("E1", BOOKED, ((4990, ref["exact"], "AHO ÅSA", ""),)),
        OutgoingEntry("E2", BOOKED, ((2500, ref["partial"], "AHO ÅSA", ""), (2500, ref["over"], "BERG BO", ""),
                                     (700, ref["batch"], "AHO ÅSA", ""), (3000, ref["rf"], "BERG BO", ""))),
        OutgoingEntry("E3", BOOKED, ((1500, ref["padded"], "BERG BO", ""),), pad_reference=True),
        OutgoingEntry("E4", BOOKED, ((999, "12344", "TUNTEMATON", "lahjoitus"),)),
        OutgoingEntry("E5", BOOKED, ((1000, ref["exact"], "FOREIGN", ""),), currency="USD"),
    ])


def _count(db: Database, model: type) -> int:
    with UnitOfWork(db.session_factory) as uow:
        return int(uow.session.scalar(select(func.count()).select_from(model)) or 0)


def _status(db: Database, invoice_id: int) -> tuple[InvoiceStatus, int]:
    with UnitOfWork(db.session_factory) as uow:
        inv = uow.session.get(Invoice, invoice_id)
        assert inv is not None
        return inv.status, inv.paid_cents


def test_a_bank_file_is_matched_payment_by_payment(db: Database, clerk: Actor,
                                                   books: dict[str, tuple[int, str]]) -> None:
    result = payments.import_bank_file(db.session_factory, clerk, the_file(books), "2026-11-20.xml")
    assert (result.payments, result.matched, result.partial, result.overpaid, result.unmatched) == (7, 4, 1, 1, 1)
    assert result.duplicates_skipped == 0 and result.total_cents == 4990 + 2500 * 2 + 700 + 3000 + 1500 + 999
    assert [(r.currency, r.reason_template) for r in result.refused] == [("USD", camt054.ForeignCurrency.template)]
    assert _status(db, books["exact"][0]) == (InvoiceStatus.PAID, 4990)
    assert _status(db, books["partial"][0]) == (InvoiceStatus.OPEN, 2500)
    assert _status(db, books["over"][0]) == (InvoiceStatus.PAID, 2000)
    assert _status(db, books["rf"][0]) == (InvoiceStatus.PAID, 3000)
    assert _status(db, books["padded"][0]) == (InvoiceStatus.PAID, 1500)
    with UnitOfWork(db.session_factory) as uow:
        waiting = payments.list_payments(uow.session, needs_handling=True)
        assert sorted((w.unallocated_cents, w.reason_template) for w in waiting) == [
            (500, payments.OVERPAID), (999, payments.UNKNOWN_REFERENCE)]
        assert problems(uow.session) == []


def test_a_second_import_of_the_same_file_imports_nothing_twice(db: Database, clerk: Actor,
                                                                 books: dict[str, tuple[int, str]]) -> None:
    data = the_file(books)
    payments.import_bank_file(db.session_factory, clerk, data, "a.xml")
    again = payments.import_bank_file(db.session_factory, clerk, data, "a-copy.xml")
    assert (again.payments, again.duplicates_skipped, again.import_id) == (0, 7, None)
    assert again.already_imported_on is not None
    assert _count(db, Payment) == 7 and _count(db, PaymentImport) == 1
    assert _status(db, books["partial"][0]) == (InvoiceStatus.OPEN, 2500)
    # A later file that repeats some entries imports only the new ones.
    ref = books["partial"][1]
    later = bank_file([OutgoingEntry("E1", BOOKED, ((4990, books["exact"][1], "AHO ÅSA", ""),)),
                       OutgoingEntry("E9", BOOKED, ((7500, ref, "AHO ÅSA", ""),))], "MSG-2")
    third = payments.import_bank_file(db.session_factory, clerk, later, "b.xml")
    assert (third.payments, third.matched, third.duplicates_skipped) == (1, 1, 1)
    assert _status(db, books["partial"][0]) == (InvoiceStatus.PAID, 10000)


def test_a_bank_reversal_takes_the_payment_back(db: Database, clerk: Actor,
                                                books: dict[str, tuple[int, str]]) -> None:
    payments.import_bank_file(db.session_factory, clerk, the_file(books), "a.xml")
    ref = books["exact"][1]
    reversal = bank_file([OutgoingEntry("R1", BOOKED + dt.timedelta(days=1), ((4990, ref, "AHO ÅSA", ""),),
                                        reversal=True),
                          OutgoingEntry("R2", BOOKED + dt.timedelta(days=1), ((12345, "12344", "X", ""),),
                                        reversal=True)], "MSG-R")
    result = payments.import_bank_file(db.session_factory, clerk, reversal, "r.xml")
    assert (result.payments, result.reversals) == (0, 1)
    assert [r.reason_template for r in result.refused] == [payments.REVERSAL_NO_ORIGINAL]
    assert _status(db, books["exact"][0]) == (InvoiceStatus.OPEN, 0)
    with UnitOfWork(db.session_factory) as uow:
        statuses = uow.session.scalars(select(Payment.status).where(Payment.reference == ref)).all()
        assert sorted(statuses) == [PaymentStatus.REVERSED, PaymentStatus.REVERSED]
        assert problems(uow.session) == []


@pytest.mark.parametrize(("data", "error"), [
    (b"%PDF-1.4 not a bank file", camt054.NotCamt054),
    (b"<?xml version='1.0'?><Document xmlns='urn:iso:std:iso:20022:tech:xsd:camt.054.001.02'><BkToCst",
     camt054.MalformedBankFile),
    (b"<?xml version='1.0'?><Document xmlns='urn:iso:std:iso:20022:tech:xsd:camt.053.001.02'>"
     b"<BkToCstmrStmt/></Document>", camt054.NotCamt054),
    (b"", camt054.MalformedBankFile),
])
def test_a_file_that_is_not_a_bank_notification_changes_nothing(db: Database, clerk: Actor, data: bytes,
                                                                 error: type[Exception]) -> None:
    with pytest.raises(error) as caught:
        payments.import_bank_file(db.session_factory, clerk, data, "wrong.xml")
    assert "wrong.xml" in str(caught.value)
    assert _count(db, Payment) == 0 and _count(db, PaymentImport) == 0


def test_cancelling_an_import_leaves_nothing_behind(db: Database, clerk: Actor,
                                                    books: dict[str, tuple[int, str]]) -> None:
    with pytest.raises(payments.ImportCancelled):
        payments.import_bank_file(db.session_factory, clerk, the_file(books), "a.xml", cancel=lambda: True)
    assert _count(db, Payment) == 0 and _count(db, PaymentImport) == 0


@pytest.mark.postgres
def test_two_desks_importing_one_file_at_once_book_each_payment_once(
        pg_url: str, books_pg: None = None) -> None:
    from desktop_app.models.enums import Role
    from desktop_app.services.foundation.setup import ensure_user

    db = open_database(pg_url)
    try:
        a = ensure_user(db.session_factory, "desk.a", Role.CLERK)
        b = ensure_user(db.session_factory, "desk.b", Role.CLERK)
        refs = []
        with UnitOfWork(db.session_factory) as uow:
            c = customer(uow.session)
            for _ in range(40):
                refs.append(invoice(uow.session, a, c, 1000, invoice_date=DAY).reference)
            uow.commit()
        data = bank_file([OutgoingEntry(f"E{i}", BOOKED, ((1000, r, "X", ""),)) for i, r in enumerate(refs)])
        results: list[payments.ImportResult] = []
        barrier = threading.Barrier(2)

        def run(actor: Actor) -> None:
            barrier.wait()
            results.append(payments.import_bank_file(db.session_factory, actor, data, "same.xml"))

        threads = [threading.Thread(target=run, args=(x,)) for x in (a, b)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert sorted((r.payments, r.duplicates_skipped) for r in results) == [(0, 40), (40, 0)]
        with UnitOfWork(db.session_factory) as uow:
            assert uow.session.scalar(select(func.count()).select_from(Payment)) == 40
            assert problems(uow.session) == []
    finally:
        db.dispose()


# --- the command line -------------------------------------------------------------------------

def _cli(capsys: pytest.CaptureFixture[str], db: Database, *args: str) -> tuple[int, str]:
    code = cli.main([*args, "--database-url", db.url, "--today", "2026-11-24", "--user", "kalle.clerk",
                     "--lang", "en"])
    out = capsys.readouterr()
    return code, out.out if code == 0 else out.err


def test_import_payments_command_counts_each_payment_once(db: Database, clerk: Actor, tmp_path: Path,
                                                          books: dict[str, tuple[int, str]],
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "camt054.xml"
    path.write_bytes(the_file(books))
    code, out = _cli(capsys, db, "import-payments", str(path), "--json")
    assert code == 0, out
    data = json.loads(out)
    assert {k: data[k] for k in ("payments", "matched", "partial", "overpaid", "unmatched", "duplicates_skipped")} \
        == {"payments": 7, "matched": 4, "partial": 1, "overpaid": 1, "unmatched": 1, "duplicates_skipped": 0}
    assert data["refused"][0]["reason"].startswith("Payment E5")
    code, out = _cli(capsys, db, "import-payments", str(path), "--json")
    assert (json.loads(out)["payments"], json.loads(out)["duplicates_skipped"]) == (0, 7)
    code, out = _cli(capsys, db, "import-payments", str(path))
    assert "already imported" in out

    code, out = _cli(capsys, db, "payments", "--needs-handling", "--json")
    waiting = json.loads(out)
    assert sorted((w["unallocated"], w["reason"]) for w in waiting) == [
        ("5.00", f"Overpaid by €5.00: invoice {_number(db, books['over'][0])} is paid."),
        ("9.99", "No invoice has the reference 12344.")]
    over = next(w for w in waiting if w["unallocated"] == "5.00")
    code, out = _cli(capsys, db, "payment-to-balance", str(over["payment_id"]), "--json")
    assert code == 0 and json.loads(out)["to_balance"] == "5.00"
    code, out = _cli(capsys, db, "balance", str(over["customer_number"]), "--json")
    data = json.loads(out)
    assert data["balance"] == "5.00" and [h["amount"] for h in data["history"]] == ["5.00"]
    code, out = _cli(capsys, db, "payments", "--needs-handling", "--json")
    assert len(json.loads(out)) == 1


def test_a_broken_file_gives_one_clear_line(db: Database, clerk: Actor, tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "statement.pdf"
    path.write_bytes(b"%PDF-1.4")
    code, err = _cli(capsys, db, "import-payments", str(path))
    assert code != 0 and "statement.pdf" in err and "camt.054" in err and len(err.strip().splitlines()) == 1
    code, err = _cli(capsys, db, "import-payments", str(tmp_path / "missing.xml"))
    assert code != 0 and "missing.xml" in err


def test_record_allocate_undo_and_refund_from_the_command_line(db: Database, clerk: Actor,
                                                               books: dict[str, tuple[int, str]],
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    code, out = _cli(capsys, db, "record-payment", "--amount", "60,00", "--reference",
                     references.rf_from_domestic(books["exact"][1]), "--json")
    assert code == 0, out
    pay = json.loads(out)
    assert (pay["status"], pay["unallocated"]) == ("overpaid", "10.10")
    batch = _number(db, books["batch"][0])
    code, out = _cli(capsys, db, "payment-allocate", str(pay["payment_id"]), f"{batch}:7,00", "--json")
    assert code == 0 and json.loads(out)["allocated"] == "7.00"
    assert _status(db, books["batch"][0]) == (InvoiceStatus.PAID, 700)
    code, out = _cli(capsys, db, "payment-refund", str(pay["payment_id"]), "--json")
    assert code == 0 and json.loads(out)["refund_invoice"] > 0
    code, out = _cli(capsys, db, "undo-settlement", "--payment", str(pay["payment_id"]), "--json")
    assert code == 0 and json.loads(out)["settlements_undone"] == 2
    assert _status(db, books["exact"][0]) == (InvoiceStatus.OPEN, 0)
    code, err = _cli(capsys, db, "payment-allocate", str(pay["payment_id"]), f"{batch}:999,00")
    assert code != 0 and "more than" in err
    with UnitOfWork(db.session_factory) as uow:
        assert problems(uow.session) == []


def _number(db: Database, invoice_id: int) -> int:
    with UnitOfWork(db.session_factory) as uow:
        return int(uow.session.scalar(select(Invoice.number).where(Invoice.id == invoice_id)) or 0)


def test_the_practice_bank_file_of_a_demo_database_imports_cleanly(db: Database, clerk: Actor, tmp_path: Path,
                                                                   capsys: pytest.CaptureFixture[str]) -> None:
    from desktop_app.services.demo import generate_demo_data

    generate_demo_data(db, 150, today=dt.date(2026, 11, 24))
    path = tmp_path / "practice.xml"
    code, out = _cli(capsys, db, "practice-bank-file", str(path), "--count", "30")
    assert code == 0, out
    code, out = _cli(capsys, db, "import-payments", str(path), "--json")
    data = json.loads(out)
    assert data["payments"] == 31 and data["unmatched"] == 1 and data["matched"] >= 20 and data["partial"] >= 1
    assert data["matched"] + data["partial"] + data["overpaid"] + data["unmatched"] == data["payments"]
    with UnitOfWork(db.session_factory) as uow:
        assert problems(uow.session) == []
