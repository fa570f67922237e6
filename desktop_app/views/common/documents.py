"""Opening a PDF the app made in the system's PDF viewer (customer card, sending preview)."""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QWidget

from desktop_app.views.common import messages

DOCUMENT_FOLDER = Path(tempfile.gettempdir()) / "reskontra-documents"


def document_path(name: str) -> Path:
    return DOCUMENT_FOLDER / name


def open_document(parent: QWidget, path: Path) -> None:
    """Open in the PDF viewer; where there is none, say where the file is."""
    if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
        messages.show_info(parent, QCoreApplication.translate("documents", "The document was saved to %1.")
                           .replace("%1", str(path)))
