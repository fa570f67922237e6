"""The Invoices tab (SPEC W3) as a clerk uses it: fetch reminder candidates #1 and #2, read why the others
are not eligible, select all, create the reminders (OK/Cancel, progress with Cancel), find them in the
Sending tab, and transfer what is still unpaid after reminder #2 to collection and export it."""

from __future__ import annotations

import csv
import datetime as dt
import threading

import pytest
from openpyxl import load_workbook
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton
from sqlalchemy import select, update

from desktop_app.models import Customer, Invoice
from desktop_app.models.enums import Channel, CustomerKind, InvoiceKind, InvoiceStatus
from desktop_app.services import reminders
from desktop_app.services.foundation.uow import UnitOfWork
from desktop_app.views.common import messages
from desktop_app.views.reminders.invoices_page import InvoicesPage
from tests.gui.support import close_message_boxes
from tests.integration.billing_support import customer
from tests.integration.payment_support import invoice
from tests.integration.reminder_support import send_letters

D = dt.date
TODAY = D(2026, 11, 24)  # the ctx fixture's business date


@pytest.fixture
def books(gui_db, ctx):
    """Overdue invoices of every kind the guide mentions; returns customer name -> invoice id.

    Aho (person) and Yritys (company) are due for reminder #1; Berg only 10 days overdue; Kielto has the
    no-reminders flag; Toinen got reminder #1 on 20.10. (due 3.11.), so it is due for #2; Perintä got
    #1 and #2 (due 3.11.) and is unpaid: a collection candidate.
    """
    specs = [("Aho Anna", CustomerKind.PERSON, 4990, D(2026, 11, 4)),
             ("Berg Bo", CustomerKind.PERSON, 2500, D(2026, 11, 14)),
             ("Yritys Oy", CustomerKind.COMPANY, 12400, D(2026, 11, 1)),
             ("Kielto Kalle", CustomerKind.PERSON, 3000, D(2026, 11, 1)),
             ("Toinen Toni", CustomerKind.PERSON, 5489, D(2026, 10, 1)),
             ("Perintä Pertti", CustomerKind.PERSON, 7000, D(2026, 9, 1))]
    ids: dict[str, int] = {}
    with UnitOfWork(gui_db.session_factory) as uow:
        for name, kind, cents, due in specs:
            c = customer(uow.session, name=name, kind=kind)
            ids[name] = invoice(uow.session, ctx.actor, c, cents, invoice_date=due - dt.timedelta(days=14),
                                due_date=due).id
            if name == "Kielto Kalle":
                uow.session.execute(update(Customer).where(Customer.id == c.id).values(no_reminders=True))
        uow.commit()
    factory = gui_db.session_factory
    for level, name, on in ((1, "Toinen Toni", D(2026, 10, 20)), (1, "Perintä Pertti", D(2026, 9, 20)),
                            (2, "Perintä Pertti", D(2026, 10, 20))):
        made = reminders.create_reminders(factory, ctx.actor, level, [ids[name]], on)
        assert len(made.created) == 1, (level, name)
        # the clerk sends each reminder: #2 follows only a sent #1, collection only a sent #2
        assert send_letters(gui_db, ctx.actor, [r.reminder_id for r in made.created]) == 1
    return ids


@pytest.fixture
def page(main_window, qtbot, books):
    page = main_window.invoices_page
    main_window.tabs.setCurrentWidget(page)
    return page


_boxes = close_message_boxes


def _fetch(page, qtbot, level: int) -> None:
    with qtbot.waitSignal(page.list_shown, timeout=10_000):
        (page.fetch1_button if level == 1 else page.fetch2_button).click()


def _names(model) -> list[str]:
    return sorted(model.row_at(r).customer_name for r in range(model.rowCount()))


def _reminders(gui_db, level: int) -> dict[int, Invoice]:
    """Reminded invoice id -> its reminder of ``level``."""
    with UnitOfWork(gui_db.session_factory) as uow:
        found = uow.session.scalars(select(Invoice).where(Invoice.kind == InvoiceKind.REMINDER,
                                                          Invoice.reminder_level == level)).all()
        uow.session.expunge_all()
        return {r.parent_invoice_id: r for r in found}


