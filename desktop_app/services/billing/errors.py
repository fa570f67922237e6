"""The errors of billing (W4): why a billing request cannot be billed, why a fetch, a correction or
a run is refused, and why an order cannot be changed. Their templates are the translation keys."""

from __future__ import annotations

from desktop_app.services.foundation.errors import ReskontraError

# --- a billing request that cannot be billed (the reason shown on its row) ------------------------


class BillingRequestProblem(ReskontraError):
    """Why one billing request cannot be billed; its template is the reason shown on the row."""


class PaperAddressMissing(BillingRequestProblem):
    template = "Missing address for the paper channel"


class EmailMissing(BillingRequestProblem):
    template = "Missing email address for the email channel"


class EinvoiceAddressMissing(BillingRequestProblem):
    template = "Missing e-invoice address or operator"


class OrderCancelled(BillingRequestProblem):
    template = "The order is cancelled"


class OrderCutOff(BillingRequestProblem):
    template = "The order has been cut off"


class OrderEnded(BillingRequestProblem):
    template = "The order has ended"


class OrderRefunded(BillingRequestProblem):
    template = "The order has been refunded"


class NonPositivePrice(BillingRequestProblem):
    template = "Zero or negative price"


class NonPositiveQuantity(BillingRequestProblem):
    template = "Zero or negative quantity"


class CustomerNameMissing(BillingRequestProblem):
    template = "Missing customer name"


class NoVatRate(BillingRequestProblem):
    template = "No VAT rate in force for the period"


class AlreadyBilled(BillingRequestProblem):
    template = "The billing request has already been billed"


class RequestCancelled(BillingRequestProblem):
    template = "The billing request is cancelled"


class NotYetDue(BillingRequestProblem):
    template = "The billing request is not yet due"


class OtherRunKind(BillingRequestProblem):
    template = "The billing request belongs to the other billing run (subscriptions or advertisements)"


class BilledElsewhere(BillingRequestProblem):
    template = "Another billing run billed this request at the same time"


# --- fetching and correcting billing requests ---------------------------------------------------


class FetchFarAhead(ReskontraError):
    template = ("Fetching billing requests up to {until} is more than 13 months ahead of {today} and would create "
                "{count} billing requests for good. Check the date, or confirm to fetch so far ahead.")

    @property
    def count(self) -> int:
        return int(self.params["count"])


class RequestNotPending(ReskontraError):
    template = "Billing request {request_id} has already been billed or cancelled; it cannot be changed."


class InvalidRequestQuantity(ReskontraError):
    template = "The quantity must be a whole number of at least 1."


class InvalidRequestPrice(ReskontraError):
    template = "The price must be zero or more, in euros and cents."


# --- the billing run ----------------------------------------------------------------------------


class BillingRunError(ReskontraError):
    """A billing run cannot start; nothing was written."""


class DueBeforeInvoiceDate(BillingRunError):
    template = "The due date {due_date} is before the invoice date {invoice_date}."


class NoRunDate(BillingRunError):
    template = "Choose the date up to which billing requests are billed."


class NoVatAccount(BillingRunError):
    template = "No VAT payable account is set for the VAT rate {rate}."


# --- changing an order ------------------------------------------------------------------------


class PriceNotPositive(ReskontraError):
    template = "The price must be more than zero."


class PriceUnchanged(ReskontraError):
    template = "Order {order_number} already has the price {price}."


class ReasonMissing(ReskontraError):
    template = "Give a reason for the change; it is kept in the audit log."


class OrderIsCancelled(ReskontraError):
    template = "Order {order_number} is cancelled; it cannot be changed."


class OrderNotActive(ReskontraError):
    template = "Order {order_number} has been cut off, has ended or has been refunded; it cannot be changed."


class OrderIsSale(ReskontraError):
    template = "Order {order_number} is a cash-desk or online sale, paid when it was sold; it cannot be changed here."


class OrderFullyBilled(ReskontraError):
    template = "Order {order_number} has already been billed for its whole period; its price can no longer be changed."


class OrderStillActive(ReskontraError):
    template = ("Order {order_number} is active: its billing requests are billed as usual. "
                "Change its price or cancel the order instead.")


class NoPendingRequests(ReskontraError):
    template = "Order {order_number} has no billing requests waiting."


class OrderHasInvoices(ReskontraError):
    template = ("Order {order_number} has already been billed; it cannot be cancelled. "
                "Cut off the paid order or credit its invoice instead.")
