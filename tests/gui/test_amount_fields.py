"""The amount a clerk types means the same in the Payments tab and on the command line (issue 11): the
"Enter payment" field and ``reskontra record-payment --amount`` read it with ``money.parse_amount``, so
the same text is the same cents, or the same refusal in the same words."""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from desktop_app import cli
from desktop_app.commands import payments as payment_commands
from desktop_app.models import Payment
from desktop_app.services.foundation import formatting
from desktop_app.services.foundation.errors import ReskontraError
from desktop_app.views.common import messages

TYPED = [
    "49,90", "12", "12,5", "1 234,50", "1\u00a0234,50", "1\u202f234,50", "1234.50", "49,90 €", "EUR 7", "€0.05",
    "12,345", "1,234.50", "1.234,50", "-5,00", "0", "", "viisi", "NaN", "inf", "100000000,01",
]


@pytest.fixture
def page(main_window, qtbot):
    page = main_window.payments_page
    with qtbot.waitSignal(page.list_shown, timeout=10_000):
        main_window.tabs.setCurrentWidget(page)
    return page


def _gui(dialog, monkeypatch, text: str) -> tuple[str, str]:
    """("asked", the confirmation question) or ("refused", the message next to the field)."""
    asked: list[str] = []
    monkeypatch.setattr(messages, "ask", lambda parent, question: asked.append(question) or False)
    dialog.error_label.setText("")
    dialog.amount.setText(text)
    dialog._on_ok()
    return ("asked", asked[0]) if asked else ("refused", dialog.error_label.text())


def _question(cents: int) -> str:
    return f"Record a payment of {formatting.money(cents, 'en', is_cents=True)} with reference -?"


def test_the_payments_field_and_the_command_line_read_an_amount_the_same(page, monkeypatch, gui_db, capsys):
    dialog = page.enter_payment()
    for text in TYPED:
        shown = _gui(dialog, monkeypatch, text)
        code = cli.main(["record-payment", f"--amount={text}", "--json", "--database-url", gui_db.url,
                         "--today", "2026-11-24", "--user", "kalle.clerk", "--lang", "en"])
        out = capsys.readouterr()
        if code == cli.EXIT_OK:
            with gui_db.session_factory() as s:
                cents = s.scalar(select(Payment.amount_cents).where(Payment.id == json.loads(out.out)["payment_id"]))
            assert shown == ("asked", _question(cents)), text
        else:
            assert out.err.startswith("reskontra: ") and out.err.count("\n") == 1, text
            assert shown == ("refused", out.err.removeprefix("reskontra: ").strip()), text
    with gui_db.session_factory() as s:  # what both read: the ten good amounts of TYPED, each once
        assert sorted(s.scalars(select(Payment.amount_cents))) == [5, 700, 1200, 1250, 4990, 4990, 123450, 123450,
                                                                   123450, 123450]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(alphabet="0123456789,.- €EURa\u00a0\u202f", max_size=14))
def test_any_text_is_the_same_amount_or_the_same_refusal_in_both(page, monkeypatch, text):
    dialog = page.enter_payment()
    try:
        cents = payment_commands._cents(text)  # what record-payment --amount does with its argument
    except ReskontraError as err:
        from desktop_app.services.foundation import i18n

        expected = ("refused", i18n.error_text(err, "en"))
    else:
        expected = ("asked", _question(cents)) if cents > 0 else ("refused", "The amount must be more than zero.")
    assert _gui(dialog, monkeypatch, text) == expected
    dialog.close()


def test_an_allocation_the_dialog_proposes_is_an_amount_it_reads_in_english_too(page, qtbot, gui_db, ctx):
    import datetime as dt

    from PySide6.QtWidgets import QDialogButtonBox

    from desktop_app.services import payments
    from desktop_app.services.foundation.uow import UnitOfWork
    from tests.integration.billing_support import customer
    from tests.integration.payment_support import invoice

    with UnitOfWork(gui_db.session_factory) as uow:
        c = customer(uow.session, name="Aho Åsa")
        invoice(uow.session, ctx.actor, c, 150_000, invoice_date=dt.date(2026, 11, 2))
        payments.record_payment(uow.session, ctx.actor, amount_cents=200_000, booking_date=dt.date(2026, 11, 20))
        number = c.customer_number
        uow.commit()
    with qtbot.waitSignal(page.list_shown, timeout=10_000):
        page.refresh()
    page.table.view.selectRow(0)
    dialog = page.allocate()
    assert dialog is not None
    dialog.customer_edit.setText(str(number))
    dialog.load_button.click()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=10_000)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert dialog.table.item(0, 4).text() == "1500.00"  # not "1,500.00", which no amount field reads
    assert ok.isEnabled() and dialog.allocations() == [(dialog.invoices[0].id, 150_000)]
    dialog.table.item(0, 4).setText("1,500.00")
    assert not ok.isEnabled()
    assert dialog.error_label.text().startswith("1,500.00 has both a comma and a point")
    dialog.table.item(0, 4).setText("1 500,00")
    assert ok.isEnabled() and dialog.error_label.text() == ""
