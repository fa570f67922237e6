"""Every table model of the customer screens passes Qt's model tester (pytest-qt ``qtmodeltester``) on real
rows: the search results, the card's orders, invoices, payments, balance history, ledger postings and change
log, and the order detail's invoices, for demo customers and for a built one with several open invoices, a
reminder, a partial payment, an overpayment and a credit balance; in Finnish and Swedish, sorted, filtered
and reloaded while the tester watches."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import func, select

from desktop_app.models import Customer, Invoice, Order, Payment
from desktop_app.models.enums import CustomerKind, InvoiceKind, PaymentStatus
from desktop_app.services.customers import get_customer_card, get_order_detail
from desktop_app.services.customers.search import search_customers
from desktop_app.services.demo import generate_demo_data
from desktop_app.views.common import language
from desktop_app.views.common.table import RowTableModel
from desktop_app.views.customers.card_models import (
    BalanceHistoryModel,
    ChangeLogModel,
    CustomerOrdersModel,
    InvoicesModel,
    PaymentsModel,
    PostingsModel,
)
from desktop_app.views.customers.search_model import CustomerSearchModel
from tests.gui.support import company_with_open_invoices


@pytest.fixture
def books(gui_db, today, ctx):
    """The demo books of 60 customers and Lindqvist Ab; the customers whose cards show each kind of row."""
    generate_demo_data(gui_db, 60, today=today)
    built = company_with_open_invoices(gui_db, ctx.actor)
    with gui_db.session_factory() as s:
        partly_paid = s.scalars(select(Invoice.customer_id).where(
            Invoice.paid_cents > 0, Invoice.paid_cents < Invoice.total_cents))
        reminded = s.scalars(select(Invoice.customer_id).where(Invoice.kind == InvoiceKind.REMINDER))
        several_open = s.scalars(select(Invoice.customer_id).where(Invoice.status == "open")
                                 .group_by(Invoice.customer_id).having(func.count() > 2))
        to_balance = s.scalars(select(Payment.customer_id).where(Payment.status == PaymentStatus.TO_BALANCE))
        companies = s.scalars(select(Customer.id).where(Customer.kind == CustomerKind.COMPANY).limit(2))
        swedish = s.scalars(select(Customer.id).where(Customer.language == "sv").limit(2))
        ids = {built, *partly_paid, *reminded, *several_open, *to_balance, *companies, *swedish} - {None}
        order_ids = list(s.scalars(select(Invoice.order_id).where(Invoice.order_id.is_not(None))
                                   .group_by(Invoice.order_id).order_by(func.count().desc()).limit(5)))
        order_ids.append(s.scalar(select(Order.id).where(Order.customer_id == built).limit(1)))
    return {"built": built, "customers": sorted(ids), "orders": order_ids}


def _exercise(qtmodeltester, model: RowTableModel, rows) -> None:
    """The tester checks the model, then watches it being sorted by every column, filtered and reloaded."""
    model.set_rows(rows)
    qtmodeltester.check(model, force_py=True)
    for column in range(model.columnCount()):
        model.sort(column, Qt.SortOrder.DescendingOrder)
    model.set_filter("a")
    model.set_filter("")
    model.set_rows(list(reversed(rows)))
    model.retranslate()
    qtmodeltester.check(model, force_py=True)


def _card_rows(card) -> list[tuple[type[RowTableModel], tuple]]:
    return [(CustomerOrdersModel, card.orders), (InvoicesModel, card.invoices), (PaymentsModel, card.payments),
            (PostingsModel, card.postings), (BalanceHistoryModel, tuple(reversed(card.balance_history))),
            (ChangeLogModel, card.change_log)]


@pytest.mark.parametrize("lang", ["fi", "sv"])
def test_every_card_model_passes_the_model_tester_on_real_cards(qtmodeltester, books, gui_db, ui_lang, lang):
    language.install(lang)
    with gui_db.session_factory() as s:
        cards = [get_customer_card(s, cid) for cid in books["customers"]]
    for card in cards:
        for model_class, rows in _card_rows(card):
            _exercise(qtmodeltester, model_class(), rows)


def test_the_built_card_has_every_kind_of_row_the_models_show(books, gui_db):
    with gui_db.session_factory() as s:
        card = get_customer_card(s, books["built"])
    invoices = InvoicesModel()
    invoices.set_rows(card.invoices)
    kinds = [invoices.data(invoices.index(r, invoices.Columns.KIND)) for r in range(invoices.rowCount())]
    assert kinds.count("Invoice") == 3 and "Payment reminder #1" in kinds, kinds
    assert sorted(i.open_cents for i in card.invoices) == [0, 500, 2250, 9900]
    assert {p.status for p in card.payments} == {PaymentStatus.PARTIAL, PaymentStatus.OVERPAID}
    assert card.balance_cents == 2500 and card.waiting_cents == 3000
    assert len(card.orders) == 2 and len(card.balance_history) == 1 and card.change_log


def test_the_search_model_passes_the_model_tester_on_hits_with_orders_and_cut_offs(qtmodeltester, books, gui_db,
                                                                                   ui_lang):
    with gui_db.session_factory() as s:
        found = {text: search_customers(s, text, 200) for text in ("a", "oy", "lindqvist", "00")}
    hits = [h for found_by in found.values() for h in found_by]
    assert found["lindqvist"] and any(h.orders for h in hits)
    assert any(o.cutoff_date is not None for h in hits for o in h.orders)  # red, with a tooltip of its own
    for lang in ("fi", "sv"):
        language.install(lang)
        for hits in found.values():
            _exercise(qtmodeltester, CustomerSearchModel(), hits)


def test_the_order_detail_invoices_model_passes_the_model_tester(qtmodeltester, books, gui_db):
    with gui_db.session_factory() as s:
        details = [get_order_detail(s, oid) for oid in books["orders"]]
    assert any(d.invoices for d in details)
    for detail in details:
        _exercise(qtmodeltester, InvoicesModel(), detail.invoices)
