"""The billing wizard's flow (SPEC W4), in plain Python: no Qt, no SQL, tested without widgets.

fetch → fix errors → select → preview → run → summary. The Billing page keeps one ``BillingFlow``,
feeds it what the services returned and asks it what to show: which step the clerk is at, how many
rows are wrong, whether Run may be pressed and with what selection. The widgets only draw it.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from desktop_app.models.enums import BillingRequestStatus, BillingRunKind

if TYPE_CHECKING:
    from desktop_app.services.billing import BillingRunResult
    from desktop_app.services.billing.requests import BillingRequestRow


class Step(enum.IntEnum):
    FETCH = 0  # nothing fetched yet (or the options changed since)
    FIX = 1  # fetched; some requests have errors
    SELECT = 2  # fetched, nothing wrong in the list: select and run
    SUMMARY = 3  # a run (or a preview) finished: its summary is shown


class Blocker(enum.Enum):
    """Why Run billing cannot be pressed now; the page words it for the clerk."""

    NOT_FETCHED = "not_fetched"
    NOTHING_SELECTED = "nothing_selected"
    ONLY_ERRONEOUS_SELECTED = "only_erroneous_selected"
    DUE_BEFORE_INVOICE_DATE = "due_before_invoice_date"


@dataclass(frozen=True)
class BillingOptions:
    until: dt.date
    kind: BillingRunKind = BillingRunKind.SUBSCRIPTIONS
    invoice_date: dt.date | None = None  # None: the business date
    due_date: dt.date | None = None  # None: each customer's payment terms
    one_invoice_per_order: bool = False
    highlight_price_differences: bool = True


@dataclass(frozen=True)
class RunRequest:
    """Everything the run service needs, as plain values (what the page hands to the worker thread)."""

    request_ids: tuple[int, ...]
    kind: BillingRunKind
    invoice_date: dt.date
    due_date: dt.date | None
    one_invoice_per_order: bool
    preview: bool
    amount_cents: int  # net of the billable selection, for the confirmation text
    customers: int  # customers of the billable selection
    billable: int  # requests that can be billed (the others are skipped with their reasons)


class BillingFlow:
    def __init__(self, today: dt.date) -> None:
        self.today = today
        self.options = BillingOptions(until=today)
        self.rows: list[BillingRequestRow] = []
        self.fetched = False
        self.fetched_with: BillingOptions | None = None
        self.selected: set[int] = set()  # request ids
        self.preview = True  # the guides switch Preview off deliberately before the real run
        self.result: BillingRunResult | None = None
        self.needs_reload = False

    # -- options --------------------------------------------------------------------------------
    def set_options(self, **changes: Any) -> None:
        """Change an option; a different date or run kind means the list must be fetched again."""
        new = replace(self.options, **changes)
        refetch = (new.until, new.kind) != (self.options.until, self.options.kind)
        self.options = new
        if refetch and self.fetched:
            self.fetched = False
            self.rows = []
            self.selected.clear()
            self.result = None

    def invoice_date(self) -> dt.date:
        return self.options.invoice_date or self.today

    # -- fetch and revalidate -------------------------------------------------------------------
    def fetch_done(self, rows: Sequence[BillingRequestRow]) -> None:
        self.rows = list(rows)
        self.fetched = True
        self.fetched_with = self.options
        self.result = None
        ids = {r.request_id for r in self.rows}
        self.selected &= ids

    def revalidated(self, rows: Iterable[BillingRequestRow]) -> None:
        """Fresh rows for some requests (after the clerk fixed a customer); others are kept as they are.

        A request that is no longer pending (billed or cancelled elsewhere) leaves the list.
        """
        fresh = {r.request_id: r for r in rows}
        kept: list[BillingRequestRow] = []
        for row in self.rows:
            new = fresh.get(row.request_id, row)
            if new.status != BillingRequestStatus.PENDING:
                self.selected.discard(row.request_id)
                continue
            kept.append(new)
        self.rows = kept

    def request_ids(self) -> list[int]:
        return [r.request_id for r in self.rows]

    def customer_request_ids(self, customer_id: int) -> list[int]:
        return [r.request_id for r in self.rows if r.customer_id == customer_id]

    # -- counts ---------------------------------------------------------------------------------
    @property
    def error_count(self) -> int:
        return sum(1 for r in self.rows if r.errors)

    @property
    def billable_count(self) -> int:
        return len(self.rows) - self.error_count

    @property
    def price_difference_count(self) -> int:
        return sum(1 for r in self.rows if r.price_differs) if self.options.highlight_price_differences else 0

    @property
    def step(self) -> Step:
        if self.result is not None:
            return Step.SUMMARY
        if not self.fetched:
            return Step.FETCH
        return Step.FIX if self.error_count else Step.SELECT

    # -- selection ------------------------------------------------------------------------------
    def set_selection(self, request_ids: Iterable[int]) -> None:
        self.selected = set(request_ids)

    def select_all(self) -> None:
        self.selected = {r.request_id for r in self.rows}

    def selected_rows(self) -> list[BillingRequestRow]:
        chosen = self.selected
        return [r for r in self.rows if r.request_id in chosen]

    def billable_selection(self) -> list[BillingRequestRow]:
        return [r for r in self.selected_rows() if not r.errors]

    def blocker(self) -> Blocker | None:
        if not self.fetched:
            return Blocker.NOT_FETCHED
        due = self.options.due_date
        if due is not None and due < self.invoice_date():
            return Blocker.DUE_BEFORE_INVOICE_DATE
        if not self.selected:
            return Blocker.NOTHING_SELECTED
        if not self.billable_selection():
            return Blocker.ONLY_ERRONEOUS_SELECTED
        return None

    def can_run(self) -> bool:
        return self.blocker() is None

    def run_request(self) -> RunRequest:
        """The run (or preview) of the selection. Erroneous selected rows go along: the run skips them
        and its summary lists them with their reasons; the amounts here are of the billable ones."""
        billable = self.billable_selection()
        o = self.options
        return RunRequest(
            request_ids=tuple(r.request_id for r in self.selected_rows()), kind=o.kind,
            invoice_date=self.invoice_date(), due_date=o.due_date, one_invoice_per_order=o.one_invoice_per_order,
            preview=self.preview, amount_cents=sum(r.amount_cents for r in billable),
            customers=len({r.customer_id for r in billable}), billable=len(billable),
        )

    # -- the run --------------------------------------------------------------------------------
    def run_done(self, result: BillingRunResult) -> None:
        """A real run changed which requests are pending: ``needs_reload`` until the list is re-read."""
        self.result = result
        if not result.preview:
            self.needs_reload = True
            self.preview = True  # the next run starts as a preview again, as the first one did

    def reloaded(self, rows: Sequence[BillingRequestRow]) -> None:
        """The pending requests after a real run: billed ones are gone, skipped ones stay selected."""
        self.rows = list(rows)
        self.selected &= {r.request_id for r in self.rows}
        self.needs_reload = False

    def back_to_requests(self) -> None:
        """From the summary back to the list (a preview: to switch it off and run for real)."""
        self.result = None