def test_the_invoices_tab_is_the_second_and_its_page_fits_a_small_window(main_window):
    assert main_window.tabs.tabText(1) == "Invoices" and main_window.tabs.widget(1) is main_window.invoices_page
    assert main_window.invoices_page.minimumSizeHint().width() < 640
    assert main_window.invoices_page.sections.tabText(0) == "Payment reminders"


def test_fetch_1_lists_the_eligible_and_the_switch_shows_the_others_with_the_reason(page, qtbot, books):
    assert not page.create_button.isEnabled()
    _fetch(page, qtbot, 1)
    m = page.model
    assert _names(m) == ["Aho Anna", "Yritys Oy"]
    assert page.count_banner.isVisible()
    # Toinen and Perintä already have their #1: counted as such, not as "not yet"
    assert page.count_banner.text() == "2 invoices can get payment reminder #1; 2 already reminded; 2 not eligible yet."
    aho = next(r for r in range(m.rowCount()) if m.row_at(r).customer_name == "Aho Anna")
    cells = {c.name: m.data(m.index(aho, c)) for c in m.Columns}
    assert (cells["CUSTOMER_KIND"], cells["DUE_DATE"], cells["DAYS_OVERDUE"], cells["OPEN"], cells["FEE"]) == (
        "Person", "04/11/2026", "20", "€49.90", "€5.00")
    assert cells["REMINDER_DUE"] == "08/12/2026"
    assert page.table.view.isColumnHidden(m.Columns.PREVIOUS_NUMBER)  # level 1 has no previous reminder
    company = next(r for r in range(m.rowCount()) if m.row_at(r).customer_name == "Yritys Oy")
    assert m.data(m.index(company, m.Columns.FEE)) == "€10.00"
    # The switch: the invoices that are not eligible, each with the reason, in the UI language.
    page.not_eligible_check.setChecked(True)
    assert page.candidate_stack.currentWidget() is page.not_eligible_table
    n = page.not_eligible_model
    reasons = {n.row_at(r).customer_name: n.data(n.index(r, n.Columns.REASON)) for r in range(n.rowCount())}
    toni_r1 = _reminders(page.ctx.database, 1)[books["Toinen Toni"]].number
    assert reasons["Berg Bo"] == "Overdue 10 days; a reminder #1 is possible from 28/11/2026."
    assert reasons["Kielto Kalle"] == "The customer has the no-reminders flag."
    assert reasons["Toinen Toni"] == f"Already reminded (#1, invoice {toni_r1})."
    assert len(reasons) == 4
    page.not_eligible_table.select_all_button.click()
    assert not page.create_button.isEnabled()  # reminders are made from the eligible list only
    page.not_eligible_check.setChecked(False)


def test_a_customer_number_opens_the_customer_card(main_window, page, qtbot, books):
    _fetch(page, qtbot, 1)
    row = page.model.row_at(0)
    page.table.link_clicked.emit(row, page.model.Columns.CUSTOMER_NUMBER)
    assert main_window.tabs.currentWidget().tab_key == ("customer", row.customer_id)


