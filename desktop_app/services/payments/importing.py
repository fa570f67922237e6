"""Payments and credit balance (SPEC W10, §5): import, match, settle, hand over, undo.

A payment comes from the bank's camt.054 file (``import_bank_file``) or is entered by hand
(``record_payment``). It matches its invoice by reference number (domestic 7-3-1 or RF, either
form finds the invoice; a reminder's reference pays the reminded invoice first, then the
reminder's fee and interest). What it pays is a settlement; a partial payment leaves the rest of
the invoice open. When what is left over is exactly what the customer's other open invoices owe,
it pays those too (one payment for everything, with one invoice's reference).

Money that pays no invoice — an overpayment, a payment to a paid, cut-off or credited invoice,
a payment whose reference matches nothing — is posted to the *unallocated payments* account and
the payment waits in the "needs handling" queue with its reason, until the clerk turns it into
the customer's credit balance (``to_balance``), refunds it (``refund``: a refund invoice that
waits on the refund report, W6), or allocates it by hand to one or several of the customer's
invoices (``allocate``). ``undo_settlement`` takes a settlement back: the invoice opens again
and the money returns to the payment (or, for credit balance applied, to the balance).

Postings (signed cents, debit +):
- payment matched:      bank +A; receivables −a (per invoice); unallocated −(A − Σa)
- to credit balance:    unallocated +x; customer balance −x
- allocated by hand:    unallocated +Σa; receivables −a (per invoice)
- refunded:             unallocated +x; refund account −x (a refund invoice of x)
- settlement undone:    receivables +a; unallocated −a (or customer balance −a)
- bank reversal:        the payment's postings mirrored, its settlements undone

Imports are idempotent by each payment's identity (``Payment.identity``, unique; see
``camt054``): the bank's archive id with the account and booking date, so an end-of-day file after
the intraday one books only what is new; a file skips what the books already hold and says so.
Without an archive id the identity is the file's own, and a payment that looks like one already in
the books (same amount, reference, booking date and payer) is *held* as possibly imported
already: written down with nothing booked, until the clerk accepts it (``accept_possible_duplicate``)
or discards it (``discard_duplicates``). A file for another account than ``company.iban`` is
refused whole. A bank return takes back the payment the bank's reference names (archive id or
end-to-end id), else the one of its reference number and payer; when several fit it is held too,
until the clerk names the payment (``apply_return``). One import runs at a time on PostgreSQL (a
transaction-level advisory lock), and the invoices it pays are locked, so two desks can neither
import the same file twice nor pay one invoice twice over.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from functools import lru_cache
from typing import Any

from sqlalchemy import and_, func, or_, select, text, update
from sqlalchemy.orm import Session, sessionmaker

from desktop_app.models import (
    Customer,
    Invoice,
    InvoiceLine,
    Payment,
    PaymentImport,
    Settlement,
)
from desktop_app.models.enums import (
    InvoiceKind,
    InvoiceStatus,
    LineKind,
    PaymentSource,
    PaymentStatus,
    VoucherKind,
)
from desktop_app.services import ledger
from desktop_app.services.documents import references
from desktop_app.services.foundation import audit, formatting, sequences
from desktop_app.services.foundation import settings as settings_service
from desktop_app.services.foundation.bulk import IN_CHUNK, BulkWriter, table_of
from desktop_app.services.foundation.errors import NotFound, ReskontraError
from desktop_app.services.foundation.money import cents, to_decimal
from desktop_app.services.foundation.uow import Actor, UnitOfWork
from desktop_app.services.ledger.balance import (
    NEEDS_HANDLING,
    BalanceEvent,
    CustomerBalance,
    balance_history,
    customer_balance,
    waiting_cents,
)
from desktop_app.services.payments import camt054

Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]

_SETTLEMENTS = table_of(Settlement)
_SETTLEMENT_COLUMNS = ("invoice_id", "payment_id", "amount_cents", "settled_on", "voucher_id", "created_by",
                       "created_at")
_PAYMENT_COLUMNS = ("id", "bank_ref", "identity", "archive_id", "end_to_end_id", "import_id", "source", "amount_cents",
                    "currency", "booking_date", "value_date", "reference", "payer_name", "message", "customer_id",
                    "status", "unallocated_cents", "handling_reason", "created_by", "created_at")
_PAYMENTS = table_of(Payment)  # Core inserts: one multi-row INSERT per batch (see ledger.post_vouchers)

# Kinds of invoice a payment may settle: what the customer owes.
PAYABLE_KINDS = (InvoiceKind.INVOICE, InvoiceKind.AD_INVOICE, InvoiceKind.REMINDER)
_OPEN_STATES = (InvoiceStatus.OPEN, InvoiceStatus.COLLECTION)
# Held for the clerk with nothing booked: a possible duplicate (accept or discard) and a return that names no
# original (apply it to the payment it takes back). They wait under "needs handling" too.
HELD = (PaymentStatus.DUPLICATE, PaymentStatus.RETURN)

# Column widths of payments (models/payment.py): every text is made to fit here, the same on SQLite (which would
# store anything) and PostgreSQL (which refuses what is too long).
_BANK_REF_LEN = 100
_REFERENCE_LEN = 35
_PAYER_LEN = 200
_REASON_LEN = 300


# --- errors ------------------------------------------------------------------------------------

class PaymentError(ReskontraError):
    template = "The payment cannot be handled."


class ImportCancelled(PaymentError):
    template = "The import was cancelled; nothing was imported."


class NothingUnallocated(PaymentError):
    template = "Payment {payment} has nothing left to allocate."


class NoCustomerForPayment(PaymentError):
    template = "Payment {payment} matches no customer. Choose the customer first."


class AllocationTooLarge(PaymentError):
    template = "{amount} is more than the {open} still open on invoice {invoice}."


class AllocationExceedsPayment(PaymentError):
    template = "The allocations add up to {amount}, but only {unallocated} of the payment is unallocated."


class AllocationNotPositive(PaymentError):
    template = "An allocation must be more than zero (invoice {invoice})."


class InvoiceNotPayable(PaymentError):
    template = "Invoice {invoice} cannot take a payment: it is {state}."


class OtherCustomersInvoice(PaymentError):
    template = "Invoice {invoice} belongs to customer {invoice_customer}, not to customer {customer} of the payment."


class SettlementAlreadyUndone(PaymentError):
    template = "This settlement of invoice {invoice} was already undone."


class AmountNotPositive(PaymentError):
    template = "The amount must be more than zero."


class OnlyEuro(PaymentError):
    template = "Only euro payments can be entered (not {currency})."


class ReferenceInvalid(PaymentError):
    template = "{reference} is not a valid Finnish or RF reference number."


class NotAPossibleDuplicate(PaymentError):
    template = "Payment {payment} is not held as possibly imported already."


class NotAWaitingReturn(PaymentError):
    template = "Payment {payment} is not a bank return waiting for its original payment."


class NotReturnable(PaymentError):
    template = ("Payment {payment} cannot be taken back by return {bank_ref}: it is for {amount} and the return for "
                "{returned}, or it was already reversed, turned into credit balance or refunded.")


# --- reasons a payment needs handling (stored as template + params, translated when shown) -----
# Classes only so that the translation tool collects their templates; they are never raised.

class HandlingReason(ReskontraError):
    template = "The payment needs handling."


class NoReference(HandlingReason):
    template = "The payment has no reference number."


class UnknownReference(HandlingReason):
    template = "No invoice has the reference {reference}."


class BadReference(HandlingReason):
    template = "The reference {reference} is not a valid Finnish or RF reference number."


class Overpaid(HandlingReason):
    template = "Overpaid by {amount}: invoice {invoice} is paid."


class AlreadyPaid(HandlingReason):
    template = "Invoice {invoice} was already paid."


class Credited(HandlingReason):
    template = "Invoice {invoice} is credited or cut off; nothing is left to pay on it."


class NotPayable(HandlingReason):
    template = "Reference {reference} belongs to a {kind}, which is not paid by the customer."


class Undone(HandlingReason):
    template = "The settlement of invoice {invoice} was undone."


class CustomerOnly(HandlingReason):
    template = "Entered for customer {customer} without an invoice."


class ReversalNoOriginal(HandlingReason):
    template = ("Reversal {bank_ref} of {amount} (reference {reference}) matches no imported payment; "
                "settle it with the bank.")


class ReversalUsed(HandlingReason):
    template = ("Reversal {bank_ref}: payment {payment} was already turned into credit balance that has been "
                "used, or refunded; handle it by hand.")


class ReversalOf(HandlingReason):
    template = "Reversal of payment {payment}."


class ReversedByBank(HandlingReason):
    template = "Reversed by the bank ({bank_ref})."


class PossiblyImported(HandlingReason):
    template = ("Possibly imported already: payment {payment} has the same amount, reference, date and payer, and "
                "the bank gave no archive id to tell them apart. Accept it as a payment or discard it as a duplicate.")


class DiscardedDuplicate(HandlingReason):
    template = "Discarded as a duplicate of payment {payment}."


class ReturnAmbiguous(HandlingReason):
    template = ("Return {bank_ref} of {amount} (reference {reference}, payer {payer}) does not say which payment it "
                "takes back; it may be payment {payments}. Apply it to the right one.")


NO_REFERENCE = NoReference.template
UNKNOWN_REFERENCE = UnknownReference.template
BAD_REFERENCE = BadReference.template
OVERPAID = Overpaid.template
ALREADY_PAID = AlreadyPaid.template
CREDITED = Credited.template
NOT_PAYABLE = NotPayable.template
UNDONE = Undone.template
CUSTOMER_ONLY = CustomerOnly.template
REVERSAL_NO_ORIGINAL = ReversalNoOriginal.template
REVERSAL_USED = ReversalUsed.template


_EUROS = "€:"  # a stored parameter that is an amount in euros, formatted for the reader's language


def _fit(text: str, limit: int) -> str:
    """Text cut to fit a column, with an ellipsis that shows it was cut."""
    return text if len(text) <= limit else text[:limit - 1] + "…"


def _reason(template: str, **params: Any) -> str:
    """The stored reason: JSON of the template and its values, always whole within the column (a value from the
    bank file, such as a 5 000-character reference, is shortened, never the JSON)."""
    stored = {k: _EUROS + str(v) if isinstance(v, Decimal) else str(v) for k, v in params.items()}
    for limit in (60, 24, 8, 1):
        text = json.dumps({"t": template, "p": {k: v if v.startswith(_EUROS) else _fit(v, limit)
                                                for k, v in stored.items()}}, ensure_ascii=False)
        if len(text) <= _REASON_LEN:
            return text
    raise ValueError(f"the reason {template!r} does not fit in {_REASON_LEN} characters")


def reason_of(stored: str) -> tuple[str, dict[str, Any]]:
    """A stored handling reason as (English template, params); plain text (older rows) as itself.

    Amounts come back as ``Decimal`` euros, so ``i18n.error_text`` formats them for the language."""
    if stored.startswith("{"):
        try:
            data = json.loads(stored)
            return str(data["t"]), {str(k): Decimal(v[len(_EUROS):]) if str(v).startswith(_EUROS) else str(v)
                                    for k, v in data.get("p", {}).items()}
        except (ValueError, KeyError, TypeError):
            pass
    # Plain text is shown as it is, never used as a format string (a reason cut before it was JSON-safe).
    return stored.replace("{", "{{").replace("}", "}}"), {}


def _eur(amount_cents: int) -> Decimal:
    """Euros for a message parameter (``i18n.error_text`` formats them for the language)."""
    return to_decimal(amount_cents)


# --- reading -----------------------------------------------------------------------------------

@dataclass(frozen=True)
class PaymentRow:
    id: int
    booking_date: dt.date
    amount_cents: int
    unallocated_cents: int
    reference: str
    payer_name: str
    message: str
    status: PaymentStatus
    source: PaymentSource
    customer_id: int | None
    customer_number: int | None
    customer_name: str
    invoice_numbers: tuple[int, ...]
    reason_template: str
    reason_params: dict[str, Any]
    import_id: int | None
    bank_ref: str

    @property
    def amount(self) -> Decimal:
        return to_decimal(self.amount_cents)

    @property
    def unallocated(self) -> Decimal:
        return to_decimal(self.unallocated_cents)

    @property
    def waiting(self) -> bool:
        """Money waits on the unallocated-payments account: to credit balance, allocate or refund it."""
        return self.unallocated_cents > 0 and self.status in NEEDS_HANDLING

    @property
    def held(self) -> bool:
        """Nothing booked yet: a possible duplicate to accept or discard, or a return to apply."""
        return self.status in HELD

    @property
    def needs_handling(self) -> bool:
        return self.waiting or self.held


def _needs_handling() -> Any:
    return or_(and_(Payment.unallocated_cents > 0, Payment.status.in_(NEEDS_HANDLING)), Payment.status.in_(HELD))


def list_payments(session: Session, *, needs_handling: bool = False, import_id: int | None = None,
                  customer_id: int | None = None, since: dt.date | None = None,
                  limit: int | None = None, payment_ids: Sequence[int] | None = None) -> list[PaymentRow]:
    """Payments, newest first; ``needs_handling``: only those with money waiting for the clerk."""
    stmt = (select(Payment.id, Payment.booking_date, Payment.amount_cents, Payment.unallocated_cents,
                   Payment.reference, Payment.payer_name, Payment.message, Payment.status, Payment.source,
                   Payment.customer_id, Customer.customer_number, Customer.name, Payment.handling_reason,
                   Payment.import_id, Payment.bank_ref)
            .outerjoin(Customer, Customer.id == Payment.customer_id)
            .order_by(Payment.booking_date.desc(), Payment.id.desc()))
    if needs_handling:
        stmt = stmt.where(_needs_handling())
    if import_id is not None:
        stmt = stmt.where(Payment.import_id == import_id)
    if customer_id is not None:
        stmt = stmt.where(Payment.customer_id == customer_id)
    if since is not None:
        stmt = stmt.where(Payment.booking_date >= since)
    if payment_ids is not None:
        stmt = stmt.where(Payment.id.in_(list(payment_ids)))
    if limit:
        stmt = stmt.limit(limit)
    rows = session.execute(stmt).all()
    numbers: dict[int, list[int]] = {}
    ids = [r.id for r in rows]
    for i in range(0, len(ids), IN_CHUNK):
        for pid, number in session.execute(
            select(Settlement.payment_id, Invoice.number).join(Invoice, Invoice.id == Settlement.invoice_id)
            .where(Settlement.payment_id.in_(ids[i:i + IN_CHUNK]), Settlement.undone_at.is_(None))
            .order_by(Settlement.id)
        ):
            if pid is not None:
                numbers.setdefault(pid, []).append(number)
    out = []
    for r in rows:
        template, params = reason_of(r.handling_reason or "")
        out.append(PaymentRow(
            r.id, r.booking_date, r.amount_cents, r.unallocated_cents, r.reference, r.payer_name, r.message,
            PaymentStatus(r.status), PaymentSource(r.source), r.customer_id, r.customer_number, r.name or "",
            tuple(dict.fromkeys(numbers.get(r.id, ()))), template, params, r.import_id, r.bank_ref or "",
        ))
    return out


@dataclass(frozen=True)
class SettlementRow:
    id: int
    invoice_id: int
    invoice_number: int
    invoice_kind: InvoiceKind
    payment_id: int | None
    amount_cents: int
    settled_on: dt.date
    undone: bool

    @property
    def amount(self) -> Decimal:
        return to_decimal(self.amount_cents)


def settlements(session: Session, *, payment_id: int | None = None, invoice_id: int | None = None,
                include_undone: bool = False) -> list[SettlementRow]:
    stmt = (select(Settlement.id, Settlement.invoice_id, Invoice.number, Invoice.kind, Settlement.payment_id,
                   Settlement.amount_cents, Settlement.settled_on, Settlement.undone_at)
            .join(Invoice, Invoice.id == Settlement.invoice_id).order_by(Settlement.id))
    if payment_id is not None:
        stmt = stmt.where(Settlement.payment_id == payment_id)
    if invoice_id is not None:
        stmt = stmt.where(Settlement.invoice_id == invoice_id)
    if not include_undone:
        stmt = stmt.where(Settlement.undone_at.is_(None))
    return [SettlementRow(r.id, r.invoice_id, r.number, InvoiceKind(r.kind), r.payment_id, r.amount_cents,
                          r.settled_on, r.undone_at is not None) for r in session.execute(stmt)]


@dataclass(frozen=True)
class OpenInvoice:
    id: int
    number: int
    kind: InvoiceKind
    invoice_date: dt.date
    due_date: dt.date
    reference: str
    total_cents: int
    open_cents: int
    reminder_level: int

    @property
    def open_amount(self) -> Decimal:
        return to_decimal(self.open_cents)


def open_invoices(session: Session, customer_id: int) -> list[OpenInvoice]:
    """The customer's invoices with something left to pay, oldest due date first."""
    open_ = Invoice.total_cents - Invoice.balance_applied_cents - Invoice.paid_cents
    rows = session.execute(
        select(Invoice.id, Invoice.number, Invoice.kind, Invoice.invoice_date, Invoice.due_date, Invoice.reference,
               Invoice.total_cents, open_.label("open"), Invoice.reminder_level)
        .where(Invoice.customer_id == customer_id, Invoice.kind.in_(PAYABLE_KINDS),
               Invoice.status.in_(_OPEN_STATES), open_ > 0)
        .order_by(Invoice.due_date, Invoice.number))
    return [OpenInvoice(r.id, r.number, InvoiceKind(r.kind), r.invoice_date, r.due_date, r.reference,
                        r.total_cents, cents(r.open), r.reminder_level) for r in rows]


