"""Property (hypothesis): whatever payments arrive and however the clerk handles them, what is
allocated never exceeds a payment or an invoice, every voucher sums to zero, the money waiting
equals the unallocated-payments account, and each customer's balance equals their postings."""

from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from desktop_app.bootstrap import Database
from desktop_app.models import Invoice, Payment, Posting, Settlement
from desktop_app.services import ledger, payments
from desktop_app.services.foundation.uow import Actor, UnitOfWork
from tests.integration.billing_support import customer
from tests.integration.payment_support import invoice, problems

DAY = dt.date(2026, 10, 1)
ON = dt.date(2026, 11, 20)
amounts = st.integers(min_value=1, max_value=50_000)


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_payments_never_overallocate_and_the_books_agree(db: Database, clerk: Actor, data: st.DataObject) -> None:
    with UnitOfWork(db.session_factory) as uow:
        s = uow.session
        custs = [customer(s, name=f"Asiakas {n}") for n in range(data.draw(st.integers(1, 3), label="customers"))]
        made = [invoice(s, clerk, c, data.draw(amounts, label="total"), invoice_date=DAY)
                for c in custs for _ in range(data.draw(st.integers(1, 3), label="invoices"))]
        invs = [(i.customer_id, i.reference) for i in made]
        mine = {i.id for i in made}
        cust_ids = [c.id for c in custs]
        uow.commit()
    my_payments: set[int] = set()  # the database outlives one example: look only at this one's rows
    for _ in range(data.draw(st.integers(1, 12), label="steps")):
        action = data.draw(st.sampled_from(["pay", "pay", "pay", "balance", "allocate", "undo", "refund"]))
        with UnitOfWork(db.session_factory) as uow:
            s = uow.session
            waiting = [p for p in payments.list_payments(s, needs_handling=True) if p.id in my_payments]
            try:
                if action == "pay":
                    ref = data.draw(st.sampled_from([r for _c, r in invs] + ["12344", ""]), label="ref")
                    my_payments.add(payments.record_payment(s, clerk, amount_cents=data.draw(amounts, label="amount"),
                                            booking_date=ON, reference=ref,
                                            customer_id=data.draw(st.sampled_from(cust_ids)) if not ref else None
                                            ).payment_id)
                elif action == "balance" and waiting:
                    p = data.draw(st.sampled_from(waiting))
                    payments.to_balance(s, clerk, [p.id], ON, customer_id=p.customer_id or cust_ids[0])
                elif action == "allocate" and waiting:
                    p = data.draw(st.sampled_from(waiting))
                    cid = p.customer_id or cust_ids[0]
                    proposal = payments.propose_allocation(s, p.id, cid)
                    if proposal:
                        payments.allocate(s, clerk, p.id, proposal, ON, customer_id=cid)
                elif action == "refund" and waiting:
                    p = data.draw(st.sampled_from(waiting))
                    payments.refund(s, clerk, p.id, ON, customer_id=p.customer_id or cust_ids[0])
                elif action == "undo":
                    live = [x for x in payments.settlements(s) if x.invoice_id in mine]
                    if live:
                        payments.undo_settlement(s, clerk, data.draw(st.sampled_from(live)).id, ON)
                uow.commit()
            except payments.PaymentError:
                pass  # a refused action changes nothing; the invariants below still hold
    with UnitOfWork(db.session_factory) as uow:
        s = uow.session
        assert problems(s) == []
        live = (Settlement.undone_at.is_(None))
        for pid, amount in s.execute(select(Payment.id, Payment.amount_cents)):
            allocated = s.scalar(select(func.coalesce(func.sum(Settlement.amount_cents), 0))
                                 .where(Settlement.payment_id == pid, live))
            assert 0 <= allocated <= amount
        for iid, total, paid in s.execute(select(Invoice.id, Invoice.total_cents, Invoice.paid_cents)):
            allocated = s.scalar(select(func.coalesce(func.sum(Settlement.amount_cents), 0))
                                 .where(Settlement.invoice_id == iid, live))
            assert allocated == paid <= total
        acc = ledger.account_map(s)
        for cid in cust_ids:
            posted = s.scalar(select(func.coalesce(func.sum(Posting.amount_cents), 0)).where(
                Posting.account_id == acc.customer_balance, Posting.customer_id == cid))
            info = payments.customer_balance(s, cid)
            assert info.balance_cents == -posted >= 0
            assert info.history[-1].running_cents == info.balance_cents if info.history else info.balance_cents == 0