def test_select_all_create_asks_then_says_how_many_and_they_wait_in_the_sending_tab(
        main_window, page, qtbot, gui_db, books, monkeypatch):
    asked: list[str] = []
    monkeypatch.setattr(messages, "ask", lambda parent, text: asked.append(text) or True)
    _fetch(page, qtbot, 1)
    page.table.select_all_button.click()
    assert page.create_button.isEnabled() and page.create_button.text() == "Create payment reminder #1"
    assert page.selection_label.text() == "2 selected: reminder fees €15.00, interest €0.00."
    with qtbot.waitSignal(page.created, timeout=20_000) as done, qtbot.waitSignal(page.list_shown, timeout=20_000):
        page.create_button.click()
    assert asked == ["Create 2 payment reminders #1? Reminder fees €15.00 will be posted.\nThe reminders ask "
                     "€188.90 in all: open invoices €173.90, reminder fees and interest €15.00."]
    result = done.args[0]
    assert len(result.created) == 2 and not result.cancelled
    (text,) = _boxes()
    lines = text.splitlines()
    assert lines[0] == "2 payment reminders created"
    assert lines[1] == "Payment reminder #1: reminder fees €15.00 and late-payment interest €0.00 were posted."
    assert "Sending tab" in lines[2]
    made = _reminders(gui_db, 1)
    assert {books["Aho Anna"], books["Yritys Oy"]} <= set(made)
    assert made[books["Aho Anna"]].total_cents == 500 and made[books["Yritys Oy"]].total_cents == 1000
    assert page.model.rowCount() == 0  # re-fetched: nobody is due for #1 any more
    assert page.count_banner.text().startswith("0 invoices can get payment reminder #1;")
    # The reminders are sent like invoices, on the customer's channel (paper here).
    sending = main_window.sending_page
    with qtbot.waitSignal(sending.list_shown, timeout=10_000):
        main_window.tabs.setCurrentWidget(sending)
    with qtbot.waitSignal(sending.list_shown, timeout=10_000):
        sending.set_channel(Channel.PAPER)
    unsent = {sending.model.row_at(r).number: sending.model.row_at(r) for r in range(sending.model.rowCount())}
    for reminder in (made[books["Aho Anna"]], made[books["Yritys Oy"]]):
        assert unsent[reminder.number].kind == InvoiceKind.REMINDER
    # ... each asking what its letter asks: the open invoice and the fee (49,90 + 5,00), not the fee alone
    assert unsent[made[books["Aho Anna"]].number].total_cents == 4990 + 500


def test_cancel_in_the_confirmation_creates_nothing(page, qtbot, gui_db, books, monkeypatch):
    monkeypatch.setattr(messages, "ask", lambda parent, text: False)
    _fetch(page, qtbot, 1)
    page.table.select_all_button.click()
    page.create_button.click()
    qtbot.wait(300)
    assert set(_reminders(gui_db, 1)) == {books["Toinen Toni"], books["Perintä Pertti"]}
    assert page.model.rowCount() == 2 and _boxes() == []


def test_cancel_in_the_progress_bar_saves_nothing(page, qtbot, gui_db, books, monkeypatch):
    monkeypatch.setattr(messages, "ask", lambda parent, text: True)
    _fetch(page, qtbot, 1)
    page.table.select_all_button.click()
    release = threading.Event()
    page.ctx.tasks.run(lambda control: release.wait(10))  # hold the worker so Cancel comes first
    page.create_button.click()
    assert not page.create_button.isEnabled()
    page.progress_dialog.findChild(QPushButton).click()  # the dialog's Cancel
    release.set()
    qtbot.waitUntil(lambda: page.progress_task.done, timeout=10_000)
    assert _boxes() == ["Cancelled: no payment reminders were created."]
    assert set(_reminders(gui_db, 1)) == {books["Toinen Toni"], books["Perintä Pertti"]}
    assert page.create_button.isEnabled()


def test_an_invoice_paid_meanwhile_is_listed_with_the_reason(page, qtbot, gui_db, books, monkeypatch):
    monkeypatch.setattr(messages, "ask", lambda parent, text: True)
    _fetch(page, qtbot, 1)
    with UnitOfWork(gui_db.session_factory) as uow:  # another desk: Aho paid after the fetch
        uow.session.execute(update(Invoice).where(Invoice.id == books["Aho Anna"])
                            .values(paid_cents=Invoice.total_cents, status=InvoiceStatus.PAID))
        uow.commit()
    page.table.select_all_button.click()
    with qtbot.waitSignal(page.created, timeout=20_000):
        page.create_button.click()
    (text,) = _boxes()
    assert text.startswith("1 payment reminder created\n")
    number = page.last_result.not_eligible[0].invoice_number
    assert f"1 selected invoice got no reminder:\nInvoice {number} (customer " in text
    assert text.endswith("The invoice is not open any more.")


