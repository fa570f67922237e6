"""The log file: where an unexpected error's details go, so that the clerk sees one sentence.

The file rotates (2 MB, three old files) in the user's log folder (``platformdirs.user_log_dir``),
or in ``$RESKONTRA_LOG_DIR``. Nothing secret is written: database addresses lose their password,
``password=…`` and ``"password": …`` values are masked, and the engine never puts SQL parameters
into its exceptions (``bootstrap.create_db_engine`` sets ``hide_parameters``).
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import re
import traceback
from pathlib import Path

from desktop_app.services.foundation.errors import ReskontraError

ENV_LOG_DIR = "RESKONTRA_LOG_DIR"
LOG_FILE = "reskontra.log"

log = logging.getLogger("reskontra")


class UnexpectedError(ReskontraError):
    template = ("Reskontra ran into an unexpected error and stopped; nothing half-done was saved. "
                "The details were written to {path}.")


class UnexpectedErrorUnlogged(ReskontraError):
    template = ("Reskontra ran into an unexpected error and stopped; nothing half-done was saved. "
                "The details could not be written to a log file ({path}).")


def log_dir() -> Path:
    """The folder of the log file: ``$RESKONTRA_LOG_DIR`` or the user's log folder."""
    configured = os.environ.get(ENV_LOG_DIR)
    if configured:
        return Path(configured)
    import platformdirs

    return Path(platformdirs.user_log_dir("Reskontra", "Reskontra"))


_SECRETS = (
    (re.compile(r"(://[^:/@\s]*:)[^@\s]*@"), r"\1***@"),
    (re.compile(r"(?i)(password\s*[=:]\s*)('[^']*'|\"[^\"]*\"|\S+)"), r"\1***"),
    (re.compile(r"(?i)(['\"]password['\"]\s*:\s*)('[^']*'|\"[^\"]*\")"), r"\1'***'"),
)


def redact(text: str) -> str:
    """``text`` without passwords (of URLs, ``password=…`` and ``"password": "…"``)."""
    for pattern, replacement in _SECRETS:
        text = pattern.sub(replacement, text)
    return text


class _Redacting(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        return redact(super().format(record))


_current: tuple[Path, logging.Handler] | None = None


def configure(folder: Path | None = None) -> Path | None:
    """Send the log to the rotating file in ``folder`` (default ``log_dir()``); its path, or None if unwritable."""
    global _current
    folder = folder or log_dir()
    path = folder / LOG_FILE
    if _current is not None and _current[0] == path:
        return path
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(path, maxBytes=2_000_000, backupCount=3, encoding="utf-8",
                                                       delay=True)
        if not os.access(folder, os.W_OK):
            raise PermissionError(str(folder))
    except OSError:
        return None
    handler.setFormatter(_Redacting("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    if _current is not None:  # one log file at a time (tests point $RESKONTRA_LOG_DIR elsewhere)
        root.removeHandler(_current[1])
        _current[1].close()
    root.addHandler(handler)
    if root.level > logging.INFO or root.level == logging.NOTSET:
        root.setLevel(logging.INFO)
    _current = (path, handler)
    return path


def log_unexpected(exc: BaseException, where: str = "") -> ReskontraError:
    """Write ``exc`` with its traceback to the log file; the one-sentence error to show for it."""
    path = configure()
    details = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
    log.error("unexpected error%s\n%s", f" in {where}" if where else "", details)
    if _current is not None:
        _current[1].flush()
    if path is None:
        return UnexpectedErrorUnlogged(path=str(log_dir() / LOG_FILE))
    return UnexpectedError(path=str(path))
