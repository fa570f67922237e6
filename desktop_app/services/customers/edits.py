"""Creating and editing a customer (SPEC W1.4).

Edits validate every changed field first and change nothing when any is wrong; they keep the derived
search columns and the search tokens in step, take an optimistic lock on ``Customer.version`` and
write one audit event. The caller commits (``UnitOfWork``).
"""


from collections.abc import Mapping
from typing import Any

from sqlalchemy import delete, insert
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from desktop_app.models import (
    Customer,
    CustomerSearchToken,
)
from desktop_app.models.enums import (
    Channel,
    CustomerKind,
)
from desktop_app.services.customers.card import CustomerCard, _load, get_customer_card
from desktop_app.services.foundation import audit, sequences, validation
from desktop_app.services.foundation.errors import ConcurrentChange
from desktop_app.services.foundation.text import display_name, fold, phone_digits, search_tokens
from desktop_app.services.foundation.uow import Actor

__all__ = ["EDITABLE_FIELDS", "FieldValue", "create_customer", "customer_tokens", "update_customer"]

FieldValue = str | bool | int


EDITABLE_FIELDS = (
    "kind", "first_name", "last_name", "company_name", "contact_person", "street", "postal_code", "city",
    "country", "email", "phone", "language", "billing_channel", "einvoice_address", "einvoice_operator",
    "business_id", "iban", "bic", "payment_term_days", "no_reminders",
)

def customer_tokens(first_name: str, last_name: str, company_name: str, contact_person: str, city: str) -> set[str]:
    """The folded words a customer is found by; every writer of customers (demo data too) uses this."""
    return search_tokens(first_name, last_name, company_name, contact_person, city)


def _record(c: Customer) -> dict[str, Any]:
    return {name: getattr(c, name) for name in EDITABLE_FIELDS}


def _derive(c: Customer) -> None:
    """Keep the derived search columns in step with what the clerk edits."""
    c.name = display_name(str(c.kind), c.first_name, c.last_name, c.company_name)
    c.search_name = fold(c.name)[:300]
    c.email_folded = fold(c.email)
    c.phone_digits = phone_digits(c.phone)


def _write_tokens(session: Session, c: Customer, *, replace: bool) -> None:
    if replace:
        session.execute(delete(CustomerSearchToken).where(CustomerSearchToken.customer_id == c.id))
    tokens = customer_tokens(c.first_name, c.last_name, c.company_name, c.contact_person, c.city)
    if tokens:
        session.execute(insert(CustomerSearchToken), [{"token": t, "customer_id": c.id} for t in sorted(tokens)])


_TOKEN_FIELDS = frozenset({"first_name", "last_name", "company_name", "contact_person", "city"})


def update_customer(
    session: Session, actor: Actor, customer_id: int, changes: Mapping[str, FieldValue], expected_version: int
) -> CustomerCard:
    """Validate every changed field, then save them all (or nothing); ``ConcurrentChange`` on a stale version.

    The row is read FOR UPDATE (PostgreSQL), so of two clerks saving the same customer at once
    the second waits, then sees the first one's new version and is refused instead of
    overwriting it; the versioned UPDATE catches the same race on SQLite.
    """
    customer = _load(session, customer_id, for_update=True)
    if customer.version != expected_version:
        raise ConcurrentChange()
    current = _record(customer)
    normalized = validation.validate_customer(current, changes)
    changed = {name: value for name, value in normalized.items() if current[name] != value}
    if changed:
        for name, value in changed.items():
            setattr(customer, name, value)
        _derive(customer)
        try:
            session.flush()
        except StaleDataError as exc:
            raise ConcurrentChange() from exc
        if changed.keys() & _TOKEN_FIELDS:
            _write_tokens(session, customer, replace=True)
        audit.record(session, actor, "customer.updated", "customer", customer.id,
                     before={name: current[name] for name in changed}, after=changed, customer_id=customer.id)
        session.flush()
    return get_customer_card(session, customer_id)


_DEFAULTS: dict[str, FieldValue] = {
    "kind": CustomerKind.PERSON.value, "country": "FI", "language": "fi", "billing_channel": Channel.PAPER.value,
    "payment_term_days": 14, "no_reminders": False,
}


def create_customer(session: Session, actor: Actor, fields: Mapping[str, FieldValue]) -> int:
    """A new customer with the next customer number; returns its id. Every field is validated first."""
    normalized = validation.validate_customer({}, {**_DEFAULTS, **fields})
    number = sequences.take(session, sequences.CUSTOMER)
    customer = Customer(customer_number=number, **normalized)
    for name in EDITABLE_FIELDS:
        if getattr(customer, name) is None:
            setattr(customer, name, "")
    _derive(customer)
    session.add(customer)
    session.flush()
    _write_tokens(session, customer, replace=False)
    audit.record(session, actor, "customer.created", "customer", customer.id,
                 after={"customer_number": number, **{k: v for k, v in normalized.items() if v not in ("", None)}},
                 customer_id=customer.id)
    session.flush()
    return customer.id
