"""The Sending tab (SPEC W5): one channel at a time, its unsent invoices and reminders, Preview, send.

The clerk picks EMAIL, E-INVOICE or PAPER, selects (Select all) and presses the button that names the
channel. With Preview on (the default) nothing is claimed or sent: a window shows the email text and
PDF, the Finvoice XML or the print page. With Preview off: OK/Cancel, a progress bar with Cancel,
then how many went out and which failed and why (they stay in the list to retry). "Make PDFs only"
writes the documents to a folder and marks nothing sent. Earlier batches open with every invoice's
result. A rejected e-invoice is switched to letter or email here and sent again.
"""

from __future__ import annotations

import enum
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop_app.models.enums import Channel, DispatchStatus, InvoiceKind
from desktop_app.services.foundation import formatting, i18n
from desktop_app.services.foundation.errors import ReskontraError
from desktop_app.views.common import labels, messages
from desktop_app.views.common.banner import Banner
from desktop_app.views.common.documents import document_path, open_document
from desktop_app.views.common.page import Page
from desktop_app.views.common.table import ERROR_RED, Column, DataTable, Kind, RowTableModel
from desktop_app.views.common.tasks import Cancelled, Control, run_with_progress
from desktop_app.views.context import AppContext
from desktop_app.views.sending.settings_dialog import open_sending_settings


