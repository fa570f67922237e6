"""The Billing tab's flow without Qt: steps, selection, what Run may do, what it sends to the service."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from types import SimpleNamespace

from desktop_app.models.enums import BillingRunKind
from desktop_app.views.billing.flow import BillingFlow, Blocker, Step

TODAY = dt.date(2026, 11, 24)


@dataclass(frozen=True)
class Row:
    request_id: int
    customer_id: int
    amount_cents: int = 1000
    errors: tuple[str, ...] = ()
    price_differs: bool = False
    status: str = "pending"


@dataclass
class Result:
    preview: bool
    errors: tuple = ()
    cancelled: bool = False
    extra: dict = field(default_factory=dict)


def fetched(*rows: Row) -> BillingFlow:
    flow = BillingFlow(TODAY)
    flow.fetch_done(list(rows))
    return flow


def test_a_new_flow_waits_for_fetch_with_preview_on():
    flow = BillingFlow(TODAY)
    assert flow.step is Step.FETCH and flow.preview is True
    assert flow.blocker() is Blocker.NOT_FETCHED and not flow.can_run()
    assert flow.options.until == TODAY and flow.invoice_date() == TODAY


def test_errors_keep_the_clerk_at_the_fix_step_until_revalidation_clears_them():
    flow = fetched(Row(1, 10), Row(2, 11, errors=("Missing email for the email channel",)))
    assert flow.step is Step.FIX and flow.error_count == 1 and flow.billable_count == 1
    flow.revalidated([Row(2, 11)])
    assert flow.step is Step.SELECT and flow.error_count == 0
    assert [r.request_id for r in flow.rows] == [1, 2]


def test_revalidation_drops_requests_billed_elsewhere():
    flow = fetched(Row(1, 10), Row(2, 11))
    flow.select_all()
    flow.revalidated([Row(2, 11, status="billed")])
    assert flow.request_ids() == [1] and flow.selected == {1}


def test_run_needs_a_selection_with_something_billable():
    flow = fetched(Row(1, 10, errors=("x",)), Row(2, 11))
    assert flow.blocker() is Blocker.NOTHING_SELECTED
    flow.set_selection([1])
    assert flow.blocker() is Blocker.ONLY_ERRONEOUS_SELECTED
    flow.set_selection([1, 2])
    assert flow.can_run()


def test_the_run_request_carries_the_selection_and_counts_only_billable_money():
    flow = fetched(Row(1, 10, 500), Row(2, 10, 700), Row(3, 12, 900, errors=("x",)), Row(4, 13, 100))
    flow.set_selection([1, 2, 3])
    flow.set_options(kind=BillingRunKind.SUBSCRIPTIONS, one_invoice_per_order=True,
                     due_date=dt.date(2026, 12, 31), invoice_date=dt.date(2026, 11, 25))
    request = flow.run_request()
    assert request.request_ids == (1, 2, 3)  # the erroneous one goes along to be listed as skipped
    assert (request.billable, request.customers, request.amount_cents) == (2, 1, 1200)
    assert request.preview is True and request.one_invoice_per_order is True
    assert request.invoice_date == dt.date(2026, 11, 25) and request.due_date == dt.date(2026, 12, 31)


def test_a_due_date_before_the_invoice_date_blocks_the_run():
    flow = fetched(Row(1, 10))
    flow.select_all()
    flow.set_options(due_date=TODAY - dt.timedelta(days=1))
    assert flow.blocker() is Blocker.DUE_BEFORE_INVOICE_DATE


def test_changing_the_date_or_the_run_kind_asks_for_a_new_fetch():
    flow = fetched(Row(1, 10))
    flow.select_all()
    flow.set_options(one_invoice_per_order=True)
    assert flow.fetched and flow.selected == {1}
    flow.set_options(kind=BillingRunKind.ADVERTISEMENTS)
    assert flow.step is Step.FETCH and flow.rows == [] and flow.selected == set()


def test_a_preview_shows_its_summary_and_changes_nothing_in_the_list():
    flow = fetched(Row(1, 10))
    flow.select_all()
    flow.run_done(Result(preview=True))
    assert flow.step is Step.SUMMARY and not flow.needs_reload and flow.rows
    flow.back_to_requests()
    assert flow.step is Step.SELECT and flow.selected == {1}


def test_a_real_run_reloads_the_list_and_turns_preview_back_on():
    flow = fetched(Row(1, 10), Row(2, 11, errors=("x",)))
    flow.preview = False
    flow.select_all()
    flow.run_done(Result(preview=False, errors=(SimpleNamespace(request_id=2),)))
    assert flow.step is Step.SUMMARY and flow.needs_reload and flow.preview is True
    flow.reloaded([Row(2, 11, errors=("x",))])
    assert flow.request_ids() == [2] and flow.selected == {2} and not flow.needs_reload


def test_price_differences_are_counted_only_when_highlighted():
    flow = fetched(Row(1, 10, price_differs=True), Row(2, 10))
    assert flow.price_difference_count == 1
    flow.set_options(highlight_price_differences=False)
    assert flow.price_difference_count == 0
