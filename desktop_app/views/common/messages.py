"""Message boxes as factory functions: one place that turns domain errors into words for the clerk.

``show_error`` and ``show_info`` open a window-modal box and return at once (the event loop keeps
running, tests can find and close the box); ``ask`` blocks for an OK/Cancel answer, as the
clerks' guides show before every action that changes money or sends something.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop_app.services.foundation import i18n
from desktop_app.services.foundation.errors import ReskontraError

translate = QCoreApplication.translate



def _box(parent: QWidget | None, icon: QMessageBox.Icon, text: str, detail: str = "") -> QMessageBox:
    box = QMessageBox(icon, translate("messages", "Reskontra"), text, QMessageBox.StandardButton.Ok, parent)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if detail:
        box.setDetailedText(detail)
    if parent is not None:
        box.setWindowModality(Qt.WindowModality.WindowModal)
    box.open()
    return box


def show_error(parent: QWidget | None, err: ReskontraError | str) -> QMessageBox:
    text = err if isinstance(err, str) else i18n.error_text(err)
    return _box(parent, QMessageBox.Icon.Warning, text)


def show_info(parent: QWidget | None, text: str) -> QMessageBox:
    return _box(parent, QMessageBox.Icon.Information, text)


def ask(parent: QWidget | None, text: str) -> bool:
    """OK/Cancel confirmation; Cancel is the default so Enter never changes money by accident."""
    box = QMessageBox(QMessageBox.Icon.Question, translate("messages", "Reskontra"), text,
                      QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel, parent)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    return box.exec() == QMessageBox.StandardButton.Ok
