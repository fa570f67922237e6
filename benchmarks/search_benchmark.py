"""Customer search latency over a large demo database (SPEC W1.1; targets p95 <= 20 ms SQLite, 30 ms PostgreSQL).

Each timed call is what the front page does per keystroke pause: a new session and one
``search_customers(session, text, limit=50)``. Query texts are drawn (seeded) from the data itself,
so every lookup kind hits real rows: name prefixes (one and two words), customer numbers, emails
(whole and prefix), phone numbers in three formats, invoice numbers, order and reference numbers.

    python benchmarks/search_benchmark.py --customers 1000000 \
        --sqlite /tmp/search_1m.sqlite --postgresql postgresql+psycopg://postgres@127.0.0.1:5432/search_1m

A database that already holds customers is reused as it is (so the 1 M load is paid once).
Not part of the test suite.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import func, select, text
from sqlalchemy.engine import make_url

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from desktop_app.bootstrap import Database, open_database  # noqa: E402
from desktop_app.models import Customer, Invoice, Order  # noqa: E402
from desktop_app.services.customers.search import search_customers  # noqa: E402

TODAY = dt.date(2026, 11, 24)
TARGET_MS = {"sqlite": 20.0, "postgresql": 30.0}


def _ensure_pg_database(url: str) -> None:
    import sqlalchemy as sa

    parsed = make_url(url)
    admin = sa.create_engine(parsed.set(database="postgres"), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        if not conn.scalar(sa.text("SELECT 1 FROM pg_database WHERE datname = :n"), {"n": parsed.database}):
            conn.execute(sa.text(f'CREATE DATABASE "{parsed.database}"'))
    admin.dispose()


def prepare(url: str, customers: int) -> Database:
    if url.startswith("postgresql"):
        _ensure_pg_database(url)
    db = open_database(url)
    with db.session_factory() as session:
        existing = session.scalar(select(func.count()).select_from(Customer)) or 0
    if existing:
        print(f"reusing {url_label(url)}: {existing:,} customers", flush=True)
        return db
    from desktop_app.services.demo import generate_demo_data

    started = time.perf_counter()
    last = [0.0]

    def progress(done: int, total: int) -> None:
        now = time.perf_counter()
        if now - last[0] > 30:
            last[0] = now
            print(f"  loading … {100 * done // max(total, 1)} % ({now - started:.0f} s)", flush=True)

    summary = generate_demo_data(db, customers=customers, seed=1, today=TODAY, progress=progress)
    print(f"loaded {url_label(url)}: {summary.customers:,} customers, {summary.search_tokens:,} search tokens, "
          f"{summary.orders:,} orders, {summary.invoices:,} invoices in {time.perf_counter() - started:.0f} s",
          flush=True)
    with db.engine.begin() as conn:
        conn.execute(text("ANALYZE"))
    return db


def url_label(url: str) -> str:
    return make_url(url).render_as_string(hide_password=True)


def query_sets(db: Database, per_kind: int, seed: int = 7) -> dict[str, list[str]]:
    """Search texts of each kind, drawn from rows spread over the whole table."""
    rng = random.Random(seed)
    with db.session_factory() as session:
        max_id = session.scalar(select(func.max(Customer.id))) or 1
        ids = [rng.randint(1, max_id) for _ in range(per_kind * 3)]
        rows = session.execute(
            select(Customer.customer_number, Customer.first_name, Customer.last_name, Customer.company_name,
                   Customer.email, Customer.phone).where(Customer.id.in_(ids))
        ).all()
        max_invoice = session.scalar(select(func.max(Invoice.id))) or 1
        invoices = session.execute(
            select(Invoice.number, Invoice.reference)
            .where(Invoice.id.in_([rng.randint(1, max_invoice) for _ in range(per_kind * 2)]))
        ).all()
        max_order = session.scalar(select(func.max(Order.id))) or 1
        orders = list(session.scalars(
            select(Order.order_number).where(Order.id.in_([rng.randint(1, max_order) for _ in range(per_kind * 2)]))
        ))
    rng.shuffle(rows)
    people = [r for r in rows if r.last_name]
    emails = [r.email for r in rows if r.email]
    phones = [r.phone for r in rows if r.phone]

    def phone_formats(phone: str) -> list[str]:
        digits = "".join(ch for ch in phone if ch.isdigit())
        national = digits[3:] if phone.startswith("+358") else digits.lstrip("0")
        return [phone, "0" + national, "+358 " + national[:2] + " " + national[2:]]

    def take(values: list[str]) -> list[str]:
        return [values[i % len(values)] for i in range(per_kind)] if values else []

    sets = {
        "name prefix (1 word)": take([r.last_name[: rng.randint(3, 6)] for r in people]),
        "name prefixes (2 words)": take([f"{r.first_name[:3]} {r.last_name[:4]}" for r in people if r.first_name]),
        "customer number": take([str(r.customer_number) for r in rows]),
        "email (whole)": take(emails),
        "email (prefix)": take([e[: e.index("@") + 2] for e in emails]),
        "phone (3 formats)": take([f for p in phones for f in phone_formats(p)]),
        "invoice number": take([str(i.number) for i in invoices]),
        "order number": take([str(n) for n in orders]),
        "reference": take([i.reference for i in invoices]),
    }
    return {k: v for k, v in sets.items() if v}


def time_calls(db: Database, texts: list[str], limit: int) -> tuple[list[float], int, int]:
    timings: list[float] = []
    found = empty = 0
    for query in texts:
        started = time.perf_counter()
        with db.session_factory() as session:
            hits = search_customers(session, query, limit, today=TODAY)
        timings.append((time.perf_counter() - started) * 1000)
        found += len(hits)
        empty += not hits
    return timings, found, empty


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(p / 100 * len(ordered) + 0.5) - 1))]


def run(url: str, customers: int, per_kind: int, limit: int, emit: Callable[[dict[str, object]], None]) -> bool:
    db = prepare(url, customers)
    backend = db.engine.dialect.name
    with db.session_factory() as session:
        total = session.scalar(select(func.count()).select_from(Customer)) or 0
    sets = query_sets(db, per_kind)
    for texts in sets.values():  # warm the caches once, as a clerk's first searches do
        time_calls(db, texts[:10], limit)
    target = TARGET_MS.get(backend, 30.0)
    print(f"\n{backend}: {total:,} customers, {per_kind} searches per kind, limit {limit}, target p95 <= {target:g} ms")
    print(f"{'kind':26} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8} {'hits/search':>12} {'no hit':>7}")
    ok = True
    everything: list[float] = []
    for kind, texts in sets.items():
        timings, found, empty = time_calls(db, texts, limit)
        everything += timings
        p95 = percentile(timings, 95)
        ok &= p95 <= target
        print(f"{kind:26} {statistics.median(timings):8.2f} {p95:8.2f} {max(timings):8.2f} "
              f"{found / len(texts):12.1f} {empty:7d}")
        emit({"backend": backend, "customers": total, "kind": kind, "searches": len(texts),
              "p50_ms": round(statistics.median(timings), 3), "p95_ms": round(p95, 3),
              "max_ms": round(max(timings), 3), "hits_per_search": round(found / len(texts), 1), "no_hit": empty})
    print(f"{'all kinds':26} {statistics.median(everything):8.2f} {percentile(everything, 95):8.2f} "
          f"{max(everything):8.2f}   -> {'OK' if ok else 'OVER TARGET'}")
    db.dispose()
    return ok


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--customers", type=int, default=1_000_000)
    parser.add_argument("--sqlite", help="SQLite file to fill (or reuse)")
    parser.add_argument("--postgresql", help="PostgreSQL URL of a database to fill (or reuse); created if missing")
    parser.add_argument("--searches", type=int, default=300, help="timed searches per kind")
    parser.add_argument("--limit", type=int, default=50)
    parser.add_argument("--json", type=Path, help="append one JSON line per kind to this file")
    args = parser.parse_args(argv)
    if not (args.sqlite or args.postgresql):
        parser.error("give --sqlite FILE and/or --postgresql URL")

    def emit(row: dict[str, object]) -> None:
        if args.json:
            with args.json.open("a", encoding="utf-8") as fh:
                fh.write(json.dumps(row) + "\n")

    ok = True
    if args.sqlite:
        ok &= run(f"sqlite:///{Path(args.sqlite).resolve()}", args.customers, args.searches, args.limit, emit)
    if args.postgresql:
        ok &= run(args.postgresql, args.customers, args.searches, args.limit, emit)
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
