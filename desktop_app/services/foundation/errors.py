"""Domain errors: specific, translatable, and safe to show a clerk.

Each error carries an English message template (the translation key, looked up in the
"errors" context of ``translations/*.ts``) and its parameters. Views and the command line
catch ``ReskontraError`` only and show ``desktop_app.services.foundation.i18n.error_text(err)``; anything else is a
bug and goes to the crash handler.
"""

from __future__ import annotations

from typing import Any


class ReskontraError(Exception):
    """Base of every error a user may see. ``field`` names the form field at fault, if any."""

    template = "Something went wrong."

    def __init__(self, template: str | None = None, *, field: str | None = None, **params: Any) -> None:
        self.template = template or self.template
        self.params = params
        self.field = field
        super().__init__(self.english())

    def english(self) -> str:
        try:
            return self.template.format(**self.params)
        except (KeyError, IndexError):
            return self.template


class ValidationError(ReskontraError):
    """One or more fields are invalid; ``errors`` maps field name to its error."""

    template = "Please correct the highlighted fields."

    def __init__(self, errors: dict[str, ReskontraError]) -> None:
        self.errors = errors
        super().__init__()


class NotFound(ReskontraError):
    template = "{what} {key} was not found."


class PermissionDenied(ReskontraError):
    template = "Only an accountant may do this: {action}."


class ConcurrentChange(ReskontraError):
    template = "Someone else changed this record at the same time. Reload it and try again."


class DatabaseError(ReskontraError):
    """The database cannot be opened or used; nothing was changed."""


class BadDatabaseUrl(DatabaseError):
    template = "The database address is not valid: {url}"


class DatabaseUnreachable(DatabaseError):
    template = "Cannot connect to the database server at {where}. Check that the server is running and the address is right. ({detail})"


class CorruptDatabase(DatabaseError):
    template = "The file {path} is not a Reskontra database or it is damaged. Nothing was changed. ({detail})"


class SchemaTooNew(DatabaseError):
    template = "This database was made by a newer version of Reskontra (schema {revision}). Install the newer version; nothing was changed."


class DatabaseConnectionLost(DatabaseError):
    template = "The connection to the database was lost. Nothing was saved; try again. ({detail})"

