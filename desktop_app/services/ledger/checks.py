"""Check reports (SPEC W11): does the ledger agree with itself and with the invoices and payments?

Each check is one SQL aggregate (the database does the work, so a million postings take seconds,
not a Python loop) and returns ``Violation``s whose English message names the voucher, invoice,
payment or customer and the amounts. All checks are listed in ``CHECKS``, each with a stable
code; a later check is one function and one line there.

Conventions the checks rely on (SPEC §5, ``services/ledger.py``): signed cents, debit positive;
an invoice's own voucher is ``invoice.voucher_id`` and its receivables line carries the invoice
id; a settlement with a payment allocates that payment, one without a payment is credit balance
applied (``invoice.balance_applied_cents``); ``invoice.paid_cents`` is the payments allocated.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Select, and_, case, func, or_, select, union_all
from sqlalchemy.orm import Session

from desktop_app.models import Account, Customer, Invoice, Payment, Posting, Settlement, Voucher
from desktop_app.models.enums import AccountRole, InvoiceKind, InvoiceStatus
from desktop_app.services.foundation.money import cents, to_decimal

DEFAULT_LIMIT = 1000  # violations listed per check; a corrupt ledger is reported, not dumped


@dataclass(frozen=True)
class Violation:
    code: str
    message: str
    refs: dict[str, Any] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        return {"code": self.code, "message": self.message, **self.refs}


@dataclass(frozen=True)
class LedgerReport:
    vouchers: int
    postings: int
    violations: tuple[Violation, ...]

    @property
    def ok(self) -> bool:
        return not self.violations


@dataclass(frozen=True)
class _Accounts:
    """Account ids by role (inactive ones too: old postings keep their meaning) and numbers."""

    number: dict[int, str]
    by_role: dict[AccountRole, tuple[int, ...]]
    active: tuple[int, ...]

    def ids(self, *roles: AccountRole) -> list[int]:
        return [i for r in roles for i in self.by_role.get(r, ())] or [-1]

    def name(self, account_id: int) -> str:
        return self.number.get(account_id, f"#{account_id} (missing)")


def _accounts(session: Session) -> _Accounts:
    number: dict[int, str] = {}
    by_role: dict[AccountRole, list[int]] = {}
    active: list[int] = []
    for acc_id, acc_number, role, is_active in session.execute(
        select(Account.id, Account.number, Account.role, Account.active)
    ):
        number[acc_id] = acc_number
        by_role.setdefault(role, []).append(acc_id)
        if is_active:
            active.append(acc_id)
    return _Accounts(number, {r: tuple(ids) for r, ids in by_role.items()}, tuple(active) or (-1,))


def _eur(amount: object) -> str:
    return f"{to_decimal(cents(amount))} EUR"


@dataclass(frozen=True)
class Check:
    code: str
    description: str
    run: Callable[[Session, _Accounts, int], list[Violation]]


CheckFn = Callable[[Session, _Accounts, int], list[Violation]]
_CHARGED_KINDS = (InvoiceKind.INVOICE, InvoiceKind.AD_INVOICE, InvoiceKind.REMINDER)


def _rows(session: Session, query: Select[*tuple[Any, ...]], limit: int) -> Sequence[Any]:
    return session.execute(query.limit(limit + 1)).all()


def _truncated(code: str, rows: Sequence[Any], limit: int, make: Callable[[Any], Violation]) -> list[Violation]:
    out = [make(r) for r in rows[:limit]]
    if len(rows) > limit:
        out.append(Violation(code, f"More violations of this kind were found; only the first {limit} are listed.",
                             {"truncated": True}))
    return out


# --- vouchers ---------------------------------------------------------------------------------

def _unbalanced(session: Session, acc: _Accounts, limit: int) -> list[Violation]:
    per_voucher = (
        select(Posting.voucher_id, func.sum(Posting.amount_cents).label("total"))
        .group_by(Posting.voucher_id).having(func.sum(Posting.amount_cents) != 0).subquery()
    )
    rows = _rows(session, select(Voucher.id, Voucher.number, per_voucher.c.total)
                 .join(per_voucher, per_voucher.c.voucher_id == Voucher.id).order_by(Voucher.number), limit)
    return _truncated("VOUCHER_UNBALANCED", rows, limit, lambda r: Violation(
        "VOUCHER_UNBALANCED",
        f"Voucher {r.number} does not balance: its postings sum to {_eur(r.total)} instead of 0.",
        {"voucher_id": r.id, "voucher_number": r.number, "difference_cents": cents(r.total)}))


def _too_few_postings(session: Session, acc: _Accounts, limit: int) -> list[Violation]:
    n = func.count(Posting.id)
    rows = _rows(session, select(Voucher.id, Voucher.number, n.label("n"))
                 .outerjoin(Posting, Posting.voucher_id == Voucher.id)
                 .group_by(Voucher.id, Voucher.number).having(n < 2).order_by(Voucher.number), limit)
    return _truncated("VOUCHER_TOO_FEW_POSTINGS", rows, limit, lambda r: Violation(
        "VOUCHER_TOO_FEW_POSTINGS",
        f"Voucher {r.number} has {r.n} posting{'s' if r.n != 1 else ''}; a voucher needs at least two.",
        {"voucher_id": r.id, "voucher_number": r.number, "postings": r.n}))


def _bad_account(session: Session, acc: _Accounts, limit: int) -> list[Violation]:
    rows = _rows(session, select(Voucher.id, Voucher.number, Posting.account_id,
                                 func.sum(Posting.amount_cents).label("total"), func.count().label("n"))
                 .join(Voucher, Voucher.id == Posting.voucher_id)
                 .where(Posting.account_id.not_in(acc.active))
                 .group_by(Voucher.id, Voucher.number, Posting.account_id)
                 .order_by(Voucher.number, Posting.account_id), limit)

    def make(r: Any) -> Violation:
        what = (f"the inactive account {acc.number[r.account_id]}" if r.account_id in acc.number
                else f"account id {r.account_id}, which does not exist")
        return Violation("POSTING_BAD_ACCOUNT",
                         f"Voucher {r.number} posts {_eur(r.total)} ({r.n} line{'s' if r.n != 1 else ''}) on {what}.",
                         {"voucher_id": r.id, "voucher_number": r.number, "account_id": r.account_id,
                          "amount_cents": cents(r.total)})

    return _truncated("POSTING_BAD_ACCOUNT", rows, limit, make)


def _reversal_not_mirror(session: Session, acc: _Accounts, limit: int) -> list[Violation]:
    reversal, original = Voucher.__table__.alias("rv"), Voucher.__table__.alias("ov")
    postings = Posting.__table__
    lines = union_all(
        select(reversal.c.id.label("rid"), postings.c.account_id, postings.c.customer_id, postings.c.invoice_id,
               postings.c.amount_cents)
        .join(postings, postings.c.voucher_id == reversal.c.id).where(reversal.c.reversal_of_id.is_not(None)),
        select(reversal.c.id.label("rid"), postings.c.account_id, postings.c.customer_id, postings.c.invoice_id,
               postings.c.amount_cents)
        .join(postings, postings.c.voucher_id == reversal.c.reversal_of_id),
    ).subquery()
    diffs = (select(lines.c.rid, lines.c.account_id, func.sum(lines.c.amount_cents).label("diff"))
             .group_by(lines.c.rid, lines.c.account_id, lines.c.customer_id, lines.c.invoice_id)
             .having(func.sum(lines.c.amount_cents) != 0).subquery())
    rows = _rows(session, select(reversal.c.id, reversal.c.number, original.c.number.label("original"),
                                 diffs.c.account_id, func.sum(diffs.c.diff).label("diff"))
                 .join(diffs, diffs.c.rid == reversal.c.id).join(original, original.c.id == reversal.c.reversal_of_id)
                 .group_by(reversal.c.id, reversal.c.number, original.c.number, diffs.c.account_id)
                 .order_by(reversal.c.number, diffs.c.account_id), limit)
    return _truncated("REVERSAL_NOT_MIRROR", rows, limit, lambda r: Violation(
        "REVERSAL_NOT_MIRROR",
        f"Reversal voucher {r.number} does not mirror voucher {r.original}: on account {acc.name(r.account_id)} "
        f"the two add up to {_eur(r.diff)} instead of 0 (same accounts, customers and invoices, negated amounts).",
        {"voucher_id": r.id, "voucher_number": r.number, "original_voucher_number": r.original,
         "account_id": r.account_id, "difference_cents": cents(r.diff)}))


# --- invoices ---------------------------------------------------------------------------------

def _invoice_postings(acc: _Accounts) -> Any:
    """Per invoice with a voucher: receivables (for that invoice), income, VAT and refund sums."""
    amount = Posting.amount_cents
    receivables = Posting.account_id.in_(acc.ids(AccountRole.RECEIVABLES))
    return (
        select(
            Invoice.id, Invoice.number, Invoice.kind, Invoice.net_cents, Invoice.vat_cents, Invoice.total_cents,
            Voucher.number.label("voucher_number"),
            func.coalesce(func.sum(case((and_(receivables, Posting.invoice_id == Invoice.id), amount), else_=0)), 0)
            .label("receivables"),
            func.coalesce(func.sum(case((Posting.account_id.in_(acc.ids(
                AccountRole.REVENUE, AccountRole.REMINDER_FEE_INCOME, AccountRole.INTEREST_INCOME)), amount),
                else_=0)), 0).label("income"),
            func.coalesce(func.sum(case((Posting.account_id.in_(acc.ids(AccountRole.VAT_PAYABLE)), amount),
                                        else_=0)), 0).label("vat"),
            func.coalesce(func.sum(case((Posting.account_id.in_(acc.ids(AccountRole.REFUND)), amount),
                                        else_=0)), 0).label("refund"),
        )
        .join(Voucher, Voucher.id == Invoice.voucher_id)
        .outerjoin(Posting, Posting.voucher_id == Invoice.voucher_id)
        .group_by(Invoice.id, Invoice.number, Invoice.kind, Invoice.net_cents, Invoice.vat_cents,
                  Invoice.total_cents, Voucher.number)
    )


def _invoice_kind_text(kind: str) -> str:
    return {"invoice": "Invoice", "ad_invoice": "Ad invoice", "reminder": "Reminder",
            "refund_invoice": "Refund invoice", "credit_note": "Credit note"}.get(str(kind), "Invoice")


def _invoice_receivables(session: Session, acc: _Accounts, limit: int) -> list[Violation]:
    q = _invoice_postings(acc).where(Invoice.kind.in_(_CHARGED_KINDS))
    q = q.having(func.coalesce(func.sum(case((and_(Posting.account_id.in_(acc.ids(AccountRole.RECEIVABLES)),
                                                    Posting.invoice_id == Invoice.id), Posting.amount_cents),
                                             else_=0)), 0) != Invoice.total_cents)
    rows = _rows(session, q.order_by(Invoice.number), limit)
    return _truncated("INVOICE_RECEIVABLES_MISMATCH", rows, limit, lambda r: Violation(
        "INVOICE_RECEIVABLES_MISMATCH",
        f"{_invoice_kind_text(r.kind)} {r.number} totals {_eur(r.total_cents)} but its voucher {r.voucher_number} "
        f"debits {_eur(r.receivables)} to receivables for it.",
        {"invoice_id": r.id, "invoice_number": r.number, "voucher_number": r.voucher_number,
         "expected_cents": r.total_cents, "posted_cents": cents(r.receivables)}))


def _invoice_income(session: Session, acc: _Accounts, limit: int) -> list[Violation]:
    income = case((Posting.account_id.in_(acc.ids(AccountRole.REVENUE, AccountRole.REMINDER_FEE_INCOME,
                                                   AccountRole.INTEREST_INCOME)), Posting.amount_cents), else_=0)
    vat = case((Posting.account_id.in_(acc.ids(AccountRole.VAT_PAYABLE)), Posting.amount_cents), else_=0)
    q = _invoice_postings(acc).where(Invoice.kind.in_(_CHARGED_KINDS)).having(or_(
        func.coalesce(func.sum(income), 0) != -Invoice.net_cents,
        func.coalesce(func.sum(vat), 0) != -Invoice.vat_cents,
    ))
    rows = _rows(session, q.order_by(Invoice.number), limit)
    return _truncated("INVOICE_REVENUE_MISMATCH", rows, limit, lambda r: Violation(
        "INVOICE_REVENUE_MISMATCH",
        f"{_invoice_kind_text(r.kind)} {r.number} has net {_eur(r.net_cents)} and VAT {_eur(r.vat_cents)} but its "
        f"voucher {r.voucher_number} credits {_eur(-cents(r.income))} to revenue and {_eur(-cents(r.vat))} to VAT.",
        {"invoice_id": r.id, "invoice_number": r.number, "voucher_number": r.voucher_number,
         "net_cents": r.net_cents, "vat_cents": r.vat_cents, "revenue_posted_cents": -cents(r.income),
         "vat_posted_cents": -cents(r.vat)}))


def _refund_invoice(session: Session, acc: _Accounts, limit: int) -> list[Violation]:
    refund = case((Posting.account_id.in_(acc.ids(AccountRole.REFUND)), Posting.amount_cents), else_=0)
    q = (_invoice_postings(acc).where(Invoice.kind == InvoiceKind.REFUND_INVOICE)
         .having(func.coalesce(func.sum(refund), 0) != -Invoice.total_cents))
    rows = _rows(session, q.order_by(Invoice.number), limit)
    return _truncated("REFUND_INVOICE_MISMATCH", rows, limit, lambda r: Violation(
        "REFUND_INVOICE_MISMATCH",
        f"Refund invoice {r.number} totals {_eur(r.total_cents)} but its voucher {r.voucher_number} credits "
        f"{_eur(-cents(r.refund))} to the refund account.",
        {"invoice_id": r.id, "invoice_number": r.number, "voucher_number": r.voucher_number,
         "expected_cents": r.total_cents, "posted_cents": -cents(r.refund)}))


def _invoice_not_posted(session: Session, acc: _Accounts, limit: int) -> list[Violation]:
    rows = _rows(session, select(Invoice.id, Invoice.number, Invoice.kind, Invoice.total_cents)
                 .where(Invoice.voucher_id.is_(None), Invoice.total_cents != 0,
                        Invoice.kind.in_((*_CHARGED_KINDS, InvoiceKind.REFUND_INVOICE)),
                        Invoice.status != InvoiceStatus.CANCELLED)
                 .order_by(Invoice.number), limit)
    return _truncated("INVOICE_NOT_POSTED", rows, limit, lambda r: Violation(
        "INVOICE_NOT_POSTED",
        f"{_invoice_kind_text(r.kind)} {r.number} of {_eur(r.total_cents)} has no voucher in the ledger.",
        {"invoice_id": r.id, "invoice_number": r.number, "total_cents": r.total_cents}))


def _live_settlements() -> Any:
    paid = func.sum(case((Settlement.payment_id.is_not(None), Settlement.amount_cents), else_=0))
    balance = func.sum(case((Settlement.payment_id.is_(None), Settlement.amount_cents), else_=0))
    return (select(Settlement.invoice_id, paid.label("paid"), balance.label("balance"))
            .where(Settlement.undone_at.is_(None)).group_by(Settlement.invoice_id).subquery())


def _invoice_settlements(session: Session, acc: _Accounts, limit: int) -> list[Violation]:
    s = _live_settlements()
    paid, balance = func.coalesce(s.c.paid, 0), func.coalesce(s.c.balance, 0)
    rows = _rows(session, select(Invoice.id, Invoice.number, Invoice.kind, Invoice.paid_cents,
                                 Invoice.balance_applied_cents, paid.label("settled_paid"),
                                 balance.label("settled_balance"))
                 .outerjoin(s, s.c.invoice_id == Invoice.id)
                 .where(or_(paid != Invoice.paid_cents, balance != Invoice.balance_applied_cents))
                 .order_by(Invoice.number), limit)

    def make(r: Any) -> Violation:
        parts = []
        if cents(r.settled_paid) != r.paid_cents:
            parts.append(f"payments settled on it add up to {_eur(r.settled_paid)} but it shows "
                         f"{_eur(r.paid_cents)} paid")
        if cents(r.settled_balance) != r.balance_applied_cents:
            parts.append(f"credit balance settled on it adds up to {_eur(r.settled_balance)} but it shows "
                         f"{_eur(r.balance_applied_cents)} balance applied")
        return Violation("INVOICE_SETTLEMENTS_MISMATCH",
                         f"{_invoice_kind_text(r.kind)} {r.number}: {'; '.join(parts)}.",
                         {"invoice_id": r.id, "invoice_number": r.number, "paid_cents": r.paid_cents,
                          "settled_paid_cents": cents(r.settled_paid),
                          "balance_applied_cents": r.balance_applied_cents,
                          "settled_balance_cents": cents(r.settled_balance)})

    return _truncated("INVOICE_SETTLEMENTS_MISMATCH", rows, limit, make)


def _invoice_overallocated(session: Session, acc: _Accounts, limit: int) -> list[Violation]:
    s = _live_settlements()
    settled = func.coalesce(s.c.paid, 0) + func.coalesce(s.c.balance, 0)
    rows = _rows(session, select(Invoice.id, Invoice.number, Invoice.kind, Invoice.total_cents, Invoice.paid_cents,
                                 Invoice.balance_applied_cents, settled.label("settled"))
                 .outerjoin(s, s.c.invoice_id == Invoice.id)
                 .where(or_(settled > Invoice.total_cents,
                            Invoice.paid_cents + Invoice.balance_applied_cents > Invoice.total_cents))
                 .order_by(Invoice.number), limit)
    return _truncated("INVOICE_OVERALLOCATED", rows, limit, lambda r: Violation(
        "INVOICE_OVERALLOCATED",
        f"{_invoice_kind_text(r.kind)} {r.number} totals {_eur(r.total_cents)} but {_eur(r.settled)} is settled on "
        f"it ({_eur(r.paid_cents)} paid, {_eur(r.balance_applied_cents)} credit balance applied).",
        {"invoice_id": r.id, "invoice_number": r.number, "total_cents": r.total_cents,
         "settled_cents": cents(r.settled), "paid_cents": r.paid_cents,
         "balance_applied_cents": r.balance_applied_cents}))


def _invoice_status(session: Session, acc: _Accounts, limit: int) -> list[Violation]:
    covered = Invoice.paid_cents + Invoice.balance_applied_cents
    rows = _rows(session, select(Invoice.id, Invoice.number, Invoice.kind, Invoice.status, Invoice.total_cents,
                                 covered.label("covered"))
                 .where(Invoice.kind.in_(_CHARGED_KINDS), or_(
                     and_(Invoice.status == InvoiceStatus.PAID, covered < Invoice.total_cents),
                     and_(Invoice.status == InvoiceStatus.OPEN, covered >= Invoice.total_cents)))
                 .order_by(Invoice.number), limit)
    return _truncated("INVOICE_STATUS_MISMATCH", rows, limit, lambda r: Violation(
        "INVOICE_STATUS_MISMATCH",
        f"{_invoice_kind_text(r.kind)} {r.number} is marked {str(r.status).replace('_', ' ')} but "
        f"{_eur(r.covered)} of its {_eur(r.total_cents)} is paid or covered by credit balance.",
        {"invoice_id": r.id, "invoice_number": r.number, "status": str(r.status), "total_cents": r.total_cents,
         "covered_cents": cents(r.covered)}))


# --- payments and customer balances ----------------------------------------------------------

def _payment_overallocated(session: Session, acc: _Accounts, limit: int) -> list[Violation]:
    live = (select(Settlement.payment_id, func.sum(Settlement.amount_cents).label("allocated"))
            .where(Settlement.undone_at.is_(None), Settlement.payment_id.is_not(None))
            .group_by(Settlement.payment_id).subquery())
    rows = _rows(session, select(Payment.id, Payment.amount_cents, Payment.reference, Payment.booking_date,
                                 live.c.allocated)
                 .join(live, live.c.payment_id == Payment.id)
                 .where(live.c.allocated > Payment.amount_cents, live.c.allocated > 0)
                 .order_by(Payment.id), limit)
    return _truncated("PAYMENT_OVERALLOCATED", rows, limit, lambda r: Violation(
        "PAYMENT_OVERALLOCATED",
        f"Payment {r.id} of {_eur(r.amount_cents)} (reference {r.reference or '-'}, booked {r.booking_date}) "
        f"is allocated {_eur(r.allocated)} to invoices.",
        {"payment_id": r.id, "amount_cents": r.amount_cents, "allocated_cents": cents(r.allocated)}))


def _customer_balance_negative(session: Session, acc: _Accounts, limit: int) -> list[Violation]:
    per_customer = (select(Posting.customer_id, func.sum(Posting.amount_cents).label("total"))
                    .where(Posting.account_id.in_(acc.ids(AccountRole.CUSTOMER_BALANCE)),
                           Posting.customer_id.is_not(None))
                    .group_by(Posting.customer_id).having(func.sum(Posting.amount_cents) > 0).subquery())
    rows = _rows(session, select(Customer.id, Customer.customer_number, Customer.name, per_customer.c.total)
                 .join(per_customer, per_customer.c.customer_id == Customer.id)
                 .order_by(Customer.customer_number), limit)
    return _truncated("CUSTOMER_BALANCE_NEGATIVE", rows, limit, lambda r: Violation(
        "CUSTOMER_BALANCE_NEGATIVE",
        f"Customer {r.customer_number} ({r.name}) has a credit balance of {_eur(-cents(r.total))}: more balance "
        f"was applied or paid out than was ever held.",
        {"customer_id": r.id, "customer_number": r.customer_number, "balance_cents": -cents(r.total)}))


def _balance_without_customer(session: Session, acc: _Accounts, limit: int) -> list[Violation]:
    rows = _rows(session, select(Voucher.id, Voucher.number, func.sum(Posting.amount_cents).label("total"))
                 .join(Voucher, Voucher.id == Posting.voucher_id)
                 .where(Posting.account_id.in_(acc.ids(AccountRole.CUSTOMER_BALANCE)), Posting.customer_id.is_(None))
                 .group_by(Voucher.id, Voucher.number).order_by(Voucher.number), limit)
    return _truncated("BALANCE_POSTING_WITHOUT_CUSTOMER", rows, limit, lambda r: Violation(
        "BALANCE_POSTING_WITHOUT_CUSTOMER",
        f"Voucher {r.number} posts {_eur(r.total)} on the customer-balance account without naming a customer.",
        {"voucher_id": r.id, "voucher_number": r.number, "amount_cents": cents(r.total)}))


CHECKS: tuple[Check, ...] = (
    Check("VOUCHER_UNBALANCED", "Every voucher sums to zero.", _unbalanced),
    Check("VOUCHER_TOO_FEW_POSTINGS", "Every voucher has at least two postings.", _too_few_postings),
    Check("POSTING_BAD_ACCOUNT", "Postings are on existing, active accounts.", _bad_account),
    Check("REVERSAL_NOT_MIRROR", "Every reversal mirrors its original voucher.", _reversal_not_mirror),
    Check("INVOICE_NOT_POSTED", "Every invoice with an amount has a voucher.", _invoice_not_posted),
    Check("INVOICE_RECEIVABLES_MISMATCH", "An invoice's receivables posting equals its total.",
          _invoice_receivables),
    Check("INVOICE_REVENUE_MISMATCH", "An invoice's revenue and VAT postings equal its net and VAT.",
          _invoice_income),
    Check("REFUND_INVOICE_MISMATCH", "A refund invoice's refund-account posting equals its total.",
          _refund_invoice),
    Check("INVOICE_SETTLEMENTS_MISMATCH", "Settlements on an invoice equal its paid and balance-applied amounts.",
          _invoice_settlements),
    Check("INVOICE_OVERALLOCATED", "Payments and balance allocated to an invoice never exceed it.",
          _invoice_overallocated),
    Check("INVOICE_STATUS_MISMATCH", "An invoice is paid exactly when it is fully covered.", _invoice_status),
    Check("PAYMENT_OVERALLOCATED", "A payment never allocates more than its amount.", _payment_overallocated),
    Check("CUSTOMER_BALANCE_NEGATIVE", "No customer's credit balance is negative.", _customer_balance_negative),
    Check("BALANCE_POSTING_WITHOUT_CUSTOMER", "Every customer-balance posting names its customer.",
          _balance_without_customer),
)
CHECK_CODES = tuple(c.code for c in CHECKS)


def check_ledger(session: Session, *, codes: Sequence[str] | None = None,
                 limit_per_check: int = DEFAULT_LIMIT) -> list[Violation]:
    """Run every check (or those named) and return the violations, in check order."""
    unknown = set(codes or ()) - set(CHECK_CODES)
    if unknown:
        raise ValueError(f"unknown check codes: {sorted(unknown)}")
    accounts = _accounts(session)
    return [v for check in CHECKS if codes is None or check.code in codes
            for v in check.run(session, accounts, limit_per_check)]


def ledger_counts(session: Session) -> tuple[int, int]:
    """(vouchers, postings) in the ledger."""
    vouchers = session.scalar(select(func.count()).select_from(Voucher))
    postings = session.scalar(select(func.count()).select_from(Posting))
    return cents(vouchers), cents(postings)


def run_checks(session: Session, *, limit_per_check: int = DEFAULT_LIMIT) -> LedgerReport:
    """Counts and violations in one consistent read.

    On PostgreSQL (shared by several desks) a fresh session reads from one REPEATABLE READ
    snapshot, so vouchers posted elsewhere while the checks run can neither half-appear nor skew
    the counts. On SQLite (one desk) each check is one statement and sees one consistent state.
    """
    if not session.in_transaction() and session.get_bind().dialect.name == "postgresql":
        session.connection(execution_options={"isolation_level": "REPEATABLE READ"})
    vouchers, postings = ledger_counts(session)
    return LedgerReport(vouchers, postings, tuple(check_ledger(session, limit_per_check=limit_per_check)))

