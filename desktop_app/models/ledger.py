from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    BigInteger,
    Boolean,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from desktop_app.models.base import Base, UTCDateTime, enum_column, utcnow
from desktop_app.models.enums import AccountRole, PeriodState, SettlementState, VoucherKind


class Account(Base):
    """A ledger account; ``role`` ties it to the postings of SPEC §5."""

    __tablename__ = "accounts"

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(20), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    role: Mapped[AccountRole] = enum_column(AccountRole, default=AccountRole.OTHER, index=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class FiscalYear(Base):
    __tablename__ = "fiscal_years"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(20), unique=True)
    start_date: Mapped[dt.date] = mapped_column(Date)
    end_date: Mapped[dt.date] = mapped_column(Date)
    # Year-end close has been run: the year is locked for good.
    closed_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)


class Period(Base):
    """A monthly accounting period: open, on hold or closed."""

    __tablename__ = "periods"

    id: Mapped[int] = mapped_column(primary_key=True)
    fiscal_year_id: Mapped[int] = mapped_column(ForeignKey("fiscal_years.id"), index=True)
    start_date: Mapped[dt.date] = mapped_column(Date, unique=True)
    end_date: Mapped[dt.date] = mapped_column(Date)
    state: Mapped[PeriodState] = enum_column(PeriodState, default=PeriodState.OPEN)


class Voucher(Base):
    """A balanced set of postings; immutable once posted (corrections are reversals)."""

    __tablename__ = "vouchers"

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[int] = mapped_column(BigInteger, unique=True)
    voucher_date: Mapped[dt.date] = mapped_column(Date, index=True)
    kind: Mapped[VoucherKind] = enum_column(VoucherKind, index=True)
    # An English template ("Invoice {number}") when ``description_values`` holds its values (JSON);
    # plain text when that is NULL (free text, rows written before templates). See ledger.description_text.
    description: Mapped[str] = mapped_column(String(300), default="")
    description_values: Mapped[str | None] = mapped_column(Text)
    invoice_id: Mapped[int | None] = mapped_column(ForeignKey("invoices.id", use_alter=True), index=True)
    payment_id: Mapped[int | None] = mapped_column(ForeignKey("payments.id", use_alter=True), index=True)
    reversal_of_id: Mapped[int | None] = mapped_column(ForeignKey("vouchers.id"), unique=True)
    settlement_state: Mapped[SettlementState] = enum_column(SettlementState, default=SettlementState.NONE)
    created_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)


class Posting(Base):
    """One line of a voucher: signed cents, debit positive and credit negative."""

    __tablename__ = "postings"

    id: Mapped[int] = mapped_column(primary_key=True)
    voucher_id: Mapped[int] = mapped_column(ForeignKey("vouchers.id"), index=True)
    line_no: Mapped[int] = mapped_column(Integer)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id"))
    amount_cents: Mapped[int] = mapped_column(BigInteger)
    customer_id: Mapped[int | None] = mapped_column(ForeignKey("customers.id"))
    invoice_id: Mapped[int | None] = mapped_column(ForeignKey("invoices.id", use_alter=True))
    payee_id: Mapped[int | None] = mapped_column(ForeignKey("payees.id", use_alter=True))
    vat_rate_bp: Mapped[int | None] = mapped_column(Integer)
    description: Mapped[str] = mapped_column(String(300), default="")  # a template when description_values is set
    description_values: Mapped[str | None] = mapped_column(Text)

    __table_args__ = (
        UniqueConstraint("voucher_id", "line_no", name="uq_postings_voucher_line"),
        Index("ix_postings_account_customer", "account_id", "customer_id"),
        Index("ix_postings_invoice_id", "invoice_id"),
    )
