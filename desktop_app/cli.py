"""The ``reskontra`` command: the same services as the GUI, for scripts, scheduled jobs and benchmarks.

Global options (``--database-url``, ``--today``, ``--lang``, ``--json``, ``--user``) are accepted
before or after the subcommand. A ``ReskontraError`` or an expected database fault (read-only,
disk full, damaged: ``services/faults.py``) prints one clear line and exits 2; anything else is a
bug: its traceback goes to the log file (``services/logs.py``) and the terminal gets one line with
the log's path, exit 2. ``check-ledger`` exits 1 on any violation. Output piped into ``head``
ends quietly when the reader goes away.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from desktop_app import __version__
from desktop_app.services.foundation import i18n
from desktop_app.services.foundation.errors import ReskontraError

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


def _add_global_options(parser: argparse.ArgumentParser, *, suppress: bool) -> None:
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
    _add_global_options(parser, suppress=True)


def build_parser() -> argparse.ArgumentParser:
    _load_commands()
    parser = argparse.ArgumentParser(prog="reskontra", description="Reskontra accounts receivable desk.")
    parser.add_argument("--version", action="version", version=f"reskontra {__version__}")
    _add_global_options(parser, suppress=False)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for cmd in sorted(COMMANDS.values(), key=lambda c: c.name):
        p = sub.add_parser(cmd.name, help=cmd.help, description=cmd.help)
        _add_global_options(p, suppress=True)
        if cmd.arguments is not None:
            cmd.arguments(p)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    try:
        code = _main(argv)
        sys.stdout.flush()  # a reader that went away is found here, not at interpreter exit
        return code
    except BrokenPipeError:
        _silence_stdout()
        return EXIT_BROKEN_PIPE


def _main(argv: Sequence[str] | None) -> int:
    from desktop_app.bootstrap import resolve_database_url

    parser = build_parser()
    args = parser.parse_args(argv)
    if not args.command:
        args = parser.parse_args([*(argv or sys.argv[1:]), "gui"])
    lang = args.lang or "fi"
    i18n.set_language(lang)
    ctx = Context(args=args, database_url=resolve_database_url(args.database_url),
                  today=args.today or dt.date.today(), lang=lang, as_json=bool(args.json))
    try:
        return COMMANDS[args.command].run(ctx)
    except ReskontraError as err:
        return _fail(err, lang)
    except KeyboardInterrupt:
        print("reskontra: interrupted; nothing half-done was saved", file=sys.stderr)
        return 130
    except BrokenPipeError:
        raise
    except Exception as exc:  # noqa: BLE001 - the last line of defence: one sentence, details in the log
        return _fail(_expected_or_logged(exc, ctx), lang)
    finally:
        ctx.close()


def _fail(err: ReskontraError, lang: str) -> int:
    print(f"reskontra: {i18n.error_text(err, lang)}", file=sys.stderr)
    return EXIT_ERROR


def _expected_or_logged(exc: Exception, ctx: Context) -> ReskontraError:
    from desktop_app.bootstrap import display_url
    from desktop_app.services.foundation import faults, logs

    fault = faults.database_fault(exc, display_url(ctx.database_url))
    if fault is not None:
        return fault
    return logs.log_unexpected(exc, f"reskontra {ctx.args.command}")


def _silence_stdout() -> None:
    """The reader of our output went away: send the rest (and the interpreter's final flush) nowhere."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError):
        pass


def _load_commands() -> None:
    from desktop_app import commands  # noqa: F401  (registers the subcommands)
