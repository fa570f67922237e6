"""The ledger: balanced vouchers only, into open periods after the lock date, never changed once posted.

Signed integer cents: debit positive, credit negative; every voucher sums to zero. A customer's
credit balance is minus the sum of their postings on the customer-balance account (money we hold
for them is a credit there), so it is always derived, never stored.

Immutability is enforced for every Session by the ORM events in ``models/ledger.py``: changing or
deleting a posted voucher or posting raises ``PostedVoucherChanged`` (only a voucher's
``settlement_state`` may change). Periods and the lock date: ``services/periods.py``; the check
reports: ``services/checks.py``.

Descriptions are stored in English and shown in the reader's language: a voucher's or a posting's
``description`` is one of the templates below (``ledger_text``) with its values as JSON in
``description_values`` (``encode_values``; the view shows it with ``i18n.stored_text``). A NULL
``description_values`` means plain text (a payer's name, rows written before templates), shown as it is.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop_app.models import Account, FiscalYear, Period, Posting, Voucher
from desktop_app.models.enums import AccountRole, PeriodState, SettlementState, VoucherKind
from desktop_app.services.foundation import audit, sequences
from desktop_app.services.foundation import settings as settings_service
from desktop_app.services.foundation.bulk import BulkWriter, table_of
from desktop_app.services.foundation.money import cents
from desktop_app.services.foundation.uow import Actor
from desktop_app.services.ledger.errors import (
    BeforeLockDate,
    EmptyVoucher,
    LedgerError,
    NoPeriod,
    PeriodNotOpen,
    PostedVoucherChanged,
    UnbalancedVoucher,
    UnknownAccount,
    YearClosed,
)

__all__ = [
    "AccountMap", "BeforeLockDate", "EmptyVoucher", "NewVoucher", "NoPeriod", "PeriodNotOpen", "PostedVoucherChanged",
    "PostingLine", "UnbalancedVoucher", "UnknownAccount", "YearClosed", "account_map", "check_postable", "customer_balance_cents",
    "decode_values", "encode_values", "ledger_text", "next_open_date", "number_values", "post_voucher", "post_vouchers",
]


# --- descriptions: English templates, translated for the reader --------------------------------

def ledger_text(template: str) -> str:
    """Mark an English description template of a voucher or posting; returns it unchanged.

    ``tools/update_error_translations`` collects the literal argument of every call into the
    "errors" catalogue, so each template below is translated like an error message.
    """
    return template


INVOICE_TEXT = ledger_text("Invoice {number}")
AD_INVOICE_TEXT = ledger_text("Ad invoice {number}")
BALANCE_APPLIED_TEXT = ledger_text("Credit balance applied to invoice {number}")
PAYMENT_OF_INVOICE_TEXT = ledger_text("Payment of invoice {number}")
PAYMENT_TO_INVOICES_TEXT = ledger_text("Payment {reference} to invoice {numbers}")
PAYMENT_UNALLOCATED_TEXT = ledger_text("Payment {reference} unallocated")
PAYMENT_TO_BALANCE_TEXT = ledger_text("Payment to credit balance")
PAYMENT_ID_TO_BALANCE_TEXT = ledger_text("Payment {payment} to credit balance")
PAYMENT_ALLOCATED_TEXT = ledger_text("Payment {payment} allocated to invoice {numbers}")
PAYMENT_REFUNDED_TEXT = ledger_text("Payment {payment} refunded: refund invoice {number}")
BANK_REVERSAL_TEXT = ledger_text("Bank reversal of payment {payment}")
SETTLEMENT_UNDONE_TEXT = ledger_text("Settlement of invoice {number} undone")
REMINDER_TEXT = ledger_text("Reminder {number}")
REMINDER_VOUCHER_TEXT = ledger_text("Payment reminder #{level} {number} of invoice {invoice}")
REFUND_INVOICE_TEXT = ledger_text("Refund invoice {number}")
REFUND_PAID_OUT_TEXT = ledger_text("Refund invoice {number} paid out")
CUTOFF_TO_BALANCE_TEXT = ledger_text("Cut-off of a paid order to credit balance")
CASH_DESK_SALE_TEXT = ledger_text("Cash desk sale: {product}")
ONLINE_SALE_TEXT = ledger_text("Online sale: {product}")
CASH_DESK_REFUND_TEXT = ledger_text("Cash desk refund: {product}")
ONLINE_REFUND_TEXT = ledger_text("Online refund: {product}")


def _json_default(value: object) -> object:
    if isinstance(value, Decimal):
        return {"$eur": str(value)}
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return {"$date": value.isoformat()}
    raise TypeError(f"a description value must be text, a whole number, euros or a date, not {value!r}")


def encode_values(values: Mapping[str, Any] | None) -> str | None:
    """The values of a description template as stored (JSON); euros (``Decimal``) and dates keep their type."""
    if values is None:
        return None
    return json.dumps(values, default=_json_default, ensure_ascii=False, separators=(",", ":"))


def number_values(number: int) -> str:
    """``encode_values({"number": number})`` for the bulk writers, without json.dumps (0.1 µs instead of 2 µs)."""
    return f'{{"number":{number:d}}}'


def _json_object(obj: dict[str, Any]) -> Any:
    if len(obj) == 1:
        if "$eur" in obj:
            return Decimal(obj["$eur"])
        if "$date" in obj:
            return dt.date.fromisoformat(obj["$date"])
    return obj


def decode_values(stored: str | None) -> dict[str, Any] | None:
    """The values of a stored description (``None``: the description is plain text, shown as it is)."""
    if stored is None:
        return None
    try:
        values = json.loads(stored, object_hook=_json_object)
    except ValueError:
        return None
    return values if isinstance(values, dict) else None


@dataclass(frozen=True)
class PostingLine:
    account_id: int
    amount_cents: int  # debit +, credit -
    customer_id: int | None = None
    invoice_id: int | None = None
    payee_id: int | None = None
    vat_rate_bp: int | None = None
    description: str = ""
    description_values: Mapping[str, Any] | None = None  # set: ``description`` is a template (ledger_text)


@dataclass(frozen=True)
class NewVoucher:
    kind: VoucherKind
    voucher_date: dt.date
    lines: Sequence[PostingLine]
    description: str = ""
    invoice_id: int | None = None
    payment_id: int | None = None
    reversal_of_id: int | None = None
    description_values: Mapping[str, Any] | None = None  # set: ``description`` is a template (ledger_text)


@dataclass(frozen=True)
class AccountMap:
    """Account ids by role, looked up once per unit of work."""

    receivables: int
    bank: int
    cash: int
    customer_balance: int
    unallocated: int
    refund: int
    reminder_fee_income: int
    interest_income: int
    payables: int
    revenue_default: int
    vat_by_rate: dict[int, int] = field(default_factory=dict)  # rate_bp -> VAT payable account id


def account_map(session: Session) -> AccountMap:
    by_role: dict[AccountRole, int] = {}
    for acc_id, role in session.execute(
        select(Account.id, Account.role).where(Account.active.is_(True)).order_by(Account.number)
    ):
        by_role.setdefault(role, acc_id)
    from desktop_app.models import VatRate

    vat_by_rate: dict[int, int] = {}
    for rate_bp, account_id in session.execute(select(VatRate.rate_bp, VatRate.account_id)):
        if account_id is not None:
            vat_by_rate.setdefault(rate_bp, account_id)
    try:
        return AccountMap(
            receivables=by_role[AccountRole.RECEIVABLES],
            bank=by_role[AccountRole.BANK],
            cash=by_role.get(AccountRole.CASH, by_role[AccountRole.BANK]),
            customer_balance=by_role[AccountRole.CUSTOMER_BALANCE],
            unallocated=by_role[AccountRole.UNALLOCATED_PAYMENTS],
            refund=by_role[AccountRole.REFUND],
            reminder_fee_income=by_role[AccountRole.REMINDER_FEE_INCOME],
            interest_income=by_role.get(AccountRole.INTEREST_INCOME, by_role[AccountRole.REMINDER_FEE_INCOME]),
            payables=by_role[AccountRole.PAYABLES],
            revenue_default=by_role[AccountRole.REVENUE],
            vat_by_rate=vat_by_rate,
        )
    except KeyError as exc:
        raise LedgerError("The chart of accounts has no account for the role {role}.", role=str(exc.args[0])) from exc


def next_open_date(session: Session, date: dt.date) -> dt.date | None:
    """The first date on or after ``date`` that accepts postings."""
    lock = settings_service.get(session, "ledger.lock_date")
    start = max(date, lock + dt.timedelta(days=1)) if lock else date
    rows = session.execute(
        select(Period.start_date, Period.end_date)
        .join(FiscalYear, FiscalYear.id == Period.fiscal_year_id)
        .where(Period.end_date >= start, Period.state == PeriodState.OPEN, FiscalYear.closed_at.is_(None))
        .order_by(Period.start_date)
        .limit(1)
    ).first()
    if rows is None:
        return None
    return max(start, rows[0])


def check_postable(session: Session, date: dt.date, *, lock_date: dt.date | None | bool = False) -> None:
    """Raise unless ``date`` is in an open period of an open year, after the posting lock date."""
    lock = settings_service.get(session, "ledger.lock_date") if lock_date is False else lock_date
    if isinstance(lock, dt.date) and date <= lock:
        raise BeforeLockDate(date=date.isoformat(), lock_date=lock.isoformat(),
                             next_open=_iso(next_open_date(session, date)))
    row = session.execute(
        select(Period.state, FiscalYear.closed_at, FiscalYear.name)
        .join(FiscalYear, FiscalYear.id == Period.fiscal_year_id)
        .where(Period.start_date <= date, Period.end_date >= date)
        # PostgreSQL: a share lock, so a period cannot be held or closed under a posting in flight.
        .with_for_update(read=True, of=Period)
    ).first()
    if row is None:
        raise NoPeriod(date=date.isoformat())
    state, closed_at, year = row
    if closed_at is not None:
        raise YearClosed(year=year)
    if state != PeriodState.OPEN:
        raise PeriodNotOpen(date=date.isoformat(), state=str(state).replace("_", " "),
                            next_open=_iso(next_open_date(session, date)))


def _iso(value: dt.date | None) -> str:
    return value.isoformat() if value else "-"


def _validate(voucher: NewVoucher) -> None:
    if len(voucher.lines) < 2:
        raise EmptyVoucher()
    total = sum(line.amount_cents for line in voucher.lines)
    if total != 0:
        raise UnbalancedVoucher(difference=total)


def _check_accounts(session: Session, account_ids: set[int]) -> None:
    active = set(session.scalars(select(Account.id).where(Account.id.in_(account_ids), Account.active.is_(True))))
    missing = sorted(account_ids - active)
    if missing:
        raise UnknownAccount(account_id=missing[0])


_VOUCHER_COLUMNS = ("number", "voucher_date", "kind", "description", "description_values", "invoice_id", "payment_id",
                    "reversal_of_id", "settlement_state", "created_by", "created_at")
_POSTING_COLUMNS = ("voucher_id", "line_no", "account_id", "amount_cents", "customer_id", "invoice_id", "payee_id",
                    "vat_rate_bp", "description", "description_values")


def post_voucher(session: Session, actor: Actor, voucher: NewVoucher) -> int:
    """Validate and post one voucher; returns its id. Lines of zero cents are dropped."""
    return post_vouchers(session, actor, [voucher])[0]


def post_vouchers(session: Session, actor: Actor, vouchers: Sequence[NewVoucher], *, audit_each: bool = True) -> list[int]:
    """Post many vouchers with bulk inserts (billing runs, imports). All or nothing."""
    if not vouchers:
        return []
    cleaned = [
        NewVoucher(v.kind, v.voucher_date, [ln for ln in v.lines if ln.amount_cents != 0], v.description,
                   v.invoice_id, v.payment_id, v.reversal_of_id, v.description_values)
        for v in vouchers
    ]
    lock = settings_service.get(session, "ledger.lock_date")
    for date in sorted({v.voucher_date for v in cleaned}):
        check_postable(session, date, lock_date=lock)
    for v in cleaned:
        _validate(v)
    _check_accounts(session, {ln.account_id for v in cleaned for ln in v.lines})
    first_number = sequences.take(session, sequences.VOUCHER, len(cleaned))
    # Plain tuples through BulkWriter (COPY on PostgreSQL): an ORM bulk insert splits its batch
    # wherever the set of None values changes (a bank line without a customer next to one with),
    # which on PostgreSQL meant a round trip per posting.
    w = BulkWriter(session)
    vouchers_t = table_of(Voucher)
    now = w.converter(vouchers_t.c.created_at)(dt.datetime.now(dt.UTC))
    day = w.converter(vouchers_t.c.voucher_date)
    w.insert(vouchers_t, _VOUCHER_COLUMNS, [
        (first_number + offset, day(v.voucher_date), v.kind, v.description, encode_values(v.description_values),
         v.invoice_id, v.payment_id, v.reversal_of_id, SettlementState.NONE, actor.user_id, now)
        for offset, v in enumerate(cleaned)
    ])
    by_number: dict[int, int] = {
        number: vid
        for number, vid in session.execute(
            select(Voucher.number, Voucher.id).where(
                Voucher.number.between(first_number, first_number + len(cleaned) - 1)
            )
        )
    }
    ids = [by_number[first_number + offset] for offset in range(len(cleaned))]
    w.insert(table_of(Posting), _POSTING_COLUMNS, [
        (vid, n, ln.account_id, ln.amount_cents, ln.customer_id, ln.invoice_id, ln.payee_id, ln.vat_rate_bp,
         ln.description, encode_values(ln.description_values))
        for vid, v in zip(ids, cleaned, strict=True)
        for n, ln in enumerate(v.lines, start=1)
    ])
    if audit_each:
        for vid, v in zip(ids, cleaned, strict=True):
            audit.record(session, actor, "voucher.posted", "voucher", vid,
                         after={"kind": v.kind, "date": v.voucher_date, "lines": len(v.lines)})
    else:
        audit.record(session, actor, "vouchers.posted", "voucher", ids[0],
                     after={"count": len(ids), "first": ids[0], "last": ids[-1]})
    return ids


def customer_balance_cents(session: Session, customer_id: int, accounts: AccountMap | None = None) -> int:
    """The customer's credit balance (money we hold for them), positive when we owe them."""
    accounts = accounts or account_map(session)
    total = session.scalar(
        select(func.coalesce(func.sum(Posting.amount_cents), 0)).where(
            Posting.account_id == accounts.customer_balance, Posting.customer_id == customer_id
        )
    )
    return -cents(total)
