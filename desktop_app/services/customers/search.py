"""Customer search for the front page (SPEC W1.1): one box, many keys, index seeks only.

The shape of the text decides which lookups run: digits try the customer, order and invoice
numbers, reference numbers, phone numbers and postal codes; text with "@" an email prefix;
anything else name words (every word must prefix-match a folded word of the customer's name,
company or city). Each lookup is an index seek with its own LIMIT; the hits are merged, the
strongest match first, and then the customers' current and future orders are read in one query.

A search is bounded, whatever is pasted into the box: the first ``MAX_WORDS`` different words
(``words_left_out`` says how many more were ignored, so the screen can say so), at most
``MAX_TEXT`` characters, and ``TIME_LIMIT_SECONDS`` of database time (PostgreSQL's statement
timeout, SQLite's progress handler); a search that runs out of time ends in ``SearchTooSlow``.
"""

from __future__ import annotations

import datetime as dt
import re
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass

from sqlalchemy import ColumnElement, and_, exists, func, or_, select
from sqlalchemy import text as sql_text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import InstrumentedAttribute, Session, aliased

from desktop_app.models import Customer, CustomerSearchToken, Invoice, Order, Product
from desktop_app.models.enums import OrderStatus
from desktop_app.services.customers.errors import SearchTooSlow
from desktop_app.services.documents import references
from desktop_app.services.foundation.faults import StatementCancelled, database_fault
from desktop_app.services.foundation.text import fold, phone_digits, words

__all__ = ["MAX_WORDS", "CustomerHit", "OrderBrief", "SearchTooSlow", "search_customers", "words_left_out"]

MAX_WORDS = 8  # name words a search uses: more narrow nothing down, but each costs a seek
MAX_TEXT = 1000  # characters of the search text looked at
MAX_WORD = 100  # a search token holds at most 100 characters (text.search_tokens)
TIME_LIMIT_SECONDS = 5.0



_Add = Callable[[Iterable[int], str], None]


@dataclass(frozen=True)
class OrderBrief:
    """A current or future order shown under its customer in the result list."""

    order_id: int
    order_number: int
    product_name: str
    status: OrderStatus
    period_start: dt.date
    period_end: dt.date | None
    cutoff_date: dt.date | None


@dataclass(frozen=True)
class CustomerHit:
    customer_id: int
    customer_number: int
    name: str
    company_name: str
    street: str
    postal_code: str
    city: str
    email: str
    phone: str
    orders: tuple[OrderBrief, ...]
    # Why this customer was found: "customer_number", "order_number", "invoice_number",
    # "reference", "email", "phone", "postal_code" or "name".
    matched_by: str = "name"


def search_customers(session: Session, text: str, limit: int = 50, *, today: dt.date | None = None) -> list[CustomerHit]:
    """Customers matching ``text``, strongest match first, at most ``limit``; empty text finds nothing.

    Only the first ``MAX_WORDS`` different name words are used; ``SearchTooSlow`` after
    ``TIME_LIMIT_SECONDS``.
    """
    text = text.strip()[:MAX_TEXT]
    if not text or limit <= 0:
        return []
    try:
        with _time_limit(session, TIME_LIMIT_SECONDS):
            return _search(session, text, limit, today or dt.date.today())
    except DBAPIError as exc:
        if isinstance(database_fault(exc), StatementCancelled):
            raise SearchTooSlow() from None
        raise


def words_left_out(text: str) -> int:
    """How many different words of ``text`` a name search ignores (beyond the first ``MAX_WORDS``)."""
    return max(0, len(_distinct_words(text)) - MAX_WORDS)


def _distinct_words(text: str) -> list[str]:
    return list(dict.fromkeys(w[:MAX_WORD] for w in words(text)))


@contextmanager
def _time_limit(session: Session, seconds: float) -> Iterator[None]:
    """Stop the statements run inside after ``seconds`` (an error the caller turns into ``SearchTooSlow``)."""
    connection = session.connection()
    if connection.dialect.name == "postgresql":
        connection.execute(sql_text(f"SET LOCAL statement_timeout = {int(seconds * 1000)}"))
        try:
            yield
        finally:
            if connection.in_transaction() and not connection.invalidated:
                # (in a transaction the timeout itself failed this fails too; it is rolled back anyway)
                with suppress(DBAPIError):
                    connection.execute(sql_text("SET LOCAL statement_timeout TO DEFAULT"))
        return
    raw = connection.connection.dbapi_connection
    if raw is None or not hasattr(raw, "set_progress_handler"):
        yield
        return
    deadline = time.monotonic() + seconds
    raw.set_progress_handler(lambda: int(time.monotonic() > deadline), 10_000)
    try:
        yield
    finally:
        raw.set_progress_handler(None, 0)


