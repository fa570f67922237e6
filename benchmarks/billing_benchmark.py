"""Billing run of 100 000 requests on SQLite: seconds, and the ratio to plain sqlite3 executemany.

    .venv/bin/python benchmarks/billing_benchmark.py [--requests 100000] [--keep DIR]

Seeds customers (a few with credit balance, on every channel), products of three VAT classes and
one yearly order per customer; fetches the billing requests (timed apart), then times a preview
and the real run. The floor is the same rows the run wrote (invoices, lines, vouchers, postings,
settlements, audit events, the billed requests) inserted into a copy of the database from before
the run with ``sqlite3`` ``executemany`` in one transaction. Target: the run <= 10 s, goal <= 4x.
"""

from __future__ import annotations

import argparse
import datetime as dt
import shutil
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

from sqlalchemy import insert, select

from desktop_app.bootstrap import open_database
from desktop_app.models import Account, Customer, Order, Posting, Product, Voucher
from desktop_app.models.enums import BillingRunKind, Channel, ProductKind, VatClass, VoucherKind
from desktop_app.services import billing
from desktop_app.services.billing.requests import fetch_billing_requests
from desktop_app.services.foundation import sequences
from desktop_app.services.foundation.setup import ensure_user

TODAY = dt.date(2026, 11, 24)
WRITTEN = ("invoices", "invoice_lines", "vouchers", "postings", "settlements", "audit_events")


def seed(url: str, n: int) -> None:
    db = open_database(url)
    channels = [Channel.PAPER, Channel.EMAIL, Channel.EINVOICE]
    with db.session_factory() as s:
        s.execute(insert(Product), [
            {"code": "MAG", "name": "Aikakauslehti", "kind": ProductKind.SUBSCRIPTION,
             "vat_class": VatClass.PERIODICALS, "price_cents": 8900},
            {"code": "DIG", "name": "Digilehti", "kind": ProductKind.SUBSCRIPTION,
             "vat_class": VatClass.STANDARD, "price_cents": 5900},
            {"code": "BOOK", "name": "Vuosikirja", "kind": ProductKind.SINGLE,
             "vat_class": VatClass.REDUCED, "price_cents": 3450},
        ])
        products = list(s.scalars(select(Product.id).order_by(Product.id)))
        s.execute(insert(Customer), [
            {"customer_number": 10001 + i, "first_name": "Maija", "last_name": f"Virtanen{i}",
             "name": f"Virtanen{i} Maija", "search_name": f"virtanen{i} maija", "street": "Kauppakatu 1",
             "postal_code": "00100", "city": "Helsinki", "email": f"m{i}@example.fi",
             "billing_channel": channels[i % 3], "einvoice_address": "003712345678",
             "einvoice_operator": "003721291126", "payment_term_days": 14}
            for i in range(n)
        ])
        customers = list(s.scalars(select(Customer.id).order_by(Customer.id)))
        s.execute(insert(Order), [
            {"order_number": 500001 + i, "customer_id": cid, "product_id": products[i % 3], "quantity": 1 + i % 2,
             "unit_price_cents": [8900, 5900, 3450][i % 3] - (100 if i % 17 == 0 else 0),
             "period_start": dt.date(2026, 1 + i % 11, 1)}
            for i, cid in enumerate(customers)
        ])
        sequences.ensure_at_least(s, sequences.CUSTOMER, 10001 + n)
        sequences.ensure_at_least(s, sequences.ORDER, 500001 + n)
        bank, balance = (s.scalar(select(Account.id).where(Account.number == number)) for number in ("1910", "2871"))
        holders = customers[::20]
        s.execute(insert(Voucher), [
            {"number": 1 + k, "voucher_date": dt.date(2026, 1, 5), "kind": VoucherKind.PAYMENT,
             "description": "overpayment"} for k in range(len(holders))
        ])
        vids = list(s.scalars(select(Voucher.id).order_by(Voucher.number)))
        s.execute(insert(Posting), [
            row for vid, cid in zip(vids, holders, strict=True) for row in (
                {"voucher_id": vid, "line_no": 1, "account_id": bank, "amount_cents": 2500},
                {"voucher_id": vid, "line_no": 2, "account_id": balance, "amount_cents": -2500, "customer_id": cid})
        ])
        sequences.ensure_at_least(s, sequences.VOUCHER, 1 + len(holders))
        s.commit()
    db.dispose()


