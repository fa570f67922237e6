"""The Sending tab (SPEC W5) as a clerk uses it: pick a channel, select all, preview, send, read the result."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QProgressDialog
from sqlalchemy import func, select

from desktop_app.models import Invoice
from desktop_app.models.enums import Channel, DispatchStatus, Role
from desktop_app.services.foundation.setup import ensure_user
from desktop_app.views.common import messages
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


def test_after_a_send_with_a_refused_address_both_models_pass_the_qt_model_tester(page, qtbot, smtp, monkeypatch,
                                                                                   qtmodeltester):
    """The unsent list with a row whose last attempt failed, and the batch's results (sent and failed)."""
    monkeypatch.setattr(messages, "ask", lambda parent, text: True)
    smtp.inbox.refuse.add("aino2@example.fi")
    page.table.select_all_button.click()
    page.preview_check.setChecked(False)
    with qtbot.waitSignal(page.sent, timeout=30_000):
        page.send_button.click()
    _boxes()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1 and page.batches_combo.count() == 1, timeout=10_000)
    qtmodeltester.check(page.model, force_py=True)
    page.batch_button.click()
    qtbot.waitUntil(lambda: getattr(page, "batch_model", None) is not None and page.batch_model.rowCount() == 3,
                    timeout=10_000)
    statuses = {page.batch_model.row_at(i).status for i in range(3)}
    assert statuses == {DispatchStatus.SENT, DispatchStatus.FAILED}
    qtmodeltester.check(page.batch_model, force_py=True)


# --- an error in the middle of a send leaves the page usable -----------------------------------------

def _send_all(page, qtbot, monkeypatch) -> None:
    monkeypatch.setattr(messages, "ask", lambda parent, text: True)
    page.table.select_all_button.click()
    page.preview_check.setChecked(False)
    page.send_button.click()


def _batches(gui_db) -> list:
    from desktop_app.services import sending

    with gui_db.session_factory() as s:
        return sending.list_batches(s)


def test_a_failing_service_call_leaves_the_page_usable_and_keeps_no_empty_batch(page, qtbot, gui_db, smtp,
                                                                                 monkeypatch):
    import sys

    from desktop_app.services import sending

    crashes: list[BaseException] = []
    behind: list[bool] = []

    def crash_dialog(t, e, tb):  # the crash dialog is modal: the event loop runs while the clerk reads it
        crashes.append(e)
        qtbot.wait(800)
        behind.append(any(isinstance(w, QProgressDialog) and w.isVisible() for w in QApplication.allWidgets()))

    monkeypatch.setattr(sys, "excepthook", crash_dialog)

    def broken(session, ids):
        time.sleep(0.6)  # long enough for the progress window to show
        raise RuntimeError("the documents could not be made")

    monkeypatch.setattr(sending.outbox, "_documents", broken)
    _send_all(page, qtbot, monkeypatch)
    qtbot.waitUntil(lambda: bool(behind), timeout=20_000)
    assert isinstance(crashes[0], RuntimeError)
    assert behind == [False]  # no progress window left open behind the error
    qtbot.waitUntil(lambda: page.model.rowCount() == 3, timeout=10_000)
    page.table.select_all_button.click()  # the clerk selects again: every button works
    assert page.send_button.isEnabled() and page.pdf_only_button.isEnabled() and page.switch_button.isEnabled()
    assert _batches(gui_db) == [] and smtp.inbox.messages == []
    monkeypatch.undo()  # the service works again: the same page sends
    monkeypatch.setattr(messages, "ask", lambda parent, text: True)
    with qtbot.waitSignal(page.sent, timeout=30_000):
        page.send_button.click()
    assert len(smtp.inbox.messages) == 3
    _boxes()


