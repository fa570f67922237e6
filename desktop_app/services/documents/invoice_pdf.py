"""Invoice PDFs drawn straight on a reportlab canvas (fast enough for a batch of thousands).

One A4 layout for invoices, ad invoices, payment reminders, refund invoices and credit notes, in
Finnish, Swedish or English (the words: ``texts``):

- the buyer's address sits in the window of a C5 window envelope (20 mm from the left, 45 mm from
  the top, 90 × 45 mm), the seller and the document facts above and beside it;
- lines with their period and VAT, the VAT breakdown per rate and the totals flow over as many pages
  as needed; each page says "page n/N" of its own invoice, also inside a batch;
- the first page ends with the payment details (``payment_slip``): for paper, the standard Finnish
  bank transfer form (tilisiirtolomake, bottom 101.6 mm) with its bar code; for email, a payment box.

Documents whose amount is owed to the customer (refund invoice, credit note) or that have nothing to
pay get no payment slip. The pen and the text-fitting helpers are in ``pdf_drawing``.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from reportlab import rl_config
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from desktop_app.models.enums import InvoiceKind
from desktop_app.services.documents import references, texts
from desktop_app.services.documents.barcode import format_iban
from desktop_app.services.documents.fonts import register_fonts
from desktop_app.services.documents.model import InvoiceDocument
from desktop_app.services.documents.payment_slip import PaymentSlip
from desktop_app.services.documents.pdf_drawing import (
    BOX_H,
    FOOTER_H,
    FORM_H,
    GREY,
    LEFT,
    RIGHT,
    Pen,
    fit,
    plain_amount,
    quantity_text,
    top_y,
    wrap_fitting,
)
from desktop_app.services.documents.texts import text as label
from desktop_app.services.foundation import formatting

__all__ = ["DESC_WIDTH", "HEADER_SIZE", "LEFT", "LINE_COLUMNS", "label", "render_batch", "render_invoice_pdf"]

log = logging.getLogger(__name__)

# C5 window envelope (SFS 2487 style): window 90 x 45 mm, 20 mm from the left, 45 mm from the top.
WINDOW_X, WINDOW_TOP, WINDOW_W, WINDOW_H = 20 * mm, 45 * mm, 90 * mm, 45 * mm
# The lines table: (label key, right edge in mm); the description runs from LEFT to DESC_WIDTH.
LINE_COLUMNS = (("quantity", 99), ("unit_price", 119), ("vat_pct", 133), ("net", 153), ("vat", 172), ("gross", 195))
DESC_WIDTH = 66 * mm
HEADER_SIZE = 7.0
AMOUNT_SIZE = 8.0


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
            canvas.setTitle(f"{texts.kind_title(doc.kind, doc.language).capitalize()} {doc.invoice_number}")
            canvas.setAuthor(doc.seller.name)
            first = False
        pages += _DocumentRenderer(canvas, doc, paper_form, regular, bold).draw()
    if first:
        raise ValueError("render_batch needs at least one document")
    canvas.save()
    return pages


@dataclass
class _Block:
    """A piece of body content that is never split over two pages."""

    height: float
    draw: Callable[[float], None]  # receives the top y
    is_line: bool = False


class _DocumentRenderer(Pen):
    def __init__(self, canvas: Canvas, doc: InvoiceDocument, paper_form: bool, regular: str, bold: str) -> None:
        super().__init__(canvas, doc.language, regular, bold)
        self.doc = doc
        self.paper_form = paper_form
        self.slip = PaymentSlip(canvas, doc, regular, bold) if doc.payable else None

    # ------------------------------------------------------------------------------------------ layout

    def draw(self) -> int:
        doc = self.doc
        info_rows = self._info_rows()
        first_top = top_y(max(WINDOW_TOP + WINDOW_H + 8 * mm, 25 * mm + len(info_rows) * 4.4 * mm + 6 * mm) / mm)
        # the highest thing at the foot of each page: the form's footer line, the payment box, the footer line
        footer_line = 6 * mm + FOOTER_H - 1 * mm
        if doc.payable and self.paper_form:
            first_obstacle = FORM_H + 3 * mm + FOOTER_H - 1 * mm
        elif doc.payable:
            first_obstacle = FOOTER_H + 6 * mm + BOX_H
        else:
            first_obstacle = footer_line
        first_bottom, next_top, next_bottom = first_obstacle + 6 * mm, top_y(36), footer_line + 6 * mm
        pages = self._paginate(self._blocks(), first_top, first_bottom, next_top, next_bottom)
        total = len(pages)
        for number, placed in enumerate(pages, start=1):
            if number == 1:
                self._first_page_header(info_rows)
                if self.slip is not None and self.paper_form:
                    self.slip.draw_form()
                    self._footer(FORM_H + 3 * mm)
                elif self.slip is not None:
                    self.slip.draw_box()
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
                self.c.drawImage(seller.logo_path, LEFT, top_y(y + 16), width=60 * mm, height=16 * mm,
                                 preserveAspectRatio=True, anchor="sw", mask="auto")
                y += 20
            except OSError as exc:  # an unreadable logo must not stop a billing run
                log.warning("logo %s not drawn: %s", seller.logo_path, exc)
        elif seller.logo_path:
            log.warning("logo %s not found", seller.logo_path)
        name, size = fit(seller.name, self.bold, 12, 90 * mm)
        self.text(LEFT, top_y(y + 4), name, size, bold=True)
        return None

    def _first_page_header(self, info_rows: list[tuple[str, str, bool]]) -> None:
        doc, seller = self.doc, self.doc.seller
        self._seller_header(10)
        # seller's address under its name, kept above the envelope window
        top = 10 + (20 if seller.logo_path and Path(seller.logo_path).is_file() else 0) + 8.5
        for line in seller.address_lines[:3]:
            if top > 41:
                break
            self.text(LEFT, top_y(top), fit(line, self.font, 8, 90 * mm)[0], 8)
            top += 3.6
        # buyer's address in the envelope window
        self._address_window()
        # title and the document facts on the right
        title = self.t(doc.kind.value)
        title_text, title_size = fit(title, self.bold, 15, RIGHT - 115 * mm - 18 * mm)
        self.text(115 * mm, top_y(17), title_text, title_size, bold=True)
        top = 25.0
        value_x, value_w = 153 * mm, RIGHT - 153 * mm
        for name, value, strong in info_rows:
            self.text(115 * mm, top_y(top), fit(name, self.font, 7.5, 37 * mm)[0], 7.5, grey=True)
            font = self.bold if strong else self.font
            lines = simpleSplit(value, font, 8.5, value_w)[:2] or [""]
            for i, part in enumerate(lines):
                self.text(value_x, top_y(top + i * 3.6), part, 8.5, bold=strong)
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
            text, fitted = fit(line, self.font, size, inner, min_size=7)
            self.text(WINDOW_X + 4 * mm, top_y(top + i * leading), text, fitted)

    def _next_page_header(self) -> None:
        doc = self.doc
        self.text(LEFT, top_y(15), fit(doc.seller.name, self.bold, 10, 90 * mm)[0], 10, bold=True)
        self.text(115 * mm, top_y(15), self.t(doc.kind.value), 12, bold=True)
        self.text(115 * mm, top_y(21), f"{self.t('invoice_number')} {doc.invoice_number}", 8)
        self.text(115 * mm, top_y(25), f"{self.t('customer_number')} {doc.buyer.customer_number}", 8)
        self.text(115 * mm, top_y(29), fit(doc.buyer.name, self.font, 8, RIGHT - 115 * mm)[0], 8)

    def _page_number(self, number: int, total: int) -> None:
        self.text(RIGHT, top_y(10), f"{self.t('page')} {number}/{total}", 8, align="right")

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
            lines = wrap_fitting([e for e in column if e], self.font, 6.5, width, max_lines=4)
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
            quantity_text(line.quantity, lang), plain_amount(line.unit_price, lang),
            formatting.percent_bp(line.vat_rate_bp, lang).replace("\u00a0%", "").replace(" %", ""),
            plain_amount(line.net, lang), plain_amount(line.vat, lang), plain_amount(line.gross, lang),
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
                        self.text(x * mm, y, plain_amount(amount, self.lang), 8, align="right")
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
