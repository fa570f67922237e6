"""Property: any sequence of balanced vouchers posts, and the books stay consistent.

Random vouchers over random accounts and days of 2026; customer-balance lines credit money to a
customer, or use at most what that customer holds. After every batch ``check_ledger`` finds
nothing and each customer's balance is minus the sum of their balance-account postings.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from desktop_app.bootstrap import Database
from desktop_app.models import Posting
from desktop_app.models.enums import VoucherKind
from desktop_app.services import ledger
from desktop_app.services.foundation.setup import ensure_fiscal_year
from desktop_app.services.foundation.uow import Actor, UnitOfWork
from desktop_app.services.ledger import checks
from desktop_app.services.ledger.posting import NewVoucher, PostingLine
from tests.integration.ledger_books import customer

KINDS = [VoucherKind.MANUAL, VoucherKind.PAYMENT, VoucherKind.SALE, VoucherKind.REFUND_PAYOUT]
amounts = st.integers(min_value=1, max_value=10_000_000)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_random_balanced_vouchers_post_and_the_books_stay_consistent(
    db: Database, clerk: Actor, data: st.DataObject
) -> None:
    with UnitOfWork(db.session_factory) as uow:
        s = uow.session
        ensure_fiscal_year(s, 2026)
        acc = ledger.account_map(s)
        customers = [customer(s, f"Asiakas {n}").id for n in range(3)]
        uow.commit()
    plain_accounts = [acc.bank, acc.cash, acc.receivables, acc.revenue_default, acc.refund, acc.payables]
    held: dict[int, int] = defaultdict(int)
    vouchers: list[NewVoucher] = []
    for _ in range(data.draw(st.integers(1, 8), label="vouchers")):
        lines: list[PostingLine] = []
        for _ in range(data.draw(st.integers(1, 5), label="lines")):
            c = data.draw(st.sampled_from(customers))
            if data.draw(st.booleans(), label="balance line"):
                credit = data.draw(st.booleans(), label="credit") or held[c] == 0
                amount = -data.draw(amounts) if credit else data.draw(st.integers(1, held[c]))
                held[c] -= amount
                lines.append(PostingLine(acc.customer_balance, amount, customer_id=c))
            else:
                sign = data.draw(st.sampled_from([1, -1]))
                lines.append(PostingLine(data.draw(st.sampled_from(plain_accounts)), sign * data.draw(amounts),
                                         customer_id=c))
        if rest := -sum(ln.amount_cents for ln in lines):  # amounts are never 0: one line always gets a partner
            lines.append(PostingLine(acc.bank, rest))
        day = dt.date(2026, 1, 1) + dt.timedelta(days=data.draw(st.integers(0, 364), label="day"))
        vouchers.append(NewVoucher(data.draw(st.sampled_from(KINDS)), day,
                                   data.draw(st.permutations(lines), label="order")))

    with UnitOfWork(db.session_factory) as uow:
        ids = ledger.post_vouchers(uow.session, clerk, vouchers)
        uow.commit()
    assert len(ids) == len(vouchers)

    with db.session_factory() as s:
        assert checks.check_ledger(s) == []
        for c in customers:
            posted = s.scalar(select(func.coalesce(func.sum(Posting.amount_cents), 0)).where(
                Posting.account_id == acc.customer_balance, Posting.customer_id == c))
            assert ledger.customer_balance_cents(s, c, acc) == -int(posted or 0) == held[c] >= 0
