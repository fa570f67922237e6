"""The payment part of an invoice PDF's first page: the Finnish bank transfer form for paper, a payment
box for email; both with the virtual barcode (54 digits and Code 128) and the EPC QR code, drawn from
segno's matrix as rectangles (reportlab's own QR widget is several times slower)."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics.barcode.code128 import Code128
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen.canvas import Canvas

from desktop_app.services.documents import epc_qr, references, texts
from desktop_app.services.documents.barcode import format_iban, virtual_barcode
from desktop_app.services.documents.model import InvoiceDocument
from desktop_app.services.documents.pdf_drawing import (
    BOX_H,
    FOOTER_H,
    LEFT,
    PAGE_W,
    RIGHT,
    Pen,
    fit,
    plain_amount,
)
from desktop_app.services.foundation import formatting

BARCODE_MODULE = 0.25 * mm
BARCODE_H = 13 * mm
# The transfer form's columns (left edge, middle line, right edge, label column) and rows from the top.
_X0, _MID, _X1 = 8 * mm, 111.4 * mm, PAGE_W - 8 * mm
_LABEL_W = 19 * mm
_R1, _R2, _R3, _R4, _R5, _R6 = 101.6 * mm, 84.7 * mm, 71.9 * mm, 50.7 * mm, 42.2 * mm, 33.7 * mm
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


class PaymentSlip(Pen):
    """Draws the payment details of one payable document on its first page."""

    def __init__(self, canvas: Canvas, doc: InvoiceDocument, regular: str, bold: str) -> None:
        super().__init__(canvas, doc.language, regular, bold)
        self.doc = doc
        self.barcode = virtual_barcode(doc.seller.iban, doc.amount_to_pay, doc.reference, doc.due_date)
        payload = epc_qr.invoice_payload(name=doc.seller.name[:70], iban=doc.seller.iban, bic=doc.seller.bic,
                                         amount=doc.amount_to_pay, reference=doc.reference,
                                         due_date=doc.due_date)
        self.qr = epc_qr.qr_matrix(payload)

    def _qr(self, x: float, y: float, size: float) -> None:
        """The EPC QR code from segno's matrix, with a quiet zone of four modules.

        Drawn in module units (one scaled coordinate system, integer rectangles merged over rows and
        columns) and written as literal path operators: ~10x cheaper than a rect() call per module.
        """
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

    def _barcode(self, x: float, y: float) -> None:
        Code128(self.barcode, barWidth=BARCODE_MODULE, barHeight=BARCODE_H, quiet=0,
                humanReadable=False).drawOn(self.c, x, y)

    def draw_box(self) -> None:
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
            self.text(LEFT + 40 * mm, y, fit(value, self.bold if strong else self.font, 9, 85 * mm)[0], 9,
                      bold=strong)
            y -= 4.4 * mm
        qr_size = 34 * mm
        self._qr(RIGHT - qr_size + 1 * mm, top - qr_size - 1 * mm, qr_size)
        self.text(LEFT, bottom + 19.5 * mm, self.t("virtual_barcode"), 7.5, grey=True)
        self.text(LEFT + 28 * mm, bottom + 19.5 * mm, self.barcode, 8.5)
        self._barcode(LEFT, bottom + 4 * mm)
        self.text(RIGHT, bottom + 4.5 * mm, self.t("use_reference"), 7.5, align="right", grey=True)

    def draw_form(self) -> None:
        """The Finnish bank transfer form (tilisiirtolomake) across the bottom 101.6 mm of the page."""
        self._form_grid()
        self._form_labels()
        self._form_payee_and_payer()
        self._form_payment()

    def _form_grid(self) -> None:
        """The cut line, the form's lines and its vertical title."""
        c = self.c
        c.setDash(2, 2)
        c.setLineWidth(0.4)
        c.line(0, _R1, PAGE_W, _R1)
        c.setDash()
        c.setLineWidth(1.0)
        c.line(_MID, _R1, _MID, _R6)
        for y in (_R2, _R3):
            c.line(_X0, y, _MID, y)
        c.line(_X0, _R4, _X1, _R4)
        c.line(_X0, _R5, _X1, _R5)
        c.line(_X0, _R6, _X1, _R6)
        c.line(_X0 + _LABEL_W, _R1, _X0 + _LABEL_W, _R3 - 0.0)
        c.line(_X0 + _LABEL_W, _R3, _X0 + _LABEL_W, _R4)
        c.setLineWidth(0.5)
        c.line(_X0 + _LABEL_W, _R5, _X0 + _LABEL_W, _R6)
        c.line(_MID + 18 * mm, _R4, _MID + 18 * mm, _R6)
        c.line(_MID + 49 * mm, _R5, _MID + 49 * mm, _R6)
        c.line(_MID + 58 * mm, _R5, _MID + 58 * mm, _R6)
        c.saveState()
        c.translate(_X0 - 1.8 * mm, _R6)
        c.rotate(90)
        c.setFont(self.bold, 7)
        c.drawString(2 * mm, 0, FORM_TITLE)
        c.restoreState()

    def _form_labels(self) -> None:
        """The form's fixed bilingual field names."""
        def labels(lines: Sequence[str], top: float, x: float = _X0 + 1 * mm, size: float = 6.0) -> None:
            for i, line in enumerate(lines):
                self.text(x, top - (2.6 + i * 2.5) * mm, line, size)

        labels(FORM_LABELS["account"], _R1)
        labels(FORM_LABELS["payee"], _R2)
        labels(FORM_LABELS["payer"], _R3)
        labels(FORM_LABELS["signature"], _R4)
        labels(FORM_LABELS["from_account"], _R5)
        labels(FORM_LABELS["reference"], _R4, _MID + 1 * mm)
        labels(FORM_LABELS["due_date"], _R5, _MID + 1 * mm)
        self.text(_MID + 50 * mm, _R5 - 3.5 * mm, "Euro", 7)

    def _form_payee_and_payer(self) -> None:
        """The payee's account and name, the payer's name and address, the signature line."""
        doc, c = self.doc, self.c
        buyer, seller = doc.buyer, doc.seller
        value_x = _X0 + _LABEL_W + 2 * mm
        value_w = _MID - value_x - 2 * mm
        self.text(value_x, _R1 - 4 * mm, "IBAN", 6.5, grey=True)
        self.text(value_x + 60 * mm, _R1 - 4 * mm, "BIC", 6.5, grey=True)
        self.text(value_x, _R1 - 9.5 * mm, format_iban(seller.iban), 10.5, bold=True)
        self.text(value_x + 60 * mm, _R1 - 9.5 * mm, seller.bic, 10.5, bold=True)
        self.text(value_x, _R2 - 5 * mm, *fit(seller.name, self.font, 9.5, value_w))
        if seller.address_lines:
            seller_address = ", ".join(seller.address_lines[:2])
            self.text(value_x, _R2 - 9.5 * mm, *fit(seller_address, self.font, 8, value_w))
        # the payer's name and full postal address; the contact person only when there is room
        address = [ln for ln in buyer.address_lines if ln.strip()]
        payer = [buyer.name] + ([buyer.contact] if buyer.contact and len(address) < 3 else []) + address
        payer = payer[:1] + payer[-4:] if len(payer) > 5 else payer
        step = min(4.0, ((_R3 - _R4) / mm - 6.0) / max(1, len(payer) - 1))
        size = min(9.0, step * 2.45)
        for i, line in enumerate(payer):
            self.text(value_x, _R3 - (4.0 + i * step) * mm, *fit(line, self.font, size, value_w))
        c.setLineWidth(0.5)
        c.line(value_x, _R5 + 1.8 * mm, _MID - 4 * mm, _R5 + 1.8 * mm)  # the signature line

    def _form_payment(self) -> None:
        """Reference, due date and amount; the invoice facts and the EPC QR code; the notice and the bar code."""
        doc = self.doc
        self.text(_MID + 20 * mm, _R4 - 5.8 * mm, references.format_reference(doc.reference), 10.5, bold=True)
        self.text(_MID + 20 * mm, _R5 - 5.8 * mm, formatting.date(doc.due_date, "fi"), 10.5, bold=True)
        self.text(_X1 - 2 * mm, _R5 - 5.8 * mm, plain_amount(doc.amount_to_pay, "fi"), 10.5, bold=True,
                  align="right")
        info_x = _MID + 4 * mm
        facts = [
            f"{texts.text('invoice_number', 'fi')} / {texts.text('invoice_number', 'sv')}: {doc.invoice_number}",
            f"{texts.text('customer_number', 'fi')} / {texts.text('customer_number', 'sv')}: "
            f"{doc.buyer.customer_number}",
            texts.text("use_reference", "fi"),
            texts.text("use_reference", "sv"),
        ]
        for i, fact in enumerate(facts):
            self.text(info_x, _R1 - (6 + i * 4) * mm, *fit(fact, self.font, 7.5, _X1 - info_x - 2 * mm))
        qr_size = 30 * mm
        self._qr(_X1 - qr_size, _R4 + 2 * mm, qr_size)
        for i, sentence in enumerate(FORM_NOTICE):
            for j, part in enumerate(simpleSplit(sentence, self.font, 5.5, _X1 - _MID - 2 * mm)):
                self.text(_MID + 1 * mm, _R6 - (3 + (i * 2 + j) * 2.2) * mm, part, 5.5)
        self._barcode(_X0 + 12 * mm, 9 * mm)
        self.text(_X0 + 12 * mm, 5 * mm, self.barcode, 6.5, grey=True)
