"""Sending throughput (SPEC W5): 10 000 emails to a local SMTP server, 10 000 Finvoice files, a 1 000-invoice print batch.

    .venv/bin/python benchmarks/sending_benchmark.py [--invoices 10000] [--paper 1000]

Seeds customers and bills them (timed apart), then sends the same invoices three ways through
``services.sending.send`` exactly as the Sending tab does (outbox claim, document, close per
invoice). The SMTP server is aiosmtpd on 127.0.0.1 in this process's background thread, so the
email figure includes the server's share of the two cores.
"""

from __future__ import annotations

import argparse
import datetime as dt
import shutil
import sys
import tempfile
import time
from pathlib import Path

from sqlalchemy import delete, update

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.billing_benchmark import TODAY, seed  # noqa: E402
from desktop_app.bootstrap import open_database  # noqa: E402
from desktop_app.models import Dispatch, Invoice  # noqa: E402
from desktop_app.models.enums import BillingRunKind, Channel, Role  # noqa: E402
from desktop_app.services import billing, sending
from desktop_app.services.billing.requests import fetch_billing_requests  # noqa: E402
from desktop_app.services.foundation import settings
from desktop_app.services.foundation.setup import ensure_user  # noqa: E402
from tests.integration.sending_support import SmtpServer  # noqa: E402


def reset(db, channel: Channel) -> list[int]:  # noqa: ANN001
    with db.session_factory() as s:
        s.execute(delete(Dispatch))
        s.execute(update(Invoice).values(channel=channel, sent_at=None))
        s.commit()
        return list(s.scalars(Invoice.__table__.select().with_only_columns(Invoice.id).order_by(Invoice.id)))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--invoices", type=int, default=10_000)
    parser.add_argument("--paper", type=int, default=1_000)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="reskontra-sending-"))
    url = f"sqlite:///{folder / 'send.sqlite'}"
    t0 = time.perf_counter()
    seed(url, args.invoices)
    db = open_database(url)
    accountant = ensure_user(db.session_factory, "bench", Role.ACCOUNTANT)
    with db.session_factory() as s:
        fetch_billing_requests(s, accountant, TODAY, BillingRunKind.SUBSCRIPTIONS)
        s.commit()
    billing.run_billing(db.session_factory, accountant, until=TODAY, invoice_date=TODAY, preview=False)
    print(f"seeded and billed {args.invoices} invoices in {time.perf_counter() - t0:.1f} s")

    with SmtpServer() as server, db.session_factory() as s:
        for key, value in (("smtp.host", "127.0.0.1"), ("smtp.port", str(server.port)), ("smtp.security", "none"),
                           ("einvoice.outbox_dir", str(folder / "outbox")), ("paper.output_dir", str(folder / "print"))):
            settings.set_value(s, accountant, key, value)
        s.commit()
        ids = reset(db, Channel.EMAIL)
        t0 = time.perf_counter()
        result = sending.send(db.session_factory, accountant, Channel.EMAIL, ids)
        t_email = time.perf_counter() - t0
        assert len(result.sent) == len(ids) == len(server.inbox.messages), (len(result.sent), result.failed[:3])
        print(f"email:    {len(ids)} invoices with PDF to the local SMTP server in {t_email:.1f} s "
              f"= {len(ids) / t_email:.0f} per second")

    ids = reset(db, Channel.EINVOICE)
    t0 = time.perf_counter()
    result = sending.send(db.session_factory, accountant, Channel.EINVOICE, ids)
    t_einv = time.perf_counter() - t0
    assert len(result.sent) == len(ids), result.failed[:3]
    print(f"einvoice: {len(ids)} Finvoice 3.0 files + manifest in {t_einv:.1f} s = {len(ids) / t_einv:.0f} per second")

    ids = reset(db, Channel.PAPER)[: args.paper]
    t0 = time.perf_counter()
    result = sending.send(db.session_factory, accountant, Channel.PAPER, ids)
    t_paper = time.perf_counter() - t0
    size = Path(result.files[0]).stat().st_size / 1e6
    print(f"paper:    {len(ids)}-invoice print batch PDF in {t_paper:.1f} s ({size:.1f} MB)")
    db.dispose()
    shutil.rmtree(folder, ignore_errors=True)
    _ = dt
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