def test_reminder_2_after_reminder_1_shows_reminder_1_and_creates_one(page, qtbot, gui_db, books, monkeypatch):
    asked: list[str] = []
    monkeypatch.setattr(messages, "ask", lambda parent, text: asked.append(text) or True)
    _fetch(page, qtbot, 2)
    m = page.model
    assert _names(m) == ["Toinen Toni"]
    assert page.create_button.text() == "Create payment reminder #2"
    assert not page.table.view.isColumnHidden(m.Columns.PREVIOUS_NUMBER)
    first = _reminders(gui_db, 1)[books["Toinen Toni"]]
    assert (m.data(m.index(0, m.Columns.PREVIOUS_NUMBER)), m.data(m.index(0, m.Columns.PREVIOUS_DATE))) == (
        str(first.number), "20/10/2026")
    page.table.select_all_button.click()
    with qtbot.waitSignal(page.created, timeout=20_000), qtbot.waitSignal(page.list_shown, timeout=20_000):
        page.create_button.click()
    assert asked == ["Create 1 payment reminder #2? Reminder fees €5.00 will be posted.\nThe reminders ask €59.89 "
                     "in all: open invoices €54.89, reminder fees and interest €5.00."]
    (text,) = _boxes()
    assert text.splitlines()[0] == "1 payment reminder created"
    second = _reminders(gui_db, 2)[books["Toinen Toni"]]
    assert (second.total_cents, second.due_date) == (500, TODAY + dt.timedelta(days=14))


def test_a_zero_fee_says_why_in_its_tooltip(qtbot, ctx, gui_db):
    with UnitOfWork(gui_db.session_factory) as uow:  # 14 days overdue: a reminder, but no fee yet for a consumer
        c = customer(uow.session, name="Neljätoista Niina")
        invoice(uow.session, ctx.actor, c, 2000, invoice_date=D(2026, 10, 27), due_date=D(2026, 11, 10))
        uow.commit()
    page = InvoicesPage(ctx)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.list_shown, timeout=10_000):
        page.fetch(1)
    m = page.model
    assert m.data(m.index(0, m.Columns.FEE)) == "€0.00"
    from PySide6.QtCore import Qt

    assert m.data(m.index(0, m.Columns.FEE), Qt.ItemDataRole.ToolTipRole) == (
        "No fee: only 14 days since the due date; more than 14 are required.")


def test_collection_transfer_asks_and_the_export_writes_csv_and_xlsx(page, qtbot, gui_db, books, tmp_path,
                                                                   monkeypatch):
    asked: list[str] = []
    monkeypatch.setattr(messages, "ask", lambda parent, text: asked.append(text) or True)
    with qtbot.waitSignal(page.list_shown, timeout=10_000):
        page.collection_fetch_button.click()
    assert page.sections.currentIndex() == page.COLLECTION
    m = page.collection_model
    assert _names(m) == ["Perintä Pertti"]
    cells = {c.name: m.data(m.index(0, c)) for c in m.Columns}
    assert (cells["OPEN"], cells["FEES_OPEN"], cells["REMINDER1_DATE"], cells["REMINDER2_DATE"]) == (
        "€70.00", "€10.00", "20/09/2026", "20/10/2026")
    assert cells["STATUS"] == "Open"
    assert page.collection_banner.text() == (
        "1 invoice is unpaid after reminder #2: open €70.00, reminder fees open €10.00.")
    assert not page.transfer_button.isEnabled() and not page.export_button.isEnabled()
    page.collection_table.select_all_button.click()
    with qtbot.waitSignal(page.changed, timeout=10_000) as done:
        page.transfer_button.click()
    assert asked == ["Transfer 1 invoice to collection? Open €70.00 and reminder fees €10.00 go to the "
                     "collection agency."]
    assert done.args[0].startswith("1 invoice transferred to collection.")
    assert _boxes() == [done.args[0]]
    with UnitOfWork(gui_db.session_factory) as uow:
        inv = uow.session.get(Invoice, books["Perintä Pertti"])
        assert inv.status == InvoiceStatus.COLLECTION and inv.collection_transferred_at is not None
        number = inv.number
    # The transferred row stays, selected, for the export; it cannot be transferred twice.
    assert m.data(m.index(0, m.Columns.STATUS)) == "In collection"
    assert not page.transfer_button.isEnabled() and page.export_button.isEnabled()
    csv_path, xlsx_path = tmp_path / "collection.csv", tmp_path / "collection.xlsx"
    with qtbot.waitSignal(page.changed, timeout=10_000) as exported:
        page.export_collection(csv_path)
    assert exported.args[0] == f"1 invoice written to {csv_path}."
    _boxes()
    rows = list(csv.reader(csv_path.open(encoding="utf-8-sig"), delimiter=","))
    assert rows[0] == reminders.collection_headers("en")
    row = dict(zip(rows[0], rows[1], strict=True))
    assert (row["Name"], row["Invoice number"], row["Open amount"], row["Reminder fees open"]) == (
        "Perintä Pertti", str(number), "70.00", "10.00")
    with qtbot.waitSignal(page.changed, timeout=10_000):
        page.export_collection(xlsx_path)
    _boxes()
    values = [[c.value for c in r] for r in load_workbook(xlsx_path).active.iter_rows()]
    got = dict(zip(values[0], values[1], strict=True))
    assert got["Invoice number"] == number and got["Open amount"] == 70 and got["Reminder fees open"] == 10
    # Fetched again, it is gone: it is in collection now.
    with qtbot.waitSignal(page.list_shown, timeout=10_000):
        page.fetch_collection()
    assert m.rowCount() == 0


