"""GUI tests: every test here is marked ``gui`` and runs on the offscreen Qt platform."""

from __future__ import annotations

import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# The offscreen platform plugin says so when a window asks for size hints; not a problem of ours.
_OFFSCREEN_NOISE = ("This plugin does not support propagateSizeHints()",)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "tests/gui/" in str(item.fspath).replace(os.sep, "/"):
            item.add_marker(pytest.mark.gui)
            item.add_marker(pytest.mark.qt_log_ignore(*_OFFSCREEN_NOISE))


@pytest.fixture
def gui_db(sqlite_url: str):
    """A migrated SQLite database (GUI tests stay on SQLite: fast; the services are tested on both)."""
    from desktop_app.bootstrap import open_database

    database = open_database(sqlite_url)
    yield database
    database.dispose()


@pytest.fixture
def ui_lang():
    """Tests start in English (the source language) and end there, whatever they switched to."""
    from desktop_app.views.common import language

    language.install("en")
    yield "en"
    language.install("en")


@pytest.fixture
def ctx(qtbot, gui_db, today, ui_lang):
    from desktop_app.models.enums import Role
    from desktop_app.services.foundation.setup import ensure_user
    from desktop_app.views.common.tasks import TaskRunner
    from desktop_app.views.context import AppContext

    runner = TaskRunner()
    actor = ensure_user(gui_db.session_factory, "kalle.clerk", Role.CLERK)
    context = AppContext(database=gui_db, actor=actor, today=today, tasks=runner)
    yield context
    assert runner.shutdown(10_000)


@pytest.fixture
def qsettings(tmp_path):
    from PySide6.QtCore import QSettings

    return QSettings(str(tmp_path / "reskontra.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def main_window(qtbot, ctx, qsettings):
    from desktop_app.views.main_window import MainWindow

    window = MainWindow(ctx, qsettings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window
