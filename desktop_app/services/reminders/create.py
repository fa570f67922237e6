"""Payment reminders #1 and #2 and the transfer to collection (maksumuistutukset, perintä; SPEC W3).

**Candidates.** ``candidates(session, level, today)`` lists the open, overdue invoices and ad
invoices: the eligible ones, each with the fee, interest and due date its reminder would get, and
the others, each with the reason it is not (yet) eligible, as an English template and its
parameters (``Reason``; the templates are the ``template`` of the ``NotEligible`` classes below,
translated through the "errors" context like every domain message). Level 1 (W3.1): overdue at
least ``reminders.level1_days_overdue`` days, no reminder yet. Level 2 (W3.3): a reminder #1
exists, has been sent (``sent_at``: a letter that has not gone out starts no clock) and its own due
date is ``reminders.level2_days_after_reminder1`` days past, no #2 yet.
Both levels skip invoices whose customer or invoice has the no-reminders flag (perintäkielto),
whose order was cut off, or that the customer's credit balance covers (the balance covers the
customer's overdue invoices oldest first). However many invoices there are, the listing is four
Core SELECTs of plain rows: the open overdue invoices (from the covering partial index
``ix_invoices_open_due``), their customers with their credit balances (those customers only), their
reminders, and the cut-off orders; 1 000 000 invoices take about 1.5 s (benchmarks/reminders_benchmark.py).

**The legal guard (W3.4, Finnish Debt Collection Act).** A consumer (customer kind *person*)
pays a reminder fee only when *more than* ``reminders.consumer_min_days_between`` days have passed
since the due date (reminder #1) or since the previous fee-bearing letter (reminder #2; if #1
carried no fee, since the due date again); the fee is ``min(fee_consumer, consumer_fee_cap)``;
every consumer reminder gives at least ``consumer_min_days_to_pay`` days to pay. When the fee is
not allowed yet, the reminder can still go, without a fee, and the candidate says why
(``fee_reason``). Businesses (kind *company*) get ``fee_business`` and ``days_to_pay``.

**Late-payment interest (W3.5).** With ``reminders.show_interest`` a reminder carries the interest
owed on the invoice from its due date to the reminder's date: simple interest, actual days / 365,
each day at the reference rate (``ReferenceRate`` table) of its half-year plus 7 points for
consumers, 8 for businesses (Interest Act 4 §, 4 a § and 12 §), rounded half up to the cent once
(``interest_cents``). What is still open was late every day after the due date; a part paid since
(a settlement not undone) was late up to the day it was paid. Interest accrues once: a reminder
books the interest owed up to its date less what earlier reminders of the invoice booked, and its
document shows both (accrued, of which charged earlier). A half-year without a reference rate adds
no interest (the Invoices tab says so).

**A reminder** is an invoice of kind REMINDER with its own number (the invoice sequence) and
reference, ``parent_invoice_id`` = the reminded invoice, ``reminder_level`` 1 or 2, the customer
and order of that invoice, the customer's channel and language, dated today. Its lines are the fee
(FEE, no VAT) and the interest (INTEREST, period = due date, or the last day an earlier reminder
charged, … today); its ``total_cents`` (= net,
no VAT) is fee + interest, posted in one REMINDER_FEE voucher: receivables debit (customer, the
reminder's own invoice id), reminder fee income credit, interest income credit. A reminder with
neither fee nor interest has total 0, no voucher and status *paid* (nothing is owed on it, as a
billing run marks a fully covered invoice); it is still a letter to send.

**Paying a reminder.** The reminder's reference identifies the reminder. The amount it asks for
(the PDF, the bank barcode, Finvoice ``EpiInstructedAmount``) is the reminded invoice's open
amount *plus* the reminder's total: a payment with the reminder's reference is meant for both, the
reminded invoice's open amount and the reminder's own ``total_cents`` (fee + interest, open on
receivables under the reminder's invoice id). The payments service settles them (the reminded
invoice first, then the reminder's costs).

**Never twice.** ``create_reminders`` locks the reminded invoices (PostgreSQL: ``FOR UPDATE`` in id
order; SQLite: the database write lock, taken by the transaction's first statement) and checks
every rule again under the lock, so two clerks pressing Create at the same moment never remind one
invoice twice at one level; the second clerk's result lists those invoices as already reminded.
All reminders of one call are written in one transaction (in chunks of bulk inserts): all or
nothing. Any user (clerk or accountant) may create reminders and transfer to collection.

**Collection (W3.6).** Invoices still open after reminder #2's due date are collection
candidates; ``transfer_to_collection`` marks them (and their still open reminders, whose costs go
with them) COLLECTION with the time of transfer; ``export_collection`` writes the list for the
collection agency (CSV or XLSX).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any, NamedTuple

from sqlalchemy import (
    ColumnElement,
    String,
    and_,
    bindparam,
    exists,
    func,
    insert,
    select,
    type_coerce,
    update,
)
from sqlalchemy.orm import Session, aliased, sessionmaker

from desktop_app.models import (
    Customer,
    Invoice,
    InvoiceLine,
    NumberSequence,
    Order,
    Posting,
    ReferenceRate,
    Settlement,
)
from desktop_app.models.enums import (
    Channel,
    CustomerKind,
    InvoiceKind,
    InvoiceStatus,
    LineKind,
    OrderStatus,
    VoucherKind,
)
from desktop_app.services import ledger
from desktop_app.services.documents.invoices import AmountToPay, late_interest_bp
from desktop_app.services.documents.references import make_reference
from desktop_app.services.foundation import audit, formatting, sequences
from desktop_app.services.foundation import settings as settings_service
from desktop_app.services.foundation.bulk import IN_CHUNK, table_of, without_cyclic_gc
from desktop_app.services.foundation.errors import NotFound, ReskontraError
from desktop_app.services.foundation.money import cents, to_cents, to_decimal
from desktop_app.services.foundation.uow import Actor

__all__ = [
    "Candidate", "CandidateList", "CollectionCandidate", "CollectionRefused", "CreatedReminder", "Reason",
    "ReminderError", "ReminderNotice", "ReminderRules", "ReminderRunResult", "UnknownReminderLevel",
    "candidates", "collection_candidates", "collection_headers", "create_reminders", "export_collection",
    "interest_cents",
    "reminder_rules", "transfer_to_collection",
]

DEFAULT_CHUNK = 2000
Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]

REMINDABLE_KINDS = (InvoiceKind.INVOICE, InvoiceKind.AD_INVOICE)
_OPEN = InvoiceStatus.OPEN
_PERSON = CustomerKind.PERSON
_CUT_OFF = OrderStatus.CUT_OFF
_DAYS_IN_YEAR = 365


# --- errors, reasons and messages -------------------------------------------------------------------

class ReminderError(ReskontraError):
    """Reminders or a collection transfer cannot be made; nothing was written."""


class UnknownReminderLevel(ReminderError):
    template = "A payment reminder is #1 or #2, not #{level}."


class CollectionRefused(ReminderError):
    template = ("{count} of the selected invoices cannot be transferred to collection; the first is invoice "
                "{number}: {reason} Nothing was transferred.")


class NotEligible(ReskontraError):
    """Why an invoice gets no reminder (or no fee); its template is the reason shown on the row."""


class TooEarlyForReminder1(NotEligible):
    template = "Overdue {days} days; a reminder #1 is possible from {date}."


class NotYetDue(NotEligible):
    template = "The invoice is due only on {due}; a reminder #1 is possible from {date}."


class CustomerNoReminders(NotEligible):
    template = "The customer has the no-reminders flag."


class InvoiceNoReminders(NotEligible):
    template = "The invoice has the no-reminders flag."


class OrderWasCutOff(NotEligible):
    template = "The order was cut off."


class CoveredByBalance(NotEligible):
    template = "Covered by the customer's credit balance of {balance}."


class Reminder1NotDue(NotEligible):
    template = "Reminder #1 is due only on {date}; #2 is possible from {date2}."


class Reminder1RecentlyDue(NotEligible):
    template = "Reminder #1 was due on {date}; #2 is possible from {date2}."


class NoReminder1(NotEligible):
    template = "No reminder #1 has been made for this invoice yet."


class Reminder1NotSent(NotEligible):
    template = "Reminder #1 {number} has not been sent yet; #2 counts from its due date once it has gone out."


class AlreadyReminded(NotEligible):
    template = "Already reminded (#{level}, invoice {number})."


class NotOpen(NotEligible):
    template = "The invoice is not open any more."


class NotRemindable(NotEligible):
    template = "Only invoices and ad invoices get payment reminders."


class NoFeeSinceDueDate(NotEligible):
    template = "No fee: only {days} days since the due date; more than {min} are required."


class NoFeeSinceReminder1(NotEligible):
    template = "No fee: only {days} days since reminder #1; more than {min} are required."


class CollectionProblem(ReskontraError):
    """Why an invoice cannot go to collection (the ``reason`` of ``CollectionRefused``)."""


class CollectionPaid(CollectionProblem):
    template = "It has been paid."


class CollectionNotOpen(CollectionProblem):
    template = "It is not open."


class CollectionAlready(CollectionProblem):
    template = "It has already been transferred to collection."


class CollectionNoReminder2(CollectionProblem):
    template = "It has no sent reminder #2 whose due date has passed."


class ReminderNotice(ReskontraError):
    """Not an error: a message to the clerk after an action (the CLI and the Invoices tab show it).

    A ``ReskontraError`` only so that its template is collected into the translated "errors"
    catalogue with the domain messages; show it with ``i18n.error_text``.
    """


class RemindersCreated(ReminderNotice):
    template = "{count} payment reminders #{level} were created: reminder fees {fees}, interest {interest}."


class RemindersPreviewed(ReminderNotice):
    template = ("PREVIEW, nothing was written: {count} payment reminders #{level} would be created: "
                "reminder fees {fees}, interest {interest}.")


class NoReminderCandidates(ReminderNotice):
    template = "No invoice is eligible for a payment reminder #{level}."


class ReminderLine(ReminderNotice):
    template = "Reminder {number} of invoice {invoice} (customer {customer}): fee {fee}, interest {interest}, due {due}."


class NotEligibleLine(ReminderNotice):
    template = "Invoice {invoice} (customer {customer}): {reason}"


class NotEligibleCount(ReminderNotice):
    template = "{count} overdue invoices are not eligible:"


class CollectionListed(ReminderNotice):
    template = "{count} invoices are still unpaid after reminder #2 and can be transferred to collection."


class CollectionLine(ReminderNotice):
    template = ("Invoice {invoice} (customer {customer}, {name}): open {open}, reminder fees {fees}, "
                "reminder #2 due {due}.")


class CollectionTransferred(ReminderNotice):
    template = "{count} invoices were transferred to collection."


class CollectionExported(ReminderNotice):
    template = "{count} invoices were written to {path}."


class Reason(NamedTuple):
    """A reason as its English template (the translation key) and its parameters.

    Parameters are plain values (int, str, ``date``, ``Decimal`` euros); ``error(lang)`` formats
    dates and amounts for the language and gives a ``ReskontraError`` for ``i18n.error_text``.
    """

    template: str
    params: tuple[tuple[str, Any], ...] = ()

    def english(self) -> str:
        return self.error("en").english()

    def error(self, lang: str = "en") -> ReskontraError:
        return ReskontraError(self.template, **{k: formatting.message_value(v, lang) for k, v in self.params})




# --- settings -----------------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class ReminderRules:
    """The ``reminders.*`` settings, read once per action; amounts in cents."""

    level1_days_overdue: int
    level2_days_after_reminder1: int
    days_to_pay: int
    fee_consumer_cents: int
    fee_business_cents: int
    consumer_fee_cap_cents: int
    consumer_min_days_between: int
    consumer_min_days_to_pay: int
    show_interest: bool
    reference_format: str

    @property
    def consumer_fee_cents(self) -> int:
        return max(0, min(self.fee_consumer_cents, self.consumer_fee_cap_cents))

    @property
    def consumer_days_to_pay(self) -> int:
        return max(self.days_to_pay, self.consumer_min_days_to_pay)


def reminder_rules(session: Session) -> ReminderRules:
    def get(key: str) -> Any:
        return settings_service.get(session, key)

    return ReminderRules(
        level1_days_overdue=int(get("reminders.level1_days_overdue")),
        level2_days_after_reminder1=int(get("reminders.level2_days_after_reminder1")),
        days_to_pay=int(get("reminders.days_to_pay")),
        fee_consumer_cents=to_cents(get("reminders.fee_consumer")),
        fee_business_cents=to_cents(get("reminders.fee_business")),
        consumer_fee_cap_cents=to_cents(get("reminders.consumer_fee_cap")),
        consumer_min_days_between=int(get("reminders.consumer_min_days_between")),
        consumer_min_days_to_pay=int(get("reminders.consumer_min_days_to_pay")),
        show_interest=bool(get("reminders.show_interest")),
        reference_format=str(get("billing.reference_format")),
    )


def _level(level: int) -> int:
    if level not in (1, 2):
        raise UnknownReminderLevel(level=level)
    return int(level)


# --- interest -----------------------------------------------------------------------------------------

def interest_cents(late: Iterable[tuple[int, int]]) -> int:
    """Simple late-payment interest (actual/365), rounded half up to the cent once over the whole sum.

    ``late`` holds (cents, bp-days) pairs: an amount and the sum of the yearly rate (basis points)
    over the days it was late (one day at 9.5 % is 950). Every reminder's interest, and whatever
    checks it, goes through this one formula.
    """
    numerator = sum(c * bp_days for c, bp_days in late if c > 0 and bp_days > 0)
    if numerator <= 0:
        return 0
    denominator = 10000 * _DAYS_IN_YEAR
    return (2 * numerator + denominator) // (2 * denominator)


class _Rates:
    """Late-payment interest (reference rate + margin), memoized.

    Korkolaki 12 §: each half-year has its own reference rate, so a debt overdue across 1.1. or 1.7.
    accrues at the old rate up to the turn and at the new one after it. ``bp_days`` sums the rate
    over the days (basis points × days); a half-year without a rate adds nothing.
    """

    def __init__(self, session: Session) -> None:
        self._rates = [(r.valid_from, r.valid_to, r.rate_bp) for r in session.execute(
            select(ReferenceRate.valid_from, ReferenceRate.valid_to, ReferenceRate.rate_bp))]
        self._cache: dict[tuple[dt.date, CustomerKind], int] = {}
        self._sums: dict[tuple[dt.date, CustomerKind, dt.date], tuple[int, int]] = {}

    def bp(self, day: dt.date, kind: CustomerKind) -> int:
        """The late-payment interest rate on ``day`` (0 when its half-year has no reference rate)."""
        key = (day, kind)
        found = self._cache.get(key)
        if found is None:
            found = self._cache[key] = late_interest_bp(self._rates, day, kind) or 0
        return found

    def bp_days(self, due_date: dt.date, kind: CustomerKind, until: dt.date) -> tuple[int, int]:
        """(Σ rate × days over the days after ``due_date`` up to ``until``, the rate of the last day with one)."""
        key = (due_date, kind, until)
        found = self._sums.get(key)
        if found is None:
            total = shown = 0
            day = due_date + dt.timedelta(days=1)
            while day <= until:
                last = dt.date(day.year, 6, 30) if day.month <= 6 else dt.date(day.year, 12, 31)
                last = min(last, until)
                rate = self.bp(day, kind)
                if rate:
                    total += rate * ((last - day).days + 1)
                    shown = rate
                day = last + dt.timedelta(days=1)
            found = self._sums[key] = (total, shown)
        return found


# --- candidates ---------------------------------------------------------------------------------------

class Candidate(NamedTuple):
    """One open overdue invoice as a reminder candidate of one level (a named tuple: lists hold 100 000s).

    ``reason`` is None when eligible. ``fee_cents`` is the fee the reminder would get (0 with
    ``fee_reason`` when the legal guard allows no fee yet); ``interest_cents`` at ``interest_rate_bp``;
    ``reminder_due_date`` the reminder's due date. ``previous_*`` is reminder #1 (for level 2).
    """

    level: int
    invoice_id: int
    invoice_number: int
    customer_id: int
    customer_number: int
    customer_name: str
    customer_kind: CustomerKind
    invoice_date: dt.date
    due_date: dt.date
    days_overdue: int
    open_cents: int
    previous_number: int | None
    previous_date: dt.date | None
    fee_cents: int
    fee_reason: Reason | None
    interest_rate_bp: int
    interest_cents: int
    reminder_due_date: dt.date
    reason: Reason | None
    interest_accrued_cents: int = 0  # owed from the due date to the reminder's date, payments deducted
    interest_earlier_cents: int = 0  # of it, booked on earlier reminders of the invoice
    interest_from: dt.date | None = None  # the day after which this reminder's interest runs

    @property
    def eligible(self) -> bool:
        return self.reason is None

    @property
    def already_reminded(self) -> bool:
        """Not eligible because the invoice already has this level's reminder."""
        return self.reason is not None and self.reason.template == AlreadyReminded.template

    @property
    def amount_to_pay(self) -> AmountToPay:
        """What the reminder would ask: the open capital, its fee and interest (``invoices.AmountToPay``)."""
        return AmountToPay(self.open_cents, self.fee_cents, self.interest_cents, 0)

    @property
    def open_amount(self) -> Decimal:
        return to_decimal(self.open_cents)

    @property
    def fee(self) -> Decimal:
        return to_decimal(self.fee_cents)

    @property
    def interest(self) -> Decimal:
        return to_decimal(self.interest_cents)

    @property
    def reminder_total_cents(self) -> int:
        return self.fee_cents + self.interest_cents