def raw_floor(before: Path, after: Path) -> float:
    """Insert the rows the run wrote into the pre-run copy with plain sqlite3 executemany."""
    src = sqlite3.connect(after)
    tables: dict[str, tuple[list[str], list[tuple[object, ...]]]] = {}
    base = sqlite3.connect(before)
    for table in WRITTEN:
        max_id = base.execute(f"SELECT coalesce(max(id), 0) FROM {table}").fetchone()[0]  # noqa: S608
        cur = src.execute(f"SELECT * FROM {table} WHERE id > ?", (max_id,))  # noqa: S608
        tables[table] = ([d[0] for d in cur.description], cur.fetchall())
    billed = src.execute("SELECT status, billing_run_id, invoice_id, id FROM billing_requests "
                         "WHERE status = 'billed'").fetchall()
    run = src.execute("SELECT * FROM billing_runs").fetchall()
    src.close()
    base.close()
    con = sqlite3.connect(before, isolation_level=None)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("PRAGMA synchronous=NORMAL")
    con.execute("PRAGMA foreign_keys=ON")
    start = time.perf_counter()
    con.execute("BEGIN")
    con.executemany(f"INSERT INTO billing_runs VALUES ({','.join('?' * len(run[0]))})", run)
    # Invoices and vouchers point at each other: invoices first without their voucher, as the run does.
    columns, rows = tables["invoices"]
    at = columns.index("voucher_id")
    con.executemany(f"INSERT INTO invoices ({','.join(columns)}) VALUES ({','.join('?' * len(columns))})",
                    [r[:at] + (None,) + r[at + 1:] for r in rows])
    for table in ("invoice_lines", "vouchers", "postings", "settlements", "audit_events"):
        columns, rows = tables[table]
        if rows:
            con.executemany(f"INSERT INTO {table} ({','.join(columns)}) VALUES ({','.join('?' * len(columns))})",
                            rows)
    con.executemany("UPDATE invoices SET voucher_id = ? WHERE id = ?", [(r[at], r[0]) for r in tables["invoices"][1]])
    con.executemany("UPDATE billing_requests SET status = ?, billing_run_id = ?, invoice_id = ? WHERE id = ?",
                    billed)
    con.execute("COMMIT")
    elapsed = time.perf_counter() - start
    con.close()
    return elapsed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=100_000)
    parser.add_argument("--keep", type=Path, help="keep the SQLite databases in this folder")
    parser.add_argument("--database-url", help="an EMPTY PostgreSQL database instead (timings only, no floor)")
    args = parser.parse_args(argv)
    folder = Path(tempfile.mkdtemp(prefix="reskontra-bench-")) if args.keep is None else args.keep
    folder.mkdir(parents=True, exist_ok=True)
    path, copy = folder / "bench.sqlite", folder / "before_run.sqlite"
    for p in (path, copy):
        p.unlink(missing_ok=True)
    url = args.database_url or f"sqlite:///{path}"
    sqlite = url.startswith("sqlite")
    t0 = time.perf_counter()
    seed(url, args.requests)
    print(f"seeded {args.requests} customers and orders in {time.perf_counter() - t0:.1f} s")

    db = open_database(url)
    actor = ensure_user(db.session_factory, "bench")
    t0 = time.perf_counter()
    with db.session_factory() as s:
        fetched = fetch_billing_requests(s, actor, TODAY, BillingRunKind.SUBSCRIPTIONS)
        s.commit()
    print(f"fetch: {fetched.created} billing requests created and listed in {time.perf_counter() - t0:.2f} s")
    db.dispose()
    if sqlite:
        shutil.copyfile(path, copy)

    db = open_database(url)
    t0 = time.perf_counter()
    preview = billing.run_billing(db.session_factory, actor, until=TODAY, invoice_date=TODAY, preview=True)
    t_preview = time.perf_counter() - t0
    t0 = time.perf_counter()
    result = billing.run_billing(db.session_factory, actor, until=TODAY, invoice_date=TODAY, preview=False)
    t_run = time.perf_counter() - t0
    with db.engine.connect() as con:
        counts = {t: con.exec_driver_sql(f"SELECT count(*) FROM {t}").scalar() for t in WRITTEN}  # noqa: S608
    db.dispose()
    assert preview.total == result.total and preview.invoices_created == result.invoices_created
    print(f"preview: {preview.invoices_created} invoices in {t_preview:.2f} s")
    print(f"run:     {result.invoices_created} invoices, {result.requests_billed} requests, total {result.total}, "
          f"balance used {result.balance_used} in {t_run:.2f} s")
    print("rows now: " + ", ".join(f"{t} {n}" for t, n in counts.items()))
    if sqlite:
        t_raw = raw_floor(copy, path)
        print(f"sqlite3 executemany of the same rows: {t_raw:.2f} s")
        print(f"ratio run / raw: {t_run / t_raw:.1f}x (goal <= 4x); run <= 10 s: {'yes' if t_run <= 10 else 'NO'}")
    if args.keep is None:
        shutil.rmtree(folder, ignore_errors=True)
    return 0 if t_run <= 10 or not sqlite else 1


if __name__ == "__main__":
    sys.exit(main())
