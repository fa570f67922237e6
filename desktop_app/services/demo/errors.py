"""The errors of the demo books: a database that already has books, a size out of range."""

from __future__ import annotations

from desktop_app.services.foundation.errors import ReskontraError


class DemoDataRefused(ReskontraError):
    template = ("The database already has {customers} customers. Demo data is only added to an empty "
                "database, so it can never mix with real books.")


class DemoSizeInvalid(ReskontraError):
    template = "The number of demo customers must be a whole number from 1 to {maximum}."