def problem_text(template: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("errors", template) if template else ""


class UnsentModel(RowTableModel):
    class Columns(enum.IntEnum):
        NUMBER = 0
        KIND = 1
        CUSTOMER_NUMBER = 2
        CUSTOMER = 3
        ADDRESS = 4
        DUE_DATE = 5
        TO_PAY = 6
        BILLING_RUN = 7
        PROBLEM = 8

    def column_defs(self) -> dict[int, Column]:
        c = self.Columns
        return {
            c.NUMBER: Column(Kind.NUMBER, lambda r: r.number),
            c.KIND: Column(Kind.ENUM, lambda r: r.kind, enum=InvoiceKind),
            c.CUSTOMER_NUMBER: Column(Kind.NUMBER, lambda r: r.customer_number, link=True),
            c.CUSTOMER: Column(Kind.TEXT, lambda r: r.customer_name),
            c.ADDRESS: Column(Kind.TEXT, lambda r: r.address),
            c.DUE_DATE: Column(Kind.DATE, lambda r: r.due_date),
            c.TO_PAY: Column(Kind.MONEY, lambda r: r.total_cents),
            c.BILLING_RUN: Column(Kind.TEXT, lambda r: r.billing_batch),
            c.PROBLEM: Column(Kind.TEXT, self.problem_text),
        }

    def header_label(self, column: int) -> str:
        c = self.Columns
        return {
            c.NUMBER: self.tr("Number"), c.KIND: self.tr("Type"), c.CUSTOMER_NUMBER: self.tr("Customer number"),
            c.CUSTOMER: self.tr("Customer"), c.ADDRESS: self.tr("Address on this channel"),
            c.DUE_DATE: self.tr("Due date"), c.TO_PAY: self.tr("To pay"), c.BILLING_RUN: self.tr("Batch id"),
            c.PROBLEM: self.tr("Problem"),
        }[c(column)]

    def problem_text(self, row: Any) -> str:
        if row.problem:
            return self.tr("Error: %1").replace("%1", problem_text(row.problem))
        if row.delivery_unknown:
            return problem_text(row.last_error)
        if row.last_error:
            return self.tr("Last attempt failed: %1").replace("%1", problem_text(row.last_error))
        return ""

    def foreground(self, row: Any, column: int) -> QColor | None:
        if row.problem or row.delivery_unknown or (row.last_error and column == self.Columns.PROBLEM):
            return ERROR_RED
        return None


class DispatchesModel(RowTableModel):
    class Columns(enum.IntEnum):
        NUMBER = 0
        CUSTOMER_NUMBER = 1
        CUSTOMER = 2
        STATUS = 3
        ATTEMPTS = 4
        ERROR = 5
        FILE = 6

    def column_defs(self) -> dict[int, Column]:
        c = self.Columns
        return {
            c.NUMBER: Column(Kind.NUMBER, lambda r: r.number),
            c.CUSTOMER_NUMBER: Column(Kind.NUMBER, lambda r: r.customer_number),
            c.CUSTOMER: Column(Kind.TEXT, lambda r: r.customer_name),
            c.STATUS: Column(Kind.TEXT, lambda r: dispatch_status_label(r.status)),
            c.ATTEMPTS: Column(Kind.COUNT, lambda r: r.attempts),
            c.ERROR: Column(Kind.TEXT, lambda r: r.error),
            c.FILE: Column(Kind.TEXT, lambda r: r.file_path),
        }

    def header_label(self, column: int) -> str:
        c = self.Columns
        return {
            c.NUMBER: self.tr("Number"), c.CUSTOMER_NUMBER: self.tr("Customer number"), c.CUSTOMER: self.tr("Customer"),
            c.STATUS: self.tr("Result"), c.ATTEMPTS: self.tr("Attempt"), c.ERROR: self.tr("Reason"),
            c.FILE: self.tr("File"),
        }[c(column)]

    def foreground(self, row: Any, column: int) -> QColor | None:
        return ERROR_RED if row.status == DispatchStatus.FAILED else None


def dispatch_status_label(status: DispatchStatus) -> str:
    from PySide6.QtCore import QCoreApplication

    return {
        DispatchStatus.PENDING: QCoreApplication.translate("SendingPage", "Being sent"),
        DispatchStatus.SENT: QCoreApplication.translate("SendingPage", "Sent"),
        DispatchStatus.FAILED: QCoreApplication.translate("SendingPage", "Failed"),
        DispatchStatus.PDF_ONLY: QCoreApplication.translate("SendingPage", "PDF only"),
    }[DispatchStatus(status)]


# --- jobs ----------------------------------------------------------------------------------------

def save_document(path: Path, data: bytes) -> None:
    from desktop_app.services.foundation.export import save_whole

    def write(partial: Path) -> None:
        partial.parent.mkdir(parents=True, exist_ok=True)
        partial.write_bytes(data)

    save_whole(path, write)


def _unsent(session: Any, channel: Channel, batch: str | None) -> Any:
    from desktop_app.services.sending.outbox import list_unsent

    return list_unsent(session, channel, billing_batch=batch)


def _preview(session: Any, channel: Channel, ids: list[int]) -> Any:
    from desktop_app.services.sending.outbox import preview

    return preview(session, channel, ids, limit=20)


def _runs_and_batches(session: Any) -> Any:
    from desktop_app.services.billing.history import list_billing_runs
    from desktop_app.services.sending.outbox import list_batches

    return [r.batch_id for r in list_billing_runs(session)], list_batches(session)


def _send_check(session: Any, channel: Channel) -> tuple[tuple[str, ...], bool]:
    """What the send lacks: settings (asked before the confirmation) and whether to ask the SMTP password."""
    from desktop_app.services.sending.outbox import missing_settings, smtp_password_needed

    missing = missing_settings(session, channel)
    return missing, channel == Channel.EMAIL and not missing and smtp_password_needed(session)


def _resolve(session: Any, actor: Any) -> Any:
    from desktop_app.services.sending.outbox import resolve_interrupted

    return resolve_interrupted(session, actor)


def _mark_sent(session: Any, actor: Any, channel: Channel, ids: list[int]) -> int:
    from desktop_app.services.sending.outbox import mark_sent

    for iid in ids:
        mark_sent(session, actor, iid, channel)
    return len(ids)


@dataclass(frozen=True)
class JobFailed:
    """A send that raised: delivered as a result, so the page is usable again before the error is shown."""

    error: BaseException


def guarded(job: Any) -> Any:
    def run(control: Control) -> Any:
        try:
            return job(control)
        except Cancelled:
            raise
        except Exception as exc:  # noqa: BLE001 - handed to the GUI thread: shown, or passed to the crash handler
            return JobFailed(exc)

    return run


class PreviewDialog(QDialog):
    """What would go out: the list of invoices on the left, the email or XML on the right, PDFs open outside."""

    def __init__(self, documents: list[Any], parent: QWidget | None = None, total: int | None = None) -> None:
        super().__init__(parent)
        self.documents = documents
        self.total = len(documents) if total is None else total
        self.setWindowTitle(self.tr("Preview — nothing is sent"))
        self.resize(980, 640)
        banner = Banner("preview", self)
        banner.setText(self.tr("PREVIEW: this is what would go out. Nothing has been sent or marked."))
        banner.show()
        self.count_label = QLabel(self)
        self.count_label.setObjectName("preview_count")
        if self.total > len(documents):
            self.count_label.setText(self.tr("Showing the first %1 of %2 documents; all %2 are sent when Preview is off.")
                                     .replace("%1", str(len(documents))).replace("%2", str(self.total)))
        else:
            self.count_label.setText(self.tr("%n document(s) would go out.", "", len(documents)))
        self.list = QListWidget(self)
        self.text = QPlainTextEdit(self)
        self.text.setReadOnly(True)
        self.text.setObjectName("preview_text")
        self.pdf_button = QPushButton(self.tr("Open the PDF"), self)
        splitter = QSplitter(self)
        splitter.addWidget(self.list)
        right = QWidget(self)
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(self.text, 1)
        rl.addWidget(self.pdf_button, 0, Qt.AlignmentFlag.AlignRight)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 3)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(banner)
        layout.addWidget(self.count_label)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)
        for d in documents:
            self.list.addItem(self.tr("Invoice %1 → %2").replace("%1", str(d.number))
                              .replace("%2", d.recipient.replace("\n", ", ") or "?"))
        self.list.currentRowChanged.connect(self._show)
        self.pdf_button.clicked.connect(self.open_pdf)
        if documents:
            self.list.setCurrentRow(0)

    def _show(self, row: int) -> None:
        if not 0 <= row < len(self.documents):
            return
        d = self.documents[row]
        if d.xml:
            self.text.setPlainText(d.xml.decode("iso-8859-15", "replace") if b"ISO-8859-15" in d.xml[:100].upper()
                                   else d.xml.decode("utf-8", "replace"))
        elif d.subject:
            self.text.setPlainText(self.tr("To: %1").replace("%1", d.recipient) + "\n"
                                   + self.tr("Subject: %1").replace("%1", d.subject) + "\n\n" + d.body + "\n\n"
                                   + self.tr("[attachment: the invoice as PDF]"))
        else:
            self.text.setPlainText(self.tr("A printed letter to:\n%1").replace("%1", d.recipient))
        self.pdf_button.setEnabled(bool(d.pdf))

    def open_pdf(self) -> Path | None:
        row = self.list.currentRow()
        if not 0 <= row < len(self.documents) or not self.documents[row].pdf:
            return None
        d = self.documents[row]
        path = document_path(f"{labels.file_name(f'preview_{d.number}')}.pdf")
        try:
            save_document(path, d.pdf)
        except ReskontraError as err:
            messages.show_error(self, err)
            return None
        open_document(self, path)
        return path


