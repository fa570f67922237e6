"""The one way views run slow work: a plain-Python job on a worker thread, results back on the GUI thread.

A job is a callable ``job(control) -> result`` that gets plain values (bind them with a lambda or
``functools.partial``) and opens its own unit of work; it never sees a widget. ``control`` lets it
report progress (``control.report(done, total)``) and honour Cancel (``control.check()`` raises
``Cancelled``; a unit of work then rolls back). Database jobs run one at a time, in the order they
were submitted, on a single worker thread, so two screens never race each other on the database.

Success, failure, progress and cancellation are delivered on the GUI thread through queued
signals of a ``Task`` that lives there. A ``ReskontraError`` goes to the ``on_failure`` callback
(or a message box); anything else is a bug and goes to ``sys.excepthook`` (the crash dialog).
"""

from __future__ import annotations

import sys
import threading
import time
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from desktop_app.services.foundation.errors import ReskontraError

Job = Callable[["Control"], Any]

_PROGRESS_INTERVAL_S = 0.05  # at most ~20 progress updates a second reach the GUI thread


class Cancelled(Exception):  # noqa: N818 - reads better at the raise site than CancelledError
    """Raised inside a job by ``Control.check()`` after the clerk pressed Cancel."""


class Control:
    """Given to a job on the worker thread: progress reporting and a cooperative cancel flag."""

    def __init__(self, report: Callable[[int, int], None] | None = None) -> None:
        self._cancel = threading.Event()
        self._report = report
        self._last_report = 0.0

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def is_cancelled(self) -> bool:
        """For services that take a plain ``is_cancelled`` callable."""
        return self._cancel.is_set()

    def check(self) -> None:
        if self._cancel.is_set():
            raise Cancelled()

    def report(self, done: int, total: int) -> None:
        """Progress of the job; throttled so a tight loop cannot flood the GUI thread."""
        if self._report is None:
            return
        now = time.monotonic()
        if done < total and now - self._last_report < _PROGRESS_INTERVAL_S:
            return
        self._last_report = now
        self._report(done, total)


class Task(QObject):
    """One submitted job, living on the GUI thread; its callbacks run there."""

    # Emitted from the worker thread; queued to this object's (the GUI) thread.
    _succeeded = Signal(object)
    _failed = Signal(object)
    _was_cancelled = Signal()
    _progressed = Signal(int, int)
    # Emitted on the GUI thread after the callbacks of success, failure or cancel have run.
    finished = Signal()

    def __init__(
        self,
        job: Job,
        *,
        on_success: Callable[[Any], None] | None,
        on_failure: Callable[[ReskontraError], None] | None,
        on_progress: Callable[[int, int], None] | None,
        on_cancelled: Callable[[], None] | None,
        owner: QObject | None,
    ) -> None:
        super().__init__()
        self.job = job
        self.control = Control(self._progressed.emit)
        self._on_success = on_success
        self._on_failure = on_failure
        self._on_progress = on_progress
        self._on_cancelled = on_cancelled
        self._owner = owner
        self.done = False
        self.result: Any = None
        self.error: BaseException | None = None
        self._succeeded.connect(self._deliver_success, Qt.ConnectionType.QueuedConnection)
        self._failed.connect(self._deliver_failure, Qt.ConnectionType.QueuedConnection)
        self._was_cancelled.connect(self._deliver_cancelled, Qt.ConnectionType.QueuedConnection)
        self._progressed.connect(self._deliver_progress, Qt.ConnectionType.QueuedConnection)

    def cancel(self) -> None:
        self.control.cancel()

    @property
    def cancelled(self) -> bool:
        return self.control.cancelled

    def _owner_alive(self) -> bool:
        return self._owner is None or shiboken6.isValid(self._owner)

    # -- runs on the worker thread ------------------------------------------------------------
    def execute(self) -> None:
        if self.control.cancelled:
            self._was_cancelled.emit()
            return
        try:
            result = self.job(self.control)
        except Cancelled:
            self._was_cancelled.emit()
        except BaseException as exc:  # noqa: BLE001 - delivered to the GUI thread, never swallowed
            self._failed.emit(exc)
        else:
            self._succeeded.emit(result)

    # -- runs on the GUI thread ---------------------------------------------------------------
    @Slot(int, int)
    def _deliver_progress(self, done: int, total: int) -> None:
        if self._on_progress is not None and not self.done and self._owner_alive():
            self._on_progress(done, total)

    @Slot(object)
    def _deliver_success(self, result: Any) -> None:
        self.done, self.result = True, result
        try:
            if self._on_success is not None and self._owner_alive():
                self._on_success(result)
        finally:
            self.finished.emit()

    @Slot(object)
    def _deliver_failure(self, exc: BaseException) -> None:
        self.done, self.error = True, exc
        try:
            if isinstance(exc, ReskontraError):
                if not self._owner_alive():
                    return
                if self._on_failure is not None:
                    self._on_failure(exc)
                else:
                    from desktop_app.views.common import messages

                    owner = self._owner if isinstance(self._owner, QWidget) else None
                    messages.show_error(owner, exc)
            else:
                sys.excepthook(type(exc), exc, exc.__traceback__)
        finally:
            self.finished.emit()

    @Slot()
    def _deliver_cancelled(self) -> None:
        self.done = True
        try:
            if self._on_cancelled is not None and self._owner_alive():
                self._on_cancelled()
        finally:
            self.finished.emit()