def _search(session: Session, text: str, limit: int, today: dt.date) -> list[CustomerHit]:
    found: dict[int, str] = {}  # customer id -> why, in the order found (dicts keep insertion order)

    def add(ids: Iterable[int], why: str) -> None:
        for customer_id in ids:
            found.setdefault(customer_id, why)

    compact = re.sub(r"\s+", "", text)
    if _RF.match(compact):
        add(_by_reference(session, compact, limit), "reference")
    elif _NUMBERISH.match(text):
        _digit_lookups(session, text, limit, add)
    else:
        if "@" in text:
            add(_by_email(session, text, limit), "email")
        else:
            if " " not in text and any(ch in text for ch in "._+-"):
                add(_by_email(session, text, limit), "email")
            add(_by_name(session, text, limit), "name")
    ids = list(found)[:limit]
    return _hits(session, ids, found, today)


# --- the shape of the text --------------------------------------------------------------------

_RF = re.compile(r"^RF\d{2}[0-9A-Z]{1,21}$", re.IGNORECASE)
_NUMBERISH = re.compile(r"^\+?[0-9][0-9 ()./-]*$")
_MAX_NUMBER = 10**18  # BIGINT range; longer digit strings are references or nothing


def _successor(prefix: str) -> str:
    """The least string greater than every string that starts with ``prefix`` (bytewise order)."""
    return prefix[:-1] + chr(ord(prefix[-1]) + 1)


def _prefix(column: ColumnElement[str] | InstrumentedAttribute[str], prefix: str) -> ColumnElement[bool]:
    """``column`` starts with ``prefix``, as an index range (LIKE would not seek on every database)."""
    return and_(column >= prefix, column < _successor(prefix))


def _digit_lookups(session: Session, text: str, limit: int, add: _Add) -> None:
    digits = re.sub(r"\D", "", text)
    if not digits:
        return
    if len(digits) <= 18:
        number = int(digits)
        add(session.scalars(select(Customer.id).where(Customer.customer_number == number)), "customer_number")
        add(session.scalars(select(Order.customer_id).where(Order.order_number == number)), "order_number")
        add(session.scalars(select(Invoice.customer_id).where(Invoice.number == number)), "invoice_number")
    if references.is_valid_domestic(digits):
        add(_by_reference(session, digits, limit), "reference")
    national = phone_digits(text)
    if len(national) >= 4:
        add(session.scalars(
            select(Customer.id).where(_prefix(Customer.phone_digits, national))
            .order_by(Customer.phone_digits, Customer.id).limit(limit)
        ), "phone")
    if len(digits) == 5 and text.strip().isdigit():
        add(session.scalars(
            select(Customer.id).where(Customer.postal_code == digits).order_by(Customer.search_name, Customer.id)
            .limit(limit)
        ), "postal_code")


def _by_reference(session: Session, text: str, limit: int) -> list[int]:
    """Owners of invoices with this reference, in either form: domestic (leading zeros ignored) or RF."""
    ref = references.normalize(text)
    candidates = {ref}
    if ref.startswith("RF"):
        body = ref[4:].lstrip("0")
        if body.isdigit() and references.is_valid_domestic(body):
            candidates.add(body)
    elif references.is_valid_domestic(ref):
        candidates.add(references.rf_from_domestic(ref))
    return list(session.scalars(
        select(Invoice.customer_id).where(Invoice.reference.in_(sorted(candidates)))
        .order_by(Invoice.invoice_date.desc(), Invoice.id.desc()).limit(limit)
    ))


def _by_email(session: Session, text: str, limit: int) -> list[int]:
    prefix = fold(text.strip())
    return list(session.scalars(
        select(Customer.id).where(_prefix(Customer.email_folded, prefix))
        .order_by(Customer.email_folded, Customer.id).limit(limit)
    ))


