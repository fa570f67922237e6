"""The words of customers' documents in Finnish, Swedish and English: one table, one fallback rule.

Every text a customer or the collection agency reads on a document comes from ``TEXTS``: the PDF
(``invoice_pdf``, ``payment_slip``), the Finvoice XML (``finvoice``), the fee and interest lines of a
payment reminder and the collection export's headers (``services.reminders``). Each invoice kind has
one title (the PDF heading, the Finvoice ``InvoiceTypeText``), ``kind_title``.

``text(key, lang)`` gives the text in ``lang``; a language without a column here (``bg``, a language
of messages only) reads English, the source language, as every untranslated message does in
``i18n``. Which language a customer's document is written in is a separate choice,
``document_language``: the customer's language, Finnish when the stored one is none of ours.

The Finnish bank transfer form is bilingual by standard whatever the document language; its fixed
words stay with its drawing in ``payment_slip``. The Invoices and Customers tabs name the invoice
kinds with their own UI labels (``views.common.labels``, Qt-translated), which are not document titles.
"""

from __future__ import annotations

from desktop_app.models.enums import InvoiceKind
from desktop_app.services.foundation.i18n import LANGUAGES

__all__ = ["COLLECTION_COLUMNS", "LANGUAGES", "TEXTS", "document_language", "kind_title", "text"]

DOCUMENT_LANGUAGE = "fi"
_FALLBACK = LANGUAGES.index("en")

# key: (Finnish, Swedish, English)
TEXTS: dict[str, tuple[str, str, str]] = {
    # the title of each invoice kind (key: the kind's value)
    InvoiceKind.INVOICE.value: ("LASKU", "FAKTURA", "INVOICE"),
    InvoiceKind.AD_INVOICE.value: ("ILMOITUSLASKU", "ANNONSFAKTURA", "ADVERTISING INVOICE"),
    InvoiceKind.REMINDER.value: ("MAKSUMUISTUTUS", "BETALNINGSPÅMINNELSE", "PAYMENT REMINDER"),
    InvoiceKind.REFUND_INVOICE.value: ("PALAUTUSLASKU", "ÅTERBETALNINGSFAKTURA", "REFUND INVOICE"),
    InvoiceKind.CREDIT_NOTE.value: ("HYVITYSLASKU", "KREDITFAKTURA", "CREDIT NOTE"),
    # the PDF
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
    # Finvoice
    "unit": ("kpl", "st", "pcs"),
    "reminded_invoice_row": ("Lasku {number}", "Faktura {number}", "Invoice {number}"),
    "reminder_text": ("Muistutus laskusta {number}, eräpäivä {due}: maksamatta {open}.",
                      "Påminnelse om faktura {number}, förfallodag {due}: obetalt {open}.",
                      "Reminder of invoice {number}, due {due}: unpaid {open}."),
    "credit_text": ("Hyvitys laskulle {number}.", "Kredit för faktura {number}.", "Credit for invoice {number}."),
    "refund_text": ("Palautus laskulta {number}.", "Återbetalning för faktura {number}.", "Refund for invoice {number}."),
    # the lines of a payment reminder (the interest line is "late_interest")
    "reminder_fee": ("Muistutusmaksu", "Påminnelseavgift", "Reminder fee"),
    # the collection export (the sheet's title and its columns, in ``COLLECTION_COLUMNS`` order)
    "collection_sheet": ("Perintä", "Indrivning", "Collection"),
    "collection.customer_number": ("Asiakasnumero", "Kundnummer", "Customer number"),
    "collection.name": ("Nimi", "Namn", "Name"),
    "collection.address": ("Osoite", "Adress", "Address"),
    "collection.postal_code": ("Postinumero", "Postnummer", "Postal code"),
    "collection.city": ("Postitoimipaikka", "Postanstalt", "City"),
    "collection.country": ("Maa", "Land", "Country"),
    "collection.business_id": ("Y-tunnus", "FO-nummer", "Business ID"),
    "collection.email": ("Sähköposti", "E-post", "Email"),
    "collection.invoice_number": ("Laskunumero", "Fakturanummer", "Invoice number"),
    "collection.invoice_date": ("Laskun päiväys", "Fakturadatum", "Invoice date"),
    "collection.due_date": ("Eräpäivä", "Förfallodag", "Due date"),
    "collection.original_amount": ("Alkuperäinen summa", "Ursprungligt belopp", "Original amount"),
    "collection.open_amount": ("Avoin summa", "Öppet belopp", "Open amount"),
    "collection.reminder_fees_open": ("Avoimet muistutuskulut", "Öppna påminnelseavgifter", "Reminder fees open"),
    "collection.reminder1_date": ("Muistutus 1 päiväys", "Påminnelse 1 datum", "Reminder #1 date"),
    "collection.reminder2_date": ("Muistutus 2 päiväys", "Påminnelse 2 datum", "Reminder #2 date"),
    "collection.reference": ("Viitenumero", "Referensnummer", "Reference"),
    "collection.interest_rate": ("Viivästyskorko %", "Dröjsmålsränta %", "Late-interest rate %"),
}
COLLECTION_COLUMNS = tuple(key for key in TEXTS if key.startswith("collection."))


def document_language(lang: str | None) -> str:
    """The language a customer's document is written in: theirs, or Finnish when it is none of ours."""
    return lang if lang in LANGUAGES else DOCUMENT_LANGUAGE


def text(key: str, lang: str, **params: object) -> str:
    """The text ``key`` in ``lang`` (English for a language without texts), its ``{params}`` filled in if given."""
    row = TEXTS[key]
    found = row[LANGUAGES.index(lang)] if lang in LANGUAGES else row[_FALLBACK]
    return found.format(**params) if params else found


def kind_title(kind: InvoiceKind | str, lang: str) -> str:
    """The title of a document of this kind ("LASKU", "MAKSUMUISTUTUS" …)."""
    return text(InvoiceKind(kind).value, lang)
