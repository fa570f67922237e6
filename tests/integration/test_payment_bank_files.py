"""Bank files shaped like real Finnish and Nordic banks' camt.054 (issue 10): nothing booked twice, nothing
dropped. Intraday then end-of-day files, entries without archive ids whose NtryRef restarts in every file,
files for another account or with a broken total, returns that name their original or do not, and
fields longer than the columns — on both databases."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from sqlalchemy import func, select, update

from desktop_app import cli
from desktop_app.bootstrap import Database
from desktop_app.models import AuditEvent, Invoice, Payment, PaymentImport
from desktop_app.models.enums import InvoiceStatus, PaymentStatus
from desktop_app.services import payments
from desktop_app.services.foundation import i18n
from desktop_app.services.foundation.uow import Actor, UnitOfWork
from desktop_app.services.payments import camt054
from desktop_app.services.payments.camt054 import OutgoingEntry
from tests.integration.billing_support import customer
from tests.integration.payment_support import invoice, problems

DAY = dt.date(2026, 11, 2)
BOOKED = dt.date(2026, 11, 20)
IBAN = "FI2112345600000785"  # settings company.iban


def bank_file(entries: list[OutgoingEntry], message_id: str, *, iban: str = IBAN, hour: int = 6) -> bytes:
    return camt054.write_camt054(entries, message_id=message_id, account_iban=iban,
                                 created_at=dt.datetime(2026, 11, 20, hour, 0, tzinfo=dt.UTC),
                                 notification_id=f"{message_id}-N")


@pytest.fixture
def books(db: Database, clerk: Actor) -> dict[str, tuple[int, str]]:
    """Open invoices of two customers: name -> (invoice id, reference)."""
    out = {}
    with UnitOfWork(db.session_factory) as uow:
        s = uow.session
        aho, berg = customer(s, name="Aho Åsa"), customer(s, name="Berg Bo")
        for name, cust, total in [("a1", aho, 4990), ("a2", aho, 10000), ("a3", aho, 2500), ("b1", berg, 9000),
                                  ("b2", berg, 14990)]:
            inv = invoice(s, clerk, cust, total, invoice_date=DAY)
            out[name] = (inv.id, inv.reference)
        uow.commit()
    return out


def _import(db: Database, clerk: Actor, data: bytes, name: str) -> payments.ImportResult:
    return payments.import_bank_file(db.session_factory, clerk, data, name)


def _invoice(db: Database, invoice_id: int) -> tuple[InvoiceStatus, int]:
    with UnitOfWork(db.session_factory) as uow:
        inv = uow.session.get(Invoice, invoice_id)
        assert inv is not None
        return inv.status, inv.paid_cents


def _count(db: Database, model: type) -> int:
    with UnitOfWork(db.session_factory) as uow:
        return int(uow.session.scalar(select(func.count()).select_from(model)) or 0)


def _queue(db: Database) -> list[payments.PaymentRow]:
    with UnitOfWork(db.session_factory) as uow:
        return payments.list_payments(uow.session, needs_handling=True)


def _problems(db: Database) -> list[str]:
    with UnitOfWork(db.session_factory) as uow:
        return problems(uow.session)


def _actions(db: Database, action: str) -> list[int | None]:
    with UnitOfWork(db.session_factory) as uow:
        return list(uow.session.scalars(select(AuditEvent.entity_id).where(AuditEvent.action == action)))


# --- 1. overlapping files -------------------------------------------------------------------------

def test_the_end_of_day_file_after_the_intraday_file_books_each_payment_once(
        db: Database, clerk: Actor, books: dict[str, tuple[int, str]]) -> None:
    ref = {k: v[1] for k, v in books.items()}
    intraday = bank_file([OutgoingEntry("BATCH-INTRADAY-01", BOOKED, (
        (4990, ref["a1"], "AHO ÅSA", ""), (9000, ref["b1"], "BERG BO", "")),
        archive_ids=("20261120ARCH0001", "20261120ARCH0002"))], "INTRADAY-1120", hour=12)
    end_of_day = bank_file([OutgoingEntry("BATCH-EOD-01", BOOKED, (
        (4990, ref["a1"], "AHO ÅSA", ""), (9000, ref["b1"], "BERG BO", ""), (2500, ref["a3"], "AHO ÅSA", "")),
        archive_ids=("20261120ARCH0001", "20261120ARCH0002", "20261120ARCH0003"))], "EOD-1120", hour=22)
    first = _import(db, clerk, intraday, "intraday.xml")
    assert (first.payments, first.matched) == (2, 2)
    second = _import(db, clerk, end_of_day, "eod.xml")
    assert (second.payments, second.matched, second.duplicates_skipped, second.overpaid) == (1, 1, 2, 0)
    assert _invoice(db, books["a1"][0]) == (InvoiceStatus.PAID, 4990)
    assert _invoice(db, books["b1"][0]) == (InvoiceStatus.PAID, 9000)
    assert _invoice(db, books["a3"][0]) == (InvoiceStatus.PAID, 2500)
    assert _count(db, Payment) == 3 and _queue(db) == []
    assert _problems(db) == []


# --- 2. entries without archive ids ---------------------------------------------------------------

def _counter_file(message_id: str, payments_: tuple[tuple[int, str, str, str], ...], counter: str = "1") -> bytes:
    """An entry the way some banks send it: no AcctSvcrRef anywhere, NtryRef a counter of the file."""
    return bank_file([OutgoingEntry(counter, BOOKED, payments_, archive_ids=("",) * len(payments_),
                                    entry_ref_is_counter=True)], message_id)


def test_the_next_days_payment_with_a_restarted_entry_counter_is_not_dropped(
        db: Database, clerk: Actor, books: dict[str, tuple[int, str]]) -> None:
    ref = {k: v[1] for k, v in books.items()}
    day1 = _counter_file("NOTIF-20261120", ((4990, ref["a1"], "AHO ÅSA", ""),))
    day2 = _counter_file("NOTIF-20261121", ((9000, ref["b1"], "BERG BO", ""),))
    assert _import(db, clerk, day1, "day1.xml").matched == 1
    second = _import(db, clerk, day2, "day2.xml")
    assert (second.payments, second.matched, second.duplicates_skipped) == (1, 1, 0)
    assert _invoice(db, books["b1"][0]) == (InvoiceStatus.PAID, 9000)
    # The same file again is still skipped whole.
    again = _import(db, clerk, day2, "day2-again.xml")
    assert (again.payments, again.duplicates_skipped, again.possible_duplicates) == (0, 1, 0)
    assert _problems(db) == []


def test_the_same_payment_in_another_file_without_archive_ids_waits_as_possibly_imported(
        db: Database, clerk: Actor, books: dict[str, tuple[int, str]]) -> None:
    ref = {k: v[1] for k, v in books.items()}
    pay = (4990, ref["a1"], "AHO ÅSA", "")
    _import(db, clerk, _counter_file("NOTIF-INTRADAY", (pay,)), "intraday.xml")
    later = _import(db, clerk, _counter_file("NOTIF-EOD", (pay, (9000, ref["b1"], "BERG BO", ""))), "eod.xml")
    assert (later.payments, later.matched, later.possible_duplicates, later.needs_handling) == (1, 1, 1, 1)
    assert _invoice(db, books["a1"][0]) == (InvoiceStatus.PAID, 4990)  # not paid twice, nothing overpaid
    [held] = _queue(db)
    assert (held.status, held.amount_cents, held.unallocated_cents) == (PaymentStatus.DUPLICATE, 4990, 0)
    assert held.reason_template == payments.PossiblyImported.template and held.held and not held.waiting
    assert "Possibly imported already" in i18n.template_text(held.reason_template, held.reason_params, "en")
    with UnitOfWork(db.session_factory) as uow:
        assert uow.session.scalar(select(Payment.voucher_id).where(Payment.id == held.id)) is None
    assert _problems(db) == []  # the bank and unallocated accounts hold nothing of it

    with UnitOfWork(db.session_factory) as uow:
        assert payments.discard_duplicates(uow.session, clerk, [held.id]) == 1
        uow.commit()
    assert _queue(db) == [] and _actions(db, "payment.discarded") == [held.id]
    with UnitOfWork(db.session_factory) as uow, pytest.raises(payments.NotAPossibleDuplicate):
        payments.accept_possible_duplicate(uow.session, clerk, held.id)
    assert _problems(db) == []


def test_a_held_payment_accepted_by_the_clerk_is_booked_like_an_imported_one(
        db: Database, clerk: Actor, books: dict[str, tuple[int, str]]) -> None:
    ref = {k: v[1] for k, v in books.items()}
    pay = (2500, ref["a2"], "AHO ÅSA", "")  # a part of invoice a2: the customer really paid twice
    _import(db, clerk, _counter_file("NOTIF-1", (pay,)), "one.xml")
    assert _import(db, clerk, _counter_file("NOTIF-2", (pay,)), "two.xml").possible_duplicates == 1
    [held] = _queue(db)
    with UnitOfWork(db.session_factory) as uow:
        result = payments.accept_possible_duplicate(uow.session, clerk, held.id)
        uow.commit()
    assert result.status == PaymentStatus.PARTIAL
    assert _invoice(db, books["a2"][0]) == (InvoiceStatus.OPEN, 5000)
    assert _queue(db) == [] and _actions(db, "payment.accepted") == [held.id]
    assert _problems(db) == []


# --- 3. the file's account and totals -------------------------------------------------------------

def test_a_file_for_another_bank_account_is_refused_and_books_nothing(
        db: Database, clerk: Actor, books: dict[str, tuple[int, str]]) -> None:
    data = bank_file([OutgoingEntry("E1", BOOKED, ((4990, books["a1"][1], "AHO ÅSA", ""),))], "OTHER",
                     iban="FI4950009420028730")
    with pytest.raises(camt054.BankFileError) as caught:
        _import(db, clerk, data, "other.xml")
    assert isinstance(caught.value, camt054.OtherAccount)
    text = i18n.error_text(caught.value, "en")
    assert "FI4950009420028730" in text and IBAN in text and "other.xml" in text
    assert "FI4950009420028730" in i18n.error_text(caught.value, "fi")
    assert _count(db, Payment) == 0 and _count(db, PaymentImport) == 0
    assert _invoice(db, books["a1"][0]) == (InvoiceStatus.OPEN, 0)


def test_an_entry_whose_amount_is_not_the_sum_of_its_payments_is_refused_with_both_figures(
        db: Database, clerk: Actor, books: dict[str, tuple[int, str]]) -> None:
    ref = {k: v[1] for k, v in books.items()}
    data = bank_file([
        OutgoingEntry("E1", BOOKED, ((4990, ref["a1"], "AHO ÅSA", ""),)),
        OutgoingEntry("E2", BOOKED, ((9000, ref["b1"], "BERG BO", ""), (14980, ref["b2"], "BERG BO", "")),
                      amount_cents=100),
    ], "BROKEN")
    with pytest.raises(camt054.BankFileError) as caught:
        _import(db, clerk, data, "broken.xml")
    assert isinstance(caught.value, camt054.EntryTotalMismatch)
    assert "€1.00" in i18n.error_text(caught.value, "en") and "€239.80" in i18n.error_text(caught.value, "en")
    fi = i18n.error_text(caught.value, "fi")
    assert "1,00" in fi and "239,80" in fi
    assert _count(db, Payment) == 0 and _invoice(db, books["a1"][0]) == (InvoiceStatus.OPEN, 0)


# --- 4. returns -----------------------------------------------------------------------------------

def _reversal(db: Database, clerk: Actor, entry: OutgoingEntry) -> payments.ImportResult:
    return _import(db, clerk, bank_file([entry], f"RETURN-{entry.entry_ref}"), f"{entry.entry_ref}.xml")


def _status_of(db: Database, payment_id: int) -> PaymentStatus:
    with UnitOfWork(db.session_factory) as uow:
        return PaymentStatus(uow.session.scalar(select(Payment.status).where(Payment.id == payment_id)))


def _ids_by_payer(db: Database) -> dict[str, int]:
    with UnitOfWork(db.session_factory) as uow:
        return {name: pid for pid, name in uow.session.execute(
            select(Payment.id, Payment.payer_name).where(Payment.amount_cents > 0))}


def test_a_return_without_a_reference_takes_back_the_payment_its_archive_id_names(
        db: Database, clerk: Actor, books: dict[str, tuple[int, str]]) -> None:
    # Two payers pay 50,00 without a reference; the return names Berg's payment by its archive id.
    _import(db, clerk, bank_file([OutgoingEntry("E-B", BOOKED, ((5000, "", "BERG BO", ""),),
                                                archive_ids=("ARCH-BERG",))], "M-B"), "berg.xml")
    _import(db, clerk, bank_file([OutgoingEntry("E-A", BOOKED, ((5000, "", "AHO ÅSA", ""),),
                                                archive_ids=("ARCH-AHO",))], "M-A"), "aho.xml")
    ids = _ids_by_payer(db)
    result = _reversal(db, clerk, OutgoingEntry("R1", BOOKED + dt.timedelta(days=1), ((5000, "", "", ""),),
                                                reversal=True, archive_ids=("ARCH-BERG",)))
    assert (result.reversals, result.refused) == (1, ())
    assert _status_of(db, ids["BERG BO"]) == PaymentStatus.REVERSED
    assert _status_of(db, ids["AHO ÅSA"]) == PaymentStatus.UNMATCHED
    assert _problems(db) == []


def test_a_return_by_end_to_end_id_or_by_reference_and_payer_takes_back_that_payers_payment(
        db: Database, clerk: Actor, books: dict[str, tuple[int, str]]) -> None:
    ref = books["b1"][1]
    # Berg pays b1 twice (once overpaid); Aho pays with Berg's reference by mistake, last.
    _import(db, clerk, bank_file([OutgoingEntry("E1", BOOKED, ((9000, ref, "BERG BO", ""),),
                                                end_to_end_ids=("E2E-BERG-1",))], "M1"), "1.xml")
    _import(db, clerk, bank_file([OutgoingEntry("E2", BOOKED, ((9000, ref, "AHO ÅSA", ""),))], "M2"), "2.xml")
    ids = _ids_by_payer(db)
    by_e2e = _reversal(db, clerk, OutgoingEntry("R1", BOOKED + dt.timedelta(days=1), ((9000, ref, "", ""),),
                                                reversal=True, end_to_end_ids=("E2E-BERG-1",)))
    assert by_e2e.reversals == 1 and _status_of(db, ids["BERG BO"]) == PaymentStatus.REVERSED
    assert _status_of(db, ids["AHO ÅSA"]) == PaymentStatus.OVERPAID
    _import(db, clerk, bank_file([OutgoingEntry("E3", BOOKED, ((9000, ref, "BERG BO", ""),))], "M3"), "3.xml")
    _import(db, clerk, bank_file([OutgoingEntry("E4", BOOKED, ((9000, ref, "CAJ CARL", ""),))], "M4"), "4.xml")
    berg_again = max(pid for pid, name in _payers(db) if name == "BERG BO")
    by_payer = _reversal(db, clerk, OutgoingEntry("R2", BOOKED + dt.timedelta(days=2),
                                                  ((9000, ref, "BERG BO", ""),), reversal=True))
    assert by_payer.reversals == 1 and _status_of(db, berg_again) == PaymentStatus.REVERSED
    assert _status_of(db, ids["AHO ÅSA"]) != PaymentStatus.REVERSED
    assert _problems(db) == []


def _payers(db: Database) -> list[tuple[int, str]]:
    with UnitOfWork(db.session_factory) as uow:
        return [(pid, name) for pid, name in uow.session.execute(
            select(Payment.id, Payment.payer_name).where(Payment.amount_cents > 0))]


def test_a_return_that_fits_several_payments_waits_for_the_clerk_who_applies_it(
        db: Database, clerk: Actor, books: dict[str, tuple[int, str]], capsys: pytest.CaptureFixture[str]) -> None:
    for n in (1, 2):
        _import(db, clerk, bank_file([OutgoingEntry(f"E{n}", BOOKED, ((5000, "", "AHO ÅSA", f"maksu {n}"),))],
                                     f"M{n}"), f"{n}.xml")
    first, second = sorted(pid for pid, _n in _payers(db))
    result = _reversal(db, clerk, OutgoingEntry("R1", BOOKED + dt.timedelta(days=1), ((5000, "", "AHO ÅSA", ""),),
                                                reversal=True, archive_ids=("RETURN-ARCH-9",)))
    assert (result.reversals, result.returns_waiting, result.needs_handling) == (0, 1, 1)
    assert {_status_of(db, first), _status_of(db, second)} == {PaymentStatus.UNMATCHED}
    waiting = next(r for r in _queue(db) if r.status == PaymentStatus.RETURN)
    assert waiting.reason_template == payments.ReturnAmbiguous.template
    assert waiting.reason_params["payments"] == f"{second}, {first}"
    assert _problems(db) == []  # nothing booked yet
    with UnitOfWork(db.session_factory) as uow:
        assert {r.id for r in payments.return_candidates(uow.session, waiting.id)} == {first, second}
    code = cli.main(["payment-return", str(waiting.id), str(first), "--database-url", db.url, "--today",
                     "2026-11-24", "--user", "kalle.clerk", "--json"])
    assert code == 0, capsys.readouterr().err
    assert _status_of(db, first) == PaymentStatus.REVERSED and _status_of(db, second) == PaymentStatus.UNMATCHED
    assert _status_of(db, waiting.id) == PaymentStatus.REVERSED
    assert _actions(db, "payment.return_applied") == [waiting.id]
    assert _problems(db) == []


# --- 5. fields longer than the columns ------------------------------------------------------------

def _cli(capsys: pytest.CaptureFixture[str], db: Database, *args: str) -> tuple[int, str]:
    code = cli.main([*args, "--database-url", db.url, "--today", "2026-11-24", "--user", "kalle.clerk",
                     "--lang", "en"])
    out = capsys.readouterr()
    return code, out.out if code == 0 else out.err


def test_a_5000_character_reference_imports_and_the_needs_handling_queue_still_reads(
        db: Database, clerk: Actor, books: dict[str, tuple[int, str]], tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    long_ref = "X" * 5000
    data = bank_file([OutgoingEntry("E1", BOOKED, ((1234, "PLACEHOLDER", "AHO ÅSA", ""),))], "LONG")
    path = tmp_path / "long.xml"
    path.write_bytes(data.replace(b"PLACEHOLDER", long_ref.encode()))
    code, out = _cli(capsys, db, "import-payments", str(path), "--json")
    assert code == 0, out
    assert json.loads(out)["unmatched"] == 1
    code, out = _cli(capsys, db, "payments", "--needs-handling", "--json")
    assert code == 0, out
    [row] = json.loads(out)
    assert row["reason"].startswith("The reference XXXX") and row["reason"].endswith(
        "is not a valid Finnish or RF reference number.") and len(row["reason"]) < 200
    code, out = _cli(capsys, db, "payments", "--needs-handling")
    assert code == 0 and "is not a valid Finnish or RF reference" in out
    with UnitOfWork(db.session_factory) as uow:
        stored = uow.session.scalar(select(Payment.handling_reason))
        assert stored is not None and len(stored) <= 300 and json.loads(stored)["t"] == payments.BAD_REFERENCE


def test_an_80_character_archive_id_imports_on_both_databases_and_once(
        db: Database, clerk: Actor, books: dict[str, tuple[int, str]]) -> None:
    archive = "A" * 80
    data = bank_file([OutgoingEntry("BATCH-" + "E" * 29, BOOKED, ((4990, books["a1"][1], "AHO ÅSA", ""),),
                                    archive_ids=("PLACEHOLDER",))], "LONGID")
    data = data.replace(b"PLACEHOLDER", archive.encode())
    assert _import(db, clerk, data, "long-id.xml").matched == 1
    again = bank_file([OutgoingEntry("OTHER-BATCH", BOOKED, ((4990, books["a1"][1], "AHO ÅSA", ""),),
                                     archive_ids=("PLACEHOLDER",))], "LONGID-2").replace(b"PLACEHOLDER",
                                                                                          archive.encode())
    second = _import(db, clerk, again, "long-id-again.xml")
    assert (second.payments, second.duplicates_skipped) == (0, 1)
    with UnitOfWork(db.session_factory) as uow:
        bank_ref, archive_id = uow.session.execute(select(Payment.bank_ref, Payment.archive_id)).one()
        assert len(bank_ref) == 100 and bank_ref.endswith("…") and archive_id == archive
    assert _problems(db) == []



def test_the_practice_bank_file_is_for_the_companys_own_account(db: Database, clerk: Actor,
                                                                accountant: Actor) -> None:
    from desktop_app.services.demo import practice_bank_file
    from desktop_app.services.foundation import settings

    with UnitOfWork(db.session_factory) as uow:
        c = customer(uow.session)
        invoice(uow.session, clerk, c, 4990, invoice_date=DAY)
        settings.set_value(uow.session, accountant, "company.iban", "FI49 5000 9420 0287 30")
        uow.commit()
    with UnitOfWork(db.session_factory) as uow:
        data = practice_bank_file(uow.session, BOOKED)
    assert _import(db, clerk, data, "practice.xml").matched == 1


def test_the_clerk_accepts_or_discards_a_held_payment_from_the_command_line(
        db: Database, clerk: Actor, books: dict[str, tuple[int, str]], tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    ref = {k: v[1] for k, v in books.items()}
    pays = ((4990, ref["a1"], "AHO ÅSA", ""), (2500, ref["a2"], "AHO ÅSA", ""))
    for name in ("INTRADAY", "EOD"):
        (tmp_path / f"{name}.xml").write_bytes(_counter_file(f"NOTIF-{name}", pays))
        code, out = _cli(capsys, db, "import-payments", str(tmp_path / f"{name}.xml"))
        assert code == 0, out
    assert "2 payments held as possibly imported already, nothing booked" in out
    code, out = _cli(capsys, db, "payments", "--needs-handling")
    assert code == 0 and out.count("[held, nothing booked: Possibly imported already: payment") == 2
    held = {row["amount"]: row["payment_id"] for row in json.loads(_cli(capsys, db, "payments", "--needs-handling",
                                                                        "--json")[1])}
    code, out = _cli(capsys, db, "payment-discard", str(held["49.90"]), "--json")
    assert code == 0 and json.loads(out) == {"discarded": 1}
    code, out = _cli(capsys, db, "payment-accept", str(held["25.00"]), "--json")
    assert code == 0 and [(r["status"], r["unallocated"]) for r in json.loads(out)] == [("partial", "0.00")]
    assert _invoice(db, books["a1"][0]) == (InvoiceStatus.PAID, 4990)
    assert _invoice(db, books["a2"][0]) == (InvoiceStatus.OPEN, 5000)
    code, err = _cli(capsys, db, "payment-accept", str(held["49.90"]))
    assert code != 0 and "is not held as possibly imported already" in err
    assert _actions(db, "payment.discarded") == [held["49.90"]] and _actions(db, "payment.accepted") == [held["25.00"]]
    assert _problems(db) == []


def test_payments_imported_before_identities_are_known_by_their_old_key_and_day(
        db: Database, clerk: Actor, books: dict[str, tuple[int, str]]) -> None:
    """Rows imported before migration 0005 have no identity; their bank_ref ("entry/transaction") was the key."""
    ref = {k: v[1] for k, v in books.items()}
    day1 = _counter_file("NOTIF-20261120", ((4990, ref["a1"], "AHO ÅSA", ""),))
    archived = bank_file([OutgoingEntry("E7", BOOKED, ((2500, ref["a3"], "AHO ÅSA", ""),))], "OLD-ARCH")
    _import(db, clerk, day1, "day1.xml")
    _import(db, clerk, archived, "archived.xml")
    with UnitOfWork(db.session_factory) as uow:
        uow.session.execute(update(Payment).values(identity=None, archive_id=None))  # as 0005 left them
        uow.commit()
    again = _import(db, clerk, archived, "archived-again.xml")
    assert (again.payments, again.duplicates_skipped) == (0, 1)
    # The next day's file restarts the entry counter: same bank_ref "1/1", another day: a payment of its own.
    next_day = bank_file([OutgoingEntry("1", BOOKED + dt.timedelta(days=1), ((9000, ref["b1"], "BERG BO", ""),),
                                        archive_ids=("",), entry_ref_is_counter=True)], "NOTIF-20261121")
    assert _import(db, clerk, next_day, "day2.xml").matched == 1
    assert _invoice(db, books["b1"][0]) == (InvoiceStatus.PAID, 9000)
    assert _problems(db) == []


def test_a_reason_cut_by_an_earlier_version_is_shown_as_text_not_used_as_a_format(
        db: Database, clerk: Actor, books: dict[str, tuple[int, str]], capsys: pytest.CaptureFixture[str]) -> None:
    _import(db, clerk, bank_file([OutgoingEntry("E1", BOOKED, ((1234, "", "AHO ÅSA", ""),))], "CUT"), "cut.xml")
    cut = json.dumps({"t": payments.BAD_REFERENCE, "p": {"reference": "X" * 5000}})[:300]  # as stored before
    with UnitOfWork(db.session_factory) as uow:
        uow.session.execute(update(Payment).values(handling_reason=cut))
        uow.commit()
    code, out = _cli(capsys, db, "payments", "--needs-handling", "--json")
    assert code == 0, out
    assert json.loads(out)[0]["reason"] == cut
