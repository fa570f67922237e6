"""Posted vouchers never change: ORM events that refuse, through any Session, an UPDATE or DELETE of a
posting or of a voucher (only its settlement marking may change later). Corrections are reversal
vouchers (SPEC W8).

The rule is the ledger's, so it lives here, not in the tables: importing ``desktop_app.services.ledger``
registers it, and ``bootstrap.open_database`` imports it before it hands out a session.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, event, inspect
from sqlalchemy.orm import Mapper, ORMExecuteState, Session

from desktop_app.models import Posting, Voucher
from desktop_app.services.ledger.errors import PostedVoucherChanged

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
