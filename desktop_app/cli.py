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
import os
import sys
from collections.abc import Sequence

from desktop_app import __version__
from desktop_app.commands.base import (
    COMMANDS,
    EXIT_BROKEN_PIPE,
    EXIT_ERROR,
    EXIT_OK,
    EXIT_VIOLATION,
    Context,
    global_options,
)
from desktop_app.services.foundation import i18n
from desktop_app.services.foundation.errors import ReskontraError

__all__ = ["EXIT_BROKEN_PIPE", "EXIT_ERROR", "EXIT_OK", "EXIT_VIOLATION", "build_parser", "main"]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="reskontra", description="Reskontra accounts receivable desk.")
    parser.add_argument("--version", action="version", version=f"reskontra {__version__}")
    global_options(parser, suppress=False)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for cmd in sorted(COMMANDS.values(), key=lambda c: c.name):
        p = sub.add_parser(cmd.name, help=cmd.help, description=cmd.help)
        global_options(p, suppress=True)
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
