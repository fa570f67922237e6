"""Collection (SPEC W3.6): invoices still unpaid after reminder #2, their transfer and the agency's export.

Invoices still open after their sent reminder #2's due date are collection candidates
(``collection_candidates``); ``transfer_to_collection`` marks them (and their still open reminders,
whose costs go with them) COLLECTION with the time of transfer, all or nothing, under the same lock as
creating reminders; ``export_collection`` writes the list for the collection agency (CSV or XLSX, the
headers in ``documents.texts``). Any user (clerk or accountant) may transfer to collection.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import ColumnElement, and_, select, update
from sqlalchemy.orm import Session, sessionmaker

from desktop_app.models import Customer, Invoice
from desktop_app.models.enums import InvoiceKind, InvoiceStatus
from desktop_app.services.documents import texts
from desktop_app.services.foundation import audit
from desktop_app.services.foundation.bulk import IN_CHUNK, table_of
from desktop_app.services.foundation.errors import ReskontraError
from desktop_app.services.foundation.money import to_decimal
from desktop_app.services.foundation.uow import Actor
from desktop_app.services.reminders.create import read_targets, take_write_lock
from desktop_app.services.reminders.eligibility import open_amount, open_remindable
from desktop_app.services.reminders.errors import CollectionRefused
from desktop_app.services.reminders.interest import Rates

__all__ = [
    "CollectionAlready", "CollectionCandidate", "CollectionNoReminder2", "CollectionNotOpen", "CollectionPaid",
    "CollectionProblem", "collection_candidates", "collection_headers", "export_collection",
    "transfer_to_collection",
]

_OPEN = InvoiceStatus.OPEN


class CollectionProblem(ReskontraError):
    """Why an invoice cannot go to collection (the ``reason`` of ``CollectionRefused``)."""


class CollectionPaid(CollectionProblem):
    template = "It has been paid."


class CollectionNotOpen(CollectionProblem):
    template = "It is not open."


class CollectionAlready(CollectionProblem):
    template = "It has already been transferred to collection."


class CollectionNoReminder2(CollectionProblem):
    template = "It has no sent reminder #2 whose due date has passed."


@dataclass(frozen=True, slots=True)
class CollectionCandidate:
    """An invoice still open after its reminder #2's due date (or one in the export)."""

    invoice_id: int
    invoice_number: int
    customer_id: int
    customer_number: int
    customer_name: str
    invoice_date: dt.date
    due_date: dt.date
    reference: str
    status: InvoiceStatus
    total_cents: int
    open_cents: int
    reminder_fees_open_cents: int  # fee and interest still open on its reminders
    reminder1_number: int | None
    reminder1_date: dt.date | None
    reminder2_number: int | None
    reminder2_date: dt.date | None
    reminder2_due_date: dt.date | None

    @property
    def open_amount(self) -> Decimal:
        return to_decimal(self.open_cents)

    @property
    def reminder_fees_open(self) -> Decimal:
        return to_decimal(self.reminder_fees_open_cents)

    @property
    def total(self) -> Decimal:
        return to_decimal(self.total_cents)


def _reminders_of(session: Session, parent_ids: Sequence[int]) -> dict[int, list[Any]]:
    """Reminders of these invoices, by parent: (level, number, date, due date, open cents, status, id, sent at)."""
    out: dict[int, list[Any]] = {}
    open_ = open_amount()
    for i in range(0, len(parent_ids), IN_CHUNK):
        part = parent_ids[i:i + IN_CHUNK]
        for pid, level, number, idate, ddate, open_c, status, rid, sent_at in session.execute(
            select(Invoice.parent_invoice_id, Invoice.reminder_level, Invoice.number, Invoice.invoice_date,
                   Invoice.due_date, open_, Invoice.status, Invoice.id, Invoice.sent_at)
            .where(Invoice.kind == InvoiceKind.REMINDER, Invoice.status != InvoiceStatus.CANCELLED,
                   Invoice.parent_invoice_id.in_(part))
            .order_by(Invoice.number)
        ):
            if pid is not None:
                out.setdefault(pid, []).append((level, number, idate, ddate, open_c, status, rid, sent_at))
    return out


def _collection_rows(session: Session, where: ColumnElement[bool]) -> list[CollectionCandidate]:
    open_ = open_amount()
    rows = session.execute(
        select(Invoice.id, Invoice.number, Invoice.customer_id, Customer.customer_number, Customer.name,
               Invoice.invoice_date, Invoice.due_date, Invoice.reference, Invoice.status, Invoice.total_cents, open_)
        .join(Customer, Customer.id == Invoice.customer_id).where(where).order_by(Invoice.number)
    ).all()
    reminders = _reminders_of(session, [r[0] for r in rows])
    out: list[CollectionCandidate] = []
    for iid, number, cid, cnum, cname, idate, ddate, ref, status, total, open_c in rows:
        letters = reminders.get(iid, [])
        r1 = next((r for r in letters if r[0] == 1), None)
        # a reminder #2 that never went out gave the customer no last chance: it does not count
        r2 = next((r for r in letters if r[0] == 2 and r[7] is not None), None)
        fees = sum(max(0, r[4]) for r in letters if r[5] in (_OPEN, InvoiceStatus.COLLECTION))
        out.append(CollectionCandidate(
            iid, number, cid, cnum, cname, idate, ddate, ref, status, total, open_c, fees,
            r1[1] if r1 else None, r1[2] if r1 else None, r2[1] if r2 else None, r2[2] if r2 else None,
            r2[3] if r2 else None))
    return out


