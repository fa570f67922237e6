"""Why a payment needs handling: reasons stored with the payment as template + params, translated when shown.

The ``HandlingReason`` classes are never raised: they are classes only so that the translation tool collects
their templates (see ``desktop_app.tools.update_error_translations``). ``stored_reason`` writes a reason
(JSON of the English template and its values, always whole within the column); ``reason_of`` reads it back.
"""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

from desktop_app.services.foundation.errors import ReskontraError
from desktop_app.services.foundation.money import to_decimal
from desktop_app.services.payments.columns import REASON_LEN, fit


class HandlingReason(ReskontraError):
    template = "The payment needs handling."


class NoReference(HandlingReason):
    template = "The payment has no reference number."


class UnknownReference(HandlingReason):
    template = "No invoice has the reference {reference}."


class BadReference(HandlingReason):
    template = "The reference {reference} is not a valid Finnish or RF reference number."


class Overpaid(HandlingReason):
    template = "Overpaid by {amount}: invoice {invoice} is paid."


class AlreadyPaid(HandlingReason):
    template = "Invoice {invoice} was already paid."


class Credited(HandlingReason):
    template = "Invoice {invoice} is credited or cut off; nothing is left to pay on it."


class NotPayable(HandlingReason):
    template = "Reference {reference} belongs to a {kind}, which is not paid by the customer."


class Undone(HandlingReason):
    template = "The settlement of invoice {invoice} was undone."


class CustomerOnly(HandlingReason):
    template = "Entered for customer {customer} without an invoice."


class ReversalNoOriginal(HandlingReason):
    template = ("Reversal {bank_ref} of {amount} (reference {reference}) matches no imported payment; "
                "settle it with the bank.")


class ReversalUsed(HandlingReason):
    template = ("Reversal {bank_ref}: payment {payment} was already turned into credit balance that has been "
                "used, or refunded; handle it by hand.")


class ReversalOf(HandlingReason):
    template = "Reversal of payment {payment}."


class ReversedByBank(HandlingReason):
    template = "Reversed by the bank ({bank_ref})."


class PossiblyImported(HandlingReason):
    template = ("Possibly imported already: payment {payment} has the same amount, reference, date and payer, and "
                "the bank gave no archive id to tell them apart. Accept it as a payment or discard it as a duplicate.")


class DiscardedDuplicate(HandlingReason):
    template = "Discarded as a duplicate of payment {payment}."


class ReturnAmbiguous(HandlingReason):
    template = ("Return {bank_ref} of {amount} (reference {reference}, payer {payer}) does not say which payment it "
                "takes back; it may be payment {payments}. Apply it to the right one.")


NO_REFERENCE = NoReference.template
UNKNOWN_REFERENCE = UnknownReference.template
BAD_REFERENCE = BadReference.template
OVERPAID = Overpaid.template
ALREADY_PAID = AlreadyPaid.template
CREDITED = Credited.template
NOT_PAYABLE = NotPayable.template
UNDONE = Undone.template
CUSTOMER_ONLY = CustomerOnly.template
REVERSAL_NO_ORIGINAL = ReversalNoOriginal.template
REVERSAL_USED = ReversalUsed.template


EUROS = "€:"  # a stored parameter that is an amount in euros, formatted for the reader's language


def stored_reason(template: str, **params: Any) -> str:
    """The stored reason: JSON of the template and its values, always whole within the column (a value from the
    bank file, such as a 5 000-character reference, is shortened, never the JSON)."""
    stored = {k: EUROS + str(v) if isinstance(v, Decimal) else str(v) for k, v in params.items()}
    for limit in (60, 24, 8, 1):
        text = json.dumps({"t": template, "p": {k: v if v.startswith(EUROS) else fit(v, limit)
                                                for k, v in stored.items()}}, ensure_ascii=False)
        if len(text) <= REASON_LEN:
            return text
    raise ValueError(f"the reason {template!r} does not fit in {REASON_LEN} characters")


def reason_of(stored: str) -> tuple[str, dict[str, Any]]:
    """A stored handling reason as (English template, params); plain text (older rows) as itself.

    Amounts come back as ``Decimal`` euros, so ``i18n.error_text`` formats them for the language."""
    if stored.startswith("{"):
        try:
            data = json.loads(stored)
            return str(data["t"]), {str(k): Decimal(v[len(EUROS):]) if str(v).startswith(EUROS) else str(v)
                                    for k, v in data.get("p", {}).items()}
        except (ValueError, KeyError, TypeError):
            pass
    # Plain text is shown as it is, never used as a format string (a reason cut before it was JSON-safe).
    return stored.replace("{", "{{").replace("}", "}}"), {}


def euros(amount_cents: int) -> Decimal:
    """Euros for a message parameter (``i18n.error_text`` formats them for the language)."""
    return to_decimal(amount_cents)
