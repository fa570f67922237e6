from __future__ import annotations

import datetime as dt

from sqlalchemy import BigInteger, Date, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desktop_app.models.base import Base, UTCDateTime, enum_column, utcnow
from desktop_app.models.enums import PaymentSource, PaymentStatus


class PaymentImport(Base):
    """One imported bank file; the file hash stops the same file being imported twice."""

    __tablename__ = "payment_imports"

    id: Mapped[int] = mapped_column(primary_key=True)
    file_name: Mapped[str] = mapped_column(String(400))
    file_sha256: Mapped[str] = mapped_column(String(64), index=True)
    imported_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    imported_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    payments: Mapped[int] = mapped_column(BigInteger, default=0)


class Payment(Base):
    """Money received: from a bank file, entered by hand, or taken at the cash desk / online."""

    __tablename__ = "payments"

    id: Mapped[int] = mapped_column(primary_key=True)
    # The bank's references as the clerk reads them (entry ref / transaction ref), cut to fit; not unique.
    bank_ref: Mapped[str | None] = mapped_column(String(100), index=True)
    # What makes an imported payment one payment (camt054.BankPayment.identity, sha256 hex): idempotent import.
    # NULL for payments entered by hand and for bank payments imported before 0005 (their bank_ref is the key).
    identity: Mapped[str | None] = mapped_column(String(64), unique=True)
    # The bank's archive id of the transaction (TxDtls/Refs/AcctSvcrRef) and the payer's EndToEndId: what a
    # return refers to. NULL when the bank gives none (or gives one longer than fits: never matched on a cut id).
    archive_id: Mapped[str | None] = mapped_column(String(100), index=True)
    end_to_end_id: Mapped[str | None] = mapped_column(String(100), index=True)
    import_id: Mapped[int | None] = mapped_column(ForeignKey("payment_imports.id"))
    source: Mapped[PaymentSource] = enum_column(PaymentSource, default=PaymentSource.MANUAL)
    amount_cents: Mapped[int] = mapped_column(BigInteger)
    currency: Mapped[str] = mapped_column(String(3), default="EUR")
    booking_date: Mapped[dt.date] = mapped_column(Date)
    value_date: Mapped[dt.date | None] = mapped_column(Date)
    reference: Mapped[str] = mapped_column(String(35), default="", index=True)
    payer_name: Mapped[str] = mapped_column(String(200), default="")
    message: Mapped[str] = mapped_column(Text, default="")
    customer_id: Mapped[int | None] = mapped_column(ForeignKey("customers.id"), index=True)
    status: Mapped[PaymentStatus] = enum_column(PaymentStatus, default=PaymentStatus.UNMATCHED, index=True)
    # Cents of this payment not yet allocated to an invoice nor turned into balance.
    unallocated_cents: Mapped[int] = mapped_column(BigInteger, default=0)
    handling_reason: Mapped[str] = mapped_column(String(300), default="")
    voucher_id: Mapped[int | None] = mapped_column(ForeignKey("vouchers.id"))
    created_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)


class Settlement(Base):
    """An allocation of (part of) a payment, or of credit balance, to an invoice."""

    __tablename__ = "settlements"

    id: Mapped[int] = mapped_column(primary_key=True)
    invoice_id: Mapped[int] = mapped_column(ForeignKey("invoices.id"), index=True)
    payment_id: Mapped[int | None] = mapped_column(ForeignKey("payments.id"), index=True)
    amount_cents: Mapped[int] = mapped_column(BigInteger)
    settled_on: Mapped[dt.date] = mapped_column(Date)
    voucher_id: Mapped[int | None] = mapped_column(ForeignKey("vouchers.id"))
    undone_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    undo_voucher_id: Mapped[int | None] = mapped_column(ForeignKey("vouchers.id"))
    created_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
