"""Importing the bank's camt.054 file (W10): parse it whole, skip what is already in, book the rest.

Imports are idempotent by each payment's identity (``Payment.identity``, unique; see ``camt054``): the bank's
archive id with the account and booking date, so an end-of-day file after the intraday one books only what is
new; a file skips what the books already hold and says so. Without an archive id the identity is the file's
own, and a payment that looks like one already in the books (same amount, reference, booking date and payer) is
*held* as possibly imported already: written down with nothing booked, until the clerk accepts it
(``allocation.accept_possible_duplicate``) or discards it (``allocation.discard_duplicates``). A file for another
account than ``company.iban`` is refused whole. A bank return takes back the payment it names (``returns``).
One import runs at a time on PostgreSQL (a transaction-level advisory lock), and the invoices it pays are
locked, so two desks can neither import the same file twice nor pay one invoice twice over.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session, sessionmaker

from desktop_app.models import Payment, PaymentImport
from desktop_app.models.enums import PaymentSource, PaymentStatus
from desktop_app.services.documents import references
from desktop_app.services.foundation import audit
from desktop_app.services.foundation import settings as settings_service
from desktop_app.services.foundation.bulk import IN_CHUNK
from desktop_app.services.foundation.money import to_decimal
from desktop_app.services.foundation.uow import Actor, UnitOfWork
from desktop_app.services.payments import camt054
from desktop_app.services.payments.booking import Cancel, Progress, book
from desktop_app.services.payments.columns import BANK_REF_LEN, PAYER_LEN, fit, stored_reference
from desktop_app.services.payments.errors import OtherAccount
from desktop_app.services.payments.matching import Booked, Incoming
from desktop_app.services.payments.queries import HELD
from desktop_app.services.payments.returns import Waits, reverse_bank_payment


@dataclass(frozen=True)
class ImportResult:
    file_name: str
    import_id: int | None
    payments: int  # new incoming payments booked (each counted once below)
    matched: int  # paid its invoice exactly
    partial: int  # paid part of its invoice
    overpaid: int  # paid more than was open (or to a paid / credited invoice): the rest needs handling
    unmatched: int  # matched no invoice: needs handling
    reversals: int  # bank reversals that cancelled an earlier payment
    duplicates_skipped: int  # already imported (by the bank's transaction reference)
    total_cents: int
    unallocated_cents: int
    refused: tuple[camt054.RefusedEntry, ...] = ()
    already_imported_on: dt.datetime | None = None  # the same file was imported before
    payment_ids: tuple[int, ...] = field(default=())
    possible_duplicates: int = 0  # held as possibly imported already: nothing booked, the clerk decides
    returns_waiting: int = 0  # bank returns that fit several payments: they wait for the clerk

    @property
    def total(self) -> Decimal:
        return to_decimal(self.total_cents)

    @property
    def needs_handling(self) -> int:
        return self.overpaid + self.unmatched + self.possible_duplicates + self.returns_waiting


def import_bank_file(session_factory: sessionmaker[Session], actor: Actor, data: bytes, file_name: str, *,
                     progress: Progress | None = None, cancel: Cancel | None = None) -> ImportResult:
    """Import a camt.054 file: parse it whole, skip what is already in, book the rest. All or nothing."""
    parsed = camt054.parse_camt054(data, file_name)
    digest = hashlib.sha256(data).hexdigest()
    with UnitOfWork(session_factory) as uow:
        session = uow.session
        if session.get_bind().dialect.name == "postgresql":
            # One import at a time: the second desk waits, then sees the first one's payments as duplicates.
            session.execute(text("SELECT pg_advisory_xact_lock(hashtext('reskontra.payment_import'))"))
        _check_account(session, parsed, file_name)
        earlier = session.scalar(select(func.min(PaymentImport.imported_at)).where(PaymentImport.file_sha256 == digest))
        known = _known(session, parsed.payments)
        fresh = [p for p in parsed.payments if p.identity not in known]
        duplicates = len(parsed.payments) - len(fresh)
        if not fresh:
            return ImportResult(file_name, None, 0, 0, 0, 0, 0, 0, duplicates, 0, 0, tuple(parsed.refused),
                                earlier)
        record = PaymentImport(file_name=file_name[:400], file_sha256=digest, imported_by=actor.user_id,
                               payments=len(fresh))
        session.add(record)
        session.flush()
        booked = _book_incoming(session, actor, [p for p in fresh if not p.reversal], record.id, progress, cancel)
        refused = list(parsed.refused)
        reversed_count, returns_waiting = _reverse_returns(session, actor, [p for p in fresh if p.reversal],
                                                           record.id, refused)
        result = _result(file_name, record.id, booked, reversed_count, returns_waiting, duplicates, refused, earlier)
        audit.record(session, actor, "payments.imported", "payment_import", record.id, after={
            "file": file_name, "payments": result.payments, "matched": result.matched, "partial": result.partial,
            "overpaid": result.overpaid, "unmatched": result.unmatched, "reversals": reversed_count,
            "duplicates_skipped": duplicates, "refused": len(refused), "total_cents": result.total_cents,
            "possible_duplicates": result.possible_duplicates, "returns_waiting": returns_waiting})
        uow.commit()
        return result


def _book_incoming(session: Session, actor: Actor, incoming: list[camt054.BankPayment], import_id: int,
                   progress: Progress | None, cancel: Cancel | None) -> list[Booked]:
    """The file's new incoming payments booked; one that looks like a payment in the books is held."""
    lookalikes = _lookalikes(session, [p for p in incoming if not p.has_archive_id])
    return book(session, actor, [
        Incoming(p.amount_cents, p.booking_date, p.reference, p.payer_name, p.message, p.value_date,
                 p.bank_ref, p.currency, identity=p.identity, archive_id=p.archive_id,
                 end_to_end_id=p.end_to_end_id, held_as_duplicate_of=lookalikes.get(_lookalike_key(p)))
        for p in incoming
    ], source=PaymentSource.BANK_FILE, import_id=import_id, progress=progress, cancel=cancel)


