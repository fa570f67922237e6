"""The errors of reminders and the transfer to collection (W3): nothing was written when one is raised."""

from __future__ import annotations

from desktop_app.services.foundation.errors import ReskontraError

__all__ = ["CollectionRefused", "ReminderError", "UnknownReminderLevel"]


class ReminderError(ReskontraError):
    """Reminders or a collection transfer cannot be made; nothing was written."""


class UnknownReminderLevel(ReminderError):
    template = "A payment reminder is #1 or #2, not #{level}."


class CollectionRefused(ReminderError):
    template = ("{count} of the selected invoices cannot be transferred to collection; the first is invoice "
                "{number}: {reason} Nothing was transferred.")

