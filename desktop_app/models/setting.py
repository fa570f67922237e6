from __future__ import annotations

from sqlalchemy import BigInteger, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desktop_app.models.base import Base


class Setting(Base):
    """One stored setting value (text); the typed registry lives in services.settings."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class NumberSequence(Base):
    """Gap-free counters (invoice, voucher, customer, order numbers).

    Taken with a row lock (SELECT … FOR UPDATE on PostgreSQL; SQLite serialises writers),
    so two desks never get the same number.
    """

    __tablename__ = "number_sequences"

    name: Mapped[str] = mapped_column(String(40), primary_key=True)
    next_value: Mapped[int] = mapped_column(BigInteger)
