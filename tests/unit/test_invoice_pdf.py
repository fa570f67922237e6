"""Invoice PDFs: what a customer reads in them (text extracted with poppler's pdftotext), the layout
rules clerks rely on (address in the envelope window, page numbers per invoice), and that the bar code
and QR code scan back to the right payment (zbarimg, when installed)."""

from __future__ import annotations

import dataclasses
import io
import re
import shutil
import subprocess
from decimal import Decimal
from pathlib import Path

import pytest
import segno
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import getRegisteredFontNames, stringWidth

from desktop_app.models.enums import InvoiceKind
from desktop_app.services.documents import epc_qr, fonts
from desktop_app.services.documents.barcode import BarcodeNeedsFinnishIban, virtual_barcode
from desktop_app.services.documents.invoice_pdf import (
    DESC_WIDTH,
    HEADER_SIZE,
    LEFT,
    LINE_COLUMNS,
    label,
    render_batch,
    render_invoice_pdf,
)
from desktop_app.services.documents.model import Buyer, InvoiceDocument
from desktop_app.services.documents.samples import EXAMPLE_ITEMS, EXAMPLE_SELLER, example_document

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None,
                                reason="pdftotext (poppler-utils) is needed to read the PDFs back")

LONG_ITEMS = tuple((f"Aikakauslehti {i}, vuositilaus, toimitus kotiin joka kuukauden ensimmäisenä arkipäivänä",
                    1 + i % 3, f"{10 + i}.90", 1400 if i % 2 else 2550) for i in range(40))
COMPANY = Buyer(customer_number="9001", name="Oy Иванов Trading Ab", contact="Ölander Pirkko",
                address_lines=("Teollisuuskatu 1 C 45", "00510 HELSINKI"), business_id="2345678-2",
                einvoice_address="003723456782")


def _pdf(doc_or_docs: InvoiceDocument | list[InvoiceDocument], tmp_path: Path, *, paper_form: bool = True) -> Path:
    path = tmp_path / "out.pdf"
    if isinstance(doc_or_docs, list):
        render_batch(doc_or_docs, path, paper_form=paper_form)
    else:
        render_invoice_pdf(doc_or_docs, path, paper_form=paper_form)
    return path


def _pages(path: Path) -> list[str]:
    """Text of each page; non-breaking spaces (babel's grouping) read as plain spaces."""
    out = subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True, text=True).stdout
    return [page.replace("\u00a0", " ") for page in out.split("\f")[:-1]]


def _text(path: Path) -> str:
    return "\n".join(_pages(path))


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
@pytest.mark.parametrize("kind", list(InvoiceKind))
def test_every_kind_renders_in_every_language_with_its_title(kind: InvoiceKind, language: str, tmp_path: Path) -> None:
    doc = example_document(kind, language, buyer=dataclasses.replace(COMPANY, name="Åkerlund Ölander Иванов"))
    text = _text(_pdf(doc, tmp_path))
    assert label(kind.value, language) in text
    assert "Åkerlund Ölander Иванов" in text
    assert doc.invoice_number in text


def test_finnish_paper_invoice_shows_what_the_payer_needs(tmp_path: Path) -> None:
    doc = example_document(items=EXAMPLE_ITEMS + (("Vuosikirja 2027", 1, "1000.00", 2550),))
    text = _text(_pdf(doc, tmp_path))
    assert doc.total_gross == Decimal("2235.54")
    assert "Maksettava yhteensä" in text and "2 235,54 €" in text
    assert "20261001" in text  # invoice number
    assert "100234" in text  # customer number
    assert "2026 10010" in text  # reference number, in groups of five
    assert "FI79 4405 2020 0360 82" in text and "ITELFIHH" in text
    assert "8.12.2026" in text  # due date
    assert "14 pv netto" in text
    code = virtual_barcode(doc.seller.iban, doc.amount_to_pay, doc.reference, doc.due_date)
    assert code in text.replace(" ", "")
    # the VAT breakdown per rate and the line periods
    assert re.search(r"14 %\s+331,70\s+46,44\s+378,14", text)
    assert re.search(r"25,5 %\s+1 480,00\s+377,40\s+1 857,40", text)
    assert "Jakso 1.12.2026–30.11.2027" in text
    # the bank transfer form, bilingual as the standard has it
    for words in ("TILISIIRTO. GIRERING", "Saajan", "Mottagare", "Betalarens", "Viitenro", "Eräpäivä", "Euro",
                  "Allekirjoitus", "2 235,54"):
        assert words in text


def test_email_invoice_has_payment_box_instead_of_transfer_form(tmp_path: Path) -> None:
    doc = example_document(language="sv", rf_reference=True)
    text = _text(_pdf(doc, tmp_path, paper_form=False))
    assert "Betalningsuppgifter" in text
    assert "TILISIIRTO" not in text
    assert "RF31 2026 1001 0" in text  # an RF reference in groups of four
    assert "Att betala" in text and "341,77 €" in text
    assert virtual_barcode(doc.seller.iban, doc.amount_to_pay, doc.reference, doc.due_date) in text


