"""What the clerk is told after fetching, creating or transferring reminders (the CLI prints these).

Not errors: plain frozen dataclasses (``foundation.notices.Notice``) whose fields fill their English
template; show one with ``i18n.error_text(notice, lang)``. Amounts and dates come already formatted
for the language (text), as the CLI prints them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from desktop_app.services.foundation.notices import Notice

__all__ = [
    "CollectionExported", "CollectionLine", "CollectionListed", "CollectionTransferred", "NoReminderCandidates",
    "NotEligibleCount", "NotEligibleLine", "ReminderLine", "ReminderNotice", "RemindersCreated",
    "RemindersPreviewed",
]


@dataclass(frozen=True)
class ReminderNotice(Notice):
    """A message to the clerk after a reminders or collection action."""


@dataclass(frozen=True)
class RemindersCreated(ReminderNotice):
    template: ClassVar[str] = (
        "{count} payment reminders #{level} were created: reminder fees {fees}, interest {interest}.")
    count: int
    level: int
    fees: str
    interest: str


@dataclass(frozen=True)
class RemindersPreviewed(ReminderNotice):
    template: ClassVar[str] = ("PREVIEW, nothing was written: {count} payment reminders #{level} would be created: "
                               "reminder fees {fees}, interest {interest}.")
    count: int
    level: int
    fees: str
    interest: str


@dataclass(frozen=True)
class NoReminderCandidates(ReminderNotice):
    template: ClassVar[str] = "No invoice is eligible for a payment reminder #{level}."
    level: int


@dataclass(frozen=True)
class ReminderLine(ReminderNotice):
    template: ClassVar[str] = (
        "Reminder {number} of invoice {invoice} (customer {customer}): fee {fee}, interest {interest}, due {due}.")
    number: int
    invoice: int
    customer: int
    fee: str
    interest: str
    due: str


@dataclass(frozen=True)
class NotEligibleLine(ReminderNotice):
    template: ClassVar[str] = "Invoice {invoice} (customer {customer}): {reason}"
    invoice: int
    customer: int
    reason: str


@dataclass(frozen=True)
class NotEligibleCount(ReminderNotice):
    template: ClassVar[str] = "{count} overdue invoices are not eligible:"
    count: int


@dataclass(frozen=True)
class CollectionListed(ReminderNotice):
    template: ClassVar[str] = (
        "{count} invoices are still unpaid after reminder #2 and can be transferred to collection.")
    count: int


@dataclass(frozen=True)
class CollectionLine(ReminderNotice):
    template: ClassVar[str] = ("Invoice {invoice} (customer {customer}, {name}): open {open}, reminder fees {fees}, "
                               "reminder #2 due {due}.")
    invoice: int
    customer: int
    name: str
    open: str
    fees: str
    due: str


@dataclass(frozen=True)
class CollectionTransferred(ReminderNotice):
    template: ClassVar[str] = "{count} invoices were transferred to collection."
    count: int


@dataclass(frozen=True)
class CollectionExported(ReminderNotice):
    template: ClassVar[str] = "{count} invoices were written to {path}."
    count: int
    path: str
