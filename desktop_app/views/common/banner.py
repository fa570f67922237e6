"""The coloured bar across a page: errors red, preview yellow, warnings orange, done green (style.qss)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

KINDS = ("error", "preview", "warning", "done")


class Banner(QLabel):
    def __init__(self, kind: str, parent: QWidget, *, name: str | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name or f"{kind}_banner")
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.set_kind(kind)
        self.hide()

    def set_kind(self, kind: str) -> None:
        """Change the colour; the style sheet is re-applied so the new property shows at once."""
        assert kind in KINDS, kind
        self.setProperty("banner", kind)
        self.style().unpolish(self)
        self.style().polish(self)
