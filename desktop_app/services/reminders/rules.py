"""The rules of payment reminders: the ``reminders.*`` settings, read once per action, and the levels."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from desktop_app.services.foundation import settings as settings_service
from desktop_app.services.foundation.money import to_cents
from desktop_app.services.reminders.errors import UnknownReminderLevel

__all__ = ["ReminderRules", "checked_level", "reminder_rules"]


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


def checked_level(level: int) -> int:
    """The level, 1 or 2; any other is ``UnknownReminderLevel``."""
    if level not in (1, 2):
        raise UnknownReminderLevel(level=level)
    return int(level)