@dataclass(frozen=True)
class CandidateList:
    level: int
    today: dt.date
    eligible: list[Candidate]
    not_eligible: list[Candidate]

    @property
    def fee_total(self) -> Decimal:
        return to_decimal(sum(c.fee_cents for c in self.eligible))

    @property
    def interest_total(self) -> Decimal:
        return to_decimal(sum(c.interest_cents for c in self.eligible))

    @property
    def already_reminded(self) -> int:
        """How many of the not eligible already have this level's reminder (the rest are not eligible yet)."""
        return sum(1 for c in self.not_eligible if c.already_reminded)


class _Letter(NamedTuple):
    number: int
    invoice_date: dt.date
    due_date: dt.date
    has_fee: bool
    sent: bool


class _Letters:
    """The reminders of one invoice: the first #1 and #2, and the interest all of them booked."""

    __slots__ = ("first", "second", "interest_booked", "interest_until")

    def __init__(self) -> None:
        self.first: _Letter | None = None
        self.second: _Letter | None = None
        self.interest_booked = 0
        self.interest_until: dt.date | None = None


def _open_amount() -> ColumnElement[int]:
    return Invoice.total_cents - Invoice.balance_applied_cents - Invoice.paid_cents


def _inline(column: Any, value: Any) -> Any:
    """A constant rendered into the SQL (not bound): the query planner then knows it, so a partial
    index ``WHERE status = 'open'`` both applies and covers the query (no row lookups)."""
    return bindparam(None, value, type_=column.type, literal_execute=True)


