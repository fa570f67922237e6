"""Never twice, never half (W4.8): two runs at once, and a run killed in the middle."""

from __future__ import annotations

import datetime as dt
import multiprocessing
import os
import threading

import pytest
from sqlalchemy import func, select

from desktop_app.bootstrap import Database, open_database
from desktop_app.models import BillingRequest, BillingRun, Invoice, InvoiceLine
from desktop_app.models.enums import BillingRequestStatus, Role
from desktop_app.services import billing
from desktop_app.services.billing import requests as br
from desktop_app.services.foundation.setup import ensure_user
from desktop_app.services.foundation.uow import Actor
from desktop_app.services.ledger import checks
from tests.integration import billing_support as w

TODAY = dt.date(2026, 11, 24)
CHUNK = 4


def _world(db: Database, actor: Actor, customers: int) -> list[int]:
    """``customers`` customers with one or two due orders each, a few with credit balance."""
    with db.session_factory() as s:
        p1, p2 = w.product(s, "MAG", price_cents=3990), w.product(s, "NEWS", price_cents=12900)
        for i in range(customers):
            c = w.customer(s, name=f"Asiakas {i:03d}")
            w.order(s, c, p1, start=dt.date(2026, 11, 1))
            if i % 3 == 0:
                w.order(s, c, p2, start=dt.date(2026, 10, 15))
            if i % 5 == 0:
                w.give_balance(s, actor, c, 2000, dt.date(2026, 11, 2))
        s.commit()
        ids = [r.request_id for r in br.fetch_billing_requests(s, actor, TODAY).rows]
        s.commit()
    return ids


def _assert_each_request_billed_at_most_once_and_books_clean(db: Database) -> tuple[int, int]:
    """(billed, pending) request counts, after checking every invariant the run promises."""
    with db.session_factory() as s:
        per_request = s.execute(select(InvoiceLine.billing_request_id, func.count())
                                .where(InvoiceLine.billing_request_id.is_not(None))
                                .group_by(InvoiceLine.billing_request_id)).all()
        assert all(n == 1 for _rid, n in per_request)
        billed = dict(s.execute(select(BillingRequest.id, BillingRequest.invoice_id)
                                .where(BillingRequest.status == BillingRequestStatus.BILLED)).all())
        lines = dict(s.execute(select(InvoiceLine.billing_request_id, InvoiceLine.invoice_id)
                               .where(InvoiceLine.billing_request_id.is_not(None))).all())
        assert billed == lines  # billed exactly when on an invoice, and on that invoice
        pending = s.scalar(select(func.count()).select_from(BillingRequest)
                           .where(BillingRequest.status == BillingRequestStatus.PENDING))
        assert w.ledger_problems(s) == []
        assert [v.message for v in checks.check_ledger(s)] == []
    return len(billed), pending


def test_two_runs_at_once_bill_each_request_once(database_url: str) -> None:
    desks = [open_database(database_url) for _ in range(2)]
    try:
        actor = ensure_user(desks[0].session_factory, "anna.accountant", Role.ACCOUNTANT)
        ids = _world(desks[0], actor, 30)
        barrier = threading.Barrier(2)
        results: list[billing.BillingRunResult] = []
        failures: list[BaseException] = []

        def desk(db: Database) -> None:
            try:
                barrier.wait()
                results.append(billing.run_billing(db.session_factory, actor, until=TODAY, invoice_date=TODAY,
                                                   preview=False, chunk_requests=CHUNK))
            except BaseException as exc:  # noqa: BLE001 - reported below
                failures.append(exc)

        threads = [threading.Thread(target=desk, args=(db,)) for db in desks]
        for t in threads:
            t.start()
        for t in threads:
            t.join(120)
        assert failures == []
        assert sum(r.requests_billed for r in results) == len(ids)
        assert len({r.batch_id for r in results}) == 2
        billed, pending = _assert_each_request_billed_at_most_once_and_books_clean(desks[0])
        assert (billed, pending) == (len(ids), 0)
        with desks[0].session_factory() as s:
            invoices = s.scalar(select(func.count()).select_from(Invoice))
            numbers = list(s.scalars(select(Invoice.number)))
        assert invoices == sum(r.invoices_created for r in results)
        assert len(set(numbers)) == len(numbers)
    finally:
        for db in desks:
            db.dispose()


