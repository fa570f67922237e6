"""The reference data the demo generator draws from: Finnish, Swedish and English names, places
with their postal codes and weights, streets, industries, email domains, phone prefixes, e-invoice
operators and banks, the products of the demo publisher, and the scenarios every database of some
size contains whatever the seed."""

from __future__ import annotations

from dataclasses import dataclass

from desktop_app.models.enums import BillingSchedule, ProductKind, VatClass

_FI_FIRST = (
    "Aino", "Anna", "Anna-Liisa", "Eeva", "Elina", "Ella", "Emma", "Hanna", "Heidi", "Helmi", "Iida", "Johanna",
    "Kaisa", "Katja", "Kyllikki", "Laura", "Leena", "Liisa", "Maija", "Marjatta", "Minna", "Noora", "Päivi",
    "Pirjo", "Riikka", "Sanna", "Sari", "Satu", "Säde", "Sirkka", "Tiina", "Tuula", "Ulla", "Venla", "Aleksi",
    "Antti", "Eero", "Eino", "Esa", "Heikki", "Ilkka", "Jari", "Juha", "Juha-Pekka", "Jukka", "Jyrki", "Kalle",
    "Kari", "Lauri", "Markku", "Matti", "Mikko", "Olli", "Onni", "Pekka", "Petri", "Sami", "Seppo", "Timo",
    "Tuomas", "Väinö", "Veikko", "Ville", "Yrjö", "Jännö", "Töyli",
)
_FI_LAST = (
    "Virtanen", "Korhonen", "Mäkinen", "Nieminen", "Mäkelä", "Hämäläinen", "Laine", "Heikkinen", "Koskinen",
    "Järvinen", "Lehtonen", "Lehtinen", "Saarinen", "Salminen", "Heinonen", "Niemi", "Heikkilä", "Kinnunen",
    "Salonen", "Turunen", "Salo", "Laitinen", "Tuominen", "Rantanen", "Karjalainen", "Jokinen", "Mattila",
    "Savolainen", "Lahtinen", "Ahonen", "Kärkkäinen", "Häkkinen", "Pöllänen", "Väisänen", "Räsänen",
    "Kääriäinen", "Pääkkönen", "Hyvönen", "Leppänen", "Ylönen", "Mäki", "Jääskeläinen", "Örn", "Kylmälä",
)
_SV_FIRST = (
    "Åsa", "Björn", "Göran", "Märta", "Ingrid", "Karin", "Ulf", "Nils", "Erik", "Johan", "Anders", "Mikael",
    "Sofia", "Linnéa", "Elsa", "Greta", "Håkan", "Jöns", "Stig", "Birgitta", "Ebba", "Frida", "Ragnar", "Sören",
)
_SV_LAST = (
    "Åkerlund", "Öhman", "Söderström", "Sjöberg", "Lindqvist", "Lindholm", "Nyström", "Holmström", "Björklund",
    "Sundström", "Westerlund", "Forsström", "Ekström", "Grönroos", "Löfgren", "Nordström", "Strömberg",
    "Wikström", "Åström", "Hägglund", "Backman", "Blomqvist", "Eriksson", "Johansson", "Sjöholm",
)
_EN_FIRST = ("James", "Emily", "Oliver", "Sarah", "Daniel", "Laura", "Michael", "Chloe", "Thomas", "Grace")
_EN_LAST = ("Smith", "Brown", "Taylor", "Wilson", "Davies", "O'Connor", "Miller", "Johnson", "Clarke", "Evans")

