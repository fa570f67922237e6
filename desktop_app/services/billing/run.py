"""The billing run (laskutusajo, SPEC W4): billing requests become invoices with their postings.

One code path for the preview and the real run. Invoices are computed in plain Python
(``compute``: ``build_invoice``, ``invoice_vouchers``) chunk by chunk; the real run then writes
each chunk in its own transaction and the preview does not. So the preview equals the run to the
cent, and a crash loses at most the chunk in flight, never half an invoice.

A run has three steps: ``_start`` checks and loads everything and (a real run) opens its billing
run row; ``_bill_chunks`` bills the chunks one transaction each; ``_finish`` closes the run row
with its summary.

Never twice: inside its chunk transaction a real run first *claims* its requests with one
``UPDATE … WHERE status = 'pending'`` (``FOR UPDATE SKIP LOCKED`` on PostgreSQL), and bills only
the rows that update returned. A second run, or a second desk at the same moment, finds them billed.

The customer's credit balance is applied first (see ``compute``); its balance_applied voucher gets
a settlement row (no payment) that a clerk can later undo.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session, sessionmaker

from desktop_app.models import (
    Account,
    BillingRequest,
    BillingRun,
    Customer,
    Invoice,
    InvoiceLine,
    NumberSequence,
    Posting,
    Settlement,
    Voucher,
)
from desktop_app.models.enums import (
    AccountRole,
    BillingRequestStatus,
    BillingRunKind,
    InvoiceKind,
    InvoiceStatus,
    ProductKind,
    SettlementState,
    VoucherKind,
)
from desktop_app.services import ledger
from desktop_app.services.billing.compute import (
    Group,
    InvoiceDraft,
    VoucherDraft,
    _chunks,
    _groups,
    build_invoice,
    voucher_drafts,
)
from desktop_app.services.billing.errors import (
    BilledElsewhere,
    DueBeforeInvoiceDate,
    NoRunDate,
    NotYetDue,
    NoVatAccount,
    OtherRunKind,
)
from desktop_app.services.billing.requests import BillingRequestRow, list_billing_requests, validate_requests
from desktop_app.services.billing.results import BillingRunResult, RunTotals, SkippedRequest
from desktop_app.services.documents import references
from desktop_app.services.foundation import audit, sequences
from desktop_app.services.foundation import settings as settings_service
from desktop_app.services.foundation.bulk import IN_CHUNK, BulkWriter, table_of, without_cyclic_gc
from desktop_app.services.foundation.money import cents
from desktop_app.services.foundation.uow import Actor

AD_REVENUE_ACCOUNT = "3100"  # Ilmoitusmyynti in the chart of services.setup
DEFAULT_CHUNK_REQUESTS = 2000
Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]


# --- the run ------------------------------------------------------------------------------------

@dataclass
class _Setup:
    actor: Actor
    kind: BillingRunKind
    invoice_kind: InvoiceKind
    invoice_date: dt.date
    due_date: dt.date | None
    per_order: bool
    reference_format: str
    default_term: int
    accounts: ledger.AccountMap
    ad_account: int
    product_names: dict[str, str] = field(default_factory=dict)

    def revenue_account(self, row: BillingRequestRow) -> int:
        if row.revenue_account_id is not None:
            return row.revenue_account_id
        if row.product_kind == ProductKind.ADVERTISEMENT:
            return self.ad_account
        return self.accounts.revenue_default

    def due_for(self, row: BillingRequestRow) -> dt.date:
        if self.due_date is not None:
            return self.due_date
        term = row.payment_term_days if row.payment_term_days and row.payment_term_days > 0 else self.default_term
        return self.invoice_date + dt.timedelta(days=term)


@dataclass
class _Plan:
    """A run (or a preview) about to bill: what ``_start`` found, and where the chunks stand."""

    setup: _Setup
    chunks: list[list[Group]]
    requests: int  # the valid requests to bill
    skipped: list[SkippedRequest]  # grows by the requests another run billed first
    batch_id: str = ""
    run_id: int | None = None  # None: a preview, or nothing to bill
    next_number: int = 0  # the preview's next invoice number (a real run takes its numbers)


def _batch_id(invoice_date: dt.date, n: int) -> str:
    return f"L{invoice_date:%Y%m%d}-{n:04d}"


def _ad_account(session: Session, accounts: ledger.AccountMap) -> int:
    found = session.scalar(select(Account.id).where(Account.number == AD_REVENUE_ACCOUNT,
                                                    Account.role == AccountRole.REVENUE,
                                                    Account.active.is_(True)))
    return found if found is not None else accounts.revenue_default


def _load_rows(
    session: Session, request_ids: Sequence[int] | None, until: dt.date | None, kind: BillingRunKind
) -> tuple[list[BillingRequestRow], list[SkippedRequest]]:
    if request_ids is None:
        rows = list_billing_requests(session, until=until, kind=kind)
    else:
        rows = validate_requests(session, request_ids)
    valid: list[BillingRequestRow] = []
    skipped: list[SkippedRequest] = []
    for row in rows:
        reasons = row.errors
        if row.kind != kind:
            reasons += (OtherRunKind.template,)
        if until is not None and row.bill_date > until:
            reasons += (NotYetDue.template,)
        if reasons:
            skipped.append(SkippedRequest(row.request_id, row.order_number, row.customer_number, reasons))
        else:
            valid.append(row)
    return valid, skipped


def _balances(session: Session, customer_ids: Sequence[int], accounts: ledger.AccountMap,
              lock: bool) -> dict[int, int]:
    """Credit balances (positive: money we hold) of these customers; locked on PostgreSQL when writing."""
    balances: dict[int, int] = {}
    for i in range(0, len(customer_ids), IN_CHUNK):
        part = customer_ids[i:i + IN_CHUNK]
        stmt = (select(Posting.customer_id, func.sum(Posting.amount_cents))
                .where(Posting.account_id == accounts.customer_balance, Posting.customer_id.in_(part))
                .group_by(Posting.customer_id))
        for cid, total in session.execute(stmt):
            if cid is not None and -cents(total) > 0:
                balances[cid] = -cents(total)
    if lock and balances and session.get_bind().dialect.name == "postgresql":
        # Two runs (or a run and a refund) must not both spend the same balance: lock the
        # customers that have one, in id order, then read their balance again.
        holders = sorted(balances)
        session.execute(select(Customer.id).where(Customer.id.in_(holders)).order_by(Customer.id)
                        .with_for_update(key_share=True)).all()
        balances = {}
        stmt = (select(Posting.customer_id, func.sum(Posting.amount_cents))
                .where(Posting.account_id == accounts.customer_balance, Posting.customer_id.in_(holders))
                .group_by(Posting.customer_id))
        for cid, total in session.execute(stmt):
            if cid is not None and -cents(total) > 0:
                balances[cid] = -cents(total)
    return balances


def _claim(session: Session, request_ids: Sequence[int], run_id: int) -> set[int]:
    """Mark these requests billed by this run, if still pending; returns the ids this run got.

    PostgreSQL: rows another run holds are skipped (SKIP LOCKED), never waited for, so two runs
    over the same requests cannot deadlock; SQLite serialises writers anyway.
    """
    claimed: set[int] = set()
    for i in range(0, len(request_ids), IN_CHUNK):
        part = request_ids[i:i + IN_CHUNK]
        lockable = (select(BillingRequest.id)
                    .where(BillingRequest.id.in_(part), BillingRequest.status == BillingRequestStatus.PENDING)
                    .with_for_update(skip_locked=True))
        table = table_of(BillingRequest)
        result = session.connection().execute(
            update(table)
            .where(table.c.id.in_(lockable), table.c.status == BillingRequestStatus.PENDING)
            .values(status=BillingRequestStatus.BILLED, billing_run_id=run_id)
            .returning(table.c.id)
        )
        claimed.update(result.scalars().all())
    return claimed


def _still_pending(session: Session, request_ids: Sequence[int]) -> set[int]:
    pending: set[int] = set()
    for i in range(0, len(request_ids), IN_CHUNK):
        part = request_ids[i:i + IN_CHUNK]
        pending.update(session.connection().execute(select(BillingRequest.id).where(
            BillingRequest.id.in_(part), BillingRequest.status == BillingRequestStatus.PENDING)).scalars().all())
    return pending


def _bill_chunk(
    session: Session,
    setup: _Setup,
    chunk: list[Group],
    *,
    run_id: int | None,
    next_number: int,
) -> tuple[list[InvoiceDraft], list[int | None], list[SkippedRequest]]:
    """Compute (and, with a run id, write) the invoices of one chunk. Same code for the preview."""
    ids = [r.request_id for g in chunk for r in g]
    writing = run_id is not None
    got = _claim(session, ids, run_id) if run_id is not None else _still_pending(session, ids)
    lost = [r for g in chunk for r in g if r.request_id not in got]
    groups = [kept for g in chunk if (kept := [r for r in g if r.request_id in got])]
    customers = sorted({g[0].customer_id for g in groups})
    balances = _balances(session, customers, setup.accounts, lock=writing)
    first = sequences.take(session, sequences.INVOICE, len(groups)) if writing and groups else next_number
    drafts: list[InvoiceDraft] = []
    for offset, g in enumerate(groups):
        number = first + offset
        draft = build_invoice(
            g, number=number, reference=references.make_reference(number, setup.reference_format),
            invoice_date=setup.invoice_date, due_date=setup.due_for(g[0]), kind=setup.invoice_kind,
            balance_cents=balances.get(g[0].customer_id, 0), revenue_account=setup.revenue_account,
            one_order=setup.per_order,
        )
        if draft.balance_applied_cents:
            balances[draft.customer_id] -= draft.balance_applied_cents
        drafts.append(draft)
    skipped = [SkippedRequest(r.request_id, r.order_number, r.customer_number, (BilledElsewhere.template,))
               for r in lost]
    invoice_ids: list[int | None] = [None] * len(drafts)
    if writing and drafts:
        assert run_id is not None
        invoice_ids = list(_write_chunk(session, setup, run_id, drafts))
    return drafts, invoice_ids, skipped


# --- writing one chunk (a real run) -------------------------------------------------------------

_INVOICE_COLUMNS = ("number", "kind", "customer_id", "order_id", "billing_run_id", "invoice_date", "due_date",
                    "reference", "channel", "language", "net_cents", "vat_cents", "total_cents",
                    "balance_applied_cents", "paid_cents", "status", "no_reminders", "paid_out_iban", "message",
                    "internal_note", "reminder_level", "created_by", "created_at")
_LINE_COLUMNS = ("invoice_id", "line_no", "kind", "order_id", "product_id", "billing_request_id", "description",
                 "period_start", "period_end", "quantity", "unit_price_cents", "net_cents", "vat_rate_bp",
                 "vat_cents", "gross_cents")
_VOUCHER_COLUMNS = ("number", "voucher_date", "kind", "description", "description_values", "invoice_id",
                    "settlement_state", "created_by", "created_at")
_POSTING_COLUMNS = ("voucher_id", "line_no", "account_id", "amount_cents", "customer_id", "invoice_id",
                    "vat_rate_bp", "description", "description_values")
_SETTLEMENT_COLUMNS = ("invoice_id", "amount_cents", "settled_on", "voucher_id", "created_by", "created_at")


def _write_chunk(session: Session, setup: _Setup, run_id: int, drafts: list[InvoiceDraft]) -> list[int]:
    """Write one chunk's invoices, lines, vouchers, postings, settlements and audit events.

    The vouchers obey the ledger's rules (open period after the lock date, balanced, at least two
    lines, numbers from the voucher sequence) and are the ones ``invoice_vouchers`` describes.
    """
    w = BulkWriter(session)
    now = w.converter(table_of(Invoice).c.created_at)(dt.datetime.now(dt.UTC))
    ids = _write_invoices(w, setup, run_id, drafts, now)
    _write_vouchers(session, w, setup, ids, drafts, now)
    w.update(table_of(BillingRequest), "invoice_id", [
        (iid, rid) for iid, d in zip(ids, drafts, strict=True) for rid in d.request_ids
    ])
    runs = table_of(BillingRun)
    session.execute(update(runs).where(runs.c.id == run_id).values(
        invoices_created=runs.c.invoices_created + len(drafts),
        total_cents=runs.c.total_cents + sum(d.total_cents for d in drafts),
    ))
    # One audit event per chunk: the invoices carry their run, creator and time themselves.
    audit.record(session, setup.actor, "invoices.created", "invoice", ids[0],
                 after={"count": len(ids), "first_number": drafts[0].number, "last_number": drafts[-1].number,
                        "billing_run_id": run_id})
    return ids


def _write_invoices(w: BulkWriter, setup: _Setup, run_id: int, drafts: list[InvoiceDraft], now: Any) -> list[int]:
    """Insert the invoices and their lines; returns the invoices' ids in the order of the drafts."""
    invoices = table_of(Invoice)
    day = w.converter(invoices.c.invoice_date)
    invoice_date = day(setup.invoice_date)
    open_, paid = InvoiceStatus.OPEN, InvoiceStatus.PAID  # str enums: bound as their text
    w.insert(invoices, _INVOICE_COLUMNS, [
        (d.number, d.kind, d.customer_id, d.order_id, run_id, invoice_date, day(d.due_date), d.reference,
         d.channel, d.language, d.net_cents, d.vat_cents, d.total_cents, d.balance_applied_cents, 0,
         paid if d.total_cents == d.balance_applied_cents else open_, False, "", "", "", 0, setup.actor.user_id,
         now)
        for d in drafts
    ])
    id_by_number = dict(w.conn.execute(
        select(Invoice.number, Invoice.id).where(Invoice.number.between(drafts[0].number, drafts[-1].number))
    ).all())
    ids = [id_by_number[d.number] for d in drafts]
    w.insert(table_of(InvoiceLine), _LINE_COLUMNS, [
        (iid, n, ln.kind, ln.order_id, ln.product_id, ln.request_id, ln.description,
         day(ln.period_start) if ln.period_start else None, day(ln.period_end) if ln.period_end else None,
         ln.quantity, ln.unit_price_cents, ln.net_cents, ln.vat_rate_bp, ln.vat_cents, ln.net_cents + ln.vat_cents)
        for iid, d in zip(ids, drafts, strict=True)
        for n, ln in enumerate(d.lines, start=1)
    ])
    return ids


