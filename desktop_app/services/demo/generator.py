"""Realistic Finnish demo data (SPEC §1 offline demo mode), fast enough for 100 000 customers.

``generate_demo_data`` fills an *empty* database (it refuses one that has customers, so demo data
never mixes with real books) with customers, products, orders in every state, billing requests
(pending ones, some erroneous on purpose, for the billing-run workflow), billing runs with their
invoices, bank payments, credit balances, cut-offs, refund invoices and cash-desk / online sales.
Every money movement is a balanced voucher as in SPEC §5, so ``check-ledger`` finds the books clean.

How it is fast: the whole history is simulated in plain Python first (customer by customer, each
customer's invoices, payments and balance in date order), then written table by table with bulk
``executemany`` inserts in one transaction (``BulkWriter``: the columns' own bind processors at close
to driver speed). Primary keys are assigned here, so nothing is read back; invoice and voucher
numbers are taken from their sequences afterwards and given in date order, as a real desk would
have produced them. The same seed and date always give the same data.
"""

from __future__ import annotations

import bisect
import datetime as dt
import hashlib
import json
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from random import Random
from typing import Any

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from desktop_app.models import (
    Account,
    BillingRequest,
    BillingRun,
    Customer,
    CustomerSearchToken,
    CutoffReason,
    Invoice,
    InvoiceLine,
    Order,
    Payment,
    PaymentImport,
    Posting,
    Product,
    ReferenceRate,
    Settlement,
    Voucher,
)
from desktop_app.models.enums import (
    BillingRequestStatus,
    BillingRunKind,
    BillingSchedule,
    Channel,
    CustomerKind,
    InvoiceKind,
    InvoiceStatus,
    LineKind,
    OrderStatus,
    PaymentMethod,
    PaymentSource,
    PaymentStatus,
    ProductKind,
    SalesChannel,
    SettlementState,
    VatClass,
    VoucherKind,
)
from desktop_app.services import ledger
from desktop_app.services.billing.requests import VatTable, add_months
from desktop_app.services.documents import references
from desktop_app.services.documents.invoices import late_interest_bp
from desktop_app.services.foundation import audit, sequences, setup
from desktop_app.services.foundation import text as text_service
from desktop_app.services.foundation.bulk import BulkWriter, table_of, without_cyclic_gc
from desktop_app.services.foundation.errors import ReskontraError
from desktop_app.services.foundation.money import vat_of_net
from desktop_app.services.foundation.uow import Actor
from desktop_app.services.reminders.interest import interest_cents

__all__ = [
    "DemoDataRefused", "DemoSizeInvalid", "DemoSummary", "Progress", "create_demo_database", "generate_demo_data",
]

Progress = Callable[[int, int], None]
MAX_CUSTOMERS = 1_000_000
DEMO_ACTOR = Actor(user_id=None, username="demo-data")
_CHUNK = 20_000  # rows per executemany (and per progress report)


class DemoDataRefused(ReskontraError):
    template = ("The database already has {customers} customers. Demo data is only added to an empty "
                "database, so it can never mix with real books.")


class DemoSizeInvalid(ReskontraError):
    template = "The number of demo customers must be a whole number from 1 to {maximum}."


@dataclass(frozen=True)
class DemoSummary:
    """What ``generate_demo_data`` wrote (row counts) and how long it took."""

    customers: int
    companies: int
    search_tokens: int
    products: int
    orders: int
    billing_requests: int
    pending_billing_requests: int
    erroneous_billing_requests: int
    billing_runs: int
    invoices: int
    invoice_lines: int
    payments: int
    settlements: int
    vouchers: int
    postings: int
    customers_with_balance: int
    seconds: float = 0.0

    @property
    def rows(self) -> int:
        """Rows written in all (the figure a benchmark divides by the seconds)."""
        return (self.customers + self.search_tokens + self.products + self.orders + self.billing_requests
                + self.billing_runs + self.invoices + self.invoice_lines + self.payments + self.settlements
                + self.vouchers + self.postings)

    def as_dict(self) -> dict[str, Any]:
        return {**asdict(self), "rows": self.rows}


# --- reference data: names, places, products ---------------------------------------------------

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


# --- small helpers ------------------------------------------------------------------------------

def ytunnus_check_digit(base: str) -> int | None:
    """The check digit of a 7-digit business ID base (weights 7 9 10 5 8 4 2, mod 11); None: base unusable."""
    remainder = sum(w * int(d) for w, d in zip((7, 9, 10, 5, 8, 4, 2), base, strict=True)) % 11
    if remainder == 1:
        return None
    return 0 if remainder == 0 else 11 - remainder


def _luhn_digit(digits: str) -> int:
    total = 0
    for i, d in enumerate(reversed(digits)):
        n = int(d) * (2 if i % 2 == 0 else 1)
        total += n - 9 if n > 9 else n
    return (10 - total % 10) % 10


def _finnish_iban(bank_prefix: str, r: Callable[[], float]) -> str:
    """A valid Finnish IBAN: 14-digit account (bank prefix, digits, Luhn check digit), ISO 13616 check digits."""
    body = bank_prefix + "".join(str(int(r() * 10)) for _ in range(13 - len(bank_prefix)))
    bban = body + str(_luhn_digit(body))
    check = 98 - int(bban + "151800") % 97  # "FI00" moved to the end: F=15, I=18
    return f"FI{check:02d}{bban}"


def _ascii_local(text: str) -> str:
    return "".join(ch for ch in text_service.fold(text) if ch.isascii() and (ch.isalnum() or ch == "."))


def _business_days_after(day: dt.date, days: int) -> dt.date:
    while days:
        day += dt.timedelta(days=1)
        if day.weekday() < 5:
            days -= 1
    return day


@dataclass(slots=True)
class _Customer:
    idx: int
    kind: CustomerKind
    name: str
    language: str
    channel: Channel
    term: int
    iban: str
    bad_payer: bool
    rf: bool
    no_reminders: bool


@dataclass(slots=True)
class _Order:
    idx: int
    customer: _Customer
    product: _ProductDef
    product_id: int
    quantity: int
    price: int
    schedule: BillingSchedule
    start: dt.date
    end: dt.date | None
    status: OrderStatus
    sales_channel: SalesChannel = SalesChannel.INVOICE
    method: PaymentMethod = PaymentMethod.INVOICE
    recipient_id: int | None = None
    created: dt.date | None = None
    billed_until: dt.date | None = None
    cutoff_date: dt.date | None = None
    cutoff_reason_id: int | None = None
    cancelled_on: dt.date | None = None
    refunded_on: dt.date | None = None
    refund_reason: str = ""
    refund_message: str = ""
    refund_expected: dt.date | None = None
    note: str = ""
    # scenario forcing: payment outcome of the first / last billed invoice; cut-off handling
    force_first: str = ""
    force_last: str = ""
    cutoff_mode: str = ""  # "balance", "refund", "paid_out"


@dataclass(slots=True)
class _Line:
    order: _Order
    period_start: dt.date
    period_end: dt.date
    request_id: int
    net: int
    rate: int
    vat_account: int
    revenue_account: int
    last: bool
    first: bool


@dataclass(slots=True)
class _Invoice:
    idx: int
    kind: InvoiceKind
    customer: _Customer
    run: int | None  # billing run index
    date: dt.date
    due: dt.date
    lines: list[Any] = field(default_factory=list)
    net: int = 0
    vat: int = 0
    total: int = 0
    applied: int = 0
    paid: int = 0
    status: InvoiceStatus = InvoiceStatus.OPEN
    order_idx: int | None = None
    parent_idx: int | None = None
    voucher: int | None = None
    paid_out_date: dt.date | None = None
    paid_out_iban: str = ""
    message: str = ""
    note: str = ""
    no_reminders: bool = False
    level: int = 0  # a reminder's level (1 or 2)
    fee: int = 0  # a reminder's fee; the rest of its total is late-payment interest
    interest_from: dt.date | None = None  # the day after which a reminder's interest runs


_FEE_TEXT = {"fi": "Muistutusmaksu", "sv": "Påminnelseavgift", "en": "Reminder fee"}
_INTEREST_TEXT = {"fi": "Viivästyskorko", "sv": "Dröjsmålsränta", "en": "Late-payment interest"}


# --- the generator --------------------------------------------------------------------------------

