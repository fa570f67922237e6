"""Reminder candidates over 1 000 000 invoices (SPEC W3): seconds for ``reminders.candidates`` at levels 1 and 2.

    .venv/bin/python benchmarks/reminders_benchmark.py [--invoices 1000000] [--keep DIR]
    .venv/bin/python benchmarks/reminders_benchmark.py --database-url postgresql+psycopg://…/EMPTY_DB

A database that already has invoices (``--keep`` folder, or ``--database-url``) is timed as it is.

Seeds 200 000 customers (a tenth of them companies, 2 % with credit balance, some with the
no-reminders flag), one order per customer (a few cut off) and the invoices with ``BulkWriter``:
about 30 % open and overdue (by 1 to 120 days), 5 % open and not yet due, the rest paid; a
reminder #1 for a fifth of the long overdue ones and a #2 for a tenth of those (they count in the
total). Then it times ``candidates`` (a fresh session each time, the best of three) and prints the
list sizes. Target: <= 2 s at 1 000 000 invoices.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import sys
import tempfile
import time
from pathlib import Path

from sqlalchemy import insert, select, update

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from desktop_app.bootstrap import open_database  # noqa: E402
from desktop_app.models import Account, Customer, Invoice, InvoiceLine, Order, Posting, Product, Voucher  # noqa: E402
from desktop_app.models.enums import (  # noqa: E402
    Channel,
    CustomerKind,
    InvoiceKind,
    InvoiceStatus,
    LineKind,
    OrderStatus,
    ProductKind,
    VatClass,
    VoucherKind,
)
from desktop_app.services import reminders
from desktop_app.services.documents import references
from desktop_app.services.foundation import sequences
from desktop_app.services.foundation.bulk import BulkWriter, table_of  # noqa: E402

TODAY = dt.date(2026, 11, 24)
CHUNK = 50_000


def seed(url: str, n_invoices: int, n_customers: int = 200_000) -> None:
    rng = random.Random(20261124)
    db = open_database(url)
    with db.session_factory() as s:
        w = BulkWriter(s)
        day = w.converter(Invoice.__table__.c.invoice_date)
        now = w.converter(Invoice.__table__.c.created_at)(dt.datetime.now(dt.UTC))
        s.execute(insert(Product), [{"code": "MAG", "name": "Aikakauslehti", "kind": ProductKind.SUBSCRIPTION,
                                     "vat_class": VatClass.PERIODICALS, "price_cents": 4990}])
        product = s.scalar(select(Product.id))
        s.execute(insert(Customer), [
            {"customer_number": 10001 + i, "kind": CustomerKind.COMPANY if i % 10 == 0 else CustomerKind.PERSON,
             "first_name": "Maija", "last_name": f"Virtanen{i}", "name": f"Virtanen{i} Maija",
             "search_name": f"virtanen{i} maija", "street": "Kauppakatu 1", "postal_code": "00100",
             "city": "Helsinki", "email": f"m{i}@example.fi", "no_reminders": i % 97 == 0}
            for i in range(n_customers)])
        customers = list(s.scalars(select(Customer.id).order_by(Customer.id)))
        s.execute(insert(Order), [
            {"order_number": 500001 + k, "customer_id": cid, "product_id": product, "unit_price_cents": 4990,
             "period_start": dt.date(2024, 1, 1),
             "status": OrderStatus.CUT_OFF if k % 211 == 0 else OrderStatus.ACTIVE}
            for k, cid in enumerate(customers)])
        order_of = dict(s.execute(select(Order.customer_id, Order.id)).all())

        columns = ("number", "kind", "customer_id", "order_id", "parent_invoice_id", "reminder_level",
                   "invoice_date", "due_date", "reference", "channel", "language", "net_cents", "vat_cents",
                   "total_cents", "balance_applied_cents", "paid_cents", "status", "no_reminders", "paid_out_iban",
                   "message", "internal_note", "created_at")
        n_reminder1 = n_invoices // 50
        n_reminder2 = n_reminder1 // 10
        n_plain = n_invoices - n_reminder1 - n_reminder2
        parents: list[tuple[int, dt.date]] = []  # (number, due) of long overdue invoices that get a reminder
        rows = []
        first_number = 100001
        for k in range(n_plain):
            number = first_number + k
            cid = customers[rng.randrange(n_customers)]
            roll = rng.random()
            if roll < 0.30:  # open, overdue
                due, status, paid = TODAY - dt.timedelta(days=rng.randint(1, 120)), InvoiceStatus.OPEN, 0
                if (TODAY - due).days > 40 and len(parents) < n_reminder1:
                    parents.append((number, due))
            elif roll < 0.35:  # open, not yet due
                due, status, paid = TODAY + dt.timedelta(days=rng.randint(0, 14)), InvoiceStatus.OPEN, 0
            else:
                due, status, paid = TODAY - dt.timedelta(days=rng.randint(1, 1000)), InvoiceStatus.PAID, 5489
            rows.append((number, InvoiceKind.INVOICE, cid, order_of[cid], None, 0, day(due - dt.timedelta(days=14)),
                         day(due), references.create_domestic(number), Channel.PAPER, "fi", 4990, 499, 5489, 0, paid,
                         status, k % 1013 == 0, "", "", "", now))
            if len(rows) >= CHUNK:
                w.insert(table_of(Invoice), columns, rows)
                rows = []
        w.insert(table_of(Invoice), columns, rows)
        id_of: dict[int, int] = {}
        cust_of: dict[int, int] = {}
        wanted = [p for p, _d in parents]
        for i in range(0, len(wanted), 5000):
            for num, iid, cid in s.execute(select(Invoice.number, Invoice.id, Invoice.customer_id)
                                           .where(Invoice.number.in_(wanted[i:i + 5000]))):
                id_of[num], cust_of[num] = iid, cid
        number = first_number + n_plain
        letters = []
        for k, (pnum, due) in enumerate(parents):
            r1_date = due + dt.timedelta(days=15)
            letters.append((number, 1, pnum, r1_date))
            number += 1
            if k < n_reminder2 and (TODAY - r1_date).days > 35:
                letters.append((number, 2, pnum, r1_date + dt.timedelta(days=21)))
                number += 1
        rows = [(num, InvoiceKind.REMINDER, cust_of[pnum], order_of[cust_of[pnum]], id_of[pnum], level,
                 day(on), day(on + dt.timedelta(days=14)), references.create_domestic(num), Channel.PAPER, "fi",
                 500, 0, 500, 0, 0, InvoiceStatus.OPEN, False, "", "", "", now)
                for num, level, pnum, on in letters]
        w.insert(table_of(Invoice), columns, rows)
        # They went out (a #2 follows only a sent #1).
        s.execute(update(Invoice).where(Invoice.kind == InvoiceKind.REMINDER).values(sent_at=dt.datetime.now(dt.UTC))
                  .execution_options(synchronize_session=False))
        reminder_ids = list(s.scalars(select(Invoice.id).where(Invoice.kind == InvoiceKind.REMINDER)))
        w.insert(table_of(InvoiceLine), (
            "invoice_id", "line_no", "kind", "description", "quantity", "unit_price_cents", "net_cents",
            "vat_rate_bp", "vat_cents", "gross_cents"),
            [(rid, 1, LineKind.FEE, "Muistutusmaksu", 1, 500, 500, 0, 0, 500) for rid in reminder_ids])
        sequences.ensure_at_least(s, sequences.INVOICE, number)
        sequences.ensure_at_least(s, sequences.CUSTOMER, 10001 + n_customers)

        bank, balance = (s.scalar(select(Account.id).where(Account.number == n)) for n in ("1910", "2871"))
        holders = customers[::50]
        s.execute(insert(Voucher), [
            {"number": 1 + k, "voucher_date": dt.date(2026, 1, 5), "kind": VoucherKind.PAYMENT,
             "description": "overpayment"} for k in range(len(holders))])
        vids = list(s.scalars(select(Voucher.id).order_by(Voucher.number)))
        s.execute(insert(Posting), [
            row for vid, cid in zip(vids, holders, strict=True) for row in (
                {"voucher_id": vid, "line_no": 1, "account_id": bank, "amount_cents": 6000},
                {"voucher_id": vid, "line_no": 2, "account_id": balance, "amount_cents": -6000,
                 "customer_id": cid})])
        sequences.ensure_at_least(s, sequences.VOUCHER, 1 + len(holders))
        s.commit()
    if db.is_sqlite:
        with db.engine.connect() as conn:
            conn.exec_driver_sql("ANALYZE")
    else:
        with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.exec_driver_sql("VACUUM ANALYZE")
    db.dispose()


def _empty(url: str) -> bool:
    db = open_database(url)
    try:
        with db.session_factory() as s:
            return s.scalar(select(Invoice.id).limit(1)) is None
    finally:
        db.dispose()


def time_candidates(url: str, level: int, repeat: int = 3) -> tuple[list[float], reminders.CandidateList]:
    """Seconds of each of ``repeat`` calls (a fresh session each), and the last result."""
    db = open_database(url)
    seconds: list[float] = []
    result = None
    try:
        for _ in range(repeat):
            with db.session_factory() as s:
                start = time.perf_counter()
                result = reminders.candidates(s, level, TODAY)
                seconds.append(time.perf_counter() - start)
    finally:
        db.dispose()
    assert result is not None
    return seconds, result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--invoices", type=int, default=1_000_000)
    parser.add_argument("--keep", type=Path, help="keep the SQLite database in this folder (and reuse it)")
    parser.add_argument("--database-url", help="an EMPTY PostgreSQL database instead of a new SQLite file")
    args = parser.parse_args(argv)
    if args.database_url:
        url = args.database_url
        fresh = _empty(url)
    else:
        folder = args.keep or Path(tempfile.mkdtemp(prefix="reskontra-bench-"))
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"reminders_{args.invoices}.sqlite"
        fresh = not path.exists()
        url = f"sqlite:///{path}"
    if fresh:
        t0 = time.perf_counter()
        seed(url, args.invoices)
        print(f"seeded {args.invoices} invoices in {time.perf_counter() - t0:.1f} s")
    print(f"database: {url.split('://')[0]}, CPUs: {os.cpu_count()}")
    for level in (1, 2):
        seconds, listing = time_candidates(url, level)
        print(f"candidates level {level}: best {min(seconds):.2f} s, worst {max(seconds):.2f} s of {len(seconds)} "
              f"({len(listing.eligible)} eligible, {len(listing.not_eligible)} not eligible)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
