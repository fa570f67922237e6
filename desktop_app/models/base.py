"""Declarative base shared by every mapped table.

Money columns are integer cents (``*_cents``) on both databases, so no float ever
reaches a sum; services convert to ``Decimal`` at the edge.
"""

from __future__ import annotations

import datetime as dt
import enum

from sqlalchemy import BigInteger, DateTime, MetaData, String
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.types import TypeDecorator

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class UTCDateTime(TypeDecorator[dt.datetime]):
    """Timezone-aware UTC timestamps on SQLite too (which stores naive text)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: object) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            value = value.replace(tzinfo=dt.UTC)
        return value.astimezone(dt.UTC)

    def process_result_value(self, value: dt.datetime | None, dialect: object) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=dt.UTC)
        return value.astimezone(dt.UTC)


def enum_column(enum_cls: type[enum.Enum], **kw: object) -> Mapped:  # type: ignore[type-arg]
    """Store an enum by its value as plain text (portable, readable in SQL, easy to migrate)."""
    length = max(len(str(m.value)) for m in enum_cls) + 8
    from sqlalchemy import Enum

    return mapped_column(
        Enum(enum_cls, native_enum=False, length=length, values_callable=lambda e: [m.value for m in e],
             validate_strings=True, create_constraint=False),
        **kw,  # type: ignore[arg-type]
    )


Cents = BigInteger
ShortText = String(100)