class _Generator:
    """Simulates the whole history in memory; ``write`` then stores it with bulk inserts."""

    def __init__(self, session: Session, customers: int, seed: int, today: dt.date) -> None:
        self.n = customers
        self.today = today
        self.rng = Random(seed)
        self.reminder_rng = Random(seed * 7919 + 1)  # its own stream: reminders change nothing else drawn
        self.seed = seed
        self.vat = VatTable.load(session)
        acc = ledger.account_map(session)
        self.acc = acc
        numbers = dict(session.execute(select(Account.number, Account.id)).all())
        self.revenue_by_number = {p.account: numbers.get(p.account, acc.revenue_default) for p in _PRODUCTS}
        self.reference_rates = [(r.valid_from, r.valid_to, r.rate_bp) for r in session.execute(
            select(ReferenceRate.valid_from, ReferenceRate.valid_to, ReferenceRate.rate_bp))]
        self.cutoff_reasons = list(session.scalars(select(CutoffReason.id).where(CutoffReason.active.is_(True))
                                                   .order_by(CutoffReason.id)))
        self.products: dict[str, tuple[_ProductDef, int]] = {}
        self.base = {name: _next_id(session, model) for name, model in (
            ("customer", Customer), ("order", Order), ("request", BillingRequest), ("run", BillingRun),
            ("invoice", Invoice), ("payment", Payment), ("import", PaymentImport), ("voucher", Voucher))}
        # runs: (date, kind); subscription runs twice a month (they bill periods starting within 14 days),
        # advertisement runs once a month (they bill ads already published), the latest ones just now.
        first_month = add_months(dt.date(today.year, today.month, 1), -24)
        sub_runs, ad_runs = [], []
        month = first_month
        while month <= today:
            for day in (1, 15):
                d = month.replace(day=day)
                if d <= today - dt.timedelta(days=4):
                    sub_runs.append(d)
            d = month.replace(day=5)
            if d <= today - dt.timedelta(days=4):
                ad_runs.append(d)
            month = add_months(month, 1)
        sub_runs.append(today - dt.timedelta(days=2))
        ad_runs.append(today - dt.timedelta(days=1))
        self.sub_runs = sub_runs
        self.ad_runs = ad_runs
        self.first_day = first_month
        self.runs: list[list[Any]] = []  # [date, kind, invoices, total]
        self.run_index: dict[tuple[dt.date, BillingRunKind], int] = {}
        # accumulated rows
        self.customer_rows: list[tuple[Any, ...]] = []
        self.token_rows: list[tuple[str, int]] = []
        self.orders: list[_Order] = []
        self.requests: list[tuple[Any, ...]] = []  # without invoice id / run id mapping: see write
        self.invoices: list[_Invoice] = []
        self.payments: list[tuple[Any, ...]] = []
        self.import_dates: dict[dt.date, int] = {}
        self.vouchers: list[tuple[Any, ...]] = []  # (date, kind, description, invoice idx|None, payment id|None)
        self.voucher_invoice_desc: list[int] = []  # invoice idx whose number the description names, or -1
        # the description's values (JSON), or (level, reminded invoice idx) of a reminder; None: {"number": ...}
        # of voucher_invoice_desc, or none at all. Every description is a ledger_text template.
        self.voucher_values: list[Any] = []
        self.sale_values: dict[str, str] = {}  # product name -> {"product": name} as JSON
        self.postings: list[tuple[Any, ...]] = []  # voucher idx, line, account, amount, customer id, invoice idx, rate, desc
        self.settlements: list[tuple[Any, ...]] = []  # invoice idx, payment id|None, amount, date, voucher idx
        self.pending = 0
        self.erroneous = 0
        self.companies = 0
        self.balances: dict[int, int] = {}  # customer id -> credit balance in cents
        self._credits: dict[int, list[tuple[dt.date, int]]] = _DefaultList()
        self._deliveries: dict[int, int] = {}
        self.ytunnus_next = 2_000_003 + (seed % 997) * 1_000
        self._vat_cache: dict[tuple[int, int], int] = {}
        self._rate_cache: dict[tuple[VatClass, dt.date], tuple[int, int]] = {}

    # -- lookups ---------------------------------------------------------------------------------

    def rate(self, vat_class: VatClass, day: dt.date) -> tuple[int, int]:
        key = (vat_class, day)
        found = self._rate_cache.get(key)
        if found is None:
            hit = self.vat.lookup(vat_class, day)
            if hit is None:
                raise ReskontraError("No VAT rate in force for {vat_class} on {date}.", vat_class=str(vat_class),
                                     date=day.isoformat())
            rate, account = hit
            found = self._rate_cache[key] = (rate, account or self.acc.vat_by_rate[rate])
        return found

    def vat_of(self, net: int, rate: int) -> int:
        key = (net, rate)
        found = self._vat_cache.get(key)
        if found is None:
            found = self._vat_cache[key] = vat_of_net(net, rate)
        return found

    def run_of(self, day: dt.date, kind: BillingRunKind) -> int:
        key = (day, kind)
        found = self.run_index.get(key)
        if found is None:
            found = self.run_index[key] = len(self.runs)
            self.runs.append([day, kind, 0, 0])
        return found

    def voucher(self, day: dt.date, kind: VoucherKind, description: str, lines: Sequence[tuple[Any, ...]],
                invoice_idx: int | None = None, payment_id: int | None = None, desc_invoice: int = -1,
                values: Any = None) -> int:
        """Book one balanced voucher; lines are (account, cents, customer id, invoice idx, rate, description)."""
        idx = len(self.vouchers)
        self.vouchers.append((day, kind, description, invoice_idx, payment_id))
        self.voucher_invoice_desc.append(desc_invoice)
        self.voucher_values.append(values)
        append = self.postings.append
        balance_account = self.acc.customer_balance
        balances = self.balances
        n = total = 0
        for ln in lines:
            amount = ln[1]
            if not amount:
                continue  # a zero line is left out, as the ledger does
            n += 1
            total += amount
            append((idx, n, *ln))
            if ln[0] == balance_account:
                balances[ln[2]] = balances.get(ln[2], 0) - amount
        assert total == 0 and n >= 2, (kind, lines)
        return idx

    # -- customers -------------------------------------------------------------------------------

    def build(self, progress: Callable[[int], None]) -> None:
        n = self.n
        places = []
        cumulative: list[float] = []
        total = 0.0
        for codes, fi, sv, gen, weight, sv_share in _PLACES:
            total += weight
            places.append((codes, fi, sv, gen, sv_share))
            cumulative.append(total)
        self.places, self.place_cum, self.place_total = places, cumulative, total
        forced = [s for s in _ERROR_SCENARIOS for _ in range(max(1, n * 7 // 10_000))] + list(_COVERAGE_SCENARIOS)
        forced = forced[:n]
        scenario_at = {(k * n) // len(forced): s for k, s in enumerate(forced)} if forced else {}
        special_names = ({n // 3: "Åkerlund", (2 * n) // 3: "Öhman"} if n >= 3
                         else {0: "Åkerlund", 1: "Öhman"})
        for i in range(n):
            scenario = scenario_at.get(i, "")
            self.customer(i, scenario, special_names.get(i))
            if i % 5000 == 4999:
                progress(i + 1)
        progress(n)

    def customer(self, i: int, scenario: str, last_override: str | None) -> None:
        r = self.rng.random
        cid = self.base["customer"] + i
        pos = bisect.bisect_left(self.place_cum, r() * self.place_total)
        codes, city_fi, city_sv, genitive, sv_share = self.places[min(pos, len(self.places) - 1)]
        postal = codes[int(r() * len(codes))]
        x = r()
        language = "sv" if x < sv_share or x > 0.985 else ("en" if x > 0.965 else "fi")
        company = r() < 0.15 and scenario not in ("err_paper_address", "err_email_missing", "rf_reference") \
            and not scenario.startswith("sale_") or scenario in ("err_einvoice_operator", "ad_pending", "ad_billed",
                                                                 "rf_reference")
        if last_override:
            company = False
        first, last = self.person_name(language)
        if last_override:
            last = last_override
        city = city_sv if language == "sv" and city_sv else city_fi
        streets = _SV_STREETS if language == "sv" and city_sv else _FI_STREETS
        number = 1 + int(r() * r() * 90)
        street = f"{streets[int(r() * len(streets))]} {number}"
        y = r()
        if y < 0.45:
            street += f" {'ABCDEF'[int(r() * 6)]} {1 + int(r() * 40)}"
        elif y < 0.55:
            street += f" as. {1 + int(r() * 6)}" if language != "sv" else f" bst. {1 + int(r() * 6)}"
        kind = CustomerKind.COMPANY if company else CustomerKind.PERSON
        company_name = contact = business_id = einvoice_address = operator = ""
        if company:
            self.companies += 1
            company_name = self.company_name(language, last, genitive, city)
            contact = f"{first} {last}"
            business_id = self.business_id()
            slug = _ascii_local(company_name.split(" ")[0]).replace(".", "") or "yritys"
            email = f"{('laskutus', 'info', 'toimisto', 'reskontra')[int(r() * 4)]}@{slug}.fi"
            if language == "sv":
                email = f"{('faktura', 'info', 'kontoret')[int(r() * 3)]}@{slug}.fi"
            z = r()
            channel = Channel.EINVOICE if z < 0.55 else Channel.EMAIL if z < 0.85 else Channel.PAPER
            if channel is Channel.EINVOICE:
                einvoice_address = "0037" + business_id.replace("-", "")
                operator = _OPERATORS[int(r() * len(_OPERATORS))]
            term = 30 if r() < 0.35 else 7 if r() < 0.06 else 14
            first_name = last_name = ""
        else:
            first_name, last_name = first, last
            email = self.person_email(first, last) if r() < 0.88 else ""
            z = r()
            channel = Channel.EMAIL if z < 0.55 and email else Channel.EINVOICE if z > 0.95 else Channel.PAPER
            term = 7 if r() < 0.05 else 30 if r() < 0.04 else 14
        iban = bic = ""
        if channel is Channel.EINVOICE and not company or r() < 0.35:
            prefix, bic = _BANKS[int(r() * len(_BANKS))]
            iban = _finnish_iban(prefix, r)
            if channel is Channel.EINVOICE and not company:
                einvoice_address, operator = iban, bic
        phone = self.phone(city_fi) if r() < 0.92 else ""
        no_reminders = r() < 0.01
        # the erroneous billing requests (SPEC W4 step 2), made on purpose
        if scenario == "err_paper_address":
            channel, street = Channel.PAPER, ""
        elif scenario == "err_email_missing":
            channel, email = Channel.EMAIL, ""
        elif scenario == "err_einvoice_operator":
            channel, einvoice_address, operator = Channel.EINVOICE, "0037" + business_id.replace("-", ""), ""
        elif scenario == "no_reminders_overdue":
            no_reminders = True
        name = text_service.display_name(kind, first_name, last_name, company_name)
        created = dt.datetime.combine(self.first_day - dt.timedelta(days=int(r() * 2000)), dt.time(8, 0),
                                      tzinfo=dt.UTC)
        self.customer_rows.append((
            cid, None, kind, first_name, last_name, company_name, contact, name, text_service.fold(name),
            street, postal, city, "FI", email, text_service.fold(email), phone, text_service.phone_digits(phone),
            language, channel, einvoice_address, operator, business_id, iban, bic, term, no_reminders,
            created, created, 1,
        ))
        self.token_rows.extend((t, cid) for t in sorted(text_service.search_tokens(
            first_name, last_name, company_name, city)))
        c = _Customer(i, kind, name, language, channel, term, iban, bad_payer=r() < 0.04,
                      rf=scenario == "rf_reference" or (company and r() < 0.05), no_reminders=no_reminders)
        self.orders_of(c, scenario)

    def person_name(self, language: str) -> tuple[str, str]:
        r = self.rng.random
        last: tuple[str, ...]
        if language == "sv":
            first = _SV_FIRST[int(r() * len(_SV_FIRST))]
            last = (_SV_LAST if r() < 0.8 else _FI_LAST)
        elif language == "en":
            first = _EN_FIRST[int(r() * len(_EN_FIRST))]
            last = _EN_LAST
        else:
            first = _FI_FIRST[int(r() * len(_FI_FIRST))]
            last = _FI_LAST if r() < 0.88 else _SV_LAST
        return first, last[int(r() * len(last))]

    def company_name(self, language: str, last: str, genitive: str, city: str) -> str:
        r = self.rng.random
        if language == "sv":
            industry = _SV_INDUSTRIES[int(r() * len(_SV_INDUSTRIES))]
            x = r()
            if x < 0.5:
                return f"{last} {industry} Ab"
            if x < 0.75:
                return f"{city} {industry} Oy Ab"
            return f"{last} & Söner Ab"
        industry = _FI_INDUSTRIES[int(r() * len(_FI_INDUSTRIES))]
        x = r()
        if x < 0.45:
            return f"{industry} {last} Oy"
        if x < 0.7:
            return f"{genitive} {industry} Oy"
        if x < 0.82:
            return f"{last} {industry} Ky"
        if x < 0.92:
            return f"Tmi {industry} {last}"
        return f"{genitive} {('Lukijat', 'Kirjastoseura', 'Urheiluseura', 'Kotiseutuyhdistys')[int(r() * 4)]} ry"

    def business_id(self) -> str:
        while True:
            base = self.ytunnus_next
            self.ytunnus_next += 1 + int(self.rng.random() * 40)
            digits = f"{base % 10_000_000:07d}"
            check = ytunnus_check_digit(digits)
            if check is not None:
                return f"{digits}-{check}"

    def person_email(self, first: str, last: str) -> str:
        r = self.rng.random
        f, la = _ascii_local(first.replace("-", "")), _ascii_local(last.replace("'", ""))
        x = r()
        if x < 0.5:
            local = f"{f}.{la}"
        elif x < 0.7:
            local = f"{f[:1]}{la}"
        elif x < 0.85:
            local = f"{f}.{la}{int(r() * 90) + 10}"
        else:
            local = f"{f}{la}{int(r() * 9000) + 1000}"
        return f"{local}@{_EMAIL_DOMAINS[int(r() * len(_EMAIL_DOMAINS))]}"

    def phone(self, city_fi: str) -> str:
        r = self.rng.random
        x = r()
        if x < 0.15 and city_fi in _LANDLINE:
            area = _LANDLINE[city_fi]
            sub = f"{int(r() * 9_000_000) + 1_000_000}"
            return f"{area} {sub[:3]} {sub[3:]}" if r() < 0.5 else f"({area}) {sub}"
        prefix = _MOBILE[int(r() * len(_MOBILE))]
        sub = f"{int(r() * 10_000_000):07d}"
        y = r()
        if y < 0.35:
            return f"{prefix} {sub[:3]} {sub[3:]}"
        if y < 0.55:
            return f"{prefix}{sub}"
        if y < 0.72:
            return f"+358 {prefix[1:]} {sub[:3]} {sub[3:]}"
        if y < 0.82:
            return f"+358{prefix[1:]}{sub}"
        if y < 0.92:
            return f"{prefix}-{sub}"
        return f"{prefix} {sub[:4]} {sub[4:]}"

    # -- orders ----------------------------------------------------------------------------------

    def product(self, code: str) -> tuple[_ProductDef, int]:
        return self.products[code]

    def new_order(self, c: _Customer, code: str, status: OrderStatus, start: dt.date, end: dt.date | None,
                  *, quantity: int = 1, price: int | None = None) -> _Order:
        p, pid = self.product(code)
        o = _Order(len(self.orders), c, p, pid, quantity, p.price_cents if price is None else price, p.schedule,
                   start, end, status)
        self.orders.append(o)
        return o

    def orders_of(self, c: _Customer, scenario: str) -> None:
        r = self.rng.random
        today = self.today
        day = dt.timedelta
        subs = _SV_SUB_CODES if c.language == "sv" else _SUB_CODES
        lines: list[_Line] = []

        def sub(status: OrderStatus = OrderStatus.ACTIVE, code: str | None = None, **kw: Any) -> _Order:
            code = code or subs[int(r() * len(subs))]
            return self.subscription(c, code, status, lines, **kw)

        if scenario:
            if scenario == "err_paper_address" or scenario == "err_email_missing" \
                    or scenario == "err_einvoice_operator" or scenario == "new_due_now":
                sub(new=True)
            elif scenario == "err_cancelled_pending":
                sub(OrderStatus.CANCELLED, code="KAIKU-12", pending_after_cancel=True)
            elif scenario == "err_zero_price":
                sub(new=True, price=0)
            elif scenario == "open_not_due":
                sub(code="KAIKU-12", start=self.sub_runs[-1] + day(14 - int(r() * 5)))
            elif scenario in ("long_overdue", "no_reminders_overdue"):
                sub(code="KAIKU-12", start=today - day(100 + int(r() * 150)), force_last="unpaid")
            elif scenario in ("partial", "overpaid"):
                sub(code="KAIKU-12", start=today - day(40 + int(r() * 200)), force_last=scenario)
            elif scenario == "balance_applied":
                sub(code="KAIKU-12", start=today - day(380 + int(r() * 100)), force_first="overpaid")
            elif scenario == "prepaid":
                self.prepayment(c)
                sub()
            elif scenario.startswith("cut_off"):
                sub(OrderStatus.CUT_OFF, code="KAIKU-12",
                    cutoff_mode={"cut_off_balance": "balance", "cut_off_refund": "refund"}.get(scenario, "paid_out"))
            elif scenario == "cancelled":
                sub(OrderStatus.CANCELLED)
            elif scenario == "ended":
                sub(OrderStatus.ENDED, code=_FIXED_CODES[int(r() * 3)])
            elif scenario == "gift":
                sub(code="KAIKU-12", gift=True)
            elif scenario == "price_differs":
                sub(code="PUUTARHURI", price=4900, note="Kampanjahinta 49,00 € (ovh. 69,00 €)")
            elif scenario == "ad_pending":
                self.ads(c, lines, count=1, pending=True)
            elif scenario == "ad_billed":
                self.ads(c, lines, count=2)
            elif scenario == "rf_reference":
                sub()
            elif scenario.startswith("sale_"):
                parts = scenario.split("_")
                status = {"cancelled": OrderStatus.CANCELLED, "refunded": OrderStatus.REFUNDED}.get(parts[1])
                method = PaymentMethod("_".join(parts[2:] if status else parts[1:]))
                self.sale(c, method, status)
        else:
            x = r()
            if c.kind is CustomerKind.COMPANY:
                if x < 0.7:
                    sub(gift=r() < 0.1)
                if x > 0.45:
                    self.ads(c, lines, count=1 + int(r() * 3))
                if x < 0.1:
                    sub()
            elif x < 0.55:
                sub(**self.random_status())
            elif x < 0.68:
                a = sub(**self.random_status())
                code = "KAIKU-DIGI" if r() < 0.4 else None
                if a.status is OrderStatus.ACTIVE and a.schedule is BillingSchedule.YEARLY and r() < 0.6 \
                        and code is None:
                    sub(code=a.product.code, start=a.start, gift=True)  # a gift beside the own subscription
                else:
                    sub(**{"code": code, **self.random_status()})
            elif x < 0.77:
                sub(**self.random_status())
                self.sale(c)
            elif x < 0.89:
                self.sale(c)
                if r() < 0.2:
                    self.sale(c)
            elif x < 0.97:
                sub(OrderStatus.ENDED, code=_FIXED_CODES[int(r() * 3)])
            # else: a customer without orders (an old customer, a prospect)
        self.bill_customer(c, lines)

    def random_status(self) -> dict[str, Any]:
        x = self.rng.random()
        if x < 0.76:
            return {"new": x < 0.08}
        if x < 0.84:
            return {"status": OrderStatus.CANCELLED}
        if x < 0.87:
            return {"status": OrderStatus.CUT_OFF, "cutoff_mode": ("balance", "refund", "paid_out", "balance")[
                int(self.rng.random() * 4)]}
        return {"status": OrderStatus.ENDED, "code": _FIXED_CODES[int(self.rng.random() * 3)]}

    def subscription(self, c: _Customer, code: str, status: OrderStatus, lines: list[_Line], *,
                     new: bool = False, price: int | None = None, start: dt.date | None = None,
                     gift: bool = False, force_first: str = "", force_last: str = "", cutoff_mode: str = "",
                     pending_after_cancel: bool = False, note: str = "") -> _Order:
        r = self.rng.random
        today = self.today
        day = dt.timedelta
        p, _pid = self.product(code)
        if status is OrderStatus.CUT_OFF and p.schedule is not BillingSchedule.YEARLY:
            code, p = "KAIKU-12", self.product("KAIKU-12")[0]
        months = {BillingSchedule.MONTHLY: 1, BillingSchedule.QUARTERLY: 3, BillingSchedule.YEARLY: 12}[p.schedule]
        end: dt.date | None = None
        created: dt.date
        if status is OrderStatus.ENDED:
            start = start or today - day(400 + int(r() * 300))
            end = add_months(start, 12 if months == 12 else 6) - day(1)
            while end >= today:
                start -= day(60)
                end = add_months(start, 12 if months == 12 else 6) - day(1)
        elif status is OrderStatus.CUT_OFF:
            start = start or today - day(40 + int(r() * 260))
        elif pending_after_cancel:
            start = start or add_months(today + day(1 + int(r() * 28)), -12)
        elif new:
            start = today + day(int(r() * 24) - 10)
        elif status is OrderStatus.CANCELLED:
            start = start or today - day(60 + int(r() * 500))
        elif start is None:
            span = {1: 100, 3: 330, 12: 700}[months]
            start = today - day(int(r() * span)) if r() < 0.92 else today + day(1 + int(r() * 40))
        if gift and end is None and p.schedule is BillingSchedule.YEARLY and status is OrderStatus.ACTIVE:
            end = add_months(start, 12) - day(1)
        if price is None:
            x = r()
            price = p.price_cents
            if x < 0.05:
                price = price * 80 // 100
                note = note or "Kampanjahinta -20 %"
            elif x < 0.06:
                price = price + 500
                note = note or "Sisältää ulkomaan postituslisän"
        if new:
            created = min(today, start) - day(1 + int(r() * 4)) if start <= today else today - day(int(r() * 10))
        else:
            created = min(start, today) - day(20 + int(r() * 30))
        quantity = 2 if r() < 0.03 else 1
        o = self.new_order(c, code, status, start, end, quantity=quantity, price=price)
        o.created = created
        o.note = note
        o.force_first, o.force_last, o.cutoff_mode = force_first, force_last, cutoff_mode
        if gift:
            o.recipient_id = self.recipient_for(c)
            o.note = o.note or "Lahjatilaus"
        if p.deliveries:
            # periods of 30.44 days a month, rounded half up in integers (no float in services)
            o_periods = 1 if end is None else max(1, (((end - start).days + 1) * 200 + months * 3044)
                                                  // (months * 6088))
            deliveries = p.deliveries * o_periods
        else:
            deliveries = 0
        self._deliveries[o.idx] = deliveries
        # cancellation date before walking the periods
        if status is OrderStatus.CANCELLED and not pending_after_cancel:
            o.cancelled_on = min(today - day(3), start + day(30 + int(r() * 400)))
            if o.cancelled_on < start:
                o.cancelled_on = start
        horizon = today + day(31)
        sub_runs = self.sub_runs
        i = 0
        last_end: dt.date | None = None
        billed: list[_Line] = []
        while True:
            p_start = add_months(start, i * months)
            if p_start > horizon or (end is not None and p_start > end):
                break
            p_end = add_months(start, (i + 1) * months) - day(1)
            if end is not None and p_end > end:
                p_end = end
            if o.cancelled_on is not None and p_start > o.cancelled_on:
                break
            if status is OrderStatus.CUT_OFF and billed and p_start > today:
                break
            # billed by the first run on or after p_start - 14 (and after the order was made)
            k = bisect.bisect_left(sub_runs, max(p_start - day(14), created))
            rate, vat_account = self.rate(p.vat_class, p_start)
            request_id = self.base["request"] + len(self.requests)
            net = quantity * price
            if k < len(sub_runs) and not new and not (pending_after_cancel and p_start > today):
                run = self.run_of(sub_runs[k], BillingRunKind.SUBSCRIPTIONS)
                line = _Line(o, p_start, p_end, request_id, net, rate, vat_account,
                             self.revenue_by_number[p.account], False, not billed)
                billed.append(line)
                self.requests.append((request_id, o.idx, c.idx, BillingRunKind.SUBSCRIPTIONS, p_start, p_end,
                                      quantity, price, BillingRequestStatus.BILLED, run, line))
            elif status is OrderStatus.ACTIVE or pending_after_cancel:
                self.requests.append((request_id, o.idx, c.idx, BillingRunKind.SUBSCRIPTIONS, p_start, p_end,
                                      quantity, price, BillingRequestStatus.PENDING, None, None))
                self.pending += 1
                if price <= 0 or pending_after_cancel or self._customer_error(c):
                    self.erroneous += 1
            else:
                break
            last_end = p_end
            i += 1
            if new and p_start > today:
                break
        if billed:
            billed[-1].last = True
        if pending_after_cancel:
            o.cancelled_on = today - day(1 + int(r() * 3))
        o.billed_until = last_end
        if status is OrderStatus.CUT_OFF and not billed:
            o.status = OrderStatus.ACTIVE  # nothing paid yet to cut off: keep it an ordinary order
            o.cutoff_mode = ""
        lines.extend(billed)
        return o

    def _customer_error(self, c: _Customer) -> bool:
        row = self.customer_rows[-1]
        channel, street, email, e_address, operator = row[18], row[9], row[13], row[19], row[20]
        if channel is Channel.PAPER:
            return not street
        if channel is Channel.EMAIL:
            return not email
        return not (e_address and operator)

    def recipient_for(self, c: _Customer) -> int | None:
        if c.idx == 0:
            return None
        return self.base["customer"] + int(self.rng.random() * c.idx)

    def ads(self, c: _Customer, lines: list[_Line], *, count: int, pending: bool = False) -> None:
        r = self.rng.random
        today = self.today
        for k in range(count):
            code = "ILM-1/4" if r() < 0.4 else "ILM-RIVI"
            if pending and k == count - 1:
                published = today + day_(int(r() * 20))
            else:
                published = today - day_(int(r() * 480))
            p, _pid = self.product(code)
            quantity = 1 + int(r() * r() * 4) if code == "ILM-RIVI" else 1
            o = self.new_order(c, code, OrderStatus.ACTIVE, published, published, quantity=quantity)
            o.created = published - day_(7 + int(r() * 20))
            o.billed_until = published
            k_run = bisect.bisect_left(self.ad_runs, published)
            rate, vat_account = self.rate(p.vat_class, published)
            request_id = self.base["request"] + len(self.requests)
            if k_run < len(self.ad_runs) and not (pending and k == count - 1):
                o.status = OrderStatus.ENDED
                run = self.run_of(self.ad_runs[k_run], BillingRunKind.ADVERTISEMENTS)
                line = _Line(o, published, published, request_id, quantity * o.price, rate, vat_account,
                             self.revenue_by_number[p.account], True, True)
                lines.append(line)
                self.requests.append((request_id, o.idx, c.idx, BillingRunKind.ADVERTISEMENTS, published, published,
                                      quantity, o.price, BillingRequestStatus.BILLED, run, line))
            elif published <= today + day_(45):
                self.requests.append((request_id, o.idx, c.idx, BillingRunKind.ADVERTISEMENTS, published, published,
                                      quantity, o.price, BillingRequestStatus.PENDING, None, None))
                self.pending += 1
                if self._customer_error(c):
                    self.erroneous += 1
            self._deliveries[o.idx] = 1

    def sale(self, c: _Customer, method: PaymentMethod | None = None,
             status: OrderStatus | None = None) -> _Order:
        """A cash-desk or online sale (ticket or single copy), paid at once; maybe cancelled or refunded (W7)."""
        r = self.rng.random
        today = self.today
        if method is None:
            x = r()
            method = (PaymentMethod.CASH if x < 0.28 else PaymentMethod.EASYPAY if x < 0.38
                      else PaymentMethod.CARD if x < 0.7 else PaymentMethod.PAYPAL if x < 0.8
                      else PaymentMethod.GOOGLE_PAY if x < 0.9 else PaymentMethod.APPLE_PAY)
        cash_desk = method in (PaymentMethod.CASH, PaymentMethod.EASYPAY)
        x = r()
        code = "KAIKU-IRTO" if x < 0.3 else "LIPPU-ILTA" if x < 0.75 else "LIPPU-KONSERTTI"
        sold = today - day_(1 + int(r() * 200))
        event = sold if code == "KAIKU-IRTO" else sold + day_(3 + int(r() * 60))
        quantity = 1 + int(r() * r() * 4)
        o = self.new_order(c, code, OrderStatus.ACTIVE if event >= today else OrderStatus.ENDED, event, event,
                           quantity=quantity)
        o.created = sold
        o.sales_channel = SalesChannel.CASH_DESK if cash_desk else SalesChannel.ONLINE
        o.method = method
        self._deliveries[o.idx] = quantity if code == "KAIKU-IRTO" else 0
        if status is None:
            y = r()
            status = OrderStatus.REFUNDED if y < 0.05 else OrderStatus.CANCELLED if y < 0.08 else None
        rate, vat_account = self.rate(o.product.vat_class, sold)
        net = quantity * o.price
        vat = self.vat_of(net, rate)
        money_account = self.acc.cash if method is PaymentMethod.CASH or method is PaymentMethod.EASYPAY \
            else self.acc.bank
        revenue = self.revenue_by_number[o.product.account]
        payment_id = self.base["payment"] + len(self.payments)
        product_values = self.sale_values.get(o.product.name)
        if product_values is None:
            product_values = self.sale_values[o.product.name] = json.dumps({"product": o.product.name})
        v = self.voucher(sold, VoucherKind.SALE, ledger.CASH_DESK_SALE_TEXT if cash_desk else ledger.ONLINE_SALE_TEXT, [
            (money_account, net + vat, None, None, None, ""),
            (revenue, -net, None, None, rate, ""),
            (vat_account, -vat, None, None, rate, ""),
        ], payment_id=payment_id, values=product_values)
        pay_status = PaymentStatus.MATCHED
        if status is not None:
            latest = min(today, max(event, sold))
            o.cancelled_on = sold + day_(int(r() * max(1, (latest - sold).days)))
            o.status = status
            if status is OrderStatus.REFUNDED:
                o.refunded_on = min(today, o.cancelled_on + day_(int(r() * 3)))
                o.refund_reason = _REFUND_REASONS[int(r() * len(_REFUND_REASONS))]
                if not cash_desk:
                    o.refund_message = ("Hei, palautimme ostoksesi summan maksutavallesi. Rahat näkyvät tililläsi "
                                        "viiden pankkipäivän kuluessa. Ystävällisin terveisin, asiakaspalvelu")
                    o.refund_expected = _business_days_after(o.refunded_on, 5)
                self.voucher(o.refunded_on, VoucherKind.SALE_REFUND,
                             ledger.CASH_DESK_REFUND_TEXT if cash_desk else ledger.ONLINE_REFUND_TEXT, [
                                 (revenue, net, None, None, rate, ""),
                                 (vat_account, vat, None, None, rate, ""),
                                 (money_account, -(net + vat), None, None, None, ""),
                             ], payment_id=payment_id, values=product_values)
                pay_status = PaymentStatus.REFUNDED
        self.payments.append((
            payment_id, None, None, PaymentSource.CASH_DESK if cash_desk else PaymentSource.ONLINE, net + vat,
            sold, sold, None, c.name, f"{o.product.name} × {quantity}", self.base["customer"] + c.idx, pay_status,
            0, "", v,
        ))
        return o

    def prepayment(self, c: _Customer) -> None:
        """A bank payment with no invoice to match, turned into credit balance by a clerk."""
        r = self.rng.random
        paid_on = self.today - day_(20 + int(r() * 200))
        amount = (20 + int(r() * 80)) * 100
        self.bank_payment(c, None, amount, paid_on, "", PaymentStatus.TO_BALANCE, balance=amount,
                          handling="Ennakkomaksu asiakkaan saldoksi")
        self._credits[c.idx].append((paid_on, amount))

    # -- invoices, payments, balances ------------------------------------------------------------

    def bill_customer(self, c: _Customer, lines: list[_Line]) -> None:
        """Group the billed periods into invoices (one per run) and play the customer's history in date order."""
        if not lines:
            return
        by_run: dict[int, list[_Line]] = {}
        for ln in lines:
            req = self.requests[ln.request_id - self.base["request"]]
            by_run.setdefault(req[9], []).append(ln)
        credits = self._credits[c.idx]
        applied_total = 0
        for run in sorted(by_run, key=lambda k: (self.runs[k][0], k)):
            run_day, kind = self.runs[run][0], self.runs[run][1]
            inv_lines = sorted(by_run[run], key=lambda ln: (ln.order.idx, ln.period_start))
            inv = self.invoice(c, run, run_day, kind, inv_lines)
            available = sum(a for d, a in credits if d <= run_day) - applied_total
            if available > 0:
                applied = min(available, inv.total)
                applied_total += applied
                self.apply_balance(inv, applied)
            self.settle(c, inv, inv_lines, credits)

    def invoice(self, c: _Customer, run: int, day: dt.date, kind: BillingRunKind, lines: list[_Line]) -> _Invoice:
        inv = _Invoice(len(self.invoices), InvoiceKind.AD_INVOICE if kind is BillingRunKind.ADVERTISEMENTS
                       else InvoiceKind.INVOICE, c, run, day, day + dt.timedelta(days=c.term))
        inv.no_reminders = c.no_reminders and self.rng.random() < 0.2
        per_rate: dict[int, list[int]] = {}
        for ln in lines:
            acc = per_rate.get(ln.rate)
            if acc is None:
                acc = per_rate[ln.rate] = [0, 0, ln.vat_account]
            acc[0] += ln.net
            vat_now = self.vat_of(acc[0], ln.rate)
            line_vat = vat_now - acc[1]
            acc[1] = vat_now
            inv.lines.append((ln, line_vat))
            inv.net += ln.net
        inv.vat = sum(a[1] for a in per_rate.values())
        inv.total = inv.net + inv.vat
        orders = {ln.order.idx for ln in lines}
        inv.order_idx = lines[0].order.idx if len(orders) == 1 else None
        self.invoices.append(inv)
        self.runs[run][2] += 1
        self.runs[run][3] += inv.total
        cid = self.base["customer"] + c.idx
        postings: list[tuple[Any, ...]] = [(self.acc.receivables, inv.total, cid, inv.idx, None, inv.idx)]
        revenue: dict[tuple[int, int], int] = {}
        for ln, _vat in inv.lines:
            key = (ln.revenue_account, ln.rate)
            revenue[key] = revenue.get(key, 0) + ln.net
        postings.extend((account, -net, None, None, rate, "") for (account, rate), net in sorted(revenue.items()))
        postings.extend((a[2], -a[1], None, None, rate, "") for rate, a in sorted(per_rate.items()))
        text = ledger.AD_INVOICE_TEXT if inv.kind is InvoiceKind.AD_INVOICE else ledger.INVOICE_TEXT
        inv.voucher = self.voucher(day, VoucherKind.INVOICE, text, postings, invoice_idx=inv.idx,
                                   desc_invoice=inv.idx)
        return inv

    def apply_balance(self, inv: _Invoice, applied: int) -> None:
        cid = self.base["customer"] + inv.customer.idx
        inv.applied = applied
        v = self.voucher(inv.date, VoucherKind.BALANCE_APPLIED, ledger.BALANCE_APPLIED_TEXT, [
            (self.acc.customer_balance, applied, cid, None, None, ""),
            (self.acc.receivables, -applied, cid, inv.idx, None, ""),
        ], invoice_idx=inv.idx, desc_invoice=inv.idx)
        self.settlements.append((inv.idx, None, applied, inv.date, v))
        if applied == inv.total:
            inv.status = InvoiceStatus.PAID

    def settle(self, c: _Customer, inv: _Invoice, lines: list[_Line], credits: list[tuple[dt.date, int]]) -> None:
        """Decide whether and how the invoice was paid, and carry out a cut-off of its order."""
        r = self.rng.random
        today = self.today
        to_pay = inv.total - inv.applied
        force = ""
        cut: _Line | None = None
        for ln in lines:
            o = ln.order
            if ln.first and o.force_first:
                force = o.force_first
            if ln.last and o.force_last:
                force = o.force_last
            if ln.last and o.status is OrderStatus.CUT_OFF and o.cutoff_mode:
                cut, force = ln, "paid"
            if o.status in (OrderStatus.ENDED, OrderStatus.CANCELLED) and not force:
                force = "paid"
        if not force:
            overdue = (today - inv.due).days
            chance = 0.25 if overdue < 0 else 0.55 if overdue < 14 else 0.82 if overdue < 60 else 0.93
            if c.bad_payer and overdue > 0:
                chance = 0.1
            x = r()
            force = "unpaid" if x >= chance else "partial" if x < 0.02 else "overpaid" if x < 0.035 else "paid"
        if cut is None and inv.run is not None and inv.run in (
                self.run_index.get((self.sub_runs[-1], BillingRunKind.SUBSCRIPTIONS)),
                self.run_index.get((self.ad_runs[-1], BillingRunKind.ADVERTISEMENTS))):
            force = "unpaid"  # the latest runs' invoices are not sent yet: nobody has had them to pay
        if force == "unpaid" or to_pay <= 0:
            if force == "unpaid" and to_pay > 0:
                self.remind(c, inv, lines)
            return
        latest = today - dt.timedelta(days=1)
        if force == "paid" and cut is not None:
            pay_on = inv.date + dt.timedelta(days=2 + int(r() * 10))
        elif (inv.due - inv.date).days > 0 and r() < 0.8:
            pay_on = inv.date + dt.timedelta(days=1 + int(r() * (inv.due - inv.date).days))
        else:
            pay_on = inv.due + dt.timedelta(days=1 + int(r() * 25))
        if pay_on > latest:
            if latest <= inv.date:
                return
            pay_on = inv.date + dt.timedelta(days=1 + int(r() * (latest - inv.date).days))
        if force == "partial":
            amount = max(100, (to_pay // 200) * 100)
            if amount >= to_pay:
                amount = to_pay // 2
            if amount <= 0:
                return
            self.bank_payment(c, inv, amount, pay_on, "", PaymentStatus.PARTIAL)
        elif force == "overpaid":
            extra = (10 + int(r() * 40)) * 100 if r() < 0.6 else to_pay  # a round sum or the invoice paid twice
            self.bank_payment(c, inv, to_pay + extra, pay_on, "", PaymentStatus.TO_BALANCE, balance=extra,
                              handling="Ylisuoritus asiakkaan saldoksi")
            credits.append((pay_on, extra))
        else:
            self.bank_payment(c, inv, to_pay, pay_on, "", PaymentStatus.MATCHED)
        if cut is not None and inv.status is InvoiceStatus.PAID:
            self.cut_off(c, inv, cut, pay_on, credits)

    def remind(self, c: _Customer, inv: _Invoice, lines: list[_Line]) -> None:
        """Reminders #1 and often #2 already sent for an invoice left unpaid (W3), as the desk made them:
        most overdue invoices have them, the newest and a few older ones wait for the next reminder run."""
        if c.no_reminders or inv.no_reminders or any(ln.order.status is OrderStatus.CUT_OFF for ln in lines):
            return
        r = self.reminder_rng.random
        last = self.today - dt.timedelta(days=2)
        first_day = inv.due + dt.timedelta(days=15 + int(r() * 10))  # a fee is allowed (more than 14 days)
        if first_day > last or r() < 0.15:
            return
        first = self.reminder(c, inv, 1, first_day, inv.due)
        second_day = first.due + dt.timedelta(days=7 + int(r() * 10))
        if second_day <= last and r() < 0.6:
            self.reminder(c, inv, 2, second_day, first_day)

    def reminder(self, c: _Customer, parent: _Invoice, level: int, day: dt.date, interest_from: dt.date) -> _Invoice:
        """A sent payment reminder with its fee and the late-payment interest since ``interest_from`` (the due
        date, or the day of the reminder before it), posted as the reminders service posts it."""
        fee = 1000 if c.kind is CustomerKind.COMPANY else 500
        interest = self.late_interest(parent.total - parent.applied - parent.paid, c.kind, interest_from, day)
        rem = _Invoice(len(self.invoices), InvoiceKind.REMINDER, c, None, day, day + dt.timedelta(days=14))
        rem.level, rem.parent_idx, rem.order_idx = level, parent.idx, parent.order_idx
        rem.fee, rem.interest_from = fee, interest_from
        rem.net = rem.total = fee + interest
        self.invoices.append(rem)
        cid = self.base["customer"] + c.idx
        rem.voucher = self.voucher(day, VoucherKind.REMINDER_FEE, ledger.REMINDER_VOUCHER_TEXT, [
            (self.acc.receivables, fee + interest, cid, rem.idx, None, ""),
            (self.acc.reminder_fee_income, -fee, None, None, None, ""),
            (self.acc.interest_income, -interest, None, None, None, ""),
        ], invoice_idx=rem.idx, desc_invoice=rem.idx, values=(level, parent.idx))
        return rem

    def late_interest(self, open_cents: int, kind: CustomerKind, after: dt.date, until: dt.date) -> int:
        """Interest on ``open_cents`` for the days after ``after`` up to ``until``, each half-year at its own
        rate (Korkolaki 12 §), with the reminders service's one formula."""
        bp_days = 0
        day = after + dt.timedelta(days=1)
        while day <= until:
            last = min(until, dt.date(day.year, 6, 30) if day.month <= 6 else dt.date(day.year, 12, 31))
            bp_days += (late_interest_bp(self.reference_rates, day, kind) or 0) * ((last - day).days + 1)
            day = last + dt.timedelta(days=1)
        return interest_cents([(open_cents, bp_days)])

    def bank_payment(self, c: _Customer, inv: _Invoice | None, amount: int, day: dt.date, message: str,
                     status: PaymentStatus, *, balance: int = 0, handling: str = "") -> None:
        """A reference payment from the bank's camt.054 file of that day, its voucher and settlement."""
        cid = self.base["customer"] + c.idx
        payment_id = self.base["payment"] + len(self.payments)
        allocated = amount - balance
        lines: list[tuple[Any, ...]] = [(self.acc.bank, amount, None, None, None, "")]
        if inv is not None and allocated:
            lines.append((self.acc.receivables, -allocated, cid, inv.idx, None, ""))
        if balance:
            lines.append((self.acc.customer_balance, -balance, cid, None, None, ""))
        v = self.voucher(day, VoucherKind.PAYMENT,
                         ledger.PAYMENT_OF_INVOICE_TEXT if inv is not None else ledger.PAYMENT_TO_BALANCE_TEXT,
                         lines, payment_id=payment_id, desc_invoice=inv.idx if inv is not None else -1)
        import_id = self.import_dates.get(day)
        if import_id is None:
            import_id = self.import_dates[day] = self.base["import"] + len(self.import_dates)
        self.payments.append((
            payment_id, f"DEMO{self.seed}-{payment_id:09d}", import_id, PaymentSource.BANK_FILE, amount, day, day,
            inv.idx if inv is not None else None, c.name.upper()[:200], message, cid, status, 0, handling, v,
        ))
        if inv is not None and allocated:
            inv.paid += allocated
            self.settlements.append((inv.idx, payment_id, allocated, day, v))
            if inv.paid + inv.applied >= inv.total:
                inv.status = InvoiceStatus.PAID

    def cut_off(self, c: _Customer, inv: _Invoice, ln: _Line, paid_on: dt.date,
                credits: list[tuple[dt.date, int]]) -> None:
        """Cut off a paid order (W2): the unused part, pro rata by days, to balance or to a refund invoice."""
        r = self.rng.random
        o = ln.order
        today = self.today
        first = max(paid_on + dt.timedelta(days=1), ln.period_start)
        last = min(today, ln.period_end - dt.timedelta(days=1))
        if last < first:
            o.status, o.cutoff_mode = OrderStatus.ACTIVE, ""
            return
        cut = first + dt.timedelta(days=int(r() * ((last - first).days + 1)))
        days = (ln.period_end - ln.period_start).days + 1
        remaining = (ln.period_end - cut).days
        net = (ln.net * remaining * 2 + days) // (2 * days)  # half up
        vat = self.vat_of(net, ln.rate)
        if net <= 0:
            o.status, o.cutoff_mode = OrderStatus.ACTIVE, ""
            return
        o.cutoff_date = cut
        o.cutoff_reason_id = self.cutoff_reasons[int(r() * len(self.cutoff_reasons))] if self.cutoff_reasons else None
        o.billed_until = ln.period_end
        cid = self.base["customer"] + c.idx
        debit = [(ln.revenue_account, net, None, None, ln.rate, ""), (ln.vat_account, vat, None, None, ln.rate, "")]
        if o.cutoff_mode == "balance":
            self.voucher(cut, VoucherKind.CUTOFF_BALANCE, ledger.CUTOFF_TO_BALANCE_TEXT,
                         [*debit, (self.acc.customer_balance, -(net + vat), cid, None, None, "")])
            credits.append((cut, net + vat))
            return
        refund = _Invoice(len(self.invoices), InvoiceKind.REFUND_INVOICE, c, None, cut, cut + dt.timedelta(days=14))
        refund.net, refund.vat, refund.total = net, vat, net + vat
        refund.order_idx, refund.parent_idx = o.idx, inv.idx
        refund.message = "Tilauksenne on katkaistu. Käyttämätön osuus maksetaan tilillenne."
        refund.note = f"Katkaisu {cut.isoformat()}, käyttämättä {remaining}/{days} päivää"
        refund.lines = [(_Line(o, cut + dt.timedelta(days=1), ln.period_end, 0, net, ln.rate, ln.vat_account,
                               ln.revenue_account, True, False), vat)]
        self.invoices.append(refund)
        refund.voucher = self.voucher(cut, VoucherKind.CUTOFF_REFUND, ledger.REFUND_INVOICE_TEXT,
                                      [*debit, (self.acc.refund, -(net + vat), cid, refund.idx, None, "")],
                                      invoice_idx=refund.idx, desc_invoice=refund.idx)
        if o.cutoff_mode == "paid_out" and cut + dt.timedelta(days=3) <= today:
            paid_out = cut + dt.timedelta(days=3 + int(r() * min(20, (today - cut).days - 2)))
            refund.status = InvoiceStatus.PAID_OUT
            refund.paid_out_date = paid_out
            refund.paid_out_iban = c.iban or _finnish_iban("5", r)
            self.voucher(paid_out, VoucherKind.REFUND_PAYOUT, ledger.REFUND_PAID_OUT_TEXT, [
                (self.acc.refund, net + vat, cid, refund.idx, None, ""),
                (self.acc.bank, -(net + vat), None, None, None, ""),
            ], invoice_idx=refund.idx, desc_invoice=refund.idx)


class _DefaultList(dict):  # type: ignore[type-arg]
    def __missing__(self, key: int) -> list[tuple[dt.date, int]]:
        value: list[tuple[dt.date, int]] = []
        self[key] = value
        return value


def day_(days: int) -> dt.timedelta:
    return dt.timedelta(days=days)


def _next_id(session: Session, model: type[Any]) -> int:
    return int(session.scalar(select(func.coalesce(func.max(model.id), 0))) or 0) + 1


# --- writing ------------------------------------------------------------------------------------

_CUSTOMER_COLUMNS = (
    "id", "customer_number", "kind", "first_name", "last_name", "company_name", "contact_person", "name",
    "search_name", "street", "postal_code", "city", "country", "email", "email_folded", "phone", "phone_digits",
    "language", "billing_channel", "einvoice_address", "einvoice_operator", "business_id", "iban", "bic",
    "payment_term_days", "no_reminders", "created_at", "updated_at", "version",
)
_ORDER_COLUMNS = (
    "id", "order_number", "customer_id", "recipient_id", "product_id", "quantity", "unit_price_cents",
    "billing_schedule", "period_start", "period_end", "billed_until", "deliveries_total", "sales_channel",
    "payment_method", "status", "cutoff_date", "cutoff_reason_id", "cancelled_at", "refunded_at", "refund_reason",
    "refund_message", "refund_expected_date", "note", "created_at", "version",
)
_RUN_COLUMNS = ("id", "batch_id", "kind", "until_date", "invoice_date", "one_invoice_per_order", "started_at",
                "finished_at", "created_by", "invoices_created", "requests_skipped", "total_cents", "summary_json")
_INVOICE_COLUMNS = (
    "id", "number", "kind", "customer_id", "order_id", "billing_run_id", "parent_invoice_id", "reminder_level",
    "invoice_date", "due_date", "reference", "channel", "language", "net_cents", "vat_cents", "total_cents",
    "balance_applied_cents", "paid_cents", "status", "no_reminders", "paid_out_date", "paid_out_iban", "message",
    "internal_note", "sent_at", "created_at",
)
_REQUEST_COLUMNS = ("id", "order_id", "customer_id", "kind", "period_start", "period_end", "bill_date", "quantity",
                    "unit_price_cents", "status", "invoice_id", "billing_run_id")
_LINE_COLUMNS = ("invoice_id", "line_no", "kind", "order_id", "product_id", "billing_request_id", "description",
                 "period_start", "period_end", "quantity", "unit_price_cents", "net_cents", "vat_rate_bp",
                 "vat_cents", "gross_cents")
_IMPORT_COLUMNS = ("id", "file_name", "file_sha256", "imported_at", "payments")
_PAYMENT_COLUMNS = ("id", "bank_ref", "import_id", "source", "amount_cents", "currency", "booking_date", "value_date",
                    "reference", "payer_name", "message", "customer_id", "status", "unallocated_cents",
                    "handling_reason", "created_at")
_VOUCHER_COLUMNS = ("id", "number", "voucher_date", "kind", "description", "description_values", "invoice_id",
                    "payment_id", "settlement_state", "created_at")
_POSTING_COLUMNS = ("voucher_id", "line_no", "account_id", "amount_cents", "customer_id", "invoice_id",
                    "vat_rate_bp", "description", "description_values")
_REMINDER_VALUES = '{"level":%d,"number":%d,"invoice":%d}'  # ledger.REMINDER_VOUCHER_TEXT's values
_SETTLEMENT_COLUMNS = ("invoice_id", "payment_id", "amount_cents", "settled_on", "voucher_id", "created_at")


class _Writer:
    """Bulk inserts in chunks inside the caller's transaction, reporting progress by rows."""

    def __init__(self, session: Session, total_rows: int, report: Callable[[int, int], None]) -> None:
        self.w = BulkWriter(session)
        self.total = max(1, total_rows)
        self.done = 0
        self.report = report

    def insert(self, model: type[Any], columns: Sequence[str], rows: Sequence[tuple[Any, ...]]) -> None:
        table = table_of(model)
        for i in range(0, len(rows), _CHUNK):
            part = rows[i:i + _CHUNK]
            self.w.insert(table, columns, part)
            self.done += len(part)
            self.report(self.done, self.total)

    def day(self) -> Callable[[Any], Any]:
        return self.w.converter(table_of(Invoice).c.invoice_date)

    def stamp(self) -> Callable[[Any], Any]:
        return self.w.converter(table_of(Invoice).c.created_at)


def _at(day: dt.date, hour: int) -> dt.datetime:
    return dt.datetime(day.year, day.month, day.day, hour, tzinfo=dt.UTC)


def _write(session: Session, g: _Generator, report: Callable[[int, int], None]) -> None:
    n_orders, n_inv, n_v = len(g.orders), len(g.invoices), len(g.vouchers)
    n_lines = sum(len(inv.lines) for inv in g.invoices)
    total_rows = (len(g.customer_rows) + len(g.token_rows) + n_orders + len(g.requests) + len(g.runs) + n_inv
                  + n_lines + len(g.import_dates) + len(g.payments) + n_v + len(g.postings) + len(g.settlements))
    w = _Writer(session, total_rows, report)
    day, stamp = w.day(), w.stamp()
    base = g.base

    first_customer = sequences.take(session, sequences.CUSTOMER, len(g.customer_rows))
    w.insert(Customer, _CUSTOMER_COLUMNS, [
        (row[0], first_customer + k, *row[2:26], stamp(row[26]), stamp(row[27]), 1)
        for k, row in enumerate(g.customer_rows)
    ])
    w.insert(CustomerSearchToken, ("token", "customer_id"), g.token_rows)

    first_order = sequences.take(session, sequences.ORDER, n_orders) if n_orders else 0
    cbase, obase = base["customer"], base["order"]
    w.insert(Order, _ORDER_COLUMNS, [
        (obase + o.idx, first_order + o.idx, cbase + o.customer.idx, o.recipient_id, o.product_id, o.quantity,
         o.price, o.schedule, day(o.start), day(o.end) if o.end else None,
         day(o.billed_until) if o.billed_until else None, g._deliveries.get(o.idx, 0), o.sales_channel, o.method,
         o.status, day(o.cutoff_date) if o.cutoff_date else None, o.cutoff_reason_id,
         stamp(_at(o.cancelled_on, 10)) if o.cancelled_on else None,
         stamp(_at(o.refunded_on, 11)) if o.refunded_on else None, o.refund_reason, o.refund_message,
         day(o.refund_expected) if o.refund_expected else None, o.note,
         stamp(_at(o.created, 9)) if o.created else stamp(_at(o.start, 9)), 1)
        for o in g.orders
    ])

    # billing runs, numbered in date order
    run_order = sorted(range(len(g.runs)), key=lambda k: (g.runs[k][0], g.runs[k][1] != BillingRunKind.SUBSCRIPTIONS))
    first_run = sequences.take(session, sequences.BILLING_RUN, len(run_order)) if run_order else 0
    rbase = base["run"]
    summary = json.dumps({"due_date": None, "cancelled": False, "skipped": []})
    w.insert(BillingRun, _RUN_COLUMNS, [
        (rbase + k, f"L{g.runs[k][0]:%Y%m%d}-{first_run + rank:04d}", g.runs[k][1],
         day(g.runs[k][0] + dt.timedelta(days=14 if g.runs[k][1] is BillingRunKind.SUBSCRIPTIONS else 0)),
         day(g.runs[k][0]), False, stamp(_at(g.runs[k][0], 8)), stamp(_at(g.runs[k][0], 8)), None,
         g.runs[k][2], 0, g.runs[k][3], summary)
        for rank, k in enumerate(run_order)
    ])

    # invoices: numbers in date order (a run numbers its invoices in customer order)
    order_of = sorted(range(n_inv), key=lambda k: (g.invoices[k].date, g.invoices[k].run is None,
                                                   g.invoices[k].run or 0, g.invoices[k].customer.idx, k))
    first_invoice = sequences.take(session, sequences.INVOICE, n_inv) if n_inv else 0
    number = [0] * n_inv
    for rank, k in enumerate(order_of):
        number[k] = first_invoice + rank
    ibase = base["invoice"]
    latest_runs = {g.run_index.get((g.sub_runs[-1], BillingRunKind.SUBSCRIPTIONS)),
                   g.run_index.get((g.ad_runs[-1], BillingRunKind.ADVERTISEMENTS))}
    invoice_rows = []
    for inv in g.invoices:
        num = number[inv.idx]
        domestic = references.create_domestic(num)
        reference = references.rf_from_domestic(domestic) if inv.customer.rf else domestic
        sent = None if inv.run in latest_runs and inv.run is not None else stamp(_at(inv.date + dt.timedelta(days=1), 7))
        invoice_rows.append((
            ibase + inv.idx, num, inv.kind, cbase + inv.customer.idx,
            obase + inv.order_idx if inv.order_idx is not None else None,
            rbase + inv.run if inv.run is not None else None,
            ibase + inv.parent_idx if inv.parent_idx is not None else None, inv.level, day(inv.date), day(inv.due),
            reference, inv.customer.channel, inv.customer.language, inv.net, inv.vat, inv.total, inv.applied,
            inv.paid, inv.status, inv.no_reminders, day(inv.paid_out_date) if inv.paid_out_date else None,
            inv.paid_out_iban, inv.message, inv.note, sent, stamp(_at(inv.date, 8)),
        ))
    w.insert(Invoice, _INVOICE_COLUMNS, invoice_rows)
    references_of = [row[10] for row in invoice_rows]
    del invoice_rows

    invoice_of_line: dict[int, int] = {}
    line_rows = []
    for inv in g.invoices:
        iid = ibase + inv.idx
        n = 0
        for ln, vat in inv.lines:
            n += 1
            o = ln.order
            if ln.request_id:
                invoice_of_line[ln.request_id] = iid
            line_rows.append((iid, n, LineKind.ITEM, obase + o.idx, o.product_id, ln.request_id or None,
                              o.product.name, day(ln.period_start), day(ln.period_end),
                              o.quantity if ln.request_id else 1, o.price if ln.request_id else ln.net,
                              ln.net, ln.rate, vat, ln.net + vat))
        if inv.kind is InvoiceKind.REMINDER:
            lang = inv.customer.language if inv.customer.language in _FEE_TEXT else "fi"
            n += 1
            line_rows.append((iid, n, LineKind.FEE, None, None, None, _FEE_TEXT[lang], None, None, 1, inv.fee,
                              inv.fee, 0, 0, inv.fee))
            interest = inv.net - inv.fee
            if interest:
                n += 1
                line_rows.append((iid, n, LineKind.INTEREST, None, None, None, _INTEREST_TEXT[lang],
                                  day(inv.interest_from), day(inv.date), 1, interest, interest, 0, 0, interest))
        if inv.applied:
            n += 1
            line_rows.append((iid, n, LineKind.BALANCE, None, None, None, "Credit balance applied", None, None, 1,
                              -inv.applied, -inv.applied, 0, 0, -inv.applied))
    request_rows = [
        (rid, obase + oi, cbase + ci, kind, day(ps), day(pe), day(ps), q, price, status,
         invoice_of_line.get(rid), rbase + run if run is not None else None)
        for rid, oi, ci, kind, ps, pe, q, price, status, run, _ln in g.requests
    ]
    w.insert(BillingRequest, _REQUEST_COLUMNS, request_rows)
    del request_rows
    w.insert(InvoiceLine, _LINE_COLUMNS, line_rows)
    del line_rows

    w.insert(PaymentImport, _IMPORT_COLUMNS, [
        (import_id, f"camt054_{d:%Y%m%d}.xml", hashlib.sha256(f"demo:{g.seed}:{d}".encode()).hexdigest(),
         stamp(_at(d, 6)), 0)
        for d, import_id in sorted(g.import_dates.items(), key=lambda kv: kv[1])
    ])
    w.insert(Payment, _PAYMENT_COLUMNS, [
        (pid, ref, imp, src, amount, "EUR", day(booked), day(valued),
         references_of[inv_ref] if inv_ref is not None else "", payer, message, cid, status,
         unallocated, handling, stamp(_at(booked, 6)))
        for (pid, ref, imp, src, amount, booked, valued, inv_ref, payer, message, cid, status, unallocated,
             handling, _v) in g.payments
    ])

    # vouchers: numbers in date order
    v_order = sorted(range(n_v), key=lambda k: (g.vouchers[k][0], k))
    first_voucher = sequences.take(session, sequences.VOUCHER, n_v) if n_v else 0
    vnumber = [0] * n_v
    for rank, k in enumerate(v_order):
        vnumber[k] = first_voucher + rank
    vbase = base["voucher"]
    none = SettlementState.NONE
    voucher_rows = []
    number_values = ledger.number_values
    for k, (vday, kind, desc, inv_idx, payment_id) in enumerate(g.vouchers):
        d_inv = g.voucher_invoice_desc[k]
        values = g.voucher_values[k]
        if values.__class__ is tuple:
            values = _REMINDER_VALUES % (values[0], number[d_inv], number[values[1]])
        elif d_inv >= 0:
            values = number_values(number[d_inv])
        elif values is None:
            values = "{}"  # a template without values
        voucher_rows.append((vbase + k, vnumber[k], day(vday), kind, desc, values,
                             ibase + inv_idx if inv_idx is not None else None, payment_id, none,
                             stamp(_at(vday, 9))))
    w.insert(Voucher, _VOUCHER_COLUMNS, voucher_rows)
    del voucher_rows
    invoice_text = ledger.INVOICE_TEXT
    w.insert(Posting, _POSTING_COLUMNS, [
        (vbase + v, n, account, amount, cid, ibase + inv if inv is not None else None, rate,
         invoice_text if desc.__class__ is int else desc,
         number_values(number[desc]) if desc.__class__ is int else None)
        for v, n, account, amount, cid, inv, rate, desc in g.postings
    ])
    w.insert(Settlement, _SETTLEMENT_COLUMNS, [
        (ibase + inv, pid, amount, day(sday), vbase + v, stamp(_at(sday, 9)))
        for inv, pid, amount, sday, v in g.settlements
    ])
    # the links back from invoices and payments to their vouchers (the vouchers now exist)
    w.w.update(table_of(Invoice), "voucher_id", [(vbase + inv.voucher, ibase + inv.idx)
                                                 for inv in g.invoices if inv.voucher is not None])
    w.w.update(table_of(Payment), "voucher_id", [(vbase + p[14], p[0]) for p in g.payments])
    w.w.execute_many("UPDATE payment_imports SET payments = ? WHERE id = ?", [
        (count, import_id) for import_id, count in _count_by_import(g.payments).items()])
    for name, nxt in ((sequences.CUSTOMER, first_customer + len(g.customer_rows)),
                      (sequences.ORDER, first_order + n_orders), (sequences.INVOICE, first_invoice + n_inv),
                      (sequences.VOUCHER, first_voucher + n_v), (sequences.BILLING_RUN, first_run + len(g.runs))):
        sequences.ensure_at_least(session, name, nxt)


def _count_by_import(payments: Sequence[tuple[Any, ...]]) -> dict[int, int]:
    counts: dict[int, int] = {}
    for p in payments:
        if p[2] is not None:
            counts[p[2]] = counts.get(p[2], 0) + 1
    return counts


def _ensure_products(session: Session, g: _Generator) -> int:
    existing = dict(session.execute(select(Product.code, Product.id)).all())
    new = 0
    for p in _PRODUCTS:
        if p.code not in existing:
            product = Product(code=p.code, name=p.name, kind=p.kind, vat_class=p.vat_class, price_cents=p.price_cents,
                              billing_schedule=p.schedule, deliveries_per_period=p.deliveries,
                              revenue_account_id=g.revenue_by_number[p.account], active=True)
            session.add(product)
            session.flush()
            existing[p.code] = product.id
            new += 1
    g.products = {p.code: (p, existing[p.code]) for p in _PRODUCTS}
    return new


def _check_dates(session: Session, g: _Generator) -> None:
    """Make the fiscal years the history needs; every voucher date must be postable (else the ledger's error)."""
    dates = sorted({v[0] for v in g.vouchers})
    if not dates:
        return
    for year in range(dates[0].year, g.today.year + 2):
        setup.ensure_fiscal_year(session, year)
    session.flush()
    first_of_month: dict[tuple[int, int], dt.date] = {}
    for d in dates:
        first_of_month.setdefault((d.year, d.month), d)
    for d in first_of_month.values():  # periods are months: one date of each month tells its state
        ledger.check_postable(session, d)


def _reset_pg_sequences(session: Session) -> None:
    """PostgreSQL: move the id sequences past the ids written here."""
    if session.get_bind().dialect.name != "postgresql":
        return
    for table in ("customers", "orders", "billing_requests", "billing_runs", "invoices", "payments",
                  "payment_imports", "vouchers"):
        session.execute(text(
            f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
            f"(SELECT coalesce(max(id), 0) + 1 FROM {table}), false)"))


def generate_demo_data(database: Any, customers: int, *, seed: int = 1, today: dt.date,
                       progress: Progress | None = None) -> DemoSummary:
    """Fill an empty database with ``customers`` realistic Finnish customers and their history up to ``today``.

    Refuses (``DemoDataRefused``) a database that already has customers; all or nothing (one
    transaction). ``progress(done, total)`` is called every chunk; ``total`` is fixed at the start.
    """
    if isinstance(customers, bool) or not isinstance(customers, int) or not 1 <= customers <= MAX_CUSTOMERS:
        raise DemoSizeInvalid(maximum=f"{MAX_CUSTOMERS:,}".replace(",", " "))
    started = time.perf_counter()
    total_units = 2 * customers

    def report(done: int, total: int) -> None:
        if progress is not None:
            progress(done, total)

    with without_cyclic_gc(), database.engine.connect() as conn:
        fast_sqlite = conn.dialect.name == "sqlite"
        if fast_sqlite:
            _bulk_load_pragmas(conn, on=True)
        try:
            with Session(bind=conn, expire_on_commit=False) as session:
                g = _load(session, customers, seed, today, fast_sqlite, started, report, total_units)
            # Let go of the millions of generated rows while the collector is still paused: reference
            # counting frees them; left alive, the first collection after the pause walks them all (~1 s).
            counts = _summary(g, 0.0)
            del g
        finally:
            if fast_sqlite:
                conn.rollback()  # nothing left open (after a commit this does nothing)
                _bulk_load_pragmas(conn, on=False)
    if database.engine.dialect.name == "postgresql":
        # Set the visibility map and the planner's statistics now, not whenever autovacuum comes by:
        # until then every index scan also reads the table (the two-word name search: 100 ms → 5 ms).
        with database.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.exec_driver_sql("VACUUM (ANALYZE)")
    report(total_units, total_units)
    return replace(counts, seconds=round(time.perf_counter() - started, 3))


def _bulk_load_pragmas(conn: Any, *, on: bool) -> None:
    """SQLite settings for filling an empty file in one transaction, and back to the app's own.

    Foreign keys are not looked up row by row: the generator makes every reference from the ids it
    hands out, and ``tests/integration/test_demo_data.py`` runs ``PRAGMA foreign_key_check`` over
    demo databases with every scenario. The rollback journal stays in memory and nothing is fsynced
    until the end (the WAL would write every page twice). These pragmas take effect only outside a
    transaction.
    """
    pragmas = (("foreign_keys", "OFF"), ("journal_mode", "MEMORY"), ("synchronous", "OFF"),
               ("cache_size", "-1048576")) if on else (
        ("journal_mode", "WAL"), ("synchronous", "NORMAL"), ("foreign_keys", "ON"), ("cache_size", "-2000"))
    for name, value in pragmas:
        conn.exec_driver_sql(f"PRAGMA {name} = {value}")
    conn.commit()


def _load(session: Session, customers: int, seed: int, today: dt.date, fast_sqlite: bool, started: float,
          report: Callable[[int, int], None], total_units: int) -> _Generator:
    existing = int(session.scalar(select(func.count()).select_from(Customer)) or 0)
    if existing:
        raise DemoDataRefused(customers=existing)
    g = _Generator(session, customers, seed, today)
    _ensure_products(session, g)
    report(0, total_units)
    g.build(lambda done: report(done, total_units))
    _check_dates(session, g)
    dropped = _drop_sqlite_indexes(session) if fast_sqlite else []
    _write(session, g, lambda done, total: report(customers + customers * done // total, total_units))
    for ddl in dropped:  # one sort per index instead of a B-tree insert per row; same transaction
        session.execute(text(ddl))
    _reset_pg_sequences(session)
    summary = _summary(g, time.perf_counter() - started)
    audit.record(session, DEMO_ACTOR, "demo_data.created", "database", None,
                 after={"seed": seed, "today": today, **{k: v for k, v in summary.as_dict().items()
                                                         if k != "seconds"}})
    session.commit()
    return g


def _drop_sqlite_indexes(session: Session) -> list[str]:
    """Drop the secondary indexes of an empty SQLite database before the bulk load; their DDL to rebuild.

    SQLite's DDL is transactional: if anything fails, the rollback brings the indexes back too.
    """
    rows = session.execute(text(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL")).all()
    for name, _sql in rows:
        session.execute(text(f'DROP INDEX "{name}"'))
    return [sql for _name, sql in rows]


def _summary(g: _Generator, seconds: float) -> DemoSummary:
    return DemoSummary(
        customers=len(g.customer_rows), companies=g.companies, search_tokens=len(g.token_rows),
        products=len(_PRODUCTS), orders=len(g.orders), billing_requests=len(g.requests),
        pending_billing_requests=g.pending, erroneous_billing_requests=g.erroneous, billing_runs=len(g.runs),
        invoices=len(g.invoices), invoice_lines=sum(len(i.lines) + (1 if i.applied else 0) for i in g.invoices),
        payments=len(g.payments), settlements=len(g.settlements), vouchers=len(g.vouchers),
        postings=len(g.postings), customers_with_balance=sum(1 for b in g.balances.values() if b > 0), seconds=round(seconds, 3),
    )


def create_demo_database(customers: int = 3000, *, seed: int = 1, today: dt.date) -> str:
    """A fresh SQLite demo database in a new temporary folder, migrated and filled; returns its URL."""
    from desktop_app.bootstrap import open_database

    folder = Path(tempfile.mkdtemp(prefix="reskontra-demo-"))
    url = f"sqlite:///{folder / 'reskontra-demo.sqlite'}"
    database = open_database(url)
    try:
        generate_demo_data(database, customers, seed=seed, today=today)
    finally:
        database.dispose()
    return url


# --- a practice bank file ------------------------------------------------------------------------

def practice_bank_file(session: Session, booked_on: dt.date, count: int = 40) -> bytes:
    """A camt.054 file as the bank would send it today, paying some of the open invoices: most exactly,
    a few partly, one too much, one with the RF form of its reference, one zero-padded, one with a
    reference that matches nothing. For practising W10 on a demo (or training) database."""
    from desktop_app.services.payments import camt054

    open_ = Invoice.total_cents - Invoice.balance_applied_cents - Invoice.paid_cents
    rows = session.execute(
        select(Invoice.reference, open_.label("open"), Customer.name)
        .join(Customer, Customer.id == Invoice.customer_id)
        .where(Invoice.status == InvoiceStatus.OPEN, Invoice.kind.in_((InvoiceKind.INVOICE, InvoiceKind.AD_INVOICE)),
               open_ > 0,
               Invoice.invoice_date <= booked_on)
        .order_by(Invoice.due_date.desc(), Invoice.id).limit(count)).all()
    pays: list[tuple[int, str, str, str]] = []
    for k, (reference, amount, name) in enumerate(rows):
        payer = name.upper()[:70]
        if k % 13 == 5:
            amount = max(100, amount // 2)  # partial
        elif k % 17 == 7:
            amount += 1000  # ten euros too much
        if k % 11 == 3 and not reference.startswith("RF"):
            reference = references.rf_from_domestic(reference)
        pays.append((int(amount), reference, payer, ""))
    pays.append((2500, references.create_domestic(987654321), "TUNTEMATON MAKSAJA", "Lahjoitus"))
    entries = [camt054.OutgoingEntry(f"PRACTICE-{booked_on:%Y%m%d}-{i:04d}", booked_on, tuple(pays[i:i + 4]),
                                     pad_reference=i % 8 == 0)
               for i in range(0, len(pays), 4)]
    from desktop_app.services.foundation import settings

    return camt054.write_camt054(entries, message_id=f"PRACTICE-{booked_on:%Y%m%d}-{len(pays)}",
                                 account_iban=str(settings.get(session, "company.iban")),  # the bank's file is ours
                                 created_at=dt.datetime.combine(booked_on, dt.time(6, 0), tzinfo=dt.UTC))