def propose_allocation(session: Session, payment_id: int, customer_id: int | None = None) -> list[tuple[int, int]]:
    """(invoice id, cents): the payment's unallocated money over the customer's oldest open invoices."""
    return allocation_choices(session, payment_id, customer_id)[1]


def allocation_choices(session: Session, payment_id: int,
                       customer_id: int | None = None) -> tuple[list[OpenInvoice], list[tuple[int, int]]]:
    """The customer's open invoices (the payment's customer unless another is given) and the proposal."""
    payment = _payment(session, payment_id)
    customer_id = customer_id or payment.customer_id
    if customer_id is None:
        return [], []
    invoices = open_invoices(session, customer_id)
    left = payment.unallocated_cents
    proposal = []
    for inv in invoices:
        if left <= 0:
            break
        take = min(left, inv.open_cents)
        proposal.append((inv.id, take))
        left -= take
    return invoices, proposal


def invoice_ids_by_number(session: Session, numbers: Sequence[int]) -> dict[int, int]:
    """Invoice ids by invoice number; an unknown number is an error."""
    found = dict(session.execute(select(Invoice.number, Invoice.id).where(Invoice.number.in_(list(numbers)))).all())
    for number in numbers:
        if number not in found:
            raise NotFound(what="Invoice", key=str(number))
    return found