def test_a_transport_failing_mid_batch_shows_delivery_unknown_with_resend_and_mark_sent(page, qtbot, gui_db, smtp,
                                                                                        monkeypatch):
    import sys

    from desktop_app.services import sending

    crashes: list[BaseException] = []
    monkeypatch.setattr(sys, "excepthook", lambda t, e, tb: crashes.append(e))
    real = sending.SmtpTransport.send
    calls = [0]

    def failing(self, message):  # the second email: the connection breaks in a way nobody expected
        calls[0] += 1
        if calls[0] == 2:
            raise RuntimeError("connection object vanished")
        real(self, message)

    monkeypatch.setattr(sending.SmtpTransport, "send", failing)
    _send_all(page, qtbot, monkeypatch)
    qtbot.waitUntil(lambda: bool(crashes), timeout=20_000)
    qtbot.waitUntil(lambda: page.model.rowCount() == 2 and not page._busy, timeout=10_000)
    [batch] = _batches(gui_db)
    assert batch.interrupted and (batch.sent, batch.failed) == (1, 1)
    qtbot.waitUntil(lambda: "(interrupted)" in page.batches_combo.itemText(0), timeout=10_000)  # read after the list
    rows = [page.model.row_at(i) for i in range(2)]
    unknown = next(i for i, r in enumerate(rows) if r.delivery_unknown)
    assert page.model.problem_text(rows[unknown]).startswith("Delivery unknown")
    assert page.unknown_banner.isVisible() and "Delivery unknown for 1 email" in page.unknown_banner.text()
    page.table.view.selectRow(unknown)
    assert page.resend_button.isEnabled() and page.mark_sent_button.isEnabled() and not page.send_button.isEnabled()
    with qtbot.waitSignal(page.list_shown, timeout=10_000):
        page.mark_sent_button.click()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=10_000)
    assert not page.unknown_banner.isVisible() and len(smtp.inbox.messages) == 1
    assert any("1 email marked sent." in t for t in _boxes())


def test_resend_sends_a_delivery_unknown_email_again(page, qtbot, gui_db, smtp, monkeypatch):
    import sys

    from desktop_app.services import sending

    monkeypatch.setattr(sys, "excepthook", lambda t, e, tb: None)
    monkeypatch.setattr(sending.SmtpTransport, "send", lambda self, m: (_ for _ in ()).throw(RuntimeError("x")))
    _send_all(page, qtbot, monkeypatch)
    qtbot.waitUntil(lambda: page.unknown_banner.isVisible() and not page._busy, timeout=20_000)
    monkeypatch.undo()
    asked: list[str] = []
    monkeypatch.setattr(messages, "ask", lambda parent, text: asked.append(text) or True)
    page.table.select_all_button.click()
    with qtbot.waitSignal(page.sent, timeout=30_000) as sent:
        page.resend_button.click()
    assert asked[0].startswith("Send 1 email of delivery unknown again?")
    assert len(sent.args[0].sent) == 1 and sent.args[0].resent_after_crash == 1 and len(smtp.inbox.messages) == 1
    _boxes()


# --- settings the send needs are asked before the confirmation and can be set here --------------------

@pytest.fixture
def unconfigured_page(main_window, gui_db, ctx, qtbot):
    ss.billed(gui_db, ctx.actor, ss.email_customers(2))
    page = main_window.sending_page
    with qtbot.waitSignal(page.list_shown, timeout=10_000):
        main_window.tabs.setCurrentWidget(page)
    return page


def test_a_missing_smtp_server_is_said_before_the_confirmation_and_opens_the_settings(unconfigured_page, qtbot,
                                                                                      monkeypatch, ctx, gui_db):
    page = unconfigured_page
    accountant = ensure_user(gui_db.session_factory, "anna.accountant", Role.ACCOUNTANT)
    monkeypatch.setattr(ctx, "actor", accountant)
    asked: list[str] = []
    monkeypatch.setattr(messages, "ask", lambda parent, text: asked.append(text) or True)
    page.table.select_all_button.click()
    page.preview_check.setChecked(False)
    page.send_button.click()
    qtbot.waitUntil(lambda: getattr(page, "settings_dialog", None) is not None, timeout=10_000)
    assert asked == ["Sending by email needs the SMTP server, which is not set. Open the sending settings now?"]
    dialog = page.settings_dialog
    qtbot.waitUntil(lambda: dialog.settings is not None, timeout=10_000)
    assert dialog.isVisible() and dialog.focus_key == "smtp.host" and not dialog.host.isReadOnly()
    with smtp_server() as smtp:
        dialog.host.setText("127.0.0.1")
        dialog.port.setValue(smtp.port)
        dialog.security.setCurrentIndex(dialog.security.findData("none"))
        with qtbot.waitSignal(dialog.saved, timeout=10_000):
            dialog.save_button.click()
        from desktop_app.services import sending

        with gui_db.session_factory() as s:
            assert sending.missing_settings(s, Channel.EMAIL) == ()
            assert sending.smtp_config(s).port == smtp.port
        page.table.select_all_button.click()
        with qtbot.waitSignal(page.sent, timeout=30_000):
            page.send_button.click()
        assert asked[-1] == "Send 2 invoices on the channel EMAIL now?" and len(smtp.inbox.messages) == 2
    _boxes()


