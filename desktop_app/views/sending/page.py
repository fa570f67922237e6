"""The Sending tab (SPEC W5): one channel at a time, its unsent invoices and reminders, Preview, send.

The clerk picks EMAIL, E-INVOICE or PAPER, selects (Select all) and presses the button that names the
channel. With Preview on (the default) nothing is claimed or sent: a window shows the email text and
PDF, the Finvoice XML or the print page. With Preview off: OK/Cancel, a progress bar with Cancel,
then how many went out and which failed and why (they stay in the list to retry). "Make PDFs only"
writes the documents to a folder and marks nothing sent. Earlier batches open with every invoice's
result. A rejected e-invoice is switched to letter or email here and sent again.

The service calls run on the worker thread (``jobs``); the lists are ``table_models``; the Preview
window and an earlier batch are dialogs of their own.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.models.enums import Channel
from desktop_app.services.foundation import formatting, i18n
from desktop_app.services.foundation.errors import ReskontraError
from desktop_app.views.common import labels, messages
from desktop_app.views.common.banner import Banner
from desktop_app.views.common.page import Page
from desktop_app.views.common.table import DataTable
from desktop_app.views.common.tasks import run_with_progress
from desktop_app.views.context import AppContext
from desktop_app.views.sending import jobs
from desktop_app.views.sending.batch_dialog import BatchDialog
from desktop_app.views.sending.preview_dialog import PreviewDialog
from desktop_app.views.sending.settings_dialog import open_sending_settings
from desktop_app.views.sending.table_models import UnsentModel, problem_text

if TYPE_CHECKING:
    from desktop_app.services.sending import (
        BatchInfo,
        DispatchRow,
        FailedItem,
        PreviewDocument,
        SendResult,
        UnsentRow,
    )


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
        self.last_result: SendResult | None = None
        self._runs: list[str] = []
        self._batches: list[BatchInfo] = []

        self.heading = QLabel(self)
        self.heading.setObjectName("page_title")
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(self._build_channel_row())
        layout.addLayout(self._build_run_row())
        self._build_list()
        layout.addWidget(self.problem_banner)
        layout.addWidget(self.unknown_banner)
        layout.addWidget(self.table, 1)
        actions, unknown, bottom = self._build_actions()
        layout.addLayout(actions)
        layout.addLayout(unknown)
        layout.addWidget(self.preview_banner)
        layout.addLayout(bottom)
        layout.addLayout(self._build_history_row())
        self._connect()
        self.retranslate_ui()

    def _build_channel_row(self) -> QHBoxLayout:
        """Channel: EMAIL · E-INVOICE · PAPER, one at a time."""
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
        return top

    def _build_run_row(self) -> QHBoxLayout:
        """The billing run to list, and Refresh: a row of its own, so the longer Swedish and Finnish words
        fit a narrow window."""
        runs = QHBoxLayout()
        self.run_caption = QLabel(self)
        self.run_combo = QComboBox(self)
        self.run_combo.setObjectName("billing_run_combo")
        self.run_combo.setMinimumContentsLength(10)
        self.run_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.refresh_button = QPushButton(self)
        runs.addWidget(self.run_caption)
        runs.addWidget(self.run_combo)
        runs.addWidget(self.refresh_button)
        runs.addStretch(1)
        return runs

    def _build_list(self) -> None:
        self.problem_banner = Banner("error", self, name="problem_banner")
        self.unknown_banner = Banner("error", self, name="unknown_banner")
        self.model = UnsentModel(self)
        self.table = DataTable(self.model, self, tasks=self.ctx.tasks, export_name="unsent_invoices")
        self.table.link_clicked.connect(lambda row, _c: self.open_customer_requested.emit(row.customer_id))
        self.table.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_buttons)

    def _build_actions(self) -> tuple[QHBoxLayout, QHBoxLayout, QHBoxLayout]:
        """Change channel and PDFs only; Resend and Mark sent for a delivery left unknown by a stopped send;
        Preview and the send button."""
        self.preview_banner = Banner("preview", self, name="preview_banner")
        self.preview_check = QCheckBox(self)
        self.preview_check.setObjectName("preview_check")
        self.preview_check.setChecked(True)
        self.selection_label = QLabel(self)
        self.selection_label.setWordWrap(True)
        self.pdf_only_button = self._button("pdf_only_button")
        self.switch_combo = QComboBox(self)
        self.switch_button = self._button("switch_button")
        self.resend_button = self._button("resend_button")
        self.mark_sent_button = self._button("mark_sent_button")
        self.send_button = self._button("send_button")
        actions = QHBoxLayout()
        actions.addWidget(self.switch_combo)
        actions.addWidget(self.switch_button)
        actions.addStretch(1)
        actions.addWidget(self.pdf_only_button)
        unknown = QHBoxLayout()
        unknown.addWidget(self.resend_button)
        unknown.addWidget(self.mark_sent_button)
        unknown.addStretch(1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.selection_label, 1)
        bottom.addWidget(self.preview_check)
        bottom.addWidget(self.send_button)
        return actions, unknown, bottom

    def _build_history_row(self) -> QHBoxLayout:
        """Earlier sending batches, and the sending settings (beside the history: in the top row the button
        widened the window)."""
        self.batches_caption = QLabel(self)
        self.batches_combo = QComboBox(self)
        self.batches_combo.setObjectName("batches_combo")
        self.batches_combo.setMinimumContentsLength(16)
        self.batches_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.batch_button = QPushButton(self)
        self.settings_button = self._button("sending_settings_button")
        history = QHBoxLayout()
        history.addWidget(self.batches_caption)
        history.addWidget(self.batches_combo, 1)
        history.addWidget(self.batch_button)
        history.addSpacing(16)
        history.addWidget(self.settings_button)
        return history

    def _button(self, name: str) -> QPushButton:
        button = QPushButton(self)
        button.setObjectName(name)
        return button

    def _connect(self) -> None:
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
        self.ctx.tasks.run(self.ctx.write(jobs.resolve), owner=self, on_failure=lambda _e: None)
        self.ctx.tasks.run(self.ctx.read(jobs.unsent, channel, batch), owner=self,
                           on_success=lambda rows: self._on_listed(channel, rows), on_failure=self._on_failed)
        self.ctx.tasks.run(self.ctx.read(jobs.runs_and_batches), owner=self, on_success=self._on_history,
                           on_failure=lambda _e: None)

    def _on_listed(self, channel: Channel, rows: list[UnsentRow]) -> None:
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

    def _on_history(self, data: tuple[list[str], list[BatchInfo]]) -> None:
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

    def selected(self) -> list[UnsentRow]:
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
            self.ctx.tasks.run(self.ctx.read(jobs.preview, self.channel, ids), owner=self,
                               on_success=lambda docs: self._on_preview(docs, len(ids)), on_failure=self._on_failed)
            return
        question = self.tr("Send %n invoice(s) on the channel %1 now?", "", len(ids))
        self._checked_send(ids, question.replace("%1", self.channel_name(self.channel)))

    def _checked_send(self, ids: list[int], question: str) -> None:
        """Ask for a missing setting first, then confirm, then send (the password, if needed, last)."""
        channel = self.channel
        self.ctx.tasks.run(self.ctx.read(jobs.send_check, channel), owner=self, on_failure=self._on_failed,
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
        job = jobs.guarded(self.ctx.long_job(jobs.send, self.channel, ids, pdf_only=pdf_only, output_dir=output_dir,
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
        if not isinstance(result, jobs.JobFailed):
            self._on_sent(result)
            return
        self._busy = False
        self.refresh()  # what the stopped send did get out is marked; the rest is listed again
        err = result.error
        if isinstance(err, ReskontraError):
            messages.show_error(self, err)
        else:
            sys.excepthook(type(err), err, err.__traceback__)

    def _on_preview(self, documents: list[PreviewDocument], total: int | None = None) -> None:
        self.preview_dialog = PreviewDialog(documents, self, total)
        self.preview_dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.preview_dialog.open()
        self.preview_shown.emit(documents)

    def result_text(self, result: SendResult) -> str:
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
    def failure_reason(item: FailedItem) -> str:
        if item.reason_template:
            return i18n.error_text(ReskontraError(item.reason_template, **dict(item.reason_params)))
        return problem_text(item.reason)

    def _on_sent(self, result: SendResult) -> None:
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
        self.ctx.tasks.run(self.ctx.write(jobs.mark_sent, self.channel, ids), owner=self, on_failure=self._on_failed,
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
        self.ctx.tasks.run(self.ctx.write(jobs.switch_channel, ids, Channel(target)), owner=self, on_failure=self._on_failed,
                           on_success=lambda n: (messages.show_info(self, self.tr("%n invoice(s) moved.", "", n)),
                                                 self.refresh()))

    def _on_batch_clicked(self) -> None:
        batch_id = self.batches_combo.currentData()
        if batch_id is not None:
            self.show_batch(int(batch_id))

    def show_batch(self, batch_id: int) -> None:
        self.ctx.tasks.run(self.ctx.read(jobs.batch_dispatches, batch_id), owner=self, on_failure=self._on_failed,
                           on_success=lambda rows: self._show_batch_dialog(batch_id, rows))

    def _show_batch_dialog(self, batch_id: int, rows: list[DispatchRow]) -> None:
        self.batch_dialog = BatchDialog(batch_id, rows, self.ctx.tasks, self)
        self.batch_model = self.batch_dialog.model
        self.batch_dialog.open()