def customer_by_number(session: Session, customer_number: int) -> int:
    cid = session.scalar(select(Customer.id).where(Customer.customer_number == customer_number))
    if cid is None:
        raise NotFound(what="Customer", key=str(customer_number))
    return int(cid)


# --- matching ----------------------------------------------------------------------------------

@dataclass
class _Incoming:
    amount_cents: int
    booking_date: dt.date
    reference: str = ""
    payer_name: str = ""
    message: str = ""
    value_date: dt.date | None = None
    bank_ref: str | None = None
    currency: str = "EUR"
    customer_id: int | None = None  # a hint for a hand-entered payment without a reference
    identity: str | None = None
    archive_id: str | None = None
    end_to_end_id: str | None = None
    held_as_duplicate_of: int | None = None  # possibly imported already: held, nothing booked


@dataclass
class _Inv:
    id: int
    number: int
    kind: InvoiceKind
    customer_id: int
    parent_id: int | None
    status: InvoiceStatus
    total: int
    applied: int
    paid: int
    changed: bool = False

    @property
    def open(self) -> int:
        if self.kind not in PAYABLE_KINDS or self.status not in _OPEN_STATES:
            return 0
        return max(0, self.total - self.applied - self.paid)

    def pay(self, amount: int) -> None:
        self.paid += amount
        self.changed = True
        if self.total - self.applied - self.paid <= 0:
            self.status = InvoiceStatus.PAID


@dataclass
class _Booked:
    incoming: _Incoming
    status: PaymentStatus
    customer_id: int | None
    allocations: list[tuple[_Inv, int]]
    unallocated: int
    reason: str
    payment_id: int = 0


@lru_cache(maxsize=131_072)
def reference_keys(reference: str) -> tuple[str, ...]:
    """The stored forms an invoice with this reference may have: the domestic one and its RF form."""
    ref = references.compact(reference)
    if not ref:
        return ()
    if ref.startswith("RF"):
        if not references.is_valid_rf(ref):
            return ()
        body = ref[4:].lstrip("0")
        return (ref, body) if references.is_valid_domestic(body) else (ref,)
    digits = ref.lstrip("0")
    if not references.is_valid_domestic(digits):
        return ()
    return (digits, references.rf_from_domestic(digits))


def _load_invoices(session: Session, keys: Iterable[str], *, lock: bool) -> tuple[dict[str, _Inv], dict[int, _Inv]]:
    """Invoices by reference (and by id, with the parents of reminders), locked on PostgreSQL when paying."""
    wanted = sorted(set(keys))
    by_ref: dict[str, _Inv] = {}
    by_id: dict[int, _Inv] = {}
    cols = (Invoice.id, Invoice.number, Invoice.kind, Invoice.customer_id, Invoice.parent_invoice_id,
            Invoice.status, Invoice.total_cents, Invoice.balance_applied_cents, Invoice.paid_cents, Invoice.reference)

    def fetch(where: Any) -> list[Any]:
        stmt = select(*cols).where(where).order_by(Invoice.id)
        if lock and session.get_bind().dialect.name == "postgresql":
            stmt = stmt.with_for_update(of=Invoice)
        return list(session.execute(stmt))

    def keep(r: Any) -> _Inv:
        inv = by_id.get(r.id)
        if inv is None:
            inv = by_id[r.id] = _Inv(r.id, r.number, InvoiceKind(r.kind), r.customer_id, r.parent_invoice_id,
                                     InvoiceStatus(r.status), r.total_cents, r.balance_applied_cents, r.paid_cents)
        return inv

    for i in range(0, len(wanted), IN_CHUNK):
        for r in fetch(Invoice.reference.in_(wanted[i:i + IN_CHUNK])):
            inv = keep(r)
            current = by_ref.get(r.reference)
            # Several invoices with one reference: the one still open wins, then the newest.
            if current is None or (inv.open > 0) > (current.open > 0) or (
                    (inv.open > 0) == (current.open > 0) and inv.id > current.id):
                by_ref[r.reference] = inv
    parents = sorted({inv.parent_id for inv in by_id.values()
                      if inv.kind == InvoiceKind.REMINDER and inv.parent_id and inv.parent_id not in by_id})
    for i in range(0, len(parents), IN_CHUNK):
        for r in fetch(Invoice.id.in_(parents[i:i + IN_CHUNK])):
            keep(r)
    return by_ref, by_id


def _match(p: _Incoming, by_ref: dict[str, _Inv], by_id: dict[int, _Inv]) -> _Booked:
    keys = reference_keys(p.reference)
    if not references.compact(p.reference):
        return _unmatched(p, _reason(CUSTOMER_ONLY, customer=p.customer_id) if p.customer_id
                          else _reason(NO_REFERENCE))
    if not keys:
        return _unmatched(p, _reason(BAD_REFERENCE, reference=p.reference))
    inv = next((by_ref[k] for k in keys if k in by_ref), None)
    if inv is None:
        return _unmatched(p, _reason(UNKNOWN_REFERENCE, reference=p.reference))
    if inv.kind not in PAYABLE_KINDS:
        return _Booked(p, PaymentStatus.OVERPAID, inv.customer_id, [], p.amount_cents,
                       _reason(NOT_PAYABLE, reference=p.reference, kind=str(inv.kind).replace("_", " ")))
    targets = [inv]
    if inv.kind == InvoiceKind.REMINDER and inv.parent_id in by_id:
        targets = [by_id[inv.parent_id], inv]  # the debt itself first, then the reminder's costs
    left = p.amount_cents
    allocations: list[tuple[_Inv, int]] = []
    for target in targets:
        take = min(left, target.open)
        if take > 0:
            target.pay(take)
            allocations.append((target, take))
            left -= take
    if not allocations:
        state = CREDITED if inv.status in (InvoiceStatus.CREDITED, InvoiceStatus.CANCELLED) else ALREADY_PAID
        return _Booked(p, PaymentStatus.OVERPAID, inv.customer_id, [], left, _reason(state, invoice=inv.number))
    if left > 0:
        return _Booked(p, PaymentStatus.OVERPAID, inv.customer_id, allocations, left,
                       _reason(OVERPAID, amount=_eur(left), invoice=inv.number))
    status = PaymentStatus.MATCHED if all(t.open == 0 for t, _a in allocations) and inv.open == 0 \
        else PaymentStatus.PARTIAL
    return _Booked(p, status, inv.customer_id, allocations, 0, "")