def _write_vouchers(session: Session, w: BulkWriter, setup: _Setup, ids: list[int], drafts: list[InvoiceDraft],
                    now: Any) -> None:
    """Insert the invoices' vouchers and postings, link each invoice to its voucher, and settle the
    balance applied."""
    actor = setup.actor
    invoice_date = w.converter(table_of(Invoice).c.invoice_date)(setup.invoice_date)
    vouchers: list[tuple[int, VoucherDraft]] = [
        (iid, v) for iid, d in zip(ids, drafts, strict=True) for v in voucher_drafts(d, iid, setup.accounts)
    ]
    for _iid, v in vouchers:
        if len(v.lines) < 2:
            raise ledger.EmptyVoucher()
        if (difference := sum(ln[1] for ln in v.lines)) != 0:
            raise ledger.UnbalancedVoucher(difference=difference)
    ledger.check_postable(session, setup.invoice_date)
    first = sequences.take(session, sequences.VOUCHER, len(vouchers))
    none = SettlementState.NONE
    w.insert(table_of(Voucher), _VOUCHER_COLUMNS, [
        (first + k, invoice_date, v.kind, v.description, v.values, iid, none, actor.user_id, now)
        for k, (iid, v) in enumerate(vouchers)
    ])
    vid_by_number = dict(w.conn.execute(
        select(Voucher.number, Voucher.id).where(Voucher.number.between(first, first + len(vouchers) - 1))
    ).all())
    voucher_ids = [vid_by_number[first + k] for k in range(len(vouchers))]
    w.insert(table_of(Posting), _POSTING_COLUMNS, [
        (vid, n, *ln)
        for vid, (_iid, v) in zip(voucher_ids, vouchers, strict=True)
        for n, ln in enumerate(v.lines, start=1)
    ])
    audit.record(session, actor, "vouchers.posted", "voucher", voucher_ids[0],
                 after={"count": len(voucher_ids), "first": voucher_ids[0], "last": voucher_ids[-1]})
    w.update(table_of(Invoice), "voucher_id", [
        (vid, iid) for vid, (iid, v) in zip(voucher_ids, vouchers, strict=True) if v.kind == VoucherKind.INVOICE
    ])
    balance_used = {iid: d.balance_applied_cents for iid, d in zip(ids, drafts, strict=True)
                    if d.balance_applied_cents}
    w.insert(table_of(Settlement), _SETTLEMENT_COLUMNS, [
        (iid, balance_used[iid], invoice_date, vid, actor.user_id, now)
        for vid, (iid, v) in zip(voucher_ids, vouchers, strict=True) if v.kind == VoucherKind.BALANCE_APPLIED
    ])


