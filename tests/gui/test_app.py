"""Start-up: a database that cannot be opened gives a clear message and a non-zero exit, touching nothing."""

from __future__ import annotations

import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop_app.views import app as app_module
from desktop_app.views.main_window import MainWindow


@pytest.fixture
def shown(monkeypatch, qsettings):
    """Record message boxes instead of showing them; keep pytest's exception hooks."""
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    boxes: list[tuple[str, str]] = []

    def critical(parent, title, text, *args, **kwargs):
        boxes.append((title, text))
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "critical", staticmethod(critical))
    return boxes


def test_a_damaged_database_file_shows_a_message_exits_non_zero_and_is_left_alone(qtbot, tmp_path: Path, shown,
                                                                                  qsettings, ui_lang):
    path = tmp_path / "reskontra.sqlite"
    path.write_bytes(b"this is a spreadsheet, not a database" * 100)
    before = path.read_bytes()
    code = app_module.run(f"sqlite:///{path}", demo=False, lang="en", today=None, settings=qsettings)
    assert code != 0
    assert len(shown) == 1
    assert "not a Reskontra database or it is damaged" in shown[0][1]
    assert "Nothing was changed" in shown[0][1]
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["reskontra.ini", "reskontra.sqlite"] or \
        sorted(p.name for p in tmp_path.iterdir()) == ["reskontra.sqlite"]


def test_a_bad_database_address_is_explained_in_finnish(qtbot, shown, qsettings, ui_lang):
    code = app_module.run("mysql://nobody@nowhere/x", demo=False, lang="fi", today=None, settings=qsettings)
    assert code == app_module.EXIT_DATABASE_ERROR
    assert "Tietokannan osoite ei kelpaa" in shown[0][1]


def test_a_good_database_opens_the_main_window_and_closing_it_ends_with_zero(qtbot, sqlite_url, qsettings, shown,
                                                                             ui_lang):
    seen: list[MainWindow] = []

    def close_when_open() -> None:
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        if windows:
            seen.append(windows[0])
            windows[0].close()
        else:
            QTimer.singleShot(50, close_when_open)

    QTimer.singleShot(50, close_when_open)
    code = app_module.run(sqlite_url, demo=False, lang="en", today=None, settings=qsettings)
    assert code == 0
    assert shown == []
    assert "Reskontra" in seen[0].windowTitle()
