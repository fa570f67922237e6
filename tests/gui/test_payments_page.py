"""The Payments tab (SPEC W10) as a clerk uses it: import the bank file, read what matched, turn an
overpayment into credit balance, allocate by hand, undo, enter a payment, and a broken file."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox
from sqlalchemy import func, select

from desktop_app.models import Invoice, Payment
from desktop_app.models.enums import InvoiceStatus, PaymentStatus
from desktop_app.services import payments
from desktop_app.services.foundation.uow import UnitOfWork
from desktop_app.services.payments import camt054
from desktop_app.services.payments.camt054 import OutgoingEntry
from desktop_app.views.common import messages
from tests.gui.support import close_message_boxes
from tests.integration.billing_support import customer
from tests.integration.payment_support import invoice, problems

DAY = dt.date(2026, 11, 2)
BOOKED = dt.date(2026, 11, 20)


@pytest.fixture
def books(gui_db, ctx):
    with UnitOfWork(gui_db.session_factory) as uow:
        c = customer(uow.session, name="Aho Åsa")
        other = customer(uow.session, name="Berg Bo")
        invs = [invoice(uow.session, ctx.actor, c, t, invoice_date=DAY) for t in (4990, 1000, 2500)]
        invoice(uow.session, ctx.actor, other, 700, invoice_date=DAY)
        uow.commit()
        return c.customer_number, [(i.id, i.number, i.reference) for i in invs]


@pytest.fixture
def bank_file(tmp_path, books):
    _number, invs = books
    data = camt054.write_camt054([
        OutgoingEntry("E1", BOOKED, ((4990, invs[0][2], "AHO ÅSA", ""), (3000, invs[1][2], "AHO ÅSA", ""))),
        OutgoingEntry("E2", BOOKED, ((1234, "12344", "TUNTEMATON", ""),)),
    ], message_id="M1", account_iban="FI2112345600000785", created_at=dt.datetime(2026, 11, 20, tzinfo=dt.UTC))
    path = tmp_path / "camt054_2026-11-20.xml"
    path.write_bytes(data)
    return path


@pytest.fixture
def page(main_window, qtbot):
    page = main_window.payments_page
    with qtbot.waitSignal(page.list_shown, timeout=10_000):
        main_window.tabs.setCurrentWidget(page)
    return page


_boxes = close_message_boxes


def _import(page, qtbot, path: Path):
    with qtbot.waitSignal(page.imported, timeout=20_000) as got, qtbot.waitSignal(page.list_shown, timeout=20_000):
        page.import_file(path)
    return got.args[0]


def _select(page, predicate) -> None:
    view = page.table.view
    view.clearSelection()
    for r in range(page.model.rowCount()):
        if predicate(page.model.row_at(r)):
            view.selectRow(r)


def test_import_says_what_matched_and_lists_what_needs_handling(page, qtbot, bank_file, gui_db):
    result = _import(page, qtbot, bank_file)
    assert (result.payments, result.matched, result.overpaid, result.unmatched) == (3, 1, 1, 1)
    (text,) = _boxes()
    assert text.startswith("3 payments imported (")
    assert "1 matched, 0 partial, 1 overpaid, 1 unmatched." in text and "2 payments need handling." in text
    assert page.view == "needs_handling" and page.model.rowCount() == 2
    assert page.waiting_banner.isVisible() and "2 payments wait for handling" in page.waiting_banner.text()
    reasons = sorted(page.model.data(page.model.index(r, page.model.Columns.REASON)) for r in range(2))
    assert reasons[0] == "No invoice has the reference 12344." and reasons[1].startswith("Overpaid by €20.00: invoice")
    # The same file again imports nothing and says so.
    _import(page, qtbot, bank_file)
    (again,) = _boxes()
    assert "was already imported" in again and "3 payments were skipped" in again
    with UnitOfWork(gui_db.session_factory) as uow:
        assert uow.session.scalar(select(func.count()).select_from(Payment)) == 3


def test_an_overpayment_becomes_credit_balance_after_ok(page, qtbot, bank_file, gui_db, books, monkeypatch):
    _import(page, qtbot, bank_file)
    _boxes()
    asked: list[str] = []
    monkeypatch.setattr(messages, "ask", lambda parent, text: asked.append(text) or True)
    _select(page, lambda r: r.status == PaymentStatus.OVERPAID)
    assert page.balance_button.isEnabled() and page.allocate_button.isEnabled() and page.undo_button.isEnabled()
    with qtbot.waitSignal(page.changed, timeout=10_000) as done, qtbot.waitSignal(page.list_shown, timeout=10_000):
        page.balance_button.click()
    assert asked == ["Turn €20.00 of 1 payment into credit balance? The balance pays the customer's next invoices."]
    assert "turned into credit balance" in done.args[0]
    with UnitOfWork(gui_db.session_factory) as uow:
        cid = payments.customer_by_number(uow.session, books[0])
        assert payments.customer_balance(uow.session, cid).balance_cents == 2000
    assert page.model.rowCount() == 1


def test_cancel_in_the_confirmation_changes_nothing(page, qtbot, bank_file, gui_db, monkeypatch):
    _import(page, qtbot, bank_file)
    _boxes()
    monkeypatch.setattr(messages, "ask", lambda parent, text: False)
    _select(page, lambda r: r.status == PaymentStatus.OVERPAID)
    page.balance_button.click()
    qtbot.wait(200)
    with UnitOfWork(gui_db.session_factory) as uow:
        assert payments.open_payments_total(uow.session) == 2000 + 1234


def test_allocate_an_unmatched_payment_by_hand_then_undo_it(page, qtbot, bank_file, gui_db, books, monkeypatch):
    _import(page, qtbot, bank_file)
    _boxes()
    monkeypatch.setattr(messages, "ask", lambda parent, text: True)
    _select(page, lambda r: r.status == PaymentStatus.UNMATCHED)
    dialog = page.allocate()
    assert dialog is not None
    qtbot.waitUntil(lambda: "matches no customer" in dialog.error_label.text(), timeout=10_000)
    dialog.customer_edit.setText(str(books[0]))
    dialog.load_button.click()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=10_000)  # only the 25.00 invoice is open
    assert dialog.table.item(0, 4).text() == "12.34"  # proposed: all of it on the oldest open invoice
    dialog.table.item(0, 4).setText("99,00")
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    dialog.table.item(0, 4).setText("10,00")
    with qtbot.waitSignal(page.changed, timeout=10_000) as done:
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert done.args[0] == "€10.00 allocated to 1 invoice."
    _boxes()
    inv_id = books[1][2][0]
    with UnitOfWork(gui_db.session_factory) as uow:
        assert uow.session.get(Invoice, inv_id).paid_cents == 1000
        assert problems(uow.session) == []
    # Undo it from the recent list.
    with qtbot.waitSignal(page.list_shown, timeout=10_000):
        page.set_view("recent")
    _select(page, lambda r: r.reference == "12344")
    assert page.undo_button.isEnabled()
    with qtbot.waitSignal(page.changed, timeout=10_000) as undone:
        page.undo_button.click()
    assert undone.args[0] == "1 settlement undone."
    with UnitOfWork(gui_db.session_factory) as uow:
        assert uow.session.get(Invoice, inv_id).status == InvoiceStatus.OPEN
        assert problems(uow.session) == []


def test_a_file_that_is_not_a_bank_file_says_so_and_imports_nothing(page, qtbot, tmp_path, gui_db):
    path = tmp_path / "statement.pdf"
    path.write_bytes(b"%PDF-1.4 \x00\x01")
    page.import_file(path)
    qtbot.waitUntil(lambda: any(isinstance(w, QMessageBox) and w.isVisible() for w in QApplication.topLevelWidgets()),
                    timeout=10_000)
    (text,) = _boxes()
    assert "statement.pdf" in text and "camt.054" in text
    assert page.import_button.isEnabled()
    with UnitOfWork(gui_db.session_factory) as uow:
        assert uow.session.scalar(select(func.count()).select_from(Payment)) == 0


def test_enter_a_payment_by_hand(page, qtbot, books, gui_db, monkeypatch):
    monkeypatch.setattr(messages, "ask", lambda parent, text: True)
    dialog = page.enter_payment()
    dialog.amount.setText("abc")
    dialog._on_ok()
    assert dialog.error_label.text() == "abc is not an amount in euros; write it for example as 1234,50."
    dialog.amount.setText("49,90")
    dialog.reference.setText(books[1][0][2])
    with qtbot.waitSignal(page.changed, timeout=10_000) as done:
        dialog._on_ok()
    assert done.args[0] == f"Payment recorded. It paid invoice {books[1][0][1]}."
    with UnitOfWork(gui_db.session_factory) as uow:
        assert uow.session.get(Invoice, books[1][0][0]).status == InvoiceStatus.PAID


def test_a_wrong_reference_is_refused_next_to_the_form(page, qtbot, monkeypatch):
    monkeypatch.setattr(messages, "ask", lambda parent, text: True)
    dialog = page.enter_payment()
    dialog.amount.setText("10")
    dialog.reference.setText("12345")
    dialog._on_ok()
    qtbot.waitUntil(lambda: "not a valid" in dialog.error_label.text(), timeout=10_000)
    assert dialog.isVisible()


def test_the_payments_model_passes_the_qt_model_tester(page, qtbot, bank_file, qtmodeltester):
    _import(page, qtbot, bank_file)
    _boxes()
    qtmodeltester.check(page.model, force_py=True)


def test_the_payments_model_passes_the_qt_model_tester_in_every_list(page, qtbot, bank_file, qtmodeltester):
    _import(page, qtbot, bank_file)
    _boxes()
    qtmodeltester.check(page.model, force_py=True)  # and again at each reset: the tester stays connected
    for view in ("recent", "import", "needs_handling"):
        with qtbot.waitSignal(page.list_shown, timeout=10_000):
            page.set_view(view)
        assert page.model.rowCount() > 0, view


def test_the_customer_card_shows_the_balance_and_how_it_came_about(main_window, page, qtbot, bank_file, gui_db,
                                                                   books, monkeypatch):
    _import(page, qtbot, bank_file)
    _boxes()
    monkeypatch.setattr(messages, "ask", lambda parent, text: True)
    _select(page, lambda r: r.status == PaymentStatus.OVERPAID)
    with qtbot.waitSignal(page.changed, timeout=10_000), qtbot.waitSignal(page.list_shown, timeout=10_000):
        page.balance_button.click()
    _boxes()
    with UnitOfWork(gui_db.session_factory) as uow:
        cid = payments.customer_by_number(uow.session, books[0])
    card = main_window.open_customer(cid)
    qtbot.waitUntil(lambda: card.card is not None, timeout=10_000)
    assert card.saldo_value.text() == "€20.00"
    assert card.lists.tabText(3) == "Credit balance"
    m = card.balance_model
    assert m.rowCount() == 1
    assert [m.data(m.index(0, c)) for c in (m.Columns.CHANGE, m.Columns.BALANCE)] == ["€20.00", "€20.00"]


def test_demo_mode_offers_a_practice_bank_file(ctx, qtbot, books):
    from desktop_app.views.payments.page import PaymentsPage

    ctx.demo = True
    page = PaymentsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    assert page.practice_button.isVisible()
    with qtbot.waitSignal(page.imported, timeout=20_000) as got:
        page.practice_button.click()
    result = got.args[0]
    assert result.payments == 5 and result.unmatched == 1  # the four open invoices and one stranger
    _boxes()


def test_the_practice_button_is_not_there_outside_demo_mode(page):
    assert not page.practice_button.isVisible()


def test_the_customer_card_says_when_the_customers_payment_waits_for_handling(main_window, page, qtbot, bank_file,
                                                                               gui_db, books):
    _import(page, qtbot, bank_file)
    _boxes()
    with UnitOfWork(gui_db.session_factory) as uow:
        cid = payments.customer_by_number(uow.session, books[0])
    card = main_window.open_customer(cid)
    qtbot.waitUntil(lambda: card.card is not None, timeout=10_000)
    assert card.saldo_value.text() == "€0.00"
    assert card.saldo_hint.isVisibleTo(card)
    assert card.saldo_hint.text() == "€20.00 of the customer's payments waits for handling in the Payments tab."


# --- held payments (issue 10): possibly imported already, a return that names no original ----------

def _counter_file(tmp_path, name: str, message_id: str, pays) -> Path:
    """No archive ids anywhere and a restarting NtryRef, as some banks send them."""
    data = camt054.write_camt054([OutgoingEntry("1", BOOKED, tuple(pays), archive_ids=("",) * len(pays),
                                                entry_ref_is_counter=True)],
                                 message_id=message_id, account_iban="FI2112345600000785",
                                 created_at=dt.datetime(2026, 11, 20, tzinfo=dt.UTC))
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_payments_held_as_possibly_imported_are_accepted_or_discarded_after_ok(page, qtbot, tmp_path, gui_db, books,
                                                                              monkeypatch):
    _number, invs = books
    pays = [(4990, invs[0][2], "AHO ÅSA", ""), (1000, invs[1][2], "AHO ÅSA", "")]
    _import(page, qtbot, _counter_file(tmp_path, "intraday.xml", "NOTIF-INTRADAY", pays))
    _boxes()
    result = _import(page, qtbot, _counter_file(tmp_path, "eod.xml", "NOTIF-EOD", pays))
    assert (result.payments, result.possible_duplicates) == (0, 2)
    (text,) = _boxes()
    assert "2 payments were possibly imported already: held under Needs handling, nothing booked." in text
    assert page.view == "needs_handling" and page.model.rowCount() == 2
    asked: list[str] = []
    monkeypatch.setattr(messages, "ask", lambda parent, text: asked.append(text) or True)
    _select(page, lambda r: r.amount_cents == 4990)
    assert page.accept_button.isEnabled() and page.discard_button.isEnabled()
    assert not page.balance_button.isEnabled() and not page.return_button.isEnabled()
    with qtbot.waitSignal(page.changed, timeout=10_000) as done, qtbot.waitSignal(page.list_shown, timeout=10_000):
        page.discard_button.click()
    assert asked[-1] == ("Discard 1 payment as imported already (€49.90 in all)? Nothing of it is booked; it "
                         "stays listed as discarded.")
    assert done.args[0] == "1 payment discarded as a duplicate."
    _boxes()
    _select(page, lambda r: r.amount_cents == 1000)
    with qtbot.waitSignal(page.changed, timeout=10_000) as done, qtbot.waitSignal(page.list_shown, timeout=10_000):
        page.accept_button.click()
    assert done.args[0] == "1 payment booked."
    _boxes()
    assert page.model.rowCount() == 1  # the accepted one paid an invoice that was paid already: it waits
    with UnitOfWork(gui_db.session_factory) as uow:
        statuses = dict(uow.session.execute(select(Payment.amount_cents, Payment.status)
                                            .where(Payment.status.in_([PaymentStatus.DISCARDED,
                                                                       PaymentStatus.OVERPAID]))).all())
        assert statuses == {4990: PaymentStatus.DISCARDED, 1000: PaymentStatus.OVERPAID}
        assert uow.session.get(Invoice, invs[0][0]).paid_cents == 4990
        assert problems(uow.session) == []


def test_a_waiting_return_is_applied_to_the_payment_the_clerk_picks(page, qtbot, tmp_path, gui_db, books,
                                                                   monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    for n in (1, 2):
        data = camt054.write_camt054([OutgoingEntry(f"E{n}", BOOKED, ((5000, "", "AHO ÅSA", ""),))],
                                     message_id=f"M{n}", account_iban="FI2112345600000785",
                                     created_at=dt.datetime(2026, 11, 20, tzinfo=dt.UTC))
        (tmp_path / f"{n}.xml").write_bytes(data)
        _import(page, qtbot, tmp_path / f"{n}.xml")
        _boxes()
    back = camt054.write_camt054([OutgoingEntry("R1", BOOKED + dt.timedelta(days=1), ((5000, "", "AHO ÅSA", ""),),
                                                reversal=True)], message_id="R", account_iban="FI2112345600000785",
                                 created_at=dt.datetime(2026, 11, 21, tzinfo=dt.UTC))
    (tmp_path / "r.xml").write_bytes(back)
    result = _import(page, qtbot, tmp_path / "r.xml")
    assert result.returns_waiting == 1
    _boxes()
    _select(page, lambda r: r.status == PaymentStatus.RETURN)
    assert page.return_button.isEnabled() and not page.accept_button.isEnabled()
    offered: list[list[str]] = []

    def pick(parent, title, label, items, current, editable):
        offered.append(list(items))
        return items[-1], True

    monkeypatch.setattr(QInputDialog, "getItem", pick)
    monkeypatch.setattr(messages, "ask", lambda parent, text: True)
    with qtbot.waitSignal(page.changed, timeout=10_000) as done:
        page.return_button.click()
    [choices] = offered
    assert len(choices) == 2 and all("€50.00" in c and "AHO ÅSA" in c for c in choices)
    picked = int(choices[-1].split(":")[0].split()[-1])
    assert done.args[0] == f"Return applied: payment {picked} reversed."
    _boxes()
    with UnitOfWork(gui_db.session_factory) as uow:
        assert uow.session.get(Payment, picked).status == PaymentStatus.REVERSED
        assert problems(uow.session) == []


def test_a_5000_character_reference_is_listed_with_its_reason(page, qtbot, tmp_path, books):
    data = camt054.write_camt054([OutgoingEntry("E1", BOOKED, ((1234, "PLACEHOLDER", "AHO ÅSA", ""),))],
                                 message_id="LONG", account_iban="FI2112345600000785",
                                 created_at=dt.datetime(2026, 11, 20, tzinfo=dt.UTC))
    path = tmp_path / "long.xml"
    path.write_bytes(data.replace(b"PLACEHOLDER", b"7" * 5000))
    assert _import(page, qtbot, path).unmatched == 1
    _boxes()
    m = page.model
    [row] = [r for r in range(m.rowCount()) if m.row_at(r).amount_cents == 1234]
    reason = m.data(m.index(row, m.Columns.REASON))
    assert reason.startswith("The reference 7777") and reason.endswith("is not a valid Finnish or RF reference number.")
    assert len(m.data(m.index(row, m.Columns.REFERENCE))) == 35