def _cover_other_invoices(session: Session, booked: list[_Booked], by_id: dict[int, _Inv]) -> None:
    """One payment for several invoices: when what is left of an overpayment is exactly what the
    customer's other invoices still owe, it pays them all (the customer paid "everything" with the
    reference of one). Any other amount waits for the clerk, who can allocate it by hand."""
    over = [b for b in booked if b.status == PaymentStatus.OVERPAID and b.customer_id is not None
            and b.allocations and b.unallocated > 0]
    if not over:
        return
    customers = sorted({b.customer_id for b in over if b.customer_id is not None})
    open_ = Invoice.total_cents - Invoice.balance_applied_cents - Invoice.paid_cents
    cols = (Invoice.id, Invoice.number, Invoice.kind, Invoice.customer_id, Invoice.parent_invoice_id,
            Invoice.status, Invoice.total_cents, Invoice.balance_applied_cents, Invoice.paid_cents)
    for i in range(0, len(customers), IN_CHUNK):
        stmt = (select(*cols).where(Invoice.customer_id.in_(customers[i:i + IN_CHUNK]),
                                    Invoice.kind.in_(PAYABLE_KINDS), Invoice.status.in_(_OPEN_STATES), open_ > 0)
                .order_by(Invoice.id))
        if session.get_bind().dialect.name == "postgresql":
            stmt = stmt.with_for_update(of=Invoice)
        for r in session.execute(stmt):
            if r.id not in by_id:
                by_id[r.id] = _Inv(r.id, r.number, InvoiceKind(r.kind), r.customer_id, r.parent_invoice_id,
                                   InvoiceStatus(r.status), r.total_cents, r.balance_applied_cents, r.paid_cents)
    by_customer: dict[int, list[_Inv]] = {}
    for inv in sorted(by_id.values(), key=lambda x: x.id):
        by_customer.setdefault(inv.customer_id, []).append(inv)
    for b in over:
        others = [inv for inv in by_customer.get(b.customer_id or 0, []) if inv.open > 0]
        if others and sum(inv.open for inv in others) == b.unallocated:
            for inv in others:
                amount = inv.open
                inv.pay(amount)
                b.allocations.append((inv, amount))
            b.status, b.unallocated, b.reason = PaymentStatus.MATCHED, 0, ""


def _unmatched(p: _Incoming, reason: str) -> _Booked:
    return _Booked(p, PaymentStatus.UNMATCHED, p.customer_id, [], p.amount_cents, reason)


def _held(p: _Incoming) -> _Booked:
    """Possibly imported already: written down for the clerk, nothing booked (no money on any account)."""
    return _Booked(p, PaymentStatus.DUPLICATE, None, [], 0, _reason(PossiblyImported.template,
                                                                     payment=p.held_as_duplicate_of))


def _stored_reference(reference: str) -> str:
    return _fit(references.compact(reference), _REFERENCE_LEN)


def _matchable(bank_id: str | None) -> str | None:
    """A bank id kept to match a return by: whole or not at all (a cut id could match another payment)."""
    return bank_id if bank_id and len(bank_id) <= _BANK_REF_LEN else None


def _payment_voucher(b: _Booked, payment_id: int, accounts: ledger.AccountMap) -> ledger.NewVoucher:
    p = b.incoming
    lines = [ledger.PostingLine(accounts.bank, p.amount_cents, description=p.payer_name[:300])]
    lines += [ledger.PostingLine(accounts.receivables, -amount, customer_id=inv.customer_id, invoice_id=inv.id)
              for inv, amount in b.allocations]
    if b.unallocated:
        lines.append(ledger.PostingLine(accounts.unallocated, -b.unallocated, customer_id=b.customer_id))
    numbers = ", ".join(str(inv.number) for inv, _a in b.allocations)
    reference = p.reference or "-"
    return ledger.NewVoucher(
        VoucherKind.PAYMENT, p.booking_date, lines,
        ledger.PAYMENT_TO_INVOICES_TEXT if numbers else ledger.PAYMENT_UNALLOCATED_TEXT, payment_id=payment_id,
        description_values={"reference": reference, "numbers": numbers} if numbers else {"reference": reference})


def _reserve_ids(session: Session, count: int) -> list[int]:
    """Ids for new payments, so they can be written with COPY and still be referred to by vouchers."""
    if session.get_bind().dialect.name == "postgresql":
        return list(session.scalars(text("SELECT nextval(pg_get_serial_sequence('payments', 'id')) "
                                         "FROM generate_series(1, :n)"), {"n": count}))
    # SQLite serves one desk; should another writer get in between, the INSERT fails (unique id), nothing is overwritten.
    first = int(session.scalar(select(func.coalesce(func.max(Payment.id), 0))) or 0) + 1
    return list(range(first, first + count))


def _book(session: Session, actor: Actor, incoming: Sequence[_Incoming], *, source: PaymentSource,
          import_id: int | None, progress: Progress | None = None, cancel: Cancel | None = None) -> list[_Booked]:
    """Match, insert and post these payments in the caller's transaction. All or nothing."""
    if not incoming:
        return []
    accounts = ledger.account_map(session)
    lock = settings_service.get(session, "ledger.lock_date")
    for date in sorted({p.booking_date for p in incoming}):
        ledger.check_postable(session, date, lock_date=lock)  # a closed period refuses the whole file
    to_match = [p for p in incoming if p.held_as_duplicate_of is None]
    by_ref, by_id = _load_invoices(session, (k for p in to_match for k in reference_keys(p.reference)), lock=True)
    booked = [_held(p) if p.held_as_duplicate_of is not None else _match(p, by_ref, by_id) for p in incoming]
    _cover_other_invoices(session, booked, by_id)
    now = dt.datetime.now(dt.UTC)
    writer = BulkWriter(session)
    day = writer.converter(_SETTLEMENTS.c.settled_on)
    stamp = writer.converter(_SETTLEMENTS.c.created_at)(now)
    total = len(booked)
    step = 5000
    for start in range(0, total, step):
        if cancel is not None and cancel():
            raise ImportCancelled()
        part = booked[start:start + step]
        ids = _reserve_ids(session, len(part))
        writer.insert(_PAYMENTS, _PAYMENT_COLUMNS, [
            (pid, _fit(b.incoming.bank_ref, _BANK_REF_LEN) if b.incoming.bank_ref else None, b.incoming.identity,
             _matchable(b.incoming.archive_id), _matchable(b.incoming.end_to_end_id), import_id, source,
             b.incoming.amount_cents, b.incoming.currency,
             day(b.incoming.booking_date), day(b.incoming.value_date) if b.incoming.value_date else None,
             _stored_reference(b.incoming.reference), _fit(b.incoming.payer_name, _PAYER_LEN), b.incoming.message,
             b.customer_id, b.status, b.unallocated, b.reason, actor.user_id, stamp)
            for b, pid in zip(part, ids, strict=True)])
        for b, pid in zip(part, ids, strict=True):
            b.payment_id = pid
        posted = [(b, pid) for b, pid in zip(part, ids, strict=True) if b.status not in HELD]
        voucher_ids = ledger.post_vouchers(
            session, actor, [_payment_voucher(b, pid, accounts) for b, pid in posted], audit_each=False)
        writer.update(_PAYMENTS, "voucher_id", [(vid, pid) for (_b, pid), vid in zip(posted, voucher_ids, strict=True)])
        writer.insert(_SETTLEMENTS, _SETTLEMENT_COLUMNS, [
            (inv.id, pid, amount, day(b.incoming.booking_date), vid, actor.user_id, stamp)
            for (b, pid), vid in zip(posted, voucher_ids, strict=True) for inv, amount in b.allocations])
        if progress is not None:
            progress(min(total, start + step), total)
    # Plain executemany (pipelined on PostgreSQL): the ORM's bulk UPDATE sends a statement per row.
    writer.execute_many("UPDATE invoices SET paid_cents = ?, status = ? WHERE id = ?",
                        [(inv.paid, inv.status, inv.id) for inv in by_id.values() if inv.changed])
    return booked


# --- import ------------------------------------------------------------------------------------

