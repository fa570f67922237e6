"""Editing a customer's contact and billing data (W1.3).

The dialog only collects values; the customer service validates them (email, Finnish postal
code, business ID check digit, IBAN, e-invoice address) and saves them. A ``ValidationError``
puts each field's message in red right next to that field and saves nothing; a
``ConcurrentChange`` (someone else saved the customer meanwhile) asks the clerk to reload.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any  # a database session, the values of a form

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop_app.models.enums import Channel, CustomerKind
from desktop_app.services.customers import CustomerCard, CustomerData, FieldValue, update_customer
from desktop_app.services.foundation import i18n
from desktop_app.services.foundation.errors import ConcurrentChange, ReskontraError, ValidationError
from desktop_app.services.foundation.uow import Actor
from desktop_app.views.common import labels, messages
from desktop_app.views.context import AppContext

translate = QCoreApplication.translate

# Wide enough for the demo's longest emails and company names (35 characters) with room to spare;
# a longer stored value widens its field (and the dialog) up to WIDEST_CHARS.
FIELD_CHARS = 36
WIDEST_CHARS = 70

TEXT_FIELDS = ("first_name", "last_name", "company_name", "contact_person", "street", "postal_code", "city",
               "country", "email", "phone", "einvoice_address", "einvoice_operator", "business_id", "iban", "bic")
FIELDS = ("kind", *TEXT_FIELDS, "language", "billing_channel", "payment_term_days", "no_reminders")


def field_label(name: str) -> str:
    """The translated label of a customer field (also used by the change log)."""
    table = {
        "kind": translate("customer_fields", "Customer type"),
        "first_name": translate("customer_fields", "First name"),
        "last_name": translate("customer_fields", "Last name"),
        "company_name": translate("customer_fields", "Company name"),
        "contact_person": translate("customer_fields", "Contact person"),
        "name": translate("customer_fields", "Name"),
        "street": translate("customer_fields", "Street address"),
        "postal_code": translate("customer_fields", "Postal code"),
        "city": translate("customer_fields", "City"),
        "country": translate("customer_fields", "Country"),
        "email": translate("customer_fields", "Email"),
        "phone": translate("customer_fields", "Phone"),
        "language": translate("customer_fields", "Language"),
        "billing_channel": translate("customer_fields", "Billing channel"),
        "einvoice_address": translate("customer_fields", "E-invoice address"),
        "einvoice_operator": translate("customer_fields", "E-invoice operator"),
        "business_id": translate("customer_fields", "Business ID"),
        "iban": translate("customer_fields", "IBAN"),
        "bic": translate("customer_fields", "BIC"),
        "payment_term_days": translate("customer_fields", "Payment term (days)"),
        "no_reminders": translate("customer_fields", "No reminders"),
        # an order's changes, shown in the customer's change log
        "order_number": translate("customer_fields", "Order"),
        "unit_price_cents": translate("customer_fields", "Price per period"),
        "reason": translate("customer_fields", "Reason"),
        "billing_requests": translate("customer_fields", "Billing requests"),
        "status": translate("customer_fields", "Status"),
    }
    return table.get(name, name)


def _update_customer(session: Any, actor: Actor, customer_id: int, changes: dict[str, FieldValue],
                     expected_version: int) -> CustomerCard:
    return update_customer(session, actor, customer_id, changes, expected_version)


class CustomerEditDialog(QDialog):
    """Edit form; emits ``saved`` after the service accepted and committed the change."""

    saved = Signal()
    reload_requested = Signal()

    def __init__(self, ctx: AppContext, customer: CustomerData, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.customer = customer
        self.setObjectName("CustomerEditDialog")
        self.setModal(True)
        self.editors: dict[str, QWidget] = {}
        self.error_labels: dict[str, QLabel] = {}
        self.field_labels: dict[str, QLabel] = {}

        self.kind_combo = QComboBox(self)
        for kind in CustomerKind:
            self.kind_combo.addItem("", kind.value)
        self.editors["kind"] = self.kind_combo
        for name in TEXT_FIELDS:
            edit = QLineEdit(self)
            edit.setObjectName(f"edit_{name}")
            edit.setMinimumWidth(self._chars_width(edit, FIELD_CHARS))
            self.editors[name] = edit
        self.language_combo = QComboBox(self)
        for code in ("fi", "sv", "en"):
            self.language_combo.addItem("", code)
        self.editors["language"] = self.language_combo
        self.channel_combo = QComboBox(self)
        for channel in Channel:
            self.channel_combo.addItem("", channel.value)
        self.editors["billing_channel"] = self.channel_combo
        self.term_spin = QSpinBox(self)
        self.term_spin.setRange(0, 365)
        self.editors["payment_term_days"] = self.term_spin
        self.no_reminders_check = QCheckBox(self)
        self.editors["no_reminders"] = self.no_reminders_check

        self.contact_box = QGroupBox(self)
        self.billing_box = QGroupBox(self)
        self._form(self.contact_box, ("kind", "first_name", "last_name", "company_name", "contact_person",
                                      "street", "postal_code", "city", "country", "email", "phone", "language"))
        self._form(self.billing_box, ("billing_channel", "einvoice_address", "einvoice_operator", "business_id",
                                      "iban", "bic", "payment_term_days", "no_reminders"))
        self.summary = QLabel(self)
        self.summary.setObjectName("form_error_summary")
        self.summary.setProperty("role", "field_error")
        self.summary.setWordWrap(True)
        self.summary.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        columns = QHBoxLayout()
        columns.addWidget(self.contact_box, 1)
        columns.addWidget(self.billing_box, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)
        self.kind_combo.currentIndexChanged.connect(self._on_kind_combo_changed)
        self.channel_combo.currentIndexChanged.connect(self._on_kind_combo_changed)
        self._load(customer)
        self.retranslate_ui()
        self._saving = False

    def _form(self, box: QGroupBox, names: tuple[str, ...]) -> QGridLayout:
        grid = QGridLayout(box)
        grid.setColumnStretch(1, 1)
        for row, name in enumerate(names):
            label = QLabel(box)
            label.setBuddy(self.editors[name])
            self.field_labels[name] = label
            error = QLabel(box)
            error.setObjectName(f"error_{name}")
            error.setProperty("role", "field_error")
            error.setStyleSheet("color: #c62828;")
            error.setWordWrap(True)
            error.hide()
            self.error_labels[name] = error
            grid.addWidget(label, row * 2, 0, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            grid.addWidget(self.editors[name], row * 2, 1)
            grid.addWidget(error, row * 2 + 1, 1)
        grid.setVerticalSpacing(2)
        return grid

    # -- language -------------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Edit customer %1").replace("%1", str(self.customer.customer_number)))
        self.contact_box.setTitle(self.tr("Contact information"))
        self.billing_box.setTitle(self.tr("Billing information"))
        for name, label in self.field_labels.items():
            label.setText(field_label(name) + ":" if name != "no_reminders" else "")
        self.no_reminders_check.setText(self.tr("No payment reminders (perintäkielto)"))
        for i in range(self.kind_combo.count()):
            self.kind_combo.setItemText(i, labels.label(self.kind_combo.itemData(i), CustomerKind))
        for i in range(self.language_combo.count()):
            self.language_combo.setItemText(i, labels.language_name(self.language_combo.itemData(i)))
        for i in range(self.channel_combo.count()):
            self.channel_combo.setItemText(i, labels.label(self.channel_combo.itemData(i), Channel))
        self.term_spin.setSuffix(self.tr(" days"))
        # Hints that say what goes in, never sample values that could pass for a customer's data.
        hints = {
            "postal_code": self.tr("five digits in Finland"),
            "country": self.tr("two-letter country code"),
            "email": self.tr("email address"),
            "phone": self.tr("phone number"),
            "einvoice_address": self.tr("OVT code or IBAN of the receiver"),
            "einvoice_operator": self.tr("the operator's identifier"),
            "business_id": self.tr("seven digits, hyphen, check digit"),
            "iban": self.tr("account number in IBAN form"),
            "bic": self.tr("filled in from a Finnish IBAN"),
        }
        for name in TEXT_FIELDS:
            self.editors[name].setPlaceholderText(hints.get(name, ""))  # type: ignore[attr-defined]
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # -- values ---------------------------------------------------------------------------------
    @staticmethod
    def _chars_width(edit: QLineEdit, chars: int) -> int:
        return edit.fontMetrics().averageCharWidth() * chars + 16

    def _load(self, customer: CustomerData) -> None:
        for name in TEXT_FIELDS:
            edit: QLineEdit = self.editors[name]  # type: ignore[assignment]
            text = str(getattr(customer, name, "") or "")
            edit.setText(text)
            needed = edit.fontMetrics().horizontalAdvance(text) + 24  # frame and text margins
            edit.setMinimumWidth(min(max(self._chars_width(edit, FIELD_CHARS), needed),
                                     self._chars_width(edit, WIDEST_CHARS)))
            edit.setCursorPosition(0)  # a long value shows from its start
        self._select(self.kind_combo, str(customer.kind))
        self._select(self.language_combo, str(customer.language))
        self._select(self.channel_combo, str(customer.billing_channel))
        self.term_spin.setValue(int(customer.payment_term_days))
        self.no_reminders_check.setChecked(bool(customer.no_reminders))
        self._on_kind_combo_changed()

    @staticmethod
    def _select(combo: QComboBox, value: str) -> None:
        index = combo.findData(value)
        combo.setCurrentIndex(max(index, 0))

    def _on_kind_combo_changed(self, *_args: object) -> None:
        company = self.kind_combo.currentData() == CustomerKind.COMPANY.value
        for name in ("company_name", "contact_person", "business_id"):
            self.editors[name].setEnabled(company or bool(self.editors[name].text()))  # type: ignore[attr-defined]
        einvoice = self.channel_combo.currentData() == Channel.EINVOICE.value
        for name in ("einvoice_address", "einvoice_operator"):
            editor = self.editors[name]
            editor.setEnabled(einvoice or bool(editor.text()))  # type: ignore[attr-defined]

    def values(self) -> dict[str, FieldValue]:
        values: dict[str, FieldValue] = {name: self.editors[name].text().strip()  # type: ignore[attr-defined]
                                         for name in TEXT_FIELDS}
        values["kind"] = self.kind_combo.currentData()
        values["language"] = self.language_combo.currentData()
        values["billing_channel"] = self.channel_combo.currentData()
        values["payment_term_days"] = self.term_spin.value()
        values["no_reminders"] = self.no_reminders_check.isChecked()
        return values

    def changes(self) -> dict[str, FieldValue]:
        """Only what the clerk changed: the service and the change log see exactly that."""
        changed = {}
        for name, value in self.values().items():
            old: Any = getattr(self.customer, name, None)  # an enum stands for its value
            old = old.value if hasattr(old, "value") else old
            if (old if old is not None else "") != value:
                changed[name] = value
        return changed

    # -- saving ---------------------------------------------------------------------------------
    def clear_errors(self) -> None:
        for label in self.error_labels.values():
            label.clear()
            label.hide()
        for editor in self.editors.values():
            editor.setStyleSheet("")
        self.summary.hide()

    def show_errors(self, errors: dict[str, ReskontraError]) -> None:
        lang = i18n.current_language()
        first: QWidget | None = None
        other: list[str] = []
        for name, err in errors.items():
            label = self.error_labels.get(name)
            if label is None:
                other.append(f"{field_label(name)}: {i18n.error_text(err, lang)}")
                continue
            label.setText(i18n.error_text(err, lang))
            label.show()
            self.editors[name].setStyleSheet("border: 1px solid #c62828;")
            first = first or self.editors[name]
        self.summary.setText("\n".join([translate("errors", ValidationError.template), *other]))
        self.summary.show()
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)

    def save(self) -> None:
        if self._saving:
            return
        changes = self.changes()
        if not changes:
            self.accept()
            return
        self.clear_errors()
        self._saving = True
        self.buttons.setEnabled(False)
        self.ctx.tasks.run(
            self.ctx.write(_update_customer, self.customer.id, changes, self.customer.version),
            on_success=self._on_saved, on_failure=self._on_save_failed, owner=self)

    def _done_saving(self) -> None:
        self._saving = False
        if shiboken6.isValid(self):
            self.buttons.setEnabled(True)

    def _on_saved(self, _result: CustomerCard) -> None:
        self._done_saving()
        self.saved.emit()
        self.accept()

    def _on_save_failed(self, err: ReskontraError) -> None:
        self._done_saving()
        if isinstance(err, ValidationError):
            self.show_errors(err.errors)
        elif err.field and err.field in self.error_labels:
            self.show_errors({err.field: err})
        elif isinstance(err, ConcurrentChange):
            box = messages.show_error(self, err)
            box.finished.connect(lambda _r: self._reload_after_conflict())
        else:
            messages.show_error(self, err)

    def _reload_after_conflict(self) -> None:
        self.reload_requested.emit()
        self.reject()


def open_edit_dialog(ctx: AppContext, customer: CustomerData, parent: QWidget, on_saved: Callable[[], None],
                     on_reload: Callable[[], None]) -> CustomerEditDialog:
    """Open the editor non-blocking; ``on_saved`` runs after a successful save."""
    dialog = CustomerEditDialog(ctx, customer, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.saved.connect(on_saved)
    dialog.reload_requested.connect(on_reload)
    dialog.open()
    return dialog
