"""The billing tests' builders (customers, products, orders and credit balances, from ``tests.factories``)
and the ledger invariants a billing run must keep."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop_app.models import BillingRequest, Customer, Invoice, InvoiceLine, Posting, Product, Voucher
from desktop_app.services import ledger
from tests import factories
from tests.factories import credit_balance, customer, order, product

__all__ = ["Customer", "Product", "customer", "give_balance", "ledger_problems", "order", "product"]

# The one counter of tests.factories: a test that names its own product codes counts on it too.
_numbers = factories._numbers
give_balance = credit_balance  # the billing tests' name for it


def ledger_problems(session: Session) -> list[str]:
    """The §5 invariants the billing run touches, checked independently of the code under test."""
    problems: list[str] = []
    for vid, total in session.execute(select(Posting.voucher_id, func.sum(Posting.amount_cents))
                                      .group_by(Posting.voucher_id)):
        if int(total) != 0:
            problems.append(f"voucher {vid} sums to {total}")
    accounts = ledger.account_map(session)
    receivable = dict(session.execute(
        select(Posting.invoice_id, func.sum(Posting.amount_cents))
        .where(Posting.account_id == accounts.receivables, Posting.invoice_id.is_not(None))
        .group_by(Posting.invoice_id)).all())
    for inv in session.scalars(select(Invoice)):
        lines = session.execute(select(InvoiceLine.kind, InvoiceLine.net_cents, InvoiceLine.vat_cents,
                                       InvoiceLine.gross_cents).where(InvoiceLine.invoice_id == inv.id)).all()
        items = [ln for ln in lines if ln.kind == "item"]
        if sum(ln.gross_cents for ln in items) != inv.total_cents:
            problems.append(f"invoice {inv.number}: lines {sum(ln.gross_cents for ln in items)} != {inv.total_cents}")
        if any(ln.net_cents + ln.vat_cents != ln.gross_cents for ln in lines):
            problems.append(f"invoice {inv.number}: a line's net + VAT is not its gross")
        if sum(ln.gross_cents for ln in lines) != inv.total_cents - inv.balance_applied_cents:
            problems.append(f"invoice {inv.number}: lines do not add up to the amount to pay")
        if int(receivable.get(inv.id, 0)) != inv.total_cents - inv.balance_applied_cents - inv.paid_cents:
            problems.append(f"invoice {inv.number}: receivables {receivable.get(inv.id)} != open amount")
        if inv.voucher_id is None or session.get(Voucher, inv.voucher_id) is None:
            problems.append(f"invoice {inv.number}: no voucher")
    for req in session.scalars(select(BillingRequest).where(BillingRequest.status == "billed")):
        if req.invoice_id is None:
            problems.append(f"billing request {req.id} billed without an invoice")
    return problems
