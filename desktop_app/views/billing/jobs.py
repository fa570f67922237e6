"""The service calls of the Billing tab, run on the worker thread: plain values in, plain values out.

Each takes the job's session first (``AppContext.read`` / ``write`` open it); the services are
imported when a job runs, so opening the window does not load them.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from desktop_app.models.enums import BillingRunKind

if TYPE_CHECKING:
    from desktop_app.services.billing import BillingRunInfo, BillingRunResult
    from desktop_app.services.billing.requests import BillingRequestRow, FetchResult


def fetch(session: Any, actor: Any, until: dt.date, kind: BillingRunKind, today: dt.date,
          confirmed: bool) -> FetchResult:
    from desktop_app.services.billing.requests import fetch_billing_requests

    return fetch_billing_requests(session, actor, until, kind, today=today, confirmed=confirmed)


def validate(session: Any, request_ids: list[int]) -> list[BillingRequestRow]:
    from desktop_app.services.billing.requests import validate_requests

    return validate_requests(session, request_ids)


def pending(session: Any, until: dt.date, kind: BillingRunKind) -> list[BillingRequestRow]:
    """The requests still pending after a run (the list the page shows again)."""
    from desktop_app.models.enums import BillingRequestStatus
    from desktop_app.services.billing.requests import list_billing_requests

    return list_billing_requests(session, until=until, kind=kind, status=BillingRequestStatus.PENDING)


def runs(session: Any) -> list[BillingRunInfo]:
    from desktop_app.services.billing.history import list_billing_runs

    return list_billing_runs(session)


def summary(session: Any, batch_id: str) -> BillingRunResult:
    from desktop_app.services.billing.history import billing_run_summary

    return billing_run_summary(session, batch_id)


def customer_id(session: Any, number: int) -> int:
    from desktop_app.services.customers.card import customer_id_by_number

    return customer_id_by_number(session, number)
