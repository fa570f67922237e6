from __future__ import annotations

import datetime as dt

from sqlalchemy import BigInteger, Boolean, Date, ForeignKey, Index, Integer, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column

from desktop_app.models.base import Base, UTCDateTime, enum_column, utcnow
from desktop_app.models.enums import Channel, InvoiceKind, InvoiceStatus, LineKind

OPEN_DUE_INDEX_COLUMNS = ("due_date", "number", "id", "kind", "customer_id", "order_id", "invoice_date", "total_cents",
                          "balance_applied_cents", "paid_cents", "no_reminders", "status")


class Invoice(Base):
    """An invoice, ad invoice, payment reminder, refund invoice or credit note.

    Amounts are cents including VAT. A refund invoice and a credit note carry a
    positive ``total_cents`` that is owed *to* the customer.
    """

    __tablename__ = "invoices"

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[int] = mapped_column(BigInteger, unique=True)
    kind: Mapped[InvoiceKind] = enum_column(InvoiceKind, default=InvoiceKind.INVOICE, index=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"), index=True)
    order_id: Mapped[int | None] = mapped_column(ForeignKey("orders.id"), index=True)
    billing_run_id: Mapped[int | None] = mapped_column(ForeignKey("billing_runs.id"), index=True)
    # A reminder points at the invoice it reminds of; a credit note at the invoice it credits.
    parent_invoice_id: Mapped[int | None] = mapped_column(ForeignKey("invoices.id"), index=True)
    reminder_level: Mapped[int] = mapped_column(Integer, default=0)
    invoice_date: Mapped[dt.date] = mapped_column(Date)
    due_date: Mapped[dt.date] = mapped_column(Date, index=True)
    reference: Mapped[str] = mapped_column(String(35), index=True)
    channel: Mapped[Channel] = enum_column(Channel, default=Channel.PAPER)
    language: Mapped[str] = mapped_column(String(5), default="fi")
    net_cents: Mapped[int] = mapped_column(BigInteger, default=0)
    vat_cents: Mapped[int] = mapped_column(BigInteger, default=0)
    total_cents: Mapped[int] = mapped_column(BigInteger, default=0)
    # Credit balance applied on this invoice; the amount to pay is total - balance applied.
    balance_applied_cents: Mapped[int] = mapped_column(BigInteger, default=0)
    paid_cents: Mapped[int] = mapped_column(BigInteger, default=0)
    status: Mapped[InvoiceStatus] = enum_column(InvoiceStatus, default=InvoiceStatus.OPEN, index=True)
    no_reminders: Mapped[bool] = mapped_column(Boolean, default=False)
    collection_transferred_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    # Refund invoices (W6): when finance paid the money back, and to which account.
    paid_out_date: Mapped[dt.date | None] = mapped_column(Date)
    paid_out_iban: Mapped[str] = mapped_column(String(40), default="")
    message: Mapped[str] = mapped_column(Text, default="")  # message to the customer
    internal_note: Mapped[str] = mapped_column(Text, default="")
    sent_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    voucher_id: Mapped[int | None] = mapped_column(ForeignKey("vouchers.id"))
    created_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)

    __table_args__ = (
        # Open invoices by due date, with every column the reminder candidates read (a covering
        # partial index: only open invoices, no row lookups; services/reminders.py).
        Index("ix_invoices_open_due", *OPEN_DUE_INDEX_COLUMNS,
              sqlite_where=text("status = 'open'"), postgresql_where=text("status = 'open'")),
    )


class InvoiceLine(Base):
    __tablename__ = "invoice_lines"

    id: Mapped[int] = mapped_column(primary_key=True)
    invoice_id: Mapped[int] = mapped_column(ForeignKey("invoices.id", ondelete="CASCADE"), index=True)
    line_no: Mapped[int] = mapped_column(Integer)
    kind: Mapped[LineKind] = enum_column(LineKind, default=LineKind.ITEM)
    order_id: Mapped[int | None] = mapped_column(ForeignKey("orders.id"))
    product_id: Mapped[int | None] = mapped_column(ForeignKey("products.id"))
    billing_request_id: Mapped[int | None] = mapped_column(ForeignKey("billing_requests.id"))
    description: Mapped[str] = mapped_column(String(300), default="")
    period_start: Mapped[dt.date | None] = mapped_column(Date)
    period_end: Mapped[dt.date | None] = mapped_column(Date)
    quantity: Mapped[int] = mapped_column(Integer, default=1)
    unit_price_cents: Mapped[int] = mapped_column(BigInteger, default=0)
    net_cents: Mapped[int] = mapped_column(BigInteger, default=0)
    vat_rate_bp: Mapped[int] = mapped_column(Integer, default=0)
    vat_cents: Mapped[int] = mapped_column(BigInteger, default=0)
    gross_cents: Mapped[int] = mapped_column(BigInteger, default=0)
