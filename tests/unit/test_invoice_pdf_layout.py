"""Long values in the PDFs wrap or shrink, never run over a neighbour or get cut (issue #9/#10, item 4).

The longest demo values (product names, street names, industries, email domains) and a long seller
email are rendered; ``pdftotext -bbox`` shows every word's box: no two overlap, and each value is there whole.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import shutil
import subprocess
from decimal import Decimal
from pathlib import Path

import pytest

from desktop_app.models.enums import BillingRunKind
from desktop_app.services.billing import report as billing_report
from desktop_app.services.billing.results import BillingRunResult, SummaryLine
from desktop_app.services.demo import tables as demo_data
from desktop_app.services.documents.invoice_pdf import render_invoice_pdf
from desktop_app.services.documents.model import Buyer
from desktop_app.services.documents.samples import EXAMPLE_SELLER, example_document

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) is needed")

LONGEST_PRODUCT = max((p.name for p in demo_data._PRODUCTS), key=len)
LONGEST_STREET = max(demo_data._FI_STREETS, key=len) + " 123 A 45"
LONGEST_COMPANY = f"{max(demo_data._FI_INDUSTRIES, key=len)} {max(demo_data._FI_LAST, key=len)} Oy"
SELLER_EMAIL = "laskutus.asiakaspalvelu@" + "pohjois-pohjanmaan-" + max(demo_data._EMAIL_DOMAINS, key=len)


def _words(path: Path) -> list[list[tuple[float, float, float, float, str]]]:
    """Each page's words with their boxes (xMin, yMin, xMax, yMax)."""
    html = subprocess.run(["pdftotext", "-bbox", str(path), "-"], check=True, capture_output=True, text=True).stdout
    pages = []
    for page in html.split("<page ")[1:]:
        pages.append([(float(a), float(b), float(c), float(d), w) for a, b, c, d, w in re.findall(
            r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>', page)])
    return pages


def _overlaps(words: list[tuple[float, float, float, float, str]]) -> list[tuple[str, str]]:
    found = []
    for i, (x0, y0, x1, y1, w) in enumerate(words):
        for a0, b0, a1, b1, v in words[i + 1:]:
            if min(x1, a1) - max(x0, a0) > 0.3 and min(y1, b1) - max(y0, b0) > 0.3:
                found.append((w, v))
    return found


def _joined(words: list[tuple[float, float, float, float, str]]) -> str:
    return " ".join(w for *_box, w in words).replace("&amp;", "&")


def test_invoice_footer_shows_a_long_seller_email_whole_beside_the_bank_details(tmp_path: Path) -> None:
    seller = dataclasses.replace(EXAMPLE_SELLER, name=LONGEST_COMPANY, email=SELLER_EMAIL,
                                 address_lines=(LONGEST_STREET, "00100 HELSINKI"))
    buyer = Buyer(customer_number="100234", name=LONGEST_COMPANY, contact="", address_lines=(LONGEST_STREET,
                                                                                           "99999 HELSINKI"))
    doc = example_document(seller=seller, buyer=buyer, items=((LONGEST_PRODUCT, 2, "149.00", 1400),))
    path = tmp_path / "invoice.pdf"
    render_invoice_pdf(doc, path, paper_form=False)
    page = _words(path)[0]
    assert _overlaps(page) == []
    text = _joined(page)
    for value in (SELLER_EMAIL, "ITELFIHH", "FI79 4405 2020 0360 82", LONGEST_COMPANY, LONGEST_STREET):
        assert value in text, value
    assert "…" not in text


def test_billing_summary_wraps_long_product_names_inside_their_column(tmp_path: Path) -> None:
    products = tuple(SummaryLine(p.code, p.name + " – " + LONGEST_PRODUCT, 12345, Decimal("123456.78"),
                                 Decimal("17283.95"), Decimal("140740.73")) for p in demo_data._PRODUCTS)
    result = BillingRunResult(
        batch_id="L20261124-0001", preview=False, kind=BillingRunKind.SUBSCRIPTIONS,
        invoice_date=dt.date(2026, 11, 24), invoices_created=12345, requests_billed=12345, requests_skipped=0,
        net=Decimal("123456.78"), vat=Decimal("17283.95"), total=Decimal("140740.73"), balance_used=Decimal(0),
        errors=(), by_channel=(SummaryLine("einvoice", "E-invoice", 3, Decimal(1), Decimal(0), Decimal(1)),),
        by_product=products, by_vat_rate=(), invoices=(), invoice_ids=())
    path = tmp_path / "summary.pdf"
    billing_report.billing_summary_pdf(result, path, "fi")
    pages = _words(path)
    assert all(_overlaps(words) == [] for words in pages)
    text = " ".join(_joined(words) for words in pages)
    for line in products:
        assert f"{line.key} {line.label}" in text, line.label
    assert "Verkkolasku" in text and "E-lasku" not in text