def smtp_server():
    return ss.SmtpServer()


def test_a_clerk_sees_the_sending_settings_read_only(unconfigured_page, qtbot):
    page = unconfigured_page
    page.settings_button.click()
    dialog = page.settings_dialog
    qtbot.waitUntil(lambda: dialog.settings is not None, timeout=10_000)
    assert dialog.host.isReadOnly() and dialog.outbox.isReadOnly() and not dialog.security.isEnabled()
    assert not dialog.outbox_button.isEnabled() and not dialog.save_button.isEnabled()
    assert dialog.note.isVisible() and "Only an accountant" in dialog.note.text()
    dialog.close()


# --- previews say how many they show; a letter shows its recipient's name ----------------------------

def test_the_preview_says_it_shows_the_first_20_of_all(main_window, gui_db, ctx, qtbot):
    ss.billed(gui_db, ctx.actor, ss.email_customers(23))
    page = main_window.sending_page
    with qtbot.waitSignal(page.list_shown, timeout=10_000):
        main_window.tabs.setCurrentWidget(page)
    page.table.select_all_button.click()
    with qtbot.waitSignal(page.preview_shown, timeout=60_000):
        page.send_button.click()
    dialog = page.preview_dialog
    assert dialog.list.count() == 20
    assert dialog.count_label.text() == "Showing the first 20 of 23 documents; all 23 are sent when Preview is off."
    dialog.close()


def test_a_letter_shows_the_recipients_name_with_the_address(page, qtbot):
    with qtbot.waitSignal(page.list_shown, timeout=10_000):
        page.channel_buttons[Channel.PAPER].click()
    row = page.model.row_at(0)
    assert row.address == "Kirje Kalle, Kauppakatu 1, 00100 Helsinki"
    page.table.select_all_button.click()
    with qtbot.waitSignal(page.preview_shown, timeout=20_000):
        page.send_button.click()
    dialog = page.preview_dialog
    assert dialog.text.toPlainText() == "A printed letter to:\nKirje Kalle\nKauppakatu 1\n00100 Helsinki"
    assert dialog.list.item(0).text().endswith("→ Kirje Kalle, Kauppakatu 1, 00100 Helsinki")
    assert dialog.count_label.text() == "1 document would go out."
    dialog.close()


def test_a_refused_setting_is_said_and_its_field_gets_the_cursor(unconfigured_page, qtbot, monkeypatch, ctx, gui_db):
    page = unconfigured_page
    monkeypatch.setattr(ctx, "actor", ensure_user(gui_db.session_factory, "anna.accountant", Role.ACCOUNTANT))
    page.settings_button.click()
    dialog = page.settings_dialog
    qtbot.waitUntil(lambda: dialog.settings is not None, timeout=10_000)
    dialog.port.setFocus()
    dialog.host.setText("not a host!")
    dialog.save_button.click()
    qtbot.waitUntil(lambda: bool([t for t in _boxes() if "not a server name" in t]), timeout=10_000)
    assert dialog.isVisible() and dialog.save_button.isEnabled() and dialog.focusWidget() is dialog.host
    from desktop_app.services import sending

    with gui_db.session_factory() as s:
        assert sending.missing_settings(s, Channel.EMAIL) == ("smtp.host",)  # nothing was saved
    dialog.close()


def test_opening_the_tab_resolves_the_claim_of_a_send_whose_program_died(main_window, gui_db, ctx, qtbot):
    import os
    import socket
    import subprocess
    import sys

    from desktop_app.models import Dispatch, SendingBatch
    from desktop_app.models.enums import DispatchStatus

    ids = ss.billed(gui_db, ctx.actor, ss.email_customers(2))
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True,
                          check=True).stdout.strip()  # a process that has ended: the owner of the stopped send
    with gui_db.session_factory() as s:
        batch = SendingBatch(channel=Channel.EMAIL, owner=f"{socket.gethostname()}:{dead}")
        s.add(batch)
        s.flush()
        s.add(Dispatch(invoice_id=ids[0], channel=Channel.EMAIL, batch_id=batch.id, status=DispatchStatus.PENDING,
                       attempts=1))
        s.commit()
    assert int(dead) != os.getpid()
    page = main_window.sending_page
    with qtbot.waitSignal(page.list_shown, timeout=10_000):
        main_window.tabs.setCurrentWidget(page)
    assert page.model.rowCount() == 2 and page.unknown_banner.isVisible()
    assert [page.model.row_at(i).delivery_unknown for i in range(2)] == [True, False]