# --- the run in its steps: start, bill the chunks, finish --------------------------------------

def run_billing(
    session_factory: sessionmaker[Session],
    actor: Actor,
    request_ids: Sequence[int] | None = None,
    *,
    until: dt.date | None = None,
    kind: BillingRunKind = BillingRunKind.SUBSCRIPTIONS,
    invoice_date: dt.date,
    due_date: dt.date | None = None,
    one_invoice_per_order: bool = False,
    preview: bool,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
    chunk_requests: int = DEFAULT_CHUNK_REQUESTS,
) -> BillingRunResult:
    """Bill the given pending requests (or every pending one due by ``until``): see the module doc.

    ``preview`` computes exactly the same invoices and writes nothing. ``progress(done, total)``
    is called after each chunk (requests); ``cancel()`` returning True stops before the next chunk,
    keeping the chunks already committed. Erroneous requests are skipped with their reasons.
    """
    kind = BillingRunKind(kind)
    if request_ids is None and until is None:
        raise NoRunDate()
    if due_date is not None and due_date < invoice_date:
        raise DueBeforeInvoiceDate(due_date=due_date.isoformat(), invoice_date=invoice_date.isoformat())
    with without_cyclic_gc():
        return _run(session_factory, actor, request_ids, until=until, kind=kind, invoice_date=invoice_date,
                    due_date=due_date, one_invoice_per_order=one_invoice_per_order, preview=preview,
                    progress=progress, cancel=cancel, chunk_requests=chunk_requests)


