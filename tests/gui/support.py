"""Helpers shared by the GUI tests."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QMessageBox


def close_message_boxes() -> list[str]:
    """The texts of the message boxes on screen, closing them (show_info / show_error return at once)."""
    texts = []
    for w in QApplication.topLevelWidgets():
        if isinstance(w, QMessageBox) and w.isVisible():
            texts.append(w.text())
            w.close()
    return texts
