"""Builders for the payment and reminder tests: posted invoices with known references (``tests.factories``),
and the payment invariants checked independently of the code under test."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop_app.models import Payment, Posting, Settlement, Voucher
from desktop_app.services import ledger
from desktop_app.services.ledger import checks
from tests.factories import posted_invoice

__all__ = ["invoice", "problems"]

invoice = posted_invoice  # the payment tests' name for it


def problems(session: Session) -> list[str]:
    """check-ledger's findings plus the payment invariants, checked independently."""
    found = [v.message for v in checks.check_ledger(session)]
    for pid, amount, unallocated in session.execute(select(Payment.id, Payment.amount_cents,
                                                           Payment.unallocated_cents)):
        allocated = session.scalar(select(func.coalesce(func.sum(Settlement.amount_cents), 0)).where(
            Settlement.payment_id == pid, Settlement.undone_at.is_(None)))
        if amount > 0 and allocated + unallocated > amount:
            found.append(f"payment {pid}: allocated {allocated} + unallocated {unallocated} > {amount}")
        if allocated < 0 or unallocated < 0:
            found.append(f"payment {pid}: negative allocation")
    acc = ledger.account_map(session)
    posted_unallocated = session.scalar(select(func.coalesce(func.sum(Posting.amount_cents), 0))
                                        .where(Posting.account_id == acc.unallocated))
    waiting = session.scalar(select(func.coalesce(func.sum(Payment.unallocated_cents), 0)))
    if -posted_unallocated != waiting:
        found.append(f"unallocated account {-posted_unallocated} != payments waiting {waiting}")
    for vid, total in session.execute(select(Voucher.id, func.sum(Posting.amount_cents))
                                      .join(Posting, Posting.voucher_id == Voucher.id).group_by(Voucher.id)):
        if total != 0:
            found.append(f"voucher {vid} sums to {total}")
    return found
