from __future__ import annotations

import datetime as dt

from sqlalchemy import BigInteger, Boolean, Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desktop_app.models.base import Base, UTCDateTime, enum_column, utcnow
from desktop_app.models.enums import BillingSchedule, OrderStatus, PaymentMethod, SalesChannel


class CutoffReason(Base):
    """The configurable list of reasons for cutting off a paid order (W2)."""

    __tablename__ = "cutoff_reasons"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    label_fi: Mapped[str] = mapped_column(String(200))
    label_sv: Mapped[str] = mapped_column(String(200), default="")
    label_en: Mapped[str] = mapped_column(String(200), default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Order(Base):
    """A subscription or one-off sale of a product; the payer is billed, the recipient receives."""

    __tablename__ = "orders"

    id: Mapped[int] = mapped_column(primary_key=True)
    order_number: Mapped[int] = mapped_column(BigInteger, unique=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"), index=True)
    recipient_id: Mapped[int | None] = mapped_column(ForeignKey("customers.id"))
    product_id: Mapped[int] = mapped_column(ForeignKey("products.id"), index=True)
    quantity: Mapped[int] = mapped_column(Integer, default=1)
    # Price per billing period, VAT excluded; may differ from the product's list price.
    unit_price_cents: Mapped[int] = mapped_column(BigInteger)
    billing_schedule: Mapped[BillingSchedule] = enum_column(BillingSchedule, default=BillingSchedule.YEARLY)
    period_start: Mapped[dt.date] = mapped_column(Date)
    period_end: Mapped[dt.date | None] = mapped_column(Date)  # None: continuous until cancelled
    billed_until: Mapped[dt.date | None] = mapped_column(Date)  # billing requests exist up to here
    deliveries_total: Mapped[int] = mapped_column(Integer, default=0)
    sales_channel: Mapped[SalesChannel] = enum_column(SalesChannel, default=SalesChannel.INVOICE)
    payment_method: Mapped[PaymentMethod] = enum_column(PaymentMethod, default=PaymentMethod.INVOICE)
    status: Mapped[OrderStatus] = enum_column(OrderStatus, default=OrderStatus.ACTIVE, index=True)
    cutoff_date: Mapped[dt.date | None] = mapped_column(Date)
    cutoff_reason_id: Mapped[int | None] = mapped_column(ForeignKey("cutoff_reasons.id"))
    cancelled_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    refunded_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    refund_reason: Mapped[str] = mapped_column(String(200), default="")
    refund_message: Mapped[str] = mapped_column(Text, default="")
    refund_expected_date: Mapped[dt.date | None] = mapped_column(Date)  # online refunds: +5 business days
    note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}
