"""One earlier sending batch, invoice by invoice: sent or failed, the attempt, the reason, the file."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from desktop_app.views.common.table import DataTable
from desktop_app.views.sending.table_models import DispatchesModel

if TYPE_CHECKING:
    from desktop_app.services.sending import DispatchRow
    from desktop_app.views.common.tasks import TaskRunner


class BatchDialog(QDialog):
    def __init__(self, batch_id: int, rows: list[DispatchRow], tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        # the title keeps the Sending tab's translation context, where it was written first
        self.setWindowTitle(QCoreApplication.translate("SendingPage", "Sending batch %1").replace("%1", str(batch_id)))
        self.resize(900, 500)
        self.model = DispatchesModel(self)
        self.table = DataTable(self.model, self, tasks=tasks, export_name=f"sending_batch_{batch_id}")
        self.table.set_rows(rows)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