def collection_candidates(session: Session, today: dt.date) -> list[CollectionCandidate]:
    """Open invoices with a reminder #2 whose due date has passed (W3.6), by invoice number.

    Found from the reminders #2 (few, by the kind index) rather than from the open invoices.
    """
    session.flush()
    parents = sorted({pid for pid, due in session.execute(
        select(Invoice.parent_invoice_id, Invoice.due_date).where(
            Invoice.kind == InvoiceKind.REMINDER, Invoice.reminder_level == 2,
            Invoice.status != InvoiceStatus.CANCELLED, Invoice.sent_at.is_not(None)))
        if pid is not None and due < today})
    found: list[CollectionCandidate] = []
    for i in range(0, len(parents), IN_CHUNK):
        found += _collection_rows(session, and_(Invoice.id.in_(parents[i:i + IN_CHUNK]), open_remindable(Invoice),
                                                open_amount() > 0))
    found.sort(key=lambda c: c.invoice_number)
    return found


def _collection_problem(c: CollectionCandidate, today: dt.date) -> type[CollectionProblem] | None:
    if c.status == InvoiceStatus.COLLECTION:
        return CollectionAlready
    if c.status == InvoiceStatus.PAID or (c.status == _OPEN and c.open_cents <= 0):
        return CollectionPaid
    if c.status != _OPEN:
        return CollectionNotOpen
    if c.reminder2_due_date is None or c.reminder2_due_date >= today:
        return CollectionNoReminder2
    return None


def transfer_to_collection(session_factory: sessionmaker[Session], actor: Actor, invoice_ids: Sequence[int],
                           today: dt.date) -> int:
    """Mark these invoices (and their still open reminders) transferred to collection; returns how many invoices.

    All or nothing: if any of them is paid, not open, already in collection or without a reminder
    #2 past its due date (checked again under lock), ``CollectionRefused`` names the first and
    nothing changes.
    """
    ids = sorted(set(invoice_ids))
    if not ids:
        return 0
    with session_factory() as session:
        if session.get_bind().dialect.name == "sqlite":
            take_write_lock(session)
        read_targets(session, ids, lock=True)
        found: list[CollectionCandidate] = []
        for i in range(0, len(ids), IN_CHUNK):
            found += _collection_rows(session, Invoice.id.in_(ids[i:i + IN_CHUNK]))
        refused = [(c, p) for c in found if (p := _collection_problem(c, today)) is not None]
        if refused:
            first, problem = refused[0]
            raise CollectionRefused(count=len(refused), number=first.invoice_number, reason=problem.template)
        reminders = _reminders_of(session, ids)
        now = dt.datetime.now(dt.UTC)
        table = table_of(Invoice)
        reminder_ids = [r[6] for letters in reminders.values() for r in letters if r[5] == _OPEN and r[4] > 0]
        for group in (ids, sorted(reminder_ids)):
            for i in range(0, len(group), IN_CHUNK):
                session.connection().execute(
                    update(table).where(table.c.id.in_(group[i:i + IN_CHUNK]))
                    .values(status=InvoiceStatus.COLLECTION, collection_transferred_at=now))
        for c in found:
            audit.record(session, actor, "invoice.transferred_to_collection", "invoice", c.invoice_id,
                         customer_id=c.customer_id, before={"status": c.status},
                         after={"status": InvoiceStatus.COLLECTION, "transferred_at": now, "open_cents": c.open_cents,
                                "reminder_fees_open_cents": c.reminder_fees_open_cents})
        session.commit()
    return len(ids)


def collection_headers(lang: str) -> list[str]:
    """The export's column headers in ``lang``."""
    return [texts.text(key, lang) for key in texts.COLLECTION_COLUMNS]


def export_collection(session: Session, invoice_ids: Sequence[int], path: str | Path, lang: str = "fi") -> int:
    """Write these invoices for the collection agency, CSV or XLSX by the file's suffix; returns the rows written.

    Headers in ``lang``; amounts as decimals, dates as dates, the late-interest rate in percent.
    The file is written whole or not at all (``export.ExportFailed`` says why).
    """
    from desktop_app.services.foundation.export import write_table

    ids = sorted(set(invoice_ids))
    found: list[CollectionCandidate] = []
    for i in range(0, len(ids), IN_CHUNK):
        found += _collection_rows(session, Invoice.id.in_(ids[i:i + IN_CHUNK]))
    found.sort(key=lambda c: c.invoice_number)
    customers: dict[int, Any] = {}
    cids = sorted({c.customer_id for c in found})
    for i in range(0, len(cids), IN_CHUNK):
        for row in session.execute(
            select(Customer.id, Customer.street, Customer.postal_code, Customer.city, Customer.country,
                   Customer.business_id, Customer.email, Customer.kind)
            .where(Customer.id.in_(cids[i:i + IN_CHUNK]))
        ):
            customers[row[0]] = row
    rates = Rates(session)
    rows = []
    for c in found:
        cust = customers[c.customer_id]
        rate = rates.bp(c.due_date, cust.kind)
        rows.append([c.customer_number, c.customer_name, cust.street, cust.postal_code, cust.city, cust.country,
                     cust.business_id, cust.email, c.invoice_number, c.invoice_date, c.due_date, c.total,
                     c.open_amount, c.reminder_fees_open, c.reminder1_date, c.reminder2_date, c.reference,
                     (Decimal(rate) / 100).quantize(Decimal("0.01")) if rate else None])
    return write_table(Path(path), collection_headers(lang), rows, lang=lang,
                       sheet_title=texts.text("collection_sheet", lang))
