"""Invoice PDFs drawn straight on a reportlab canvas (fast enough for a batch of thousands).

One A4 layout for invoices, ad invoices, payment reminders, refund invoices and credit notes, in
Finnish, Swedish or English:

- the buyer's address sits in the window of a C5 window envelope (20 mm from the left, 45 mm from
  the top, 90 × 45 mm), the seller and the document facts above and beside it;
- lines with their period and VAT, the VAT breakdown per rate and the totals flow over as many pages
  as needed; each page says "page n/N" of its own invoice, also inside a batch;
- the first page ends with the payment details: for paper, the standard Finnish bank transfer form
  (tilisiirtolomake, bottom 101.6 mm) with its bar code; for email, a payment box. Both carry the
  virtual barcode (54 digits and Code 128) and the EPC QR code, drawn from segno's matrix as
  rectangles (reportlab's own QR widget is several times slower).

Documents whose amount is owed to the customer (refund invoice, credit note) or that have nothing to
pay get no payment slip.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import IO

from babel.numbers import format_decimal
from reportlab import rl_config
from reportlab.graphics.barcode.code128 import Code128
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from desktop_app.models.enums import InvoiceKind
from desktop_app.services.documents import epc_qr, references
from desktop_app.services.documents.barcode import format_iban, virtual_barcode
from desktop_app.services.documents.fonts import register_fonts
from desktop_app.services.documents.model import InvoiceDocument
from desktop_app.services.foundation import formatting

log = logging.getLogger(__name__)

PAGE_W, PAGE_H = A4
LEFT = 20 * mm
RIGHT = PAGE_W - 15 * mm
# C5 window envelope (SFS 2487 style): window 90 x 45 mm, 20 mm from the left, 45 mm from the top.
WINDOW_X, WINDOW_TOP, WINDOW_W, WINDOW_H = 20 * mm, 45 * mm, 90 * mm, 45 * mm
FORM_H = 101.6 * mm  # the bank transfer form at the foot of the first page
BOX_H = 64 * mm  # the email payment box
FOOTER_H = 14 * mm
BARCODE_MODULE = 0.25 * mm
BARCODE_H = 13 * mm
GREY = (0.35, 0.35, 0.35)
# The lines table: (label key, right edge in mm); the description runs from LEFT to DESC_WIDTH.
LINE_COLUMNS = (("quantity", 99), ("unit_price", 119), ("vat_pct", 133), ("net", 153), ("vat", 172), ("gross", 195))
DESC_WIDTH = 66 * mm
HEADER_SIZE = 7.0
AMOUNT_SIZE = 8.0

_LANG_INDEX = {"fi": 0, "sv": 1, "en": 2}
# key: (Finnish, Swedish, English)
LABELS: dict[str, tuple[str, str, str]] = {
    InvoiceKind.INVOICE.value: ("LASKU", "FAKTURA", "INVOICE"),
    InvoiceKind.AD_INVOICE.value: ("ILMOITUSLASKU", "ANNONSFAKTURA", "ADVERTISING INVOICE"),
    InvoiceKind.REMINDER.value: ("MAKSUMUISTUTUS", "BETALNINGSPÅMINNELSE", "PAYMENT REMINDER"),
    InvoiceKind.REFUND_INVOICE.value: ("PALAUTUSLASKU", "ÅTERBETALNINGSFAKTURA", "REFUND INVOICE"),
    InvoiceKind.CREDIT_NOTE.value: ("HYVITYSLASKU", "KREDITFAKTURA", "CREDIT NOTE"),
    "page": ("Sivu", "Sida", "Page"),
    "invoice_date": ("Päivämäärä", "Datum", "Date"),
    "invoice_number": ("Laskun numero", "Fakturanummer", "Invoice number"),
    "customer_number": ("Asiakasnumero", "Kundnummer", "Customer number"),
    "due_date": ("Eräpäivä", "Förfallodag", "Due date"),
    "payment_terms": ("Maksuehto", "Betalningsvillkor", "Payment terms"),
    "terms_days": ("{days} pv netto", "{days} dagar netto", "{days} days net"),
    "terms_now": ("Heti", "Omedelbart", "Immediately"),
    "reference": ("Viitenumero", "Referensnummer", "Reference number"),
    "order_numbers": ("Tilausnumero", "Ordernummer", "Order number"),
    "buyer_business_id": ("Asiakkaan Y-tunnus", "Kundens FO-nummer", "Customer's business ID"),
    "einvoice_address": ("Verkkolaskuosoite", "E-fakturaadress", "E-invoice address"),
    "late_interest": ("Viivästyskorko", "Dröjsmålsränta", "Late-payment interest"),
    "reminder_level": ("Muistutus", "Påminnelse", "Reminder"),
    "credited_invoice": ("Hyvitettävä lasku", "Krediterad faktura", "Credited invoice"),
    "description": ("Tuote", "Produkt", "Description"),
    "quantity": ("Määrä", "Antal", "Qty"),
    "unit_price": ("À-hinta", "À-pris", "Unit price"),
    "vat_pct": ("Alv %", "Moms %", "VAT %"),
    "net": ("Veroton", "Exkl. moms", "Net"),
    "vat": ("Alv", "Moms", "VAT"),
    "gross": ("Yhteensä", "Totalt", "Total"),
    "period": ("Jakso", "Period", "Period"),
    "vat_breakdown": ("Arvonlisäverot", "Momsspecifikation", "VAT breakdown"),
    "vat_rate": ("Alv-kanta", "Momssats", "VAT rate"),
    "total_net": ("Veroton yhteensä", "Totalt exkl. moms", "Total excl. VAT"),
    "total_vat": ("Arvonlisävero", "Moms", "VAT"),
    "total_gross": ("Yhteensä", "Totalt", "Total"),
    "already_paid": ("Maksettu jo", "Redan betalt", "Already paid"),
    "balance_applied": ("Vähennetty saldostasi", "Avdraget från ditt saldo", "Paid from your credit balance"),
    "amount_to_pay": ("Maksettava yhteensä", "Att betala", "Amount to pay"),
    "amount_refunded": ("Palautettava summa", "Belopp att återbetala", "Amount to be refunded"),
    "amount_credited": ("Hyvitys yhteensä", "Kreditering totalt", "Total credit"),
    "open_amount": ("Laskusta avoinna", "Obetalt av fakturan", "Unpaid of the invoice"),
    "reminder_costs": ("Muistutusmaksu ja korko", "Påminnelseavgift och ränta", "Reminder fee and interest"),
    "nothing_to_pay": ("Ei maksettavaa: lasku on maksettu saldollasi.",
                       "Inget att betala: fakturan är betald med ditt saldo.",
                       "Nothing to pay: the invoice was paid from your credit balance."),
    "refund_note": ("Palautamme summan tilillesi.", "Vi betalar tillbaka beloppet till ditt konto.",
                    "We will pay the amount back to your bank account."),
    "credit_note_note": ("Summa hyvitetään sinulle.", "Beloppet krediteras dig.", "The amount is credited to you."),
    "payment_details": ("Maksutiedot", "Betalningsuppgifter", "Payment details"),
    "payee": ("Saaja", "Mottagare", "Payee"),
    "virtual_barcode": ("Virtuaaliviivakoodi", "Virtuell streckkod", "Virtual bar code"),
    "use_reference": ("Käytä maksaessasi viitenumeroa.", "Använd referensnumret när du betalar.",
                      "Please use the reference number when paying."),
    "business_id": ("Y-tunnus", "FO-nummer", "Business ID"),
    "vat_number": ("ALV-numero", "Momsnummer", "VAT number"),
    "phone": ("Puh.", "Tfn", "Tel."),
    "email": ("Sähköposti", "E-post", "Email"),
    "reminder_intro": (
        "Kirjanpitomme mukaan alla oleva lasku on vielä maksamatta. Pyydämme maksamaan sen viimeistään "
        "eräpäivänä. Jos olet jo maksanut laskun, tämä muistutus on aiheeton.",
        "Enligt vår bokföring är fakturan nedan ännu obetald. Vi ber dig betala den senast på "
        "förfallodagen. Om du redan har betalat fakturan kan du bortse från denna påminnelse.",
        "According to our records the invoice below is still unpaid. Please pay it by the due date. "
        "If you have already paid it, please disregard this reminder.",
    ),
    "reminded_invoice": ("Muistutettava lasku", "Faktura som påminnelsen gäller", "Invoice reminded of"),
    "original_invoice_date": ("Laskun päivämäärä", "Fakturadatum", "Invoice date"),
    "original_due_date": ("Alkuperäinen eräpäivä", "Ursprunglig förfallodag", "Original due date"),
    "original_amount": ("Laskun summa", "Fakturans belopp", "Invoice amount"),
    "until": ("{date} asti", "till {date}", "until {date}"),
    "interest_accrued": ("Viivästyskorkoa kertynyt", "Upplupen dröjsmålsränta", "Interest accrued"),
    "interest_earlier": ("josta veloitettu aiemmin", "varav debiterad tidigare", "of which charged earlier"),
    "continued": ("Jatkuu seuraavalla sivulla", "Fortsätter på nästa sida", "Continued on the next page"),
}
# The Finnish bank transfer form is bilingual by standard, whatever the document language.
FORM_LABELS = {
    "account": ("Saajan", "tilinumero", "Mottagarens", "kontonummer"),
    "payee": ("Saaja", "Mottagare"),
    "payer": ("Maksajan", "nimi ja", "osoite", "Betalarens", "namn och", "adress"),
    "signature": ("Allekirjoitus", "Underskrift"),
    "from_account": ("Tililtä nro", "Från konto nr"),
    "reference": ("Viitenro", "Ref.nr"),
    "due_date": ("Eräpäivä", "Förfallodag"),
}
FORM_TITLE = "TILISIIRTO. GIRERING"
FORM_NOTICE = (
    "Maksu välitetään saajalle maksujenvälityksen ehtojen mukaisesti ja vain maksajan ilmoittaman tilinumeron perusteella.",
    "Betalningen förmedlas till mottagaren enligt villkoren för betalningsförmedling och endast till det kontonummer som betalaren angivit.",
)


def label(key: str, lang: str) -> str:
    return LABELS[key][_LANG_INDEX.get(lang, 0)]


def render_invoice_pdf(doc: InvoiceDocument, out: IO[bytes] | str | os.PathLike[str], *, paper_form: bool) -> None:
    """One document as a PDF: with the bank transfer form for paper, with a payment box for email."""
    render_batch([doc], out, paper_form=paper_form)


def render_batch(docs: Iterable[InvoiceDocument], out: IO[bytes] | str | os.PathLike[str], *,
                 paper_form: bool = True) -> int:
    """Several documents in one PDF (a print batch), each starting on a new page with its own page
    numbers "1/2"; returns the number of pages."""
    regular, bold = register_fonts()
    rl_config.useA85 = 0  # binary streams: ASCII85 only makes files 25 % bigger and slower to write
    target = os.fspath(out) if isinstance(out, (str, os.PathLike)) else out
    canvas = Canvas(target, pagesize=A4, pageCompression=1)
    canvas.setCreator("Reskontra")
    pages = 0
    first = True
    for doc in docs:
        if first:
            canvas.setTitle(f"{label(doc.kind.value, doc.language).capitalize()} {doc.invoice_number}")
            canvas.setAuthor(doc.seller.name)
            first = False
        pages += _DocumentRenderer(canvas, doc, paper_form, regular, bold).draw()
    if first:
        raise ValueError("render_batch needs at least one document")
    canvas.save()
    return pages


# ---------------------------------------------------------------------------------------------- helpers


def _y(top_mm: float) -> float:
    """Distance from the top of the page in mm → reportlab's y (points from the bottom)."""
    return PAGE_H - top_mm * mm