def _ensure_sequences(session_factory: sessionmaker[Session]) -> None:
    """Create the number sequences a run takes from, if new, without racing another desk doing the same.

    (``sequences.take`` inserts a missing sequence row itself; two desks doing that at the same
    moment on a fresh PostgreSQL database would collide on its primary key.)
    """
    with session_factory() as session:
        w = BulkWriter(session)
        w.insert(table_of(NumberSequence), ("name", "next_value"),
                 [(name, sequences.STARTS.get(name, 1))
                  for name in (sequences.BILLING_RUN, sequences.INVOICE, sequences.VOUCHER)],
                 skip_duplicates_of=("name",))
        session.commit()


def _check_accounts(session: Session, setup: _Setup, rows: Sequence[BillingRequestRow]) -> None:
    """Every account the run will post on exists and is active (the ledger's rule), checked up front."""
    needed = {setup.accounts.receivables, setup.accounts.customer_balance}
    vat_rates: dict[int, int | None] = {}
    for row in rows:
        needed.add(setup.revenue_account(row))
        if row.vat_rate_bp:
            vat_rates.setdefault(row.vat_rate_bp, row.vat_account_id)
    for rate, account_id in vat_rates.items():
        vat_account = account_id or setup.accounts.vat_by_rate.get(rate)
        if vat_account is None:
            raise NoVatAccount(rate=f"{Decimal(rate) / 100:f} %")
        needed.add(vat_account)
    active = set(session.scalars(select(Account.id).where(Account.id.in_(needed), Account.active.is_(True))))
    missing = sorted(needed - active)
    if missing:
        raise ledger.UnknownAccount(account_id=missing[0])