@dataclass(frozen=True)
class ImportResult:
    file_name: str
    import_id: int | None
    payments: int  # new incoming payments booked (each counted once below)
    matched: int  # paid its invoice exactly
    partial: int  # paid part of its invoice
    overpaid: int  # paid more than was open (or to a paid / credited invoice): the rest needs handling
    unmatched: int  # matched no invoice: needs handling
    reversals: int  # bank reversals that cancelled an earlier payment
    duplicates_skipped: int  # already imported (by the bank's transaction reference)
    total_cents: int
    unallocated_cents: int
    refused: tuple[camt054.RefusedEntry, ...] = ()
    already_imported_on: dt.datetime | None = None  # the same file was imported before
    payment_ids: tuple[int, ...] = field(default=())
    possible_duplicates: int = 0  # held as possibly imported already: nothing booked, the clerk decides
    returns_waiting: int = 0  # bank returns that fit several payments: they wait for the clerk

    @property
    def total(self) -> Decimal:
        return to_decimal(self.total_cents)

    @property
    def needs_handling(self) -> int:
        return self.overpaid + self.unmatched + self.possible_duplicates + self.returns_waiting


def import_bank_file(session_factory: sessionmaker[Session], actor: Actor, data: bytes, file_name: str, *,
                     progress: Progress | None = None, cancel: Cancel | None = None) -> ImportResult:
    """Import a camt.054 file: parse it whole, skip what is already in, book the rest. All or nothing."""
    parsed = camt054.parse_camt054(data, file_name)
    digest = hashlib.sha256(data).hexdigest()
    with UnitOfWork(session_factory) as uow:
        session = uow.session
        if session.get_bind().dialect.name == "postgresql":
            # One import at a time: the second desk waits, then sees the first one's payments as duplicates.
            session.execute(text("SELECT pg_advisory_xact_lock(hashtext('reskontra.payment_import'))"))
        _check_account(session, parsed, file_name)
        earlier = session.scalar(select(func.min(PaymentImport.imported_at)).where(PaymentImport.file_sha256 == digest))
        known = _known(session, parsed.payments)
        fresh = [p for p in parsed.payments if p.identity not in known]
        duplicates = len(parsed.payments) - len(fresh)
        incoming = [p for p in fresh if not p.reversal]
        reversals = [p for p in fresh if p.reversal]
        if not fresh:
            return ImportResult(file_name, None, 0, 0, 0, 0, 0, 0, duplicates, 0, 0, tuple(parsed.refused),
                                earlier)
        record = PaymentImport(file_name=file_name[:400], file_sha256=digest, imported_by=actor.user_id,
                               payments=len(fresh))
        session.add(record)
        session.flush()
        lookalikes = _lookalikes(session, [p for p in incoming if not p.has_archive_id])
        booked = _book(session, actor, [
            _Incoming(p.amount_cents, p.booking_date, p.reference, p.payer_name, p.message, p.value_date,
                      p.bank_ref, p.currency, identity=p.identity, archive_id=p.archive_id,
                      end_to_end_id=p.end_to_end_id, held_as_duplicate_of=lookalikes.get(_lookalike_key(p)))
            for p in incoming
        ], source=PaymentSource.BANK_FILE, import_id=record.id, progress=progress, cancel=cancel)
        refused = list(parsed.refused)
        reversed_count = returns_waiting = 0
        for p in reversals:
            problem = _reverse_bank_payment(session, actor, p, record.id)
            if problem is None:
                reversed_count += 1
            elif isinstance(problem, _Waits):
                returns_waiting += 1
            else:
                refused.append(problem)
        counts = {s: sum(1 for b in booked if b.status == s) for s in PaymentStatus}
        paid = [b for b in booked if b.status not in HELD]
        result = ImportResult(
            file_name, record.id, len(paid), counts[PaymentStatus.MATCHED], counts[PaymentStatus.PARTIAL],
            counts[PaymentStatus.OVERPAID], counts[PaymentStatus.UNMATCHED], reversed_count, duplicates,
            sum(b.incoming.amount_cents for b in paid), sum(b.unallocated for b in paid), tuple(refused), earlier,
            possible_duplicates=counts[PaymentStatus.DUPLICATE], returns_waiting=returns_waiting,
        )
        audit.record(session, actor, "payments.imported", "payment_import", record.id, after={
            "file": file_name, "payments": result.payments, "matched": result.matched, "partial": result.partial,
            "overpaid": result.overpaid, "unmatched": result.unmatched, "reversals": reversed_count,
            "duplicates_skipped": duplicates, "refused": len(refused), "total_cents": result.total_cents,
            "possible_duplicates": result.possible_duplicates, "returns_waiting": returns_waiting})
        uow.commit()
        return result


def _check_account(session: Session, parsed: camt054.Camt054File, file_name: str) -> None:
    """The file must be for the company's bank account (settings ``company.iban``), or nothing is imported."""
    expected = references.compact(str(settings_service.get(session, "company.iban") or "")).upper()
    account = references.compact(parsed.account_iban).upper()
    if expected and account != expected:
        raise camt054.OtherAccount(file=file_name or "The file", account=parsed.account_iban, expected=expected)


def _known(session: Session, parsed: Sequence[camt054.BankPayment]) -> set[str]:
    """Identities of these payments already in the books. A payment imported before identities (migration 0005)
    is known by its bank_ref, which was its key then, with its booking date and amount (an entry counter that
    restarts in every file gives another day's payment the same bank_ref)."""
    identities = [p.identity for p in parsed]
    known: set[str] = set()
    for i in range(0, len(identities), IN_CHUNK):
        known.update(i for i in session.scalars(select(Payment.identity).where(
            Payment.identity.in_(identities[i:i + IN_CHUNK]))) if i)
    by_old_key = {(_fit(p.bank_ref, _BANK_REF_LEN), p.booking_date, -p.amount_cents if p.reversal else p.amount_cents):
                  p.identity for p in parsed}
    old_refs = sorted({ref for ref, _d, _a in by_old_key})
    for i in range(0, len(old_refs), IN_CHUNK):
        for r in session.execute(select(Payment.bank_ref, Payment.booking_date, Payment.amount_cents).where(
                Payment.bank_ref.in_(old_refs[i:i + IN_CHUNK]), Payment.identity.is_(None),
                Payment.source == PaymentSource.BANK_FILE)):
            identity = by_old_key.get((r.bank_ref, r.booking_date, r.amount_cents))
            if identity is not None:
                known.add(identity)
    return known


_Lookalike = tuple[int, str, dt.date, str]


def _lookalike_key(p: camt054.BankPayment) -> _Lookalike:
    return p.amount_cents, _stored_reference(p.reference), p.booking_date, _fit(p.payer_name, _PAYER_LEN)


def _lookalikes(session: Session, parsed: Sequence[camt054.BankPayment]) -> dict[_Lookalike, int]:
    """Payments already in the books that these (which have no archive id) may be again: same amount,
    reference, booking date and payer. A payment id by key; none for a payment that looks like no other."""
    wanted = {_lookalike_key(p) for p in parsed}
    if not wanted:
        return {}
    found: dict[_Lookalike, int] = {}
    amounts = sorted({k[0] for k in wanted})
    dates = sorted({k[2] for k in wanted})
    for i in range(0, len(amounts), IN_CHUNK):
        for r in session.execute(
            select(Payment.id, Payment.amount_cents, Payment.reference, Payment.booking_date, Payment.payer_name)
            .where(Payment.amount_cents.in_(amounts[i:i + IN_CHUNK]), Payment.booking_date.in_(dates),
                   Payment.status.notin_((PaymentStatus.DISCARDED, PaymentStatus.RETURN)))
            .order_by(Payment.id)
        ):
            key = (r.amount_cents, r.reference, r.booking_date, r.payer_name)
            if key in wanted:
                found.setdefault(key, r.id)
    return found


class _Waits:
    """A return held for the clerk (see ``_reverse_bank_payment``)."""


_WAITS = _Waits()
_NOT_ORIGINAL = (PaymentStatus.REVERSED, PaymentStatus.DISCARDED, PaymentStatus.DUPLICATE, PaymentStatus.RETURN)
# A return cannot take these back: gone already, or their money has left the payment.
_NOT_RETURNABLE = (*_NOT_ORIGINAL, PaymentStatus.TO_BALANCE, PaymentStatus.REFUNDED)