def _plain(amount: Decimal, lang: str) -> str:
    """An amount without the currency sign, always with two decimals ("1 234,50")."""
    return format_decimal(amount, format="#,##0.00", locale=formatting.locale_for(lang), decimal_quantization=True)


def _quantity(value: Decimal, lang: str) -> str:
    return format_decimal(value, format="#,##0.###", locale=formatting.locale_for(lang))


def _fit(text: str, font: str, size: float, width: float, min_size: float = 6.0) -> tuple[str, float]:
    """Shrink the font down to ``min_size`` to fit ``width``, then cut with an ellipsis."""
    while size > min_size and stringWidth(text, font, size) > width:
        size -= 0.5
    if stringWidth(text, font, size) <= width:
        return text, size
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text + "…", size


def _wrap(text: str, font: str, size: float, width: float, min_size: float) -> list[tuple[str, float]]:
    """``text`` whole in lines no wider than ``width``, broken at spaces, as (line, font size).

    A word wider than ``width`` (a long email) gets a line of its own in a smaller size, down to
    ``min_size``; only a word too wide even then is broken, never cut off.
    """
    lines: list[tuple[str, float]] = []
    for word in text.split():
        if stringWidth(word, font, size) > width:
            small = size
            while small > min_size and stringWidth(word, font, small) > width:
                small -= 0.25
            piece = ""
            for ch in word:
                if piece and stringWidth(piece + ch, font, small) > width:
                    lines.append((piece, small))
                    piece = ""
                piece += ch
            lines.append((piece, small))
        elif lines and lines[-1][1] == size and stringWidth(f"{lines[-1][0]} {word}", font, size) <= width:
            lines[-1] = (f"{lines[-1][0]} {word}", size)
        else:
            lines.append((word, size))
    return lines


