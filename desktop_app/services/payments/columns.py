"""The widths of the payments table's texts, and how a text from the bank is made to fit them.

The widths are those of ``models/payment.py``. Every text is made to fit here, the same on SQLite (which would
store anything) and PostgreSQL (which refuses what is too long).
"""

from __future__ import annotations

from desktop_app.services.documents import references

BANK_REF_LEN = 100
REFERENCE_LEN = 35
PAYER_LEN = 200
REASON_LEN = 300


def fit(text: str, limit: int) -> str:
    """Text cut to fit a column, with an ellipsis that shows it was cut."""
    return text if len(text) <= limit else text[:limit - 1] + "…"


def stored_reference(reference: str) -> str:
    """A reference number as the payments table holds it: compacted, cut to fit."""
    return fit(references.compact(reference), REFERENCE_LEN)


def matchable(bank_id: str | None) -> str | None:
    """A bank id kept to match a return by: whole or not at all (a cut id could match another payment)."""
    return bank_id if bank_id and len(bank_id) <= BANK_REF_LEN else None