def _run(
    session_factory: sessionmaker[Session],
    actor: Actor,
    request_ids: Sequence[int] | None,
    *,
    until: dt.date | None,
    kind: BillingRunKind,
    invoice_date: dt.date,
    due_date: dt.date | None,
    one_invoice_per_order: bool,
    preview: bool,
    progress: Progress | None,
    cancel: Cancel | None,
    chunk_requests: int,
) -> BillingRunResult:
    plan = _start(session_factory, actor, request_ids, until=until, kind=kind, invoice_date=invoice_date,
                  due_date=due_date, one_invoice_per_order=one_invoice_per_order, preview=preview,
                  chunk_requests=chunk_requests)
    totals, cancelled = _bill_chunks(session_factory, plan, progress, cancel)
    result = totals.result(batch_id=plan.batch_id, preview=preview, kind=kind, invoice_date=invoice_date,
                           errors=plan.skipped, cancelled=cancelled)
    if plan.run_id is not None:
        _finish(session_factory, plan, result, totals)
    return result


def _start(
    session_factory: sessionmaker[Session],
    actor: Actor,
    request_ids: Sequence[int] | None,
    *,
    until: dt.date | None,
    kind: BillingRunKind,
    invoice_date: dt.date,
    due_date: dt.date | None,
    one_invoice_per_order: bool,
    preview: bool,
    chunk_requests: int,
) -> _Plan:
    """Check the date and the accounts, load and group the requests, and (a real run with something to
    bill) open the billing run row, committed; a preview only peeks at the numbers it would take."""
    with session_factory() as session:
        setup = _setup(session, actor, kind, invoice_date, due_date, one_invoice_per_order)
        valid, skipped = _load_rows(session, request_ids, until, kind)
        setup.product_names = {r.product_code: r.product_name for r in valid}
        _check_accounts(session, setup, valid)
        plan = _Plan(setup, _chunks(_groups(valid, one_invoice_per_order), chunk_requests), len(valid), skipped)
        if preview:
            if plan.chunks:
                plan.batch_id = _batch_id(invoice_date, sequences.peek(session, sequences.BILLING_RUN))
            plan.next_number = sequences.peek(session, sequences.INVOICE)
        elif plan.chunks:
            _ensure_sequences(session_factory)
            _open_run(session, plan, until)
            session.commit()
    return plan


