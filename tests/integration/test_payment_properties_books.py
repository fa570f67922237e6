"""Property (hypothesis): a random bank file over realistic books. Customers of every kind, channel and
language with 0-5 open documents each (invoices, ad invoices, reminders of their invoices, some already partly
paid), and a camt.054 of exact, partial, over, RF, zero-padded, unknown and reference-less payments, a payment
of a reminder and a returned one. However the file looks: every payment is counted once, the money is
conserved, no invoice gets more than it owes, and check-ledger finds the books clean."""

from __future__ import annotations

import datetime as dt
import itertools

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from desktop_app.bootstrap import Database
from desktop_app.models import Invoice, Payment, Settlement
from desktop_app.models.enums import Channel, CustomerKind, InvoiceKind, PaymentStatus
from desktop_app.services import payments
from desktop_app.services.documents import references
from desktop_app.services.foundation.uow import Actor, UnitOfWork
from desktop_app.services.payments import camt054
from tests.integration.billing_support import customer
from tests.integration.journey_support import to_pay_cents
from tests.integration.payment_support import invoice, problems

BILLED = dt.date(2026, 10, 1)
BOOKED = dt.date(2026, 11, 20)
_files = itertools.count(1)

documents = st.lists(st.tuples(st.sampled_from([InvoiceKind.INVOICE, InvoiceKind.AD_INVOICE, InvoiceKind.REMINDER]),
                               st.integers(100, 40_000), st.booleans(), st.sampled_from([0, 0, 0, 1, 2])),
                     max_size=5)
people = st.tuples(st.sampled_from(list(CustomerKind)), st.sampled_from(list(Channel)),
                   st.sampled_from(["fi", "fi", "sv", "en"]), documents)


def _books(db: Database, clerk: Actor, specs: list) -> list[tuple[int, int, str, int]]:
    """The customers and their open documents: (invoice id, customer id, reference, what it asks for)."""
    made: list[tuple[int, int, str, int]] = []
    with UnitOfWork(db.session_factory) as uow:
        s = uow.session
        for n, (kind, channel, language, docs) in enumerate(specs):
            c = customer(s, name=f"Maksaja{n} {'Oy' if kind == CustomerKind.COMPANY else 'Aino'}", kind=kind,
                         channel=channel, language=language, einvoice_address="003712345678",
                         einvoice_operator="003721291126")
            first = None
            for doc_kind, total, rf, paid_part in docs:
                parent = first if doc_kind == InvoiceKind.REMINDER else None
                kind_ = doc_kind if doc_kind != InvoiceKind.REMINDER or parent else InvoiceKind.INVOICE
                inv = invoice(s, clerk, c, total if kind_ != InvoiceKind.REMINDER else 500 + total % 1000,
                              invoice_date=BILLED, kind=kind_, parent=parent, rf=rf)
                first = first or (inv if kind_ != InvoiceKind.REMINDER else None)
                made.append((inv.id, c.id, inv.reference, inv.total_cents))
                if paid_part and kind_ != InvoiceKind.REMINDER:  # paid partly at the bank's counter already
                    payments.record_payment(s, clerk, amount_cents=inv.total_cents * paid_part // 4 or 1,
                                            booking_date=BILLED + dt.timedelta(days=5), reference=inv.reference)
        uow.commit()
    return made


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                 HealthCheck.too_slow])
@given(data=st.data())
def test_a_random_bank_file_counts_every_payment_once_and_conserves_the_money(db: Database, clerk: Actor,
                                                                             data: st.DataObject) -> None:
    specs = data.draw(st.lists(people, min_size=1, max_size=6), label="customers")
    docs = _books(db, clerk, specs)
    mine = {d[0] for d in docs}
    with db.session_factory() as s:
        owed = {iid: to_pay_cents(s, iid) for iid, *_r in docs}  # a reminder: its costs and its invoice's debt
    targets = [(ref, owed[iid]) for iid, _c, ref, _t in docs]
    pays: list[tuple[int, str, str, str]] = []
    for _ in range(data.draw(st.integers(1, 12), label="payments")):
        how = data.draw(st.sampled_from(["exact", "exact", "half", "over", "rf", "unknown", "no reference",
                                         "random"] if targets else ["unknown", "no reference", "random"]))
        ref, amount = data.draw(st.sampled_from(targets)) if targets else ("", 0)
        if how == "half":
            amount = max(1, amount // 2)
        elif how == "over":
            amount += data.draw(st.integers(1, 5000))
        elif how == "rf" and not ref.startswith("RF"):
            ref = references.rf_from_domestic(ref)
        elif how == "unknown":
            ref = references.create_domestic(data.draw(st.integers(900_000_000, 999_999_999)))
        elif how == "no reference":
            ref = ""
        if how == "random" or amount <= 0:
            amount = data.draw(st.integers(1, 60_000))
        pays.append((amount, ref, "MAKSAJA", "" if ref else "Lasku"))
    file_no = next(_files)
    per_entry = data.draw(st.integers(1, 4), label="per entry")
    entries = [camt054.OutgoingEntry(f"P{file_no:05d}-{i:03d}", BOOKED, tuple(pays[i:i + per_entry]),
                                     pad_reference=data.draw(st.booleans(), label="padded"))
               for i in range(0, len(pays), per_entry)]
    returned = data.draw(st.sampled_from(pays), label="returned") if data.draw(st.booleans()) else None
    returns = 0
    if returned is not None and returned[1]:  # the payer's bank recalls one of them
        entries.append(camt054.OutgoingEntry(f"P{file_no:05d}-R", BOOKED, (returned,), reversal=True))
        returns = 1
    file = camt054.write_camt054(entries, message_id=f"P{file_no:05d}", account_iban="FI2112345600000785",
                                 created_at=dt.datetime.combine(BOOKED, dt.time(6), tzinfo=dt.UTC))

    result = payments.import_bank_file(db.session_factory, clerk, file, f"p{file_no}.xml")
    # every payment once
    assert result.payments == len(pays) and result.total_cents == sum(p[0] for p in pays)
    assert result.matched + result.partial + result.overpaid + result.unmatched == result.payments
    again = payments.import_bank_file(db.session_factory, clerk, file, f"p{file_no}.xml")
    assert again.payments == 0 and again.duplicates_skipped == len(pays) + returns
    with UnitOfWork(db.session_factory) as uow:
        s = uow.session
        rows = s.execute(select(Payment.id, Payment.amount_cents, Payment.unallocated_cents, Payment.status)
                         .where(Payment.import_id == result.import_id)).all()
        incoming = [r for r in rows if r.amount_cents > 0]
        assert len(incoming) == len(pays) and len(rows) - len(incoming) == returns  # a return once, too
        # the money is conserved: each payment settles invoices or waits for the clerk, to the cent
        for pid, amount, unallocated, status in incoming:
            settled = s.scalar(select(func.coalesce(func.sum(Settlement.amount_cents), 0)).where(
                Settlement.payment_id == pid, Settlement.undone_at.is_(None)))
            if status == PaymentStatus.REVERSED:
                assert settled == unallocated == 0
            else:
                assert settled + unallocated == amount, (pid, amount, settled, unallocated, status)
        # no invoice gets more than it owes
        for iid in mine:
            inv = s.get(Invoice, iid)
            live = s.scalar(select(func.coalesce(func.sum(Settlement.amount_cents), 0)).where(
                Settlement.invoice_id == iid, Settlement.undone_at.is_(None)))
            assert 0 <= inv.paid_cents == live <= inv.total_cents - inv.balance_applied_cents
        assert problems(s) == []
