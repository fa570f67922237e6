"""The ledger's rules: balanced vouchers only, into open periods after the lock date, never changed."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from desktop_app.bootstrap import Database
from desktop_app.models import Account, AuditEvent, Posting, Voucher
from desktop_app.models.enums import PeriodState, SettlementState, VoucherKind
from desktop_app.services import ledger
from desktop_app.services.foundation.setup import ensure_fiscal_year
from desktop_app.services.foundation.uow import Actor, UnitOfWork
from desktop_app.services.ledger import periods
from desktop_app.services.ledger.errors import PostedVoucherChanged
from desktop_app.services.ledger.posting import NewVoucher, PostingLine
from tests.integration.ledger_books import customer

D = dt.date


@pytest.fixture(autouse=True)
def _years(db: Database) -> None:
    """The years these tests post into, whatever the machine's date (setup makes today ± 2)."""
    with db.session_factory() as s:
        for year in (2025, 2026):
            ensure_fiscal_year(s, year)
        s.commit()


def _counts(db: Database) -> tuple[int, int]:
    with db.session_factory() as s:
        return s.scalar(select(func.count()).select_from(Voucher)) or 0, s.scalar(
            select(func.count()).select_from(Posting)) or 0


def _cash_sale(s: Session, day: dt.date, amount: int = 1000) -> NewVoucher:
    acc = ledger.account_map(s)
    return NewVoucher(VoucherKind.SALE, day, [PostingLine(acc.cash, amount), PostingLine(acc.revenue_default, -amount)],
                      "Ticket")


def _post(db: Database, actor: Actor, day: dt.date, amount: int = 1000) -> int:
    with UnitOfWork(db.session_factory) as uow:
        vid = ledger.post_voucher(uow.session, actor, _cash_sale(uow.session, day, amount))
        uow.commit()
    return vid


def test_balanced_voucher_posts_with_its_lines_number_and_audit_event(db: Database, clerk: Actor) -> None:
    vid = _post(db, clerk, D(2026, 3, 10), 2550)
    with db.session_factory() as s:
        v = s.get(Voucher, vid)
        assert v is not None
        assert (v.kind, v.voucher_date, v.number, v.created_by) == (VoucherKind.SALE, D(2026, 3, 10), 1, clerk.user_id)
        lines = s.execute(select(Posting.line_no, Posting.amount_cents).where(Posting.voucher_id == vid)
                          .order_by(Posting.line_no)).all()
        assert [tuple(r) for r in lines] == [(1, 2550), (2, -2550)]
        assert s.scalar(select(AuditEvent.action).where(AuditEvent.entity == "voucher",
                                                        AuditEvent.entity_id == vid)) == "voucher.posted"


def test_vouchers_take_consecutive_numbers(db: Database, clerk: Actor) -> None:
    with UnitOfWork(db.session_factory) as uow:
        ids = ledger.post_vouchers(uow.session, clerk, [_cash_sale(uow.session, D(2026, 3, d)) for d in (1, 2, 3)])
        uow.commit()
    with db.session_factory() as s:
        assert [s.get(Voucher, i).number for i in ids] == [1, 2, 3]  # type: ignore[union-attr]


def test_unbalanced_voucher_is_refused_and_nothing_is_written(db: Database, clerk: Actor) -> None:
    with UnitOfWork(db.session_factory) as uow:
        acc = ledger.account_map(uow.session)
        good = _cash_sale(uow.session, D(2026, 3, 10))
        bad = NewVoucher(VoucherKind.MANUAL, D(2026, 3, 10), [PostingLine(acc.bank, 1000),
                                                              PostingLine(acc.receivables, -999)])
        with pytest.raises(ledger.UnbalancedVoucher) as err:
            ledger.post_vouchers(uow.session, clerk, [good, bad])
        uow.commit()
    assert str(err.value) == "The voucher does not balance: debits and credits differ by 1 cents."
    assert _counts(db) == (0, 0)


def test_voucher_of_one_line_or_only_zero_lines_is_refused(db: Database, clerk: Actor) -> None:
    with UnitOfWork(db.session_factory) as uow:
        acc = ledger.account_map(uow.session)
        for lines in ([PostingLine(acc.bank, 0)], [PostingLine(acc.bank, 0), PostingLine(acc.cash, 0)]):
            with pytest.raises(ledger.EmptyVoucher):
                ledger.post_voucher(uow.session, clerk, NewVoucher(VoucherKind.MANUAL, D(2026, 3, 10), lines))
    assert _counts(db) == (0, 0)


