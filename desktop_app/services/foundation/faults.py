"""Faults of the database itself (read-only, disk full, damaged, cancelled), as clear domain errors.

SQLite and PostgreSQL report these as driver exceptions whose text is meant for a programmer
(``attempt to write a readonly database``) and whose SQLAlchemy wrapper may carry the statement.
``database_fault`` turns the expected ones into a ``DatabaseError`` that says what happened and
that nothing was saved (the unit of work has rolled back), never with the statement or its
parameters. The command line and the GUI's last line of defence call it; an exception it does
not know stays a bug (logged, see ``services/logs.py``).
"""

from __future__ import annotations

import sqlite3

from sqlalchemy.exc import DBAPIError

from desktop_app.services.foundation.errors import CorruptDatabase, DatabaseError, ReskontraError

__all__ = [
    "DiskFull", "EmptyDatabaseFile", "ForeignDatabase", "ReadOnlyDatabase", "ReadOnlyFolder", "StatementCancelled",
    "UnsupportedDriver", "ValueTooLongForDatabase", "database_fault",
]


class ReadOnlyDatabase(DatabaseError):
    template = ("The database {path} is read-only: Reskontra cannot save anything in it. Nothing was changed. "
                "Ask for write access to the file or open a copy of it.")


class ReadOnlyFolder(DatabaseError):
    template = ("Reskontra cannot write in the folder {folder} (a read-only folder or file system), and an SQLite "
                "database needs its folder writable. Nothing was changed. Move the database to a writable folder.")


class DiskFull(DatabaseError):
    template = "The disk of the database is full. Nothing was saved; free some disk space and try again."


class ForeignDatabase(DatabaseError):
    template = ("The database {where} already holds tables of another application (for example {table}) and no "
                "Reskontra schema. Nothing was changed; choose an empty database or a Reskontra database.")


class EmptyDatabaseFile(DatabaseError):
    template = ("The file {path} is empty (0 bytes), so it is not a Reskontra database. Nothing was changed. "
                "To start a new database there, delete the empty file first; otherwise choose the right file.")


class UnsupportedDriver(DatabaseError):
    template = ("The database driver {driver} is not supported. Use an SQLite file (sqlite:///path/to/file.sqlite) "
                "or PostgreSQL with psycopg (postgresql+psycopg://user@host:5432/database).")


class StatementCancelled(DatabaseError):
    template = "The database took too long to answer, so the action was stopped. Nothing was changed."


class ValueTooLongForDatabase(ReskontraError):
    template = "A value is longer than the database allows. Nothing was saved; shorten it and try again."


_SQLITE_MESSAGES: tuple[tuple[str, str], ...] = (
    ("readonly database", "read_only"),
    ("database or disk is full", "full"),
    ("disk image is malformed", "corrupt"),
    ("file is not a database", "corrupt"),
    ("unable to open database file", "folder"),
    ("interrupted", "cancelled"),
)


def database_fault(exc: BaseException, path: str | None = None) -> ReskontraError | None:
    """The domain error of an expected database fault, or None (a bug, to be logged).

    ``path`` is the SQLite file, named in the message where it helps.
    """
    if isinstance(exc, ReskontraError):
        return exc
    orig = exc.orig if isinstance(exc, DBAPIError) else exc
    if isinstance(orig, sqlite3.Error):
        text = str(orig).lower()
        for needle, kind in _SQLITE_MESSAGES:
            if needle in text:
                return _sqlite_fault(kind, path or "?", str(orig))
        if isinstance(orig, sqlite3.OperationalError) and "disk i/o error" in text:
            return ReadOnlyFolder(folder=_folder(path))
        return None
    code = getattr(orig, "sqlstate", None) or getattr(getattr(orig, "diag", None), "sqlstate", None)
    if not isinstance(code, str):
        return None
    if code.startswith("53"):  # insufficient resources: disk full, out of memory
        return DiskFull()
    if code == "25006":  # read-only SQL transaction (a standby server)
        return ReadOnlyDatabase(path=path or "?")
    if code == "57014":  # query cancelled (statement timeout)
        return StatementCancelled()
    if code == "22001":  # string data right truncation
        return ValueTooLongForDatabase()
    if code in ("XX001", "XX002"):  # data or index corrupted
        return CorruptDatabase(path=path or "?", detail=_first_line(orig))
    return None


def _sqlite_fault(kind: str, path: str, detail: str) -> ReskontraError:
    if kind == "read_only":
        return ReadOnlyDatabase(path=path)
    if kind == "full":
        return DiskFull()
    if kind == "corrupt":
        return CorruptDatabase(path=path, detail=detail)
    if kind == "folder":
        return ReadOnlyFolder(folder=_folder(path))
    return StatementCancelled()


def _folder(path: str | None) -> str:
    import os.path

    return os.path.dirname(os.path.abspath(path)) if path and path != "?" else "?"


def _first_line(exc: BaseException | None) -> str:
    text = str(exc).strip() if exc is not None else ""
    return text.splitlines()[0] if text else ""
