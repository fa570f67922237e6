from __future__ import annotations

import datetime as dt

from sqlalchemy import BigInteger, Boolean, Date, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from desktop_app.models.base import Base, UTCDateTime, enum_column, utcnow
from desktop_app.models.enums import BillingRequestStatus, BillingRunKind


class BillingRun(Base):
    """One billing run (laskutusajo), identified for clerks by its batch id (luontitunnus)."""

    __tablename__ = "billing_runs"

    id: Mapped[int] = mapped_column(primary_key=True)
    batch_id: Mapped[str] = mapped_column(String(40), unique=True)
    kind: Mapped[BillingRunKind] = enum_column(BillingRunKind, default=BillingRunKind.SUBSCRIPTIONS)
    until_date: Mapped[dt.date] = mapped_column(Date)
    invoice_date: Mapped[dt.date] = mapped_column(Date)
    one_invoice_per_order: Mapped[bool] = mapped_column(Boolean, default=False)
    started_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    finished_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    created_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    invoices_created: Mapped[int] = mapped_column(Integer, default=0)
    requests_skipped: Mapped[int] = mapped_column(Integer, default=0)
    total_cents: Mapped[int] = mapped_column(BigInteger, default=0)
    summary_json: Mapped[str] = mapped_column(Text, default="{}")


class BillingRequest(Base):
    """One order period due to be invoiced (laskutuspyyntö)."""

    __tablename__ = "billing_requests"

    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("orders.id"), index=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"), index=True)
    kind: Mapped[BillingRunKind] = enum_column(BillingRunKind, default=BillingRunKind.SUBSCRIPTIONS)
    period_start: Mapped[dt.date] = mapped_column(Date)
    period_end: Mapped[dt.date] = mapped_column(Date)
    bill_date: Mapped[dt.date] = mapped_column(Date, index=True)
    quantity: Mapped[int] = mapped_column(Integer, default=1)
    unit_price_cents: Mapped[int] = mapped_column(BigInteger)
    status: Mapped[BillingRequestStatus] = enum_column(
        BillingRequestStatus, default=BillingRequestStatus.PENDING, index=True
    )
    invoice_id: Mapped[int | None] = mapped_column(ForeignKey("invoices.id"))
    billing_run_id: Mapped[int | None] = mapped_column(ForeignKey("billing_runs.id"))

    # An order period is requested once: the database refuses a duplicate.
    __table_args__ = (UniqueConstraint("order_id", "period_start", name="uq_billing_requests_order_period"),)
