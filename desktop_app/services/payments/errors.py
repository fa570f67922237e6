"""The errors of the payments workflow (W10): what a clerk's action on a payment, or a bank file, is refused for.

``PaymentError`` and its subclasses refuse an action on a payment (allocate, refund, enter by hand …);
``BankFileError`` and its subclasses refuse a bank file whole (nothing of it is imported). The reasons a
payment waits for the clerk are not raised: they are stored texts, in ``reasons``; so are the reasons an entry
of a good file is not imported, in ``camt054``.
"""

from __future__ import annotations

from desktop_app.services.foundation.errors import ReskontraError


class PaymentError(ReskontraError):
    template = "The payment cannot be handled."


class ImportCancelled(PaymentError):
    template = "The import was cancelled; nothing was imported."


class NothingUnallocated(PaymentError):
    template = "Payment {payment} has nothing left to allocate."


class NoCustomerForPayment(PaymentError):
    template = "Payment {payment} matches no customer. Choose the customer first."


class AllocationTooLarge(PaymentError):
    template = "{amount} is more than the {open} still open on invoice {invoice}."


class AllocationExceedsPayment(PaymentError):
    template = "The allocations add up to {amount}, but only {unallocated} of the payment is unallocated."


class AllocationNotPositive(PaymentError):
    template = "An allocation must be more than zero (invoice {invoice})."


class InvoiceNotPayable(PaymentError):
    template = "Invoice {invoice} cannot take a payment: it is {state}."


class OtherCustomersInvoice(PaymentError):
    template = "Invoice {invoice} belongs to customer {invoice_customer}, not to customer {customer} of the payment."


class SettlementAlreadyUndone(PaymentError):
    template = "This settlement of invoice {invoice} was already undone."


class AmountNotPositive(PaymentError):
    template = "The amount must be more than zero."


class OnlyEuro(PaymentError):
    template = "Only euro payments can be entered (not {currency})."


class ReferenceInvalid(PaymentError):
    template = "{reference} is not a valid Finnish or RF reference number."


class NotAPossibleDuplicate(PaymentError):
    template = "Payment {payment} is not held as possibly imported already."


class NotAWaitingReturn(PaymentError):
    template = "Payment {payment} is not a bank return waiting for its original payment."


class NotReturnable(PaymentError):
    template = ("Payment {payment} cannot be taken back by return {bank_ref}: it is for {amount} and the return for "
                "{returned}, or it was already reversed, turned into credit balance or refunded.")


# --- a bank file refused whole ---------------------------------------------------------------------


class BankFileError(ReskontraError):
    """The bank file cannot be imported at all; nothing was imported."""

    template = "{file} cannot be imported as a bank file."


class NotCamt054(BankFileError):
    template = "{file} is not an ISO 20022 camt.054 bank notification (it is {found})."


class MalformedBankFile(BankFileError):
    template = "{file} is not a valid bank file: {detail}"


class EntryTotalMismatch(BankFileError):
    template = ("{file} cannot be imported: entry {entry} is for {entry_amount}, but its payments add up to "
                "{payments_total}. Nothing was imported; ask the bank for a corrected file.")


class OtherAccount(BankFileError):
    template = ("{file} is for the bank account {account}, not the company's bank account {expected}. "
                "Nothing was imported.")
