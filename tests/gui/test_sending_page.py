"""The Sending tab (SPEC W5) as a clerk uses it: pick a channel, select all, preview, send, read the result."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from desktop_app.models import Invoice
from desktop_app.models.enums import Channel, Role
from desktop_app.services.setup import ensure_user
from desktop_app.views import messages
from tests.gui.support import close_message_boxes
from tests.integration import sending_support as ss


@pytest.fixture
def smtp():
    with ss.SmtpServer() as server:
        yield server


@pytest.fixture
def billed(gui_db, smtp, ctx):
    accountant = ensure_user(gui_db.session_factory, "anna.accountant", Role.ACCOUNTANT)
    ss.configure(gui_db, accountant, smtp__host="127.0.0.1", smtp__port=str(smtp.port), smtp__security="none")
    customers = ss.email_customers(3) + [{"name": "Kirje Kalle"}]
    return ss.billed(gui_db, ctx.actor, customers)


@pytest.fixture
def page(main_window, billed, qtbot):
    page = main_window.sending_page
    with qtbot.waitSignal(page.list_shown, timeout=10_000):
        main_window.tabs.setCurrentWidget(page)
    return page


_boxes = close_message_boxes


def test_the_email_channel_lists_its_unsent_invoices_and_the_button_names_the_channel(page, qtbot):
    assert page.model.rowCount() == 3
    page.table.select_all_button.click()
    assert page.send_button.text() == "Preview: Send invoices by email"
    page.preview_check.setChecked(False)
    assert page.send_button.text() == "Send invoices by email"
    with qtbot.waitSignal(page.list_shown, timeout=10_000):
        page.channel_buttons[Channel.PAPER].click()
    assert page.model.rowCount() == 1 and page.send_button.text() == "Print invoices (paper batch)"
    page.preview_check.setChecked(True)
    assert page.send_button.text() == "Preview: Print invoices (paper batch)" and page.preview_banner.isVisible()


def test_preview_shows_the_email_and_sends_nothing(page, qtbot, smtp):
    page.table.select_all_button.click()
    with qtbot.waitSignal(page.preview_shown, timeout=20_000):
        page.send_button.click()
    dialog = page.preview_dialog
    assert dialog.list.count() == 3
    assert "Subject: Lasku" in dialog.text.toPlainText() and "aino0@example.fi" in dialog.text.toPlainText()
    dialog.close()
    assert smtp.inbox.messages == []


def test_send_confirms_then_sends_and_says_how_many(page, qtbot, smtp, gui_db, monkeypatch):
    asked: list[str] = []
    monkeypatch.setattr(messages, "ask", lambda parent, text: asked.append(text) or True)
    smtp.inbox.refuse.add("aino2@example.fi")
    page.table.select_all_button.click()
    page.preview_check.setChecked(False)
    with qtbot.waitSignal(page.sent, timeout=30_000) as sent:
        page.send_button.click()
    assert asked == ["Send 3 invoices on the channel EMAIL now?"]
    result = sent.args[0]
    assert len(result.sent) == 2 and len(smtp.inbox.messages) == 2
    text = next(t for t in _boxes() if "sent by email" in t)
    assert text.startswith("2 invoices sent by email. 1 failed and stays unsent:") and "aino2@example.fi" in text
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=10_000)  # the failed one stays to retry
    assert "Last attempt failed" in page.model.problem_text(page.model.row_at(0))
    with gui_db.session_factory() as s:
        assert s.scalar(select(func.count()).select_from(Invoice).where(Invoice.sent_at.is_not(None))) == 2
    qtbot.waitUntil(lambda: page.batches_combo.count() == 1, timeout=10_000)
    page.batch_button.click()
    qtbot.waitUntil(lambda: getattr(page, "batch_model", None) is not None and page.batch_model.rowCount() == 3,
                    timeout=10_000)


def test_cancel_in_the_confirmation_sends_nothing(page, qtbot, smtp, monkeypatch):
    monkeypatch.setattr(messages, "ask", lambda parent, text: False)
    page.table.select_all_button.click()
    page.preview_check.setChecked(False)
    page.send_button.click()
    qtbot.wait(300)
    assert smtp.inbox.messages == [] and page.model.rowCount() == 3


def test_pdfs_only_writes_files_and_keeps_the_invoices_unsent(page, qtbot, tmp_path: Path):
    page.table.select_all_button.click()
    with qtbot.waitSignal(page.sent, timeout=30_000):
        page.make_pdfs(str(tmp_path))
    assert len(list(tmp_path.glob("*.pdf"))) == 3
    assert any("3 PDFs written; nothing was marked sent." in t for t in _boxes())
    qtbot.waitUntil(lambda: page.model.rowCount() == 3, timeout=10_000)


def test_an_invoice_moves_to_another_channel(page, qtbot, monkeypatch):
    monkeypatch.setattr(messages, "ask", lambda parent, text: True)
    page.table.view.selectRow(0)
    page.switch_combo.setCurrentIndex(page.switch_combo.findData(Channel.PAPER))
    with qtbot.waitSignal(page.list_shown, timeout=10_000):
        page.switch_button.click()
    assert page.model.rowCount() == 2
    _boxes()
    with qtbot.waitSignal(page.list_shown, timeout=10_000):
        page.channel_buttons[Channel.PAPER].click()
    assert page.model.rowCount() == 2


def test_the_unsent_model_passes_the_qt_model_tester(page, qtmodeltester):
    qtmodeltester.check(page.model, force_py=True)