def _wrap_fitting(entries: list[str], font: str, size: float, width: float, *, max_lines: int,
                  min_size: float = 4.5) -> list[tuple[str, float]]:
    """Every entry whole, wrapped to ``width`` (see ``_wrap``), in at most ``max_lines`` lines if the text
    can shrink that far: (line, font size) pairs."""
    while True:
        lines = [line for entry in entries for line in _wrap(entry, font, size, width, min_size)]
        if len(lines) <= max_lines or size <= min_size:
            return lines
        size -= 0.5


@dataclass
class _Block:
    """A piece of body content that is never split over two pages."""

    height: float
    draw: Callable[[float], None]  # receives the top y
    is_line: bool = False


class _DocumentRenderer:
    def __init__(self, canvas: Canvas, doc: InvoiceDocument, paper_form: bool, regular: str, bold: str) -> None:
        self.c = canvas
        self.doc = doc
        self.lang = doc.language
        self.paper_form = paper_form
        self.font = regular
        self.bold = bold
        self.barcode: str | None = None
        self.qr: tuple[tuple[bool, ...], ...] | None = None
        if doc.payable:
            self.barcode = virtual_barcode(doc.seller.iban, doc.amount_to_pay, doc.reference, doc.due_date)
            payload = epc_qr.invoice_payload(name=doc.seller.name[:70], iban=doc.seller.iban, bic=doc.seller.bic,
                                             amount=doc.amount_to_pay, reference=doc.reference,
                                             due_date=doc.due_date)
            self.qr = epc_qr.qr_matrix(payload)

    def t(self, key: str) -> str:
        return label(key, self.lang)

    def money(self, amount: Decimal) -> str:
        return formatting.money(amount, self.lang)

    def text(self, x: float, y: float, text: str, size: float = 8.5, *, bold: bool = False,
             align: str = "left", grey: bool = False) -> None:
        c = self.c
        c.setFont(self.bold if bold else self.font, size)
        if grey:
            c.setFillColorRGB(*GREY)
        if align == "right":
            c.drawRightString(x, y, text)
        elif align == "center":
            c.drawCentredString(x, y, text)
        else:
            c.drawString(x, y, text)
        if grey:
            c.setFillColorRGB(0, 0, 0)

    # ------------------------------------------------------------------------------------------ layout

    def draw(self) -> int:
        doc = self.doc
        info_rows = self._info_rows()
        first_top = _y(max(WINDOW_TOP + WINDOW_H + 8 * mm, 25 * mm + len(info_rows) * 4.4 * mm + 6 * mm) / mm)
        # the highest thing at the foot of each page: the form's footer line, the payment box, the footer line
        footer_line = 6 * mm + FOOTER_H - 1 * mm
        if doc.payable and self.paper_form:
            first_obstacle = FORM_H + 3 * mm + FOOTER_H - 1 * mm
        elif doc.payable:
            first_obstacle = FOOTER_H + 6 * mm + BOX_H
        else:
            first_obstacle = footer_line
        first_bottom, next_top, next_bottom = first_obstacle + 6 * mm, _y(36), footer_line + 6 * mm
        pages = self._paginate(self._blocks(), first_top, first_bottom, next_top, next_bottom)
        total = len(pages)
        for number, placed in enumerate(pages, start=1):
            if number == 1:
                self._first_page_header(info_rows)
                if doc.payable and self.paper_form:
                    self._transfer_form()
                    self._footer(FORM_H + 3 * mm)
                elif doc.payable:
                    self._payment_box()
                    self._footer(6 * mm)
                else:
                    self._footer(6 * mm)
            else:
                self._next_page_header()
                self._footer(6 * mm)
            self._page_number(number, total)
            for block, top in placed:
                block.draw(top)
            if number < total:
                obstacle = first_obstacle if number == 1 else footer_line
                self.text(RIGHT, obstacle + 2 * mm, self.t("continued") + " →", 7, align="right", grey=True)
            self.c.showPage()
        return total

    def _paginate(self, blocks: Sequence[_Block], first_top: float, first_bottom: float,
                  next_top: float, next_bottom: float) -> list[list[tuple[_Block, float]]]:
        header = self._table_header_block()
        pages: list[list[tuple[_Block, float]]] = [[]]
        y, bottom, header_on_page = first_top, first_bottom, False
        for block in blocks:
            need = block.height + (header.height if block.is_line and not header_on_page else 0)
            if y - need < bottom and pages[-1]:
                pages.append([])
                y, bottom, header_on_page = next_top, next_bottom, False
            if block.is_line and not header_on_page:
                pages[-1].append((header, y))
                y -= header.height
                header_on_page = True
            pages[-1].append((block, y))
            y -= block.height
        return pages

    # ------------------------------------------------------------------------------------------ header

    def _info_rows(self) -> list[tuple[str, str, bool]]:
        doc, lang = self.doc, self.lang
        rows: list[tuple[str, str, bool]] = [
            (self.t("invoice_date"), formatting.date(doc.invoice_date, lang), False),
            (self.t("invoice_number"), doc.invoice_number, False),
            (self.t("customer_number"), doc.buyer.customer_number, False),
        ]
        if doc.reminder is not None:
            rows.append((self.t("reminder_level"), str(doc.reminder.level), False))
        if doc.credited_invoice_number:
            rows.append((self.t("credited_invoice"), doc.credited_invoice_number, False))
        if not doc.is_credit:
            rows.append((self.t("due_date"), formatting.date(doc.due_date, lang), True))
            terms = (self.t("terms_days").format(days=doc.payment_terms_days) if doc.payment_terms_days > 0
                     else self.t("terms_now"))
            rows.append((self.t("payment_terms"), terms, False))
            rows.append((self.t("reference"), references.format_reference(doc.reference), True))
        if doc.our_order_numbers:
            rows.append((self.t("order_numbers"), ", ".join(doc.our_order_numbers), False))
        if doc.late_interest_rate_bp is not None and not doc.is_credit:
            rows.append((self.t("late_interest"), formatting.percent_bp(doc.late_interest_rate_bp, lang), False))
        if doc.buyer.business_id:
            rows.append((self.t("buyer_business_id"), doc.buyer.business_id, False))
        if doc.buyer.einvoice_address:
            rows.append((self.t("einvoice_address"), doc.buyer.einvoice_address, False))
        return rows

    def _seller_header(self, top_mm: float) -> None:
        seller = self.doc.seller
        y = top_mm
        if seller.logo_path and Path(seller.logo_path).is_file():
            try:
                self.c.drawImage(seller.logo_path, LEFT, _y(y + 16), width=60 * mm, height=16 * mm,
                                 preserveAspectRatio=True, anchor="sw", mask="auto")
                y += 20
            except OSError as exc:  # an unreadable logo must not stop a billing run
                log.warning("logo %s not drawn: %s", seller.logo_path, exc)
        elif seller.logo_path:
            log.warning("logo %s not found", seller.logo_path)
        name, size = _fit(seller.name, self.bold, 12, 90 * mm)
        self.text(LEFT, _y(y + 4), name, size, bold=True)
        return None

    def _first_page_header(self, info_rows: list[tuple[str, str, bool]]) -> None:
        doc, seller = self.doc, self.doc.seller
        self._seller_header(10)
        # seller's address under its name, kept above the envelope window
        top = 10 + (20 if seller.logo_path and Path(seller.logo_path).is_file() else 0) + 8.5
        for line in seller.address_lines[:3]:
            if top > 41:
                break
            self.text(LEFT, _y(top), _fit(line, self.font, 8, 90 * mm)[0], 8)
            top += 3.6
        # buyer's address in the envelope window
        self._address_window()
        # title and the document facts on the right
        title = self.t(doc.kind.value)
        title_text, title_size = _fit(title, self.bold, 15, RIGHT - 115 * mm - 18 * mm)
        self.text(115 * mm, _y(17), title_text, title_size, bold=True)
        top = 25.0
        value_x, value_w = 153 * mm, RIGHT - 153 * mm
        for name, value, strong in info_rows:
            self.text(115 * mm, _y(top), _fit(name, self.font, 7.5, 37 * mm)[0], 7.5, grey=True)
            font = self.bold if strong else self.font
            lines = simpleSplit(value, font, 8.5, value_w)[:2] or [""]
            for i, part in enumerate(lines):
                self.text(value_x, _y(top + i * 3.6), part, 8.5, bold=strong)
            top += 4.4 + (len(lines) - 1) * 3.6

    def _address_window(self) -> None:
        buyer = self.doc.buyer
        lines = [buyer.name]
        if buyer.contact:
            lines.append(buyer.contact)
        lines += [ln for ln in buyer.address_lines if ln.strip()]
        lines = lines[:7]
        size = 10.0 if len(lines) <= 5 else 9.0
        leading = size * 0.45  # mm
        top = WINDOW_TOP / mm + 9
        inner = WINDOW_W - 8 * mm
        for i, line in enumerate(lines):
            text, fitted = _fit(line, self.font, size, inner, min_size=7)
            self.text(WINDOW_X + 4 * mm, _y(top + i * leading), text, fitted)

    def _next_page_header(self) -> None:
        doc = self.doc
        self.text(LEFT, _y(15), _fit(doc.seller.name, self.bold, 10, 90 * mm)[0], 10, bold=True)
        self.text(115 * mm, _y(15), self.t(doc.kind.value), 12, bold=True)
        self.text(115 * mm, _y(21), f"{self.t('invoice_number')} {doc.invoice_number}", 8)
        self.text(115 * mm, _y(25), f"{self.t('customer_number')} {doc.buyer.customer_number}", 8)
        self.text(115 * mm, _y(29), _fit(doc.buyer.name, self.font, 8, RIGHT - 115 * mm)[0], 8)

    def _page_number(self, number: int, total: int) -> None:
        self.text(RIGHT, _y(10), f"{self.t('page')} {number}/{total}", 8, align="right")

    def _footer(self, bottom: float) -> None:
        seller, c = self.doc.seller, self.c
        top = bottom + FOOTER_H - 4 * mm
        c.setStrokeColorRGB(*GREY)
        c.setLineWidth(0.4)
        c.line(LEFT, top + 3 * mm, RIGHT, top + 3 * mm)
        c.setStrokeColorRGB(0, 0, 0)
        columns = [
            [seller.name, *seller.address_lines[:2]],
            [f"{self.t('business_id')} {seller.business_id}" if seller.business_id else "",
             f"{self.t('vat_number')} {seller.vat_number}" if seller.vat_number else "",
             seller.website],
            [f"{self.t('phone')} {seller.phone}" if seller.phone else "",
             f"{self.t('email')} {seller.email}" if seller.email else ""],
            [f"IBAN {format_iban(seller.iban)}" if seller.iban else "", f"BIC {seller.bic}" if seller.bic else ""],
        ]
        # Each column as wide as its longest entry, the room left shared out; when the entries are too long
        # for the line (a long email or company name), the bank column keeps its width and the others share
        # the rest by their length. Every value is shown whole: it wraps at spaces, and a word still too wide
        # (an email) is set smaller on a line of its own.
        gap = 3 * mm
        room = RIGHT - LEFT - 3 * gap
        natural = [max((stringWidth(e, self.font, 6.5) for e in column if e), default=10 * mm) for column in columns]
        if sum(natural) <= room:
            spare = (room - sum(natural)) / len(natural)
            widths = [n + spare for n in natural]
        else:
            share = (room - natural[3]) / sum(natural[:3])
            widths = [n * share for n in natural[:3]] + [natural[3]]
        xs = [LEFT + sum(widths[:i]) + i * gap for i in range(len(widths))]
        for x, width, column in zip(xs, widths, columns, strict=True):
            lines = _wrap_fitting([e for e in column if e], self.font, 6.5, width, max_lines=4)
            leading = min(3 * mm, (FOOTER_H - 5.5 * mm) / max(1, len(lines) - 1))
            for n, (line, size) in enumerate(lines):
                self.text(x, top - n * leading, line, size, grey=True)

    # ------------------------------------------------------------------------------------------ body

    def _blocks(self) -> list[_Block]:
        blocks: list[_Block] = []
        if self.doc.reminder is not None:
            blocks += self._reminder_blocks()
        blocks += [self._line_block(i) for i in range(len(self.doc.lines))]
        blocks.append(self._summary_block())
        if not self.doc.payable:
            blocks += self._paragraph_blocks(self._closing_note(), gap_before=4 * mm, size=9.5, bold=True)
        for message in self.doc.messages:
            blocks += self._paragraph_blocks(message, gap_before=2 * mm)
        return blocks

    def _paragraph_blocks(self, text: str, *, gap_before: float = 0.0, size: float = 8.5,
                          bold: bool = False) -> list[_Block]:
        font = self.bold if bold else self.font
        lines: list[str] = []
        for paragraph in text.splitlines() or [""]:
            lines += simpleSplit(paragraph, font, size, RIGHT - LEFT) or [""]
        leading = size * 0.42 * mm
        blocks = []
        for i, line in enumerate(lines):
            gap = gap_before if i == 0 else 0.0

            def draw(top: float, line: str = line, gap: float = gap) -> None:
                self.text(LEFT, top - gap - size * 0.85, line, size, bold=bold)

            blocks.append(_Block(leading + gap, draw))
        return blocks

    def _reminder_blocks(self) -> list[_Block]:
        reminder, lang = self.doc.reminder, self.lang
        assert reminder is not None
        blocks = self._paragraph_blocks(self.t("reminder_intro"))
        left = [
            (self.t("invoice_number"), reminder.original_invoice_number),
            (self.t("original_invoice_date"), formatting.date(reminder.original_invoice_date, lang)),
            (self.t("original_due_date"), formatting.date(reminder.original_due_date, lang)),
        ]
        right = [
            (self.t("original_amount"), self.money(reminder.original_amount)),
            (self.t("open_amount"), self.money(reminder.open_amount)),
        ]
        if reminder.interest_rate_bp:
            rate = formatting.percent_bp(reminder.interest_rate_bp, lang)
            if reminder.interest_until:
                rate += " (" + self.t("until").format(date=formatting.date(reminder.interest_until, lang)) + ")"
            right.append((self.t("late_interest"), rate))
        if reminder.interest_charged_earlier:  # interest accrues once: this letter charges only the rest
            right.append((self.t("interest_accrued"), self.money(reminder.interest_accrued)))
            right.append((self.t("interest_earlier"), self.money(reminder.interest_charged_earlier)))
        columns = [[r for r in left if r[1]], [r for r in right if r[1]]]
        step = 4.0 * mm

        def draw(top: float) -> None:
            self.text(LEFT, top - 5 * mm, self.t("reminded_invoice"), 9, bold=True)
            for x, rows in zip((LEFT, 110 * mm), columns, strict=True):
                y = top - 5 * mm
                for name, value in rows:
                    y -= step
                    self.text(x, y, name, 8, grey=True)
                    self.text(x + 85 * mm - 4 * mm, y, value, 8.5, align="right")

        blocks.append(_Block(5 * mm + max(len(c) for c in columns) * step + 3.5 * mm, draw))
        return blocks

    def _table_header_block(self) -> _Block:
        def draw(top: float) -> None:
            y = top - 4.5 * mm
            self.text(LEFT, y, self.t("description"), HEADER_SIZE, bold=True)
            for key, right in LINE_COLUMNS:
                self.text(right * mm, y, self.t(key), HEADER_SIZE, bold=True, align="right")
            self.c.setLineWidth(0.5)
            self.c.line(LEFT, y - 1.6 * mm, RIGHT, y - 1.6 * mm)

        return _Block(7.5 * mm, draw)

    def _line_block(self, index: int) -> _Block:
        line, lang = self.doc.lines[index], self.lang
        desc = simpleSplit(line.description, self.font, 8.5, DESC_WIDTH) or [""]
        period = ""
        if line.period_start or line.period_end:
            period = f"{formatting.date(line.period_start, lang)}–{formatting.date(line.period_end, lang)}"
        height = (len(desc) * 3.7 + (3.3 if period else 0) + 1.8) * mm
        values = (
            _quantity(line.quantity, lang), _plain(line.unit_price, lang),
            formatting.percent_bp(line.vat_rate_bp, lang).replace("\u00a0%", "").replace(" %", ""),
            _plain(line.net, lang), _plain(line.vat, lang), _plain(line.gross, lang),
        )

        def draw(top: float) -> None:
            y = top - 3.4 * mm
            for i, part in enumerate(desc):
                self.text(LEFT, y - i * 3.7 * mm, part, 8.5)
            if period:
                self.text(LEFT, y - len(desc) * 3.7 * mm + 0.3 * mm, f"{self.t('period')} {period}", 7.5, grey=True)
            for (_key, right), value in zip(LINE_COLUMNS, values, strict=True):
                self.text(right * mm, y, value, AMOUNT_SIZE, align="right")

        return _Block(height, draw, is_line=True)

    def _summary_block(self) -> _Block:
        doc = self.doc
        totals: list[tuple[str, str, bool]] = []
        if doc.kind == InvoiceKind.REMINDER and doc.reminder is not None:
            totals.append((self.t("open_amount"), self.money(doc.reminder.open_amount), False))
            totals.append((self.t("reminder_costs"), self.money(doc.total_gross), False))
        else:
            totals.append((self.t("total_net"), self.money(doc.total_net), False))
            totals.append((self.t("total_vat"), self.money(doc.total_vat), False))
            totals.append((self.t("total_gross"), self.money(doc.total_gross), True))
        if doc.balance_applied:
            totals.append((self.t("balance_applied"), self.money(-doc.balance_applied), False))
        if doc.already_paid:
            totals.append((self.t("already_paid"), self.money(-doc.already_paid), False))
        final_key = ("amount_refunded" if doc.kind == InvoiceKind.REFUND_INVOICE
                     else "amount_credited" if doc.kind == InvoiceKind.CREDIT_NOTE else "amount_to_pay")
        vat_rows = doc.vat_breakdown if doc.kind != InvoiceKind.REMINDER else ()
        height = max(len(totals) * 4.4 + 10, (len(vat_rows) + 1) * 3.8 + 6 if vat_rows else 0) * mm + 4 * mm

        def draw(top: float) -> None:
            c = self.c
            c.setLineWidth(0.5)
            c.line(LEFT, top - 1 * mm, RIGHT, top - 1 * mm)
            if vat_rows:
                y = top - 5 * mm
                self.text(LEFT, y, self.t("vat_rate"), 7.5, bold=True)
                for key, x in (("net", 62), ("vat", 80), ("gross", 100)):
                    self.text(x * mm, y, self.t(key), 7.5, bold=True, align="right")
                for row in vat_rows:
                    y -= 3.8 * mm
                    self.text(LEFT, y, formatting.percent_bp(row.rate_bp, self.lang), 8)
                    for amount, x in ((row.net, 62), (row.vat, 80), (row.gross, 100)):
                        self.text(x * mm, y, _plain(amount, self.lang), 8, align="right")
            y = top - 5 * mm
            for name, value, strong in totals:
                self.text(118 * mm, y, name, 8.5, bold=strong)
                self.text(RIGHT, y, value, 8.5, bold=strong, align="right")
                y -= 4.4 * mm
            c.line(118 * mm, y + 2.6 * mm, RIGHT, y + 2.6 * mm)
            y -= 1.2 * mm
            self.text(118 * mm, y, self.t(final_key), 10, bold=True)
            self.text(RIGHT, y, self.money(doc.amount_to_pay), 10, bold=True, align="right")

        return _Block(height, draw)

    def _closing_note(self) -> str:
        doc = self.doc
        if doc.kind == InvoiceKind.REFUND_INVOICE:
            return self.t("refund_note")
        if doc.kind == InvoiceKind.CREDIT_NOTE:
            return self.t("credit_note_note")
        return self.t("nothing_to_pay")

    # ------------------------------------------------------------------------------------------ payment

    def _draw_qr(self, x: float, y: float, size: float) -> None:
        """The EPC QR code from segno's matrix, with a quiet zone of four modules.

        Drawn in module units (one scaled coordinate system, integer rectangles merged over rows and
        columns) and written as literal path operators: ~10x cheaper than a rect() call per module.
        """
        assert self.qr is not None
        matrix = self.qr
        module = size / (len(matrix) + 8)
        ops: list[str] = []
        open_runs: dict[tuple[int, int], list[int]] = {}  # (start, end) → [top row, height]
        for r, row in enumerate(matrix):
            runs: set[tuple[int, int]] = set()
            start = -1
            for col, dark in enumerate((*row, False)):
                if dark and start < 0:
                    start = col
                elif not dark and start >= 0:
                    runs.add((start, col))
                    start = -1
            for run in [k for k in open_runs if k not in runs]:
                top, height = open_runs.pop(run)
                ops.append(f"{run[0]} {top} {run[1] - run[0]} {height} re")
            for run in runs:
                if run in open_runs:
                    open_runs[run][1] += 1
                else:
                    open_runs[run] = [r, 1]
        for run, (top, height) in open_runs.items():
            ops.append(f"{run[0]} {top} {run[1] - run[0]} {height} re")
        c = self.c
        c.saveState()
        # origin at the top-left module, y pointing down, one unit per module
        c.transform(module, 0, 0, -module, x + 4 * module, y + size - 4 * module)
        c.addLiteral("\n".join(ops) + "\nf")
        c.restoreState()

    def _draw_barcode(self, x: float, y: float) -> None:
        assert self.barcode is not None
        Code128(self.barcode, barWidth=BARCODE_MODULE, barHeight=BARCODE_H, quiet=0,
                humanReadable=False).drawOn(self.c, x, y)

    def _payment_box(self) -> None:
        doc, c = self.doc, self.c
        bottom = FOOTER_H + 6 * mm
        top = bottom + BOX_H
        c.setLineWidth(0.8)
        c.roundRect(LEFT - 3 * mm, bottom, RIGHT - LEFT + 6 * mm, BOX_H, 2 * mm)
        self.text(LEFT, top - 6 * mm, self.t("payment_details"), 10, bold=True)
        rows = [
            (self.t("payee"), doc.seller.name, False),
            ("IBAN", format_iban(doc.seller.iban), True),
            ("BIC", doc.seller.bic, False),
            (self.t("reference"), references.format_reference(doc.reference), True),
            (self.t("due_date"), formatting.date(doc.due_date, self.lang), True),
            (self.t("amount_to_pay"), self.money(doc.amount_to_pay), True),
        ]
        y = top - 11.5 * mm
        for name, value, strong in rows:
            if not value:
                continue
            self.text(LEFT, y, name, 8, grey=True)
            self.text(LEFT + 40 * mm, y, _fit(value, self.bold if strong else self.font, 9, 85 * mm)[0], 9,
                      bold=strong)
            y -= 4.4 * mm
        qr_size = 34 * mm
        self._draw_qr(RIGHT - qr_size + 1 * mm, top - qr_size - 1 * mm, qr_size)
        assert self.barcode is not None
        self.text(LEFT, bottom + 19.5 * mm, self.t("virtual_barcode"), 7.5, grey=True)
        self.text(LEFT + 28 * mm, bottom + 19.5 * mm, self.barcode, 8.5)
        self._draw_barcode(LEFT, bottom + 4 * mm)
        self.text(RIGHT, bottom + 4.5 * mm, self.t("use_reference"), 7.5, align="right", grey=True)

    def _transfer_form(self) -> None:
        """The Finnish bank transfer form (tilisiirtolomake) across the bottom 101.6 mm of the page."""
        doc, c = self.doc, self.c
        buyer = doc.buyer
        x0, mid, x1 = 8 * mm, 111.4 * mm, PAGE_W - 8 * mm
        label_w = 19 * mm
        r1, r2, r3, r4, r5 = 101.6 * mm, 84.7 * mm, 71.9 * mm, 50.7 * mm, 42.2 * mm
        r6 = 33.7 * mm
        # the cut line
        c.setDash(2, 2)
        c.setLineWidth(0.4)
        c.line(0, r1, PAGE_W, r1)
        c.setDash()
        # the grid
        c.setLineWidth(1.0)
        c.line(mid, r1, mid, r6)
        for y in (r2, r3):
            c.line(x0, y, mid, y)
        c.line(x0, r4, x1, r4)
        c.line(x0, r5, x1, r5)
        c.line(x0, r6, x1, r6)
        c.line(x0 + label_w, r1, x0 + label_w, r3 - 0.0)
        c.line(x0 + label_w, r3, x0 + label_w, r4)
        c.setLineWidth(0.5)
        c.line(x0 + label_w, r5, x0 + label_w, r6)
        c.line(mid + 18 * mm, r4, mid + 18 * mm, r6)
        c.line(mid + 49 * mm, r5, mid + 49 * mm, r6)
        c.line(mid + 58 * mm, r5, mid + 58 * mm, r6)
        # the vertical title at the left edge
        c.saveState()
        c.translate(x0 - 1.8 * mm, r6)
        c.rotate(90)
        c.setFont(self.bold, 7)
        c.drawString(2 * mm, 0, FORM_TITLE)
        c.restoreState()

        def labels(lines: Sequence[str], top: float, x: float = x0 + 1 * mm, size: float = 6.0) -> None:
            for i, line in enumerate(lines):
                self.text(x, top - (2.6 + i * 2.5) * mm, line, size)

        labels(FORM_LABELS["account"], r1)
        labels(FORM_LABELS["payee"], r2)
        labels(FORM_LABELS["payer"], r3)
        labels(FORM_LABELS["signature"], r4)
        labels(FORM_LABELS["from_account"], r5)
        labels(FORM_LABELS["reference"], r4, mid + 1 * mm)
        labels(FORM_LABELS["due_date"], r5, mid + 1 * mm)
        self.text(mid + 50 * mm, r5 - 3.5 * mm, "Euro", 7)

        value_x = x0 + label_w + 2 * mm
        value_w = mid - value_x - 2 * mm
        seller = doc.seller
        self.text(value_x, r1 - 4 * mm, "IBAN", 6.5, grey=True)
        self.text(value_x + 60 * mm, r1 - 4 * mm, "BIC", 6.5, grey=True)
        self.text(value_x, r1 - 9.5 * mm, format_iban(seller.iban), 10.5, bold=True)
        self.text(value_x + 60 * mm, r1 - 9.5 * mm, seller.bic, 10.5, bold=True)
        self.text(value_x, r2 - 5 * mm, *_fit(seller.name, self.font, 9.5, value_w))
        if seller.address_lines:
            seller_address = ", ".join(seller.address_lines[:2])
            self.text(value_x, r2 - 9.5 * mm, *_fit(seller_address, self.font, 8, value_w))
        # the payer's name and full postal address; the contact person only when there is room
        address = [ln for ln in buyer.address_lines if ln.strip()]
        payer = [buyer.name] + ([buyer.contact] if buyer.contact and len(address) < 3 else []) + address
        payer = payer[:1] + payer[-4:] if len(payer) > 5 else payer
        step = min(4.0, ((r3 - r4) / mm - 6.0) / max(1, len(payer) - 1))
        size = min(9.0, step * 2.45)
        for i, line in enumerate(payer):
            self.text(value_x, r3 - (4.0 + i * step) * mm, *_fit(line, self.font, size, value_w))
        c.setLineWidth(0.5)
        c.line(value_x, r5 + 1.8 * mm, mid - 4 * mm, r5 + 1.8 * mm)  # the signature line
        # reference, due date and amount
        self.text(mid + 20 * mm, r4 - 5.8 * mm, references.format_reference(doc.reference), 10.5, bold=True)
        self.text(mid + 20 * mm, r5 - 5.8 * mm, formatting.date(doc.due_date, "fi"), 10.5, bold=True)
        self.text(x1 - 2 * mm, r5 - 5.8 * mm, _plain(doc.amount_to_pay, "fi"), 10.5, bold=True, align="right")
        # the information area: invoice facts and the EPC QR code
        info_x = mid + 4 * mm
        facts = [
            f"{label('invoice_number', 'fi')} / {label('invoice_number', 'sv')}: {doc.invoice_number}",
            f"{label('customer_number', 'fi')} / {label('customer_number', 'sv')}: {buyer.customer_number}",
            label("use_reference", "fi"),
            label("use_reference", "sv"),
        ]
        for i, fact in enumerate(facts):
            self.text(info_x, r1 - (6 + i * 4) * mm, *_fit(fact, self.font, 7.5, x1 - info_x - 2 * mm))
        qr_size = 30 * mm
        self._draw_qr(x1 - qr_size, r4 + 2 * mm, qr_size)
        # the standard notice and the bar code
        for i, sentence in enumerate(FORM_NOTICE):
            for j, part in enumerate(simpleSplit(sentence, self.font, 5.5, x1 - mid - 2 * mm)):
                self.text(mid + 1 * mm, r6 - (3 + (i * 2 + j) * 2.2) * mm, part, 5.5)
        self._draw_barcode(x0 + 12 * mm, 9 * mm)
        assert self.barcode is not None
        self.text(x0 + 12 * mm, 5 * mm, self.barcode, 6.5, grey=True)