# (postal codes, Finnish name, Swedish name or "", Finnish genitive, weight, Swedish-speaking share)
_PLACES: tuple[tuple[tuple[str, ...], str, str, str, float, float], ...] = (
    (("00100", "00120", "00130", "00140", "00150", "00160", "00170", "00180", "00200", "00250", "00500",
      "00530", "00550", "00560", "00610", "00700", "00810", "00930"),
     "Helsinki", "Helsingfors", "Helsingin", 20.0, 0.06),
    (("02100", "02150", "02230", "02320", "02600"), "Espoo", "Esbo", "Espoon", 8.0, 0.07),
    (("01300", "01350", "01510", "01600", "01730"), "Vantaa", "Vanda", "Vantaan", 6.0, 0.02),
    (("02700",), "Kauniainen", "Grankulla", "Kauniaisten", 0.4, 0.35),
    (("02400",), "Kirkkonummi", "Kyrkslätt", "Kirkkonummen", 1.2, 0.15),
    (("20100", "20200", "20500", "20700", "20810"), "Turku", "Åbo", "Turun", 6.0, 0.05),
    (("21600",), "Parainen", "Pargas", "Paraisten", 0.8, 0.55),
    (("33100", "33200", "33500", "33540", "33720"), "Tampere", "Tammerfors", "Tampereen", 7.5, 0.0),
    (("40100", "40320", "40520"), "Jyväskylä", "", "Jyväskylän", 4.0, 0.0),
    (("90100", "90130", "90500", "90570"), "Oulu", "Uleåborg", "Oulun", 4.5, 0.0),
    (("70100", "70500"), "Kuopio", "", "Kuopion", 3.0, 0.0),
    (("15100", "15110", "15140"), "Lahti", "Lahtis", "Lahden", 3.0, 0.0),
    (("65100", "65200", "65320"), "Vaasa", "Vasa", "Vaasan", 2.5, 0.23),
    (("65610",), "Mustasaari", "Korsholm", "Mustasaaren", 0.8, 0.7),
    (("64200",), "Närpiö", "Närpes", "Närpiön", 0.5, 0.9),
    (("68600", "68620"), "Pietarsaari", "Jakobstad", "Pietarsaaren", 1.2, 0.55),
    (("67100",), "Kokkola", "Karleby", "Kokkolan", 1.5, 0.12),
    (("06100", "06150"), "Porvoo", "Borgå", "Porvoon", 1.8, 0.3),
    (("07900",), "Loviisa", "Lovisa", "Loviisan", 0.6, 0.4),
    (("10600",), "Tammisaari", "Ekenäs", "Tammisaaren", 0.7, 0.8),
    (("10300",), "Karjaa", "Karis", "Karjaan", 0.5, 0.55),
    (("22100",), "Maarianhamina", "Mariehamn", "Maarianhaminan", 0.8, 0.9),
    (("80100",), "Joensuu", "", "Joensuun", 2.0, 0.0),
    (("96100",), "Rovaniemi", "", "Rovaniemen", 1.8, 0.0),
    (("28100",), "Pori", "Björneborg", "Porin", 2.2, 0.0),
    (("53100",), "Lappeenranta", "Villmanstrand", "Lappeenrannan", 2.0, 0.0),
    (("13100",), "Hämeenlinna", "Tavastehus", "Hämeenlinnan", 1.8, 0.0),
    (("50100",), "Mikkeli", "S:t Michel", "Mikkelin", 1.5, 0.0),
    (("60100",), "Seinäjoki", "", "Seinäjoen", 1.8, 0.0),
    (("26100",), "Rauma", "Raumo", "Rauman", 1.2, 0.0),
    (("48100",), "Kotka", "", "Kotkan", 1.4, 0.0),
    (("45100",), "Kouvola", "", "Kouvolan", 1.8, 0.0),
    (("04400",), "Järvenpää", "Träskända", "Järvenpään", 1.2, 0.02),
    (("04200",), "Kerava", "Kervo", "Keravan", 1.0, 0.02),
    (("05800",), "Hyvinkää", "Hyvinge", "Hyvinkään", 1.2, 0.0),
    (("24100",), "Salo", "", "Salon", 1.2, 0.0),
    (("87100",), "Kajaani", "Kajana", "Kajaanin", 1.0, 0.0),
    (("57100",), "Savonlinna", "Nyslott", "Savonlinnan", 0.9, 0.0),
    (("74100",), "Iisalmi", "Idensalmi", "Iisalmen", 0.6, 0.0),
    (("94100",), "Kemi", "", "Kemin", 0.6, 0.0),
    (("95400",), "Tornio", "Torneå", "Tornion", 0.6, 0.0),
)
_FI_STREETS = (
    "Kauppakatu", "Koulukatu", "Kirkkokatu", "Asemakatu", "Puistokatu", "Rantakatu", "Rantatie", "Myllytie",
    "Koivutie", "Koivukuja", "Pihlajatie", "Kuusitie", "Mäntytie", "Leppäkuja", "Haapatie", "Vaahterakuja",
    "Sibeliuksenkatu", "Runeberginkatu", "Aleksis Kiven katu", "Kalevankatu", "Satamakatu", "Tehtaankatu",
    "Väinämöisenkatu", "Ilmarisenkatu", "Hämeenkatu", "Pohjolankatu", "Peltotie", "Niittytie", "Harjutie",
    "Mäkitie", "Lähdekuja", "Männikkötie", "Pääskysentie", "Kärkitie", "Järvenrannantie", "Törmäkuja",
)
_SV_STREETS = (
    "Storgatan", "Skolgatan", "Kyrkogatan", "Strandvägen", "Sjöviksvägen", "Björkvägen", "Granvägen",
    "Tallvägen", "Hamngatan", "Åkervägen", "Ängsvägen", "Bäckvägen", "Kvarnvägen", "Köpmansgatan",
    "Rådhusgatan", "Solbacken", "Östra Långgatan",
)
_FI_INDUSTRIES = (
    "Rakennus", "Sähkö", "Kuljetus", "Kiinteistöhuolto", "Tilitoimisto", "Konsultointi", "Puutarha",
    "Kirjapaino", "Media", "LVI", "Catering", "Kukka", "Auto", "Metalli", "Puutyö", "Remontti", "Siivous",
    "Kahvila", "Leipomo", "Optiikka", "Arkkitehdit", "Insinööritoimisto", "Lakiasiaintoimisto", "Kauneushoitola",
)
_SV_INDUSTRIES = (
    "Bygg", "El", "Transport", "Fastighetsservice", "Bokföring", "Trädgård", "Tryckeri", "Media", "VVS",
    "Bageri", "Snickeri", "Båtvarv",
)
_EMAIL_DOMAINS = (
    "gmail.com", "gmail.com", "gmail.com", "outlook.com", "hotmail.com", "icloud.com", "elisanet.fi",
    "kolumbus.fi", "luukku.com", "suomi24.fi", "saunalahti.fi", "yahoo.com", "welho.com", "netti.fi",
)
_MOBILE = ("040", "041", "044", "045", "046", "050", "050", "040")
_LANDLINE = {"Helsinki": "09", "Espoo": "09", "Vantaa": "09", "Turku": "02", "Tampere": "03", "Oulu": "08",
             "Jyväskylä": "014", "Kuopio": "017", "Lahti": "03", "Vaasa": "06", "Pori": "02"}