def _originals(session: Session, p: camt054.BankPayment) -> tuple[Payment | None, list[int]]:
    """The payment a return takes back: by the bank's reference to it (its archive id or end-to-end id), else
    by reference number and payer. (None, candidates) when that is not one payment for sure."""
    base = (select(Payment).where(Payment.amount_cents == p.amount_cents, Payment.source == PaymentSource.BANK_FILE,
                                  Payment.booking_date <= p.booking_date, Payment.status.notin_(_NOT_ORIGINAL))
            .order_by(Payment.booking_date.desc(), Payment.id.desc()))
    for column, value in ((Payment.archive_id, _matchable(p.archive_id)),
                          (Payment.end_to_end_id, _matchable(p.end_to_end_id))):
        if value:
            rows = list(session.scalars(base.where(column == value).limit(2).with_for_update()))
            if len(rows) == 1:
                return rows[0], []
    ref, payer = _stored_reference(p.reference), _fit(p.payer_name, _PAYER_LEN)
    if ref:
        exact = list(session.scalars(base.where(Payment.reference == ref, Payment.payer_name == payer)
                                     .limit(2).with_for_update()))
        if len(exact) == 1:
            return exact[0], []
        like = base.where(or_(Payment.reference == ref, Payment.payer_name == payer)) if payer else \
            base.where(Payment.reference == ref)
    elif payer:
        like = base.where(Payment.payer_name == payer)
    else:
        return None, []
    return None, list(session.scalars(like.with_only_columns(Payment.id).limit(20)))


def _reverse_bank_payment(session: Session, actor: Actor, p: camt054.BankPayment,
                          import_id: int) -> camt054.RefusedEntry | _Waits | None:
    """The bank took back an earlier payment: mirror it and undo what it paid; None when done, ``_WAITS`` when
    it is not sure which payment (held for the clerk, nothing booked), else why it cannot be imported."""
    ref = _stored_reference(p.reference)
    original, candidates = _originals(session, p)
    amount = _eur(p.amount_cents)

    def refuse(template: str, **params: Any) -> camt054.RefusedEntry:
        return camt054.RefusedEntry(p.bank_ref, p.amount_cents, p.currency, p.reference, template,
                                    {k: v if isinstance(v, Decimal) else str(v) for k, v in params.items()})

    if original is None and candidates:
        session.add(Payment(
            bank_ref=_fit(p.bank_ref, _BANK_REF_LEN), identity=p.identity, archive_id=_matchable(p.archive_id),
            end_to_end_id=_matchable(p.end_to_end_id), import_id=import_id, source=PaymentSource.BANK_FILE,
            amount_cents=-p.amount_cents, currency=p.currency, booking_date=p.booking_date, value_date=p.value_date,
            reference=ref, payer_name=_fit(p.payer_name, _PAYER_LEN), message=p.message,
            status=PaymentStatus.RETURN, unallocated_cents=0, created_by=actor.user_id,
            handling_reason=_reason(ReturnAmbiguous.template, bank_ref=p.bank_ref, amount=amount,
                                    reference=p.reference or "-", payer=p.payer_name or "-",
                                    payments=", ".join(str(c) for c in candidates))))
        return _WAITS
    if original is None:
        return refuse(REVERSAL_NO_ORIGINAL, bank_ref=p.bank_ref, amount=amount, reference=p.reference or "-")
    if original.status in (PaymentStatus.TO_BALANCE, PaymentStatus.REFUNDED):
        return refuse(REVERSAL_USED, bank_ref=p.bank_ref, payment=original.id)
    reversal = Payment(bank_ref=_fit(p.bank_ref, _BANK_REF_LEN), identity=p.identity,
                       archive_id=_matchable(p.archive_id), end_to_end_id=_matchable(p.end_to_end_id),
                       import_id=import_id, source=PaymentSource.BANK_FILE,
                       amount_cents=-p.amount_cents, currency=p.currency, booking_date=p.booking_date,
                       value_date=p.value_date, reference=ref, payer_name=_fit(p.payer_name, _PAYER_LEN),
                       message=p.message, created_by=actor.user_id)
    session.add(reversal)
    _reverse(session, actor, original, reversal, p.bank_ref)
    return None


def _reverse(session: Session, actor: Actor, original: Payment, reversal: Payment, bank_ref: str) -> None:
    """Book ``reversal`` (a return: minus the original's amount) as taking ``original`` back."""
    accounts = ledger.account_map(session)
    lines = [ledger.PostingLine(accounts.bank, reversal.amount_cents, description=reversal.payer_name[:300])]
    live = list(session.scalars(select(Settlement).where(Settlement.payment_id == original.id,
                                                         Settlement.undone_at.is_(None)).with_for_update()))
    invoices = {inv.id: inv for inv in session.scalars(
        select(Invoice).where(Invoice.id.in_([s.invoice_id for s in live])).with_for_update())} if live else {}
    for s in live:
        lines.append(ledger.PostingLine(accounts.receivables, s.amount_cents,
                                        customer_id=invoices[s.invoice_id].customer_id, invoice_id=s.invoice_id))
    if original.unallocated_cents:
        lines.append(ledger.PostingLine(accounts.unallocated, original.unallocated_cents,
                                        customer_id=original.customer_id))
    reversal.customer_id, reversal.status, reversal.unallocated_cents = original.customer_id, PaymentStatus.REVERSED, 0
    reversal.handling_reason = _reason(ReversalOf.template, payment=original.id)
    session.flush()
    vid = ledger.post_voucher(session, actor, ledger.NewVoucher(
        VoucherKind.PAYMENT, reversal.booking_date, lines, ledger.BANK_REVERSAL_TEXT,
        payment_id=reversal.id, description_values={"payment": original.id}))
    reversal.voucher_id = vid
    now = dt.datetime.now(dt.UTC)
    for s in live:
        s.undone_at, s.undo_voucher_id = now, vid
        inv = invoices[s.invoice_id]
        inv.paid_cents -= s.amount_cents
        if inv.status == InvoiceStatus.PAID:
            inv.status = InvoiceStatus.OPEN
    original.status, original.unallocated_cents = PaymentStatus.REVERSED, 0
    original.handling_reason = _reason(ReversedByBank.template, bank_ref=bank_ref)
    audit.record(session, actor, "payment.reversed", "payment", original.id, customer_id=original.customer_id,
                 after={"reversal_payment": reversal.id, "voucher": vid, "settlements_undone": len(live)})


# --- held payments: a possible duplicate, a return that names no original -----------------------

def _held_payment(session: Session, payment_id: int, status: PaymentStatus) -> Payment:
    payment = _payment(session, payment_id, lock=True)
    if payment.status != status:
        raise (NotAPossibleDuplicate if status == PaymentStatus.DUPLICATE else NotAWaitingReturn)(payment=payment.id)
    return payment


def accept_possible_duplicate(session: Session, actor: Actor, payment_id: int) -> RecordedPayment:
    """The clerk says a payment held as possibly imported already is a payment of its own: it is booked now, on
    its booking date, and matched like any imported payment."""
    payment = _held_payment(session, payment_id, PaymentStatus.DUPLICATE)
    before = {"status": payment.status, "reason": reason_of(payment.handling_reason)[1]}
    ledger.check_postable(session, payment.booking_date, lock_date=settings_service.get(session, "ledger.lock_date"))
    incoming = _Incoming(payment.amount_cents, payment.booking_date, payment.reference, payment.payer_name,
                         payment.message, payment.value_date, payment.bank_ref, payment.currency)
    by_ref, by_id = _load_invoices(session, reference_keys(payment.reference), lock=True)
    b = _match(incoming, by_ref, by_id)
    _cover_other_invoices(session, [b], by_id)
    vid = ledger.post_voucher(session, actor, _payment_voucher(b, payment.id, ledger.account_map(session)))
    for inv, amount in b.allocations:
        session.add(Settlement(invoice_id=inv.id, payment_id=payment.id, amount_cents=amount,
                               settled_on=payment.booking_date, voucher_id=vid, created_by=actor.user_id))
    for inv in by_id.values():
        if inv.changed:
            session.execute(update(Invoice).where(Invoice.id == inv.id).values(paid_cents=inv.paid, status=inv.status))
    payment.status, payment.customer_id, payment.unallocated_cents = b.status, b.customer_id, b.unallocated
    payment.handling_reason, payment.voucher_id = b.reason, vid
    audit.record(session, actor, "payment.accepted", "payment", payment.id, customer_id=b.customer_id,
                 before=before, after={"status": b.status, "voucher": vid, "unallocated_cents": b.unallocated})
    template, params = reason_of(b.reason)
    return RecordedPayment(payment.id, b.status, tuple(inv.number for inv, _a in b.allocations), b.unallocated,
                           template, params)