class _Runnable(QRunnable):
    def __init__(self, task: Task) -> None:
        super().__init__()
        self._task = task
        self.setAutoDelete(True)

    def run(self) -> None:
        self._task.execute()


class TaskRunner(QObject):
    """Runs jobs one at a time on a worker thread, in submission order."""

    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._pending: list[Task] = []

    def run(
        self,
        job: Job,
        *,
        on_success: Callable[[Any], None] | None = None,
        on_failure: Callable[[ReskontraError], None] | None = None,
        on_progress: Callable[[int, int], None] | None = None,
        on_cancelled: Callable[[], None] | None = None,
        owner: QObject | None = None,
    ) -> Task:
        """Queue ``job``; callbacks are skipped if ``owner`` (a widget) has been deleted meanwhile."""
        task = Task(job, on_success=on_success, on_failure=on_failure, on_progress=on_progress,
                    on_cancelled=on_cancelled, owner=owner)
        was_idle = not self._pending
        self._pending.append(task)
        task.finished.connect(lambda: self._forget(task))
        self._pool.start(_Runnable(task))
        if was_idle:
            self.busy_changed.emit(True)
        return task

    def _forget(self, task: Task) -> None:
        if task in self._pending:
            self._pending.remove(task)
            if not self._pending:
                self.busy_changed.emit(False)

    @property
    def busy(self) -> bool:
        return bool(self._pending)

    def cancel_all(self) -> None:
        for task in list(self._pending):
            task.cancel()

    def shutdown(self, timeout_ms: int = 30_000) -> bool:
        """Cancel what is queued, wait for the running job; True if the worker stopped in time."""
        self.cancel_all()
        stopped = self._pool.waitForDone(timeout_ms)
        QCoreApplication.sendPostedEvents()
        return stopped


def run_with_progress(
    parent: QWidget,
    runner: TaskRunner,
    job: Job,
    *,
    label: str,
    on_success: Callable[[Any], None] | None = None,
    on_failure: Callable[[ReskontraError], None] | None = None,
    on_cancelled: Callable[[], None] | None = None,
    minimum_duration_ms: int = 400,
) -> tuple[Task, QProgressDialog]:
    """Run a long job with a modal progress dialog whose Cancel stops it (the job checks the flag)."""
    dialog = QProgressDialog(label, QCoreApplication.translate("tasks", "Cancel"), 0, 0, parent)
    dialog.setWindowTitle(QCoreApplication.translate("tasks", "Working…"))
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(minimum_duration_ms)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)

    def progress(done: int, total: int) -> None:
        if not shiboken6.isValid(dialog):
            return
        dialog.setMaximum(max(total, 0))
        dialog.setValue(min(done, total) if total > 0 else 0)

    task = runner.run(job, on_success=on_success, on_failure=on_failure, on_progress=progress,
                      on_cancelled=on_cancelled, owner=parent)

    def cancel_pressed() -> None:
        task.cancel()
        dialog.setLabelText(QCoreApplication.translate("tasks", "Cancelling… nothing half-done will be saved."))

    def close() -> None:
        if shiboken6.isValid(dialog):
            dialog.hide()
            dialog.deleteLater()

    dialog.canceled.connect(cancel_pressed)
    task.finished.connect(close)
    return task, dialog