def test_a_transfer_of_an_invoice_paid_meanwhile_is_refused_and_changes_nothing(page, qtbot, gui_db, books,
                                                                               monkeypatch):
    monkeypatch.setattr(messages, "ask", lambda parent, text: True)
    with qtbot.waitSignal(page.list_shown, timeout=10_000):
        page.fetch_collection()
    with UnitOfWork(gui_db.session_factory) as uow:
        uow.session.execute(update(Invoice).where(Invoice.id == books["Perintä Pertti"])
                            .values(paid_cents=Invoice.total_cents, status=InvoiceStatus.PAID))
        uow.commit()
    page.collection_table.select_all_button.click()
    page.transfer_button.click()
    qtbot.waitUntil(lambda: any(isinstance(w, QMessageBox) and w.isVisible() for w in QApplication.topLevelWidgets()),
                    timeout=10_000)
    (text,) = _boxes()
    assert "It has been paid." in text and "Nothing was transferred." in text
    assert page.transfer_button.isEnabled()


def test_the_export_dialog_proposes_collection_and_the_date(page, qtbot, books, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    offered: list[str] = []

    def save_name(parent, caption, directory, filters):
        offered.append(directory)
        return str(tmp_path / "agency"), "CSV for spreadsheets (*.csv)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_name)
    with qtbot.waitSignal(page.list_shown, timeout=10_000):
        page.fetch_collection()
    page.collection_table.select_all_button.click()
    with qtbot.waitSignal(page.changed, timeout=10_000):
        page.export_button.click()
    assert offered[0].endswith("collection_20261124.xlsx")
    assert (tmp_path / "agency.csv").exists()
    _boxes()


def test_ctrl_f_focuses_the_filter_of_the_list_shown(main_window, page, qtbot, books):
    _fetch(page, qtbot, 1)
    main_window.activateWindow()
    page.focus_filter()
    assert QApplication.focusWidget() is page.table.filter_edit
    page.not_eligible_check.setChecked(True)
    page.focus_filter()
    assert QApplication.focusWidget() is page.not_eligible_table.filter_edit
    page.sections.setCurrentIndex(page.COLLECTION)
    page.focus_filter()
    assert QApplication.focusWidget() is page.collection_table.filter_edit


def test_every_invoices_model_passes_the_qt_model_tester(page, qtbot, books, qtmodeltester):
    _fetch(page, qtbot, 1)
    with qtbot.waitSignal(page.list_shown, timeout=10_000):
        page.fetch_collection()
    for model in (page.model, page.not_eligible_model, page.collection_model):
        assert model.rowCount() > 0
        qtmodeltester.check(model, force_py=True)



def test_fetching_2_after_creating_1_drops_the_result_of_1_and_counts_the_reminded_apart(
        page, qtbot, gui_db, books, monkeypatch):
    monkeypatch.setattr(messages, "ask", lambda parent, text: True)
    _fetch(page, qtbot, 1)
    page.table.select_all_button.click()
    with qtbot.waitSignal(page.created, timeout=20_000), qtbot.waitSignal(page.list_shown, timeout=20_000):
        page.create_button.click()
    _boxes()
    assert page.reminder_banner.isVisible()  # the run's result stays over the list fetched again after it
    assert page.reminder_banner.text().startswith("2 payment reminders created")
    _fetch(page, qtbot, 2)
    assert not page.reminder_banner.isVisible()
    # Toinen's #1 went out: eligible; Perintä has its #2; today's #1s of Aho and Yritys are not sent yet.
    assert page.count_banner.text() == "1 invoice can get payment reminder #2; 1 already reminded; 4 not eligible yet."
    n = page.not_eligible_model
    reasons = {n.row_at(r).customer_name: n.data(n.index(r, n.Columns.REASON)) for r in range(n.rowCount())}
    aho_r1 = _reminders(gui_db, 1)[books["Aho Anna"]].number
    assert reasons["Aho Anna"] == (f"Reminder #1 {aho_r1} has not been sent yet; #2 counts from its due date once "
                                   "it has gone out.")


MISSING = "No reference rate has been entered for the half-year 01/07/2026–31/12/2026, so no late-payment interest " \
          "is calculated for its days."


def test_a_clerk_is_told_to_ask_an_accountant_for_a_missing_reference_rate(page, qtbot):
    _fetch(page, qtbot, 1)
    qtbot.waitUntil(page.rate_banner.isVisible, timeout=10_000)  # 24.11.2026: H2/2026 has no rate in the legal data
    assert page.rate_banner.text() == MISSING + " Ask an accountant to enter the rate the Bank of Finland announced for it."
    assert not page.rate_button.isVisible()


def test_an_accountant_enters_the_missing_reference_rate_from_the_banner(qtbot, ctx, gui_db, books):
    import dataclasses

    from PySide6.QtWidgets import QDialogButtonBox

    from desktop_app.models.enums import Role
    from desktop_app.services.foundation import rates
    from desktop_app.services.foundation.setup import ensure_user

    accountant = ensure_user(gui_db.session_factory, "anna.accountant", Role.ACCOUNTANT)
    page = InvoicesPage(dataclasses.replace(ctx, actor=accountant))
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    _fetch(page, qtbot, 1)
    qtbot.waitUntil(page.rate_button.isVisible, timeout=10_000)
    assert page.rate_banner.text() == MISSING + " Enter the rate the Bank of Finland announced for it."
    assert page.rate_button.text() == "Enter reference rate…"
    aho = next(page.model.row_at(r) for r in range(page.model.rowCount()) if page.model.row_at(r).customer_name == "Aho Anna")
    assert aho.interest_cents == 0  # due 4.11.2026: every late day is in the half-year without a rate
    qtbot.wait(200)
    page.rate_button.click()
    dialog = page.rate_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.half_year_combo.currentText() == "01/07/2026–31/12/2026"  # the missing one is proposed
    dialog.percent_edit.setText("kaksi")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    qtbot.waitUntil(dialog.error.isVisible, timeout=10_000)
    assert dialog.error.text() == 'Enter the reference rate as a percentage, for example 2,25; "kaksi" is not one.'
    dialog.percent_edit.setText("2,25")
    with qtbot.waitSignal(dialog.saved, timeout=10_000), qtbot.waitSignal(page.list_shown, timeout=10_000):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    (text,) = _boxes()
    assert text.replace("\u00a0", " ") == ("The reference rate of 01/07/2026–31/12/2026 is 2.25 %: late-payment "
                                            "interest 9.25 % for consumers, 10.25 % between businesses.")
    qtbot.waitUntil(lambda: not page.rate_banner.isVisible(), timeout=10_000)
    assert not page.rate_button.isVisible() and not dialog.isVisible()
    with UnitOfWork(gui_db.session_factory) as uow:
        row = rates.rate_on(uow.session, TODAY)
        assert row is not None and row.rate_bp == 225
    aho = next(page.model.row_at(r) for r in range(page.model.rowCount()) if page.model.row_at(r).customer_name == "Aho Anna")
    assert aho.interest_cents == reminders.interest_cents([(4990, 925 * 20)])  # 20 days at 2.25 + 7 %


def test_the_reference_rate_dialog_refuses_a_clerk_with_the_reason(qtbot, ctx):
    from PySide6.QtWidgets import QDialogButtonBox

    from desktop_app.views.reminders.reference_rate_dialog import ReferenceRateDialog

    dialog = ReferenceRateDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.percent_edit.setText("2")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    qtbot.waitUntil(dialog.error.isVisible, timeout=10_000)
    assert "set the reference rate" in dialog.error.text() and dialog.isVisible()