@pytest.mark.postgres
def test_two_runs_at_once_on_postgresql_with_the_same_selection(pg_url: str) -> None:
    """The clerks of two desks select the same requests and press Run at the same moment."""
    desks = [open_database(pg_url) for _ in range(2)]
    try:
        actor = ensure_user(desks[0].session_factory, "anna.accountant", Role.ACCOUNTANT)
        ids = _world(desks[0], actor, 40)
        barrier = threading.Barrier(2)
        results: list[billing.BillingRunResult] = []

        def desk(db: Database) -> None:
            barrier.wait()
            results.append(billing.run_billing(db.session_factory, actor, ids, invoice_date=TODAY, preview=False,
                                               chunk_requests=CHUNK))

        threads = [threading.Thread(target=desk, args=(db,)) for db in desks]
        for t in threads:
            t.start()
        for t in threads:
            t.join(120)
        assert len(results) == 2
        assert sum(r.requests_billed for r in results) == len(ids)
        assert _assert_each_request_billed_at_most_once_and_books_clean(desks[0]) == (len(ids), 0)
    finally:
        for db in desks:
            db.dispose()


# --- a run killed in the middle ----------------------------------------------------------------

def _killed_run(url: str, kill_at_chunk: int, mid_chunk: bool) -> None:
    """Child process: run billing and die (os._exit: no cleanup, no rollback) at chunk ``kill_at_chunk``.

    After the chunk's commit (progress callback), or in the middle of the next chunk's writes.
    """
    db = open_database(url)
    actor = ensure_user(db.session_factory, "anna.accountant")
    chunks_done = 0
    if mid_chunk:
        original = br.BulkWriter.update

        def dying_update(self: br.BulkWriter, *args: object, **kw: object) -> int:
            if chunks_done >= kill_at_chunk:
                os._exit(3)  # invoices, lines, vouchers and postings of this chunk are written, not committed
            return original(self, *args, **kw)  # type: ignore[arg-type]

        br.BulkWriter.update = dying_update  # type: ignore[method-assign]

    def progress(done: int, total: int) -> None:
        nonlocal chunks_done
        chunks_done += 1
        if not mid_chunk and chunks_done >= kill_at_chunk:
            os._exit(3)

    billing.run_billing(db.session_factory, actor, until=TODAY, invoice_date=TODAY, preview=False,
                        chunk_requests=CHUNK, progress=progress)
    os._exit(0)


@pytest.mark.parametrize("mid_chunk", [False, True], ids=["between-chunks", "inside-a-chunk"])
def test_a_run_killed_in_the_middle_leaves_whole_invoices_and_a_new_run_finishes(
        database_url: str, mid_chunk: bool) -> None:
    db = open_database(database_url)
    try:
        actor = ensure_user(db.session_factory, "anna.accountant", Role.ACCOUNTANT)
        ids = _world(db, actor, 24)
        child = multiprocessing.get_context("spawn").Process(target=_killed_run, args=(database_url, 2, mid_chunk))
        child.start()
        child.join(120)
        assert child.exitcode == 3

        billed, pending = _assert_each_request_billed_at_most_once_and_books_clean(db)
        assert 0 < billed < len(ids) and billed + pending == len(ids)
        with db.session_factory() as s:
            run = s.scalar(select(BillingRun))
            assert run.finished_at is None and run.invoices_created == s.scalar(
                select(func.count()).select_from(Invoice))
            interrupted = billing.billing_run_summary(s, run.batch_id)
        assert not interrupted.finished and interrupted.requests_billed == billed

        rest = billing.run_billing(db.session_factory, actor, until=TODAY, invoice_date=TODAY, preview=False)
        assert rest.requests_billed == pending
        assert _assert_each_request_billed_at_most_once_and_books_clean(db) == (len(ids), 0)
    finally:
        db.dispose()