def _setup(session: Session, actor: Actor, kind: BillingRunKind, invoice_date: dt.date, due_date: dt.date | None,
           per_order: bool) -> _Setup:
    """What every invoice of the run needs: the invoice date must be postable; the settings and accounts."""
    ledger.check_postable(session, invoice_date)
    accounts = ledger.account_map(session)
    return _Setup(
        actor=actor, kind=kind,
        invoice_kind=InvoiceKind.AD_INVOICE if kind == BillingRunKind.ADVERTISEMENTS else InvoiceKind.INVOICE,
        invoice_date=invoice_date, due_date=due_date, per_order=per_order,
        reference_format=str(settings_service.get(session, "billing.reference_format")),
        default_term=int(settings_service.get(session, "billing.default_payment_term_days")),
        accounts=accounts, ad_account=_ad_account(session, accounts),
    )


def _open_run(session: Session, plan: _Plan, until: dt.date | None) -> None:
    """Take the run's batch id and write its billing run row and the audit event of its start."""
    setup = plan.setup
    plan.batch_id = _batch_id(setup.invoice_date, sequences.take(session, sequences.BILLING_RUN))
    run = BillingRun(batch_id=plan.batch_id, kind=setup.kind, until_date=until or setup.invoice_date,
                     invoice_date=setup.invoice_date, one_invoice_per_order=setup.per_order,
                     created_by=setup.actor.user_id, requests_skipped=len(plan.skipped))
    session.add(run)
    session.flush()
    plan.run_id = run.id
    audit.record(session, setup.actor, "billing_run.started", "billing_run", run.id,
                 after={"batch_id": plan.batch_id, "kind": setup.kind, "until": until,
                        "invoice_date": setup.invoice_date, "due_date": setup.due_date,
                        "one_invoice_per_order": setup.per_order, "requests": plan.requests})


def _bill_chunks(session_factory: sessionmaker[Session], plan: _Plan, progress: Progress | None,
                 cancel: Cancel | None) -> tuple[RunTotals, bool]:
    """Bill the chunks, one transaction each (a preview commits nothing); True with the totals if the
    clerk cancelled (the chunks done so far stay billed)."""
    setup = plan.setup
    totals = RunTotals()
    next_number = plan.next_number
    done = 0
    for chunk in plan.chunks:
        if cancel is not None and cancel():
            return totals, True
        with session_factory() as session:
            drafts, ids, lost = _bill_chunk(session, setup, chunk, run_id=plan.run_id, next_number=next_number)
            if plan.run_id is not None:
                session.commit()
        next_number += len(drafts)
        plan.skipped.extend(lost)
        for draft, iid in zip(drafts, ids, strict=True):
            totals.add(draft, iid, setup.product_names)
        done += sum(len(g) for g in chunk)
        if progress is not None:
            progress(done, plan.requests)
    return totals, False


def _finish(session_factory: sessionmaker[Session], plan: _Plan, result: BillingRunResult,
            totals: RunTotals) -> None:
    """Close the billing run row: its finishing time, the requests skipped and the summary it keeps."""
    with session_factory() as session:
        run_row = session.get(BillingRun, plan.run_id)
        assert run_row is not None
        run_row.finished_at = dt.datetime.now(dt.UTC)
        run_row.requests_skipped = len(plan.skipped)
        run_row.summary_json = json.dumps(_summary_json(result, plan.setup.due_date), ensure_ascii=False)
        audit.record(session, plan.setup.actor, "billing_run.finished", "billing_run", plan.run_id,
                     after={"batch_id": plan.batch_id, "invoices": result.invoices_created,
                            "total_cents": totals.total, "skipped": len(plan.skipped),
                            "cancelled": result.cancelled})
        session.commit()


def _summary_json(result: BillingRunResult, due_date: dt.date | None) -> dict[str, Any]:
    return {
        "due_date": due_date.isoformat() if due_date else None,
        "cancelled": result.cancelled,
        "skipped": [{"request_id": s.request_id, "order_number": s.order_number,
                     "customer_number": s.customer_number, "reasons": list(s.reasons)} for s in result.errors],
    }
