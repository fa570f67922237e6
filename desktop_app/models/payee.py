from __future__ import annotations

import datetime as dt

from sqlalchemy import BigInteger, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from desktop_app.models.base import Base, UTCDateTime, enum_column, utcnow
from desktop_app.models.enums import PayableStatus


class Payee(Base):
    """Someone we pay money to: a customer whose credit balance is reimbursed (W9)."""

    __tablename__ = "payees"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int | None] = mapped_column(ForeignKey("customers.id"), unique=True)
    name: Mapped[str] = mapped_column(String(300))
    iban: Mapped[str] = mapped_column(String(40), default="")
    bic: Mapped[str] = mapped_column(String(11), default="")
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)


class Payable(Base):
    """An amount we owe a payee, waiting to be paid by a SEPA credit transfer."""

    __tablename__ = "payables"

    id: Mapped[int] = mapped_column(primary_key=True)
    payee_id: Mapped[int] = mapped_column(ForeignKey("payees.id"), index=True)
    amount_cents: Mapped[int] = mapped_column(BigInteger)
    status: Mapped[PayableStatus] = enum_column(PayableStatus, default=PayableStatus.OPEN)
    voucher_id: Mapped[int | None] = mapped_column(ForeignKey("vouchers.id"))
    batch: Mapped[str] = mapped_column(String(40), default="")
    created_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
