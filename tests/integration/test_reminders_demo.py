"""Reminders #1 and #2 on realistic books (the demo generator: customers with several open invoices,
earlier reminders, partial payments, credit balances, mixed channels and languages), on SQLite and
PostgreSQL: #2 follows only a #1 that was sent, and interest accrues once however many letters show it."""

from __future__ import annotations

import datetime as dt
import io
import shutil
import subprocess

import pytest
from sqlalchemy import select

from desktop_app.bootstrap import Database
from desktop_app.models import Customer, Invoice, InvoiceLine, Settlement
from desktop_app.models.enums import InvoiceKind, LineKind
from desktop_app.services import payments, reminders
from desktop_app.services.demo import generate_demo_data
from desktop_app.services.documents import invoices
from desktop_app.services.foundation import formatting, rates
from desktop_app.services.foundation.uow import Actor, UnitOfWork
from tests.integration.payment_support import problems
from tests.integration.reminder_support import (
    interest_owed,
    reference_rates,
    send_letters,
    send_unsent_reminders,
)

D = dt.date
TODAY = D(2026, 11, 24)
LATER = TODAY + dt.timedelta(days=35)  # reminder #1 of TODAY is due 8.12. (business 8.12.), #2 possible from 15.12.
NOT_SENT = "Reminder #1 {number} has not been sent yet; #2 counts from its due date once it has gone out."


def _candidates(db: Database, level: int, on: dt.date) -> reminders.CandidateList:
    with db.session_factory() as s:
        return reminders.candidates(s, level, on)


def _remind_all(db: Database, clerk: Actor, level: int, on: dt.date) -> reminders.ReminderRunResult:
    listing = _candidates(db, level, on)
    result = reminders.create_reminders(db.session_factory, clerk, level, [c.invoice_id for c in listing.eligible], on)
    assert len(result.created) == len(listing.eligible) and not result.not_eligible
    return result


def test_reminder2_is_offered_only_after_reminder1_was_sent_on_demo_books(
        db: Database, clerk: Actor, accountant: Actor) -> None:
    generate_demo_data(db, 600, today=TODAY)
    made = {r.invoice_id: r for r in _remind_all(db, clerk, 1, TODAY).created}
    assert len(made) >= 10
    listing = _candidates(db, 2, LATER)
    offered = {c.invoice_id for c in listing.eligible}
    assert offered and not offered & set(made)  # the demo's own reminders #1 went out; today's have not
    unsent = {c.invoice_id: c.reason.english() for c in listing.not_eligible
              if c.reason is not None and "has not been sent yet" in c.reason.english()}
    assert unsent == {iid: NOT_SENT.format(number=r.number) for iid, r in made.items()}

    sent_now = sorted(made)[::2]
    assert send_letters(db, clerk, [made[i].reminder_id for i in sent_now], accountant) == len(sent_now)
    again = _candidates(db, 2, LATER)
    assert set(sent_now) <= {c.invoice_id for c in again.eligible}
    waiting = sorted(set(made) - set(sent_now))
    assert {c.invoice_id for c in again.not_eligible if c.reason is not None
            and c.reason.template == reminders.Reminder1NotSent.template} == set(waiting)
    refused = reminders.create_reminders(db.session_factory, clerk, 2, waiting, LATER)  # the rule holds under lock too
    assert refused.created == ()
    assert {c.invoice_id: c.reason.english() for c in refused.not_eligible if c.reason is not None} == {
        iid: NOT_SENT.format(number=made[iid].number) for iid in waiting}
    assert again.already_reminded == sum(1 for c in again.not_eligible if c.already_reminded) > 0


def _pdf_text(data: bytes) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext is not installed")
    return subprocess.run(["pdftotext", "-layout", "-", "-"], input=data, capture_output=True, check=True).stdout.decode()


_EARLIER = {"fi": "josta veloitettu aiemmin", "sv": "varav debiterad tidigare", "en": "of which charged earlier"}


