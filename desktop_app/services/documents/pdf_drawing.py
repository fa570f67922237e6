"""What every part of an invoice PDF draws with: the A4 page's geometry, a pen that writes text in the
document's language and fonts, and the helpers that fit text into its room (shrink, cut, wrap)."""

from __future__ import annotations

from decimal import Decimal

from babel.numbers import format_decimal
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from desktop_app.services.documents import texts
from desktop_app.services.foundation import formatting

PAGE_W, PAGE_H = A4
LEFT = 20 * mm
RIGHT = PAGE_W - 15 * mm
FORM_H = 101.6 * mm  # the bank transfer form at the foot of the first page
BOX_H = 64 * mm  # the email payment box
FOOTER_H = 14 * mm
GREY = (0.35, 0.35, 0.35)


class Pen:
    """Writes on one document's pages: text in its fonts, labels and amounts in its language."""

    def __init__(self, canvas: Canvas, lang: str, regular: str, bold: str) -> None:
        self.c = canvas
        self.lang = lang
        self.font = regular
        self.bold = bold

    def t(self, key: str) -> str:
        return texts.text(key, self.lang)

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


def top_y(top_mm: float) -> float:
    """Distance from the top of the page in mm → reportlab's y (points from the bottom)."""
    return PAGE_H - top_mm * mm


def plain_amount(amount: Decimal, lang: str) -> str:
    """An amount without the currency sign, always with two decimals ("1 234,50")."""
    return format_decimal(amount, format="#,##0.00", locale=formatting.locale_for(lang), decimal_quantization=True)


def quantity_text(value: Decimal, lang: str) -> str:
    return format_decimal(value, format="#,##0.###", locale=formatting.locale_for(lang))


def fit(text: str, font: str, size: float, width: float, min_size: float = 6.0) -> tuple[str, float]:
    """Shrink the font down to ``min_size`` to fit ``width``, then cut with an ellipsis."""
    while size > min_size and stringWidth(text, font, size) > width:
        size -= 0.5
    if stringWidth(text, font, size) <= width:
        return text, size
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text + "…", size


def wrap(text: str, font: str, size: float, width: float, min_size: float) -> list[tuple[str, float]]:
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


def wrap_fitting(entries: list[str], font: str, size: float, width: float, *, max_lines: int,
                  min_size: float = 4.5) -> list[tuple[str, float]]:
    """Every entry whole, wrapped to ``width`` (see ``wrap``), in at most ``max_lines`` lines if the text
    can shrink that far: (line, font size) pairs."""
    while True:
        lines = [line for entry in entries for line in wrap(entry, font, size, width, min_size)]
        if len(lines) <= max_lines or size <= min_size:
            return lines
        size -= 0.5
