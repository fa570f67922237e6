"""What every subcommand shares: the context it runs in, registration, JSON output, date arguments,
and the one way a command reads or writes the books.

A command module registers itself with ``@command(name, help, arguments)``. It reads through
``ctx.read(lambda session: ...)`` and writes through ``ctx.write(lambda session, actor: ...)`` (one
unit of work, committed when the function returns, rolled back on any error; the actor is the
signed-in user), then answers with ``ctx.report(json_value, text)``: JSON under ``--json``, the text
otherwise. Services are imported inside the command function, so ``reskontra --help`` stays fast.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from desktop_app.services.foundation.uow import Actor

T = TypeVar("T")

EXIT_OK, EXIT_VIOLATION, EXIT_ERROR = 0, 1, 2
EXIT_BROKEN_PIPE = 141  # 128 + SIGPIPE, as a shell reports a command whose reader went away
# Business dates (--today and every date option): a date outside these years is a typing mistake.
FIRST_DATE, LAST_DATE = dt.date(2000, 1, 1), dt.date(2100, 12, 31)


@dataclass
class Context:
    args: argparse.Namespace
    database_url: str
    today: dt.date
    lang: str
    as_json: bool

    _db: Any = None

    @property
    def db(self):  # noqa: ANN201 - bootstrap.Database, imported lazily for a fast --help
        if self._db is None:
            from desktop_app.bootstrap import open_database

            self._db = open_database(self.database_url)
        return self._db

    def actor(self):  # noqa: ANN201
        from desktop_app.services.foundation.setup import ensure_user

        return ensure_user(self.db.session_factory, getattr(self.args, "user", None))

    def close(self) -> None:
        if self._db is not None:
            self._db.dispose()

    def read(self, work: Callable[[Session], T]) -> T:
        """``work(session)`` in one unit of work that writes nothing."""
        from desktop_app.services.foundation.uow import UnitOfWork

        with UnitOfWork(self.db.session_factory) as uow:
            return work(uow.session)

    def write(self, work: Callable[[Session, Actor], T], *, actor: Actor | None = None) -> T:
        """``work(session, actor)`` in one unit of work, committed when it returns; on any error nothing
        is saved. The actor is the signed-in user unless one is given."""
        from desktop_app.services.foundation.uow import UnitOfWork

        actor = actor or self.actor()
        with UnitOfWork(self.db.session_factory) as uow:
            result = work(uow.session, actor)
            uow.commit()
        return result

    def report(self, data: object, text: str | Callable[[], str]) -> int:
        """``data`` as JSON under ``--json``, else ``text`` (or what it returns; nothing when empty) on
        standard output."""
        if self.as_json:
            emit_json(data)
        elif out := text() if callable(text) else text:
            print(out)
        return EXIT_OK


def _json_default(value: object) -> object:
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if hasattr(value, "value"):
        return value.value
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")


def emit_json(data: object) -> None:
    json.dump(data, sys.stdout, default=_json_default, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def date_argument(text: str) -> dt.date:
    """An argparse type: a date written YYYY-MM-DD, in the years 2000-2100."""
    try:
        value = dt.date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text}") from exc
    if not FIRST_DATE <= value <= LAST_DATE:
        raise argparse.ArgumentTypeError(f"not a date from {FIRST_DATE} to {LAST_DATE}: {text}")
    return value


def global_options(parser: argparse.ArgumentParser, *, suppress: bool) -> None:
    """The options every command accepts, before or after its name."""
    default = argparse.SUPPRESS if suppress else None
    parser.add_argument("--database-url", default=default,
                        help="database URL (default: $RESKONTRA_DATABASE_URL or the SQLite file in the user data folder)")
    parser.add_argument("--today", type=date_argument, default=default, help="business date YYYY-MM-DD (training, tests)")
    parser.add_argument("--lang", choices=("fi", "sv", "en", "bg"), default=default, help="language of messages")
    parser.add_argument("--json", action="store_true", default=argparse.SUPPRESS if suppress else False,
                        help="machine-readable output")
    parser.add_argument("--user", default=default, help="acting user name (default: the OS user)")


@dataclass(frozen=True)
class Command:
    name: str
    help: str
    run: Callable[[Context], int]
    arguments: Callable[[argparse.ArgumentParser], None] | None


COMMANDS: dict[str, Command] = {}


def command(
    name: str, help: str, arguments: Callable[[argparse.ArgumentParser], None] | None = None
) -> Callable[[Callable[[Context], int]], Callable[[Context], int]]:
    """Register a subcommand; ``arguments`` adds its own options to its parser."""

    def register(fn: Callable[[Context], int]) -> Callable[[Context], int]:
        COMMANDS[name] = Command(name, help, fn, arguments)
        return fn

    return register


def add_global_options(parser: argparse.ArgumentParser) -> None:
    """For nested sub-parsers (e.g. ``settings get``): accept the global options there too."""
    global_options(parser, suppress=True)
