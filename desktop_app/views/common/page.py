"""What every tab page shares: its title may change, and it translates itself again on a language change."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QWidget


class Page(QWidget):
    """A tab of the main window. Subclasses set their texts in ``retranslate_ui`` and name the tab in
    ``tab_title``; ``title_changed`` tells the main window to read the title again."""

    title_changed = Signal()

    def retranslate_ui(self) -> None:
        raise NotImplementedError

    def tab_title(self) -> str:
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
