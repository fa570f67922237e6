"""The Billing tab (SPEC W4) driven as a clerk does: fetch, fix errors, select, preview, run, summary."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy import func, select

from desktop_app.models import Customer, Invoice
from desktop_app.models.enums import Channel, ProductKind, VatClass
from desktop_app.services import customers as customer_service
from desktop_app.views.billing.flow import Step
from desktop_app.views.common import messages
from tests.integration import billing_support as w

D = dt.date


@pytest.fixture
def world(gui_db, accountant_actor):
    with gui_db.session_factory() as s:
        mag = w.product(s, "MAG", price_cents=4990, name="Aikakauslehti")
        ad = w.product(s, "AD", price_cents=20000, name="Ilmoitus", kind=ProductKind.ADVERTISEMENT,
                       vat_class=VatClass.STANDARD)
        w.order(s, w.customer(s, name="Aho Anna"), mag, start=D(2026, 11, 1))
        w.order(s, w.customer(s, name="Berg Bo", channel=Channel.EMAIL), mag, start=D(2026, 11, 1), quantity=2)
        w.order(s, w.customer(s, name="Cederberg Cilla"), mag, start=D(2026, 11, 1), price_cents=3990)
        broken = w.customer(s, name="Ei Osoitetta", street="")
        w.order(s, broken, mag, start=D(2026, 11, 1))
        w.order(s, w.customer(s, name="Mainos Oy"), ad, start=D(2026, 11, 10))
        s.commit()
        return {"broken_id": broken.id}


@pytest.fixture
def accountant_actor(gui_db):
    from desktop_app.models.enums import Role
    from desktop_app.services.foundation.setup import ensure_user

    return ensure_user(gui_db.session_factory, "anna.accountant", Role.ACCOUNTANT)


@pytest.fixture
def page(main_window, world):
    main_window.tabs.setCurrentWidget(main_window.billing_page)
    return main_window.billing_page


def _invoices(gui_db) -> int:
    with gui_db.session_factory() as s:
        return s.scalar(select(func.count()).select_from(Invoice)) or 0


def _fetch(qtbot, page) -> None:
    with qtbot.waitSignal(page.requests_shown, timeout=10_000):
        page.fetch_button.click()


def _close_message_boxes() -> list[str]:
    texts = []
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QMessageBox) and widget.isVisible():
            texts.append(widget.text())
            widget.close()
    return texts


def test_fetch_shows_the_requests_and_a_red_banner_counting_the_wrong_ones(qtbot, page):
    assert page.flow.step is Step.FETCH and not page.run_button.isEnabled()
    _fetch(qtbot, page)
    assert page.model.rowCount() == 4  # the ad order waits for its own run
    assert page.error_banner.isVisible()
    assert page.error_banner.text().startswith("1 billing request has errors")
    assert page.flow.step is Step.FIX
    wrong = [page.model.row_at(r) for r in range(page.model.rowCount()) if page.model.row_at(r).errors]
    assert [r.customer_name for r in wrong] == ["Ei Osoitetta"]
    assert "Missing address for the paper channel" in page.model.error_text(wrong[0])
    assert page.price_note.isVisible()  # Cederberg's 39,90 € is not the list price 49,90 €

    page.errors_only_check.setChecked(True)
    assert page.model.rowCount() == 1
    page.errors_only_check.setChecked(False)
    page.table.filter_edit.setText("error")  # the guides filter the list for "virhe"
    assert page.model.rowCount() == 1
    page.table.filter_edit.clear()


def test_a_click_on_the_customer_number_opens_the_card_and_the_fix_clears_the_banner(
        qtbot, page, main_window, gui_db, world, ctx):
    _fetch(qtbot, page)
    row = next(r for r in range(page.model.rowCount()) if page.model.row_at(r).errors)
    index = page.model.index(row, page.model.Columns.CUSTOMER_NUMBER)
    rect = page.table.view.visualRect(index)
    qtbot.mouseClick(page.table.view.viewport(), __import__("PySide6.QtCore", fromlist=["Qt"]).Qt.MouseButton.LeftButton,
                     pos=rect.center())
    card = main_window.tabs.currentWidget()
    assert getattr(card, "tab_key", None) == ("customer", world["broken_id"])

    with gui_db.session_factory() as s:  # the clerk fixes the address on the card
        version = s.get(Customer, world["broken_id"]).version
    with gui_db.session_factory() as s:
        customer_service.update_customer(s, ctx.actor, world["broken_id"], {"street": "Rantatie 5"}, version)
        s.commit()
    with qtbot.waitSignal(page.requests_shown, timeout=10_000):
        main_window.tabs.setCurrentWidget(page)  # back on the Billing tab: the wrong rows are checked again
    assert not page.error_banner.isVisible()
    assert page.flow.step is Step.SELECT


def test_preview_writes_nothing_and_equals_the_real_run(qtbot, page, gui_db, monkeypatch):
    _fetch(qtbot, page)
    page.table.select_all_button.click()
    assert page.flow.selected == set(page.flow.request_ids())
    assert page.preview_check.isChecked() and page.preview_banner.isVisible()
    assert page.run_button.text() == "Preview billing"
    asked: list[str] = []
    monkeypatch.setattr(messages, "ask", lambda parent, text: asked.append(text) or True)
    with qtbot.waitSignal(page.summary_shown, timeout=20_000):
        page.run_button.click()
    preview = page.flow.result
    assert asked == [] and preview.preview and _invoices(gui_db) == 0
    assert page.summary.summary_banner.text().startswith("PREVIEW")
    assert (preview.invoices_created, preview.requests_skipped) == (3, 1)
    assert page.summary.skipped_model.rowCount() == 1

    page.summary.back_button.click()
    page.preview_check.setChecked(False)
    assert page.run_button.text() == "Run billing" and not page.preview_banner.isVisible()
    with qtbot.waitSignal(page.summary_shown, timeout=20_000):
        page.run_button.click()
    real = page.flow.result
    assert len(asked) == 1 and asked[0].startswith("Bill 3 requests of 3 customers")
    assert (real.invoices_created, real.total, real.to_pay) == (preview.invoices_created, preview.total,
                                                                 preview.to_pay)
    assert _invoices(gui_db) == 3
    qtbot.waitUntil(lambda: any("3 invoices created in billing run" in t for t in _close_message_boxes()),
                    timeout=5000)
    assert page.summary.total_values["total"].text() == page._money(int(real.total * 100))
    assert page.summary.invoices_model.rowCount() == 3
    qtbot.waitUntil(lambda: not page.flow.needs_reload, timeout=10_000)
    assert page.preview_check.isChecked()  # the next run starts as a preview again
    page.summary.back_button.click()
    assert page.model.rowCount() == 1 and page.flow.rows[0].errors  # only the skipped one still waits


def test_cancel_in_the_confirmation_bills_nothing(qtbot, page, gui_db, monkeypatch):
    _fetch(qtbot, page)
    page.table.select_all_button.click()
    page.preview_check.setChecked(False)
    monkeypatch.setattr(messages, "ask", lambda parent, text: False)
    page.run_button.click()
    qtbot.wait(200)
    assert _invoices(gui_db) == 0 and page.flow.step is not Step.SUMMARY


def test_ads_are_billed_in_their_own_run(qtbot, page, gui_db, monkeypatch):
    page.kind_combo.setCurrentIndex(1)
    page.until_edit.setDate(page.until_edit.date().addDays(30))
    _fetch(qtbot, page)
    assert [page.model.row_at(r).product_name for r in range(page.model.rowCount())] == ["Ilmoitus"]
    page.table.select_all_button.click()
    page.preview_check.setChecked(False)
    monkeypatch.setattr(messages, "ask", lambda parent, text: True)
    with qtbot.waitSignal(page.summary_shown, timeout=20_000):
        page.run_button.click()
    with gui_db.session_factory() as s:
        assert [i.kind for i in s.scalars(select(Invoice))] == ["ad_invoice"]


def test_the_summary_saves_as_pdf_and_a_run_reopens_by_batch_id(qtbot, page, tmp_path: Path, monkeypatch):
    _fetch(qtbot, page)
    page.table.select_all_button.click()
    page.preview_check.setChecked(False)
    monkeypatch.setattr(messages, "ask", lambda parent, text: True)
    with qtbot.waitSignal(page.summary_shown, timeout=20_000):
        page.run_button.click()
    batch = page.flow.result.batch_id
    target = tmp_path / "summary.pdf"
    page.summary.save_summary_pdf(target)
    qtbot.waitUntil(target.exists, timeout=10_000)
    assert target.read_bytes().startswith(b"%PDF")
    _close_message_boxes()

    page.summary.back_button.click()
    qtbot.waitUntil(lambda: page.runs_combo.findData(batch) >= 0, timeout=10_000)
    page.runs_combo.setCurrentIndex(page.runs_combo.findData(batch))
    page.flow.result = None
    with qtbot.waitSignal(page.summary_shown, timeout=10_000):
        page.open_run_button.click()
    assert page.flow.result.batch_id == batch and page.flow.result.invoices_created == 3


def test_a_summary_pdf_to_a_folder_that_does_not_exist_says_why(qtbot, page, tmp_path: Path, monkeypatch):
    _fetch(qtbot, page)
    page.table.select_all_button.click()
    with qtbot.waitSignal(page.summary_shown, timeout=20_000):
        page.run_button.click()
    page.summary.save_summary_pdf(tmp_path / "missing" / "summary.pdf")
    qtbot.waitUntil(lambda: any("could not be written" in t for t in _close_message_boxes()), timeout=10_000)


def test_every_billing_model_passes_the_qt_model_tester(qtbot, page, qtmodeltester, monkeypatch):
    _fetch(qtbot, page)
    qtmodeltester.check(page.model, force_py=True)
    page.table.select_all_button.click()
    with qtbot.waitSignal(page.summary_shown, timeout=20_000):
        page.run_button.click()
    summary = page.summary
    for model in (summary.by_channel_model, summary.by_product_model, summary.by_rate_model, summary.invoices_model,
                  summary.skipped_model):
        assert model.rowCount() > 0
        qtmodeltester.check(model, force_py=True)


def test_the_billing_tab_speaks_finnish(qtbot, page):
    from desktop_app.views.common import language

    language.install("fi")
    qtbot.waitUntil(lambda: page.fetch_button.text() != "Fetch billing requests", timeout=2000)
    assert page.fetch_button.text() == "Hae laskutuspyynnöt"
    _fetch(qtbot, page)
    assert page.error_banner.text().startswith("1 laskutuspyynnössä on virheitä")


def test_a_new_invoice_opens_from_the_customer_card_as_its_pdf(qtbot, page, main_window, world, monkeypatch):
    from PySide6.QtGui import QDesktopServices

    _fetch(qtbot, page)
    page.table.select_all_button.click()
    page.preview_check.setChecked(False)
    monkeypatch.setattr(messages, "ask", lambda parent, text: True)
    with qtbot.waitSignal(page.summary_shown, timeout=20_000):
        page.run_button.click()
    _close_message_boxes()
    billed = page.flow.result.invoices[0]
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True)
    card = main_window.open_customer(billed.customer_id)
    qtbot.waitUntil(lambda: card.invoices_model.rowCount() == 1, timeout=10_000)
    card.invoices_table.view.selectRow(0)
    card.pdf_button.click()
    qtbot.waitUntil(lambda: bool(opened), timeout=20_000)
    pdf = Path(opened[0])
    assert pdf.name == f"{billed.number}.pdf" and pdf.read_bytes().startswith(b"%PDF")
    import subprocess

    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert billed.reference.replace(" ", "") in text.replace(" ", "") and str(billed.number) in text


def test_a_fetch_far_ahead_asks_first_with_the_count_and_cancel_creates_nothing(qtbot, page, gui_db, monkeypatch):
    from desktop_app.models import BillingRequest

    def requests() -> int:
        with gui_db.session_factory() as s:
            return s.scalar(select(func.count()).select_from(BillingRequest)) or 0

    asked: list[str] = []
    monkeypatch.setattr(messages, "ask", lambda parent, text: asked.append(text) or False)
    page.until_edit.setDate(page.until_edit.date().addYears(5))  # a typing mistake: five years ahead
    page.fetch_button.click()
    qtbot.waitUntil(lambda: bool(asked), timeout=10_000)
    assert "13" in asked[0] and any(ch.isdigit() for ch in asked[0].split("13", 1)[1])
    qtbot.wait(200)
    assert requests() == 0 and page.fetch_button.isEnabled()  # Cancel: nothing made, the tab usable

    monkeypatch.setattr(messages, "ask", lambda parent, text: asked.append(text) or True)
    with qtbot.waitSignal(page.requests_shown, timeout=10_000):
        page.fetch_button.click()
    assert requests() > 0 and len(asked) == 2  # confirmed: fetched so far ahead
