"""The billing run summary as a PDF report (W4.6 "Download PDF"): counts and totals by channel,
product and VAT rate, skipped requests with their reasons, credit balance used.

Labels are in the report's language (fi, sv, en); amounts and dates are formatted for it with
babel; skip reasons are translated through the "errors" context like every domain message. The
font is the invoices' DejaVu Sans.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import IO, TYPE_CHECKING
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from desktop_app.services.documents.fonts import register_fonts
from desktop_app.services.foundation import formatting, i18n

if TYPE_CHECKING:
    from desktop_app.services.billing.results import BillingRunResult, SummaryLine

_LABELS: dict[str, dict[str, str]] = {
    "title": {"fi": "Laskutusajon yhteenveto", "sv": "Sammandrag av faktureringskörningen",
              "en": "Billing run summary"},
    "preview": {"fi": "ESIKATSELU – mitään ei kirjattu", "sv": "FÖRHANDSGRANSKNING – ingenting sparades",
                "en": "PREVIEW – nothing was written"},
    "cancelled": {"fi": "Ajo keskeytettiin: valmiit osat laskutettiin, loput odottavat.",
                  "sv": "Körningen avbröts: färdiga delar fakturerades, resten väntar.",
                  "en": "The run was cancelled: the parts done were billed, the rest are waiting."},
    "unfinished": {"fi": "Ajo ei päättynyt: sen laskut ovat kokonaisia, laskuttamattomat pyynnöt odottavat.",
                   "sv": "Körningen avslutades inte: dess fakturor är hela, ofakturerade begäranden väntar.",
                   "en": "The run did not finish: its invoices are whole, unbilled requests are waiting."},
    "batch": {"fi": "Luontitunnus", "sv": "Batch-id", "en": "Batch id"},
    "kind": {"fi": "Ajo", "sv": "Körning", "en": "Run"},
    "subscriptions": {"fi": "Tilaukset", "sv": "Prenumerationer", "en": "Subscriptions"},
    "advertisements": {"fi": "Ilmoitukset", "sv": "Annonser", "en": "Advertisements"},
    "invoice_date": {"fi": "Laskun päiväys", "sv": "Fakturadatum", "en": "Invoice date"},
    "invoices": {"fi": "Laskuja", "sv": "Fakturor", "en": "Invoices"},
    "billed": {"fi": "Laskutetut pyynnöt", "sv": "Fakturerade begäranden", "en": "Requests billed"},
    "skipped": {"fi": "Ohitetut pyynnöt", "sv": "Överhoppade begäranden", "en": "Requests skipped"},
    "net": {"fi": "Veroton", "sv": "Netto", "en": "Net"},
    "vat": {"fi": "ALV", "sv": "Moms", "en": "VAT"},
    "total": {"fi": "Yhteensä", "sv": "Totalt", "en": "Total"},
    "balance": {"fi": "Käytetty saldo", "sv": "Använt saldo", "en": "Credit balance used"},
    "to_pay": {"fi": "Maksettavaa", "sv": "Att betala", "en": "To pay"},
    "by_channel": {"fi": "Lähetyskanavittain", "sv": "Per sändningskanal", "en": "By sending channel"},
    "by_product": {"fi": "Tuotteittain", "sv": "Per produkt", "en": "By product"},
    "by_vat": {"fi": "ALV-kannoittain", "sv": "Per momssats", "en": "By VAT rate"},
    "channel": {"fi": "Kanava", "sv": "Kanal", "en": "Channel"},
    "product": {"fi": "Tuote", "sv": "Produkt", "en": "Product"},
    "rate": {"fi": "ALV %", "sv": "Moms %", "en": "VAT %"},
    "count_invoices": {"fi": "Laskuja", "sv": "Fakturor", "en": "Invoices"},
    "count_lines": {"fi": "Rivejä", "sv": "Rader", "en": "Lines"},
    "skipped_title": {"fi": "Ohitetut laskutuspyynnöt", "sv": "Överhoppade faktureringsbegäranden",
                      "en": "Skipped billing requests"},
    "request": {"fi": "Pyyntö", "sv": "Begäran", "en": "Request"},
    "order": {"fi": "Tilaus", "sv": "Order", "en": "Order"},
    "customer": {"fi": "Asiakas", "sv": "Kund", "en": "Customer"},
    "reason": {"fi": "Syy", "sv": "Orsak", "en": "Reason"},
    "none_skipped": {"fi": "Ei ohitettuja pyyntöjä.", "sv": "Inga överhoppade begäranden.",
                     "en": "No requests were skipped."},
    "email": {"fi": "Sähköposti", "sv": "E-post", "en": "Email"},
    "einvoice": {"fi": "Verkkolasku", "sv": "E-faktura", "en": "E-invoice"},
    "paper": {"fi": "Paperi", "sv": "Papper", "en": "Paper"},
}


def label(key: str, lang: str) -> str:
    texts = _LABELS[key]
    return texts.get(lang) or texts["en"]


def save_billing_summary_pdf(result: BillingRunResult, path: Path, lang: str = "fi") -> Path:
    """Write the summary PDF to ``path`` whole or not at all (a full disk leaves no broken file)."""
    from desktop_app.services.foundation.export import save_whole

    save_whole(path, lambda partial: billing_summary_pdf(result, partial, lang))
    return path


def billing_summary_pdf(result: BillingRunResult, out: str | Path | IO[bytes], lang: str = "fi") -> None:
    """Write the summary of a billing run (or of its preview) as a PDF to a path or a binary file."""
    font, bold = register_fonts()
    styles = getSampleStyleSheet()
    h1 = ParagraphStyle("h1", parent=styles["Heading1"], fontName=bold, fontSize=16)
    h2 = ParagraphStyle("h2", parent=styles["Heading2"], fontName=bold, fontSize=12, spaceBefore=8)
    body = ParagraphStyle("body", parent=styles["BodyText"], fontName=font, fontSize=9)
    warn = ParagraphStyle("warn", parent=body, textColor=colors.HexColor("#b00020"), fontName=bold)
    # A table cell whose text may be long (a product or customer name): it wraps within its column.
    cell = ParagraphStyle("cell", parent=body, fontSize=8.5, leading=10)

    def money(value: object) -> str:
        return formatting.money(value, lang)  # type: ignore[arg-type]

    def table(rows: list[list[object]], widths: list[float], numeric: tuple[int, int] | None) -> Table:
        t = Table(rows, colWidths=widths, repeatRows=1)
        style = [
            ("FONT", (0, 0), (-1, -1), font, 8.5),
            ("FONT", (0, 0), (-1, 0), bold, 8.5),
            ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#f2f2f2")]),
        ]
        if numeric:
            style.append(("ALIGN", (numeric[0], 0), (numeric[1], -1), "RIGHT"))
        t.setStyle(TableStyle(style))
        return t

    def summary(lines: tuple[SummaryLine, ...], first: str, count: str, name: Callable[[SummaryLine], str]) -> Table:
        rows: list[list[object]] = [[label(first, lang), label(count, lang), label("net", lang), label("vat", lang),
                                     label("total", lang)]]
        rows += [[Paragraph(escape(name(ln)), cell), formatting.number(ln.count, lang), money(ln.net), money(ln.vat),
                  money(ln.total)]
                 for ln in lines]
        return table(rows, [62 * mm, 22 * mm, 30 * mm, 26 * mm, 30 * mm], (1, 4))

    story: list[object] = [Paragraph(label("title", lang), h1)]
    if result.preview:
        story.append(Paragraph(label("preview", lang), warn))
    if result.cancelled:
        story.append(Paragraph(label("cancelled", lang), warn))
    elif not result.finished:
        story.append(Paragraph(label("unfinished", lang), warn))
    facts = [
        [label("batch", lang), result.batch_id or "–"],
        [label("kind", lang), label(str(result.kind), lang)],
        [label("invoice_date", lang), formatting.date(result.invoice_date, lang)],
        [label("invoices", lang), formatting.number(result.invoices_created, lang)],
        [label("billed", lang), formatting.number(result.requests_billed, lang)],
        [label("skipped", lang), formatting.number(result.requests_skipped, lang)],
        [label("net", lang), money(result.net)],
        [label("vat", lang), money(result.vat)],
        [label("total", lang), money(result.total)],
        [label("balance", lang), money(result.balance_used)],
        [label("to_pay", lang), money(result.to_pay)],
    ]
    facts_table = Table(facts, colWidths=[60 * mm, 50 * mm], hAlign="LEFT")
    facts_table.setStyle(TableStyle([("FONT", (0, 0), (0, -1), bold, 9), ("FONT", (1, 0), (1, -1), font, 9),
                                     ("ALIGN", (1, 0), (1, -1), "RIGHT")]))
    story += [Spacer(1, 4 * mm), facts_table]
    story += [Paragraph(label("by_channel", lang), h2),
              summary(result.by_channel, "channel", "count_invoices", lambda ln: label(ln.key, lang)
                      if ln.key in _LABELS else ln.label)]
    story += [Paragraph(label("by_product", lang), h2),
              summary(result.by_product, "product", "count_lines", lambda ln: f"{ln.key} {ln.label}")]
    story += [Paragraph(label("by_vat", lang), h2),
              summary(result.by_vat_rate, "rate", "count_lines",
                      lambda ln: formatting.percent_bp(int(ln.key), lang))]
    story.append(Paragraph(label("skipped_title", lang), h2))
    if result.errors:
        rows: list[list[object]] = [[label("request", lang), label("order", lang), label("customer", lang),
                                     label("reason", lang)]]
        rows += [[str(e.request_id), str(e.order_number), str(e.customer_number),
                  Paragraph(escape("; ".join(i18n.translate("errors", r, lang) for r in e.reasons)), body)]
                 for e in result.errors]
        story.append(table(rows, [20 * mm, 24 * mm, 24 * mm, 102 * mm], None))
    else:
        story.append(Paragraph(label("none_skipped", lang), body))
    target = str(out) if isinstance(out, Path) else out
    doc = SimpleDocTemplate(target, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=16 * mm,
                            bottomMargin=16 * mm, title=label("title", lang), author="Reskontra")
    doc.build(story)  # type: ignore[arg-type]
