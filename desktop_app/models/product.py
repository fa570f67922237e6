from __future__ import annotations

import datetime as dt

from sqlalchemy import BigInteger, Boolean, Date, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from desktop_app.models.base import Base, enum_column
from desktop_app.models.enums import BillingSchedule, ProductKind, VatClass


class Product(Base):
    """A magazine subscription, an advertisement or a one-off item, with its list price."""

    __tablename__ = "products"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[ProductKind] = enum_column(ProductKind, default=ProductKind.SUBSCRIPTION)
    vat_class: Mapped[VatClass] = enum_column(VatClass, default=VatClass.STANDARD)
    # List price per billing period, VAT excluded.
    price_cents: Mapped[int] = mapped_column(BigInteger, default=0)
    billing_schedule: Mapped[BillingSchedule] = enum_column(BillingSchedule, default=BillingSchedule.YEARLY)
    deliveries_per_period: Mapped[int] = mapped_column(Integer, default=0)
    revenue_account_id: Mapped[int | None] = mapped_column(ForeignKey("accounts.id"))
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class VatRate(Base):
    """Date-effective VAT rate of a VAT class, in basis points (2550 = 25.5 %)."""

    __tablename__ = "vat_rates"

    id: Mapped[int] = mapped_column(primary_key=True)
    vat_class: Mapped[VatClass] = enum_column(VatClass)
    rate_bp: Mapped[int] = mapped_column(Integer)
    valid_from: Mapped[dt.date] = mapped_column(Date)
    valid_to: Mapped[dt.date | None] = mapped_column(Date)
    account_id: Mapped[int | None] = mapped_column(ForeignKey("accounts.id"))


class ReferenceRate(Base):
    """Finnish reference rate (Korkolaki 12 §) for one half-year, in basis points."""

    __tablename__ = "reference_rates"

    id: Mapped[int] = mapped_column(primary_key=True)
    valid_from: Mapped[dt.date] = mapped_column(Date, unique=True)
    valid_to: Mapped[dt.date] = mapped_column(Date)
    rate_bp: Mapped[int] = mapped_column(Integer)