def _open_remindable(invoice: Any) -> ColumnElement[bool]:
    return and_(invoice.status == _inline(invoice.status, _OPEN),
                invoice.kind.in_([_inline(invoice.kind, k) for k in REMINDABLE_KINDS]))


class _Dates:
    """Dates of raw result columns: SQLite gives ISO text (parsed once per distinct day), PostgreSQL dates."""

    def __init__(self) -> None:
        self._cache: dict[Any, dt.date] = {}

    def __call__(self, value: Any) -> dt.date:
        try:
            return self._cache[value]
        except KeyError:
            day = value if isinstance(value, dt.date) else dt.date.fromisoformat(value)
            self._cache[value] = day
            return day


_KIND_BY_TEXT = {str(k): k for k in CustomerKind}


def _overdue_or_of(invoice: Any, today: dt.date, customer_ids: Sequence[int] | None) -> ColumnElement[bool]:
    """Open invoices with an open amount: the overdue ones of every customer, or all of these customers."""
    open_ = invoice.total_cents - invoice.balance_applied_cents - invoice.paid_cents
    which = invoice.due_date < today if customer_ids is None else invoice.customer_id.in_(customer_ids)
    return and_(_open_remindable(invoice), open_ > 0, which)


def _invoice_rows(session: Session, today: dt.date, customer_ids: Sequence[int] | None) -> list[Any]:
    """The invoices in question as plain rows (id, number, customer id, invoice flag, invoice date, due date,
    open cents, order id), by due date.

    Read from the covering index ``ix_invoices_open_due`` and without per-value conversions: at
    300 000 rows those cost more than the query (``_classify`` converts what it keeps).
    """
    raw = {"type_": String}
    stmt = (
        select(Invoice.id, Invoice.number, Invoice.customer_id, Invoice.no_reminders,
               type_coerce(Invoice.invoice_date, **raw), type_coerce(Invoice.due_date, **raw), _open_amount(),
               Invoice.order_id)
        .where(_overdue_or_of(Invoice, today, customer_ids))
        .order_by(Invoice.due_date, Invoice.number)
    )
    return _plain_rows(session, stmt)


def _plain_rows(session: Session, stmt: Any) -> list[Any]:
    """Every row as the driver's own tuple: SQLAlchemy builds and binds the statement, the rows skip its
    ``Row`` objects (a third of the time at 300 000 rows). Only for columns that need no conversion."""
    result = session.connection().execute(stmt)
    try:
        return list(result.cursor.fetchall())  # type: ignore[attr-defined]
    finally:
        result.close()


