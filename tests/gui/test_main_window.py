"""The main window: title, status bar, language switch, Ctrl+F, geometry kept between sessions."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication

from desktop_app.services.foundation import i18n
from desktop_app.views.main_window import MainWindow


def test_title_and_status_bar_say_database_user_and_business_date(main_window, ctx):
    assert "Reskontra" in main_window.windowTitle()
    assert ctx.database.url.split("///")[-1] in main_window.database_label.text()
    assert "kalle.clerk" in main_window.user_label.text()
    assert "clerk" in main_window.user_label.text()
    assert "24/11/2026" in main_window.date_label.text()


def test_the_working_tabs_are_there_at_start_and_cannot_be_closed(main_window):
    assert [main_window.tabs.tabText(i) for i in range(main_window.tabs.count())] == [
        "Front page", "Invoices", "Billing", "Sending", "Payments"]
    for index in range(5):
        main_window._on_tabs_tab_close_requested(index)
    assert main_window.tabs.count() == 5


def test_switching_language_retranslates_the_open_window(main_window, qtbot):
    main_window.language_actions["fi"].trigger()
    assert i18n.current_language() == "fi"
    # Qt posts LanguageChange to every window; it arrives with the next turn of the event loop.
    qtbot.waitUntil(lambda: main_window.file_menu.title() != "&File", timeout=2000)
    assert main_window.file_menu.title() == "&Tiedosto"
    assert main_window.tabs.tabText(0) == "Etusivu"
    assert main_window.date_label.text() == "Käsittelypäivä: 24.11.2026"
    assert main_window.user_label.text() == "Käyttäjä: kalle.clerk (käsittelijä)"
    assert main_window.front_page.search_edit.placeholderText().startswith("Hae asiakkaita")
    main_window.language_actions["sv"].trigger()
    qtbot.waitUntil(lambda: main_window.file_menu.title() != "&Tiedosto", timeout=2000)
    assert main_window.file_menu.title() == "&Arkiv"
    assert main_window.tabs.tabText(0) == "Startsida"
    main_window.language_actions["en"].trigger()
    qtbot.waitUntil(lambda: main_window.file_menu.title() != "&Arkiv", timeout=2000)
    assert main_window.file_menu.title() == "&File"


def test_ctrl_f_focuses_the_search_box(main_window, qtbot):
    main_window.activateWindow()
    main_window.tabs.setFocus()
    qtbot.keyClick(main_window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is main_window.front_page.search_edit, timeout=2000)


def test_window_geometry_is_saved_and_restored(qtbot, ctx, qsettings):
    first = MainWindow(ctx, qsettings)
    qtbot.addWidget(first)
    first.show()
    qtbot.waitExposed(first)
    first.setGeometry(QRect(30, 40, 640, 480))  # fits the offscreen 800×600 screen
    qtbot.waitUntil(lambda: first.width() == 640, timeout=2000)
    first.save_state()
    first.hide()
    second = MainWindow(ctx, qsettings)
    qtbot.addWidget(second)
    second.show()
    qtbot.waitExposed(second)
    assert (second.width(), second.height()) == (640, 480)
