"""The customer card (W1.2): contact and billing data, the credit balance right under the billing
data, and the customer's orders, invoices (with reminders and refund invoices), payments, ledger
postings and change log. A click on an order number opens the order detail.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any  # a database session: the views name no SQL types

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.models.enums import Channel, CustomerKind
from desktop_app.services.customers import CustomerCard, InvoiceRow, get_customer_card
from desktop_app.services.foundation import formatting, i18n
from desktop_app.services.foundation.errors import ReskontraError
from desktop_app.views.common import labels, messages
from desktop_app.views.common.documents import document_path, open_document
from desktop_app.views.common.page import Page
from desktop_app.views.common.table import DataTable
from desktop_app.views.context import AppContext
from desktop_app.views.customers.card_models import (
    BalanceHistoryModel,
    ChangeLogModel,
    CustomerOrdersModel,
    InvoicesModel,
    PaymentsModel,
    PostingsModel,
)
from desktop_app.views.customers.edit import CustomerEditDialog, field_label, open_edit_dialog


def _load_card(session: Any, customer_id: int) -> CustomerCard:
    return get_customer_card(session, customer_id)


def _value_label(parent: QWidget, name: str) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(f"value_{name}")
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setWordWrap(True)
    return label


class CustomerCardPage(Page):
    open_order_requested = Signal(int)
    # Emitted each time fresh data has been shown (tests and the screenshot tool wait on it).
    loaded = Signal()

    CONTACT_FIELDS = ("customer_number", "kind", "name", "contact_person", "address", "email", "phone", "language")
    BILLING_FIELDS = ("billing_channel", "einvoice_address", "einvoice_operator", "business_id", "iban",
                      "payment_term_days", "no_reminders")

    def __init__(self, ctx: AppContext, customer_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.customer_id = customer_id
        self.tab_key = ("customer", customer_id)
        self.card: CustomerCard | None = None
        self.edit_dialog: CustomerEditDialog | None = None

        self.heading = QLabel(self)
        self.heading.setObjectName("page_title")
        self.edit_button = QPushButton(self)
        self.edit_button.setObjectName("edit_button")
        self.edit_button.setEnabled(False)
        self.reload_button = QPushButton(self)
        header = QHBoxLayout()
        header.addWidget(self.heading, 1)
        header.addWidget(self.reload_button)
        header.addWidget(self.edit_button)

        self.contact_box = QGroupBox(self)
        self.billing_box = QGroupBox(self)
        self.captions: dict[str, QLabel] = {}
        self.values: dict[str, QLabel] = {}
        self._fill_box(self.contact_box, self.CONTACT_FIELDS)
        billing_grid = self._fill_box(self.billing_box, self.BILLING_FIELDS)
        # The credit balance (saldo) sits right under the billing data, large, so no one misses it.
        self.saldo_caption = QLabel(self.billing_box)
        self.saldo_caption.setObjectName("saldo_caption")
        self.saldo_value = QLabel(self.billing_box)
        self.saldo_value.setObjectName("saldo_value")
        self.saldo_value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.saldo_hint = QLabel(self.billing_box)
        self.saldo_hint.setWordWrap(True)
        row = billing_grid.rowCount()
        billing_grid.addWidget(self.saldo_caption, row, 0, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        billing_grid.addWidget(self.saldo_value, row, 1)
        billing_grid.addWidget(self.saldo_hint, row + 1, 1)
        boxes = QHBoxLayout()
        boxes.addWidget(self.contact_box, 1)
        boxes.addWidget(self.billing_box, 1)

        self.lists = QTabWidget(self)
        self.orders_model = CustomerOrdersModel(self)
        self.invoices_model = InvoicesModel(self)
        self.payments_model = PaymentsModel(self)
        self.postings_model = PostingsModel(self)
        self.balance_model = BalanceHistoryModel(self)
        self.change_log_model = ChangeLogModel(self)
        self.orders_table = DataTable(self.orders_model, self, tasks=ctx.tasks, export_name="orders")
        self.invoices_table = DataTable(self.invoices_model, self, tasks=ctx.tasks, export_name="invoices")
        self.payments_table = DataTable(self.payments_model, self, tasks=ctx.tasks, export_name="payments")
        self.postings_table = DataTable(self.postings_model, self, tasks=ctx.tasks, export_name="postings")
        self.balance_table = DataTable(self.balance_model, self, tasks=ctx.tasks, export_name="credit_balance")
        self.change_log_table = DataTable(self.change_log_model, self, tasks=ctx.tasks, export_name="change_log")
        for table in self._tables():
            self.lists.addTab(table, "")
        self.pdf_button = QPushButton(self)
        self.pdf_button.setObjectName("invoice_pdf_button")
        self.invoices_table.bar.insertWidget(0, self.pdf_button)
        self.pdf_button.clicked.connect(self._on_pdf_button_clicked)
        self.invoices_table.activated.connect(self.open_invoice_pdf)
        self.orders_table.link_clicked.connect(lambda order, _c: self.open_order_requested.emit(order.order_id))
        self.orders_table.activated.connect(lambda order: self.open_order_requested.emit(order.order_id))

        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addLayout(boxes)
        layout.addWidget(self.lists, 1)

        self.edit_button.clicked.connect(self._on_edit_button_clicked)
        self.reload_button.clicked.connect(self.refresh)
        self.retranslate_ui()
        self.refresh()

    def _tables(self) -> list[DataTable]:
        return [self.orders_table, self.invoices_table, self.payments_table, self.balance_table,
                self.postings_table, self.change_log_table]

    def _fill_box(self, box: QGroupBox, names: tuple[str, ...]) -> QGridLayout:
        grid = QGridLayout(box)
        grid.setColumnStretch(1, 1)
        for row, name in enumerate(names):
            caption = QLabel(box)
            value = _value_label(box, name)
            value.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
            self.captions[name] = caption
            self.values[name] = value
            grid.addWidget(caption, row, 0, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            grid.addWidget(value, row, 1)
        return grid

    # -- language -------------------------------------------------------------------------------
    def tab_title(self) -> str:
        if self.card is None:
            return self.tr("Customer")
        c = self.card.customer
        return self.tr("Customer %1 %2").replace("%1", str(c.customer_number)).replace("%2", c.name)

    def retranslate_ui(self) -> None:
        self.edit_button.setText(self.tr("Edit…"))
        self.reload_button.setText(self.tr("Reload"))
        self.contact_box.setTitle(self.tr("Contact information"))
        self.billing_box.setTitle(self.tr("Billing information"))
        captions = {
            "customer_number": self.tr("Customer number"),
            "kind": field_label("kind"),
            "name": field_label("name"),
            "contact_person": field_label("contact_person"),
            "address": self.tr("Address"),
            "email": field_label("email"),
            "phone": field_label("phone"),
            "language": field_label("language"),
            "billing_channel": field_label("billing_channel"),
            "einvoice_address": self.tr("E-invoice address / operator"),
            "einvoice_operator": "",
            "business_id": field_label("business_id"),
            "iban": self.tr("Bank account"),
            "payment_term_days": field_label("payment_term_days"),
            "no_reminders": field_label("no_reminders"),
        }
        for name, caption in self.captions.items():
            caption.setText(captions[name] + ":" if captions[name] else "")
        self.saldo_caption.setText(self.tr("Credit balance (saldo):"))
        self.lists.setTabText(0, self.tr("Orders"))
        self.lists.setTabText(1, self.tr("Invoices and reminders"))
        self.pdf_button.setText(self.tr("Open PDF"))
        self.pdf_button.setToolTip(self.tr("The selected invoice as the customer receives it (double-click a row)"))
        self.lists.setTabText(2, self.tr("Payments"))
        self.lists.setTabText(3, self.tr("Credit balance"))
        self.lists.setTabText(4, self.tr("Ledger postings"))
        self.lists.setTabText(5, self.tr("Change log"))
        self._show()
        self.title_changed.emit()

    def focus_filter(self) -> None:
        table = self.lists.currentWidget()
        if isinstance(table, DataTable):
            table.focus_filter()

    # -- data -----------------------------------------------------------------------------------
    def show_customer(self, customer_id: int) -> None:
        """Show another customer in this tab (the main window reuses one card tab)."""
        if customer_id != self.customer_id:
            self.customer_id = customer_id
            self.tab_key = ("customer", customer_id)
            self.card = None
            self.edit_button.setEnabled(False)
            for table in self._tables():
                table.set_rows([])
            self._show()
            self.title_changed.emit()
        self.refresh()

    def refresh(self) -> None:
        self.reload_button.setEnabled(False)
        self.ctx.tasks.run(self.ctx.read(_load_card, self.customer_id), on_success=self._on_loaded,
                           on_failure=self._on_load_failed, owner=self)

    def _on_loaded(self, card: CustomerCard) -> None:
        if card.customer.id != self.customer_id:
            return  # an older load, finished after the tab moved on to another customer
        self.card = card
        self.reload_button.setEnabled(True)
        self.edit_button.setEnabled(True)
        self.orders_table.set_rows(card.orders)
        self.invoices_table.set_rows(card.invoices)
        self.payments_table.set_rows(card.payments)
        self.postings_table.set_rows(card.postings)
        self.balance_table.set_rows(list(reversed(card.balance_history)))  # newest first, like the other lists
        self.change_log_table.set_rows(card.change_log)
        self._show()
        self.title_changed.emit()
        self.loaded.emit()

    def _on_load_failed(self, err: ReskontraError) -> None:
        self.reload_button.setEnabled(True)
        messages.show_error(self, err)

    def _show(self) -> None:
        if self.card is None:
            self.heading.setText(self.tr("Loading the customer…"))
            return
        lang = i18n.current_language()
        c = self.card.customer
        self.heading.setText(self.tr("Customer card: %1").replace("%1", c.name))
        company = str(c.kind) == CustomerKind.COMPANY.value
        place = " ".join(p for p in (c.postal_code, c.city) if p)
        address = "\n".join(p for p in (c.street, place, c.country if c.country not in ("", "FI") else "") if p)
        einvoice = " / ".join(p for p in (c.einvoice_address, c.einvoice_operator) if p)
        iban = " ".join(p for p in (c.iban, c.bic) if p)
        texts = {
            "customer_number": str(c.customer_number),
            "kind": labels.label(c.kind, CustomerKind),
            "name": c.name + (f"\n{c.company_name}" if c.company_name and c.company_name not in c.name else ""),
            "contact_person": c.contact_person,
            "address": address,
            "email": c.email,
            "phone": c.phone,
            "language": labels.language_name(c.language),
            "billing_channel": labels.label(c.billing_channel, Channel),
            "einvoice_address": einvoice,
            "einvoice_operator": "",
            "business_id": c.business_id,
            "iban": iban,
            "payment_term_days": self.tr("%n day(s)", "", int(c.payment_term_days)),
            "no_reminders": self.tr("Yes: no payment reminders are sent") if c.no_reminders else self.tr("No"),
        }
        for name, label in self.values.items():
            label.setText(texts[name] or "–")
        hide = {"einvoice_operator"}
        if not company:
            hide |= {"contact_person", "business_id"} if not (c.contact_person or c.business_id) else set()
        for name in self.values:
            self.values[name].setVisible(name not in hide)
            self.captions[name].setVisible(name not in hide)
        balance = int(self.card.balance_cents)
        self.saldo_value.setText(formatting.money(balance, lang, is_cents=True))
        self.saldo_value.setProperty("credit", balance > 0)
        self.saldo_value.setProperty("debt", balance < 0)
        self.saldo_value.style().unpolish(self.saldo_value)
        self.saldo_value.style().polish(self.saldo_value)
        hints = []
        if balance > 0:
            hints.append(self.tr("Money held for the customer; it pays the next invoices."))
        elif balance < 0:
            hints.append(self.tr("The customer owes this on the balance account."))
        waiting = int(self.card.waiting_cents)
        if waiting:
            hints.append(self.tr("%1 of the customer's payments waits for handling in the Payments tab.")
                         .replace("%1", formatting.money(waiting, lang, is_cents=True)))
        self.saldo_hint.setText("\n".join(hints))
        self.saldo_hint.setVisible(bool(hints))
        for table in self._tables():
            table.fit_columns()

    # -- editing --------------------------------------------------------------------------------
    def _on_pdf_button_clicked(self) -> None:
        selected = self.invoices_table.selected_rows()
        if not selected and self.invoices_model.rowCount() == 1:
            selected = [self.invoices_model.row_at(0)]
        if selected:
            self.open_invoice_pdf(selected[0])

    def open_invoice_pdf(self, invoice: InvoiceRow) -> None:
        """The document as the customer receives it, in their language, opened in the PDF viewer."""
        target = document_path(f"{invoice.number}.pdf")
        invoice_id = invoice.invoice_id

        def job(session: Any) -> Path:
            from desktop_app.services.documents.invoices import save_invoice_pdf

            return save_invoice_pdf(session, invoice_id, target)

        self.ctx.tasks.run(self.ctx.read(job), owner=self, on_success=self._open_file)

    def _open_file(self, path: Path) -> None:
        self.last_document = path
        open_document(self, path)

    def _on_edit_button_clicked(self) -> None:
        if self.card is None:
            return
        self.edit_dialog = open_edit_dialog(self.ctx, self.card.customer, self, on_saved=self.refresh,
                                            on_reload=self.refresh)
