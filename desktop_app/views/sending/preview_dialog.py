"""The Preview window of the Sending tab: what would go out, invoice by invoice; nothing is sent."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services.foundation.errors import ReskontraError
from desktop_app.views.common import labels, messages
from desktop_app.views.common.banner import Banner
from desktop_app.views.common.documents import document_path, open_document
from desktop_app.views.sending.jobs import save_document

if TYPE_CHECKING:
    from desktop_app.services.sending import PreviewDocument


class PreviewDialog(QDialog):
    """What would go out: the list of invoices on the left, the email or XML on the right, PDFs open outside."""

    def __init__(self, documents: list[PreviewDocument], parent: QWidget | None = None, total: int | None = None) -> None:
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