def test_english_invoice_formats_amounts_and_dates_the_english_way(tmp_path: Path) -> None:
    doc = example_document(language="en", items=EXAMPLE_ITEMS + (("Yearbook", 1, "1000.00", 2550),))
    text = _text(_pdf(doc, tmp_path, paper_form=False))
    assert "€2,235.54" in text and "08/12/2026" in text and "Amount to pay" in text


def test_reminder_names_the_invoice_its_open_amount_and_the_fee(tmp_path: Path) -> None:
    doc = example_document(InvoiceKind.REMINDER, "fi")
    assert doc.reminder is not None
    text = _text(_pdf(doc, tmp_path))
    assert "MAKSUMUISTUTUS" in text and "Muistutettava lasku" in text
    assert doc.reminder.original_invoice_number in text
    assert "Laskusta avoinna" in text and "341,77 €" in text
    assert "Muistutusmaksu" in text and "Viivästyskorko" in text
    assert "11,5 % (24.11.2026 asti)" in text
    assert doc.reminder.interest_amount == Decimal("3.34")  # 341,77 € x 11,5 % x 31/365
    assert "8,34 €" in text  # fee and interest
    assert "350,11 €" in text  # open amount + fee + interest


@pytest.mark.parametrize(("kind", "note"), [(InvoiceKind.CREDIT_NOTE, "Summa hyvitetään sinulle."),
                                            (InvoiceKind.REFUND_INVOICE, "Palautamme summan tilillesi.")])
def test_credit_documents_have_no_payment_slip_bar_code_or_reference(kind: InvoiceKind, note: str,
                                                                    tmp_path: Path) -> None:
    doc = example_document(kind, "fi")
    text = _text(_pdf(doc, tmp_path))
    assert note in text
    assert "20261001" in text and "Hyvitettävä lasku" in text
    for absent in ("TILISIIRTO", "Viitenumero", "Eräpäivä", "Maksutiedot"):
        assert absent not in text


def test_invoice_paid_from_credit_balance_says_nothing_to_pay(tmp_path: Path) -> None:
    doc = example_document(balance_applied=Decimal("341.77"))
    assert doc.amount_to_pay == 0
    text = _text(_pdf(doc, tmp_path))
    assert "Vähennetty saldostasi" in text and "-341,77 €" in text
    assert "Ei maksettavaa" in text and "TILISIIRTO" not in text


def test_long_invoice_flows_over_pages_numbered_within_the_invoice(tmp_path: Path) -> None:
    doc = example_document(language="en", items=LONG_ITEMS, buyer=COMPANY,
                           messages=("Thank you for your order.",))
    pages = _pages(_pdf(doc, tmp_path, paper_form=False))
    total = len(pages)
    assert total >= 3
    for number, page in enumerate(pages, start=1):
        assert f"Page {number}/{total}" in page
        assert "Business ID 1234567-1" in page  # the seller's details on every page
    text = "\n".join(pages)
    for i in range(40):
        assert text.count(f"Aikakauslehti {i},") == 1  # every line exactly once
    assert "Payment details" in pages[0]  # the payment box stays on the first page
    assert "Amount to pay" in pages[-1] and "Thank you for your order." in pages[-1]
    assert "Continued on the next page" in pages[0]


def test_batch_numbers_pages_per_invoice(tmp_path: Path) -> None:
    docs = [example_document(items=LONG_ITEMS, number=20261001),
            example_document(number=20261002),
            example_document(InvoiceKind.REMINDER, number=20261003)]
    path = tmp_path / "batch.pdf"
    pages_written = render_batch(docs, path)
    pages = _pages(path)
    assert pages_written == len(pages)
    numbers = [re.search(r"Sivu (\d+)/(\d+)", p).groups() for p in pages]  # type: ignore[union-attr]
    long_total = len(pages) - 2
    assert numbers == [(str(n), str(long_total)) for n in range(1, long_total + 1)] + [("1", "1"), ("1", "1")]
    assert "20261002" in pages[-2] and "MAKSUMUISTUTUS" in pages[-1]
    assert sum("TILISIIRTO" in p for p in pages) == 3  # one transfer form per invoice, on its first page


def test_buyer_address_sits_in_the_envelope_window(tmp_path: Path) -> None:
    doc = example_document(buyer=COMPANY)
    path = _pdf(doc, tmp_path)
    bbox = subprocess.run(["pdftotext", "-bbox", "-l", "1", str(path), "-"], check=True, capture_output=True,
                          text=True).stdout
    words = re.findall(r'xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]+)</word>', bbox)
    wanted = {"Oy", "Иванов", "Trading", "Ab", "Ölander", "Pirkko", "Teollisuuskatu", "1", "C", "45", "00510",
              "HELSINKI"}
    in_window = {w for x0, y0, x1, y1, w in words
                 if 20 * mm <= float(x0) and float(x1) <= 110 * mm and 45 * mm <= float(y0) and float(y1) <= 90 * mm}
    assert wanted <= in_window
    # and nothing else is printed in the window
    assert in_window <= wanted


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_line_table_headings_do_not_overlap(language: str) -> None:
    regular, bold = fonts.register_fonts()
    widest_amount = stringWidth("999 999,99", regular, 8)
    assert stringWidth(label("description", language), bold, HEADER_SIZE) < DESC_WIDTH
    previous_right = (LEFT + DESC_WIDTH) / mm
    for key, right in LINE_COLUMNS:
        heading_left = right - stringWidth(label(key, language), bold, HEADER_SIZE) / mm
        assert heading_left > previous_right + 1, key
        if key not in ("quantity", "vat_pct"):
            assert right - widest_amount / mm > previous_right + 1, key
        previous_right = right