def _reverse_returns(session: Session, actor: Actor, reversals: list[camt054.BankPayment], import_id: int,
                     refused: list[camt054.RefusedEntry]) -> tuple[int, int]:
    """The file's returns applied: (reversed, waiting for the clerk); what cannot be is added to ``refused``."""
    reversed_count = returns_waiting = 0
    for p in reversals:
        problem = reverse_bank_payment(session, actor, p, import_id)
        if problem is None:
            reversed_count += 1
        elif isinstance(problem, Waits):
            returns_waiting += 1
        else:
            refused.append(problem)
    return reversed_count, returns_waiting


def _result(file_name: str, import_id: int, booked: list[Booked], reversed_count: int, returns_waiting: int,
            duplicates: int, refused: list[camt054.RefusedEntry], earlier: dt.datetime | None) -> ImportResult:
    counts = {s: sum(1 for b in booked if b.status == s) for s in PaymentStatus}
    paid = [b for b in booked if b.status not in HELD]
    return ImportResult(
        file_name, import_id, len(paid), counts[PaymentStatus.MATCHED], counts[PaymentStatus.PARTIAL],
        counts[PaymentStatus.OVERPAID], counts[PaymentStatus.UNMATCHED], reversed_count, duplicates,
        sum(b.incoming.amount_cents for b in paid), sum(b.unallocated for b in paid), tuple(refused), earlier,
        possible_duplicates=counts[PaymentStatus.DUPLICATE], returns_waiting=returns_waiting,
    )


def _check_account(session: Session, parsed: camt054.Camt054File, file_name: str) -> None:
    """The file must be for the company's bank account (settings ``company.iban``), or nothing is imported."""
    expected = references.compact(str(settings_service.get(session, "company.iban") or "")).upper()
    account = references.compact(parsed.account_iban).upper()
    if expected and account != expected:
        raise OtherAccount(file=file_name or "The file", account=parsed.account_iban, expected=expected)


def _known(session: Session, parsed: Sequence[camt054.BankPayment]) -> set[str]:
    """Identities of these payments already in the books. A payment imported before identities (migration 0005)
    is known by its bank_ref, which was its key then, with its booking date and amount (an entry counter that
    restarts in every file gives another day's payment the same bank_ref)."""
    identities = [p.identity for p in parsed]
    known: set[str] = set()
    for i in range(0, len(identities), IN_CHUNK):
        known.update(i for i in session.scalars(select(Payment.identity).where(
            Payment.identity.in_(identities[i:i + IN_CHUNK]))) if i)
    by_old_key = {(fit(p.bank_ref, BANK_REF_LEN), p.booking_date, -p.amount_cents if p.reversal else p.amount_cents):
                  p.identity for p in parsed}
    old_refs = sorted({ref for ref, _d, _a in by_old_key})
    for i in range(0, len(old_refs), IN_CHUNK):
        for r in session.execute(select(Payment.bank_ref, Payment.booking_date, Payment.amount_cents).where(
                Payment.bank_ref.in_(old_refs[i:i + IN_CHUNK]), Payment.identity.is_(None),
                Payment.source == PaymentSource.BANK_FILE)):
            identity = by_old_key.get((r.bank_ref, r.booking_date, r.amount_cents))
            if identity is not None:
                known.add(identity)
    return known


_Lookalike = tuple[int, str, dt.date, str]


def _lookalike_key(p: camt054.BankPayment) -> _Lookalike:
    return p.amount_cents, stored_reference(p.reference), p.booking_date, fit(p.payer_name, PAYER_LEN)


def _lookalikes(session: Session, parsed: Sequence[camt054.BankPayment]) -> dict[_Lookalike, int]:
    """Payments already in the books that these (which have no archive id) may be again: same amount,
    reference, booking date and payer. A payment id by key; none for a payment that looks like no other."""
    wanted = {_lookalike_key(p) for p in parsed}
    if not wanted:
        return {}
    found: dict[_Lookalike, int] = {}
    amounts = sorted({k[0] for k in wanted})
    dates = sorted({k[2] for k in wanted})
    for i in range(0, len(amounts), IN_CHUNK):
        for r in session.execute(
            select(Payment.id, Payment.amount_cents, Payment.reference, Payment.booking_date, Payment.payer_name)
            .where(Payment.amount_cents.in_(amounts[i:i + IN_CHUNK]), Payment.booking_date.in_(dates),
                   Payment.status.notin_((PaymentStatus.DISCARDED, PaymentStatus.RETURN)))
            .order_by(Payment.id)
        ):
            key = (r.amount_cents, r.reference, r.booking_date, r.payer_name)
            if key in wanted:
                found.setdefault(key, r.id)
    return found
