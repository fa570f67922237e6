"""Mapped tables, one module per aggregate. Importing this package registers them all."""

from desktop_app.models.audit import AuditEvent
from desktop_app.models.base import Base
from desktop_app.models.billing import BillingRequest, BillingRun
from desktop_app.models.customer import Customer, CustomerSearchToken
from desktop_app.models.invoice import Invoice, InvoiceLine
from desktop_app.models.ledger import Account, FiscalYear, Period, Posting, Voucher
from desktop_app.models.order import CutoffReason, Order
from desktop_app.models.payee import Payable, Payee
from desktop_app.models.payment import Payment, PaymentImport, Settlement
from desktop_app.models.product import Product, ReferenceRate, VatRate
from desktop_app.models.sending import Dispatch, SendingBatch
from desktop_app.models.setting import NumberSequence, Setting
from desktop_app.models.user import User

__all__ = [
    "Account", "AuditEvent", "Base", "BillingRequest", "BillingRun", "Customer", "CustomerSearchToken",
    "CutoffReason", "Dispatch", "FiscalYear", "Invoice", "InvoiceLine", "NumberSequence", "Order",
    "Payable", "Payee", "Payment", "PaymentImport", "Period", "Posting", "Product", "ReferenceRate",
    "SendingBatch", "Setting", "Settlement", "User", "Voucher", "VatRate",
]
