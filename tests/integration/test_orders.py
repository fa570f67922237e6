"""An order's price changed or the order cancelled from its detail (or ``reskontra order-price`` /
``order-cancel``): the way out of a billing request that says "Zero or negative price", on SQLite
and PostgreSQL."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from sqlalchemy import func, select

from desktop_app import cli
from desktop_app.bootstrap import Database
from desktop_app.models import AuditEvent, BillingRequest, Invoice, Order
from desktop_app.models.enums import (
    BillingRequestStatus,
    BillingSchedule,
    InvoiceStatus,
    OrderStatus,
    ProductKind,
)
from desktop_app.services import billing, customers
from desktop_app.services.billing import orders
from desktop_app.services.billing import requests as br
from desktop_app.services.foundation import money
from desktop_app.services.foundation.errors import ConcurrentChange, ReskontraError
from desktop_app.services.foundation.uow import Actor
from tests.integration import billing_support as w

D = dt.date
TODAY = D(2026, 11, 24)


def _zero_price_order(db: Database, actor: Actor, **kw: object) -> tuple[int, int]:
    """A new yearly order sold at 0,00 € and fetched: (order id, its erroneous request's id)."""
    with db.session_factory() as s:
        o = w.order(s, w.customer(s, name="Salminen Ilkka"), w.product(s, "KAIKU", price_cents=7450),
                    start=D(2026, 11, 20), price_cents=0, **kw)  # type: ignore[arg-type]
        s.commit()
        fetched = br.fetch_billing_requests(s, actor, TODAY)
        s.commit()
        row = next(r for r in fetched.rows if r.order_id == o.id)
        assert row.errors == (br.NonPositivePrice.template,)
        return o.id, row.request_id


def _audit(db: Database, action: str) -> list[AuditEvent]:
    with db.session_factory() as s:
        return list(s.scalars(select(AuditEvent).where(AuditEvent.action == action)))


def test_a_new_price_clears_the_zero_price_error_and_the_run_bills_it(db: Database, clerk: Actor,
                                                                       accountant: Actor) -> None:
    order_id, request_id = _zero_price_order(db, clerk)
    with db.session_factory() as s:
        detail = customers.get_order_detail(s, order_id, today=TODAY)
        assert "change_price" in detail.allowed_actions and "cancel_order" in detail.allowed_actions
        assert detail.pending_requests == 1
        change = orders.change_order_price(s, clerk, order_id, "74,50", "Price missing from the order",
                                           expected_version=detail.version)
        s.commit()
    assert (change.price_before_cents, change.price_after_cents, change.requests_changed) == (0, 7450, 1)
    with db.session_factory() as s:
        [row] = br.validate_requests(s, [request_id])
        assert row.errors == () and row.unit_price_cents == 7450
        assert s.get(Order, order_id).unit_price_cents == 7450  # type: ignore[union-attr]
    [event] = _audit(db, "order.price_changed")
    assert event.username == clerk.username and event.entity_id == order_id and event.customer_id is not None
    assert json.loads(event.before_json)["unit_price_cents"] == 0
    assert json.loads(event.after_json) | {"order_number": 0} == {
        "order_number": 0, "unit_price_cents": 7450, "reason": "Price missing from the order", "billing_requests": 1}

    result = billing.run_billing(db.session_factory, accountant, until=TODAY, invoice_date=TODAY, preview=False)
    assert result.requests_billed == 1 and not result.errors
    with db.session_factory() as s:
        invoice = s.scalar(select(Invoice).where(Invoice.order_id == order_id)) or s.scalar(select(Invoice))
        assert invoice is not None and invoice.total_cents == 7450 + 745  # periodicals VAT 10 %


def test_the_new_price_leaves_billed_invoices_alone_and_is_refused_once_the_whole_period_is_billed(
        db: Database, clerk: Actor, accountant: Actor) -> None:
    with db.session_factory() as s:
        one_off = w.order(s, w.customer(s), w.product(s, "BOOK", kind=ProductKind.SINGLE, price_cents=2500,
                                                      schedule=BillingSchedule.ONE_OFF), start=D(2026, 11, 20))
        s.commit()
        br.fetch_billing_requests(s, clerk, TODAY)
        s.commit()
    billing.run_billing(db.session_factory, accountant, until=TODAY, invoice_date=TODAY, preview=False)
    with db.session_factory() as s:
        detail = customers.get_order_detail(s, one_off.id, today=TODAY)
        assert "change_price" not in detail.allowed_actions and "cancel_order" not in detail.allowed_actions
        with pytest.raises(orders.OrderFullyBilled) as info:
            orders.change_order_price(s, clerk, one_off.id, "30", "late rise")
        assert str(detail.order_number) in str(info.value)
        with pytest.raises(orders.OrderHasInvoices):
            orders.cancel_order(s, clerk, one_off.id, "customer regrets")
        s.rollback()
        assert s.get(Order, one_off.id).unit_price_cents == 2500  # type: ignore[union-attr]
        assert s.get(Order, one_off.id).status == OrderStatus.ACTIVE  # type: ignore[union-attr]
    assert _audit(db, "order.price_changed") == [] and _audit(db, "order.cancelled") == []


def test_a_continuing_order_takes_the_new_price_from_its_next_request_on(db: Database, clerk: Actor,
                                                                         accountant: Actor) -> None:
    with db.session_factory() as s:
        monthly = w.order(s, w.customer(s), w.product(s, "M", price_cents=990, schedule=BillingSchedule.MONTHLY),
                          start=D(2026, 10, 15))
        s.commit()
        br.fetch_billing_requests(s, clerk, D(2026, 10, 20))
        s.commit()
    billing.run_billing(db.session_factory, accountant, until=D(2026, 10, 20), invoice_date=D(2026, 10, 20),
                        preview=False)
    with db.session_factory() as s:
        assert "change_price" in customers.get_order_detail(s, monthly.id, today=TODAY).allowed_actions
        orders.change_order_price(s, clerk, monthly.id, "12.90", "new price list")
        s.commit()
        fetched = br.fetch_billing_requests(s, clerk, TODAY)
        s.commit()
        assert [r.unit_price_cents for r in fetched.rows] == [1290]  # 15.11.–14.12.
        billed = s.scalars(select(BillingRequest.unit_price_cents)
                           .where(BillingRequest.status == BillingRequestStatus.BILLED)).all()
        assert billed == [990]  # the October invoice keeps its price
        assert s.scalar(select(Invoice.total_cents)) == 990 + 99


@pytest.mark.parametrize(("text", "error"), [
    ("0", orders.PriceNotPositive), ("-5,00", orders.PriceNotPositive), ("49,901", money.AmountTooPrecise),
    ("0,001", money.AmountTooPrecise), ("viisi", money.AmountNotANumber), ("", money.AmountMissing),
    ("NaN", money.AmountNotANumber), ("1,234.50", money.AmountAmbiguous),
])
def test_a_price_that_is_not_positive_euros_and_cents_is_refused(db: Database, clerk: Actor, text: str,
                                                                  error: type[ReskontraError]) -> None:
    order_id, request_id = _zero_price_order(db, clerk)
    with db.session_factory() as s:
        with pytest.raises(error) as info:
            orders.change_order_price(s, clerk, order_id, text, "fix")
        assert info.value.field == "price"
        s.rollback()
        [row] = br.validate_requests(s, [request_id])
        assert row.unit_price_cents == 0 and row.errors
    assert orders.parse_price("1 234,50") == 123450 and orders.parse_price("1234.50") == 123450


def test_a_change_needs_a_reason_the_version_the_clerk_saw_and_a_new_price(db: Database, clerk: Actor) -> None:
    order_id, _ = _zero_price_order(db, clerk)
    with db.session_factory() as s:
        version = customers.get_order_detail(s, order_id, today=TODAY).version
        with pytest.raises(orders.ReasonMissing):
            orders.change_order_price(s, clerk, order_id, "10", "   ")
        with pytest.raises(orders.ReasonMissing):
            orders.cancel_order(s, clerk, order_id, "")
    with db.session_factory() as s:
        orders.change_order_price(s, clerk, order_id, "10", "first desk", expected_version=version)
        s.commit()
    with db.session_factory() as s:
        with pytest.raises(ConcurrentChange):  # a second desk still showing the old order
            orders.change_order_price(s, clerk, order_id, "20", "second desk", expected_version=version)
        with pytest.raises(orders.PriceUnchanged):
            orders.change_order_price(s, clerk, order_id, "10,00", "again")
    assert len(_audit(db, "order.price_changed")) == 1


def test_cancelling_an_unbilled_order_takes_its_requests_off_the_list(db: Database, clerk: Actor) -> None:
    order_id, request_id = _zero_price_order(db, clerk)
    with db.session_factory() as s:
        change = orders.cancel_order(s, clerk, order_id, "Ordered by mistake")
        s.commit()
        assert change.status == OrderStatus.CANCELLED and change.requests_changed == 1
        assert br.fetch_billing_requests(s, clerk, TODAY).rows == []
        s.commit()
        request = s.get(BillingRequest, request_id)
        assert request is not None and request.status == BillingRequestStatus.CANCELLED
        detail = customers.get_order_detail(s, order_id, today=TODAY)
        assert detail.status == OrderStatus.CANCELLED and detail.cancelled_at is not None
        assert detail.allowed_actions == () and detail.pending_requests == 0
        with pytest.raises(orders.OrderIsCancelled):
            orders.cancel_order(s, clerk, order_id, "twice")
        with pytest.raises(orders.OrderIsCancelled):
            orders.change_order_price(s, clerk, order_id, "10", "too late")
    [event] = _audit(db, "order.cancelled")
    assert json.loads(event.before_json)["status"] == "active"
    assert json.loads(event.after_json)["status"] == "cancelled"
    assert json.loads(event.after_json)["reason"] == "Ordered by mistake"
    assert len(_audit(db, "billing_request.cancelled")) == 1


@pytest.mark.parametrize("status", [OrderStatus.CUT_OFF, OrderStatus.ENDED, OrderStatus.REFUNDED])
def test_an_order_no_longer_active_cannot_be_changed(db: Database, clerk: Actor, status: OrderStatus) -> None:
    with db.session_factory() as s:
        o = w.order(s, w.customer(s), w.product(s, "K"), start=D(2026, 1, 1), status=status)
        s.commit()
        with pytest.raises(orders.OrderNotActive):
            orders.change_order_price(s, clerk, o.id, "10", "x")
        with pytest.raises(orders.OrderNotActive):
            orders.cancel_order(s, clerk, o.id, "x")


def test_the_commands_change_the_price_and_cancel_with_the_same_rules(db: Database, database_url: str,
                                                                      clerk: Actor, capsys) -> None:
    order_id, request_id = _zero_price_order(db, clerk)
    with db.session_factory() as s:
        number = s.get(Order, order_id).order_number  # type: ignore[union-attr]
        other = w.order(s, w.customer(s, name="Aho Anna"), w.product(s, "OTHER"), start=D(2026, 12, 20))
        s.commit()
    base = ["--database-url", database_url, "--today", TODAY.isoformat(), "--user", "kalle.clerk"]
    assert cli.main([*base, "--lang", "fi", "order-price", str(number), "12,345", "--reason", "x"]) == cli.EXIT_ERROR
    assert "enemmän kuin kaksi desimaalia" in capsys.readouterr().err
    assert cli.main([*base, "--lang", "sv", "order-price", str(number), "0", "--reason", "x"]) == cli.EXIT_ERROR
    assert "större än noll" in capsys.readouterr().err
    assert cli.main([*base, "--json", "order-price", str(number), "74.50", "--reason", "Hinta puuttui"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out == {"order_number": number, "status": "active", "price_before": "0.00", "price_after": "74.50",
                   "billing_requests": 1}
    with db.session_factory() as s:
        assert br.validate_requests(s, [request_id])[0].errors == ()
    assert cli.main([*base, "--lang", "en", "order-cancel", str(other.order_number), "--reason", "mistake"]) == 0
    assert f"Order {other.order_number} cancelled" in capsys.readouterr().out
    assert cli.main([*base, "--lang", "en", "order-cancel", str(other.order_number), "--reason", "again"]) == 2
    assert "is cancelled" in capsys.readouterr().err
    with db.session_factory() as s:
        assert s.scalar(select(func.count()).select_from(AuditEvent)
                        .where(AuditEvent.action.in_(("order.price_changed", "order.cancelled")))) == 2
        assert s.get(Order, other.id).status == OrderStatus.CANCELLED  # type: ignore[union-attr]
        assert s.scalar(select(func.count()).select_from(Invoice).where(Invoice.status == InvoiceStatus.OPEN)) == 0


def _cancelled_with_a_request(db: Database, actor: Actor) -> tuple[int, int]:
    """An order cancelled after its period was requested (the demo's "The order is cancelled" rows)."""
    with db.session_factory() as s:
        o = w.order(s, w.customer(s, name="Virtanen Ebba"), w.product(s, "KAIKU-C"), start=D(2026, 11, 22))
        s.commit()
        br.fetch_billing_requests(s, actor, TODAY)
        s.get(Order, o.id).status = OrderStatus.CANCELLED  # type: ignore[union-attr]
        s.commit()
        [row] = [r for r in br.list_billing_requests(s, until=TODAY) if r.order_id == o.id]
        assert row.errors == (br.OrderCancelled.template,)
        return o.id, row.request_id


def test_the_requests_of_a_cancelled_order_can_be_taken_off_the_list(db: Database, clerk: Actor) -> None:
    order_id, request_id = _cancelled_with_a_request(db, clerk)
    with db.session_factory() as s:
        detail = customers.get_order_detail(s, order_id, today=TODAY)
        assert detail.allowed_actions == ("withdraw_requests",) and detail.pending_requests == 1
        with pytest.raises(orders.ReasonMissing):
            orders.withdraw_requests(s, clerk, order_id, " ")
        change = orders.withdraw_requests(s, clerk, order_id, "Peruttu ennen laskutusta",
                                          expected_version=detail.version)
        s.commit()
        assert change.requests_changed == 1 and change.action == "order.requests_withdrawn"
        assert br.fetch_billing_requests(s, clerk, TODAY).rows == []  # the error is gone and does not come back
        s.commit()
        assert s.get(BillingRequest, request_id).status == BillingRequestStatus.CANCELLED  # type: ignore[union-attr]
        assert customers.get_order_detail(s, order_id, today=TODAY).allowed_actions == ()
        with pytest.raises(orders.NoPendingRequests):
            orders.withdraw_requests(s, clerk, order_id, "twice")
    [event] = _audit(db, "order.requests_withdrawn")
    assert json.loads(event.before_json)["billing_requests"] == 1
    assert json.loads(event.after_json)["reason"] == "Peruttu ennen laskutusta"


def test_the_requests_of_an_active_order_are_not_taken_off_the_list(db: Database, clerk: Actor,
                                                                    database_url: str, capsys) -> None:
    order_id, _ = _zero_price_order(db, clerk)
    with db.session_factory() as s:
        number = s.get(Order, order_id).order_number  # type: ignore[union-attr]
        with pytest.raises(orders.OrderStillActive):
            orders.withdraw_requests(s, clerk, order_id, "x")
    base = ["--database-url", database_url, "--today", TODAY.isoformat(), "--user", "kalle.clerk", "--lang", "fi"]
    assert cli.main([*base, "order-withdraw-requests", str(number), "--reason", "x"]) == cli.EXIT_ERROR
    assert "on voimassa" in capsys.readouterr().err
    cancelled_id, _ = _cancelled_with_a_request(db, clerk)
    with db.session_factory() as s:
        cancelled = s.get(Order, cancelled_id).order_number  # type: ignore[union-attr]
    assert cli.main([*base, "--json", "order-withdraw-requests", str(cancelled), "--reason", "peruttu"]) == 0
    assert json.loads(capsys.readouterr().out)["billing_requests"] == 1
