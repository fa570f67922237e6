"""The last line of defence: an unexpected exception is logged and shown in a crash dialog.

Domain errors (``ReskontraError``) are caught by the screens and shown as plain messages; if one
slips through it is shown the same way, not as a crash. Everything else is a bug: the full
traceback goes to the log file and into the dialog's details, and the clerk may continue or quit.
"""

from __future__ import annotations

import logging
import logging.handlers
import sys
import threading
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QThread
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop_app.services.errors import ReskontraError

translate = QCoreApplication.translate

log = logging.getLogger("reskontra.crash")
_showing = False
_log_path: Path | None = None


def configure_logging(folder: Path) -> Path | None:
    """A rotating log file in the user data folder; returns its path (None if it cannot be written)."""
    global _log_path
    try:
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / "reskontra.log"
        handler = logging.handlers.RotatingFileHandler(path, maxBytes=2_000_000, backupCount=3, encoding="utf-8")
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    if root.level > logging.INFO or root.level == logging.NOTSET:
        root.setLevel(logging.INFO)
    _log_path = path
    return path



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
    if isinstance(exc, ReskontraError):
        log.warning("domain error reached the crash handler: %s", exc)
        if on_gui_thread:
            from desktop_app.views import messages

            messages.show_error(QApplication.activeWindow(), exc)
        return
    details = "".join(traceback.format_exception(exc_type, exc, tb))
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