@pytest.mark.skipif(shutil.which("zbarimg") is None or shutil.which("pdftoppm") is None,
                    reason="zbarimg (zbar-tools) and pdftoppm are needed to scan the codes")
@pytest.mark.parametrize("paper_form", [True, False])
def test_qr_code_and_bar_code_scan_back_to_the_payment(paper_form: bool, tmp_path: Path) -> None:
    doc = example_document(items=EXAMPLE_ITEMS, rf_reference=not paper_form)
    path = _pdf(doc, tmp_path, paper_form=paper_form)
    subprocess.run(["pdftoppm", "-png", "-r", "200", "-f", "1", "-l", "1", str(path), str(tmp_path / "p")], check=True)
    png = next(tmp_path.glob("p*.png"))
    scanned = subprocess.run(["zbarimg", "-q", "--raw", "-Sqrcode.enable", "-Scode128.enable", str(png)],
                             capture_output=True, text=True).stdout
    payload = epc_qr.invoice_payload(name=doc.seller.name, iban=doc.seller.iban, bic=doc.seller.bic,
                                     amount=doc.amount_to_pay, reference=doc.reference, due_date=doc.due_date)
    assert payload in scanned
    assert virtual_barcode(doc.seller.iban, doc.amount_to_pay, doc.reference, doc.due_date) in scanned


def test_renders_into_a_stream_too() -> None:
    buffer = io.BytesIO()
    render_invoice_pdf(example_document(), buffer, paper_form=False)
    assert buffer.getvalue().startswith(b"%PDF-") and buffer.getvalue().rstrip().endswith(b"%%EOF")


def test_logo_is_drawn_and_a_missing_logo_does_not_stop_the_invoice(tmp_path: Path) -> None:
    logo = tmp_path / "logo.png"
    segno.make("Esimerkki").save(str(logo), kind="png", scale=4)
    with_logo = dataclasses.replace(EXAMPLE_SELLER, logo_path=str(logo))
    path = _pdf(example_document(seller=with_logo), tmp_path)
    assert b"/Subtype /Image" in path.read_bytes()
    missing = dataclasses.replace(EXAMPLE_SELLER, logo_path=str(tmp_path / "gone.png"))
    assert "Kustannus Oy Esimerkki" in _text(_pdf(example_document(seller=missing), tmp_path))


def test_non_finnish_account_cannot_make_the_bank_bar_code(tmp_path: Path) -> None:
    seller = dataclasses.replace(EXAMPLE_SELLER, iban="DE89 3704 0044 0532 0130 00", bic="COBADEFFXXX")
    with pytest.raises(BarcodeNeedsFinnishIban):
        render_invoice_pdf(example_document(seller=seller), tmp_path / "x.pdf", paper_form=True)


def test_fonts_are_registered_once_and_reused() -> None:
    first = fonts.register_fonts()
    count = len(getRegisteredFontNames())
    assert fonts.register_fonts() == first == ("DejaVuSans", "DejaVuSans-Bold")
    assert len(getRegisteredFontNames()) == count


def test_transfer_form_shows_the_payers_whole_postal_address(tmp_path: Path) -> None:
    buyer = dataclasses.replace(COMPANY, address_lines=("PL 123", "Teollisuuskatu 1 C 45", "00510 HELSINKI"))
    path = _pdf(example_document(buyer=buyer), tmp_path)
    bbox = subprocess.run(["pdftotext", "-bbox", "-l", "1", str(path), "-"], check=True, capture_output=True,
                          text=True).stdout
    form_top = (297 - 101.6) * mm
    in_form = [w for y0, w in re.findall(r'yMin="([\d.]+)" xMax="[\d.]+" yMax="[\d.]+">([^<]+)</word>', bbox)
               if float(y0) > form_top]
    for word in ("Иванов", "PL", "Teollisuuskatu", "00510", "HELSINKI"):
        assert word in in_form


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_paper_reminder_and_short_invoice_keep_to_one_page(language: str) -> None:
    reminder = example_document(InvoiceKind.REMINDER, language)
    invoice = example_document(language=language, items=EXAMPLE_ITEMS)
    assert render_batch([reminder], io.BytesIO(), paper_form=True) == 1
    assert render_batch([invoice], io.BytesIO(), paper_form=True) == 1
