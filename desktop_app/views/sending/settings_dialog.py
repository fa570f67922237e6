"""The sending-settings dialog: what a send on each channel needs (SMTP server, outbox and print folders).

Reached from the Sending tab at any time, and offered when a send lacks a setting. Values are read
and saved through ``services.sending`` (``sending_settings`` / ``save_sending_settings``, which
validate and audit through the settings registry); the password goes to the keyring, never to the
database. Fields the service says this user may not change are read-only, and so is Save.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services.foundation.errors import ReskontraError
from desktop_app.views.common import messages
from desktop_app.views.context import AppContext

SECURITY = ("none", "starttls", "tls")


def _load(session: Any, actor: Any) -> Any:
    from desktop_app.services.sending import sending_settings

    return sending_settings(session, actor)


def _save(session: Any, actor: Any, values: dict[str, str], password: str | None) -> int:
    from desktop_app.services.sending import save_sending_settings

    return save_sending_settings(session, actor, values, password)


class SendingSettingsDialog(QDialog):
    """SMTP server, port, security, user, sender and password; the e-invoice outbox and the print folder."""

    loaded = Signal()
    saved = Signal(int)  # how many settings changed

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, focus_key: str = "") -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.focus_key = focus_key
        self.settings: Any = None
        self.setWindowTitle(self.tr("Sending settings"))
        self.setMinimumWidth(560)

        self.host = QLineEdit(self)
        self.host.setObjectName("smtp.host")
        self.port = QSpinBox(self)
        self.port.setObjectName("smtp.port")
        self.port.setRange(1, 65535)
        self.security = QComboBox(self)
        self.security.setObjectName("smtp.security")
        for value, label in zip(SECURITY, (self.tr("None"), "STARTTLS", "TLS (SMTPS)"), strict=True):  # protocol names
            self.security.addItem(label, value)
        self.user = QLineEdit(self)
        self.user.setObjectName("smtp.user")
        self.sender = QLineEdit(self)
        self.sender.setObjectName("smtp.sender")
        self.password = QLineEdit(self)
        self.password.setObjectName("smtp.password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.outbox = QLineEdit(self)
        self.outbox.setObjectName("einvoice.outbox_dir")
        self.print_folder = QLineEdit(self)
        self.print_folder.setObjectName("paper.output_dir")
        self.outbox_button = QPushButton(self.tr("Choose…"), self)
        self.print_button = QPushButton(self.tr("Choose…"), self)
        self.outbox_button.clicked.connect(lambda: self._pick(self.outbox, self.tr("E-invoice outbox folder")))
        self.print_button.clicked.connect(lambda: self._pick(self.print_folder, self.tr("Print batch folder")))

        email = QGroupBox(self.tr("Email (SMTP)"), self)
        ef = QFormLayout(email)
        ef.addRow(self.tr("SMTP server:"), self.host)
        ef.addRow(self.tr("Port:"), self.port)
        ef.addRow(self.tr("Security:"), self.security)
        ef.addRow(self.tr("User:"), self.user)
        ef.addRow(self.tr("Password:"), self.password)
        ef.addRow(self.tr("Sender address:"), self.sender)
        files = QGroupBox(self.tr("E-invoices and paper"), self)
        ff = QFormLayout(files)
        ff.addRow(self.tr("E-invoice outbox folder:"), self._with_button(self.outbox, self.outbox_button))
        ff.addRow(self.tr("Print batch folder:"), self._with_button(self.print_folder, self.print_button))
        self.note = QLabel(self)
        self.note.setObjectName("read_only_note")
        self.note.setWordWrap(True)
        self.note.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addWidget(email)
        layout.addWidget(files)
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)
        self.fields: dict[str, QWidget] = {"smtp.host": self.host, "smtp.port": self.port,
                                           "smtp.security": self.security, "smtp.user": self.user,
                                           "smtp.sender": self.sender, "einvoice.outbox_dir": self.outbox,
                                           "paper.output_dir": self.print_folder}
        ctx.tasks.run(ctx.read(_load, ctx.actor), owner=self, on_success=self._on_loaded,
                      on_failure=self._on_failed)

    @staticmethod
    def _with_button(edit: QLineEdit, button: QPushButton) -> QWidget:
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(edit, 1)
        row.addWidget(button)
        return box

    def _pick(self, edit: QLineEdit, title: str) -> None:
        folder = QFileDialog.getExistingDirectory(self, title, edit.text())
        if folder:
            edit.setText(folder)

    def _on_loaded(self, settings: Any) -> None:
        self.settings = settings
        v = settings.values
        self.host.setText(v["smtp.host"])
        self.port.setValue(int(v["smtp.port"] or 587))
        self.security.setCurrentIndex(max(0, self.security.findData(v["smtp.security"].lower())))
        self.user.setText(v["smtp.user"])
        self.sender.setText(v["smtp.sender"])
        self.outbox.setText(v["einvoice.outbox_dir"])
        self.print_folder.setText(v["paper.output_dir"])
        self.password.setPlaceholderText(self.tr("(stored in the keyring)") if settings.password_stored
                                         else self.tr("(not set)"))
        for key, widget in self.fields.items():
            editable = key in settings.editable
            if isinstance(widget, QLineEdit):
                widget.setReadOnly(not editable)
            widget.setEnabled(editable)  # greyed out: read-only fields look read-only
        self.outbox_button.setEnabled("einvoice.outbox_dir" in settings.editable)
        self.print_button.setEnabled("paper.output_dir" in settings.editable)
        self.password.setReadOnly(not settings.password_editable)
        self.password.setEnabled(settings.password_editable)
        if len(settings.editable) < len(self.fields) or not settings.password_editable:
            self.note.setText(self.tr("Only an accountant can change the settings shown read-only; ask one to set "
                                      "them."))
            self.note.show()
        self.save_button.setEnabled(bool(settings.editable) or settings.password_editable)
        focus = self.fields.get(self.focus_key)
        if focus is not None:
            focus.setFocus(Qt.FocusReason.OtherFocusReason)
        self.loaded.emit()

    def values(self) -> dict[str, str]:
        """The fields this user may change, as text for the settings registry."""
        texts = {"smtp.host": self.host.text(), "smtp.port": str(self.port.value()),
                 "smtp.security": str(self.security.currentData()), "smtp.user": self.user.text(),
                 "smtp.sender": self.sender.text(), "einvoice.outbox_dir": self.outbox.text(),
                 "paper.output_dir": self.print_folder.text()}
        editable = self.settings.editable if self.settings is not None else frozenset()
        return {k: v for k, v in texts.items() if k in editable}

    def save(self) -> None:
        if self.settings is None:
            return
        password = self.password.text() if self.settings.password_editable and self.password.text() else None
        self.save_button.setEnabled(False)
        self.ctx.tasks.run(self.ctx.write(_save, self.values(), password), owner=self,
                           on_success=self._on_saved, on_failure=self._on_failed)

    def _on_saved(self, changed: int) -> None:
        self.saved.emit(changed)
        self.accept()

    def _on_failed(self, err: ReskontraError) -> None:
        if self.settings is not None:
            self.save_button.setEnabled(bool(self.settings.editable) or self.settings.password_editable)
        field = self.fields.get(err.field or "")
        if field is not None:  # the registry names the setting it refused: the cursor goes there
            field.setFocus(Qt.FocusReason.OtherFocusReason)
        messages.show_error(self, err)


def open_sending_settings(parent: QWidget, ctx: AppContext, focus_key: str = "") -> SendingSettingsDialog:
    """Open the dialog window-modal and return at once (its ``saved`` signal says when it was saved)."""
    dialog = SendingSettingsDialog(ctx, parent, focus_key)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.open()
    return dialog