def discard_duplicates(session: Session, actor: Actor, payment_ids: Sequence[int]) -> int:
    """The clerk says these held payments were imported already: they are kept, marked discarded, and never
    booked. Returns how many."""
    for pid in sorted(set(payment_ids)):
        payment = _held_payment(session, pid, PaymentStatus.DUPLICATE)
        _template, params = reason_of(payment.handling_reason)
        payment.status = PaymentStatus.DISCARDED
        payment.handling_reason = _reason(DiscardedDuplicate.template, payment=params.get("payment", "-"))
        audit.record(session, actor, "payment.discarded", "payment", payment.id,
                     before={"status": PaymentStatus.DUPLICATE}, after={"status": PaymentStatus.DISCARDED,
                                                                       "duplicate_of": params.get("payment")})
    return len(set(payment_ids))


def return_candidates(session: Session, return_id: int) -> list[PaymentRow]:
    """The payments a waiting return may take back (the ones its reason names and ``apply_return``
    would accept: not reversed, turned into balance or refunded since), for the clerk to choose from."""
    held = _held_payment(session, return_id, PaymentStatus.RETURN)
    ids = {int(i) for i in str(reason_of(held.handling_reason)[1].get("payments", "")).replace(" ", "").split(",")
           if i.isdigit()}
    rows = list_payments(session, payment_ids=sorted(ids)) if ids else []
    return [r for r in rows if r.status not in _NOT_RETURNABLE]


def apply_return(session: Session, actor: Actor, return_id: int, payment_id: int) -> None:
    """The clerk names the payment a waiting bank return takes back: it is reversed now, as the bank did."""
    held = _held_payment(session, return_id, PaymentStatus.RETURN)
    original = _payment(session, payment_id, lock=True)
    if (original.amount_cents != -held.amount_cents or original.amount_cents <= 0
            or original.status in _NOT_RETURNABLE):
        raise NotReturnable(payment=original.id, bank_ref=held.bank_ref or "-", amount=_eur(original.amount_cents),
                            returned=_eur(-held.amount_cents))
    ledger.check_postable(session, held.booking_date, lock_date=settings_service.get(session, "ledger.lock_date"))
    audit.record(session, actor, "payment.return_applied", "payment", held.id, customer_id=original.customer_id,
                 before={"status": PaymentStatus.RETURN}, after={"original": original.id})
    _reverse(session, actor, original, held, held.bank_ref or "-")


# --- manual entry ------------------------------------------------------------------------------

@dataclass(frozen=True)
class RecordedPayment:
    payment_id: int
    status: PaymentStatus
    invoice_numbers: tuple[int, ...]
    unallocated_cents: int
    reason_template: str
    reason_params: dict[str, Any]


def record_payment(session: Session, actor: Actor, *, amount_cents: int, booking_date: dt.date,
                   reference: str = "", payer_name: str = "", message: str = "", customer_id: int | None = None,
                   currency: str = "EUR") -> RecordedPayment:
    """A payment entered by hand (a bank transfer seen on the statement, a cheque): matched like an imported one."""
    if amount_cents <= 0:
        raise AmountNotPositive(field="amount")
    if currency.upper() != "EUR":
        raise OnlyEuro(currency=currency, field="currency")
    if references.compact(reference) and not reference_keys(reference):
        raise ReferenceInvalid(reference=reference, field="reference")
    if customer_id is not None and session.get(Customer, customer_id) is None:
        raise NotFound(what="Customer", key=str(customer_id))
    booked = _book(session, actor, [_Incoming(amount_cents, booking_date, reference, payer_name, message,
                                              customer_id=customer_id)], source=PaymentSource.MANUAL, import_id=None)
    b = booked[0]
    pid = b.payment_id
    audit.record(session, actor, "payment.recorded", "payment", pid, customer_id=b.customer_id, after={
        "amount_cents": amount_cents, "reference": reference, "status": b.status, "date": booking_date})
    template, params = reason_of(b.reason)
    return RecordedPayment(pid, b.status, tuple(inv.number for inv, _a in b.allocations), b.unallocated,
                           template, params)


# --- handling: to balance, allocate, refund, undo ----------------------------------------------

def _payment(session: Session, payment_id: int, *, lock: bool = False) -> Payment:
    payment = session.get(Payment, payment_id, with_for_update=lock)
    if payment is None:
        raise NotFound(what="Payment", key=str(payment_id))
    return payment


def _customer_for(session: Session, payment: Payment, customer_id: int | None) -> int:
    chosen = customer_id or payment.customer_id
    if chosen is None:
        raise NoCustomerForPayment(payment=payment.id)
    if session.get(Customer, chosen) is None:
        raise NotFound(what="Customer", key=str(chosen))
    return chosen


def _waiting(payment: Payment) -> None:
    if payment.unallocated_cents <= 0 or payment.status not in NEEDS_HANDLING:
        raise NothingUnallocated(payment=payment.id)


def to_balance(session: Session, actor: Actor, payment_ids: Sequence[int], on: dt.date, *,
               customer_id: int | None = None) -> int:
    """Turn the unallocated money of these payments into their customers' credit balance; returns cents moved."""
    accounts = ledger.account_map(session)
    moved = 0
    vouchers: list[tuple[Payment, int, ledger.NewVoucher]] = []
    for pid in sorted(set(payment_ids)):
        payment = _payment(session, pid, lock=True)
        _waiting(payment)
        cid = _customer_for(session, payment, customer_id)
        amount = payment.unallocated_cents
        vouchers.append((payment, cid, ledger.NewVoucher(VoucherKind.PAYMENT, on, [
            ledger.PostingLine(accounts.unallocated, amount, customer_id=payment.customer_id),
            ledger.PostingLine(accounts.customer_balance, -amount, customer_id=cid),
        ], ledger.PAYMENT_ID_TO_BALANCE_TEXT, payment_id=payment.id, description_values={"payment": payment.id})))
    ids = ledger.post_vouchers(session, actor, [v for _p, _c, v in vouchers])
    for (payment, cid, _v), vid in zip(vouchers, ids, strict=True):
        amount = payment.unallocated_cents
        audit.record(session, actor, "payment.to_balance", "payment", payment.id, customer_id=cid,
                     before={"status": payment.status, "unallocated_cents": amount},
                     after={"status": PaymentStatus.TO_BALANCE, "voucher": vid})
        payment.customer_id, payment.status, payment.unallocated_cents = cid, PaymentStatus.TO_BALANCE, 0
        moved += amount
    return moved