def _customers(session: Session, accounts: ledger.AccountMap, today: dt.date,
               customer_ids: Sequence[int] | None) -> tuple[dict[int, tuple[Any, ...]], dict[int, int]]:
    """The customers of those invoices: id -> (number, name, kind, no-reminders flag), and the credit
    balances (positive: money we hold) of those that have one.

    One query of its own rather than a join in ``_invoice_rows``: each customer is read once, in id
    order, with their balance (the sum of their postings on the customer-balance account).
    """
    if customer_ids is None:
        which: Any = Customer.id.in_(select(Invoice.customer_id).where(_overdue_or_of(Invoice, today, None)))
    else:
        which = Customer.id.in_(customer_ids)
    balance = (select(Posting.customer_id.label("customer_id"), func.sum(Posting.amount_cents).label("total"))
               .where(Posting.account_id == accounts.customer_balance, Posting.customer_id.is_not(None))
               .group_by(Posting.customer_id).subquery())
    stmt = (select(Customer.id, Customer.customer_number, Customer.name, type_coerce(Customer.kind, String),
                   Customer.no_reminders, balance.c.total)
            .outerjoin(balance, balance.c.customer_id == Customer.id).where(which))
    kinds = _KIND_BY_TEXT
    customers: dict[int, tuple[Any, ...]] = {}
    balances: dict[int, int] = {}
    for cid, number, name, kind, flag, total in _plain_rows(session, stmt):
        customers[cid] = (number, name, kinds[kind], bool(flag))
        if total is not None and -cents(total) > 0:
            balances[cid] = -cents(total)
    return customers, balances


def _cut_off_orders(session: Session) -> set[int]:
    return set(session.connection().execute(select(Order.id).where(Order.status == _CUT_OFF)).scalars())


def _letters(session: Session, today: dt.date, customer_ids: Sequence[int] | None) -> dict[int, _Letters]:
    """The reminders of the open invoices (as ``_invoice_rows`` selects them), by reminded invoice."""
    parent = aliased(Invoice)
    fee_line = exists().where(InvoiceLine.invoice_id == Invoice.id, InvoiceLine.kind == LineKind.FEE)
    interest = (select(func.coalesce(func.sum(InvoiceLine.net_cents), 0))
                .where(InvoiceLine.invoice_id == Invoice.id, InvoiceLine.kind == LineKind.INTEREST).scalar_subquery())
    interest_until = (select(func.max(InvoiceLine.period_end))
                      .where(InvoiceLine.invoice_id == Invoice.id, InvoiceLine.kind == LineKind.INTEREST)
                      .scalar_subquery())
    stmt = (
        select(Invoice.parent_invoice_id, Invoice.reminder_level, Invoice.number, Invoice.invoice_date,
               Invoice.due_date, fee_line, Invoice.sent_at.is_not(None), interest, interest_until)
        .join(parent, parent.id == Invoice.parent_invoice_id)
        .where(Invoice.kind == InvoiceKind.REMINDER, Invoice.status != InvoiceStatus.CANCELLED,
               _overdue_or_of(parent, today, customer_ids))
        .order_by(Invoice.number)
    )
    dates = _Dates()
    out: dict[int, _Letters] = {}
    for pid, level, number, idate, ddate, has_fee, sent, booked, until in session.connection().execute(stmt):
        assert pid is not None  # joined to its parent
        found = out.get(pid)
        if found is None:
            found = out[pid] = _Letters()
        letter = _Letter(number, idate, ddate, bool(has_fee), bool(sent))
        if level == 1 and found.first is None:  # the first reminder of a level counts
            found.first = letter
        elif level == 2 and found.second is None:
            found.second = letter
        if booked:
            found.interest_booked += cents(booked)
            day = dates(until) if until is not None else ddate
            found.interest_until = day if found.interest_until is None else max(found.interest_until, day)
    return out


def _late_payments(session: Session, today: dt.date,
                   customer_ids: Sequence[int] | None) -> dict[int, list[tuple[dt.date, int]]]:
    """Money paid on the open invoices after their due date: invoice id -> [(day, cents)], undone ones left out.

    Each payment ends the lateness of what it paid on its day; the rest stays late (``_late``). Driven
    from the open invoices' covering index: only those partly paid (or partly covered by the balance)
    look up their settlements, so the millions of settlements of paid invoices are never read.
    """
    stmt = (select(Settlement.invoice_id, Settlement.settled_on, Settlement.amount_cents)
            .join(Invoice, Invoice.id == Settlement.invoice_id)
            .where(_overdue_or_of(Invoice, today, customer_ids),
                   Invoice.paid_cents + Invoice.balance_applied_cents > 0, Settlement.undone_at.is_(None),
                   Settlement.settled_on > Invoice.due_date))
    out: dict[int, list[tuple[dt.date, int]]] = {}
    for iid, day, amount in session.execute(stmt):
        out.setdefault(iid, []).append((day, int(amount)))
    return out


def _late(open_cents: int, paid: Sequence[tuple[dt.date, int]], due_date: dt.date, kind: CustomerKind,
          until: dt.date, rates: _Rates) -> tuple[list[tuple[int, int]], int]:
    """The invoice's money late up to ``until`` as (cents, bp-days) pairs for ``interest_cents``, and the
    rate of the last day: what is still open was late every day after the due date; each part paid since
    was late up to the day it was paid (Korkolaki 4 §: interest runs until the payment)."""
    bp_days, rate = rates.bp_days(due_date, kind, until)
    late = [(open_cents, bp_days)]
    for day, amount in paid:
        late.append((amount, rates.bp_days(due_date, kind, min(day, until))[0]))
    return late, rate


def _covered(rows: Iterable[Any], balances: Mapping[int, int], today: dt.date, dates: _Dates) -> dict[int, int]:
    """Invoice id -> the balance that covers it: each customer's balance covers their overdue invoices oldest first."""
    if not balances:
        return {}
    by_customer: dict[int, list[tuple[dt.date, int, int, int]]] = {}
    for r in rows:
        if r[2] in balances and (due := dates(r[5])) < today:
            by_customer.setdefault(r[2], []).append((due, r[1], r[0], r[6]))
    covered: dict[int, int] = {}
    for cid, invoices in by_customer.items():
        left = balances[cid]
        for _due, _number, iid, open_c in sorted(invoices):
            if open_c <= left:
                covered[iid] = balances[cid]
                left -= open_c
    return covered


