"""Importing a camt.054 file of 50 000 payments against 1 000 000 open invoices.

    .venv/bin/python benchmarks/payment_import_benchmark.py [--invoices 1000000] [--payments 50000]
        [--database-url URL]   # default: a new SQLite file in a temporary folder

Seeds customers and open invoices with plain bulk inserts (the invoices' own vouchers are left out:
matching reads invoices, not their postings), writes a bank file whose payments pay 80 % of their
invoices exactly, 8 % partly, 4 % too much, and 8 % match nothing, in entries of one to five
payments, then times the parse and the whole import (match, payments, vouchers, postings,
settlements, invoice updates, commit). Target: <= 30 s.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
import tempfile
import time
from pathlib import Path

from sqlalchemy import text

from desktop_app.bootstrap import open_database
from desktop_app.models import Customer, Invoice
from desktop_app.models.enums import Channel, CustomerKind, InvoiceKind, InvoiceStatus
from desktop_app.services import payments
from desktop_app.services.documents import references
from desktop_app.services.foundation import sequences
from desktop_app.services.foundation.bulk import BulkWriter, table_of
from desktop_app.services.foundation.setup import ensure_user
from desktop_app.services.payments import camt054

BOOKED = dt.date(2026, 11, 20)


def seed(db, invoices: int) -> list[tuple[int, str]]:  # noqa: ANN001
    """(total cents, reference) of each open invoice."""
    customers = max(1, invoices // 10)
    out = []
    with db.session_factory() as s:
        w = BulkWriter(s)
        now = w.converter(table_of(Invoice).c.created_at)(dt.datetime.now(dt.UTC))
        w.insert(table_of(Customer), [
            "customer_number", "kind", "first_name", "last_name", "company_name", "contact_person", "name",
            "search_name", "street", "postal_code", "city", "country", "email", "email_folded", "phone",
            "phone_digits", "language", "billing_channel", "einvoice_address", "einvoice_operator", "business_id",
            "iban", "bic", "payment_term_days", "no_reminders", "created_at", "updated_at", "version",
        ], [(100001 + i, CustomerKind.PERSON, "Maija", f"Asiakas{i}", "", "", f"Asiakas{i} Maija",
             f"asiakas{i} maija", "Kauppakatu 1", "00100", "Helsinki", "FI", "", "", "", "", "fi", Channel.PAPER,
             "", "", "", "", "", 14, False, now, now, 1) for i in range(customers)])
        first_customer = s.execute(text("SELECT min(id) FROM customers")).scalar_one()
        day = w.converter(table_of(Invoice).c.invoice_date)
        rows = []
        for i in range(invoices):
            number = 100001 + i
            total = 1000 + (i * 7919) % 20000
            ref = references.create_domestic(number)
            out.append((total, ref))
            rows.append((number, InvoiceKind.INVOICE, first_customer + i % customers, day(dt.date(2026, 10, 1)),
                         day(dt.date(2026, 10, 15)), ref, Channel.PAPER, "fi", total, 0, total, 0, 0,
                         InvoiceStatus.OPEN, False, 0, "", "", "", now))
        w.insert(table_of(Invoice), ["number", "kind", "customer_id", "invoice_date", "due_date", "reference",
                                     "channel", "language", "net_cents", "vat_cents", "total_cents",
                                     "balance_applied_cents", "paid_cents", "status", "no_reminders",
                                     "reminder_level", "paid_out_iban", "message", "internal_note", "created_at"],
                 rows)
        sequences.ensure_at_least(s, sequences.INVOICE, 100001 + invoices)
        s.commit()
    return out


def bank_file(invoices: list[tuple[int, str]], n: int) -> bytes:
    rng = random.Random(7)
    chosen = rng.sample(range(len(invoices)), n)
    pays: list[tuple[int, str, str, str]] = []
    for k, idx in enumerate(chosen):
        total, ref = invoices[idx]
        x = k % 25
        if x < 20:
            pays.append((total, ref, f"MAKSAJA {k}", ""))
        elif x < 22:
            pays.append((total // 2, ref, f"MAKSAJA {k}", ""))
        elif x == 22:
            pays.append((total + 1000, ref, f"MAKSAJA {k}", ""))
        else:
            pays.append((total, references.create_domestic(900000000 + k), f"TUNTEMATON {k}", ""))
    entries = []
    i = 0
    while i < len(pays):
        size = 1 + i % 5
        entries.append(camt054.OutgoingEntry(f"E{i:07d}", BOOKED, tuple(pays[i:i + size]), pad_reference=i % 2 == 0))
        i += size
    return camt054.write_camt054(entries, message_id="BENCH-1", account_iban="FI2112345600000785",
                                 created_at=dt.datetime(2026, 11, 20, 6, tzinfo=dt.UTC))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--invoices", type=int, default=1_000_000)
    parser.add_argument("--payments", type=int, default=50_000)
    parser.add_argument("--database-url")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        url = args.database_url or f"sqlite:///{Path(tmp) / 'bench.sqlite'}"
        db = open_database(url)
        t0 = time.perf_counter()
        invoices = seed(db, args.invoices)
        print(f"seeded {args.invoices} open invoices in {time.perf_counter() - t0:.1f} s")
        data = bank_file(invoices, args.payments)
        print(f"bank file: {len(data) / 1e6:.1f} MB")
        t0 = time.perf_counter()
        parsed = camt054.parse_camt054(data, "bench.xml")
        print(f"parse: {len(parsed.payments)} payments in {time.perf_counter() - t0:.2f} s")
        actor = ensure_user(db.session_factory, "bench", None)
        t0 = time.perf_counter()
        result = payments.import_bank_file(db.session_factory, actor, data, "bench.xml")
        took = time.perf_counter() - t0
        print(f"import: {result.payments} payments ({result.matched} matched, {result.partial} partial, "
              f"{result.overpaid} overpaid, {result.unmatched} unmatched) in {took:.1f} s "
              f"({result.payments / took:.0f}/s); target <= 30 s")
        t0 = time.perf_counter()
        again = payments.import_bank_file(db.session_factory, actor, data, "bench.xml")
        print(f"re-import: {again.duplicates_skipped} skipped in {time.perf_counter() - t0:.1f} s")
        db.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