def test_posting_on_an_inactive_account_is_refused(db: Database, clerk: Actor) -> None:
    with UnitOfWork(db.session_factory) as uow:
        acc = ledger.account_map(uow.session)
        voucher = _cash_sale(uow.session, D(2026, 3, 10))
        uow.session.execute(update(Account).where(Account.id == acc.cash).values(active=False))
        with pytest.raises(ledger.UnknownAccount):
            ledger.post_voucher(uow.session, clerk, voucher)


@pytest.mark.parametrize("state", [PeriodState.ON_HOLD, PeriodState.CLOSED])
def test_posting_into_a_period_not_open_is_refused_with_the_next_open_date(
    db: Database, accountant: Actor, clerk: Actor, state: PeriodState
) -> None:
    with UnitOfWork(db.session_factory) as uow:
        periods.set_period_state(uow.session, accountant, "2026-03", state)
        uow.commit()
    with pytest.raises(ledger.PeriodNotOpen) as err:
        _post(db, clerk, D(2026, 3, 10))
    assert str(err.value) == (f"The date 2026-03-10 falls in a period that is {state.value.replace('_', ' ')}. "
                              "Choose a date in an open period (next open: 2026-04-01).")
    assert _counts(db) == (0, 0)
    _post(db, clerk, D(2026, 4, 1))
    _post(db, clerk, D(2026, 2, 28))


def test_lock_date_refuses_postings_on_or_before_it(db: Database, accountant: Actor, clerk: Actor) -> None:
    with UnitOfWork(db.session_factory) as uow:
        periods.set_lock_date(uow.session, accountant, D(2026, 3, 15))
        uow.commit()
    for day in (D(2026, 3, 15), D(2026, 1, 2)):
        with pytest.raises(ledger.BeforeLockDate) as err:
            _post(db, clerk, day)
        assert "(next open: 2026-03-16)" in str(err.value)
    _post(db, clerk, D(2026, 3, 16))
    with UnitOfWork(db.session_factory) as uow:
        periods.set_lock_date(uow.session, accountant, None)
        uow.commit()
    _post(db, clerk, D(2026, 1, 2))
    assert _counts(db) == (2, 4)


def test_next_open_date_skips_held_periods_and_the_lock_date(db: Database, accountant: Actor) -> None:
    with UnitOfWork(db.session_factory) as uow:
        s = uow.session
        periods.set_period_state(s, accountant, "2026-03", PeriodState.ON_HOLD)
        periods.set_period_state(s, accountant, "2026-04", PeriodState.CLOSED)
        assert ledger.next_open_date(s, D(2026, 3, 10)) == D(2026, 5, 1)
        periods.set_lock_date(s, accountant, D(2026, 5, 20))
        assert ledger.next_open_date(s, D(2026, 3, 10)) == D(2026, 5, 21)
        assert ledger.next_open_date(s, D(2026, 6, 3)) == D(2026, 6, 3)


def test_no_period_means_no_posting(db: Database, clerk: Actor) -> None:
    with pytest.raises(ledger.NoPeriod, match="There is no accounting period for 1999-05-01"):
        _post(db, clerk, D(1999, 5, 1))


def test_year_end_close_blocks_posting_into_the_year(db: Database, accountant: Actor, clerk: Actor) -> None:
    _post(db, clerk, D(2025, 6, 1))
    with UnitOfWork(db.session_factory) as uow:
        for year in periods.list_fiscal_years(uow.session):
            if year.end_date <= D(2025, 12, 31):
                for p in year.periods:
                    periods.set_period_state(uow.session, accountant, p.name, PeriodState.CLOSED)
                periods.close_year(uow.session, accountant, year.name, confirm=year.name,
                                   clock=lambda: D(2026, 11, 24))
        uow.commit()
    with pytest.raises(ledger.YearClosed, match="The fiscal year 2025 has been closed"):
        _post(db, clerk, D(2025, 12, 31))
    _post(db, clerk, D(2026, 1, 1))


