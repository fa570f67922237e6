"""Every state and kind in the domain, as string enums (stored by value)."""

from __future__ import annotations

import enum


class StrEnum(enum.StrEnum):
    def __str__(self) -> str:
        return str(self.value)


class Role(StrEnum):
    CLERK = "clerk"
    ACCOUNTANT = "accountant"


class CustomerKind(StrEnum):
    PERSON = "person"
    COMPANY = "company"


class Channel(StrEnum):
    EMAIL = "email"
    EINVOICE = "einvoice"
    PAPER = "paper"


class ProductKind(StrEnum):
    SUBSCRIPTION = "subscription"
    ADVERTISEMENT = "advertisement"
    SINGLE = "single"  # one-off sale (event ticket, single copy)


class VatClass(StrEnum):
    STANDARD = "standard"  # 25.5 % in 2026
    REDUCED = "reduced"  # 13.5 % in 2026
    PERIODICALS = "periodicals"  # 10 % newspapers and magazines
    ZERO = "zero"


class BillingSchedule(StrEnum):
    ONE_OFF = "one_off"
    MONTHLY = "monthly"
    QUARTERLY = "quarterly"
    YEARLY = "yearly"


class SalesChannel(StrEnum):
    INVOICE = "invoice"  # ordinary billed subscription
    CASH_DESK = "cash_desk"
    ONLINE = "online"


class PaymentMethod(StrEnum):
    INVOICE = "invoice"
    CASH = "cash"
    CARD = "card"
    PAYPAL = "paypal"
    GOOGLE_PAY = "google_pay"
    APPLE_PAY = "apple_pay"
    EASYPAY = "easypay"


class OrderStatus(StrEnum):
    ACTIVE = "active"
    CANCELLED = "cancelled"
    CUT_OFF = "cut_off"
    ENDED = "ended"
    REFUNDED = "refunded"


class BillingRequestStatus(StrEnum):
    PENDING = "pending"
    BILLED = "billed"
    CANCELLED = "cancelled"


class BillingRunKind(StrEnum):
    SUBSCRIPTIONS = "subscriptions"
    ADVERTISEMENTS = "advertisements"


class InvoiceKind(StrEnum):
    INVOICE = "invoice"
    AD_INVOICE = "ad_invoice"
    REMINDER = "reminder"
    REFUND_INVOICE = "refund_invoice"
    CREDIT_NOTE = "credit_note"


class InvoiceStatus(StrEnum):
    OPEN = "open"
    PAID = "paid"
    CREDITED = "credited"  # covered by a credit note or cut off
    COLLECTION = "collection"  # transferred to the collection agency
    PAID_OUT = "paid_out"  # a refund invoice whose money finance paid back (W6)
    CANCELLED = "cancelled"


class LineKind(StrEnum):
    ITEM = "item"
    BALANCE = "balance"  # customer's credit balance applied
    FEE = "fee"  # reminder fee
    INTEREST = "interest"  # late-payment interest shown on a reminder


class PaymentSource(StrEnum):
    BANK_FILE = "bank_file"
    MANUAL = "manual"
    CASH_DESK = "cash_desk"
    ONLINE = "online"


class PaymentStatus(StrEnum):
    MATCHED = "matched"
    PARTIAL = "partial"
    OVERPAID = "overpaid"
    UNMATCHED = "unmatched"
    TO_BALANCE = "to_balance"  # clerk turned the rest into credit balance
    REFUNDED = "refunded"
    REVERSED = "reversed"
    # Held, nothing booked: the clerk decides (values at most 10 characters: the column is VARCHAR(18)).
    DUPLICATE = "duplicate"  # possibly imported already (same amount, reference, date, payer, no archive id)
    DISCARDED = "discarded"  # a held possible duplicate the clerk discarded
    RETURN = "return"  # a bank return that names no original and fits several payments (or none)


class AccountRole(StrEnum):
    RECEIVABLES = "receivables"
    REVENUE = "revenue"
    VAT_PAYABLE = "vat_payable"
    BANK = "bank"
    CUSTOMER_BALANCE = "customer_balance"
    UNALLOCATED_PAYMENTS = "unallocated"  # received, not yet allocated nor turned into balance
    REFUND = "refund"
    REMINDER_FEE_INCOME = "reminder_fee_income"
    INTEREST_INCOME = "interest_income"
    PAYABLES = "payables"
    CASH = "cash"
    OTHER = "other"


class VoucherKind(StrEnum):
    INVOICE = "invoice"
    REMINDER_FEE = "reminder_fee"
    PAYMENT = "payment"
    BALANCE_APPLIED = "balance_applied"
    CUTOFF_BALANCE = "cutoff_balance"
    CUTOFF_REFUND = "cutoff_refund"
    REFUND_PAYOUT = "refund_payout"
    REIMBURSEMENT = "reimbursement"
    REVERSAL = "reversal"
    SALE = "sale"  # cash desk / online sale
    SALE_REFUND = "sale_refund"
    REVENUE_RECOGNITION = "revenue_recognition"
    MANUAL = "manual"


class SettlementState(StrEnum):
    NONE = "none"
    MARKED = "marked"
    SETTLED = "settled"


class PeriodState(StrEnum):
    OPEN = "open"
    ON_HOLD = "on_hold"
    CLOSED = "closed"


class PayableStatus(StrEnum):
    OPEN = "open"
    EXPORTED = "exported"
    PAID = "paid"


class DispatchStatus(StrEnum):
    PENDING = "pending"  # claimed, being sent
    SENT = "sent"
    FAILED = "failed"
    PDF_ONLY = "pdf_only"