def _by_name(session: Session, text: str, limit: int) -> list[int]:
    """Every word of ``text`` prefixes some search token of the customer ("anna aker" → "Åkerlund Anna").

    The most selective word drives an index range scan over the tokens; each other word is an
    EXISTS seek on the same customer's tokens. A customer with two tokens under the driving
    prefix appears twice in the scan, so the scan pages on (token, customer id) until it has
    ``limit`` different customers.
    """
    query_words = _distinct_words(text)[:MAX_WORDS]
    postal_codes = [w for w in query_words if len(w) == 5 and w.isdigit()] if len(query_words) > 1 else []
    token_words = [w for w in query_words if w not in postal_codes]
    if not token_words:
        return []
    token_words = sorted(set(token_words), key=lambda w: (-len(w), w))
    # Drop words that are prefixes of another query word: "ann anna" needs only "anna".
    token_words = [w for w in token_words if not any(o != w and o.startswith(w) for o in token_words)]
    driver = token_words[0] if len(token_words) == 1 else _most_selective(session, token_words)
    t0 = aliased(CustomerSearchToken)
    conditions: list[ColumnElement[bool]] = [_prefix(t0.token, driver)]
    for word in token_words:
        if word == driver:
            continue
        other = aliased(CustomerSearchToken)
        conditions.append(exists().where(other.customer_id == t0.customer_id, _prefix(other.token, word)))
    for code in postal_codes:
        conditions.append(exists().where(Customer.id == t0.customer_id, Customer.postal_code == code))
    ids: dict[int, None] = {}
    last: tuple[str, int] | None = None
    # Just over ``limit``: in a sparse intersection every row costs a scan of many tokens, so asking
    # for twice as many rows doubled the work; a customer listed twice only costs another page.
    batch = limit + 10
    while len(ids) < limit:
        stmt = select(t0.token, t0.customer_id).where(*conditions)
        if last is not None:
            stmt = stmt.where(or_(t0.token > last[0], and_(t0.token == last[0], t0.customer_id > last[1])))
        rows = session.execute(stmt.order_by(t0.token, t0.customer_id).limit(batch)).all()
        for _token, customer_id in rows:
            ids.setdefault(customer_id, None)
        if len(rows) < batch:
            break
        last = (rows[-1][0], rows[-1][1])
    return list(ids)[:limit]


def _most_selective(session: Session, token_words: list[str], cap: int = 20_000) -> str:
    """The word whose prefix range holds the fewest tokens.

    Counted in the index, each word only up to the best count so far (so the total stays within
    about two ranges of ``cap`` entries, ~1 ms each at 20 000). The cap must be well above the
    size of a common name's range: at 1 M customers "jar" holds 40 000 tokens and "kors" 5 600,
    and driving the scan with the wrong one costs six times as much.
    """
    best, best_count = token_words[0], cap + 1
    for word in token_words:
        limit = min(cap, best_count)
        sub = select(CustomerSearchToken.customer_id).where(_prefix(CustomerSearchToken.token, word)).limit(limit)
        count = session.scalar(select(func.count()).select_from(sub.subquery())) or 0
        if count < best_count:
            best, best_count = word, count
        if count == 0:
            break
    return best


# --- the result rows ------------------------------------------------------------------------

ORDERS_PER_HIT = 10
_FINISHED = (OrderStatus.ENDED, OrderStatus.REFUNDED)


def _hits(session: Session, ids: list[int], why: dict[int, str], today: dt.date) -> list[CustomerHit]:
    if not ids:
        return []
    customers = {
        row.id: row
        for row in session.execute(
            select(Customer.id, Customer.customer_number, Customer.name, Customer.company_name, Customer.street,
                   Customer.postal_code, Customer.city, Customer.email, Customer.phone)
            .where(Customer.id.in_(ids))
        )
    }
    orders = _current_orders(session, ids, today)
    return [
        CustomerHit(
            customer_id=c.id, customer_number=c.customer_number, name=c.name, company_name=c.company_name,
            street=c.street, postal_code=c.postal_code, city=c.city, email=c.email, phone=c.phone,
            orders=tuple(orders.get(c.id, ())), matched_by=why[c.id],
        )
        for c in (customers.get(i) for i in ids)
        if c is not None
    ]


def _current_orders(session: Session, customer_ids: list[int], today: dt.date) -> dict[int, list[OrderBrief]]:
    """The first ``ORDERS_PER_HIT`` current and future orders of each customer, by period start."""
    rank = func.row_number().over(partition_by=Order.customer_id, order_by=(Order.period_start, Order.id))
    ranked = (
        select(Order.id.label("order_id"), Order.customer_id, Order.order_number, Order.product_id, Order.status,
               Order.period_start, Order.period_end, Order.cutoff_date, rank.label("rank"))
        .where(
            Order.customer_id.in_(customer_ids),
            Order.status.not_in(_FINISHED),
            or_(Order.period_end.is_(None), Order.period_end >= today),
        )
        .subquery()
    )
    rows = session.execute(
        select(ranked, Product.name.label("product_name"))
        .join(Product, Product.id == ranked.c.product_id)
        .where(ranked.c.rank <= ORDERS_PER_HIT)
        .order_by(ranked.c.customer_id, ranked.c.rank)
    )
    result: dict[int, list[OrderBrief]] = {}
    for row in rows:
        result.setdefault(row.customer_id, []).append(OrderBrief(
            order_id=row.order_id, order_number=row.order_number, product_name=row.product_name,
            status=OrderStatus(row.status), period_start=row.period_start, period_end=row.period_end,
            cutoff_date=row.cutoff_date,
        ))
    return result