# E-invoice operators (OVT intermediators and banks) and the BIC of banks by Finnish IBAN prefix.
_OPERATORS = ("003721291126", "003723327487", "E204503", "NDEAFIHH", "OKOYFIHH", "DABAFIHH", "HANDFIHH")
_BANKS = (("1", "NDEAFIHH"), ("2", "NDEAFIHH"), ("5", "OKOYFIHH"), ("5", "OKOYFIHH"), ("8", "DABAFIHH"),
          ("31", "HANDFIHH"), ("36", "SBANFIHH"), ("39", "SBANFIHH"), ("405", "HELSFIHH"), ("470", "POPFFI22"),
          ("715", "ITELFIHH"), ("6", "AABAFI22"))
_REFUND_REASONS = ("Tapahtuma peruttiin", "Asiakas ei päässyt paikalle", "Tuplaostos", "Väärä tuote")


@dataclass(frozen=True)
class _ProductDef:
    code: str
    name: str
    kind: ProductKind
    vat_class: VatClass
    price_cents: int
    schedule: BillingSchedule
    deliveries: int
    account: str  # revenue account number (chart of services.setup)


_PRODUCTS = (
    _ProductDef("KAIKU-12", "Kaiku, vuositilaus", ProductKind.SUBSCRIPTION, VatClass.PERIODICALS, 14900,
                BillingSchedule.YEARLY, 51, "3000"),
    _ProductDef("KAIKU-3", "Kaiku, neljännesvuositilaus", ProductKind.SUBSCRIPTION, VatClass.PERIODICALS, 3990,
                BillingSchedule.QUARTERLY, 13, "3000"),
    _ProductDef("PUUTARHURI", "Puutarhuri-lehti, vuositilaus", ProductKind.SUBSCRIPTION, VatClass.PERIODICALS,
                6900, BillingSchedule.YEARLY, 10, "3000"),
    _ProductDef("VECKOBLADET", "Österbottens Veckoblad, årsprenumeration", ProductKind.SUBSCRIPTION,
                VatClass.PERIODICALS, 11900, BillingSchedule.YEARLY, 50, "3000"),
    _ProductDef("TEKNIIKKA-1", "Koneet & Tekniikka, kuukausitilaus", ProductKind.SUBSCRIPTION,
                VatClass.PERIODICALS, 1290, BillingSchedule.MONTHLY, 2, "3000"),
    _ProductDef("KAIKU-DIGI", "Kaiku Digi, kuukausitilaus", ProductKind.SUBSCRIPTION, VatClass.PERIODICALS, 990,
                BillingSchedule.MONTHLY, 0, "3000"),
    _ProductDef("JASENMAKSU", "Lukijayhdistyksen jäsenmaksu", ProductKind.SUBSCRIPTION, VatClass.ZERO, 3000,
                BillingSchedule.YEARLY, 0, "3000"),
    _ProductDef("ILM-1/4", "Ilmoitus 1/4 sivua", ProductKind.ADVERTISEMENT, VatClass.STANDARD, 48000,
                BillingSchedule.ONE_OFF, 1, "3100"),
    _ProductDef("ILM-RIVI", "Rivi-ilmoitus", ProductKind.ADVERTISEMENT, VatClass.STANDARD, 3500,
                BillingSchedule.ONE_OFF, 1, "3100"),
    _ProductDef("LIPPU-ILTA", "Lukijailta, pääsylippu", ProductKind.SINGLE, VatClass.REDUCED, 2200,
                BillingSchedule.ONE_OFF, 0, "3200"),
    _ProductDef("LIPPU-KONSERTTI", "Kesäkonsertti, pääsylippu", ProductKind.SINGLE, VatClass.REDUCED, 3500,
                BillingSchedule.ONE_OFF, 0, "3200"),
    _ProductDef("KAIKU-IRTO", "Kaiku, irtonumero", ProductKind.SINGLE, VatClass.PERIODICALS, 590,
                BillingSchedule.ONE_OFF, 1, "3200"),
)
_SUB_CODES = ("KAIKU-12", "KAIKU-12", "KAIKU-12", "KAIKU-3", "PUUTARHURI", "PUUTARHURI", "TEKNIIKKA-1",
              "KAIKU-DIGI", "JASENMAKSU")
_SV_SUB_CODES = ("VECKOBLADET", "VECKOBLADET", "VECKOBLADET", "KAIKU-12", "PUUTARHURI", "KAIKU-DIGI")
_FIXED_CODES = ("KAIKU-12", "KAIKU-3", "PUUTARHURI")  # the ones that also sell as fixed-term (and gift) orders

# Scenarios every database of at least this many customers contains, whatever the seed (the rest is random).
_ERROR_SCENARIOS = ("err_paper_address", "err_email_missing", "err_einvoice_operator", "err_cancelled_pending",
                    "err_zero_price")
_COVERAGE_SCENARIOS = (
    "open_not_due", "long_overdue", "partial", "overpaid", "balance_applied", "prepaid", "cut_off_balance",
    "cut_off_refund", "cut_off_paid_out", "cancelled", "ended", "gift", "price_differs", "ad_pending",
    "ad_billed", "rf_reference", "no_reminders_overdue", "new_due_now",
    "sale_cash", "sale_easypay", "sale_card", "sale_paypal", "sale_google_pay", "sale_apple_pay",
    "sale_cancelled_card", "sale_refunded_cash", "sale_refunded_paypal",
)
