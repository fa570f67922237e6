"""Filling an empty database with demo books (SPEC §1 offline demo mode): ``generate_demo_data``
refuses a database with customers, makes the products and fiscal years, runs the generator and the
bulk writer in one transaction (on SQLite with bulk-load settings and the indexes rebuilt after),
and says what it wrote (``DemoSummary``)."""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, replace
from typing import Any

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from desktop_app.models import Customer, Product
from desktop_app.services import ledger
from desktop_app.services.demo.errors import DemoDataRefused, DemoSizeInvalid
from desktop_app.services.demo.generator import _Generator
from desktop_app.services.demo.tables import _PRODUCTS
from desktop_app.services.demo.writer import _write
from desktop_app.services.foundation import audit, setup
from desktop_app.services.foundation.bulk import without_cyclic_gc
from desktop_app.services.foundation.uow import Actor

Progress = Callable[[int, int], None]
MAX_CUSTOMERS = 1_000_000
DEMO_ACTOR = Actor(user_id=None, username="demo-data")


@dataclass(frozen=True)
class DemoSummary:
    """What ``generate_demo_data`` wrote (row counts) and how long it took."""

    customers: int
    companies: int
    search_tokens: int
    products: int
    orders: int
    billing_requests: int
    pending_billing_requests: int
    erroneous_billing_requests: int
    billing_runs: int
    invoices: int
    invoice_lines: int
    payments: int
    settlements: int
    vouchers: int
    postings: int
    customers_with_balance: int
    seconds: float = 0.0

    @property
    def rows(self) -> int:
        """Rows written in all (the figure a benchmark divides by the seconds)."""
        return (self.customers + self.search_tokens + self.products + self.orders + self.billing_requests
                + self.billing_runs + self.invoices + self.invoice_lines + self.payments + self.settlements
                + self.vouchers + self.postings)

    def as_dict(self) -> dict[str, Any]:
        return {**asdict(self), "rows": self.rows}



def _ensure_products(session: Session, g: _Generator) -> int:
    existing = dict(session.execute(select(Product.code, Product.id)).all())
    new = 0
    for p in _PRODUCTS:
        if p.code not in existing:
            product = Product(code=p.code, name=p.name, kind=p.kind, vat_class=p.vat_class, price_cents=p.price_cents,
                              billing_schedule=p.schedule, deliveries_per_period=p.deliveries,
                              revenue_account_id=g.revenue_by_number[p.account], active=True)
            session.add(product)
            session.flush()
            existing[p.code] = product.id
            new += 1
    g.products = {p.code: (p, existing[p.code]) for p in _PRODUCTS}
    return new


def _check_dates(session: Session, g: _Generator) -> None:
    """Make the fiscal years the history needs; every voucher date must be postable (else the ledger's error)."""
    dates = sorted({v[0] for v in g.vouchers})
    if not dates:
        return
    for year in range(dates[0].year, g.today.year + 2):
        setup.ensure_fiscal_year(session, year)
    session.flush()
    first_of_month: dict[tuple[int, int], dt.date] = {}
    for d in dates:
        first_of_month.setdefault((d.year, d.month), d)
    for d in first_of_month.values():  # periods are months: one date of each month tells its state
        ledger.check_postable(session, d)


def _reset_pg_sequences(session: Session) -> None:
    """PostgreSQL: move the id sequences past the ids written here."""
    if session.get_bind().dialect.name != "postgresql":
        return
    for table in ("customers", "orders", "billing_requests", "billing_runs", "invoices", "payments",
                  "payment_imports", "vouchers"):
        session.execute(text(
            f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
            f"(SELECT coalesce(max(id), 0) + 1 FROM {table}), false)"))


