"""Property (hypothesis): late-payment interest accrues once. Whatever partial payments arrive (with the
invoice's reference or reminder #1's) and whenever reminders #1 and #2 go out, the interest booked on an
invoice's reminders equals the interest owed for the days its money was late, to the cent, each day at
its half-year's rate; reminder #2 books only what #1 did not, and its document shows both."""

from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from desktop_app.bootstrap import Database
from desktop_app.models import Invoice, InvoiceLine, Posting, Settlement
from desktop_app.models.enums import CustomerKind, InvoiceKind, LineKind
from desktop_app.services import ledger, payments, reminders
from desktop_app.services.documents import invoices
from desktop_app.services.foundation import rates
from desktop_app.services.foundation.uow import Actor, UnitOfWork
from tests.integration.billing_support import customer
from tests.integration.payment_support import invoice, problems
from tests.integration.reminder_support import interest_owed, reference_rates, send_letters

D = dt.date
DAY = dt.timedelta(days=1)


def booked_interest(db: Database, invoice_id: int) -> int:
    """Interest income posted by the vouchers of this invoice's reminders (the ledger, not the reminders' lines)."""
    with db.session_factory() as s:
        income = ledger.account_map(s).interest_income
        vouchers = select(Invoice.voucher_id).where(Invoice.parent_invoice_id == invoice_id)
        return -int(s.scalar(select(func.coalesce(func.sum(Posting.amount_cents), 0))
                             .where(Posting.account_id == income, Posting.voucher_id.in_(vouchers))) or 0)


def paid_days(db: Database, invoice_id: int) -> list[tuple[dt.date, int]]:
    """Every settlement still standing on the invoice: (day, cents)."""
    with db.session_factory() as s:
        return [(day, amount) for day, amount in s.execute(
            select(Settlement.settled_on, Settlement.amount_cents)
            .where(Settlement.invoice_id == invoice_id, Settlement.undone_at.is_(None)))]


def _rates_for_the_test(db: Database, accountant: Actor) -> None:
    """H2/2026 and H1/2027 have no reference rate in the legal data yet: enter different ones, so that a
    debt late across 1.1. and 1.7. changes rate."""
    with UnitOfWork(db.session_factory) as uow:
        if rates.rate_on(uow.session, D(2026, 7, 1)) is None:
            rates.set_rate(uow.session, accountant, D(2026, 7, 1), 200)
            rates.set_rate(uow.session, accountant, D(2027, 1, 1), 325)
            uow.commit()


payment = st.tuples(st.integers(min_value=-10, max_value=60), st.integers(min_value=1, max_value=4000),
                    st.booleans())


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(kind=st.sampled_from([CustomerKind.PERSON, CustomerKind.COMPANY]),
       total=st.integers(min_value=2000, max_value=400_000),
       due=st.dates(min_value=D(2026, 3, 1), max_value=D(2026, 11, 30)),
       r1_after=st.integers(min_value=15, max_value=60), r2_after=st.integers(min_value=7, max_value=60),
       before=st.lists(payment, max_size=3), between=st.lists(payment, max_size=3))
def test_booked_interest_equals_the_interest_owed_for_the_days_the_money_was_late(
        db: Database, clerk: Actor, accountant: Actor, kind: CustomerKind, total: int, due: dt.date, r1_after: int,
        r2_after: int, before: list[tuple[int, int, bool]], between: list[tuple[int, int, bool]]) -> None:
    _rates_for_the_test(db, accountant)
    table = reference_rates(db)
    with UnitOfWork(db.session_factory) as uow:
        c = customer(uow.session, name="Korko Kerttu" if kind == CustomerKind.PERSON else "Korko Oy", kind=kind)
        inv = invoice(uow.session, clerk, c, total, invoice_date=due - 14 * DAY, due_date=due)
        iid, reference = inv.id, inv.reference
        uow.commit()
    day1 = due + r1_after * DAY
    left = total - 1  # partial payments only: the invoice stays open

    def pay(day: dt.date, amount: int, ref: str) -> None:
        nonlocal left
        amount = min(amount, left)
        if amount <= 0:
            return
        with UnitOfWork(db.session_factory) as uow:
            payments.record_payment(uow.session, clerk, amount_cents=amount, booking_date=day, reference=ref)
            uow.commit()
        left -= amount

    for offset, amount, _ in sorted(before):  # from before the due date up to reminder #1's day
        pay(min(due + offset * DAY, day1), amount, reference)
    first = reminders.create_reminders(db.session_factory, clerk, 1, [iid], day1)
    (r1,) = first.created
    owed1 = interest_owed(table, kind, due, total, paid_days(db, iid), day1)
    assert r1.interest_cents == owed1 == booked_interest(db, iid)
    assert send_letters(db, clerk, [r1.reminder_id]) == 1

    day2 = r1.due_date + r2_after * DAY
    for offset, amount, by_reminder in sorted(between):  # paid after #1, some with #1's reference
        pay(min(day1 + abs(offset) * DAY, day2), amount, r1.reference if by_reminder else reference)
    second = reminders.create_reminders(db.session_factory, clerk, 2, [iid], day2)
    (r2,) = second.created
    owed2 = interest_owed(table, kind, due, total, paid_days(db, iid), day2)
    assert booked_interest(db, iid) == owed2  # accrued once, to the cent
    assert r2.interest_cents == owed2 - owed1
    with UnitOfWork(db.session_factory) as uow:
        s = uow.session
        doc = invoices.invoice_document(s, r2.reminder_id)
        line = s.execute(select(InvoiceLine.net_cents, InvoiceLine.period_start, InvoiceLine.period_end)
                         .where(InvoiceLine.invoice_id == r2.reminder_id, InvoiceLine.kind == LineKind.INTEREST)).first()
        assert problems(s) == []
    assert doc.kind == InvoiceKind.REMINDER and doc.reminder is not None
    assert (doc.reminder.interest_accrued, doc.reminder.interest_charged_earlier, doc.reminder.interest_amount) == (
        invoices.AmountToPay(0, 0, owed2).total, invoices.AmountToPay(0, 0, owed1).total,
        invoices.AmountToPay(0, 0, owed2 - owed1).total)
    if owed2 > owed1:
        assert line is not None and tuple(line) == (owed2 - owed1, day1 if owed1 else due, day2)
