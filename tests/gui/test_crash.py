"""The GUI's last line of defence (issue 10 item 13): a bug shows a dialog naming the log file that
holds its details (no passwords); an expected database fault is a plain message, not a crash."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy.exc import OperationalError

from desktop_app.views.common import crash, messages


@pytest.fixture
def log_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "logs"
    monkeypatch.setenv("RESKONTRA_LOG_DIR", str(folder))
    monkeypatch.setattr(crash, "_log_path", None)
    return folder


def _raised(exc: BaseException) -> BaseException:
    try:
        raise exc
    except BaseException as caught:  # noqa: BLE001 - to get a real traceback
        return caught


def test_the_crash_dialog_names_the_log_file_with_the_details(qtbot, log_dir: Path) -> None:
    seen: dict[str, str] = {}

    def read_and_continue() -> None:
        box = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible())
        seen["text"], seen["details"] = box.text(), box.detailedText()
        box.buttons()[0].click()

    QTimer.singleShot(200, read_and_continue)
    exc = _raised(RuntimeError("smtp login failed for laskutus password=hunter2"))
    crash.handle(type(exc), exc, exc.__traceback__)
    log_file = log_dir / "reskontra.log"
    assert "Reskontra ran into an unexpected error" in seen["text"]
    assert f"The details were written to {log_file}." in seen["text"]
    assert "RuntimeError: smtp login failed" in seen["details"] and "hunter2" not in seen["details"]
    details = log_file.read_text(encoding="utf-8")
    assert "Traceback (most recent call last)" in details and "hunter2" not in details


def test_a_full_disk_reaching_the_crash_handler_is_a_plain_message(qtbot, log_dir: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(messages, "show_error", lambda parent, err: shown.append(str(err)))
    exc = _raised(OperationalError("INSERT INTO customers ...", {"name": "Aino"},
                                   sqlite3.OperationalError("database or disk is full")))
    crash.handle(type(exc), exc, exc.__traceback__)
    assert shown == ["The disk of the database is full. Nothing was saved; free some disk space and try again."]
