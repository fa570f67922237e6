from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    BigInteger,
    Boolean,
    Connection,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    event,
    inspect,
)
from sqlalchemy.orm import Mapped, Mapper, ORMExecuteState, Session, mapped_column

from desktop_app.models.base import Base, UTCDateTime, enum_column, utcnow
from desktop_app.models.enums import AccountRole, PeriodState, SettlementState, VoucherKind
from desktop_app.services.foundation.errors import PostedVoucherChanged


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


# --- posted vouchers never change -------------------------------------------------------------
# A voucher and its postings are written once. Corrections are reversal vouchers (SPEC W8); the
# only thing that may change later is the voucher's settlement marking. These ORM events refuse
# every other change made through a Session: flushes of loaded objects and bulk UPDATE/DELETE.

_MUTABLE_VOUCHER_COLUMNS = frozenset({"settlement_state"})


def _changed_columns(target: object) -> set[str]:
    state = inspect(target)
    return {attr.key for attr in state.mapper.column_attrs if state.attrs[attr.key].history.has_changes()}


@event.listens_for(Voucher, "before_update")
def _voucher_before_update(_mapper: Mapper[Voucher], _connection: Connection, target: Voucher) -> None:
    if _changed_columns(target) - _MUTABLE_VOUCHER_COLUMNS:
        raise PostedVoucherChanged()


@event.listens_for(Posting, "before_update")
def _posting_before_update(_mapper: Mapper[Posting], _connection: Connection, target: Posting) -> None:
    if _changed_columns(target):
        raise PostedVoucherChanged()


@event.listens_for(Voucher, "before_delete")
@event.listens_for(Posting, "before_delete")
def _before_delete(_mapper: Mapper[Any], _connection: Connection, _target: object) -> None:
    raise PostedVoucherChanged()


def _column_name(key: object) -> str:
    name = getattr(key, "key", None)
    return name if isinstance(name, str) else str(key)


def _updated_columns(orm_state: ORMExecuteState) -> set[str]:
    """Column names an UPDATE statement sets, through .values() or executemany parameter dicts."""
    stmt: Any = orm_state.statement
    names = {_column_name(k) for k in (getattr(stmt, "_values", None) or {})}
    names |= {_column_name(k) for k, _v in (getattr(stmt, "_ordered_values", None) or ())}
    for row in getattr(stmt, "_multi_values", None) or ():
        for values in row:
            names |= {_column_name(k) for k in (values if isinstance(values, dict) else {})}
    params = orm_state.parameters
    for row in params if isinstance(params, list) else [params] if params else []:
        names |= {_column_name(k) for k in row}
    return names


@event.listens_for(Session, "do_orm_execute")
def _guard_bulk_statements(orm_state: ORMExecuteState) -> None:
    if not (orm_state.is_update or orm_state.is_delete):
        return
    table_name = getattr(getattr(orm_state.statement, "table", None), "name", None)
    if table_name == Posting.__tablename__:
        raise PostedVoucherChanged()
    if table_name == Voucher.__tablename__ and (
        orm_state.is_delete or _updated_columns(orm_state) - _MUTABLE_VOUCHER_COLUMNS - {"id"}
    ):
        raise PostedVoucherChanged()
