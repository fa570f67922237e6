"""Invoice PDFs: pages per second per core, and file sizes.

    .venv/bin/python benchmarks/invoice_pdf_benchmark.py [--invoices 500] [--processes 1] [--keep DIR]

Renders the same set of varied documents (fi/sv/en; invoices, ad invoices, reminders, a credit note
now and then; 1-5 lines, every 50th a long multi-page one; Unicode names) twice:
1. one PDF file per document with the email payment box (the email channel),
2. one batch PDF with the bank transfer form (the paper channel).
Times are wall clock and CPU; "per core" is pages per CPU second of one process. With --processes N
the separate files are also rendered by N worker processes to show how it scales.
Goal: >= 50 pages per second per core.
"""

from __future__ import annotations

import argparse
import dataclasses
import multiprocessing
import shutil
import tempfile
import time
from decimal import Decimal
from pathlib import Path

from desktop_app.models.enums import InvoiceKind
from desktop_app.services.documents.fonts import register_fonts
from desktop_app.services.documents.invoice_pdf import render_batch, render_invoice_pdf
from desktop_app.services.documents.model import Buyer, InvoiceDocument
from desktop_app.services.documents.samples import EXAMPLE_ITEMS, example_document

NAMES = ("Åsa Åkerlund", "Pirkko Ölander", "Иван Иванов", "Matti Meikäläinen", "Björn Sjöström",
         "Oy Esimerkki Ab", "Jaana Väisänen-Grönroos")
KINDS = (InvoiceKind.INVOICE,) * 6 + (InvoiceKind.AD_INVOICE, InvoiceKind.REMINDER)


def documents(count: int) -> list[InvoiceDocument]:
    docs = []
    for i in range(count):
        kind = InvoiceKind.CREDIT_NOTE if i % 97 == 0 else KINDS[i % len(KINDS)]
        items = EXAMPLE_ITEMS[: 1 + i % 4]
        if i % 50 == 7:
            items = tuple((f"Aikakauslehti {n}, vuositilaus, toimitus kotiin", 1 + n % 3, f"{10 + n}.90", 1400)
                          for n in range(30))
        buyer = Buyer(customer_number=str(100000 + i), name=NAMES[i % len(NAMES)],
                      address_lines=(f"Kotikatu {i % 90 + 1} A {i % 20 + 1}", f"{i % 99000:05d} HELSINKI"))
        doc = example_document(kind, ("fi", "sv", "en")[i % 3], items=items, buyer=buyer,
                               number=20270001 + i, rf_reference=i % 5 == 0)
        if i % 11 == 0 and kind == InvoiceKind.INVOICE:  # part paid from a credit balance
            doc = dataclasses.replace(doc, balance_applied=Decimal("10.00"),
                                      amount_to_pay=doc.amount_to_pay - Decimal("10.00"))
        docs.append(doc)
    return docs


def render_files(args: tuple[list[InvoiceDocument], str]) -> tuple[int, int, float]:
    """Render each document to its own file; returns (pages, bytes, CPU seconds)."""
    docs, folder = args
    register_fonts()
    cpu = time.process_time()
    pages = size = 0
    for doc in docs:
        path = Path(folder) / f"{doc.invoice_number}.pdf"
        pages += render_batch([doc], path, paper_form=False)
        size += path.stat().st_size
    return pages, size, time.process_time() - cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--invoices", type=int, default=500)
    parser.add_argument("--processes", type=int, default=1)
    parser.add_argument("--keep", type=Path, help="write the PDFs here instead of a temporary folder")
    args = parser.parse_args()

    docs = documents(args.invoices)
    t0 = time.perf_counter()
    register_fonts()
    print(f"font registration (once per process): {time.perf_counter() - t0:.3f} s")
    folder = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="invoice_pdf_bench_"))
    folder.mkdir(parents=True, exist_ok=True)
    try:
        render_invoice_pdf(docs[0], folder / "warmup.pdf", paper_form=True)  # imports, caches

        wall = time.perf_counter()
        pages, size, cpu = render_files((docs, str(folder)))
        wall = time.perf_counter() - wall
        print(f"separate files (email): {len(docs)} invoices, {pages} pages in {wall:.2f} s wall, {cpu:.2f} s CPU"
              f" -> {pages / cpu:.0f} pages/s per core; average file {size / len(docs) / 1024:.1f} KiB")

        wall = time.perf_counter()
        cpu = time.process_time()
        batch_path = folder / "batch_paper.pdf"
        batch_pages = render_batch(docs, batch_path, paper_form=True)
        wall = time.perf_counter() - wall
        cpu = time.process_time() - cpu
        batch_size = batch_path.stat().st_size
        print(f"one batch (paper form): {batch_pages} pages in {wall:.2f} s wall, {cpu:.2f} s CPU"
              f" -> {batch_pages / cpu:.0f} pages/s per core; {batch_size / 1024 / 1024:.2f} MiB,"
              f" {batch_size / batch_pages / 1024:.1f} KiB per page")

        if args.processes > 1:
            chunks = [(docs[i :: args.processes], str(folder)) for i in range(args.processes)]
            with multiprocessing.get_context("spawn").Pool(args.processes) as pool:
                pool.map(render_files, [(d[:1], f) for d, f in chunks])  # start-up and imports, not timed
                wall = time.perf_counter()
                results = pool.map(render_files, chunks)
                wall = time.perf_counter() - wall
            total = sum(r[0] for r in results)
            print(f"separate files with {args.processes} processes: {total / wall:.0f} pages/s in total,"
                  f" {total / wall / args.processes:.0f} per process")
    finally:
        if not args.keep:
            shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
