"""Translated labels of the domain's states and kinds, looked up at call time (language can change)."""

from __future__ import annotations

import enum
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from desktop_app.models.enums import (
    BillingSchedule,
    Channel,
    CustomerKind,
    InvoiceKind,
    InvoiceStatus,
    OrderStatus,
    PaymentMethod,
    PaymentSource,
    PaymentStatus,
    ProductKind,
    Role,
    SalesChannel,
    VoucherKind,
)
from desktop_app.services.foundation import i18n

translate = QCoreApplication.translate

_cache: dict[str, dict[tuple[type, str], str]] = {}  # per UI language; filled on first use


def clear_cache() -> None:
    _cache.clear()



def _table() -> dict[tuple[type, str], str]:
    """Keyed by (enum class, value): several enums share values such as "invoice" or "cancelled"."""
    pairs: list[tuple[enum.Enum, str]] = [
        (Role.CLERK, translate("labels", "clerk")),
        (Role.ACCOUNTANT, translate("labels", "accountant")),
        (CustomerKind.PERSON, translate("labels", "Person")),
        (CustomerKind.COMPANY, translate("labels", "Company")),
        (Channel.EMAIL, translate("labels", "Email")),
        (Channel.EINVOICE, translate("labels", "E-invoice")),
        (Channel.PAPER, translate("labels", "Paper")),
        (ProductKind.SUBSCRIPTION, translate("labels", "Subscription")),
        (ProductKind.ADVERTISEMENT, translate("labels", "Advertisement")),
        (ProductKind.SINGLE, translate("labels", "Single sale")),
        (BillingSchedule.ONE_OFF, translate("labels", "One-off")),
        (BillingSchedule.MONTHLY, translate("labels", "Monthly")),
        (BillingSchedule.QUARTERLY, translate("labels", "Quarterly")),
        (BillingSchedule.YEARLY, translate("labels", "Yearly")),
        (SalesChannel.INVOICE, translate("labels", "Invoicing")),
        (SalesChannel.CASH_DESK, translate("labels", "Cash desk")),
        (SalesChannel.ONLINE, translate("labels", "Online")),
        (PaymentMethod.INVOICE, translate("labels", "Invoice")),
        (PaymentMethod.CASH, translate("labels", "Cash")),
        (PaymentMethod.CARD, translate("labels", "Card")),
        (PaymentMethod.PAYPAL, translate("labels", "PayPal")),
        (PaymentMethod.GOOGLE_PAY, translate("labels", "Google Pay")),
        (PaymentMethod.APPLE_PAY, translate("labels", "Apple Pay")),
        (PaymentMethod.EASYPAY, translate("labels", "EasyPay")),
        (OrderStatus.ACTIVE, translate("labels", "Active")),
        (OrderStatus.CANCELLED, translate("labels", "Cancelled")),
        (OrderStatus.CUT_OFF, translate("labels", "Cut off")),
        (OrderStatus.ENDED, translate("labels", "Ended")),
        (OrderStatus.REFUNDED, translate("labels", "Refunded")),
        (InvoiceKind.INVOICE, translate("labels", "Invoice")),
        (InvoiceKind.AD_INVOICE, translate("labels", "Ad invoice")),
        (InvoiceKind.REMINDER, translate("labels", "Payment reminder")),
        (InvoiceKind.REFUND_INVOICE, translate("labels", "Refund invoice")),
        (InvoiceKind.CREDIT_NOTE, translate("labels", "Credit note")),
        (InvoiceStatus.OPEN, translate("labels", "Open")),
        (InvoiceStatus.PAID, translate("labels", "Paid")),
        (InvoiceStatus.CREDITED, translate("labels", "Credited")),
        (InvoiceStatus.COLLECTION, translate("labels", "In collection")),
        (InvoiceStatus.PAID_OUT, translate("labels", "Paid out")),
        (InvoiceStatus.CANCELLED, translate("labels", "Cancelled")),
        (PaymentSource.BANK_FILE, translate("labels", "Bank file")),
        (PaymentSource.MANUAL, translate("labels", "Entered by hand")),
        (PaymentSource.CASH_DESK, translate("labels", "Cash desk")),
        (PaymentSource.ONLINE, translate("labels", "Online")),
        (PaymentStatus.MATCHED, translate("labels", "Matched")),
        (PaymentStatus.PARTIAL, translate("labels", "Partial")),
        (PaymentStatus.OVERPAID, translate("labels", "Overpaid")),
        (PaymentStatus.UNMATCHED, translate("labels", "Unmatched")),
        (PaymentStatus.TO_BALANCE, translate("labels", "To credit balance")),
        (PaymentStatus.REFUNDED, translate("labels", "Refunded")),
        (PaymentStatus.REVERSED, translate("labels", "Reversed")),
        (PaymentStatus.DUPLICATE, translate("labels", "Possibly imported already")),
        (PaymentStatus.DISCARDED, translate("labels", "Discarded as a duplicate")),
        (PaymentStatus.RETURN, translate("labels", "Return waits")),
        (VoucherKind.INVOICE, translate("labels", "Invoice")),
        (VoucherKind.REMINDER_FEE, translate("labels", "Reminder fee")),
        (VoucherKind.PAYMENT, translate("labels", "Payment")),
        (VoucherKind.BALANCE_APPLIED, translate("labels", "Credit balance applied")),
        (VoucherKind.CUTOFF_BALANCE, translate("labels", "Cut-off to credit balance")),
        (VoucherKind.CUTOFF_REFUND, translate("labels", "Cut-off with refund invoice")),
        (VoucherKind.REFUND_PAYOUT, translate("labels", "Refund paid out")),
        (VoucherKind.REIMBURSEMENT, translate("labels", "Reimbursement")),
        (VoucherKind.REVERSAL, translate("labels", "Reversal")),
        (VoucherKind.SALE, translate("labels", "Sale")),
        (VoucherKind.SALE_REFUND, translate("labels", "Sale refunded")),
        (VoucherKind.REVENUE_RECOGNITION, translate("labels", "Revenue recognition")),
        (VoucherKind.MANUAL, translate("labels", "Manual voucher")),
    ]
    return {(type(member), str(member.value)): text for member, text in pairs}

