"""The start-up message for a database that cannot be opened says "nothing was changed" once."""

from PySide6.QtWidgets import QMessageBox

from desktop_app.services.foundation import i18n
from desktop_app.services.foundation.errors import DatabaseError
from desktop_app.services.foundation.faults import EmptyDatabaseFile
from desktop_app.views import app


def test_the_message_says_nothing_was_changed_once(qtbot, monkeypatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", staticmethod(lambda _parent, _title, text: shown.append(text)))
    before = i18n.current_language()
    i18n.set_language("en")
    try:
        app.show_database_error(EmptyDatabaseFile(path="/tmp/tyhja.sqlite"))
        app.show_database_error(DatabaseError("The server is down."))
    finally:
        i18n.set_language(before)
    assert [text.lower().count("nothing was changed") + text.lower().count("mitään ei muutettu")
            for text in shown] == [1, 1]
