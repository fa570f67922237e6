"""The billing run (W4.4–10) on SQLite and PostgreSQL: invoices, numbers, VAT, balance, postings."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from desktop_app.bootstrap import Database
from desktop_app.models import (
    Account,
    AuditEvent,
    BillingRequest,
    BillingRun,
    Invoice,
    InvoiceLine,
    Period,
    Posting,
    Settlement,
    Voucher,
)
from desktop_app.models.enums import (
    BillingRequestStatus,
    BillingRunKind,
    Channel,
    InvoiceKind,
    InvoiceStatus,
    LineKind,
    OrderStatus,
    PeriodState,
    ProductKind,
    VatClass,
    VoucherKind,
)
from desktop_app.services import billing, ledger
from desktop_app.services.billing import requests as br
from desktop_app.services.documents import references
from desktop_app.services.foundation import settings as settings_service
from desktop_app.services.foundation.errors import NotFound
from desktop_app.services.foundation.uow import Actor
from tests.integration import billing_support as w

D = dt.date
TODAY = D(2026, 11, 24)
TABLES = (Invoice, InvoiceLine, Voucher, Posting, BillingRun, Settlement, AuditEvent)


def _fetch(db: Database, actor: Actor, kind: BillingRunKind = BillingRunKind.SUBSCRIPTIONS) -> list[br.BillingRequestRow]:
    with db.session_factory() as s:
        rows = br.fetch_billing_requests(s, actor, TODAY, kind).rows
        s.commit()
    return rows


def _run(db: Database, actor: Actor, request_ids: list[int] | None = None, *, preview: bool = False,
         **kw: object) -> billing.BillingRunResult:
    kw.setdefault("until", TODAY)
    kw.setdefault("invoice_date", TODAY)
    return billing.run_billing(db.session_factory, actor, request_ids, preview=preview, **kw)  # type: ignore[arg-type]


def _counts(db: Database) -> dict[str, int]:
    with db.session_factory() as s:
        return {t.__tablename__: s.scalar(select(func.count()).select_from(t)) for t in TABLES}


def _problems(db: Database) -> list[str]:
    with db.session_factory() as s:
        problems = w.ledger_problems(s)
        try:
            from desktop_app.services.ledger import checks
        except ImportError:
            return problems
        return problems + [str(v) for v in checks.check_ledger(s)]


def _comparable(result: billing.BillingRunResult) -> billing.BillingRunResult:
    return dataclasses.replace(
        result, preview=False, invoice_ids=(),
        invoices=tuple(dataclasses.replace(i, invoice_id=None) for i in result.invoices))


def test_one_invoice_per_customer_and_channel_with_a_line_per_request(db: Database, clerk: Actor) -> None:
    with db.session_factory() as s:
        c1 = w.customer(s, name="Aho Anna")
        c2 = w.customer(s, name="Berg Bo", channel=Channel.EMAIL)
        mag, paper = w.product(s, "MAG", price_cents=4990), w.product(s, "NEWS", price_cents=12000)
        w.order(s, c1, mag, start=D(2026, 11, 1))
        w.order(s, c1, paper, start=D(2026, 10, 1), quantity=2)
        w.order(s, c2, mag, start=D(2026, 11, 1))
        s.commit()
    _fetch(db, clerk)
    result = _run(db, clerk)
    assert (result.invoices_created, result.requests_billed, result.requests_skipped) == (2, 3, 0)
    with db.session_factory() as s:
        invoices = s.scalars(select(Invoice).order_by(Invoice.number)).all()
        assert [(i.customer_id, i.channel) for i in invoices] == [(c1.id, Channel.PAPER), (c2.id, Channel.EMAIL)]
        first = invoices[0]
        lines = s.scalars(select(InvoiceLine).where(InvoiceLine.invoice_id == first.id)
                          .order_by(InvoiceLine.line_no)).all()
        assert [(ln.quantity, ln.net_cents) for ln in lines] == [(1, 4990), (2, 24000)]
        # Periodicals 10 %: VAT is rounded once on the sum of the rate, half up.
        assert (first.net_cents, first.vat_cents, first.total_cents) == (28990, 2899, 31889)
        assert first.total_cents == sum(ln.gross_cents for ln in lines)
        assert first.invoice_date == TODAY and first.due_date == TODAY + dt.timedelta(days=14)
        assert first.reference == references.create_domestic(first.number)
        assert first.kind == InvoiceKind.INVOICE and first.status == InvoiceStatus.OPEN
        assert invoices[1].number == first.number + 1
        run = s.scalar(select(BillingRun))
        assert run.batch_id == result.batch_id and result.batch_id.startswith("L20261124-")
        assert all(i.billing_run_id == run.id for i in invoices)
        assert (run.invoices_created, run.total_cents) == (2, 31889 + 5489)
        assert run.finished_at is not None
        requests = s.scalars(select(BillingRequest)).all()
        assert all(r.status == BillingRequestStatus.BILLED and r.invoice_id and r.billing_run_id == run.id
                   for r in requests)
    assert result.total == Decimal("373.78")
    assert _problems(db) == []


def test_one_invoice_per_order_when_asked(db: Database, clerk: Actor) -> None:
    with db.session_factory() as s:
        c = w.customer(s)
        o1 = w.order(s, c, w.product(s, "A"), start=D(2026, 11, 1))
        o2 = w.order(s, c, w.product(s, "B"), start=D(2026, 11, 1))
        s.commit()
    _fetch(db, clerk)
    result = _run(db, clerk, one_invoice_per_order=True)
    assert result.invoices_created == 2
    with db.session_factory() as s:
        assert sorted(s.scalars(select(Invoice.order_id))) == sorted([o1.id, o2.id])
    assert _problems(db) == []


def test_postings_follow_spec_section_5(db: Database, clerk: Actor) -> None:
    with db.session_factory() as s:
        c = w.customer(s)
        w.order(s, c, w.product(s, "MAG", price_cents=10000, vat_class=VatClass.PERIODICALS), start=D(2026, 11, 1))
        w.order(s, c, w.product(s, "BOOK", price_cents=2000, vat_class=VatClass.STANDARD), start=D(2026, 11, 1))
        own = w.product(s, "EVT", price_cents=3000, vat_class=VatClass.STANDARD)
        own.revenue_account_id = s.scalar(select(Account.id).where(Account.number == "3200"))
        w.order(s, c, own, start=D(2026, 11, 1))
        s.commit()
    _fetch(db, clerk)
    _run(db, clerk)
    with db.session_factory() as s:
        inv = s.scalar(select(Invoice))
        voucher = s.get(Voucher, inv.voucher_id)
        assert voucher.kind == VoucherKind.INVOICE and voucher.invoice_id == inv.id
        rows = s.execute(select(Account.number, Posting.amount_cents, Posting.customer_id, Posting.invoice_id,
                                Posting.vat_rate_bp)
                         .join(Account, Account.id == Posting.account_id)
                         .where(Posting.voucher_id == voucher.id).order_by(Posting.line_no)).all()
        vat_std = (2000 + 3000) * 2550 // 10000  # 1275 exactly
        assert [tuple(r) for r in rows] == [
            ("1700", 10000 + 1000 + 5000 + vat_std, c.id, inv.id, None),
            ("3000", -10000, None, None, 1000),
            ("3000", -2000, None, None, 2550),
            ("3200", -3000, None, None, 2550),
            ("2941", -1000, None, None, 1000),
            ("2939", -vat_std, None, None, 2550),
        ]


def test_ad_orders_are_billed_in_their_own_run_to_the_ad_revenue_account(db: Database, clerk: Actor) -> None:
    with db.session_factory() as s:
        c = w.customer(s)
        w.order(s, c, w.product(s, "SUB"), start=D(2026, 11, 1))
        w.order(s, c, w.product(s, "AD", kind=ProductKind.ADVERTISEMENT, vat_class=VatClass.STANDARD,
                                price_cents=40000), start=D(2026, 11, 10))
        s.commit()
    _fetch(db, clerk)
    _fetch(db, clerk, BillingRunKind.ADVERTISEMENTS)
    subs = _run(db, clerk)
    ads = _run(db, clerk, kind=BillingRunKind.ADVERTISEMENTS)
    assert (subs.invoices_created, ads.invoices_created) == (1, 1)
    assert subs.batch_id != ads.batch_id
    with db.session_factory() as s:
        ad = s.get(Invoice, ads.invoice_ids[0])
        assert ad.kind == InvoiceKind.AD_INVOICE
        revenue = s.scalar(select(Account.number).join(Posting, Posting.account_id == Account.id)
                           .where(Posting.voucher_id == ad.voucher_id, Posting.amount_cents < 0,
                                  Posting.vat_rate_bp == 2550, Account.role == "revenue"))
        assert revenue == "3100"


@pytest.mark.parametrize(("start", "rate_bp"), [(D(2024, 8, 15), 2400), (D(2024, 9, 1), 2550)])
def test_vat_is_the_rate_in_force_on_the_period_start(db: Database, clerk: Actor, start: dt.date,
                                                       rate_bp: int) -> None:
    with db.session_factory() as s:
        o = w.order(s, w.customer(s), w.product(s, "STD", price_cents=10000, vat_class=VatClass.STANDARD),
                    start=start, end=start + dt.timedelta(days=30))
        o.billed_until = None
        s.commit()
    _fetch(db, clerk)
    result = _run(db, clerk)
    with db.session_factory() as s:
        line = s.scalar(select(InvoiceLine))
        assert (line.vat_rate_bp, line.vat_cents) == (rate_bp, rate_bp)
    assert [v.key for v in result.by_vat_rate] == [str(rate_bp)]


def test_due_date_from_payment_terms_unless_the_run_sets_one(db: Database, clerk: Actor) -> None:
    with db.session_factory() as s:
        p = w.product(s, "P")
        w.order(s, w.customer(s, payment_term_days=30), p, start=D(2026, 11, 1))
        w.order(s, w.customer(s, payment_term_days=7), p, start=D(2026, 11, 1))
        s.commit()
    rows = _fetch(db, clerk)
    _run(db, clerk, [rows[0].request_id], until=None)
    _run(db, clerk, [rows[1].request_id], until=None, due_date=D(2026, 12, 31))
    with db.session_factory() as s:
        assert list(s.scalars(select(Invoice.due_date).order_by(Invoice.number))) == [
            TODAY + dt.timedelta(days=30), D(2026, 12, 31)]


def test_rf_references_when_the_setting_says_so(db: Database, accountant: Actor) -> None:
    with db.session_factory() as s:
        settings_service.set_value(s, accountant, "billing.reference_format", "rf")
        w.order(s, w.customer(s), w.product(s, "P"), start=D(2026, 11, 1))
        s.commit()
    _fetch(db, accountant)
    _run(db, accountant)
    with db.session_factory() as s:
        inv = s.scalar(select(Invoice))
        assert inv.reference.startswith("RF") and references.is_valid_rf(inv.reference)
        assert inv.reference == references.rf_from_domestic(references.create_domestic(inv.number))


def test_credit_balance_is_applied_first(db: Database, clerk: Actor) -> None:
    with db.session_factory() as s:
        partly, fully = w.customer(s, name="Partly Paula"), w.customer(s, name="Fully Fiia")
        p = w.product(s, "P", price_cents=10000)
        w.order(s, partly, p, start=D(2026, 11, 1))
        w.order(s, fully, p, start=D(2026, 11, 1))
        w.give_balance(s, clerk, partly, 3000, D(2026, 11, 2))
        w.give_balance(s, clerk, fully, 50000, D(2026, 11, 2))
        s.commit()
    _fetch(db, clerk)
    result = _run(db, clerk)
    assert result.balance_used == Decimal("140.00") and result.to_pay == Decimal("80.00")
    with db.session_factory() as s:
        one = s.scalar(select(Invoice).where(Invoice.customer_id == partly.id))
        two = s.scalar(select(Invoice).where(Invoice.customer_id == fully.id))
        assert (one.total_cents, one.balance_applied_cents, one.status) == (11000, 3000, InvoiceStatus.OPEN)
        assert (two.total_cents, two.balance_applied_cents, two.status) == (11000, 11000, InvoiceStatus.PAID)
        balance_line = s.scalar(select(InvoiceLine).where(InvoiceLine.invoice_id == one.id,
                                                          InvoiceLine.kind == LineKind.BALANCE))
        assert balance_line.gross_cents == -3000
        accounts = ledger.account_map(s)
        assert ledger.customer_balance_cents(s, partly.id, accounts) == 0
        assert ledger.customer_balance_cents(s, fully.id, accounts) == 50000 - 11000
        applied = s.scalars(select(Voucher).where(Voucher.kind == VoucherKind.BALANCE_APPLIED)).all()
        assert {v.invoice_id for v in applied} == {one.id, two.id}
        settlement = s.scalar(select(Settlement).where(Settlement.invoice_id == one.id))
        assert (settlement.amount_cents, settlement.payment_id) == (3000, None)
    assert _problems(db) == []


def test_preview_equals_the_run_to_the_cent_and_writes_nothing(db: Database, clerk: Actor) -> None:
    with db.session_factory() as s:
        p10 = w.product(s, "P10", price_cents=3333)
        std = w.product(s, "STD", price_cents=1999, vat_class=VatClass.STANDARD)
        for i in range(7):
            c = w.customer(s, name=f"Asiakas {i}", channel=[Channel.PAPER, Channel.EMAIL][i % 2])
            w.order(s, c, p10, start=D(2026, 11, 1), quantity=i + 1)
            w.order(s, c, std, start=D(2026, 10, 1))
            if i % 3 == 1:
                w.give_balance(s, clerk, c, 1500 * i, D(2026, 11, 1))
        w.order(s, w.customer(s, street=""), p10, start=D(2026, 11, 1))
        s.commit()
    _fetch(db, clerk)
    before = _counts(db)
    preview = _run(db, clerk, preview=True, chunk_requests=3)
    assert _counts(db) == before
    assert preview.preview and preview.invoice_ids == ()
    real = _run(db, clerk, chunk_requests=3)
    assert _comparable(preview) == _comparable(real)
    assert real.invoices_created == 7 and real.requests_skipped == 1
    assert _problems(db) == []


def test_run_twice_creates_no_second_invoice(db: Database, clerk: Actor) -> None:
    with db.session_factory() as s:
        w.order(s, w.customer(s), w.product(s, "P"), start=D(2026, 11, 1))
        s.commit()
    rows = _fetch(db, clerk)
    first = _run(db, clerk, [r.request_id for r in rows])
    second = _run(db, clerk, [r.request_id for r in rows])
    third = _run(db, clerk)
    assert first.invoices_created == 1
    assert (second.invoices_created, third.invoices_created) == (0, 0)
    assert [e.reasons for e in second.errors] == [("The billing request has already been billed",)]
    with db.session_factory() as s:
        assert s.scalar(select(func.count()).select_from(Invoice)) == 1


def test_erroneous_requests_are_skipped_and_stay_pending(db: Database, clerk: Actor) -> None:
    with db.session_factory() as s:
        c = w.customer(s)
        p = w.product(s, "P")
        good = w.order(s, c, p, start=D(2026, 11, 1))
        bad = w.order(s, c, p, start=D(2026, 11, 1))
        s.commit()
    _fetch(db, clerk)
    with db.session_factory() as s:
        s.get(type(bad), bad.id).status = OrderStatus.CANCELLED
        s.commit()
    result = _run(db, clerk)
    assert result.invoices_created == 1 and result.requests_billed == 1
    assert [(e.order_number, e.reason) for e in result.errors] == [(bad.order_number, "The order is cancelled")]
    with db.session_factory() as s:
        statuses = dict(s.execute(select(BillingRequest.order_id, BillingRequest.status)).all())
        assert statuses == {good.id: BillingRequestStatus.BILLED, bad.id: BillingRequestStatus.PENDING}
        assert s.scalar(select(func.count()).select_from(InvoiceLine)) == 1


def test_a_closed_period_refuses_the_run_and_writes_nothing(db: Database, clerk: Actor) -> None:
    with db.session_factory() as s:
        w.order(s, w.customer(s), w.product(s, "P"), start=D(2026, 11, 1))
        s.get(Period, s.scalar(select(Period.id).where(Period.start_date == D(2026, 11, 1)))).state = \
            PeriodState.CLOSED
        s.commit()
    _fetch(db, clerk)
    before = _counts(db)
    with pytest.raises(ledger.PeriodNotOpen):
        _run(db, clerk, preview=True)
    with pytest.raises(ledger.PeriodNotOpen):
        _run(db, clerk)
    assert _counts(db) == before


def test_due_date_before_invoice_date_is_refused(db: Database, clerk: Actor) -> None:
    with pytest.raises(billing.DueBeforeInvoiceDate):
        _run(db, clerk, due_date=TODAY - dt.timedelta(days=1))


def test_cancel_keeps_the_chunks_already_done(db: Database, clerk: Actor) -> None:
    with db.session_factory() as s:
        p = w.product(s, "P")
        for i in range(6):
            w.order(s, w.customer(s, name=f"C {i}"), p, start=D(2026, 11, 1))
        s.commit()
    _fetch(db, clerk)
    seen: list[tuple[int, int]] = []
    result = _run(db, clerk, chunk_requests=2, progress=lambda d, t: seen.append((d, t)),
                  cancel=lambda: len(seen) >= 2)
    assert result.cancelled and result.invoices_created == 4
    assert seen == [(2, 6), (4, 6)]
    with db.session_factory() as s:
        assert s.scalar(select(func.count()).select_from(BillingRequest)
                        .where(BillingRequest.status == BillingRequestStatus.PENDING)) == 2
    rest = _run(db, clerk)
    assert rest.invoices_created == 2
    assert _problems(db) == []


def test_the_run_stays_viewable_later(db: Database, clerk: Actor) -> None:
    with db.session_factory() as s:
        p = w.product(s, "P", price_cents=2500)
        w.order(s, w.customer(s, channel=Channel.EMAIL), p, start=D(2026, 11, 1))
        c = w.customer(s)
        w.order(s, c, p, start=D(2026, 11, 1), quantity=3)
        w.give_balance(s, clerk, c, 1000, D(2026, 11, 1))
        w.order(s, w.customer(s, street=""), p, start=D(2026, 11, 1))
        s.commit()
    _fetch(db, clerk)
    result = _run(db, clerk)
    with db.session_factory() as s:
        later = billing.billing_run_summary(s, result.batch_id)
        assert _comparable(later) == _comparable(result)
        assert [r.batch_id for r in billing.list_billing_runs(s)] == [result.batch_id]
        with pytest.raises(NotFound):
            billing.billing_run_summary(s, "L-nope")


def test_the_run_writes_audit_events_naming_its_invoices(db: Database, clerk: Actor) -> None:
    with db.session_factory() as s:
        p = w.product(s, "P")
        for i in range(3):
            w.order(s, w.customer(s, name=f"C {i}"), p, start=D(2026, 11, 1))
        s.commit()
    _fetch(db, clerk)
    result = _run(db, clerk, chunk_requests=2)
    with db.session_factory() as s:
        events = s.scalars(select(AuditEvent).where(AuditEvent.action == "invoices.created")
                           .order_by(AuditEvent.id)).all()
        assert [e.username for e in events] == [clerk.username, clerk.username]
        numbers = [i.number for i in result.invoices]
        assert [(json.loads(e.after_json)["first_number"], json.loads(e.after_json)["last_number"])
                for e in events] == [(numbers[0], numbers[1]), (numbers[2], numbers[2])]
        actions = set(s.scalars(select(AuditEvent.action)))
        assert {"billing_run.started", "billing_run.finished", "billing_requests.created"} <= actions


customers_st = st.lists(st.tuples(
    st.sampled_from([Channel.PAPER, Channel.EMAIL, Channel.EINVOICE]),
    st.lists(st.tuples(st.integers(-100, 200_000), st.integers(1, 4),
                       st.sampled_from([VatClass.STANDARD, VatClass.PERIODICALS, VatClass.REDUCED, VatClass.ZERO]),
                       st.sampled_from([D(2024, 8, 15), D(2024, 9, 1), D(2025, 12, 31), D(2026, 11, 1)])),
             min_size=1, max_size=3),
    st.integers(0, 60_000),
    st.booleans(),  # billing data complete for the channel
), min_size=1, max_size=5)


@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(world=customers_st, per_order=st.booleans())
def test_property_preview_equals_run_and_the_books_stay_clean(
        db: Database, clerk: Actor, world: list, per_order: bool) -> None:
    from desktop_app.models.enums import BillingSchedule

    order_ids = []
    with db.session_factory() as s:
        for channel, orders, balance, complete in world:
            c = w.customer(s, channel=channel, einvoice_address="003712345678" if complete else "",
                           einvoice_operator="003721291126", email="a@example.fi" if complete else "",
                           street="Katu 1" if complete else "")
            for price, qty, vat_class, start in orders:
                p = w.product(s, f"P{next(w._numbers)}", price_cents=price, vat_class=vat_class,
                              schedule=BillingSchedule.ONE_OFF)
                order_ids.append(w.order(s, c, p, start=start, quantity=qty).id)
            if balance:
                w.give_balance(s, clerk, c, balance, D(2026, 11, 1))
        s.commit()
        ids = [r.request_id for r in br.fetch_billing_requests(s, clerk, TODAY).rows if r.order_id in order_ids]
        s.commit()
    preview = _run(db, clerk, ids, preview=True, one_invoice_per_order=per_order, chunk_requests=3)
    real = _run(db, clerk, ids, one_invoice_per_order=per_order, chunk_requests=3)
    assert _comparable(preview) == _comparable(real)
    assert real.requests_billed + real.requests_skipped == len(ids)
    assert real.total == sum((i.total for i in real.invoices), Decimal(0))
    assert _problems(db) == []
    again = _run(db, clerk, ids)
    assert again.invoices_created == 0
