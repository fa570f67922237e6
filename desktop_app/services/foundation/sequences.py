"""Gap-free number sequences shared by every desk (invoice, voucher, customer, order numbers)."""

from __future__ import annotations

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from desktop_app.models import NumberSequence

INVOICE = "invoice"
VOUCHER = "voucher"
CUSTOMER = "customer"
ORDER = "order"
BILLING_RUN = "billing_run"

STARTS = {INVOICE: 100001, VOUCHER: 1, CUSTOMER: 10001, ORDER: 500001, BILLING_RUN: 1}


def take(session: Session, name: str, count: int = 1) -> int:
    """Reserve ``count`` consecutive numbers and return the first.

    The UPDATE comes first, so it takes the row lock (PostgreSQL) or the write lock (SQLite)
    before anything is read: concurrent runs wait for each other and never share a number.
    """
    result = session.execute(
        update(NumberSequence)
        .where(NumberSequence.name == name)
        .values(next_value=NumberSequence.next_value + count)
        .execution_options(synchronize_session=False)
    )
    if result.rowcount == 0:  # type: ignore[attr-defined]
        start = STARTS.get(name, 1)
        session.add(NumberSequence(name=name, next_value=start + count))
        session.flush()
        return start
    value = session.scalar(select(NumberSequence.next_value).where(NumberSequence.name == name))
    assert value is not None
    return int(value) - count


def peek(session: Session, name: str) -> int:
    value = session.scalar(select(NumberSequence.next_value).where(NumberSequence.name == name))
    return int(value) if value is not None else STARTS.get(name, 1)


def ensure_at_least(session: Session, name: str, next_value: int) -> None:
    """Move a sequence past numbers that bulk loaders (demo data) wrote directly."""
    current = session.get(NumberSequence, name)
    if current is None:
        session.add(NumberSequence(name=name, next_value=next_value))
    elif current.next_value < next_value:
        current.next_value = next_value
