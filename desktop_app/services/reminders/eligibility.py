"""Reminder candidates (SPEC W3.1, W3.3, W3.4): which open overdue invoices get a reminder, and why the others not.

``candidates(session, level, today)`` lists the open, overdue invoices and ad invoices: the eligible
ones, each with the fee, interest and due date its reminder would get, and the others, each with the
reason it is not (yet) eligible, as an English template and its parameters (``Reason``; the templates
are the ``template`` of the ``NotEligible`` classes below, translated through the "errors" context like
every domain message). Level 1 (W3.1): overdue at least ``reminders.level1_days_overdue`` days, no
reminder yet. Level 2 (W3.3): a reminder #1 exists, has been sent (``sent_at``: a letter that has not
gone out starts no clock) and its own due date is ``reminders.level2_days_after_reminder1`` days past,
no #2 yet. Both levels skip invoices whose customer or invoice has the no-reminders flag
(perintäkielto), whose order was cut off, or that the customer's credit balance covers (the balance
covers the customer's overdue invoices oldest first). However many invoices there are, the listing is
four Core SELECTs of plain rows: the open overdue invoices (from the covering partial index
``ix_invoices_open_due``), their customers with their credit balances (those customers only), their
reminders, and the cut-off orders; 1 000 000 invoices take about 1.5 s (benchmarks/reminders_benchmark.py).

**The legal guard (W3.4, Finnish Debt Collection Act).** A consumer (customer kind *person*) pays a
reminder fee only when *more than* ``reminders.consumer_min_days_between`` days have passed since the
due date (reminder #1) or since the previous fee-bearing letter (reminder #2; if #1 carried no fee,
since the due date again); the fee is ``min(fee_consumer, consumer_fee_cap)``; every consumer reminder
gives at least ``consumer_min_days_to_pay`` days to pay. When the fee is not allowed yet, the reminder
can still go, without a fee, and the candidate says why (``fee_reason``). Businesses (kind *company*)
get ``fee_business`` and ``days_to_pay``. The interest is ``interest.interest_cents`` of the money late.

``recheck`` applies the same rules to a clerk's selection under lock (``create``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, NamedTuple

from sqlalchemy import ColumnElement, String, and_, bindparam, exists, func, select, type_coerce
from sqlalchemy.orm import Session, aliased

from desktop_app.models import Customer, Invoice, InvoiceLine, Order, Posting, Settlement
from desktop_app.models.enums import CustomerKind, InvoiceKind, InvoiceStatus, LineKind, OrderStatus
from desktop_app.services import ledger
from desktop_app.services.documents.invoices import AmountToPay
from desktop_app.services.foundation import formatting
from desktop_app.services.foundation.bulk import IN_CHUNK, without_cyclic_gc
from desktop_app.services.foundation.errors import ReskontraError
from desktop_app.services.foundation.money import cents, to_decimal
from desktop_app.services.reminders.interest import Rates, interest_cents, late_amounts
from desktop_app.services.reminders.rules import ReminderRules, checked_level, reminder_rules

__all__ = [
    "REMINDABLE_KINDS", "AlreadyReminded", "Candidate", "CandidateList", "CoveredByBalance", "CustomerNoReminders",
    "InvoiceNoReminders", "NoFeeSinceDueDate", "NoFeeSinceReminder1", "NoReminder1", "NotEligible", "NotOpen",
    "NotRemindable", "NotYetDue", "OrderWasCutOff", "Reason", "Reminder1NotDue", "Reminder1NotSent",
    "Reminder1RecentlyDue", "TooEarlyForReminder1", "candidates", "open_amount", "open_remindable", "recheck",
]

REMINDABLE_KINDS = (InvoiceKind.INVOICE, InvoiceKind.AD_INVOICE)
_OPEN = InvoiceStatus.OPEN
_PERSON = CustomerKind.PERSON
_CUT_OFF = OrderStatus.CUT_OFF


# --- why an invoice is not eligible ---------------------------------------------------------------------

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


def open_amount() -> ColumnElement[int]:
    return Invoice.total_cents - Invoice.balance_applied_cents - Invoice.paid_cents


def _inline(column: Any, value: Any) -> Any:
    """A constant rendered into the SQL (not bound): the query planner then knows it, so a partial
    index ``WHERE status = 'open'`` both applies and covers the query (no row lookups)."""
    return bindparam(None, value, type_=column.type, literal_execute=True)


def open_remindable(invoice: Any) -> ColumnElement[bool]:
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
    return and_(open_remindable(invoice), open_ > 0, which)


def _invoice_rows(session: Session, today: dt.date, customer_ids: Sequence[int] | None) -> list[Any]:
    """The invoices in question as plain rows (id, number, customer id, invoice flag, invoice date, due date,
    open cents, order id), by due date.

    Read from the covering index ``ix_invoices_open_due`` and without per-value conversions: at
    300 000 rows those cost more than the query (``_classify`` converts what it keeps).
    """
    raw = {"type_": String}
    stmt = (
        select(Invoice.id, Invoice.number, Invoice.customer_id, Invoice.no_reminders,
               type_coerce(Invoice.invoice_date, **raw), type_coerce(Invoice.due_date, **raw), open_amount(),
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

    Each payment ends the lateness of what it paid on its day; the rest stays late (``late_amounts``). Driven
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


def _classify(level: int, today: dt.date, rules: ReminderRules, rates: Rates, rows: Sequence[Any],
              customers: Mapping[int, tuple[Any, ...]], letters: Mapping[int, _Letters],
              paid: Mapping[int, list[tuple[dt.date, int]]], balances: Mapping[int, int], cut_off: set[int],
              only: set[int] | None = None) -> tuple[list[Candidate], list[Candidate]]:
    """Apply every rule of W3 to the rows of ``_invoice_rows``: (eligible, not eligible).

    Written for 300 000 rows a call: what depends only on the due date (days overdue, the timing
    reason, the fee reason) is worked out once per distinct due date and candidates are built with
    ``tuple.__new__``. The interest is ``interest_cents`` of the money late (``late_amounts``) less what
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
            late, rate = late_amounts(open_c, paid.get(iid, no_payments), ddate, kind, today, rates)
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
    level = checked_level(level)
    session.flush()  # Core reads below do not autoflush
    rules = reminder_rules(session)
    accounts, rates, cut_off = ledger.account_map(session), Rates(session), _cut_off_orders(session)
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


def recheck(session: Session, level: int, today: dt.date, rules: ReminderRules, invoice_ids: Sequence[int],
             customer_ids: Sequence[int]) -> tuple[list[Candidate], list[Candidate]]:
    """The rules again for these invoices, reading everything of their customers (the balance covers all of them)."""
    wanted = set(invoice_ids)
    accounts = ledger.account_map(session)
    rates = Rates(session)
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

