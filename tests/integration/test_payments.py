"""Payments (SPEC W10): matching by reference, partial and over-payments, needs handling,
credit balance, allocation by hand, refunds and undoing a settlement — on both databases."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from desktop_app.bootstrap import Database
from desktop_app.models import Invoice, InvoiceLine, Payment, Posting, Settlement
from desktop_app.models.enums import InvoiceKind, InvoiceStatus, PaymentStatus, PeriodState
from desktop_app.services import ledger, payments
from desktop_app.services.documents import references
from desktop_app.services.foundation.uow import Actor, UnitOfWork
from tests.integration.billing_support import customer
from tests.integration.payment_support import invoice, problems

DAY = dt.date(2026, 11, 2)
PAID_ON = dt.date(2026, 11, 20)


def _setup(db: Database, actor: Actor, totals: list[int], **kw: object) -> tuple[int, list[int], list[str]]:
    with UnitOfWork(db.session_factory) as uow:
        c = customer(uow.session)
        invs = [invoice(uow.session, actor, c, t, invoice_date=DAY, **kw) for t in totals]  # type: ignore[arg-type]
        uow.commit()
        return c.id, [i.id for i in invs], [i.reference for i in invs]


def _pay(db: Database, actor: Actor, amount: int, reference: str = "", **kw: object) -> payments.RecordedPayment:
    with UnitOfWork(db.session_factory) as uow:
        result = payments.record_payment(uow.session, actor, amount_cents=amount, booking_date=PAID_ON,
                                         reference=reference, **kw)  # type: ignore[arg-type]
        uow.commit()
        return result


def _invoice(db: Database, invoice_id: int) -> Invoice:
    with UnitOfWork(db.session_factory) as uow:
        inv = uow.session.get(Invoice, invoice_id)
        assert inv is not None
        uow.session.expunge(inv)
        return inv


def _problems(db: Database) -> list[str]:
    with UnitOfWork(db.session_factory) as uow:
        return problems(uow.session)


def test_exact_payment_pays_its_invoice_with_the_postings_of_section_5(db: Database, clerk: Actor) -> None:
    cid, (iid,), (ref,) = _setup(db, clerk, [4990])
    result = _pay(db, clerk, 4990, ref, payer_name="VIRTANEN MAIJA")
    assert result.status == PaymentStatus.MATCHED
    inv = _invoice(db, iid)
    assert (inv.status, inv.paid_cents) == (InvoiceStatus.PAID, 4990)
    with UnitOfWork(db.session_factory) as uow:
        s = uow.session
        acc = ledger.account_map(s)
        p = s.get(Payment, result.payment_id)
        assert p is not None and p.customer_id == cid and p.unallocated_cents == 0
        lines = sorted(s.execute(select(Posting.account_id, Posting.amount_cents, Posting.invoice_id)
                                 .where(Posting.voucher_id == p.voucher_id)).all())
        assert sorted(lines) == sorted([(acc.bank, 4990, None), (acc.receivables, -4990, iid)])
    assert _problems(db) == []


@pytest.mark.parametrize("form", ["rf", "padded", "spaced"])
def test_either_reference_form_finds_the_invoice(db: Database, clerk: Actor, form: str) -> None:
    _cid, (iid,), (ref,) = _setup(db, clerk, [1200])
    paid_with = {"rf": references.rf_from_domestic(ref), "padded": ref.zfill(20),
                 "spaced": " ".join(ref[i:i + 5] for i in range(0, len(ref), 5))}[form]
    assert _pay(db, clerk, 1200, paid_with).status == PaymentStatus.MATCHED
    assert _invoice(db, iid).status == InvoiceStatus.PAID


def test_an_rf_invoice_is_found_by_its_domestic_reference(db: Database, clerk: Actor) -> None:
    _cid, (iid,), (ref,) = _setup(db, clerk, [1200], rf=True)
    assert ref.startswith("RF")
    assert _pay(db, clerk, 1200, ref[4:]).status == PaymentStatus.MATCHED
    assert _invoice(db, iid).status == InvoiceStatus.PAID


def test_partial_payments_leave_the_rest_open_until_the_last_one(db: Database, clerk: Actor) -> None:
    _cid, (iid,), (ref,) = _setup(db, clerk, [10000])
    assert _pay(db, clerk, 3000, ref).status == PaymentStatus.PARTIAL
    inv = _invoice(db, iid)
    assert (inv.status, inv.paid_cents) == (InvoiceStatus.OPEN, 3000)
    assert _pay(db, clerk, 7000, ref).status == PaymentStatus.MATCHED
    assert _invoice(db, iid).status == InvoiceStatus.PAID
    assert _problems(db) == []


def test_overpayment_waits_in_needs_handling_then_becomes_credit_balance(db: Database, clerk: Actor) -> None:
    cid, (iid,), (ref,) = _setup(db, clerk, [4990])
    result = _pay(db, clerk, 6000, ref)
    assert (result.status, result.unallocated_cents) == (PaymentStatus.OVERPAID, 1010)
    assert result.reason_template == payments.OVERPAID
    with UnitOfWork(db.session_factory) as uow:
        waiting = payments.list_payments(uow.session, needs_handling=True)
        assert [(w.id, w.unallocated_cents, w.customer_id) for w in waiting] == [(result.payment_id, 1010, cid)]
        assert waiting[0].invoice_numbers == (_invoice(db, iid).number,)
        assert payments.customer_balance(uow.session, cid).balance_cents == 0
    assert _problems(db) == []
    with UnitOfWork(db.session_factory) as uow:
        assert payments.to_balance(uow.session, clerk, [result.payment_id], PAID_ON) == 1010
        uow.commit()
    with UnitOfWork(db.session_factory) as uow:
        bal = payments.customer_balance(uow.session, cid)
        assert bal.balance_cents == 1010 == ledger.customer_balance_cents(uow.session, cid)
        assert [(e.amount_cents, e.running_cents) for e in bal.history] == [(1010, 1010)]
        assert payments.list_payments(uow.session, needs_handling=True) == []
        with pytest.raises(payments.NothingUnallocated):
            payments.to_balance(uow.session, clerk, [result.payment_id], PAID_ON)
    assert _problems(db) == []


def test_unmatched_payment_needs_a_customer_before_it_becomes_balance(db: Database, clerk: Actor) -> None:
    cid, _ids, _refs = _setup(db, clerk, [1000])
    result = _pay(db, clerk, 2500, "12344")  # a valid reference that no invoice has
    assert result.status == PaymentStatus.UNMATCHED
    assert (result.reason_template, result.reason_params) == (payments.UNKNOWN_REFERENCE, {"reference": "12344"})
    with UnitOfWork(db.session_factory) as uow:
        with pytest.raises(payments.NoCustomerForPayment):
            payments.to_balance(uow.session, clerk, [result.payment_id], PAID_ON)
        payments.to_balance(uow.session, clerk, [result.payment_id], PAID_ON, customer_id=cid)
        uow.commit()
    with UnitOfWork(db.session_factory) as uow:
        assert payments.customer_balance(uow.session, cid).balance_cents == 2500
    assert _problems(db) == []


def test_no_reference_and_bad_reference_say_why(db: Database, clerk: Actor) -> None:
    assert _pay(db, clerk, 100).reason_template == payments.NO_REFERENCE
    with UnitOfWork(db.session_factory) as uow, pytest.raises(payments.ReferenceInvalid):
        payments.record_payment(uow.session, clerk, amount_cents=100, booking_date=PAID_ON, reference="12345")
    with UnitOfWork(db.session_factory) as uow, pytest.raises(payments.AmountNotPositive):
        payments.record_payment(uow.session, clerk, amount_cents=0, booking_date=PAID_ON, reference="12344")


def test_payment_to_a_credited_invoice_is_held_for_its_customer(db: Database, clerk: Actor) -> None:
    cid, (iid,), (ref,) = _setup(db, clerk, [3000], status=InvoiceStatus.CREDITED)
    result = _pay(db, clerk, 3000, ref)
    assert (result.status, result.unallocated_cents, result.reason_template) == (
        PaymentStatus.OVERPAID, 3000, payments.CREDITED)
    assert _invoice(db, iid).paid_cents == 0
    with UnitOfWork(db.session_factory) as uow:
        assert payments.list_payments(uow.session, needs_handling=True)[0].customer_id == cid


def test_one_payment_allocated_by_hand_over_several_invoices(db: Database, clerk: Actor) -> None:
    cid, ids, refs = _setup(db, clerk, [1000, 2000, 3000])
    result = _pay(db, clerk, 5500, refs[0])  # pays the first, 4500 left over
    with UnitOfWork(db.session_factory) as uow:
        proposal = payments.propose_allocation(uow.session, result.payment_id)
        assert proposal == [(ids[1], 2000), (ids[2], 2500)]
        assert payments.allocate(uow.session, clerk, result.payment_id, proposal, PAID_ON) == 4500
        uow.commit()
    assert [(_invoice(db, i).status, _invoice(db, i).paid_cents) for i in ids] == [
        (InvoiceStatus.PAID, 1000), (InvoiceStatus.PAID, 2000), (InvoiceStatus.OPEN, 2500)]
    with UnitOfWork(db.session_factory) as uow:
        p = uow.session.get(Payment, result.payment_id)
        assert p is not None and (p.status, p.unallocated_cents) == (PaymentStatus.MATCHED, 0)
        assert [s.amount_cents for s in payments.settlements(uow.session, payment_id=p.id)] == [1000, 2000, 2500]
    assert _problems(db) == []


def test_bad_allocations_are_refused_and_change_nothing(db: Database, clerk: Actor) -> None:
    _cid, ids, refs = _setup(db, clerk, [1000, 2000])
    other_cid, (other,), _r = _setup(db, clerk, [500])
    result = _pay(db, clerk, 1500, refs[0])  # 500 left
    cases: list[tuple[list[tuple[int, int]], type[Exception]]] = [
        ([(ids[1], 600)], payments.AllocationExceedsPayment),
        ([(ids[0], 100)], payments.InvoiceNotPayable),  # already paid
        ([(other, 100)], payments.OtherCustomersInvoice),
        ([(ids[1], -5)], payments.AllocationNotPositive),
        ([], payments.AmountNotPositive),
    ]
    for allocation, error in cases:
        with UnitOfWork(db.session_factory) as uow, pytest.raises(error):
            payments.allocate(uow.session, clerk, result.payment_id, allocation, PAID_ON)
    assert _invoice(db, ids[1]).paid_cents == 0
    with UnitOfWork(db.session_factory) as uow:
        p = uow.session.get(Payment, result.payment_id)
        assert p is not None and p.unallocated_cents == 500
    assert other_cid != _cid


def test_allocation_larger_than_the_invoice_is_refused(db: Database, clerk: Actor) -> None:
    _cid, ids, refs = _setup(db, clerk, [1000, 200])
    result = _pay(db, clerk, 1500, refs[0])
    with UnitOfWork(db.session_factory) as uow, pytest.raises(payments.AllocationTooLarge):
        payments.allocate(uow.session, clerk, result.payment_id, [(ids[1], 300)], PAID_ON)


def test_undoing_a_settlement_reopens_the_invoice_and_returns_the_money(db: Database, clerk: Actor) -> None:
    _cid, (iid,), (ref,) = _setup(db, clerk, [4000])
    result = _pay(db, clerk, 4000, ref)
    with UnitOfWork(db.session_factory) as uow:
        (s,) = payments.settlements(uow.session, payment_id=result.payment_id)
        payments.undo_settlement(uow.session, clerk, s.id, PAID_ON)
        uow.commit()
    inv = _invoice(db, iid)
    assert (inv.status, inv.paid_cents) == (InvoiceStatus.OPEN, 0)
    with UnitOfWork(db.session_factory) as uow:
        (waiting,) = payments.list_payments(uow.session, needs_handling=True)
        assert (waiting.id, waiting.unallocated_cents, waiting.reason_template) == (
            result.payment_id, 4000, payments.UNDONE)
        assert payments.settlements(uow.session, payment_id=result.payment_id) == []
        with pytest.raises(payments.SettlementAlreadyUndone):
            payments.undo_settlement(uow.session, clerk, s.id, PAID_ON)
    assert _problems(db) == []
    with UnitOfWork(db.session_factory) as uow:  # and allocate it again
        payments.allocate(uow.session, clerk, result.payment_id, [(iid, 4000)], PAID_ON)
        uow.commit()
    assert _invoice(db, iid).status == InvoiceStatus.PAID
    assert _problems(db) == []


def test_refunding_an_overpayment_makes_a_refund_invoice(db: Database, clerk: Actor) -> None:
    cid, (iid,), (ref,) = _setup(db, clerk, [1000])
    result = _pay(db, clerk, 3000, ref)
    with UnitOfWork(db.session_factory) as uow:
        number = payments.refund(uow.session, clerk, result.payment_id, PAID_ON)
        uow.commit()
    with UnitOfWork(db.session_factory) as uow:
        refund = uow.session.scalar(select(Invoice).where(Invoice.number == number))
        assert refund is not None
        assert (refund.kind, refund.total_cents, refund.customer_id, refund.parent_invoice_id) == (
            InvoiceKind.REFUND_INVOICE, 2000, cid, iid)
        (line,) = uow.session.scalars(select(InvoiceLine).where(InvoiceLine.invoice_id == refund.id)).all()
        # the customer's document, in the customer's language (fi by default), not English
        assert line.description == payments.refund_line_text(refund.language, PAID_ON)
        assert line.description.startswith("Liikasuoritus") or refund.language != "fi"
        p = uow.session.get(Payment, result.payment_id)
        assert p is not None and p.status == PaymentStatus.REFUNDED
    assert _problems(db) == []


def test_a_reminders_reference_pays_the_debt_first_then_the_fee(db: Database, clerk: Actor) -> None:
    with UnitOfWork(db.session_factory) as uow:
        c = customer(uow.session)
        original = invoice(uow.session, clerk, c, 5000, invoice_date=dt.date(2026, 9, 1))
        reminder = invoice(uow.session, clerk, c, 500, invoice_date=dt.date(2026, 10, 1),
                           kind=InvoiceKind.REMINDER, parent=original)
        uow.commit()
        ids, ref = (original.id, reminder.id), reminder.reference
    assert _pay(db, clerk, 5200, ref).status == PaymentStatus.PARTIAL
    assert (_invoice(db, ids[0]).status, _invoice(db, ids[1]).paid_cents) == (InvoiceStatus.PAID, 200)
    assert _pay(db, clerk, 300, ref).status == PaymentStatus.MATCHED
    assert _invoice(db, ids[1]).status == InvoiceStatus.PAID
    assert _problems(db) == []


def test_a_payment_dated_in_a_closed_period_is_refused_and_nothing_is_written(db: Database, clerk: Actor) -> None:
    from desktop_app.models import Period

    _cid, (iid,), (ref,) = _setup(db, clerk, [1000])
    with UnitOfWork(db.session_factory) as uow:
        period = uow.session.scalar(select(Period).where(Period.start_date == dt.date(2026, 11, 1)))
        assert period is not None
        period.state = PeriodState.CLOSED
        uow.commit()
    with UnitOfWork(db.session_factory) as uow, pytest.raises(ledger.PeriodNotOpen):
        payments.record_payment(uow.session, clerk, amount_cents=1000, booking_date=PAID_ON, reference=ref)
        uow.commit()
    with UnitOfWork(db.session_factory) as uow:
        assert uow.session.scalar(select(func.count()).select_from(Payment)) == 0
        assert uow.session.scalar(select(func.count()).select_from(Settlement)) == 0
    assert _invoice(db, iid).status == InvoiceStatus.OPEN


@pytest.mark.postgres
def test_two_desks_handling_one_overpayment_at_once_move_its_money_once(pg_url: str) -> None:
    import threading

    from desktop_app.bootstrap import open_database
    from desktop_app.models.enums import Role
    from desktop_app.services.foundation.setup import ensure_user

    db = open_database(pg_url)
    try:
        a = ensure_user(db.session_factory, "desk.a", Role.CLERK)
        b = ensure_user(db.session_factory, "desk.b", Role.CLERK)
        cid, (_iid,), (ref,) = _setup(db, a, [1000])
        pid = _pay(db, a, 3000, ref).payment_id
        outcomes: list[str] = []
        barrier = threading.Barrier(2)

        def handle(actor: Actor, how: str) -> None:
            barrier.wait()
            try:
                with UnitOfWork(db.session_factory) as uow:
                    if how == "balance":
                        payments.to_balance(uow.session, actor, [pid], PAID_ON)
                    else:
                        payments.refund(uow.session, actor, pid, PAID_ON)
                    uow.commit()
                outcomes.append(how)
            except payments.NothingUnallocated:
                outcomes.append("refused")

        threads = [threading.Thread(target=handle, args=(a, "balance")), threading.Thread(target=handle, args=(b, "refund"))]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert sorted(outcomes) in (["balance", "refused"], ["refund", "refused"])
        with UnitOfWork(db.session_factory) as uow:
            s = uow.session
            refunds = s.scalar(select(func.count()).select_from(Invoice).where(Invoice.kind == InvoiceKind.REFUND_INVOICE))
            balance = payments.customer_balance(s, cid).balance_cents
            assert (refunds, balance) in ((0, 2000), (1, 0))
            assert problems(s) == []
    finally:
        db.dispose()


def test_one_payment_of_everything_the_customer_owes_pays_all_their_invoices(db: Database, clerk: Actor) -> None:
    _cid, ids, refs = _setup(db, clerk, [1000, 2000, 3000])
    other_cid, (other,), _r = _setup(db, clerk, [500])  # another customer's invoice is never touched
    result = _pay(db, clerk, 6000, refs[1])
    assert (result.status, result.unallocated_cents) == (PaymentStatus.MATCHED, 0)
    assert sorted(result.invoice_numbers) == sorted(_invoice(db, i).number for i in ids)
    assert all(_invoice(db, i).status == InvoiceStatus.PAID for i in ids)
    assert _invoice(db, other).paid_cents == 0
    assert _problems(db) == []


def test_a_payment_that_is_not_exactly_the_rest_waits_for_the_clerk(db: Database, clerk: Actor) -> None:
    _cid, ids, refs = _setup(db, clerk, [1000, 2000, 3000])
    result = _pay(db, clerk, 5000, refs[0])  # 4 000 left; the others owe 5 000
    assert (result.status, result.unallocated_cents) == (PaymentStatus.OVERPAID, 4000)
    assert [_invoice(db, i).paid_cents for i in ids] == [1000, 0, 0]
