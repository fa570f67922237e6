from __future__ import annotations

import datetime as dt

from sqlalchemy import BigInteger, Boolean, ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from desktop_app.models.base import Base, UTCDateTime, enum_column, utcnow
from desktop_app.models.enums import Channel, CustomerKind


def search_text(length: int) -> String:
    """A search key column: bytewise ("C") collation on PostgreSQL, like SQLite's default BINARY.

    Prefix search is a range scan (``key >= p AND key < successor(p)``); with a bytewise
    collation it is an index seek that finds exactly the keys starting with ``p`` whatever the
    database's locale.
    """
    return String(length).with_variant(String(length, collation="C"), "postgresql")


class Customer(Base):
    """The payer of orders: a person or a company, with its billing data."""

    __tablename__ = "customers"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_number: Mapped[int] = mapped_column(BigInteger, unique=True)
    kind: Mapped[CustomerKind] = enum_column(CustomerKind, default=CustomerKind.PERSON)
    first_name: Mapped[str] = mapped_column(String(100), default="")
    last_name: Mapped[str] = mapped_column(String(100), default="")
    company_name: Mapped[str] = mapped_column(String(200), default="")
    contact_person: Mapped[str] = mapped_column(String(200), default="")
    # Derived, kept in step by the customer service: display name and its folded form for search.
    name: Mapped[str] = mapped_column(String(300), default="")
    search_name: Mapped[str] = mapped_column(search_text(300), default="", index=True)
    street: Mapped[str] = mapped_column(String(200), default="")
    postal_code: Mapped[str] = mapped_column(search_text(20), default="", index=True)
    city: Mapped[str] = mapped_column(String(100), default="")
    country: Mapped[str] = mapped_column(String(2), default="FI")
    email: Mapped[str] = mapped_column(String(254), default="")
    email_folded: Mapped[str] = mapped_column(search_text(254), default="", index=True)
    phone: Mapped[str] = mapped_column(String(40), default="")
    # National significant digits (no country code, no leading 0): "040 123 4567" and
    # "+358 40 1234567" both store "401234567", so a phone in any format finds the customer.
    phone_digits: Mapped[str] = mapped_column(search_text(40), default="", index=True)
    language: Mapped[str] = mapped_column(String(5), default="fi")
    billing_channel: Mapped[Channel] = enum_column(Channel, default=Channel.PAPER)
    einvoice_address: Mapped[str] = mapped_column(String(40), default="")
    einvoice_operator: Mapped[str] = mapped_column(String(40), default="")
    business_id: Mapped[str] = mapped_column(String(20), default="")
    iban: Mapped[str] = mapped_column(String(40), default="")
    bic: Mapped[str] = mapped_column(String(11), default="")
    payment_term_days: Mapped[int] = mapped_column(Integer, default=14)
    no_reminders: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}


class CustomerSearchToken(Base):
    """One folded word of a customer's name, company or city, for any-word prefix search.

    A range scan on (token) is an index seek on SQLite and PostgreSQL alike.
    """

    __tablename__ = "customer_search_tokens"

    token: Mapped[str] = mapped_column(search_text(100), primary_key=True)
    customer_id: Mapped[int] = mapped_column(
        ForeignKey("customers.id", ondelete="CASCADE"), primary_key=True
    )

    # (customer, token): a multi-word search checks "does this customer also have a token under that
    # prefix?" inside the index, without reading the table (services/search.py ``_by_name``).
    __table_args__ = (Index("ix_customer_search_tokens_customer_token", "customer_id", "token"),)
