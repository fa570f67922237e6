"""Invoices as clerks see them: the invoice list (open, overdue, paid; by billing run), invoices as
printable documents (``InvoiceDocument`` of ``services.documents``, and their PDF), and the billing
run summaries.

``list_invoices`` is one SQL query with joins (fast at 100 000 rows). An invoice is *open* while
its status is open (its open amount is total − credit balance applied − paid) and *overdue* when it
is open past its due date.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any, BinaryIO

from babel import Locale
from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from desktop_app.models import BillingRun, Customer, Invoice, InvoiceLine, Order, ReferenceRate
from desktop_app.models.enums import Channel, CustomerKind, InvoiceKind, InvoiceStatus, LineKind
from desktop_app.services.documents import texts
from desktop_app.services.documents.invoice_pdf import render_batch, render_invoice_pdf
from desktop_app.services.documents.model import (
    CREDIT_KINDS,
    Buyer,
    DocumentLine,
    InvoiceDocument,
    ReminderDetails,
    Seller,
    VatRow,
)
from desktop_app.services.foundation import settings as settings_service
from desktop_app.services.foundation.bulk import IN_CHUNK, without_cyclic_gc
from desktop_app.services.foundation.errors import NotFound, ReskontraError
from desktop_app.services.foundation.money import to_decimal
from desktop_app.services.foundation.rates import INTEREST_MARGIN_BP

__all__ = [
    "OVERDUE", "STATUS_FILTERS", "AmountToPay", "InvoiceRow", "amounts_to_pay", "UnknownInvoiceStatus",
    "invoice_document", "invoice_documents", "invoice_pdf", "invoices_pdf", "list_invoices",
    "seller_from_settings",
]

OVERDUE = "overdue"
STATUS_FILTERS = ("open", OVERDUE, "paid", *(s.value for s in InvoiceStatus if s.value not in ("open", "paid")))


class UnknownInvoiceStatus(ReskontraError):
    template = "Unknown invoice status {status}; choose open, overdue or paid."


@dataclass(frozen=True, slots=True)
class InvoiceRow:
    invoice_id: int
    number: int
    kind: InvoiceKind
    customer_id: int
    customer_number: int
    customer_name: str
    invoice_date: dt.date
    due_date: dt.date
    reference: str
    channel: Channel
    total_cents: int
    balance_applied_cents: int
    paid_cents: int
    stored_status: InvoiceStatus
    status: str  # the stored status, or "overdue" for an open invoice past its due date
    batch_id: str
    reminder_level: int
    sent_at: dt.datetime | None

    @property
    def open_cents(self) -> int:
        return self.total_cents - self.balance_applied_cents - self.paid_cents if self.stored_status == "open" else 0

    @property
    def total(self) -> Decimal:
        return to_decimal(self.total_cents)

    @property
    def open_amount(self) -> Decimal:
        return to_decimal(self.open_cents)

    @property
    def balance_applied(self) -> Decimal:
        return to_decimal(self.balance_applied_cents)

    @property
    def paid(self) -> Decimal:
        return to_decimal(self.paid_cents)


def list_invoices(
    session: Session,
    status: str | None = None,
    batch_id: str | None = None,
    customer_id: int | None = None,
    today: dt.date | None = None,
    *,
    kinds: Sequence[InvoiceKind] | None = None,
    limit: int | None = None,
) -> list[InvoiceRow]:
    """Invoices by number; ``status`` is open (overdue ones included), overdue, paid or another stored status."""
    today = today or dt.date.today()
    stmt = (
        select(Invoice.id, Invoice.number, Invoice.kind, Invoice.customer_id, Customer.customer_number, Customer.name,
               Invoice.invoice_date, Invoice.due_date, Invoice.reference, Invoice.channel, Invoice.total_cents,
               Invoice.balance_applied_cents, Invoice.paid_cents, Invoice.status, BillingRun.batch_id,
               Invoice.reminder_level, Invoice.sent_at)
        .join(Customer, Customer.id == Invoice.customer_id)
        .outerjoin(BillingRun, BillingRun.id == Invoice.billing_run_id)
        .order_by(Invoice.number)
    )
    if status is not None:
        wanted = status.strip().lower()
        if wanted not in STATUS_FILTERS:
            raise UnknownInvoiceStatus(status=status)
        if wanted == OVERDUE:
            stmt = stmt.where(Invoice.status == InvoiceStatus.OPEN, Invoice.due_date < today)
        else:
            stmt = stmt.where(Invoice.status == InvoiceStatus(wanted))
    if batch_id is not None:
        stmt = stmt.where(BillingRun.batch_id == batch_id)
    if customer_id is not None:
        stmt = stmt.where(Invoice.customer_id == customer_id)
    if kinds is not None:
        stmt = stmt.where(Invoice.kind.in_(list(kinds)))
    if limit is not None:
        stmt = stmt.limit(limit)
    open_ = InvoiceStatus.OPEN
    with without_cyclic_gc():
        return [
            InvoiceRow(iid, number, kind, cid, cnum, cname, idate, ddate, ref, channel, total, applied, paid,
                       stored, OVERDUE if stored is open_ and ddate < today else stored.value, batch or "",
                       level, sent_at)
            for (iid, number, kind, cid, cnum, cname, idate, ddate, ref, channel, total, applied, paid, stored,
                 batch, level, sent_at) in session.execute(stmt).all()
        ]


# --- the amount a document asks ----------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class AmountToPay:
    """What a document asks the customer to pay, and of what (cents).

    An invoice: its total (``capital_cents``) less the credit balance applied and what has been paid
    already (``paid_cents``: a letter sent after a payment, such as a rejected e-invoice resent on
    paper, asks only for the rest; a paid one asks nothing). A payment reminder:
    the open capital of the invoice it reminds of, plus its own fee and interest, less any balance
    applied to it: a payment with the reminder's reference pays exactly these (the reminded invoice
    first). The Sending list, the PDF, the email text, the Finvoice and the reminder confirmation all
    read this, so they cannot disagree.
    """

    capital_cents: int
    fee_cents: int = 0
    interest_cents: int = 0
    balance_applied_cents: int = 0
    paid_cents: int = 0

    @property
    def total_cents(self) -> int:
        return (self.capital_cents + self.fee_cents + self.interest_cents - self.balance_applied_cents
                - self.paid_cents)

    @property
    def total(self) -> Decimal:
        return to_decimal(self.total_cents)


_STILL_OWED = (InvoiceStatus.OPEN, InvoiceStatus.COLLECTION)


def amounts_to_pay(session: Session, invoices: Sequence[Any]) -> dict[int, AmountToPay]:
    """Invoice id -> ``AmountToPay`` of these invoices (ORM rows or any rows with ``id``, ``kind``,
    ``status``, ``total_cents``, ``balance_applied_cents``, ``paid_cents``); reads only what the
    reminders among them need."""
    out: dict[int, AmountToPay] = {}
    reminder_ids: list[int] = []
    for inv in invoices:
        if inv.kind == InvoiceKind.REMINDER:
            reminder_ids.append(inv.id)
        elif inv.kind in CREDIT_KINDS:
            out[inv.id] = AmountToPay(inv.total_cents, balance_applied_cents=inv.balance_applied_cents)
        else:
            owed = inv.total_cents - inv.balance_applied_cents
            paid = min(max(0, inv.paid_cents), owed) if inv.status in _STILL_OWED else max(0, owed)
            out[inv.id] = AmountToPay(inv.total_cents, balance_applied_cents=inv.balance_applied_cents,
                                      paid_cents=paid)
    parent = aliased(Invoice)
    for i in range(0, len(reminder_ids), IN_CHUNK):
        part = reminder_ids[i:i + IN_CHUNK]
        costs: dict[tuple[int, LineKind], int] = {}
        for iid, kind, amount in session.execute(
            select(InvoiceLine.invoice_id, InvoiceLine.kind, func.sum(InvoiceLine.gross_cents))
            .where(InvoiceLine.invoice_id.in_(part), InvoiceLine.kind.in_((LineKind.FEE, LineKind.INTEREST)))
            .group_by(InvoiceLine.invoice_id, InvoiceLine.kind)
        ):
            costs[(iid, LineKind(kind))] = int(amount or 0)
        for iid, applied, p_total, p_applied, p_paid, p_status in session.execute(
            select(Invoice.id, Invoice.balance_applied_cents, parent.total_cents, parent.balance_applied_cents,
                   parent.paid_cents, parent.status)
            .outerjoin(parent, parent.id == Invoice.parent_invoice_id).where(Invoice.id.in_(part))
        ):
            capital = p_total - p_applied - p_paid if p_status in _STILL_OWED else 0
            out[iid] = AmountToPay(max(0, capital), costs.get((iid, LineKind.FEE), 0),
                                   costs.get((iid, LineKind.INTEREST), 0), applied)
    return out


def _interest_charged_before(session: Session, reminders: Sequence[Any]) -> dict[int, int]:
    """Reminder id -> the interest booked on the earlier reminders of the same invoice (not cancelled)."""
    parents = sorted({r.parent_invoice_id for r in reminders if r.parent_invoice_id is not None})
    by_parent: dict[int, list[tuple[int, int]]] = {}
    for i in range(0, len(parents), IN_CHUNK):
        for pid, number, amount in session.execute(
            select(Invoice.parent_invoice_id, Invoice.number, func.sum(InvoiceLine.gross_cents))
            .join(InvoiceLine, InvoiceLine.invoice_id == Invoice.id)
            .where(Invoice.parent_invoice_id.in_(parents[i:i + IN_CHUNK]), Invoice.kind == InvoiceKind.REMINDER,
                   Invoice.status != InvoiceStatus.CANCELLED, InvoiceLine.kind == LineKind.INTEREST)
            .group_by(Invoice.parent_invoice_id, Invoice.number)
        ):
            if pid is not None:
                by_parent.setdefault(pid, []).append((number, int(amount or 0)))
    return {r.id: sum(a for n, a in by_parent.get(r.parent_invoice_id, ()) if n < r.number) for r in reminders}


# --- invoices as documents ---------------------------------------------------------------------

# Late-payment interest (korkolaki 4 §): the reference rate plus 7 points for consumers, 8 for businesses.
_DOCUMENT_LINE_KINDS = (LineKind.ITEM, LineKind.FEE, LineKind.INTEREST)  # BALANCE is balance_applied


def seller_from_settings(session: Session) -> Seller:
    """Our company as printed on every document (settings ``company.*``)."""
    values = settings_service.get_all(session)
    postal = " ".join(p for p in (values["company.postal_code"], str(values["company.city"]).upper()) if p)
    return Seller(
        name=values["company.name"], business_id=values["company.business_id"],
        vat_number=values["company.vat_number"],
        address_lines=tuple(p for p in (values["company.street"], postal) if p),
        phone=values["company.phone"], email=values["company.email"], iban=values["company.iban"],
        bic=values["company.bic"], logo_path=values["company.logo_path"] or None,
    )


def _buyer(customer: Any, lang: str, channel: Channel) -> Buyer:
    name = customer.name or customer.company_name or " ".join(
        p for p in (customer.first_name, customer.last_name) if p)
    postal = " ".join(p for p in (customer.postal_code, customer.city.upper()) if p)
    lines = [customer.street, postal]
    if customer.country and customer.country.upper() != "FI":
        lines.append(Locale.parse(lang).territories.get(customer.country.upper(), customer.country).upper())
    return Buyer(customer_number=str(customer.customer_number), name=name, contact=customer.contact_person,
                 address_lines=tuple(p for p in lines if p), business_id=customer.business_id,
                 einvoice_address=customer.einvoice_address if channel == Channel.EINVOICE else "")


def _reference_rate(rates: list[tuple[dt.date, dt.date, int]], on: dt.date) -> int | None:
    for start, end, bp in rates:
        if start <= on <= end:
            return bp
    return None


def late_interest_bp(rates: list[tuple[dt.date, dt.date, int]], on: dt.date, kind: CustomerKind) -> int | None:
    reference_rate = _reference_rate(rates, on)
    return None if reference_rate is None else reference_rate + INTEREST_MARGIN_BP.get(kind, 700)


def _reminder_rate(rates: list[tuple[dt.date, dt.date, int]], due: dt.date, interest: list[Any],
                   kind: CustomerKind) -> int:
    """The late-interest rate a reminder shows: the one in force on its last interest day (each half-year
    has its own; services/reminders.py sums them), else the one of the due date."""
    if not interest:
        return 0
    last_day = interest[0].period_end or due
    return late_interest_bp(rates, last_day, kind) or late_interest_bp(rates, due, kind) or 0


def invoice_documents(session: Session, invoice_ids: Sequence[int]) -> list[InvoiceDocument]:
    """The documents of these invoices (in the order given), with a few queries for any number of them."""
    ids = list(dict.fromkeys(invoice_ids))
    seller = seller_from_settings(session)
    rates = [(r.valid_from, r.valid_to, r.rate_bp) for r in session.scalars(select(ReferenceRate))]
    parent = aliased(Invoice)
    found: dict[int, tuple[Any, Any, Any]] = {}
    lines: dict[int, list[Any]] = {}
    for i in range(0, len(ids), IN_CHUNK):
        part = ids[i:i + IN_CHUNK]
        for inv, cust, par in session.execute(
            select(Invoice, Customer, parent).join(Customer, Customer.id == Invoice.customer_id)
            .outerjoin(parent, parent.id == Invoice.parent_invoice_id).where(Invoice.id.in_(part))
        ).all():
            found[inv.id] = (inv, cust, par)
        for ln, order_number in session.execute(
            select(InvoiceLine, Order.order_number).outerjoin(Order, Order.id == InvoiceLine.order_id)
            .where(InvoiceLine.invoice_id.in_(part)).order_by(InvoiceLine.invoice_id, InvoiceLine.line_no)
        ).all():
            lines.setdefault(ln.invoice_id, []).append((ln, order_number))
    missing = [i for i in ids if i not in found]
    if missing:
        raise NotFound(what="Invoice", key=str(missing[0]))
    amounts = amounts_to_pay(session, [found[i][0] for i in ids])
    earlier = _interest_charged_before(session, [inv for inv, _c, _p in found.values()
                                                 if inv.kind == InvoiceKind.REMINDER])
    documents: dict[int, InvoiceDocument] = {}
    for iid in ids:
        inv, cust, par = found[iid]
        lang = texts.document_language(inv.language)
        doc_lines = [(ln, onum) for ln, onum in lines.get(iid, []) if ln.kind in _DOCUMENT_LINE_KINDS]
        per_rate: dict[int, list[int]] = {}
        for ln, _onum in doc_lines:
            acc = per_rate.setdefault(ln.vat_rate_bp, [0, 0])
            acc[0] += ln.net_cents
            acc[1] += ln.vat_cents
        reminder = None
        if inv.kind == InvoiceKind.REMINDER:
            if par is None:
                raise NotFound(what="Reminded invoice of reminder", key=str(inv.number))
            amount = amounts[iid]
            interest = [ln for ln, _o in doc_lines if ln.kind == LineKind.INTEREST]
            charged_before = earlier.get(iid, 0)
            reminder = ReminderDetails(
                level=inv.reminder_level or 1, original_invoice_number=str(par.number),
                original_invoice_date=par.invoice_date, original_due_date=par.due_date,
                original_amount=to_decimal(par.total_cents), open_amount=to_decimal(amount.capital_cents),
                fee=to_decimal(amount.fee_cents),
                interest_rate_bp=_reminder_rate(rates, par.due_date, interest, cust.kind),
                interest_amount=to_decimal(amount.interest_cents),
                interest_until=interest[0].period_end if interest else None,
                interest_accrued=to_decimal(charged_before + amount.interest_cents),
                interest_charged_earlier=to_decimal(charged_before),
            )
        late_interest = (late_interest_bp(rates, inv.invoice_date, cust.kind)
                         if inv.kind in (InvoiceKind.INVOICE, InvoiceKind.AD_INVOICE) else None)
        orders = tuple(dict.fromkeys(str(onum) for _ln, onum in doc_lines if onum is not None))
        documents[iid] = InvoiceDocument(
            kind=inv.kind, language=lang, seller=seller, buyer=_buyer(cust, lang, inv.channel),
            invoice_number=str(inv.number), invoice_date=inv.invoice_date, due_date=inv.due_date,
            payment_terms_days=max(0, (inv.due_date - inv.invoice_date).days), reference=inv.reference,
            lines=tuple(
                DocumentLine(description=ln.description, quantity=Decimal(ln.quantity),
                             unit_price=to_decimal(ln.unit_price_cents), vat_rate_bp=ln.vat_rate_bp,
                             net=to_decimal(ln.net_cents), vat=to_decimal(ln.vat_cents),
                             gross=to_decimal(ln.gross_cents), period_start=ln.period_start,
                             period_end=ln.period_end)
                for ln, _onum in doc_lines),
            vat_breakdown=tuple(VatRow(rate, to_decimal(n), to_decimal(v), to_decimal(n + v))
                                for rate, (n, v) in sorted(per_rate.items())),
            total_net=to_decimal(inv.net_cents), total_vat=to_decimal(inv.vat_cents),
            total_gross=to_decimal(inv.total_cents),
            amount_to_pay=amounts[iid].total,
            already_paid=to_decimal(amounts[iid].paid_cents),
            balance_applied=to_decimal(inv.balance_applied_cents), our_order_numbers=orders, reminder=reminder,
            credited_invoice_number=str(par.number) if par is not None and inv.kind in (
                InvoiceKind.CREDIT_NOTE, InvoiceKind.REFUND_INVOICE) else "",
            late_interest_rate_bp=late_interest, messages=(inv.message,) if inv.message.strip() else (),
        )
    return [documents[i] for i in ids]


def invoice_document(session: Session, invoice_id: int) -> InvoiceDocument:
    """One invoice (or ad invoice, reminder, refund invoice, credit note) as a printable document."""
    return invoice_documents(session, [invoice_id])[0]


def invoice_pdf(session: Session, invoice_id: int, out: str | Path | BinaryIO, paper_form: bool | None = None) -> None:
    """The invoice's PDF; with the bank transfer form when ``paper_form`` (default: paper-channel invoices)."""
    doc = invoice_document(session, invoice_id)
    if paper_form is None:
        paper_form = session.scalar(select(Invoice.channel).where(Invoice.id == invoice_id)) == Channel.PAPER
    render_invoice_pdf(doc, out, paper_form=paper_form)


def save_invoice_pdf(session: Session, invoice_id: int, path: Path) -> Path:
    """Write the invoice's PDF to ``path`` whole or not at all; ``ExportFailed`` says why it could not."""
    from desktop_app.services.foundation.export import save_whole

    def render(partial: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        invoice_pdf(session, invoice_id, partial)

    save_whole(path, render)
    return path


def invoices_pdf(session: Session, invoice_ids: Sequence[int], out: str | Path | BinaryIO, *,
                 paper_form: bool = True) -> int:
    """Several invoices in one PDF (a print batch); returns the number of pages."""
    return render_batch(invoice_documents(session, invoice_ids), out, paper_form=paper_form)
