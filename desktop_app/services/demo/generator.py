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

The generator is built in layers, each a module of this package: ``state`` (the accumulated rows,
lookups, vouchers) < ``invoicing`` (invoices, payments, reminders) < ``orders`` (orders and their
billing requests) < ``generator`` (customers: names, addresses, contact details), and
``writer`` stores the result; ``load`` runs it all on a database.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Callable

from desktop_app.models.enums import Channel, CustomerKind
from desktop_app.services.demo.orders import _Orders
from desktop_app.services.demo.state import _ascii_local, _Customer, _finnish_iban, ytunnus_check_digit
from desktop_app.services.demo.tables import (
    _BANKS,
    _COVERAGE_SCENARIOS,
    _EMAIL_DOMAINS,
    _EN_FIRST,
    _EN_LAST,
    _ERROR_SCENARIOS,
    _FI_FIRST,
    _FI_INDUSTRIES,
    _FI_LAST,
    _FI_STREETS,
    _LANDLINE,
    _MOBILE,
    _OPERATORS,
    _PLACES,
    _SV_FIRST,
    _SV_INDUSTRIES,
    _SV_LAST,
    _SV_STREETS,
)
from desktop_app.services.foundation import text as text_service


class _Generator(_Orders):
    """Simulates the whole history in memory; ``writer.write`` then stores it with bulk inserts."""

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