def _classify(level: int, today: dt.date, rules: ReminderRules, rates: _Rates, rows: Sequence[Any],
              customers: Mapping[int, tuple[Any, ...]], letters: Mapping[int, _Letters],
              paid: Mapping[int, list[tuple[dt.date, int]]], balances: Mapping[int, int], cut_off: set[int],
              only: set[int] | None = None) -> tuple[list[Candidate], list[Candidate]]:
    """Apply every rule of W3 to the rows of ``_invoice_rows``: (eligible, not eligible).

    Written for 300 000 rows a call: what depends only on the due date (days overdue, the timing
    reason, the fee reason) is worked out once per distinct due date and candidates are built with
    ``tuple.__new__``. The interest is ``interest_cents`` of the money late (``_late``) less what
    earlier reminders of the invoice booked: interest accrues once, however many letters show it.
    """
    eligible: list[Candidate] = []
    not_eligible: list[Candidate] = []
    dates = _Dates()
    covered = _covered(rows, balances, today, dates)
    first_after = dt.timedelta(days=rules.level1_days_overdue)
    second_after = dt.timedelta(days=rules.level2_days_after_reminder1)
    level1_days = rules.level1_days_overdue
    consumer_due = today + dt.timedelta(days=rules.consumer_days_to_pay)
    business_due = today + dt.timedelta(days=rules.days_to_pay)
    consumer_fee, business_fee = rules.consumer_fee_cents, rules.fee_business_cents
    min_between = rules.consumer_min_days_between
    show_interest = rules.show_interest
    no_letters = _Letters()
    no_payments: list[tuple[dt.date, int]] = []
    new = tuple.__new__
    add_eligible, add_not_eligible = eligible.append, not_eligible.append
    # raw due date -> (due date, days overdue, level-1 timing reason, consumer no-fee reason)
    by_due: dict[Any, tuple[dt.date, int, Reason | None, Reason | None]] = {}
    flagged_customer = Reason(CustomerNoReminders.template)
    flagged_invoice = Reason(InvoiceNoReminders.template)
    order_cut_off = Reason(OrderWasCutOff.template)
    no_reminder1 = Reason(NoReminder1.template)
    for (iid, number, cid, i_flag, idate, raw_due, open_c, order_id) in rows:
        if only is not None and iid not in only:
            continue
        cnum, cname, kind, c_flag = customers[cid]
        info = by_due.get(raw_due)
        if info is None:
            ddate = dates(raw_due)
            days = (today - ddate).days
            timing = None
            if days < level1_days:
                possible = ddate + first_after
                timing = (Reason(NotYetDue.template, (("due", ddate), ("date", possible))) if days <= 0 else
                          Reason(TooEarlyForReminder1.template, (("days", days), ("date", possible))))
            no_fee = (Reason(NoFeeSinceDueDate.template, (("days", days), ("min", min_between)))
                      if days <= min_between else None)
            info = by_due[raw_due] = (ddate, days, timing, no_fee)
        ddate, days, timing, no_fee = info
        person = kind is _PERSON
        history = letters.get(iid, no_letters)
        r1, r2 = history.first, history.second
        reason: Reason | None = None
        done = r1 if level == 1 else r2
        if done is not None:
            reason = Reason(AlreadyReminded.template, (("level", level), ("number", done.number)))
        elif c_flag:
            reason = flagged_customer
        elif i_flag:
            reason = flagged_invoice
        elif order_id in cut_off:
            reason = order_cut_off
        elif level == 1:
            reason = timing
        elif r1 is None:
            reason = no_reminder1
        elif not r1.sent:
            reason = Reason(Reminder1NotSent.template, (("number", r1.number),))
        elif today < r1.due_date + second_after:
            template = Reminder1NotDue.template if today <= r1.due_date else Reminder1RecentlyDue.template
            reason = Reason(template, (("date", r1.due_date), ("date2", r1.due_date + second_after)))
        if reason is None and iid in covered:
            reason = Reason(CoveredByBalance.template, (("balance", to_decimal(covered[iid])),))
        previous = r1 if level == 2 else None
        due = consumer_due if person else business_due
        if reason is not None:
            add_not_eligible(new(Candidate, (
                level, iid, number, cid, cnum, cname, kind, dates(idate), ddate, days, open_c,
                previous.number if previous else None, previous.invoice_date if previous else None,
                0, None, 0, 0, due, reason, 0, 0, None)))
            continue
        fee, fee_reason = business_fee, None
        if person:
            fee = consumer_fee
            if previous is not None and previous.has_fee:
                since = (today - previous.invoice_date).days
                if since <= min_between:
                    fee, fee_reason = 0, Reason(NoFeeSinceReminder1.template, (("days", since), ("min", min_between)))
            elif no_fee is not None:
                fee, fee_reason = 0, no_fee
        interest = rate = accrued = 0
        earlier = history.interest_booked
        if show_interest and days > 0:
            late, rate = _late(open_c, paid.get(iid, no_payments), ddate, kind, today, rates)
            accrued = interest_cents(late)
            interest = max(0, accrued - earlier)
        interest_from = history.interest_until if earlier and history.interest_until is not None else ddate
        add_eligible(new(Candidate, (
            level, iid, number, cid, cnum, cname, kind, dates(idate), ddate, days, open_c,
            previous.number if previous else None, previous.invoice_date if previous else None,
            fee, fee_reason, rate if interest else 0, interest, due, None, max(accrued, earlier), earlier,
            interest_from)))
    return eligible, not_eligible


def candidates(session: Session, level: int, today: dt.date) -> CandidateList:
    """The reminder candidates of ``level`` (1 or 2) on ``today``: eligible ones and why the others are not.

    Not-eligible ones are the open overdue invoices and ad invoices that fail a rule, each with its
    reason; an invoice not yet overdue is not listed.
    """
    level = _level(level)
    session.flush()  # Core reads below do not autoflush
    rules = reminder_rules(session)
    accounts, rates, cut_off = ledger.account_map(session), _Rates(session), _cut_off_orders(session)
    with without_cyclic_gc():
        rows = _invoice_rows(session, today, None)
        customers, balances = _customers(session, accounts, today, None)
        letters = _letters(session, today, None)
        paid = _late_payments(session, today, None) if rules.show_interest else {}
        eligible, not_eligible = _classify(level, today, rules, rates, rows, customers, letters, paid, balances,
                                           cut_off)
        # Freed by reference counting now, so the collection when the collector resumes walks only the lists.
        del rows, customers, letters, paid
    return CandidateList(level, today, eligible, not_eligible)


def _recheck(session: Session, level: int, today: dt.date, rules: ReminderRules, invoice_ids: Sequence[int],
             customer_ids: Sequence[int]) -> tuple[list[Candidate], list[Candidate]]:
    """The rules again for these invoices, reading everything of their customers (the balance covers all of them)."""
    wanted = set(invoice_ids)
    accounts = ledger.account_map(session)
    rates = _Rates(session)
    eligible: list[Candidate] = []
    not_eligible: list[Candidate] = []
    seen: set[int] = set()
    cut_off = _cut_off_orders(session)
    for i in range(0, len(customer_ids), IN_CHUNK):
        part = customer_ids[i:i + IN_CHUNK]
        rows = _invoice_rows(session, today, part)
        seen.update(r[0] for r in rows)
        customers, balances = _customers(session, accounts, today, part)
        paid = _late_payments(session, today, part) if rules.show_interest else {}
        ok, not_ok = _classify(level, today, rules, rates, rows, customers, _letters(session, today, part),
                               paid, balances, cut_off, wanted)
        eligible += ok
        not_eligible += not_ok
    missing = sorted(wanted - seen)
    for i in range(0, len(missing), IN_CHUNK):
        part = missing[i:i + IN_CHUNK]
        for iid, number, cid, cnum, cname, ckind, kind, idate, ddate in session.execute(
            select(Invoice.id, Invoice.number, Invoice.customer_id, Customer.customer_number, Customer.name,
                   Customer.kind, Invoice.kind, Invoice.invoice_date, Invoice.due_date)
            .join(Customer, Customer.id == Invoice.customer_id).where(Invoice.id.in_(part))
        ):
            reason = Reason(NotRemindable.template if kind not in REMINDABLE_KINDS else NotOpen.template)
            not_eligible.append(Candidate(level, iid, number, cid, cnum, cname, ckind, idate, ddate,
                                          (today - ddate).days, 0, None, None, 0, None, 0, 0, today, reason))
    return eligible, not_eligible


