"""The last line of defence: an unexpected exception is logged and shown in a crash dialog.

Domain errors (``ReskontraError``) are caught by the screens and shown as plain messages; if one
slips through it is shown the same way, not as a crash, and so is an expected database fault
(read-only, disk full, damaged: ``services/faults.py``). Everything else is a bug: the full
traceback goes to the rotating log file (``services/logs.py``: the user's log folder or
``$RESKONTRA_LOG_DIR``, no passwords), the dialog names that file and shows the details, and the
clerk may continue or quit.
"""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QThread
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop_app.services.foundation import faults, logs

translate = QCoreApplication.translate

log = logging.getLogger("reskontra.crash")
_showing = False
_log_path: Path | None = None


def configure_logging(folder: Path | None = None) -> Path | None:
    """The rotating log file (default: the user's log folder); returns its path (None if it cannot be written)."""
    global _log_path
    _log_path = logs.configure(folder)
    return _log_path


def log_path() -> Path | None:
    """The log file the crash dialog names."""
    return _log_path



def handle(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    """``sys.excepthook``: log, then show a dialog on the GUI thread."""
    global _showing
    if issubclass(exc_type, KeyboardInterrupt):
        app = QApplication.instance()
        if app is not None:
            app.quit()
        return
    app = QApplication.instance()
    on_gui_thread = app is not None and QThread.currentThread() is app.thread()
    expected = faults.database_fault(exc) if isinstance(exc, Exception) else None
    if expected is not None:
        log.warning("domain error reached the crash handler: %s", expected)
        if on_gui_thread:
            from desktop_app.views.common import messages

            messages.show_error(QApplication.activeWindow(), expected)
        return
    if _log_path is None:
        configure_logging()
    details = logs.redact("".join(traceback.format_exception(exc_type, exc, tb)))
    log.error("unexpected error\n%s", details)
    if not on_gui_thread or _showing:
        sys.stderr.write(details)
        return
    _showing = True
    try:
        text = translate("crash", "Reskontra ran into an unexpected error. The action was not completed and nothing "
                   "half-done was saved.")
        if _log_path is not None:
            text += "\n\n" + translate("crash", "The details were written to %1.").replace("%1", str(_log_path))
        box = QMessageBox(QMessageBox.Icon.Critical, translate("crash", "Reskontra: unexpected error"), text,
                          QMessageBox.StandardButton.NoButton, QApplication.activeWindow())
        box.setDetailedText(details)
        keep = box.addButton(translate("crash", "Continue"), QMessageBox.ButtonRole.AcceptRole)
        quit_button = box.addButton(translate("crash", "Quit Reskontra"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(keep)
        box.exec()
        if box.clickedButton() is quit_button and app is not None:
            app.exit(1)
    finally:
        _showing = False


def _thread_hook(args: threading.ExceptHookArgs) -> None:
    if args.exc_value is not None:
        handle(args.exc_type, args.exc_value, args.exc_traceback)


def install() -> None:
    sys.excepthook = handle
    threading.excepthook = _thread_hook
