"""Fetching billing requests (W4.1–3): due periods once, each erroneous row with its reason."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from desktop_app.bootstrap import Database
from desktop_app.models import BillingRequest, Order
from desktop_app.models.enums import (
    BillingRequestStatus,
    BillingRunKind,
    BillingSchedule,
    Channel,
    OrderStatus,
    ProductKind,
)
from desktop_app.services.billing import requests as br
from desktop_app.services.foundation.uow import Actor
from tests.integration import billing_support as w

D = dt.date


def test_fetch_creates_each_due_period_once(db: Database, clerk: Actor) -> None:
    with db.session_factory() as s:
        c = w.customer(s)
        monthly = w.order(s, c, w.product(s, "M", schedule=BillingSchedule.MONTHLY, price_cents=990),
                          start=D(2026, 9, 15))
        quarterly = w.order(s, c, w.product(s, "Q", schedule=BillingSchedule.QUARTERLY), start=D(2026, 1, 1))
        yearly = w.order(s, c, w.product(s, "Y"), start=D(2026, 2, 1), end=D(2027, 1, 31))
        one_off = w.order(s, c, w.product(s, "T", kind=ProductKind.SINGLE,
                                          schedule=BillingSchedule.ONE_OFF), start=D(2026, 11, 20))
        later = w.order(s, c, w.product(s, "L"), start=D(2026, 12, 1))
        s.commit()

        first = br.fetch_billing_requests(s, clerk, D(2026, 11, 24), BillingRunKind.SUBSCRIPTIONS)
        s.commit()
        periods = {(r.order_id, r.period_start, r.period_end) for r in first.rows}
        assert periods == {
            (monthly.id, D(2026, 9, 15), D(2026, 10, 14)), (monthly.id, D(2026, 10, 15), D(2026, 11, 14)),
            (monthly.id, D(2026, 11, 15), D(2026, 12, 14)),
            (quarterly.id, D(2026, 1, 1), D(2026, 3, 31)), (quarterly.id, D(2026, 4, 1), D(2026, 6, 30)),
            (quarterly.id, D(2026, 7, 1), D(2026, 9, 30)), (quarterly.id, D(2026, 10, 1), D(2026, 12, 31)),
            (yearly.id, D(2026, 2, 1), D(2027, 1, 31)),
            (one_off.id, D(2026, 11, 20), D(2026, 11, 20)),
        }
        assert first.created == 9 and first.error_count == 0
        assert later.id not in {r.order_id for r in first.rows}
        assert s.get(Order, monthly.id).billed_until == D(2026, 12, 14)

        again = br.fetch_billing_requests(s, clerk, D(2026, 11, 24), BillingRunKind.SUBSCRIPTIONS)
        s.commit()
        assert again.created == 0
        assert [r.request_id for r in again.rows] == [r.request_id for r in first.rows]
        assert s.scalar(select(func.count()).select_from(BillingRequest)) == 9


def test_fetch_does_not_recreate_a_period_whose_request_exists(db: Database, clerk: Actor) -> None:
    """The unique order period holds even when billed_until was lost (e.g. restored from a backup)."""
    with db.session_factory() as s:
        o = w.order(s, w.customer(s), w.product(s, "M", schedule=BillingSchedule.MONTHLY), start=D(2026, 10, 1))
        s.commit()
        assert br.fetch_billing_requests(s, clerk, D(2026, 11, 24)).created == 2
        s.commit()
        s.get(Order, o.id).billed_until = None
        s.commit()
        assert br.fetch_billing_requests(s, clerk, D(2026, 11, 24)).created == 0
        s.commit()
        assert s.scalar(select(func.count()).select_from(BillingRequest)) == 2


def test_ad_orders_make_their_own_requests(db: Database, clerk: Actor) -> None:
    with db.session_factory() as s:
        c = w.customer(s)
        w.order(s, c, w.product(s, "SUB"), start=D(2026, 11, 1))
        ad = w.order(s, c, w.product(s, "AD", kind=ProductKind.ADVERTISEMENT, schedule=BillingSchedule.ONE_OFF),
                     start=D(2026, 11, 10))
        s.commit()
        subs = br.fetch_billing_requests(s, clerk, D(2026, 11, 24), BillingRunKind.SUBSCRIPTIONS)
        ads = br.fetch_billing_requests(s, clerk, D(2026, 11, 24), BillingRunKind.ADVERTISEMENTS)
        s.commit()
        assert [r.product_code for r in subs.rows] == ["SUB"]
        assert [(r.order_id, r.kind) for r in ads.rows] == [(ad.id, BillingRunKind.ADVERTISEMENTS)]


def test_each_erroneous_request_says_why(db: Database, clerk: Actor) -> None:
    with db.session_factory() as s:
        p = w.product(s, "P", price_cents=5000)
        w.order(s, w.customer(s, name="Ok Olli"), p, start=D(2026, 11, 1))
        w.order(s, w.customer(s, name="Paper Pekka", street=""), p, start=D(2026, 11, 1))
        w.order(s, w.customer(s, name="Mail Minna", channel=Channel.EMAIL, email=""), p, start=D(2026, 11, 1))
        w.order(s, w.customer(s, name="Verkko Veli", channel=Channel.EINVOICE, einvoice_address="003712345678"),
                p, start=D(2026, 11, 1))
        w.order(s, w.customer(s, name="Free Frans"), p, start=D(2026, 11, 1), price_cents=0)
        cancelled = w.order(s, w.customer(s, name="Gone Greta"), p, start=D(2026, 11, 1))
        s.commit()
        br.fetch_billing_requests(s, clerk, D(2026, 11, 24))
        s.get(Order, cancelled.id).status = OrderStatus.CANCELLED
        s.commit()

        rows = br.list_billing_requests(s, until=D(2026, 11, 24))
        reasons = {r.customer_name: r.errors for r in rows}
        assert reasons == {
            "Ok Olli": (),
            "Paper Pekka": ("Missing address for the paper channel",),
            "Mail Minna": ("Missing email address for the email channel",),
            "Verkko Veli": ("Missing e-invoice address or operator",),
            "Free Frans": ("Zero or negative price",),
            "Gone Greta": ("The order is cancelled",),
        }
        assert {r.customer_name for r in br.list_billing_requests(s, until=D(2026, 11, 24), errors_only=True)} == \
            set(reasons) - {"Ok Olli"}
        free = next(r for r in rows if r.customer_name == "Free Frans")
        assert free.price_differs and free.list_price == 50 and free.unit_price == 0


def test_reasons_are_translatable_error_templates() -> None:
    from desktop_app.tools.update_error_translations import collect_messages

    messages = set(collect_messages())
    for problem in (br.PaperAddressMissing, br.EmailMissing, br.EinvoiceAddressMissing, br.OrderCancelled,
                    br.NonPositivePrice, br.NoVatRate):
        assert problem.template in messages


def test_revalidation_after_the_clerk_fixes_the_customer_creates_nothing(db: Database, clerk: Actor) -> None:
    with db.session_factory() as s:
        c = w.customer(s, channel=Channel.EMAIL, email="")
        w.order(s, c, w.product(s, "P"), start=D(2026, 11, 1))
        s.commit()
        fetched = br.fetch_billing_requests(s, clerk, D(2026, 11, 24))
        s.commit()
        assert fetched.error_count == 1
        c.email = "fixed@example.fi"
        s.commit()
        rows = br.validate_requests(s, [r.request_id for r in fetched.rows])
        assert [r.errors for r in rows] == [()]
        assert s.scalar(select(func.count()).select_from(BillingRequest)) == 1


def test_cancelled_requests_leave_the_list_and_are_not_fetched_again(db: Database, clerk: Actor) -> None:
    with db.session_factory() as s:
        o = w.order(s, w.customer(s), w.product(s, "P"), start=D(2026, 11, 1))
        s.commit()
        rows = br.fetch_billing_requests(s, clerk, D(2026, 11, 24)).rows
        assert br.cancel_requests(s, clerk, [r.request_id for r in rows]) == 1
        s.commit()
        again = br.fetch_billing_requests(s, clerk, D(2026, 11, 24))
        assert again.created == 0 and again.rows == []
        assert s.scalar(select(BillingRequest.status).where(BillingRequest.order_id == o.id)) == \
            BillingRequestStatus.CANCELLED


@pytest.mark.parametrize(("start", "months", "expected"), [
    (D(2026, 1, 31), 1, D(2026, 2, 28)),
    (D(2024, 1, 31), 1, D(2024, 2, 29)),
    (D(2026, 11, 30), 3, D(2027, 2, 28)),
    (D(2026, 5, 15), 12, D(2027, 5, 15)),
])
def test_add_months_clamps_to_month_end(start: dt.date, months: int, expected: dt.date) -> None:
    assert br.add_months(start, months) == expected


def test_monthly_periods_from_month_end_do_not_drift() -> None:
    periods = br.due_periods(BillingSchedule.MONTHLY, D(2026, 1, 31), None, None, D(2026, 4, 30))
    assert [p[0] for p in periods] == [D(2026, 1, 31), D(2026, 2, 28), D(2026, 3, 31), D(2026, 4, 30)]
    assert periods[0][1] == D(2026, 2, 27)


def test_the_clerk_corrects_a_zero_price_and_the_row_revalidates(db: Database, clerk: Actor) -> None:
    from decimal import Decimal

    from desktop_app.models import AuditEvent

    with db.session_factory() as s:
        w.order(s, w.customer(s), w.product(s, "P", price_cents=2500), start=D(2026, 11, 1), price_cents=0)
        s.commit()
        row = br.fetch_billing_requests(s, clerk, D(2026, 11, 24)).rows[0]
        s.commit()
        assert row.errors == ("Zero or negative price",)
        fixed = br.correct_request(s, clerk, row.request_id, unit_price=Decimal("25.00"), quantity=2)
        s.commit()
        assert (fixed.errors, fixed.amount, fixed.price_differs) == ((), Decimal("50.00"), False)
        assert s.scalar(select(AuditEvent.action).where(AuditEvent.entity_id == row.request_id,
                                                        AuditEvent.entity == "billing_request")) == \
            "billing_request.corrected"


@pytest.mark.parametrize(("price", "quantity", "error"), [
    ("-1.00", None, br.InvalidRequestPrice), ("1.005", None, br.InvalidRequestPrice),
    (None, 0, br.InvalidRequestQuantity),
])
def test_a_bad_correction_is_refused_and_changes_nothing(db: Database, clerk: Actor, price: str | None,
                                                         quantity: int | None, error: type) -> None:
    from decimal import Decimal

    with db.session_factory() as s:
        w.order(s, w.customer(s), w.product(s, "P", price_cents=2500), start=D(2026, 11, 1))
        s.commit()
        row = br.fetch_billing_requests(s, clerk, D(2026, 11, 24)).rows[0]
        s.commit()
        with pytest.raises(error):
            br.correct_request(s, clerk, row.request_id, unit_price=Decimal(price) if price else None,
                               quantity=quantity)
        s.rollback()
        assert br.validate_requests(s, [row.request_id])[0].unit_price_cents == 2500
