"""A customer's credit balance, derived from the ledger: every posting on the customer-balance account,
oldest first, with the balance after each, and the payment money of the customer that waits for the clerk.

The customer card (W1) and the payments screens (W10) both read it; nothing here writes.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop_app.models import Customer, Payment, Posting, Voucher
from desktop_app.models.enums import PaymentStatus, VoucherKind
from desktop_app.services.foundation.errors import NotFound
from desktop_app.services.foundation.money import cents, to_decimal
from desktop_app.services.ledger import posting as ledger

__all__ = ["NEEDS_HANDLING", "BalanceEvent", "CustomerBalance", "balance_history", "customer_balance", "waiting_cents"]

# A payment whose money waits for the clerk: more than its invoices asked, or matched to nothing.
NEEDS_HANDLING = (PaymentStatus.OVERPAID, PaymentStatus.UNMATCHED)


@dataclass(frozen=True)
class BalanceEvent:
    date: dt.date
    voucher_number: int
    kind: VoucherKind
    description: str
    amount_cents: int  # + the customer's balance grew, − it was used or paid out
    running_cents: int
    description_values: Mapping[str, Any] | None = None  # set: description is a template (i18n.stored_text)

    @property
    def amount(self) -> Decimal:
        return to_decimal(self.amount_cents)

    @property
    def running(self) -> Decimal:
        return to_decimal(self.running_cents)


@dataclass(frozen=True)
class CustomerBalance:
    customer_id: int
    customer_number: int
    name: str
    balance_cents: int
    history: tuple[BalanceEvent, ...]
    waiting_cents: int  # unallocated payments of this customer that need handling

    @property
    def balance(self) -> Decimal:
        return to_decimal(self.balance_cents)


def balance_history(session: Session, customer_id: int,
                    accounts: ledger.AccountMap | None = None) -> tuple[BalanceEvent, ...]:
    """Every posting on the customer's balance account, oldest first, with the balance after it."""
    accounts = accounts or ledger.account_map(session)
    history: list[BalanceEvent] = []
    running = 0
    for date, number, kind, description, amount, values in session.execute(
        select(Voucher.voucher_date, Voucher.number, Voucher.kind, Voucher.description, Posting.amount_cents,
               Voucher.description_values)
        .join(Voucher, Voucher.id == Posting.voucher_id)
        .where(Posting.account_id == accounts.customer_balance, Posting.customer_id == customer_id)
        .order_by(Voucher.voucher_date, Voucher.number, Posting.line_no)
    ):
        running -= amount
        history.append(BalanceEvent(date, number, VoucherKind(kind), description, -amount, running,
                                    ledger.decode_values(values)))
    return tuple(history)


def customer_balance(session: Session, customer_id: int) -> CustomerBalance:
    """The customer's credit balance and every posting that made it, oldest first."""
    customer = session.get(Customer, customer_id)
    if customer is None:
        raise NotFound(what="Customer", key=str(customer_id))
    history = balance_history(session, customer_id)
    running = history[-1].running_cents if history else 0
    return CustomerBalance(customer.id, customer.customer_number, customer.name, running, history,
                           waiting_cents(session, customer_id))


def waiting_cents(session: Session, customer_id: int) -> int:
    """The customer's payment money that waits for the clerk (overpaid or unmatched)."""
    return cents(session.scalar(select(func.sum(Payment.unallocated_cents)).where(
        Payment.customer_id == customer_id, Payment.status.in_(NEEDS_HANDLING))))
