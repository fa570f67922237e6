"""Helpers of the reminder tests: send letters as the Sending tab does, and the interest a test expects."""

from __future__ import annotations

import datetime as dt
import tempfile
from collections.abc import Iterable, Sequence

from sqlalchemy import select

from desktop_app.bootstrap import Database
from desktop_app.models import Invoice, ReferenceRate
from desktop_app.models.enums import Channel, CustomerKind
from desktop_app.services import reminders, sending
from desktop_app.services.foundation.rates import INTEREST_MARGIN_BP
from desktop_app.services.foundation.uow import Actor


def send_letters(db: Database, actor: Actor, invoice_ids: Iterable[int], accountant: Actor | None = None) -> int:
    """Send these invoices or reminders for real, each on its own channel (paper and e-invoice into a
    temporary folder, email through a local SMTP server); returns how many were sent."""
    ids = sorted(set(invoice_ids))
    if not ids:
        return 0
    with db.session_factory() as s:
        by_channel: dict[Channel, list[int]] = {}
        for iid, channel in s.execute(select(Invoice.id, Invoice.channel).where(Invoice.id.in_(ids))):
            by_channel.setdefault(Channel(channel), []).append(iid)
    sent = 0
    folder = tempfile.mkdtemp(prefix="reskontra-letters-")
    for channel, group in sorted(by_channel.items()):
        if channel == Channel.EMAIL:
            from tests.integration.sending_support import SmtpServer, configure

            assert accountant is not None, "email needs the SMTP settings: pass the accountant"
            with SmtpServer() as smtp:
                configure(db, accountant, smtp__host="127.0.0.1", smtp__port=str(smtp.port), smtp__security="none")
                result = sending.send(db.session_factory, actor, channel, group)
        else:
            result = sending.send(db.session_factory, actor, channel, group, output_dir=folder)
        assert not result.failed, [f.reason for f in result.failed]
        sent += len(result.sent)
    return sent


def send_unsent_reminders(db: Database, actor: Actor, accountant: Actor | None = None) -> int:
    """Send every reminder not sent yet (the clerk's next step after creating them)."""
    from desktop_app.models.enums import InvoiceKind

    with db.session_factory() as s:
        ids = list(s.scalars(select(Invoice.id).where(Invoice.kind == InvoiceKind.REMINDER, Invoice.sent_at.is_(None))))
    return send_letters(db, actor, ids, accountant)


def late_interest_bp(rates: Sequence[tuple[dt.date, dt.date, int]], day: dt.date, kind: CustomerKind) -> int:
    """The statutory late-payment interest on ``day``: that half-year's reference rate + the margin, or 0."""
    for start, end, bp in rates:
        if start <= day <= end:
            return bp + INTEREST_MARGIN_BP[kind]
    return 0


def reference_rates(db: Database) -> list[tuple[dt.date, dt.date, int]]:
    with db.session_factory() as s:
        return [tuple(r) for r in s.execute(select(ReferenceRate.valid_from, ReferenceRate.valid_to,
                                                   ReferenceRate.rate_bp))]  # type: ignore[misc]


def interest_owed(rates: Sequence[tuple[dt.date, dt.date, int]], kind: CustomerKind, due: dt.date, capital: int,
                  payments: Iterable[tuple[dt.date, int]], until: dt.date) -> int:
    """The interest owed up to ``until``, counted day by day: on each day after the due date the money not
    yet paid (a payment of day p still counts as late on p, as the days overdue count) at that day's rate;
    through the one ``reminders.interest_cents`` formula."""
    paid = list(payments)
    late = []
    day = due + dt.timedelta(days=1)
    while day <= until:
        unpaid = capital - sum(a for on, a in paid if on < day)
        late.append((unpaid, late_interest_bp(rates, day, kind)))
        day += dt.timedelta(days=1)
    return reminders.interest_cents(late)
