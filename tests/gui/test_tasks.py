"""The background-work helper: results on the GUI thread, one DB job at a time, progress, Cancel."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt, QThread
from PySide6.QtWidgets import QApplication, QPushButton, QWidget

from desktop_app.services.foundation.errors import NotFound
from desktop_app.views.common import messages
from desktop_app.views.common.tasks import Cancelled, Control, TaskRunner, run_with_progress

pytestmark = pytest.mark.gui


@pytest.fixture
def runner(qtbot) -> Iterator[TaskRunner]:
    r = TaskRunner()
    yield r
    assert r.shutdown(10_000)


def _gui_thread() -> QThread:
    app = QApplication.instance()
    assert app is not None
    return app.thread()


def test_job_runs_off_the_gui_thread_and_success_arrives_on_it(qtbot, runner):
    seen: dict[str, object] = {}

    def job(control: Control) -> int:
        seen["job_thread"] = QThread.currentThread()
        return 6 * 7

    def success(value: int) -> None:
        seen["value"] = value
        seen["callback_thread"] = QThread.currentThread()

    task = runner.run(job, on_success=success)
    with qtbot.waitSignal(task.finished, timeout=5000):
        pass
    assert seen["value"] == 42
    assert seen["job_thread"] is not _gui_thread()
    assert seen["callback_thread"] is _gui_thread()


def test_domain_error_goes_to_failure_callback_not_to_success(qtbot, runner):
    failures: list[Exception] = []
    successes: list[object] = []

    def job(control: Control) -> None:
        raise NotFound(what="Customer", key=99)

    task = runner.run(job, on_success=successes.append, on_failure=failures.append)
    qtbot.waitUntil(lambda: task.done, timeout=5000)
    assert successes == []
    assert isinstance(failures[0], NotFound)


def test_domain_error_without_failure_callback_shows_a_message(qtbot, runner, monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr(messages, "show_error", lambda parent, err: shown.append(str(err)))
    owner = QWidget()
    qtbot.addWidget(owner)
    task = runner.run(lambda c: (_ for _ in ()).throw(NotFound(what="Invoice", key=5)), owner=owner)
    qtbot.waitUntil(lambda: task.done, timeout=5000)
    assert shown == ["Invoice 5 was not found."]


def test_unexpected_exception_goes_to_the_crash_hook(qtbot, runner, monkeypatch):
    crashes: list[BaseException] = []
    monkeypatch.setattr("sys.excepthook", lambda t, e, tb: crashes.append(e))
    task = runner.run(lambda c: 1 / 0, on_failure=lambda e: pytest.fail("a bug is not a domain error"))
    qtbot.waitUntil(lambda: task.done, timeout=5000)
    assert isinstance(crashes[0], ZeroDivisionError)


def test_jobs_run_one_at_a_time_in_submission_order(qtbot, runner):
    running = 0
    overlap = False
    order: list[int] = []
    lock = threading.Lock()

    def make(i: int):
        def job(control: Control) -> int:
            nonlocal running, overlap
            with lock:
                running += 1
                overlap = overlap or running > 1
            time.sleep(0.01)
            with lock:
                running -= 1
            return i
        return job

    tasks = [runner.run(make(i), on_success=order.append) for i in range(8)]
    qtbot.waitUntil(lambda: all(t.done for t in tasks), timeout=10_000)
    assert order == list(range(8))
    assert not overlap


def test_progress_reaches_the_gui_thread(qtbot, runner):
    progress: list[tuple[int, int]] = []

    def job(control: Control) -> str:
        for i in range(1, 4):
            time.sleep(0.06)  # longer than the throttle interval, so each report goes through
            control.report(i, 3)
        return "ok"

    task = runner.run(job, on_progress=lambda d, t: progress.append((d, t)))
    qtbot.waitUntil(lambda: task.done, timeout=5000)
    assert progress[-1] == (3, 3)
    assert len(progress) >= 2


def test_cancel_stops_a_running_job_cooperatively(qtbot, runner):
    started = threading.Event()
    steps: list[int] = []
    cancelled: list[bool] = []

    def job(control: Control) -> None:
        started.set()
        for i in range(1000):
            control.check()
            steps.append(i)
            time.sleep(0.005)

    task = runner.run(job, on_success=lambda r: pytest.fail("a cancelled job has no result"),
                      on_cancelled=lambda: cancelled.append(True))
    assert started.wait(5)
    task.cancel()
    qtbot.waitUntil(lambda: task.done, timeout=5000)
    assert cancelled == [True]
    assert len(steps) < 1000


def test_a_queued_job_cancelled_before_it_starts_never_runs(qtbot, runner):
    release = threading.Event()
    ran: list[str] = []
    first = runner.run(lambda c: release.wait(5))
    second = runner.run(lambda c: ran.append("second"))
    second.cancel()
    release.set()
    qtbot.waitUntil(lambda: first.done and second.done, timeout=5000)
    assert ran == []
    assert second.cancelled


def test_callbacks_are_skipped_when_the_owner_widget_is_gone(qtbot, runner):
    release = threading.Event()
    owner = QWidget()
    delivered: list[object] = []
    task = runner.run(lambda c: release.wait(5), on_success=delivered.append, owner=owner)
    owner.deleteLater()
    qtbot.waitUntil(lambda: not __import__("shiboken6").isValid(owner), timeout=2000)
    release.set()
    qtbot.waitUntil(lambda: task.done, timeout=5000)
    assert delivered == []


def test_runner_reports_busy_while_jobs_are_queued(qtbot, runner):
    states: list[bool] = []
    runner.busy_changed.connect(states.append)
    task = runner.run(lambda c: time.sleep(0.02))
    assert runner.busy
    qtbot.waitUntil(lambda: task.done, timeout=5000)
    assert states == [True, False]
    assert not runner.busy


def test_progress_dialog_cancel_button_cancels_the_job(qtbot, runner):
    parent = QWidget()
    qtbot.addWidget(parent)
    started = threading.Event()
    outcome: list[str] = []

    def job(control: Control) -> None:
        started.set()
        for i in range(2000):
            control.report(i, 2000)
            control.check()
            time.sleep(0.002)

    task, dialog = run_with_progress(parent, runner, job, label="Counting", minimum_duration_ms=0,
                                     on_cancelled=lambda: outcome.append("cancelled"))
    assert started.wait(5)
    qtbot.waitUntil(lambda: dialog.maximum() == 2000, timeout=5000)
    cancel_button = dialog.findChild(QPushButton)
    qtbot.mouseClick(cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: task.done, timeout=5000)
    assert outcome == ["cancelled"]


def test_control_check_raises_cancelled_only_after_cancel():
    control = Control()
    control.check()
    control.cancel()
    with pytest.raises(Cancelled):
        control.check()