def generate_demo_data(database: Any, customers: int, *, seed: int = 1, today: dt.date,
                       progress: Progress | None = None) -> DemoSummary:
    """Fill an empty database with ``customers`` realistic Finnish customers and their history up to ``today``.

    Refuses (``DemoDataRefused``) a database that already has customers; all or nothing (one
    transaction). ``progress(done, total)`` is called every chunk; ``total`` is fixed at the start.
    """
    if isinstance(customers, bool) or not isinstance(customers, int) or not 1 <= customers <= MAX_CUSTOMERS:
        raise DemoSizeInvalid(maximum=f"{MAX_CUSTOMERS:,}".replace(",", " "))
    started = time.perf_counter()
    total_units = 2 * customers

    def report(done: int, total: int) -> None:
        if progress is not None:
            progress(done, total)

    with without_cyclic_gc(), database.engine.connect() as conn:
        fast_sqlite = conn.dialect.name == "sqlite"
        if fast_sqlite:
            _bulk_load_pragmas(conn, on=True)
        try:
            with Session(bind=conn, expire_on_commit=False) as session:
                g = _load(session, customers, seed, today, fast_sqlite, started, report, total_units)
            # Let go of the millions of generated rows while the collector is still paused: reference
            # counting frees them; left alive, the first collection after the pause walks them all (~1 s).
            counts = _summary(g, 0.0)
            del g
        finally:
            if fast_sqlite:
                conn.rollback()  # nothing left open (after a commit this does nothing)
                _bulk_load_pragmas(conn, on=False)
    if database.engine.dialect.name == "postgresql":
        # Set the visibility map and the planner's statistics now, not whenever autovacuum comes by:
        # until then every index scan also reads the table (the two-word name search: 100 ms → 5 ms).
        with database.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.exec_driver_sql("VACUUM (ANALYZE)")
    report(total_units, total_units)
    return replace(counts, seconds=round(time.perf_counter() - started, 3))


def _bulk_load_pragmas(conn: Any, *, on: bool) -> None:
    """SQLite settings for filling an empty file in one transaction, and back to the app's own.

    Foreign keys are not looked up row by row: the generator makes every reference from the ids it
    hands out, and ``tests/integration/test_demo_data.py`` runs ``PRAGMA foreign_key_check`` over
    demo databases with every scenario. The rollback journal stays in memory and nothing is fsynced
    until the end (the WAL would write every page twice). These pragmas take effect only outside a
    transaction.
    """
    pragmas = (("foreign_keys", "OFF"), ("journal_mode", "MEMORY"), ("synchronous", "OFF"),
               ("cache_size", "-1048576")) if on else (
        ("journal_mode", "WAL"), ("synchronous", "NORMAL"), ("foreign_keys", "ON"), ("cache_size", "-2000"))
    for name, value in pragmas:
        conn.exec_driver_sql(f"PRAGMA {name} = {value}")
    conn.commit()


def _load(session: Session, customers: int, seed: int, today: dt.date, fast_sqlite: bool, started: float,
          report: Callable[[int, int], None], total_units: int) -> _Generator:
    existing = int(session.scalar(select(func.count()).select_from(Customer)) or 0)
    if existing:
        raise DemoDataRefused(customers=existing)
    g = _Generator(session, customers, seed, today)
    _ensure_products(session, g)
    report(0, total_units)
    g.build(lambda done: report(done, total_units))
    _check_dates(session, g)
    dropped = _drop_sqlite_indexes(session) if fast_sqlite else []
    _write(session, g, lambda done, total: report(customers + customers * done // total, total_units))
    for ddl in dropped:  # one sort per index instead of a B-tree insert per row; same transaction
        session.execute(text(ddl))
    _reset_pg_sequences(session)
    summary = _summary(g, time.perf_counter() - started)
    audit.record(session, DEMO_ACTOR, "demo_data.created", "database", None,
                 after={"seed": seed, "today": today, **{k: v for k, v in summary.as_dict().items()
                                                         if k != "seconds"}})
    session.commit()
    return g


def _drop_sqlite_indexes(session: Session) -> list[str]:
    """Drop the secondary indexes of an empty SQLite database before the bulk load; their DDL to rebuild.

    SQLite's DDL is transactional: if anything fails, the rollback brings the indexes back too.
    """
    rows = session.execute(text(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL")).all()
    for name, _sql in rows:
        session.execute(text(f'DROP INDEX "{name}"'))
    return [sql for _name, sql in rows]


def _summary(g: _Generator, seconds: float) -> DemoSummary:
    return DemoSummary(
        customers=len(g.customer_rows), companies=g.companies, search_tokens=len(g.token_rows),
        products=len(_PRODUCTS), orders=len(g.orders), billing_requests=len(g.requests),
        pending_billing_requests=g.pending, erroneous_billing_requests=g.erroneous, billing_runs=len(g.runs),
        invoices=len(g.invoices), invoice_lines=sum(len(i.lines) + (1 if i.applied else 0) for i in g.invoices),
        payments=len(g.payments), settlements=len(g.settlements), vouchers=len(g.vouchers),
        postings=len(g.postings), customers_with_balance=sum(1 for b in g.balances.values() if b > 0), seconds=round(seconds, 3),
    )