def test_on_demo_books_interest_accrues_once_over_reminders_and_partial_payments(
        db: Database, clerk: Actor, accountant: Actor) -> None:
    generate_demo_data(db, 600, today=TODAY)
    with UnitOfWork(db.session_factory) as uow:  # the half-years after 30.6.2026 get a rate of their own
        rates.set_rate(uow.session, accountant, D(2026, 7, 1), 200)
        rates.set_rate(uow.session, accountant, D(2027, 1, 1), 325)
        uow.commit()
    table = reference_rates(db)
    first = {r.invoice_id: r for r in _remind_all(db, clerk, 1, TODAY).created}
    assert sum(1 for r in first.values() if r.interest_cents) >= 5
    with UnitOfWork(db.session_factory) as uow:  # every other reminded customer pays a third, some by #1's reference
        for n, (iid, r) in enumerate(sorted(first.items())):
            if n % 2 == 0:
                inv = uow.session.get(Invoice, iid)
                assert inv is not None
                payments.record_payment(uow.session, clerk, amount_cents=max(1, (inv.total_cents - inv.paid_cents
                                                                                 - inv.balance_applied_cents) // 3),
                                        booking_date=TODAY + dt.timedelta(days=6 + n % 5),
                                        reference=r.reference if n % 4 == 0 else inv.reference)
        uow.commit()
    send_unsent_reminders(db, clerk, accountant)
    second = _remind_all(db, clerk, 2, LATER).created
    ours = [r for r in second if r.invoice_id in first]
    assert len(ours) >= 5 and len(second) > len(ours)  # the demo's own #1s are followed up too

    with db.session_factory() as s:
        facts = {iid: (kind, due, total) for iid, kind, due, total in s.execute(
            select(Invoice.id, Customer.kind, Invoice.due_date, Invoice.total_cents)
            .join(Customer, Customer.id == Invoice.customer_id)
            .where(Invoice.id.in_([r.invoice_id for r in second])))}
        paid: dict[int, list[tuple[dt.date, int]]] = {}
        for iid, day, amount in s.execute(select(Settlement.invoice_id, Settlement.settled_on, Settlement.amount_cents)
                                          .where(Settlement.invoice_id.in_(list(facts)),
                                                 Settlement.undone_at.is_(None))):
            paid.setdefault(iid, []).append((day, amount))
        docs = {r.invoice_id: invoices.invoice_document(s, r.reminder_id) for r in second}
        demo_interest = dict(s.execute(  # the demo's own #1s carry interest too
            select(Invoice.parent_invoice_id, InvoiceLine.net_cents).join(InvoiceLine, InvoiceLine.invoice_id == Invoice.id)
            .where(Invoice.reminder_level == 1, InvoiceLine.kind == LineKind.INTEREST,
                   Invoice.parent_invoice_id.not_in(list(first)))).all())
    partly_paid = 0
    for r in second:
        kind, due, total = facts[r.invoice_id]
        owed_now = interest_owed(table, kind, due, total, paid.get(r.invoice_id, []), LATER)
        earlier = first[r.invoice_id].interest_cents if r.invoice_id in first else demo_interest.get(r.invoice_id, 0)
        if r.invoice_id in first:
            assert earlier == interest_owed(table, kind, due, total, paid.get(r.invoice_id, []), TODAY)
        assert r.interest_cents == owed_now - earlier, r.invoice_number  # never twice
        reminder = docs[r.invoice_id].reminder
        assert reminder is not None
        assert (reminder.interest_accrued, reminder.interest_charged_earlier, reminder.interest_amount) == (
            formatting_cents(owed_now), formatting_cents(earlier), formatting_cents(r.interest_cents))
        partly_paid += any(day > due for day, _a in paid.get(r.invoice_id, []))
    assert partly_paid >= 3

    # The letter shows the accrued total and what was charged before, in the customer's language.
    shown = next(r for r in ours if first[r.invoice_id].interest_cents)
    doc = docs[shown.invoice_id]
    assert doc.reminder is not None
    with db.session_factory() as s:
        buffer = io.BytesIO()
        invoices.invoice_pdf(s, shown.reminder_id, buffer, paper_form=False)
    text = " ".join(_pdf_text(buffer.getvalue()).split())
    money = formatting.money(doc.reminder.interest_charged_earlier, doc.language)
    assert _EARLIER[doc.language] in text and money.replace("\u00a0", " ") in text.replace("\u00a0", " ")
    assert formatting.money(doc.reminder.interest_accrued, doc.language).replace("\u00a0", " ") in text.replace(
        "\u00a0", " ")
    assert doc.kind == InvoiceKind.REMINDER
    with db.session_factory() as s:
        assert problems(s) == []  # check-ledger and the payment invariants


def formatting_cents(value: int) -> object:
    from desktop_app.services.foundation.money import to_decimal

    return to_decimal(value)