# --- creating reminders -------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class CreatedReminder:
    """One reminder made (or, in a preview, that would be made: ``reminder_id`` is None)."""

    reminder_id: int | None
    number: int
    reference: str
    level: int
    invoice_id: int
    invoice_number: int
    customer_id: int
    customer_number: int
    customer_name: str
    channel: Channel
    invoice_date: dt.date
    due_date: dt.date
    fee_cents: int
    interest_cents: int
    fee_reason: Reason | None
    open_cents: int = 0  # of the reminded invoice, when the reminder was made

    @property
    def total_cents(self) -> int:
        return self.fee_cents + self.interest_cents

    @property
    def amount_to_pay(self) -> AmountToPay:
        """What the letter asks: the reminded invoice's open amount, the fee and the interest."""
        return AmountToPay(self.open_cents, self.fee_cents, self.interest_cents, 0)

    @property
    def fee(self) -> Decimal:
        return to_decimal(self.fee_cents)

    @property
    def interest(self) -> Decimal:
        return to_decimal(self.interest_cents)

    @property
    def total(self) -> Decimal:
        return to_decimal(self.total_cents)


@dataclass(frozen=True)
class ReminderRunResult:
    level: int
    preview: bool
    created: tuple[CreatedReminder, ...]
    fee_total: Decimal
    interest_total: Decimal
    not_eligible: tuple[Candidate, ...]  # selected invoices that were not (or no longer) eligible, with reasons
    cancelled: bool = False  # the clerk pressed Cancel: nothing was written

    @property
    def numbers(self) -> list[int]:
        return [r.number for r in self.created]

    @property
    def total(self) -> Decimal:
        return self.fee_total + self.interest_total


_FEE_TEXT = {"fi": "Muistutusmaksu", "sv": "Påminnelseavgift", "en": "Reminder fee"}
_INTEREST_TEXT = {"fi": "Viivästyskorko", "sv": "Dröjsmålsränta", "en": "Late-payment interest"}


class _Target(NamedTuple):
    """What a reminder takes from the invoice it reminds of and its customer."""

    order_id: int | None
    channel: Channel
    language: str


def _take_write_lock(session: Session) -> None:
    """SQLite: begin the transaction with a write, so it holds the database's one write lock from the start.

    Every read after it sees the latest state and no other desk can write until commit; a read
    first would give a snapshot that a concurrent writer can make stale.
    """
    table = table_of(NumberSequence)
    session.connection().execute(update(table).where(table.c.name == sequences.INVOICE)
                                 .values(next_value=table.c.next_value))


def _targets(session: Session, invoice_ids: Sequence[int], *, lock: bool) -> dict[int, tuple[int, _Target]]:
    """Invoice id -> (customer id, target) of these invoices; locked in id order on PostgreSQL."""
    out: dict[int, tuple[int, _Target]] = {}
    postgres = session.get_bind().dialect.name == "postgresql"
    for i in range(0, len(invoice_ids), IN_CHUNK):
        part = invoice_ids[i:i + IN_CHUNK]
        stmt = (select(Invoice.id, Invoice.customer_id, Invoice.order_id, Customer.billing_channel, Customer.language)
                .join(Customer, Customer.id == Invoice.customer_id)
                .where(Invoice.id.in_(part)).order_by(Invoice.id))
        if lock and postgres:
            stmt = stmt.with_for_update(of=Invoice)
        for iid, cid, oid, channel, language in session.execute(stmt):
            out[iid] = (cid, _Target(oid, channel, language or "fi"))
    missing = [i for i in invoice_ids if i not in out]
    if missing:
        raise NotFound(what="Invoice", key=str(missing[0]))
    return out


def _made(c: Candidate, number: int, reference: str, target: _Target, today: dt.date,
          reminder_id: int | None = None) -> CreatedReminder:
    return CreatedReminder(reminder_id, number, reference, c.level, c.invoice_id, c.invoice_number, c.customer_id,
                           c.customer_number, c.customer_name, target.channel, today, c.reminder_due_date,
                           c.fee_cents, c.interest_cents, c.fee_reason, c.open_cents)


def create_reminders(
    session_factory: sessionmaker[Session],
    actor: Actor,
    level: int,
    invoice_ids: Sequence[int],
    today: dt.date,
    *,
    preview: bool = False,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
    chunk_size: int = DEFAULT_CHUNK,
) -> ReminderRunResult:
    """Create reminders of ``level`` for these invoices (the clerk's selection of candidates): see the module doc.

    Every rule is checked again under lock; the invoices no longer eligible come back in
    ``not_eligible`` with their reasons. ``preview`` computes the same reminders and writes
    nothing. All or nothing: ``cancel()`` returning True before a chunk rolls everything back
    (``cancelled``). ``progress(done, total)`` after each chunk. A closed posting date raises the
    ledger's error before anything is written.
    """
    level = _level(level)
    ids = sorted(set(invoice_ids))
    if not ids:
        return ReminderRunResult(level, preview, (), to_decimal(0), to_decimal(0), ())
    with session_factory() as session, without_cyclic_gc():
        rules = reminder_rules(session)
        ledger.check_postable(session, today)
        if not preview and session.get_bind().dialect.name == "sqlite":
            _take_write_lock(session)
        targets = _targets(session, ids, lock=not preview)
        customers = sorted({cid for cid, _t in targets.values()})
        eligible, not_eligible = _recheck(session, level, today, rules, ids, customers)
        eligible.sort(key=lambda c: (c.customer_number, c.invoice_number))
        not_eligible.sort(key=lambda c: c.invoice_number)
        fee_total = to_decimal(sum(c.fee_cents for c in eligible))
        interest_total = to_decimal(sum(c.interest_cents for c in eligible))
        if preview or not eligible:
            first = sequences.peek(session, sequences.INVOICE)
            made = tuple(_made(c, first + k, make_reference(first + k, rules.reference_format),
                               targets[c.invoice_id][1], today) for k, c in enumerate(eligible))
            return ReminderRunResult(level, preview, made if preview else (), fee_total, interest_total,
                                     tuple(not_eligible))
        accounts = ledger.account_map(session)
        first = sequences.take(session, sequences.INVOICE, len(eligible))
        created: list[CreatedReminder] = []
        for start in range(0, len(eligible), chunk_size):
            if cancel is not None and cancel():
                session.rollback()
                return ReminderRunResult(level, preview, (), to_decimal(0), to_decimal(0), tuple(not_eligible),
                                         cancelled=True)
            chunk = eligible[start:start + chunk_size]
            created += _write_chunk(session, actor, rules, accounts, chunk, first + start, targets, today)
            if progress is not None:
                progress(start + len(chunk), len(eligible))
        audit.record(session, actor, "reminders.created", "invoice", created[0].reminder_id,
                     after={"level": level, "count": len(created), "first_number": created[0].number,
                            "last_number": created[-1].number, "fee_cents": sum(r.fee_cents for r in created),
                            "interest_cents": sum(r.interest_cents for r in created), "date": today})
        session.commit()
    return ReminderRunResult(level, False, tuple(created), fee_total, interest_total, tuple(not_eligible))