def test_customer_balance_is_minus_the_balance_account_postings(db: Database, clerk: Actor) -> None:
    with UnitOfWork(db.session_factory) as uow:
        s = uow.session
        acc = ledger.account_map(s)
        c = customer(s)
        ledger.post_vouchers(s, clerk, [
            NewVoucher(VoucherKind.PAYMENT, D(2026, 3, 1), [PostingLine(acc.bank, 3000),
                                                            PostingLine(acc.customer_balance, -3000, c.id)]),
            NewVoucher(VoucherKind.BALANCE_APPLIED, D(2026, 3, 2), [PostingLine(acc.customer_balance, 1200, c.id),
                                                                    PostingLine(acc.receivables, -1200, c.id)]),
        ])
        assert ledger.customer_balance_cents(s, c.id) == 1800


# --- posted vouchers never change -------------------------------------------------------------

@pytest.fixture
def posted(db: Database, clerk: Actor) -> int:
    return _post(db, clerk, D(2026, 3, 10))


@pytest.mark.parametrize("change", [
    pytest.param(lambda s, vid: setattr(s.get(Voucher, vid), "description", "edited"), id="voucher-attribute"),
    pytest.param(lambda s, vid: setattr(s.get(Voucher, vid), "voucher_date", D(2026, 3, 11)), id="voucher-date"),
    pytest.param(lambda s, vid: setattr(s.scalars(select(Posting).where(Posting.voucher_id == vid)).first(),
                                        "amount_cents", 1), id="posting-amount"),
    pytest.param(lambda s, vid: s.delete(s.get(Voucher, vid)), id="delete-voucher"),
    pytest.param(lambda s, vid: s.delete(s.scalars(select(Posting).where(Posting.voucher_id == vid)).first()),
                 id="delete-posting"),
    pytest.param(lambda s, vid: s.execute(update(Voucher).where(Voucher.id == vid).values(kind=VoucherKind.MANUAL)),
                 id="bulk-update-voucher"),
    pytest.param(lambda s, vid: s.execute(update(Voucher), [{"id": vid, "description": "x"}]),
                 id="bulk-update-by-primary-key"),
    pytest.param(lambda s, vid: s.execute(update(Posting).where(Posting.voucher_id == vid).values(amount_cents=0)),
                 id="bulk-update-postings"),
    pytest.param(lambda s, vid: s.execute(delete(Posting).where(Posting.voucher_id == vid)), id="bulk-delete-postings"),
    pytest.param(lambda s, vid: s.execute(delete(Voucher.__table__).where(Voucher.__table__.c.id == vid)),
                 id="core-delete-voucher"),
])
def test_a_posted_voucher_cannot_be_changed(db: Database, posted: int, change) -> None:  # noqa: ANN001
    with db.session_factory() as s:
        with pytest.raises(PostedVoucherChanged, match="A posted voucher cannot be changed; post a reversal instead."):
            change(s, posted)
            s.flush()
        s.rollback()
    with db.session_factory() as s:
        v = s.get(Voucher, posted)
        assert v is not None and v.description == "Ticket" and v.kind == VoucherKind.SALE
        assert sorted(s.scalars(select(Posting.amount_cents).where(Posting.voucher_id == posted))) == [-1000, 1000]


def test_a_voucher_posted_in_the_same_transaction_is_already_immutable(db: Database, clerk: Actor) -> None:
    with UnitOfWork(db.session_factory) as uow:
        vid = ledger.post_voucher(uow.session, clerk, _cash_sale(uow.session, D(2026, 3, 10)))
        voucher = uow.session.get(Voucher, vid)
        assert voucher is not None
        voucher.description = "changed before commit"
        with pytest.raises(PostedVoucherChanged):
            uow.session.flush()


def test_settlement_state_may_change_on_a_posted_voucher(db: Database, posted: int) -> None:
    with db.session_factory() as s:
        v = s.get(Voucher, posted)
        assert v is not None
        v.settlement_state = SettlementState.MARKED
        s.commit()
        s.execute(update(Voucher).where(Voucher.id == posted).values(settlement_state=SettlementState.SETTLED))
        s.commit()
    with db.session_factory() as s:
        assert s.scalar(select(Voucher.settlement_state).where(Voucher.id == posted)) == SettlementState.SETTLED
