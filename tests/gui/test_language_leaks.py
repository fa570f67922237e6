"""No English in the Finnish UI (issue #9/#10): the card's ledger texts, Qt's own dialogs."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QLabel, QMessageBox, QPushButton
from sqlalchemy import select

from desktop_app.models import Invoice, Posting, Voucher
from desktop_app.models.enums import InvoiceKind, VoucherKind
from desktop_app.services.demo import generate_demo_data
from desktop_app.views.common import language

TODAY = dt.date(2026, 11, 24)


def _column(model, column: int) -> list[str]:
    return [model.data(model.index(row, column), Qt.ItemDataRole.DisplayRole) for row in range(model.rowCount())]


def test_a_finnish_clerk_reads_the_ledger_and_balance_history_of_the_card_in_finnish(qtbot, ctx, gui_db):
    from desktop_app.views.customers.card import CustomerCardPage

    generate_demo_data(gui_db, 60, today=TODAY)
    with gui_db.session_factory() as s:
        number, cid = s.execute(select(Invoice.number, Invoice.customer_id)
                                .join(Posting, Posting.customer_id == Invoice.customer_id)
                                .join(Voucher, Voucher.id == Posting.voucher_id)
                                .where(Invoice.kind == InvoiceKind.INVOICE,
                                       Voucher.kind == VoucherKind.BALANCE_APPLIED)
                                .order_by(Invoice.number).limit(1)).one()
    language.install("fi")
    page = CustomerCardPage(ctx, cid)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.refresh()
    postings = _column(page.postings_model, page.postings_model.Columns.DESCRIPTION)
    assert f"Lasku {number}" in postings
    assert not [t for t in postings if "Invoice" in t or "Payment" in t or "{" in t], postings
    history = _column(page.balance_model, page.balance_model.Columns.DESCRIPTION)
    assert any(t.startswith("Saldoa käytetty laskuun ") for t in history), history
    language.install("sv")
    qtbot.waitUntil(lambda: f"Faktura {number}" in _column(page.postings_model,
                                                           page.postings_model.Columns.DESCRIPTION), timeout=2000)


def _file_dialog_texts() -> list[str]:
    dialog = QFileDialog(None, "x")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    try:
        return [w.text() for w in dialog.findChildren(QLabel)] + [b.text() for b in dialog.findChildren(QPushButton)]
    finally:
        dialog.deleteLater()


def _message_box_buttons() -> list[str]:
    box = QMessageBox()
    box.setStandardButtons(QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel)
    try:
        return [b.text() for b in box.buttons()]
    finally:
        box.deleteLater()


def test_qt_file_dialog_and_message_box_speak_the_clerks_language_also_after_a_switch(qtbot, ui_lang):
    language.install("fi")
    texts = _file_dialog_texts()
    assert {"Lähde:", "Tiedostotyyppi:", "Peru"} <= set(texts), texts
    assert not [t for t in texts if "Look in" in t or "type:" in t or t == "Cancel"], texts
    assert set(_message_box_buttons()) == {"Tallenna", "Peru"}
    language.install("sv")
    texts = _file_dialog_texts()
    assert {"&Titta i:", "Filer av &typ:", "Avbryt"} <= set(texts), texts
    assert "Avbryt" in _message_box_buttons()
    language.install("en")
    assert "&Look in:" in _file_dialog_texts() and "Cancel" in _message_box_buttons()
    language.install("fi")
    assert "Lähde:" in _file_dialog_texts()


def test_save_dialogs_suggest_file_names_in_the_clerks_language(qtbot, ui_lang, monkeypatch):
    from desktop_app.views.common import labels
    from desktop_app.views.common.table import DataTable
    from desktop_app.views.customers.card_models import PostingsModel

    asked: list[str] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda _p, _t, name, _f: (asked.append(name), ("", ""))[1])
    table = DataTable(PostingsModel(), None, export_name="postings")
    qtbot.addWidget(table)
    language.install("fi")
    table._on_export_button_clicked()
    language.install("sv")
    table._on_export_button_clicked()
    language.install("en")
    table._on_export_button_clicked()
    assert [n.rsplit("/", 1)[-1] for n in asked] == ["kirjaukset.xlsx", "konteringar.xlsx", "postings.xlsx"]
    language.install("fi")
    assert labels.file_name("billing_run_L20261124-0001") == "laskutusajo_L20261124-0001"
    assert labels.file_name("collection_20261124") == "perintä_20261124"
    untranslated = [k for k in labels._file_names() if labels.file_name(k) == k and k != "reskontra"]
    assert untranslated == []
