"""Start of the desktop app: language first, then the database off the GUI thread, then the window.

Order matters: Qt's and our translators are installed before any widget exists (so even the
start-up dialog speaks the clerk's language); the database is opened (and migrated, or in demo
mode created) on the worker thread while a small start-up window shows progress; any
``DatabaseError`` (bad address, server down, damaged file, newer schema) ends in a clear message
and a non-zero exit code, with nothing changed.
"""

from __future__ import annotations

import datetime as dt
import logging
import sys
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QProgressBar, QVBoxLayout, QWidget

from desktop_app import __version__, resources
from desktop_app.bootstrap import Database
from desktop_app.services.foundation import i18n
from desktop_app.services.foundation.errors import ReskontraError
from desktop_app.services.foundation.uow import Actor
from desktop_app.views.common import crash, language
from desktop_app.views.common.tasks import Control, TaskRunner

translate = QCoreApplication.translate

log = logging.getLogger(__name__)

EXIT_OK, EXIT_DATABASE_ERROR, EXIT_CRASH = 0, 2, 1



@dataclass(frozen=True)
class Opened:
    database: Database
    actor: Actor


def open_job(database_url: str | None, demo: bool, today: dt.date) -> Any:
    """The start-up job: plain values in, an open database and the acting user out."""

    def job(control: Control) -> Opened:
        from desktop_app.bootstrap import open_database, resolve_database_url
        from desktop_app.services.foundation.setup import ensure_user

        if demo:
            from desktop_app.bootstrap import create_demo_database

            url = create_demo_database(customers=3000, seed=1, today=today)
        else:
            url = resolve_database_url(database_url)
        control.check()
        database = open_database(url)
        try:
            actor = ensure_user(database.session_factory)
        except BaseException:
            database.dispose()
            raise
        return Opened(database, actor)

    return job


class StartupWindow(QWidget):
    """A small window while the database opens: the clerk sees something happen at once."""

    def __init__(self, demo: bool) -> None:
        super().__init__(None, Qt.WindowType.SplashScreen)
        # No "Reskontra" in this title: tools that find the main window by its title must not pick this one.
        self.setWindowTitle(translate("app", "Starting…"))
        title = QLabel(f"<h2>Reskontra {__version__}</h2>", self)
        self.message = QLabel(translate("app", "Creating the demo database…") if demo else translate("app", "Opening the database…"), self)
        bar = QProgressBar(self)
        bar.setRange(0, 0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.addWidget(title)
        layout.addWidget(self.message)
        layout.addWidget(bar)
        self.setMinimumWidth(420)


def show_database_error(err: ReskontraError) -> None:
    text = i18n.error_text(err)
    if "nothing was changed" not in err.template.lower():  # most database messages say so themselves
        text += "\n\n" + translate("app", "Nothing was changed.")
    QMessageBox.critical(None, translate("app", "Reskontra: the database cannot be opened"), text)


def ensure_application() -> QApplication:
    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("Reskontra")
    app.setOrganizationName("Reskontra")
    app.setApplicationVersion(__version__)
    return app


def run(database_url: str | None, *, demo: bool, lang: str, today: dt.date | None,
        settings: QSettings | None = None) -> int:
    """Run the desktop app until its window closes; non-zero when the database could not be opened."""
    app = ensure_application()
    language.install(lang)  # before any widget
    crash.install()
    if settings is None:
        crash.configure_logging()  # the user's log folder, or $RESKONTRA_LOG_DIR
        settings = QSettings()
    app.setWindowIcon(QIcon(str(resources.icon_path("reskontra.svg"))))
    style = resources.style_sheet()
    if style:
        app.setStyleSheet(style)
    business_date = today or dt.date.today()

    runner = TaskRunner(app)
    startup = StartupWindow(demo)
    startup.show()
    outcome: dict[str, Any] = {"code": None}

    def opened(result: Opened) -> None:
        from desktop_app.views.context import AppContext
        from desktop_app.views.main_window import MainWindow

        ctx = AppContext(database=result.database, actor=result.actor, today=business_date,
                         tasks=runner, demo=demo)
        window = MainWindow(ctx, settings)
        outcome["window"] = window
        window.show()
        app.setQuitOnLastWindowClosed(True)
        startup.close()
        log.info("opened %s as %s", ctx.database_label(), result.actor.username)

    def failed(err: ReskontraError) -> None:
        startup.close()
        show_database_error(err)
        outcome["code"] = EXIT_DATABASE_ERROR

    def finished() -> None:
        if "window" not in outcome:
            # The database did not open (a clear message was shown) or the start-up job crashed.
            app.exit(outcome["code"] or EXIT_CRASH)

    task = runner.run(open_job(database_url, demo, business_date), on_success=opened, on_failure=failed)
    task.finished.connect(finished)
    app.setQuitOnLastWindowClosed(False)  # the start-up window closing must not end the app
    code = app.exec()
    runner.shutdown()
    window = outcome.get("window")
    if window is not None:
        window.ctx.database.dispose()
        window.deleteLater()
    startup.deleteLater()
    return outcome["code"] if outcome["code"] is not None else code
