"""What the ledger refuses (SPEC §5, W11): a posting that would break the books, a change to a posted
voucher, and the fiscal-year and period rules. Every message is an English template translated
from the "errors" context of the catalogue."""

from __future__ import annotations

from desktop_app.services.foundation.errors import ReskontraError


class LedgerError(ReskontraError):
    """A posting that would break the books (unbalanced, closed period, posted voucher …)."""


class PostedVoucherChanged(LedgerError):
    """Raised by the guard in ``ledger/guard.py``: posted vouchers are immutable."""

    template = "A posted voucher cannot be changed; post a reversal instead."


# --- posting --------------------------------------------------------------------------------------

class UnbalancedVoucher(LedgerError):
    template = "The voucher does not balance: debits and credits differ by {difference} cents."


class EmptyVoucher(LedgerError):
    template = "A voucher needs at least two postings."


class PeriodNotOpen(LedgerError):
    template = "The date {date} falls in a period that is {state}. Choose a date in an open period (next open: {next_open})."


class NoPeriod(LedgerError):
    template = "There is no accounting period for {date}. An accountant must create the fiscal year first."


class BeforeLockDate(LedgerError):
    template = "Postings are locked up to {lock_date}; {date} is not allowed (next open: {next_open})."


class UnknownAccount(LedgerError):
    template = "Account id {account_id} does not exist or is not active; nothing can be posted on it."


class YearClosed(LedgerError):
    template = "The fiscal year {year} has been closed; nothing can be posted into it."


# --- fiscal years and periods ---------------------------------------------------------------------

class YearAlreadyClosed(LedgerError):
    template = "The fiscal year {year} has already been closed; its periods cannot change."


class YearNotEnded(LedgerError):
    template = "The fiscal year {year} ends on {end_date}; it can be closed only after that day."


class PeriodsNotClosed(LedgerError):
    template = "Close every period of the fiscal year {year} first; not closed yet: {periods}."


class YearEndNotConfirmed(LedgerError):
    template = ("The year-end close of {year} cannot be undone: nothing can be posted into the year afterwards. "
                "To go on, confirm it by giving the year {year}.")


class EarlierYearOpen(LedgerError):
    template = "Close the fiscal year {earlier} first: years are closed in order."


class FiscalYearExists(LedgerError):
    template = "The fiscal year {year} already exists."


class InvalidYear(ReskontraError):
    template = "{value} is not a valid year (1900–2999)."


class InvalidPeriod(ReskontraError):
    template = "{value} is not a period; write it as YYYY-MM, e.g. 2026-03."