def _write_chunk(session: Session, actor: Actor, rules: ReminderRules, accounts: ledger.AccountMap,
                 chunk: Sequence[Candidate], first: int, targets: Mapping[int, tuple[int, _Target]],
                 today: dt.date) -> list[CreatedReminder]:
    """Insert one chunk of reminders with their lines and vouchers (bulk inserts)."""
    now = dt.datetime.now(dt.UTC)
    rows = []
    for k, c in enumerate(chunk):
        target = targets[c.invoice_id][1]
        total = c.fee_cents + c.interest_cents
        rows.append({
            "number": first + k, "kind": InvoiceKind.REMINDER, "customer_id": c.customer_id,
            "order_id": target.order_id, "billing_run_id": None, "parent_invoice_id": c.invoice_id,
            "reminder_level": c.level, "invoice_date": today, "due_date": c.reminder_due_date,
            "reference": make_reference(first + k, rules.reference_format), "channel": target.channel,
            "language": target.language, "net_cents": total, "vat_cents": 0, "total_cents": total,
            "balance_applied_cents": 0, "paid_cents": 0, "status": _OPEN if total else InvoiceStatus.PAID,
            "no_reminders": False, "paid_out_iban": "", "message": "", "internal_note": "",
            "created_by": actor.user_id, "created_at": now,
        })
    session.execute(insert(Invoice), rows)
    id_by_number = dict(session.execute(select(Invoice.number, Invoice.id).where(
        Invoice.number.between(first, first + len(chunk) - 1))).all())
    lines = []
    vouchers: list[ledger.NewVoucher] = []
    voucher_of: list[int] = []
    created: list[CreatedReminder] = []
    for k, c in enumerate(chunk):
        number = first + k
        rid = id_by_number[number]
        target = targets[c.invoice_id][1]
        lang = target.language if target.language in _FEE_TEXT else "fi"
        line_no = 0
        if c.fee_cents:
            line_no += 1
            lines.append({"invoice_id": rid, "line_no": line_no, "kind": LineKind.FEE, "order_id": None,
                          "product_id": None, "billing_request_id": None, "description": _FEE_TEXT[lang],
                          "period_start": None, "period_end": None, "quantity": 1, "unit_price_cents": c.fee_cents,
                          "net_cents": c.fee_cents, "vat_rate_bp": 0, "vat_cents": 0, "gross_cents": c.fee_cents})
        if c.interest_cents:
            line_no += 1
            lines.append({"invoice_id": rid, "line_no": line_no, "kind": LineKind.INTEREST, "order_id": None,
                          "product_id": None, "billing_request_id": None, "description": _INTEREST_TEXT[lang],
                          "period_start": c.interest_from or c.due_date, "period_end": today, "quantity": 1,
                          "unit_price_cents": c.interest_cents, "net_cents": c.interest_cents, "vat_rate_bp": 0,
                          "vat_cents": 0, "gross_cents": c.interest_cents})
        total = c.fee_cents + c.interest_cents
        if total:
            vouchers.append(ledger.NewVoucher(VoucherKind.REMINDER_FEE, today, [
                ledger.PostingLine(accounts.receivables, total, customer_id=c.customer_id, invoice_id=rid,
                                   description=ledger.REMINDER_TEXT, description_values={"number": number}),
                ledger.PostingLine(accounts.reminder_fee_income, -c.fee_cents),
                ledger.PostingLine(accounts.interest_income, -c.interest_cents),
            ], ledger.REMINDER_VOUCHER_TEXT, invoice_id=rid,
                description_values={"level": c.level, "number": number, "invoice": c.invoice_number}))
            voucher_of.append(rid)
        created.append(_made(c, number, make_reference(number, rules.reference_format), target, today, rid))
    if lines:
        session.execute(insert(InvoiceLine), lines)
    if vouchers:
        voucher_ids = ledger.post_vouchers(session, actor, vouchers, audit_each=False)
        table = table_of(Invoice)
        session.connection().execute(
            update(table).where(table.c.id == bindparam("rid")).values(voucher_id=bindparam("vid")),
            [{"rid": rid, "vid": vid} for rid, vid in zip(voucher_of, voucher_ids, strict=True)])
    return created


# --- collection ---------------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class CollectionCandidate:
    """An invoice still open after its reminder #2's due date (or one in the export)."""

    invoice_id: int
    invoice_number: int
    customer_id: int
    customer_number: int
    customer_name: str
    invoice_date: dt.date
    due_date: dt.date
    reference: str
    status: InvoiceStatus
    total_cents: int
    open_cents: int
    reminder_fees_open_cents: int  # fee and interest still open on its reminders
    reminder1_number: int | None
    reminder1_date: dt.date | None
    reminder2_number: int | None
    reminder2_date: dt.date | None
    reminder2_due_date: dt.date | None

    @property
    def open_amount(self) -> Decimal:
        return to_decimal(self.open_cents)

    @property
    def reminder_fees_open(self) -> Decimal:
        return to_decimal(self.reminder_fees_open_cents)

    @property
    def total(self) -> Decimal:
        return to_decimal(self.total_cents)


def _reminders_of(session: Session, parent_ids: Sequence[int]) -> dict[int, list[Any]]:
    """Reminders of these invoices, by parent: (level, number, date, due date, open cents, status, id, sent at)."""
    out: dict[int, list[Any]] = {}
    open_ = _open_amount()
    for i in range(0, len(parent_ids), IN_CHUNK):
        part = parent_ids[i:i + IN_CHUNK]
        for pid, level, number, idate, ddate, open_c, status, rid, sent_at in session.execute(
            select(Invoice.parent_invoice_id, Invoice.reminder_level, Invoice.number, Invoice.invoice_date,
                   Invoice.due_date, open_, Invoice.status, Invoice.id, Invoice.sent_at)
            .where(Invoice.kind == InvoiceKind.REMINDER, Invoice.status != InvoiceStatus.CANCELLED,
                   Invoice.parent_invoice_id.in_(part))
            .order_by(Invoice.number)
        ):
            if pid is not None:
                out.setdefault(pid, []).append((level, number, idate, ddate, open_c, status, rid, sent_at))
    return out


def _collection_rows(session: Session, where: ColumnElement[bool]) -> list[CollectionCandidate]:
    open_ = _open_amount()
    rows = session.execute(
        select(Invoice.id, Invoice.number, Invoice.customer_id, Customer.customer_number, Customer.name,
               Invoice.invoice_date, Invoice.due_date, Invoice.reference, Invoice.status, Invoice.total_cents, open_)
        .join(Customer, Customer.id == Invoice.customer_id).where(where).order_by(Invoice.number)
    ).all()
    reminders = _reminders_of(session, [r[0] for r in rows])
    out: list[CollectionCandidate] = []
    for iid, number, cid, cnum, cname, idate, ddate, ref, status, total, open_c in rows:
        letters = reminders.get(iid, [])
        r1 = next((r for r in letters if r[0] == 1), None)
        # a reminder #2 that never went out gave the customer no last chance: it does not count
        r2 = next((r for r in letters if r[0] == 2 and r[7] is not None), None)
        fees = sum(max(0, r[4]) for r in letters if r[5] in (_OPEN, InvoiceStatus.COLLECTION))
        out.append(CollectionCandidate(
            iid, number, cid, cnum, cname, idate, ddate, ref, status, total, open_c, fees,
            r1[1] if r1 else None, r1[2] if r1 else None, r2[1] if r2 else None, r2[2] if r2 else None,
            r2[3] if r2 else None))
    return out


