"""Customers and their orders (W1): search, the customer card, the order detail with its allowed
actions, and creating or editing a customer."""

from desktop_app.services.customers.card import (
    CustomerCard,
    CustomerData,
    CutoffReasonText,
    InvoiceRow,
    OrderDetail,
    OrderRow,
    PaymentRow,
    PostingRow,
    allowed_actions,
    customer_id_by_number,
    get_customer,
    get_customer_card,
    get_order_detail,
    has_invoices,
    left_to_bill,
    order_id_by_number,
    pending_request_count,
)
from desktop_app.services.customers.edits import (
    EDITABLE_FIELDS,
    FieldValue,
    create_customer,
    customer_tokens,
    update_customer,
)

__all__ = [
    "EDITABLE_FIELDS",
    "CustomerCard",
    "CustomerData",
    "CutoffReasonText",
    "FieldValue",
    "InvoiceRow",
    "OrderDetail",
    "OrderRow",
    "PaymentRow",
    "PostingRow",
    "allowed_actions",
    "create_customer",
    "customer_id_by_number",
    "customer_tokens",
    "get_customer",
    "get_customer_card",
    "get_order_detail",
    "has_invoices",
    "left_to_bill",
    "order_id_by_number",
    "pending_request_count",
    "update_customer",
]