def allocate(session: Session, actor: Actor, payment_id: int, allocations: Sequence[tuple[int, int]],
             on: dt.date, *, customer_id: int | None = None) -> int:
    """Allocate the payment's unallocated money by hand: (invoice id, cents), one or several of one customer."""
    payment = _payment(session, payment_id, lock=True)
    _waiting(payment)
    wanted = [(iid, amount) for iid, amount in allocations if amount != 0]
    total = sum(amount for _i, amount in wanted)
    invoices = {inv.id: inv for inv in session.scalars(
        select(Invoice).where(Invoice.id.in_([i for i, _a in wanted])).order_by(Invoice.id).with_for_update())}
    cid = customer_id or payment.customer_id
    for iid, amount in wanted:
        inv = invoices.get(iid)
        if inv is None:
            raise NotFound(what="Invoice", key=str(iid))
        if amount < 0:
            raise AllocationNotPositive(invoice=inv.number)
        if inv.kind not in PAYABLE_KINDS or inv.status not in _OPEN_STATES:
            raise InvoiceNotPayable(invoice=inv.number, state=str(inv.status).replace("_", " "))
        cid = cid or inv.customer_id
        if inv.customer_id != cid:
            number = session.scalar(select(Customer.customer_number).where(Customer.id == inv.customer_id))
            mine = session.scalar(select(Customer.customer_number).where(Customer.id == cid))
            raise OtherCustomersInvoice(invoice=inv.number, invoice_customer=number, customer=mine)
        open_ = inv.total_cents - inv.balance_applied_cents - inv.paid_cents
        if amount > open_:
            raise AllocationTooLarge(amount=_eur(amount), open=_eur(open_), invoice=inv.number, field="amount")
    if not wanted:
        raise AmountNotPositive(field="amount")
    if total > payment.unallocated_cents:
        raise AllocationExceedsPayment(amount=_eur(total), unallocated=_eur(payment.unallocated_cents))
    accounts = ledger.account_map(session)
    lines = [ledger.PostingLine(accounts.unallocated, total, customer_id=payment.customer_id)]
    lines += [ledger.PostingLine(accounts.receivables, -amount, customer_id=invoices[iid].customer_id, invoice_id=iid)
              for iid, amount in wanted]
    numbers = ", ".join(str(invoices[iid].number) for iid, _a in wanted)
    vid = ledger.post_voucher(session, actor, ledger.NewVoucher(
        VoucherKind.PAYMENT, on, lines, ledger.PAYMENT_ALLOCATED_TEXT,
        payment_id=payment.id, description_values={"payment": payment.id, "numbers": numbers}))
    for iid, amount in wanted:
        inv = invoices[iid]
        session.add(Settlement(invoice_id=iid, payment_id=payment.id, amount_cents=amount, settled_on=on,
                               voucher_id=vid, created_by=actor.user_id))
        inv.paid_cents += amount
        if inv.total_cents - inv.balance_applied_cents - inv.paid_cents <= 0:
            inv.status = InvoiceStatus.PAID
    before = {"status": payment.status, "unallocated_cents": payment.unallocated_cents}
    payment.customer_id = cid
    payment.unallocated_cents -= total
    if payment.unallocated_cents == 0:
        payment.status, payment.handling_reason = PaymentStatus.MATCHED, ""
    audit.record(session, actor, "payment.allocated", "payment", payment.id, customer_id=cid, before=before,
                 after={"status": payment.status, "unallocated_cents": payment.unallocated_cents, "voucher": vid,
                        "invoices": numbers})
    return total


# The refund invoice's line is the customer's document text, in the customer's language.
_REFUND_LINE = {"fi": "Liikasuoritus {date} palautettu", "sv": "Överbetalning {date} återbetalas",
                "en": "Overpayment of {date} refunded"}


def refund_line_text(language: str, booked_on: dt.date) -> str:
    lang = language if language in _REFUND_LINE else "fi"
    return _REFUND_LINE[lang].format(date=formatting.date(booked_on, lang))


def refund(session: Session, actor: Actor, payment_id: int, on: dt.date, *, customer_id: int | None = None,
           message: str = "") -> int:
    """Refund the payment's unallocated money: a refund invoice that waits on the refund report (W6).

    Returns the refund invoice's number. The application pays nothing out; finance does.
    """
    from desktop_app.services.documents.references import make_reference

    payment = _payment(session, payment_id, lock=True)
    _waiting(payment)
    cid = _customer_for(session, payment, customer_id)
    customer = session.get(Customer, cid)
    assert customer is not None
    amount = payment.unallocated_cents
    number = sequences.take(session, sequences.INVOICE)
    parent = session.scalar(select(Settlement.invoice_id).where(Settlement.payment_id == payment.id)
                            .order_by(Settlement.id).limit(1))
    invoice = Invoice(
        number=number, kind=InvoiceKind.REFUND_INVOICE, customer_id=cid, parent_invoice_id=parent,
        invoice_date=on, due_date=on, reference=make_reference(number, str(settings_service.get(
            session, "billing.reference_format"))), channel=customer.billing_channel, language=customer.language,
        net_cents=amount, vat_cents=0, total_cents=amount, status=InvoiceStatus.OPEN, message=message,
        internal_note=f"Refund of payment {payment.id} ({payment.booking_date.isoformat()})", created_by=actor.user_id)
    session.add(invoice)
    session.flush()
    session.add(InvoiceLine(invoice_id=invoice.id, line_no=1, kind=LineKind.ITEM,
                            description=refund_line_text(customer.language, payment.booking_date),
                            quantity=1, unit_price_cents=amount, net_cents=amount, vat_rate_bp=0, vat_cents=0,
                            gross_cents=amount))
    accounts = ledger.account_map(session)
    vid = ledger.post_voucher(session, actor, ledger.NewVoucher(VoucherKind.PAYMENT, on, [
        ledger.PostingLine(accounts.unallocated, amount, customer_id=payment.customer_id),
        ledger.PostingLine(accounts.refund, -amount, customer_id=cid, invoice_id=invoice.id),
    ], ledger.PAYMENT_REFUNDED_TEXT, invoice_id=invoice.id, payment_id=payment.id,
        description_values={"payment": payment.id, "number": number}))
    invoice.voucher_id = vid
    audit.record(session, actor, "payment.refunded", "payment", payment.id, customer_id=cid,
                 before={"status": payment.status, "unallocated_cents": amount},
                 after={"status": PaymentStatus.REFUNDED, "refund_invoice": number, "voucher": vid})
    payment.customer_id, payment.status, payment.unallocated_cents = cid, PaymentStatus.REFUNDED, 0
    return number


def undo_settlement(session: Session, actor: Actor, settlement_id: int, on: dt.date) -> None:
    """Take a settlement back: the invoice opens again; the money returns to its payment or to the balance."""
    s = session.get(Settlement, settlement_id, with_for_update=True)
    if s is None:
        raise NotFound(what="Settlement", key=str(settlement_id))
    inv = session.get(Invoice, s.invoice_id, with_for_update=True)
    assert inv is not None
    if s.undone_at is not None:
        raise SettlementAlreadyUndone(invoice=inv.number)
    accounts = ledger.account_map(session)
    payment = _payment(session, s.payment_id, lock=True) if s.payment_id is not None else None
    back_to = accounts.unallocated if payment is not None else accounts.customer_balance
    customer = payment.customer_id if payment is not None else inv.customer_id
    vid = ledger.post_voucher(session, actor, ledger.NewVoucher(
        VoucherKind.PAYMENT if payment is not None else VoucherKind.BALANCE_APPLIED, on, [
            ledger.PostingLine(accounts.receivables, s.amount_cents, customer_id=inv.customer_id, invoice_id=inv.id),
            ledger.PostingLine(back_to, -s.amount_cents, customer_id=customer),
        ], ledger.SETTLEMENT_UNDONE_TEXT, invoice_id=inv.id,
        payment_id=payment.id if payment is not None else None, description_values={"number": inv.number}))
    s.undone_at, s.undo_voucher_id = dt.datetime.now(dt.UTC), vid
    if payment is not None:
        inv.paid_cents -= s.amount_cents
        payment.unallocated_cents += s.amount_cents
        payment.status = PaymentStatus.OVERPAID if payment.customer_id else PaymentStatus.UNMATCHED
        payment.handling_reason = _reason(UNDONE, invoice=inv.number)
    else:
        inv.balance_applied_cents -= s.amount_cents
    if inv.status == InvoiceStatus.PAID and inv.total_cents - inv.balance_applied_cents - inv.paid_cents > 0:
        inv.status = InvoiceStatus.OPEN
    audit.record(session, actor, "settlement.undone", "settlement", s.id, customer_id=inv.customer_id,
                 before={"invoice": inv.number, "amount_cents": s.amount_cents}, after={"voucher": vid})


def open_payments_total(session: Session) -> int:
    """Cents waiting in the needs-handling queue."""
    return cents(session.scalar(select(func.sum(Payment.unallocated_cents)).where(
        Payment.status.in_(NEEDS_HANDLING))))


__all__ = [
    "accept_possible_duplicate", "apply_return", "discard_duplicates", "NotAPossibleDuplicate", "NotAWaitingReturn",
    "NotReturnable", "return_candidates",
    "AllocationExceedsPayment", "allocation_choices", "AllocationNotPositive", "AllocationTooLarge", "AmountNotPositive",
    "BalanceEvent", "CustomerBalance", "balance_history", "ImportCancelled", "ImportResult", "InvoiceNotPayable",
    "NothingUnallocated", "NoCustomerForPayment", "OnlyEuro", "OpenInvoice", "OtherCustomersInvoice", "PaymentError",
    "PaymentRow", "RecordedPayment", "ReferenceInvalid", "SettlementAlreadyUndone", "SettlementRow", "allocate",
    "customer_balance", "customer_by_number", "import_bank_file", "invoice_ids_by_number", "list_payments", "open_invoices", "propose_allocation",
    "reason_of", "record_payment", "waiting_cents", "reference_keys", "refund", "settlements", "to_balance", "undo_settlement",
]