def collection_candidates(session: Session, today: dt.date) -> list[CollectionCandidate]:
    """Open invoices with a reminder #2 whose due date has passed (W3.6), by invoice number.

    Found from the reminders #2 (few, by the kind index) rather than from the open invoices.
    """
    session.flush()
    parents = sorted({pid for pid, due in session.execute(
        select(Invoice.parent_invoice_id, Invoice.due_date).where(
            Invoice.kind == InvoiceKind.REMINDER, Invoice.reminder_level == 2,
            Invoice.status != InvoiceStatus.CANCELLED, Invoice.sent_at.is_not(None)))
        if pid is not None and due < today})
    found: list[CollectionCandidate] = []
    for i in range(0, len(parents), IN_CHUNK):
        found += _collection_rows(session, and_(Invoice.id.in_(parents[i:i + IN_CHUNK]), _open_remindable(Invoice),
                                                _open_amount() > 0))
    found.sort(key=lambda c: c.invoice_number)
    return found


def _collection_problem(c: CollectionCandidate, today: dt.date) -> type[CollectionProblem] | None:
    if c.status == InvoiceStatus.COLLECTION:
        return CollectionAlready
    if c.status == InvoiceStatus.PAID or (c.status == _OPEN and c.open_cents <= 0):
        return CollectionPaid
    if c.status != _OPEN:
        return CollectionNotOpen
    if c.reminder2_due_date is None or c.reminder2_due_date >= today:
        return CollectionNoReminder2
    return None


def transfer_to_collection(session_factory: sessionmaker[Session], actor: Actor, invoice_ids: Sequence[int],
                           today: dt.date) -> int:
    """Mark these invoices (and their still open reminders) transferred to collection; returns how many invoices.

    All or nothing: if any of them is paid, not open, already in collection or without a reminder
    #2 past its due date (checked again under lock), ``CollectionRefused`` names the first and
    nothing changes.
    """
    ids = sorted(set(invoice_ids))
    if not ids:
        return 0
    with session_factory() as session:
        if session.get_bind().dialect.name == "sqlite":
            _take_write_lock(session)
        _targets(session, ids, lock=True)
        found: list[CollectionCandidate] = []
        for i in range(0, len(ids), IN_CHUNK):
            found += _collection_rows(session, Invoice.id.in_(ids[i:i + IN_CHUNK]))
        refused = [(c, p) for c in found if (p := _collection_problem(c, today)) is not None]
        if refused:
            first, problem = refused[0]
            raise CollectionRefused(count=len(refused), number=first.invoice_number, reason=problem.template)
        reminders = _reminders_of(session, ids)
        now = dt.datetime.now(dt.UTC)
        table = table_of(Invoice)
        reminder_ids = [r[6] for letters in reminders.values() for r in letters if r[5] == _OPEN and r[4] > 0]
        for group in (ids, sorted(reminder_ids)):
            for i in range(0, len(group), IN_CHUNK):
                session.connection().execute(
                    update(table).where(table.c.id.in_(group[i:i + IN_CHUNK]))
                    .values(status=InvoiceStatus.COLLECTION, collection_transferred_at=now))
        for c in found:
            audit.record(session, actor, "invoice.transferred_to_collection", "invoice", c.invoice_id,
                         customer_id=c.customer_id, before={"status": c.status},
                         after={"status": InvoiceStatus.COLLECTION, "transferred_at": now, "open_cents": c.open_cents,
                                "reminder_fees_open_cents": c.reminder_fees_open_cents})
        session.commit()
    return len(ids)


_COLUMNS: tuple[tuple[str, str, str], ...] = (
    ("Asiakasnumero", "Kundnummer", "Customer number"),
    ("Nimi", "Namn", "Name"),
    ("Osoite", "Adress", "Address"),
    ("Postinumero", "Postnummer", "Postal code"),
    ("Postitoimipaikka", "Postanstalt", "City"),
    ("Maa", "Land", "Country"),
    ("Y-tunnus", "FO-nummer", "Business ID"),
    ("Sähköposti", "E-post", "Email"),
    ("Laskunumero", "Fakturanummer", "Invoice number"),
    ("Laskun päiväys", "Fakturadatum", "Invoice date"),
    ("Eräpäivä", "Förfallodag", "Due date"),
    ("Alkuperäinen summa", "Ursprungligt belopp", "Original amount"),
    ("Avoin summa", "Öppet belopp", "Open amount"),
    ("Avoimet muistutuskulut", "Öppna påminnelseavgifter", "Reminder fees open"),
    ("Muistutus 1 päiväys", "Påminnelse 1 datum", "Reminder #1 date"),
    ("Muistutus 2 päiväys", "Påminnelse 2 datum", "Reminder #2 date"),
    ("Viitenumero", "Referensnummer", "Reference"),
    ("Viivästyskorko %", "Dröjsmålsränta %", "Late-interest rate %"),
)
_SHEET_TITLE = {"fi": "Perintä", "sv": "Indrivning", "en": "Collection"}


def collection_headers(lang: str) -> list[str]:
    index = {"fi": 0, "sv": 1}.get(lang, 2)
    return [c[index] for c in _COLUMNS]


def export_collection(session: Session, invoice_ids: Sequence[int], path: str | Path, lang: str = "fi") -> int:
    """Write these invoices for the collection agency, CSV or XLSX by the file's suffix; returns the rows written.

    Headers in ``lang``; amounts as decimals, dates as dates, the late-interest rate in percent.
    The file is written whole or not at all (``export.ExportFailed`` says why).
    """
    from desktop_app.services.foundation.export import write_table

    ids = sorted(set(invoice_ids))
    found: list[CollectionCandidate] = []
    for i in range(0, len(ids), IN_CHUNK):
        found += _collection_rows(session, Invoice.id.in_(ids[i:i + IN_CHUNK]))
    found.sort(key=lambda c: c.invoice_number)
    customers: dict[int, Any] = {}
    cids = sorted({c.customer_id for c in found})
    for i in range(0, len(cids), IN_CHUNK):
        for row in session.execute(
            select(Customer.id, Customer.street, Customer.postal_code, Customer.city, Customer.country,
                   Customer.business_id, Customer.email, Customer.kind)
            .where(Customer.id.in_(cids[i:i + IN_CHUNK]))
        ):
            customers[row[0]] = row
    rates = _Rates(session)
    rows = []
    for c in found:
        cust = customers[c.customer_id]
        rate = rates.bp(c.due_date, cust.kind)
        rows.append([c.customer_number, c.customer_name, cust.street, cust.postal_code, cust.city, cust.country,
                     cust.business_id, cust.email, c.invoice_number, c.invoice_date, c.due_date, c.total,
                     c.open_amount, c.reminder_fees_open, c.reminder1_date, c.reminder2_date, c.reference,
                     (Decimal(rate) / 100).quantize(Decimal("0.01")) if rate else None])
    return write_table(Path(path), collection_headers(lang), rows, lang=lang,
                       sheet_title=_SHEET_TITLE.get(lang, _SHEET_TITLE["en"]))