def label(value: object, kind: type[enum.Enum] | None = None) -> str:
    """The translated label of an enum member (or of a stored value of ``kind``), else the value as text."""
    if value is None:
        return ""
    if isinstance(value, enum.Enum):
        kind, value = type(value), value.value
    if kind is None:
        return str(value)
    lang = i18n.current_language()
    table = _cache.get(lang)
    if table is None:
        table = _cache[lang] = _table()
    return table.get((kind, str(value)), str(value))


def _file_names() -> dict[str, str]:
    return {
        "reskontra": translate("file_names", "reskontra"),
        "orders": translate("file_names", "orders"),
        "invoices": translate("file_names", "invoices"),
        "payments": translate("file_names", "payments"),
        "postings": translate("file_names", "postings"),
        "credit_balance": translate("file_names", "credit_balance"),
        "change_log": translate("file_names", "change_log"),
        "customers": translate("file_names", "customers"),
        "billing_requests": translate("file_names", "billing_requests"),
        "billing_by_channel": translate("file_names", "billing_by_channel"),
        "billing_by_product": translate("file_names", "billing_by_product"),
        "billing_by_vat_rate": translate("file_names", "billing_by_vat_rate"),
        "billing_invoices": translate("file_names", "billing_invoices"),
        "billing_skipped": translate("file_names", "billing_skipped"),
        "billing_run": translate("file_names", "billing_run"),
        "billing_run_preview": translate("file_names", "billing_run_preview"),
        "reminder_candidates": translate("file_names", "reminder_candidates"),
        "not_eligible_for_reminders": translate("file_names", "not_eligible_for_reminders"),
        "collection_candidates": translate("file_names", "collection_candidates"),
        "collection": translate("file_names", "collection"),
        "order_invoices": translate("file_names", "order_invoices"),
        "unsent_invoices": translate("file_names", "unsent_invoices"),
        "sending_batch": translate("file_names", "sending_batch"),
        "preview": translate("file_names", "preview"),
    }


def file_name(key: str) -> str:
    """The name (without suffix) a save dialog suggests, in the UI language: "orders" -> "tilaukset".

    A key may end in a number, date or batch id after an underscore ("sending_batch_12",
    "billing_run_L20261124-0001"): the words are translated and the rest kept. An unknown key is returned as it is.
    """
    names = _file_names()
    if key in names:
        return names[key]
    head, _, tail = key.rpartition("_")
    if head in names and tail:
        return f"{names[head]}_{tail}"
    return key


def language_name(code: str) -> str:
    names: dict[str, Callable[[], str]] = {
        "fi": lambda: translate("labels", "Finnish"),
        "sv": lambda: translate("labels", "Swedish"),
        "en": lambda: translate("labels", "English"),
        "bg": lambda: translate("labels", "Bulgarian"),
    }
    return names[code]() if code in names else code
