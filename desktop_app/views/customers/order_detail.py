"""The order detail (W1.4): product, period, quantity, price, VAT, payer and recipient, sales
channel and payment method, status, the order's invoices with their payment state, and the actions
allowed in this state.

Actions are listed in words; a button appears only when its workflow exists in this version, so
the clerk never meets a button that does nothing. "Change the price" and "Cancel the order" are
the way out of a billing request that cannot be billed (zero price): a small dialog takes the new
price and a reason, asks for confirmation, and ``services/orders.py`` makes the audited change.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any  # Any: a database session (the views name no SQL types)

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.models.enums import BillingSchedule, OrderStatus, PaymentMethod, SalesChannel
from desktop_app.services.customers import OrderDetail, get_order_detail
from desktop_app.services.foundation import formatting, i18n
from desktop_app.services.foundation.errors import ReskontraError
from desktop_app.services.foundation.uow import Actor
from desktop_app.views.common import labels, messages
from desktop_app.views.common.page import Page
from desktop_app.views.common.table import ERROR_RED, DataTable
from desktop_app.views.context import AppContext
from desktop_app.views.customers.card_models import InvoicesModel

if TYPE_CHECKING:
    from desktop_app.services.billing.orders import OrderChange

translate = QCoreApplication.translate

# Action code → the screen that carries it out. Filled in as later workflows arrive; an action
# without an entry is listed in words only.
ACTION_HANDLERS: dict[str, Callable[[OrderDetailPage, OrderDetail], object]] = {}


def action_label(code: str) -> str:
    table = {
        "cut_off": translate("order_actions", "Cut off paid order"),
        "cutoff": translate("order_actions", "Cut off paid order"),
        "cancel": translate("order_actions", "Cancel the sale"),
        "refund": translate("order_actions", "Refund the sale"),
        "bill": translate("order_actions", "Bill the next period"),
        "end": translate("order_actions", "End the order"),
        "credit": translate("order_actions", "Credit an invoice"),
        "change_price": translate("order_actions", "Change the price"),
        "cancel_order": translate("order_actions", "Cancel the order"),
        "withdraw_requests": translate("order_actions", "Take its billing requests off the list"),
    }
    return table.get(code, code.replace("_", " "))


def _load_order(session: Any, order_id: int) -> OrderDetail:
    return get_order_detail(session, order_id)


def _change_price(session: Any, actor: Actor, order_id: int, price: str, reason: str, version: int) -> OrderChange:
    from desktop_app.services.billing.orders import change_order_price

    return change_order_price(session, actor, order_id, price, reason, expected_version=version)


def _cancel_order(session: Any, actor: Actor, order_id: int, reason: str, version: int) -> OrderChange:
    from desktop_app.services.billing.orders import cancel_order

    return cancel_order(session, actor, order_id, reason, expected_version=version)


def _withdraw_requests(session: Any, actor: Actor, order_id: int, reason: str, version: int) -> OrderChange:
    from desktop_app.services.billing.orders import withdraw_requests

    return withdraw_requests(session, actor, order_id, reason, expected_version=version)


class OrderChangeDialog(QDialog):
    """A new price (``mode="price"``), the cancellation (``mode="cancel"``) of one order or taking its
    billing requests off the list (``mode="withdraw"``), with a reason.

    Save asks for confirmation, then makes one service call; ``changed`` is emitted after it
    committed. A refusal is shown in red in the dialog, which stays open for another try.
    """

    changed = Signal(object)

    def __init__(self, ctx: AppContext, detail: OrderDetail, mode: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.detail = detail
        self.mode = mode
        self._saving = False
        self.setObjectName(f"order_{mode}_dialog")
        self.setModal(True)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.price_edit = QLineEdit(self)
        self.price_edit.setObjectName("price_edit")
        self.reason_edit = QLineEdit(self)
        self.reason_edit.setObjectName("reason_edit")
        self.reason_edit.setMinimumWidth(self.fontMetrics().horizontalAdvance("x" * 48))
        self.error_label = QLabel(self)
        self.error_label.setObjectName("change_error")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(f"color: {ERROR_RED.name()};")
        self.error_label.hide()
        self.form = QFormLayout()
        self.price_caption, self.reason_caption = QLabel(self), QLabel(self)
        if mode == "price":
            self.form.addRow(self.price_caption, self.price_edit)
        else:
            self.price_edit.hide()
            self.price_caption.hide()
        self.form.addRow(self.reason_caption, self.reason_edit)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.retranslate_ui()

    def _money(self, cents: int) -> str:
        return formatting.money(cents, i18n.current_language(), is_cents=True)

    def retranslate_ui(self) -> None:
        d = self.detail
        number = str(d.order_number)
        if self.mode == "price":
            self.setWindowTitle(self.tr("Change the price of order %1").replace("%1", number))
            self.intro.setText(
                self.tr("Now %1 per period (VAT 0%), list price %2. The new price goes to the order and to its "
                        "%n pending billing request(s); invoices already made keep their price.", "",
                        d.pending_requests)
                .replace("%1", self._money(d.unit_price_cents)).replace("%2", self._money(d.list_price_cents)))
            self.price_caption.setText(self.tr("New price per period (VAT 0%):"))
            self.price_edit.setPlaceholderText(self.tr("euros and cents"))
            ok = self.tr("Change the price")
        elif self.mode == "withdraw":
            self.setWindowTitle(self.tr("Billing requests of order %1").replace("%1", number))
            self.intro.setText(self.tr("Order %1 is no longer active (%2), but %n billing request(s) of it still "
                                       "wait in the Billing tab, where they can never be billed. Taking them off "
                                       "the list clears their error.", "", d.pending_requests)
                               .replace("%1", number).replace("%2", labels.label(d.status, OrderStatus)))
            ok = self.tr("Take them off the list")
        else:
            self.setWindowTitle(self.tr("Cancel order %1").replace("%1", number))
            self.intro.setText(self.tr("Order %1 (%2) has not been billed. Cancelling it takes its %n pending "
                                       "billing request(s) off the list; it will not be billed.", "",
                                       d.pending_requests).replace("%1", number).replace("%2", d.product_name))
            ok = self.tr("Cancel the order")
        self.reason_caption.setText(self.tr("Reason (kept in the audit log):"))
        self.reason_edit.setPlaceholderText(self.tr("why the change is made"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Close"))

    def show_error(self, err: ReskontraError) -> None:
        self.error_label.setText(i18n.error_text(err))
        self.error_label.show()
        editor = self.price_edit if err.field == "price" else self.reason_edit if err.field == "reason" else None
        if editor is not None:
            editor.setFocus(Qt.FocusReason.OtherFocusReason)

    def confirmation_text(self) -> str:
        d = self.detail
        if self.mode == "price":
            from desktop_app.services.billing.orders import parse_price

            return (self.tr("Change the price of order %1 from %2 to %3 per period (VAT 0%)?")
                    .replace("%1", str(d.order_number)).replace("%2", self._money(d.unit_price_cents))
                    .replace("%3", self._money(parse_price(self.price_edit.text()))))
        if self.mode == "withdraw":
            return self.tr("Take the %n billing request(s) of order %1 off the list?", "",
                           d.pending_requests).replace("%1", str(d.order_number))
        return self.tr("Cancel order %1? It will not be billed.").replace("%1", str(d.order_number))

    def save(self) -> None:
        if self._saving:
            return
        self.error_label.hide()
        try:
            question = self.confirmation_text()  # an amount that is no price is refused before asking
        except ReskontraError as err:
            self.show_error(err)
            return
        if not messages.ask(self, question):
            return
        self._saving = True
        self.buttons.setEnabled(False)
        d, reason = self.detail, self.reason_edit.text()
        if self.mode == "price":
            job = self.ctx.write(_change_price, d.order_id, self.price_edit.text(), reason, d.version)
        else:
            job = self.ctx.write(_withdraw_requests if self.mode == "withdraw" else _cancel_order, d.order_id,
                                 reason, d.version)
        self.ctx.tasks.run(job, on_success=self._on_saved, on_failure=self._on_save_failed, owner=self)

    def _done(self) -> None:
        self._saving = False
        if shiboken6.isValid(self):
            self.buttons.setEnabled(True)

    def _on_saved(self, change: OrderChange) -> None:
        self._done()
        self.changed.emit(change)
        self.accept()

    def _on_save_failed(self, err: ReskontraError) -> None:
        self._done()
        self.show_error(err)


def open_change_dialog(page: OrderDetailPage, detail: OrderDetail, mode: str) -> OrderChangeDialog:
    """Open the price or cancel dialog non-blocking over the order detail; the page reloads after a change."""
    dialog = OrderChangeDialog(page.ctx, detail, mode, page)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.changed.connect(page.on_order_changed)
    page.change_dialog = dialog
    dialog.open()
    return dialog


ACTION_HANDLERS["change_price"] = lambda page, detail: open_change_dialog(page, detail, "price")
ACTION_HANDLERS["cancel_order"] = lambda page, detail: open_change_dialog(page, detail, "cancel")
ACTION_HANDLERS["withdraw_requests"] = lambda page, detail: open_change_dialog(page, detail, "withdraw")


class OrderDetailPage(Page):
    open_customer_requested = Signal(int)
    loaded = Signal()
    # After the clerk changed the order here (the billing list re-checks its rows on return).
    order_changed = Signal(int)

    FIELDS = ("order_number", "product", "period", "schedule", "quantity", "price", "vat", "total", "payer",
              "recipient", "sales_channel", "payment_method", "status")

    def __init__(self, ctx: AppContext, order_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.order_id = order_id
        self.tab_key = ("order", order_id)
        self.detail: OrderDetail | None = None
        self.change_dialog: OrderChangeDialog | None = None
        self.heading = QLabel(self)
        self.heading.setObjectName("page_title")
        self.reload_button = QPushButton(self)
        header = QHBoxLayout()
        header.addWidget(self.heading, 1)
        header.addWidget(self.reload_button)

        self.order_box = QGroupBox(self)
        grid = QGridLayout(self.order_box)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        self.captions: dict[str, QLabel] = {}
        self.values: dict[str, QLabel] = {}
        half = (len(self.FIELDS) + 1) // 2
        for i, name in enumerate(self.FIELDS):
            caption, value = QLabel(self.order_box), QLabel(self.order_box)
            value.setObjectName(f"value_{name}")
            rich = name in ("payer", "recipient")  # a link that opens the customer card
            value.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction if rich
                                          else Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setWordWrap(True)
            self.captions[name], self.values[name] = caption, value
            row, col = (i, 0) if i < half else (i - half, 2)
            grid.addWidget(caption, row, col, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            grid.addWidget(value, row, col + 1)
        self.values["payer"].linkActivated.connect(self._on_customer_link_activated)
        self.values["recipient"].linkActivated.connect(self._on_customer_link_activated)

        self.actions_box = QGroupBox(self)
        self.actions_text = QLabel(self.actions_box)
        self.actions_text.setObjectName("allowed_actions")
        self.actions_text.setWordWrap(True)
        self.action_buttons = QHBoxLayout()
        actions_layout = QVBoxLayout(self.actions_box)
        actions_layout.addWidget(self.actions_text)
        actions_layout.addLayout(self.action_buttons)

        self.invoices_caption = QLabel(self)
        self.invoices_model = InvoicesModel(self)
        self.invoices_table = DataTable(self.invoices_model, self, tasks=ctx.tasks, export_name="order_invoices")

        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.order_box)
        layout.addWidget(self.actions_box)
        layout.addWidget(self.invoices_caption)
        layout.addWidget(self.invoices_table, 1)
        self.reload_button.clicked.connect(self.refresh)
        self.retranslate_ui()
        self.refresh()

    # -- language -------------------------------------------------------------------------------
    def tab_title(self) -> str:
        if self.detail is None:
            return self.tr("Order")
        return self.tr("Order %1").replace("%1", str(self.detail.order_number))

    def retranslate_ui(self) -> None:
        captions = {
            "order_number": self.tr("Order number"),
            "product": self.tr("Product"),
            "period": self.tr("Period"),
            "schedule": self.tr("Billing"),
            "quantity": self.tr("Quantity"),
            "price": self.tr("Price per period (VAT 0%)"),
            "vat": self.tr("VAT"),
            "total": self.tr("Total incl. VAT"),
            "payer": self.tr("Payer"),
            "recipient": self.tr("Recipient"),
            "sales_channel": self.tr("Sales channel"),
            "payment_method": self.tr("Payment method"),
            "status": self.tr("Status"),
        }
        for name, caption in self.captions.items():
            caption.setText(captions[name] + ":")
        self.reload_button.setText(self.tr("Reload"))
        self.order_box.setTitle(self.tr("Order"))
        self.actions_box.setTitle(self.tr("Allowed actions in this state"))
        self.invoices_caption.setText(self.tr("Invoices of this order and their payment state"))
        self._show()
        self.title_changed.emit()

    def focus_filter(self) -> None:
        self.invoices_table.focus_filter()

    # -- data -----------------------------------------------------------------------------------
    def show_order(self, order_id: int) -> None:
        """Show another order in this tab (the main window reuses one order tab)."""
        if order_id != self.order_id:
            self.order_id = order_id
            self.tab_key = ("order", order_id)
            self.detail = None
            self.invoices_table.set_rows([])
            self._show()
            self.title_changed.emit()
        self.refresh()

    def on_order_changed(self, change: OrderChange) -> None:
        window = self.window()
        if hasattr(window, "statusBar"):
            if change.action == "order.requests_withdrawn":
                text = self.tr("The billing requests of order %1 were taken off the list.").replace(
                    "%1", str(change.order_number))
            elif change.status == OrderStatus.CANCELLED:
                text = self.tr("Order %1 was cancelled.").replace("%1", str(change.order_number))
            else:
                text = (self.tr("The price of order %1 is now %2.").replace("%1", str(change.order_number))
                        .replace("%2", formatting.money(change.price_after_cents, i18n.current_language(),
                                                        is_cents=True)))
            window.statusBar().showMessage(text, 10_000)
        self.order_changed.emit(change.order_id)
        self.refresh()

    def refresh(self) -> None:
        self.reload_button.setEnabled(False)
        self.ctx.tasks.run(self.ctx.read(_load_order, self.order_id), on_success=self._on_loaded,
                           on_failure=self._on_load_failed, owner=self)

    def _on_loaded(self, detail: OrderDetail) -> None:
        if detail.order_id != self.order_id:
            return  # an older load, finished after the tab moved on to another order
        self.detail = detail
        self.reload_button.setEnabled(True)
        self.invoices_table.set_rows(detail.invoices)
        self._show()
        self.title_changed.emit()
        self.loaded.emit()

    def _on_load_failed(self, err: ReskontraError) -> None:
        self.reload_button.setEnabled(True)
        messages.show_error(self, err)

    def _customer_link(self, customer_id: int | None, number: int | None, name: str) -> str:
        if customer_id is None:
            return "–"
        return f'<a href="customer:{customer_id}">{number}</a> {_html(name)}'

    def _show(self) -> None:
        d = self.detail
        if d is None:
            self.heading.setText(self.tr("Loading the order…"))
            return
        lang = i18n.current_language()
        self.heading.setText(self.tr("Order %1: %2").replace("%1", str(d.order_number)).replace("%2", d.product_name))
        period = formatting.date(d.period_start, lang) + " – " + (formatting.date(d.period_end, lang)
                                                                   if d.period_end else self.tr("until cancelled"))
        status = labels.label(d.status, OrderStatus)
        if d.cutoff_date is not None:
            status += " " + self.tr("(cut off %1)").replace("%1", formatting.date(d.cutoff_date, lang))
        vat = f"{formatting.percent_bp(d.vat_rate_bp, lang)} · {formatting.money(d.vat_cents, lang, is_cents=True)}"
        texts = {
            "order_number": str(d.order_number),
            "product": d.product_name,
            "period": period,
            "schedule": labels.label(d.billing_schedule, BillingSchedule),
            "quantity": formatting.number(d.quantity, lang),
            "price": formatting.money(d.unit_price_cents, lang, is_cents=True),
            "vat": vat,
            "total": formatting.money(d.total_cents, lang, is_cents=True),
            "payer": self._customer_link(d.payer_id, d.payer_number, d.payer_name),
            "recipient": self._customer_link(d.recipient_id, d.recipient_number, d.recipient_name),
            "sales_channel": labels.label(d.sales_channel, SalesChannel),
            "payment_method": labels.label(d.payment_method, PaymentMethod),
            "status": status,
        }
        for name, label in self.values.items():
            label.setText(texts[name])
        self.values["status"].setStyleSheet(f"color: {ERROR_RED.name()};" if d.cutoff_date is not None else "")
        actions = list(d.allowed_actions)
        if actions:
            self.actions_text.setText(", ".join(action_label(a) for a in actions))
        else:
            self.actions_text.setText(self.tr("None: nothing can be done to an order in this state."))
        self._show_action_buttons(actions)
        self.invoices_table.fit_columns()

    def _show_action_buttons(self, actions: list[str]) -> None:
        while self.action_buttons.count():
            item = self.action_buttons.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.setObjectName("")  # a button on its way out is not found by its name any more
                widget.deleteLater()
        for code in actions:
            handler = ACTION_HANDLERS.get(code)
            if handler is None:
                continue
            button = QPushButton(action_label(code), self.actions_box)
            button.setObjectName(f"action_{code}")
            button.clicked.connect(lambda _c=False, h=handler: h(self, self.detail))
            self.action_buttons.addWidget(button)
            button.setVisible(self.isVisible())
        self.action_buttons.addStretch(1)

    def _on_customer_link_activated(self, link: str) -> None:
        if link.startswith("customer:"):
            self.open_customer_requested.emit(int(link.split(":", 1)[1]))


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