class SendingPage(Page):
    open_customer_requested = Signal(int)
    list_shown = Signal()
    sent = Signal(object)  # the SendResult, after a real send or a "PDFs only"
    preview_shown = Signal(object)

    CHANNELS = (Channel.EMAIL, Channel.EINVOICE, Channel.PAPER)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.tab_key = ("sending", 0)
        self.channel = Channel.EMAIL
        self._busy = False
        self._password: str | None = None
        self.preview_dialog: PreviewDialog | None = None
        self.last_result: Any = None

        self.heading = QLabel(self)
        self.heading.setObjectName("page_title")
        self.channel_caption = QLabel(self)
        self.channel_buttons: dict[Channel, QRadioButton] = {}
        self.channel_group = QButtonGroup(self)
        top = QHBoxLayout()
        top.addWidget(self.channel_caption)
        for k, ch in enumerate(self.CHANNELS):
            button = QRadioButton(self)
            button.setObjectName(f"channel_{ch.value}")
            self.channel_group.addButton(button, k)
            self.channel_buttons[ch] = button
            top.addWidget(button)
        self.channel_buttons[Channel.EMAIL].setChecked(True)
        top.addStretch(1)
        runs = QHBoxLayout()  # a row of its own, so the longer Swedish and Finnish words fit a narrow window
        self.run_caption = QLabel(self)
        self.run_combo = QComboBox(self)
        self.run_combo.setObjectName("billing_run_combo")
        self.run_combo.setMinimumContentsLength(10)
        self.run_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.refresh_button = QPushButton(self)
        self.settings_button = QPushButton(self)
        self.settings_button.setObjectName("sending_settings_button")
        runs.addWidget(self.run_caption)
        runs.addWidget(self.run_combo)
        runs.addWidget(self.refresh_button)
        runs.addStretch(1)

        self.problem_banner = Banner("error", self, name="problem_banner")
        self.unknown_banner = Banner("error", self, name="unknown_banner")
        self.model = UnsentModel(self)
        self.table = DataTable(self.model, self, tasks=ctx.tasks, export_name="unsent_invoices")
        self.table.link_clicked.connect(lambda row, _c: self.open_customer_requested.emit(row.customer_id))
        self.table.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_buttons)

        self.preview_banner = Banner("preview", self, name="preview_banner")
        self.preview_check = QCheckBox(self)
        self.preview_check.setObjectName("preview_check")
        self.preview_check.setChecked(True)
        self.selection_label = QLabel(self)
        self.selection_label.setWordWrap(True)
        self.pdf_only_button = QPushButton(self)
        self.pdf_only_button.setObjectName("pdf_only_button")
        self.switch_combo = QComboBox(self)
        self.switch_button = QPushButton(self)
        self.switch_button.setObjectName("switch_button")
        self.resend_button = QPushButton(self)
        self.resend_button.setObjectName("resend_button")
        self.mark_sent_button = QPushButton(self)
        self.mark_sent_button.setObjectName("mark_sent_button")
        self.send_button = QPushButton(self)
        self.send_button.setObjectName("send_button")
        actions = QHBoxLayout()
        actions.addWidget(self.switch_combo)
        actions.addWidget(self.switch_button)
        actions.addStretch(1)
        actions.addWidget(self.pdf_only_button)
        unknown = QHBoxLayout()  # what to do with a delivery left unknown by a stopped send
        unknown.addWidget(self.resend_button)
        unknown.addWidget(self.mark_sent_button)
        unknown.addStretch(1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.selection_label, 1)
        bottom.addWidget(self.preview_check)
        bottom.addWidget(self.send_button)

        self.batches_caption = QLabel(self)
        self.batches_combo = QComboBox(self)
        self.batches_combo.setObjectName("batches_combo")
        self.batches_combo.setMinimumContentsLength(16)
        self.batches_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.batch_button = QPushButton(self)
        history = QHBoxLayout()
        history.addWidget(self.batches_caption)
        history.addWidget(self.batches_combo, 1)
        history.addWidget(self.batch_button)
        history.addSpacing(16)
        history.addWidget(self.settings_button)  # beside the history: in the top row it widened the window

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(top)
        layout.addLayout(runs)
        layout.addWidget(self.problem_banner)
        layout.addWidget(self.unknown_banner)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        layout.addLayout(unknown)
        layout.addWidget(self.preview_banner)
        layout.addLayout(bottom)
        layout.addLayout(history)

        self.channel_group.idClicked.connect(self._on_channel_clicked)
        self.refresh_button.clicked.connect(self.refresh)
        self.run_combo.activated.connect(lambda _i: self.refresh())
        self.preview_check.toggled.connect(self._update_buttons)
        self.send_button.clicked.connect(self.send)
        self.pdf_only_button.clicked.connect(self._on_pdf_only_clicked)
        self.switch_button.clicked.connect(self._on_switch_clicked)
        self.resend_button.clicked.connect(self._on_resend_clicked)
        self.mark_sent_button.clicked.connect(self._on_mark_sent_clicked)
        self.settings_button.clicked.connect(lambda: self.open_settings())
        self.batch_button.clicked.connect(self._on_batch_clicked)
        self._runs: list[str] = []
        self._batches: list[Any] = []
        self.retranslate_ui()

    # -- language -------------------------------------------------------------------------------
    def tab_title(self) -> str:
        return self.tr("Sending")

    def channel_name(self, channel: Channel) -> str:
        return {Channel.EMAIL: self.tr("EMAIL"), Channel.EINVOICE: self.tr("E-INVOICE"),
                Channel.PAPER: self.tr("PAPER")}[channel]

    def retranslate_ui(self) -> None:
        self.heading.setText(self.tr("Sending invoices and reminders"))
        self.channel_caption.setText(self.tr("Channel:"))
        for ch, button in self.channel_buttons.items():
            button.setText(self.channel_name(ch))
        self.run_caption.setText(self.tr("Billing run:"))
        self.refresh_button.setText(self.tr("Refresh"))
        self.preview_check.setText(self.tr("Preview (sends nothing)"))
        self.preview_banner.setText(self.tr("PREVIEW IS ON: pressing the button shows what would go out and sends "
                                            "nothing. Switch Preview off to send for real."))
        self.pdf_only_button.setText(self.tr("Make PDFs only…"))
        self.pdf_only_button.setToolTip(self.tr("Write the documents of the selection to a folder; nothing is marked sent"))
        self.switch_button.setText(self.tr("Change channel"))
        self.switch_button.setToolTip(self.tr("Send the selected invoices on another channel (e.g. a rejected e-invoice "
                                              "as a letter)"))
        self.resend_button.setText(self.tr("Resend"))
        self.resend_button.setToolTip(self.tr("Send the selected emails of delivery unknown again (the same "
                                              "Message-ID: a mail system drops a duplicate)"))
        self.mark_sent_button.setText(self.tr("Mark sent"))
        self.mark_sent_button.setToolTip(self.tr("The selected emails of delivery unknown did reach the customer: "
                                                 "mark them sent without sending again"))
        self.settings_button.setText(self.tr("Sending settings…"))
        self.batches_caption.setText(self.tr("Earlier sending batches:"))
        self.batch_button.setText(self.tr("Show"))
        self._fill_combos()
        self._update_buttons()
        self.title_changed.emit()

    def focus_filter(self) -> None:
        self.table.focus_filter()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        self.refresh()

    # -- list -----------------------------------------------------------------------------------
    def _on_channel_clicked(self, index: int) -> None:
        self.channel = self.CHANNELS[index]
        self.refresh()

    def set_channel(self, channel: Channel) -> None:
        self.channel_buttons[Channel(channel)].setChecked(True)
        self._on_channel_clicked(self.CHANNELS.index(Channel(channel)))

    def refresh(self) -> None:
        if self._busy:
            return
        batch = self.run_combo.currentData() or None
        channel = self.channel
        # the claims of a send whose program stopped: resolved before the list is read (nothing stays stuck)
        self.ctx.tasks.run(self.ctx.write(_resolve), owner=self, on_failure=lambda _e: None)
        self.ctx.tasks.run(self.ctx.read(_unsent, channel, batch), owner=self,
                           on_success=lambda rows: self._on_listed(channel, rows), on_failure=self._on_failed)
        self.ctx.tasks.run(self.ctx.read(_runs_and_batches), owner=self, on_success=self._on_history,
                           on_failure=lambda _e: None)

    def _on_listed(self, channel: Channel, rows: list[Any]) -> None:
        if channel != self.channel:
            return
        self.table.set_rows(rows)
        problems = sum(1 for r in rows if r.problem)
        self.problem_banner.setVisible(problems > 0)
        self.problem_banner.setText(self.tr("%n invoice(s) cannot be sent on this channel; the row says why.", "",
                                            problems))
        unknown = sum(1 for r in rows if r.delivery_unknown)
        self.unknown_banner.setVisible(unknown > 0)
        self.unknown_banner.setText(self.tr("Delivery unknown for %n email(s): the sending stopped while they were "
                                            "being sent. Check the sent mail, then select them and press Resend or "
                                            "Mark sent.", "", unknown))
        self._update_buttons()
        self.list_shown.emit()

    def _on_history(self, data: tuple[list[str], list[Any]]) -> None:
        self._runs, self._batches = data
        self._fill_combos()

    def _fill_combos(self) -> None:
        current = self.run_combo.currentData()
        self.run_combo.blockSignals(True)
        self.run_combo.clear()
        self.run_combo.addItem(self.tr("All"), "")
        for batch_id in self._runs:
            self.run_combo.addItem(batch_id, batch_id)
        self.run_combo.setCurrentIndex(max(0, self.run_combo.findData(current)))
        self.run_combo.blockSignals(False)
        lang = i18n.current_language()
        self.batches_combo.clear()
        for b in self._batches:
            what = self.tr("PDFs only") if b.pdf_only else self.channel_name(b.channel)
            if b.interrupted:
                what = self.tr("%1 (interrupted)").replace("%1", what)
            self.batches_combo.addItem(
                self.tr("%1 · %2 · %3 sent, %4 failed").replace("%1", formatting.datetime(b.started_at, lang))
                .replace("%2", what).replace("%3", str(b.sent)).replace("%4", str(b.failed)), b.batch_id)
        self.batch_button.setEnabled(bool(self._batches))
        self.switch_combo.clear()
        for ch in self.CHANNELS:
            if ch != self.channel:
                self.switch_combo.addItem(self.tr("to %1").replace("%1", labels.label(ch)), ch)

    def selected(self) -> list[Any]:
        return self.table.selected_rows()

    def _update_buttons(self, *_args: object) -> None:
        selected = self.selected()
        sendable = [r for r in selected if not r.problem and not r.delivery_unknown]
        unknown = [r for r in selected if r.delivery_unknown]
        self.resend_button.setVisible(self.channel == Channel.EMAIL)
        self.mark_sent_button.setVisible(self.channel == Channel.EMAIL)
        self.resend_button.setEnabled(bool(unknown) and not self._busy)
        self.mark_sent_button.setEnabled(bool(unknown) and not self._busy)
        preview = self.preview_check.isChecked()
        self.preview_banner.setVisible(preview)
        name = {Channel.EMAIL: self.tr("Send invoices by email"), Channel.EINVOICE: self.tr("Send e-invoices"),
                Channel.PAPER: self.tr("Print invoices (paper batch)")}[self.channel]
        self.send_button.setText(self.tr("Preview: %1").replace("%1", name) if preview else name)
        self.send_button.setEnabled(bool(sendable) and not self._busy)
        self.pdf_only_button.setEnabled(bool(selected) and not self._busy)
        self.switch_button.setEnabled(bool(selected) and not self._busy)
        if self.switch_combo.count() == 0 or self.switch_combo.itemData(0) == self.channel:
            self._fill_combos()
        total = sum(r.total_cents for r in sendable)
        self.selection_label.setText(
            self.tr("%1 selected, %2 can be sent (%3).").replace("%1", str(len(selected)))
            .replace("%2", str(len(sendable))).replace("%3", formatting.money(total, i18n.current_language(),
                                                                                is_cents=True)))

    # -- preview and send -----------------------------------------------------------------------
    def send(self) -> None:
        rows = [r for r in self.selected() if not r.problem and not r.delivery_unknown]
        if not rows or self._busy:
            return
        ids = [r.invoice_id for r in rows]
        if self.preview_check.isChecked():
            self.ctx.tasks.run(self.ctx.read(_preview, self.channel, ids), owner=self,
                               on_success=lambda docs: self._on_preview(docs, len(ids)), on_failure=self._on_failed)
            return
        question = self.tr("Send %n invoice(s) on the channel %1 now?", "", len(ids))
        self._checked_send(ids, question.replace("%1", self.channel_name(self.channel)))

    def _checked_send(self, ids: list[int], question: str) -> None:
        """Ask for a missing setting first, then confirm, then send (the password, if needed, last)."""
        channel = self.channel
        self.ctx.tasks.run(self.ctx.read(_send_check, channel), owner=self, on_failure=self._on_failed,
                           on_success=lambda check: self._on_checked(channel, ids, question, *check))

    def _on_checked(self, channel: Channel, ids: list[int], question: str, missing: tuple[str, ...],
                    password_needed: bool) -> None:
        if channel != self.channel:
            return
        if missing:
            if messages.ask(self, self.missing_text(channel)):
                self.open_settings(missing[0])
            return
        if messages.ask(self, question):
            self._send_now(ids, password_needed)

    def missing_text(self, channel: Channel) -> str:
        return {
            Channel.EMAIL: self.tr("Sending by email needs the SMTP server, which is not set. Open the sending "
                                   "settings now?"),
            Channel.EINVOICE: self.tr("Sending e-invoices needs the outbox folder, which is not set. Open the "
                                      "sending settings now?"),
            Channel.PAPER: self.tr("A print batch needs the print batch folder, which is not set. Open the sending "
                                   "settings now?"),
        }[Channel(channel)]

    def open_settings(self, focus_key: str = "") -> Any:
        self.settings_dialog = open_sending_settings(self, self.ctx, focus_key)
        self.settings_dialog.saved.connect(lambda _n: self.refresh())
        return self.settings_dialog

    def _send_now(self, ids: list[int], password_needed: bool, pdf_only: bool = False,
                  output_dir: str | None = None) -> None:
        if password_needed and self._password is None:
            password, ok = QInputDialog.getText(self, self.tr("SMTP password"),
                                                self.tr("This computer keeps no passwords. The SMTP password "
                                                        "(kept until you close Reskontra):"),
                                                QLineEdit.EchoMode.Password)
            if not ok:
                return
            self._password = password
        from desktop_app.services.sending.outbox import send

        job = guarded(self.ctx.long_job(send, self.channel, ids, pdf_only=pdf_only, output_dir=output_dir,
                                        smtp_password=self._password))
        self._busy = True
        self._update_buttons()
        label = self.tr("Writing the PDFs…") if pdf_only else self.tr("Sending…")
        self.progress_task, self.progress_dialog = run_with_progress(
            self, self.ctx.tasks, job, label=label, on_success=self._on_send_done, on_failure=self._on_failed,
            on_cancelled=self._on_cancelled)
        self.progress_task.finished.connect(self._on_send_finished)

    def _close_progress(self) -> None:
        dialog = getattr(self, "progress_dialog", None)
        if dialog is not None and shiboken6.isValid(dialog):
            dialog.hide()
            dialog.reset()  # stops its show-after-a-moment timer: it never reappears behind a message

    def _on_send_finished(self) -> None:
        """Whatever happened to the send, the page is usable again."""
        if self._busy:
            self._busy = False
            self._update_buttons()

    def _on_send_done(self, result: Any) -> None:
        self._close_progress()
        if not isinstance(result, JobFailed):
            self._on_sent(result)
            return
        self._busy = False
        self.refresh()  # what the stopped send did get out is marked; the rest is listed again
        err = result.error
        if isinstance(err, ReskontraError):
            messages.show_error(self, err)
        else:
            sys.excepthook(type(err), err, err.__traceback__)

    def _on_preview(self, documents: list[Any], total: int | None = None) -> None:
        self.preview_dialog = PreviewDialog(documents, self, total)
        self.preview_dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.preview_dialog.open()
        self.preview_shown.emit(documents)

    def result_text(self, result: Any) -> str:
        if result.pdf_only:
            text = self.tr("%n PDF(s) written; nothing was marked sent.", "", len(result.sent))
        elif result.channel == Channel.EMAIL:
            text = self.tr("%n invoice(s) sent by email.", "", len(result.sent))
        elif result.channel == Channel.EINVOICE:
            text = self.tr("%n e-invoice(s) written to the outbox for the operator.", "", len(result.sent))
        else:
            text = self.tr("%n invoice(s) in the print batch.", "", len(result.sent))
        if result.failed:
            text += " " + self.tr("%n failed and stay unsent:", "", len(result.failed))
            text += "\n" + "\n".join(f"{f.number or '–'}: {self.failure_reason(f)}" for f in result.failed[:15])
            if len(result.failed) > 15:
                text += "\n…"
        if result.cancelled:
            text += "\n" + self.tr("Cancelled: the rest were not sent.")
        if result.files and not result.pdf_only and result.channel != Channel.EMAIL:
            text += "\n" + self.tr("Files in %1").replace("%1", str(Path(result.files[0]).parent))
        return text

    @staticmethod
    def failure_reason(item: Any) -> str:
        if item.reason_template:
            return i18n.error_text(ReskontraError(item.reason_template, **dict(item.reason_params)))
        return problem_text(item.reason)

    def _on_sent(self, result: Any) -> None:
        self._busy = False
        self.last_result = result
        messages.show_info(self, self.result_text(result))
        self.refresh()
        self.sent.emit(result)

    def _on_cancelled(self) -> None:
        self._close_progress()
        self._busy = False
        self.refresh()

    def _on_failed(self, err: ReskontraError) -> None:
        self._close_progress()
        self._busy = False
        self._update_buttons()
        messages.show_error(self, err)

    def _on_resend_clicked(self) -> None:
        ids = [r.invoice_id for r in self.selected() if r.delivery_unknown]
        if ids and not self._busy:
            self._checked_send(ids, self.tr("Send %n email(s) of delivery unknown again? If the customer already "
                                            "has one, the mail system drops the duplicate.", "", len(ids)))

    def _on_mark_sent_clicked(self) -> None:
        ids = [r.invoice_id for r in self.selected() if r.delivery_unknown]
        if not ids or self._busy or not messages.ask(
                self, self.tr("Mark %n email(s) sent without sending them again? Do this only when the sent mail "
                              "shows they went out.", "", len(ids))):
            return
        self.ctx.tasks.run(self.ctx.write(_mark_sent, self.channel, ids), owner=self, on_failure=self._on_failed,
                           on_success=lambda n: (messages.show_info(self, self.tr("%n email(s) marked sent.", "", n)),
                                                 self.refresh()))

    def _on_pdf_only_clicked(self) -> None:
        rows = self.selected()
        if not rows:
            return
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder for the PDFs"), str(Path.home()))
        if folder:
            self.make_pdfs(folder)

    def make_pdfs(self, folder: str) -> None:
        self._send_now([r.invoice_id for r in self.selected()], False, pdf_only=True, output_dir=folder)

    def _on_switch_clicked(self) -> None:
        rows = self.selected()
        target = self.switch_combo.currentData()
        if not rows or target is None:
            return
        if not messages.ask(self, self.tr("Move %n invoice(s) to the channel %1?", "", len(rows))
                            .replace("%1", self.channel_name(Channel(target)))):
            return
        ids = [r.invoice_id for r in rows]

        def switch(session: Any, actor: Any) -> int:
            from desktop_app.services.sending.outbox import switch_channel

            return switch_channel(session, actor, ids, Channel(target))

        self.ctx.tasks.run(self.ctx.write(switch), owner=self, on_failure=self._on_failed,
                           on_success=lambda n: (messages.show_info(self, self.tr("%n invoice(s) moved.", "", n)),
                                                 self.refresh()))

    def _on_batch_clicked(self) -> None:
        batch_id = self.batches_combo.currentData()
        if batch_id is not None:
            self.show_batch(int(batch_id))

    def show_batch(self, batch_id: int) -> None:
        def load(session: Any) -> Any:
            from desktop_app.services.sending.outbox import batch_dispatches

            return batch_dispatches(session, batch_id)

        self.ctx.tasks.run(self.ctx.read(load), owner=self, on_failure=self._on_failed,
                           on_success=lambda rows: self._show_batch_dialog(batch_id, rows))

    def _show_batch_dialog(self, batch_id: int, rows: list[Any]) -> None:
        dialog = QDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.setWindowTitle(self.tr("Sending batch %1").replace("%1", str(batch_id)))
        dialog.resize(900, 500)
        model = DispatchesModel(dialog)
        table = DataTable(model, dialog, tasks=self.ctx.tasks, export_name=f"sending_batch_{batch_id}")
        table.set_rows(rows)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
        buttons.rejected.connect(dialog.reject)
        layout = QVBoxLayout(dialog)
        layout.addWidget(table, 1)
        layout.addWidget(buttons)
        self.batch_dialog = dialog
        self.batch_model = model
        dialog.open()
