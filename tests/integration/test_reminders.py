"""Payment reminders #1 and #2 and the transfer to collection (SPEC W3), on SQLite and PostgreSQL."""

from __future__ import annotations

import csv
import datetime as dt
import io
import shutil
import subprocess
import threading
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from lxml import etree
from openpyxl import load_workbook
from sqlalchemy import func, select, update

from desktop_app.bootstrap import Database, open_database
from desktop_app.models import AuditEvent, Invoice, InvoiceLine, NumberSequence, Order, Posting, Voucher
from desktop_app.models.enums import (
    Channel,
    CustomerKind,
    InvoiceKind,
    InvoiceStatus,
    LineKind,
    OrderStatus,
    PeriodState,
    Role,
    VoucherKind,
)
from desktop_app.services import billing, ledger, reminders, sending
from desktop_app.services.billing.requests import fetch_billing_requests
from desktop_app.services.documents import invoices, references
from desktop_app.services.documents.finvoice import finvoice_xml
from desktop_app.services.foundation import settings as settings_service
from desktop_app.services.foundation.errors import NotFound
from desktop_app.services.foundation.setup import ensure_user
from desktop_app.services.foundation.uow import Actor
from desktop_app.services.ledger import checks, periods
from tests.integration import billing_support as w
from tests.integration.reminder_support import send_letters
from tests.support_data import DATA

D = dt.date
DAY = dt.timedelta(days=1)
TODAY = D(2026, 11, 24)
BILLED_ON = D(2026, 10, 1)
FINVOICE_XSD = DATA / "finvoice" / "Finvoice3.0.xsd"

_EXTRA = ("price", "due", "customer_no_reminders", "invoice_no_reminders", "cut_off", "balance", "paid_by_balance")


def bill(db: Database, actor: Actor, specs: list[dict[str, Any]]) -> dict[str, int]:
    """One yearly order per customer billed on 1.10.2026; then each invoice's due date (``due``,
    invoice date 14 days before) and flags are set as the spec says. Returns customer name -> invoice id.

    ``price`` net cents (10 % VAT; default 49,90 € -> 54,89 €), ``balance`` credit balance given after
    billing (cents), ``paid_by_balance`` a balance given before billing, so the invoice is paid.
    """
    with db.session_factory() as s:
        products: dict[int, Any] = {}
        by_name: dict[str, Any] = {}
        for spec in specs:
            price = spec.get("price", 4990)
            if price not in products:
                products[price] = s.scalar(select(w.Product).where(w.Product.code == f"P{price}")) or w.product(
                    s, f"P{price}", price_cents=price, name="Aikakauslehti")
            c = w.customer(s, **{k: v for k, v in spec.items() if k not in _EXTRA})
            if spec.get("paid_by_balance"):
                w.give_balance(s, actor, c, 100000, D(2026, 9, 1))
            w.order(s, c, products[price], start=BILLED_ON)
            by_name[spec["name"]] = c
        s.commit()
        fetch_billing_requests(s, actor, BILLED_ON)
        s.commit()
    billing.run_billing(db.session_factory, actor, until=BILLED_ON, invoice_date=BILLED_ON, preview=False)
    ids: dict[str, int] = {}
    with db.session_factory() as s:
        for spec in specs:
            c = by_name[spec["name"]]
            iid = s.scalar(select(Invoice.id).where(Invoice.customer_id == c.id))
            assert iid is not None
            ids[spec["name"]] = iid
            values: dict[str, Any] = {}
            if "due" in spec:
                values.update(due_date=spec["due"], invoice_date=spec["due"] - 14 * DAY)
            if spec.get("invoice_no_reminders"):
                values["no_reminders"] = True
            if values:
                s.execute(update(Invoice).where(Invoice.id == iid).values(**values))
            if spec.get("customer_no_reminders"):
                s.execute(update(w.Customer).where(w.Customer.id == c.id).values(no_reminders=True))
            if spec.get("cut_off"):
                s.execute(update(Order).where(Order.customer_id == c.id).values(status=OrderStatus.CUT_OFF))
            if spec.get("balance"):
                w.give_balance(s, actor, c, spec["balance"], D(2026, 10, 2))
        s.commit()
    return ids


def set_settings(db: Database, accountant: Actor, **values: str) -> None:
    with db.session_factory() as s:
        for key, value in values.items():
            settings_service.set_value(s, accountant, f"reminders.{key}", value)
        s.commit()


def by_invoice(items: list[reminders.Candidate], ids: dict[str, int]) -> dict[str, reminders.Candidate]:
    names = {iid: name for name, iid in ids.items()}
    return {names[c.invoice_id]: c for c in items if c.invoice_id in names}


def remind(db: Database, actor: Actor, level: int, ids: list[int], today: dt.date, **kw: Any) -> reminders.ReminderRunResult:
    return reminders.create_reminders(db.session_factory, actor, level, ids, today, **kw)


def books_clean(db: Database) -> None:
    """check-ledger finds nothing, and the billing tests' own invariants hold for every invoice.

    (``ledger_problems`` counts ITEM lines only and wants a voucher on every invoice: a reminder has
    FEE/INTEREST lines, and one without fee or interest has total 0 and no voucher.)
    """
    with db.session_factory() as s:
        assert [v.message for v in checks.check_ledger(s)] == []
        reminder_numbers = set(s.scalars(select(Invoice.number).where(Invoice.kind == InvoiceKind.REMINDER)))
        not_for_reminders = (": lines ", ": no voucher")
        problems = [p for p in w.ledger_problems(s)
                    if not (any(p.startswith(f"invoice {n}:") for n in reminder_numbers)
                            and any(x in p for x in not_for_reminders))]
        assert problems == []
        for r in s.scalars(select(Invoice).where(Invoice.kind == InvoiceKind.REMINDER)):
            gross = s.scalar(select(func.coalesce(func.sum(InvoiceLine.gross_cents), 0))
                             .where(InvoiceLine.invoice_id == r.id))
            assert gross == r.total_cents == r.net_cents and r.vat_cents == 0
            assert (r.voucher_id is None) == (r.total_cents == 0)


def counts(db: Database) -> tuple[int, ...]:
    with db.session_factory() as s:
        return tuple(s.scalar(select(func.count()).select_from(t)) or 0
                     for t in (Invoice, InvoiceLine, Voucher, Posting, AuditEvent)) + (
            s.scalar(select(NumberSequence.next_value).where(NumberSequence.name == "invoice")) or 0,)


# --- candidates -------------------------------------------------------------------------------------

def test_level1_lists_the_eligible_and_says_why_each_other_overdue_invoice_is_not(db: Database, clerk: Actor) -> None:
    ids = bill(db, clerk, [
        {"name": "Aho Anna", "due": TODAY - 20 * DAY},
        {"name": "Berg Bo", "due": TODAY - 10 * DAY},
        {"name": "Kielto Kalle", "due": TODAY - 20 * DAY, "customer_no_reminders": True},
        {"name": "Lasku Liisa", "due": TODAY - 20 * DAY, "invoice_no_reminders": True},
        {"name": "Katko Keijo", "due": TODAY - 20 * DAY, "cut_off": True},
        {"name": "Saldo Sanna", "due": TODAY - 20 * DAY, "balance": 6000},
        {"name": "Vähän Saldoa", "due": TODAY - 20 * DAY, "balance": 1000},
        {"name": "Muistettu Matti", "due": TODAY - 30 * DAY},
        {"name": "Yritys Oy", "due": TODAY - 20 * DAY, "kind": CustomerKind.COMPANY},
        {"name": "Tuleva Tuula", "due": TODAY + 3 * DAY},
        {"name": "Maksettu Maija", "due": TODAY - 20 * DAY, "paid_by_balance": True},
    ])
    first = remind(db, clerk, 1, [ids["Muistettu Matti"]], TODAY - 5 * DAY)
    assert len(first.created) == 1
    with db.session_factory() as s:
        listing = reminders.candidates(s, 1, TODAY)
    eligible = by_invoice(listing.eligible, ids)
    assert sorted(eligible) == ["Aho Anna", "Vähän Saldoa", "Yritys Oy"]
    aho = eligible["Aho Anna"]
    assert (aho.days_overdue, aho.open_cents, aho.fee_cents, aho.fee_reason, aho.reminder_due_date) == (
        20, 5489, 500, None, TODAY + 14 * DAY)
    assert (aho.customer_kind, aho.previous_number, aho.reason, aho.level) == (CustomerKind.PERSON, None, None, 1)
    assert eligible["Yritys Oy"].fee_cents == 1000  # the business fee of the settings
    assert listing.fee_total == Decimal("20.00")
    reasons = {name: c.reason.english() for name, c in by_invoice(listing.not_eligible, ids).items() if c.reason}
    assert reasons == {
        "Berg Bo": "Overdue 10 days; a reminder #1 is possible from 28/11/2026.",
        "Kielto Kalle": "The customer has the no-reminders flag.",
        "Lasku Liisa": "The invoice has the no-reminders flag.",
        "Katko Keijo": "The order was cut off.",
        "Saldo Sanna": "Covered by the customer's credit balance of €60.00.",
        "Muistettu Matti": f"Already reminded (#1, invoice {first.created[0].number}).",
    }
    assert len(listing.not_eligible) == 6  # not yet due and paid invoices are not listed at all
    berg = by_invoice(listing.not_eligible, ids)["Berg Bo"]
    assert berg.reason is not None and berg.reason.template == reminders.TooEarlyForReminder1.template
    assert dict(berg.reason.params) == {"days": 10, "date": D(2026, 11, 28)}
    assert berg.reason.error("fi").english() == "Overdue 10 days; a reminder #1 is possible from 28.11.2026."


def test_the_balance_covers_the_oldest_overdue_invoices_first(db: Database, clerk: Actor) -> None:
    ids = bill(db, clerk, [{"name": "Kaksi Laskua", "due": TODAY - 40 * DAY}])
    with db.session_factory() as s:  # a second invoice of the same customer, due later
        cid = s.scalar(select(Invoice.customer_id).where(Invoice.id == ids["Kaksi Laskua"]))
        product = s.scalar(select(w.Product).where(w.Product.code == "P4990"))
        customer = s.get(w.Customer, cid)
        assert product is not None and customer is not None
        w.order(s, customer, product, start=D(2026, 10, 2))
        fetch_billing_requests(s, clerk, D(2026, 10, 2))
        s.commit()
    billing.run_billing(db.session_factory, clerk, until=D(2026, 10, 2), invoice_date=D(2026, 10, 2), preview=False)
    with db.session_factory() as s:
        later = s.scalar(select(Invoice.id).where(Invoice.customer_id == cid, Invoice.id != ids["Kaksi Laskua"]))
        assert later is not None
        s.execute(update(Invoice).where(Invoice.id == later).values(due_date=TODAY - 20 * DAY))
        w.give_balance(s, clerk, customer, 6000, D(2026, 10, 3))  # covers one of the two 54,89 € invoices
        s.commit()
        listing = reminders.candidates(s, 1, TODAY)
    assert [c.invoice_id for c in listing.eligible] == [later]
    assert [c.invoice_id for c in listing.not_eligible] == [ids["Kaksi Laskua"]]
    result = remind(db, clerk, 1, [later, ids["Kaksi Laskua"]], TODAY)  # the same rule when creating
    assert [r.invoice_id for r in result.created] == [later]
    assert [c.invoice_id for c in result.not_eligible] == [ids["Kaksi Laskua"]]


def test_unknown_level_is_refused(db: Database, clerk: Actor) -> None:
    with db.session_factory() as s, pytest.raises(reminders.UnknownReminderLevel):
        reminders.candidates(s, 3, TODAY)


# --- the legal guard --------------------------------------------------------------------------------

def test_consumer_fee_only_after_more_than_14_days_and_a_reminder_can_go_without_it(
        db: Database, clerk: Actor) -> None:
    ids = bill(db, clerk, [{"name": "Neljätoista Niina", "due": TODAY - 14 * DAY},
                           {"name": "Viisitoista Ville", "due": TODAY - 15 * DAY}])
    with db.session_factory() as s:
        eligible = by_invoice(reminders.candidates(s, 1, TODAY).eligible, ids)
    n14, n15 = eligible["Neljätoista Niina"], eligible["Viisitoista Ville"]
    assert n14.fee_cents == 0 and n14.fee_reason is not None
    assert n14.fee_reason.english() == "No fee: only 14 days since the due date; more than 14 are required."
    assert (n15.fee_cents, n15.fee_reason) == (500, None)
    assert n14.interest_cents == n15.interest_cents == 0  # no reference rate for the second half of 2026 in the table
    result = remind(db, clerk, 1, list(ids.values()), TODAY)
    made = {r.invoice_id: r for r in result.created}
    assert made[ids["Neljätoista Niina"]].total_cents == 0 and made[ids["Viisitoista Ville"]].fee == Decimal("5.00")
    assert result.fee_total == Decimal("5.00")
    with db.session_factory() as s:
        free = s.get(Invoice, made[ids["Neljätoista Niina"]].reminder_id)
        paid = s.get(Invoice, made[ids["Viisitoista Ville"]].reminder_id)
        assert free is not None and paid is not None
        assert (free.total_cents, free.voucher_id, free.status) == (0, None, InvoiceStatus.PAID)
        assert s.scalar(select(func.count()).select_from(InvoiceLine).where(InvoiceLine.invoice_id == free.id)) == 0
        assert (paid.total_cents, paid.status) == (500, InvoiceStatus.OPEN) and paid.voucher_id is not None
    books_clean(db)


def test_consumer_fee_is_capped_and_every_consumer_gets_at_least_10_days(
        db: Database, clerk: Actor, accountant: Actor) -> None:
    set_settings(db, accountant, fee_consumer="8.00", days_to_pay="7")
    ids = bill(db, clerk, [{"name": "Kuluttaja Kaisa", "due": TODAY - 20 * DAY},
                           {"name": "Yritys Ab", "due": TODAY - 20 * DAY, "kind": CustomerKind.COMPANY}])
    with db.session_factory() as s:
        eligible = by_invoice(reminders.candidates(s, 1, TODAY).eligible, ids)
    consumer, business = eligible["Kuluttaja Kaisa"], eligible["Yritys Ab"]
    assert (consumer.fee_cents, consumer.reminder_due_date) == (500, TODAY + 10 * DAY)  # the legal cap 5 €
    assert (business.fee_cents, business.reminder_due_date) == (1000, TODAY + 7 * DAY)
    result = remind(db, clerk, 1, list(ids.values()), TODAY)
    with db.session_factory() as s:
        due = {r.parent_invoice_id: r.due_date for r in s.scalars(select(Invoice).where(
            Invoice.kind == InvoiceKind.REMINDER))}
    assert due == {ids["Kuluttaja Kaisa"]: TODAY + 10 * DAY, ids["Yritys Ab"]: TODAY + 7 * DAY}
    assert result.fee_total == Decimal("15.00")


def test_level2_after_reminder1s_due_date_and_the_consumer_fee_counts_from_the_last_fee(
        db: Database, clerk: Actor, accountant: Actor) -> None:
    ids = bill(db, clerk, [{"name": "Toinen Toni", "due": D(2026, 10, 15)},
                           {"name": "Ilmainen Iiris", "due": D(2026, 10, 15)},
                           {"name": "Ilman Ykköstä", "due": D(2026, 10, 15)}])
    toni, iiris = ids["Toinen Toni"], ids["Ilmainen Iiris"]
    day1 = D(2026, 10, 30)  # 15 days overdue: reminder #1 with the fee, due 13.11.
    r1 = remind(db, clerk, 1, [toni], day1).created[0]
    assert (r1.fee_cents, r1.due_date) == (500, D(2026, 11, 13))
    free1 = remind(db, clerk, 1, [iiris], D(2026, 10, 29)).created[0]  # 14 days: no fee, due 12.11.
    assert free1.fee_cents == 0

    def level2(on: dt.date) -> reminders.CandidateList:
        with db.session_factory() as s:
            return reminders.candidates(s, 2, on)

    unsent = by_invoice(level2(D(2026, 11, 20)).not_eligible, ids)["Toinen Toni"]
    assert unsent.reason is not None and unsent.reason.english() == (
        f"Reminder #1 {r1.number} has not been sent yet; #2 counts from its due date once it has gone out.")
    assert send_letters(db, clerk, [r1.reminder_id, free1.reminder_id]) == 2
    early = by_invoice(level2(D(2026, 11, 13)).not_eligible, ids)
    assert early["Toinen Toni"].reason is not None
    assert early["Toinen Toni"].reason.english() == "Reminder #1 is due only on 13/11/2026; #2 is possible from 20/11/2026."
    soon = by_invoice(level2(D(2026, 11, 15)).not_eligible, ids)
    assert soon["Toinen Toni"].reason is not None
    assert soon["Toinen Toni"].reason.english() == "Reminder #1 was due on 13/11/2026; #2 is possible from 20/11/2026."
    listing = level2(D(2026, 11, 20))
    eligible, not_eligible = by_invoice(listing.eligible, ids), by_invoice(listing.not_eligible, ids)
    second = eligible["Toinen Toni"]
    assert (second.previous_number, second.previous_date) == (r1.number, day1)
    assert (second.fee_cents, second.fee_reason) == (500, None)  # 21 days since reminder #1
    assert eligible["Ilmainen Iiris"].fee_cents == 500  # #1 had no fee: counted from the due date (36 days)
    assert not_eligible["Ilman Ykköstä"].reason is not None
    assert not_eligible["Ilman Ykköstä"].reason.english() == "No reminder #1 has been made for this invoice yet."
    r2 = remind(db, clerk, 2, [toni], D(2026, 11, 20)).created[0]
    assert (r2.level, r2.invoice_id) == (2, toni)
    again = by_invoice(level2(D(2026, 11, 21)).not_eligible, ids)["Toinen Toni"]
    assert again.reason is not None and again.reason.english() == f"Already reminded (#2, invoice {r2.number})."
    with db.session_factory() as s:
        stored = s.get(Invoice, r2.reminder_id)
        assert stored is not None and (stored.reminder_level, stored.parent_invoice_id) == (2, toni)

    # #2 possible right at #1's due date: only 14 days since the fee-bearing reminder #1, so no fee.
    set_settings(db, accountant, level2_days_after_reminder1="0")
    close = by_invoice(level2(D(2026, 11, 12)).eligible, ids)["Ilmainen Iiris"]
    assert close.fee_cents == 500  # since the due date: 28 days
    ids2 = bill(db, clerk, [{"name": "Nopea Nina", "due": D(2026, 10, 1)}])
    first = remind(db, clerk, 1, [ids2["Nopea Nina"]], D(2026, 10, 20)).created[0]  # 19 days: fee, due 3.11.
    assert (first.fee_cents, first.due_date) == (500, D(2026, 11, 3))
    send_letters(db, clerk, [first.reminder_id])
    quick = by_invoice(level2(D(2026, 11, 3)).eligible, ids2)["Nopea Nina"]
    assert quick.fee_cents == 0 and quick.fee_reason is not None
    assert quick.fee_reason.english() == "No fee: only 14 days since reminder #1; more than 14 are required."
    books_clean(db)


# --- interest, postings, documents ----------------------------------------------------------------

def test_late_interest_is_exact_to_the_cent_and_posted_with_the_fee(db: Database, clerk: Actor) -> None:
    # 15,00 € open, due 15.4.2026, reminded 27.6.2026: 73 days, all in the first half-year. Reference rate 1.1.–30.6.2026 2.5 %.
    # Consumer 2.5 + 7 = 9.5 %: 1500 c × 0.095 × 73 / 365 = 1500 × 0.019 = 28.5 c -> half up 0.29 €.
    # Business 2.5 + 8 = 10.5 %: 1500 c × 0.105 × 73 / 365 = 1500 × 0.021 = 31.5 c -> half up 0.32 €.
    # (Net 13,64 € + 10 % VAT 1,364 -> 1,36 € = 15,00 €.)
    on = D(2026, 6, 27)
    ids = bill(db, clerk, [{"name": "Korko Kerttu", "due": D(2026, 4, 15), "price": 1364},
                           {"name": "Korko Oy", "due": D(2026, 4, 15), "price": 1364, "kind": CustomerKind.COMPANY}])
    with db.session_factory() as s:
        eligible = by_invoice(reminders.candidates(s, 1, on).eligible, ids)
    consumer, business = eligible["Korko Kerttu"], eligible["Korko Oy"]
    assert (consumer.open_cents, consumer.days_overdue, consumer.interest_rate_bp, consumer.interest_cents) == (
        1500, 73, 950, 29)
    assert (business.interest_rate_bp, business.interest_cents) == (1050, 32)
    assert reminders.interest_cents([(5489, 950 * 162)]) == 231  # 5489 × 0.095 × 162 / 365 = 231.44 c
    assert reminders.interest_cents([(1500, 950 * 73)]) == 29  # 28.5 c: half up once
    assert reminders.interest_cents([(750, 950 * 73), (750, 950 * 73)]) == 29  # not 14 + 14: one rounding
    result = remind(db, clerk, 1, list(ids.values()), on)
    assert (result.fee_total, result.interest_total) == (Decimal("15.00"), Decimal("0.61"))
    made = {r.invoice_id: r for r in result.created}
    with db.session_factory() as s:
        accounts = ledger.account_map(s)
        r = s.get(Invoice, made[ids["Korko Kerttu"]].reminder_id)
        assert r is not None
        assert (r.kind, r.total_cents, r.net_cents, r.vat_cents, r.invoice_date, r.due_date) == (
            InvoiceKind.REMINDER, 529, 529, 0, on, on + 14 * DAY)
        lines = s.execute(select(InvoiceLine.kind, InvoiceLine.gross_cents, InvoiceLine.vat_rate_bp,
                                 InvoiceLine.period_start, InvoiceLine.period_end)
                          .where(InvoiceLine.invoice_id == r.id).order_by(InvoiceLine.line_no)).all()
        assert [tuple(x) for x in lines] == [(LineKind.FEE, 500, 0, None, None),
                                              (LineKind.INTEREST, 29, 0, D(2026, 4, 15), on)]
        voucher = s.get(Voucher, r.voucher_id)
        assert voucher is not None and (voucher.kind, voucher.voucher_date, voucher.invoice_id) == (
            VoucherKind.REMINDER_FEE, on, r.id)
        postings = s.execute(select(Posting.account_id, Posting.amount_cents, Posting.customer_id, Posting.invoice_id)
                             .where(Posting.voucher_id == voucher.id).order_by(Posting.line_no)).all()
        assert [tuple(p) for p in postings] == [
            (accounts.receivables, 529, r.customer_id, r.id), (accounts.reminder_fee_income, -500, None, None),
            (accounts.interest_income, -29, None, None)]
        company = s.get(Invoice, made[ids["Korko Oy"]].reminder_id)
        assert company is not None and company.total_cents == 1032
        assert ledger.customer_balance_cents(s, r.customer_id) == 0
    books_clean(db)


def test_interest_across_a_half_year_turn_uses_each_half_years_rate(db: Database, clerk: Actor,
                                                                    accountant: Actor) -> None:
    # 15,00 € open, due 15.6.2026, reminded 27.8.2026: 15 days to 30.6. (reference 2.5 %) and 58 days
    # from 1.7. Without a rate for 1.7.–31.12.2026 only the first 15 days bear interest:
    # consumer 1500 c × 9.5 % × 15 / 365 = 5.86 c -> 6 c.
    # With the rate entered as 2.0 %: consumer (15 × 950 + 58 × 900) bp-days = 66 450;
    # 1500 × 66 450 / 3 650 000 = 27.31 c -> 27 c; business (15 × 1050 + 58 × 1000) = 73 750 -> 30.31 c -> 30 c.
    from desktop_app.services.foundation import rates

    on = D(2026, 8, 27)
    ids = bill(db, clerk, [{"name": "Korko Kerttu", "due": D(2026, 6, 15), "price": 1364},
                           {"name": "Korko Oy", "due": D(2026, 6, 15), "price": 1364, "kind": CustomerKind.COMPANY}])
    with db.session_factory() as s:
        before = by_invoice(reminders.candidates(s, 1, on).eligible, ids)
        assert (before["Korko Kerttu"].interest_cents, before["Korko Kerttu"].interest_rate_bp) == (6, 950)
        rates.set_rate(s, accountant, D(2026, 7, 1), 200)
        s.commit()
    with db.session_factory() as s:
        after = by_invoice(reminders.candidates(s, 1, on).eligible, ids)
    assert (after["Korko Kerttu"].interest_cents, after["Korko Kerttu"].interest_rate_bp) == (27, 900)
    assert (after["Korko Oy"].interest_cents, after["Korko Oy"].interest_rate_bp) == (30, 1000)


def test_without_show_interest_a_reminder_has_only_the_fee(db: Database, clerk: Actor, accountant: Actor) -> None:
    set_settings(db, accountant, show_interest="false")
    ids = bill(db, clerk, [{"name": "Korko Kerttu", "due": D(2026, 6, 15)}])
    result = remind(db, clerk, 1, list(ids.values()), D(2026, 8, 27))
    assert (result.created[0].interest_cents, result.created[0].fee_cents) == (0, 500)


def test_reminder_is_numbered_referenced_and_takes_customer_channel_language_and_order(
        db: Database, clerk: Actor) -> None:
    ids = bill(db, clerk, [{"name": "Svensson Sara", "due": TODAY - 20 * DAY, "language": "sv",
                            "channel": Channel.EMAIL}])
    result = remind(db, clerk, 1, list(ids.values()), TODAY)
    made = result.created[0]
    with db.session_factory() as s:
        parent = s.get(Invoice, ids["Svensson Sara"])
        r = s.get(Invoice, made.reminder_id)
        assert parent is not None and r is not None
        assert r.number == parent.number + 1 == made.number
        assert r.reference == references.make_reference(r.number, "domestic") == made.reference
        assert (r.customer_id, r.order_id, r.parent_invoice_id, r.reminder_level) == (
            parent.customer_id, parent.order_id, parent.id, 1)
        assert (r.channel, r.language, r.created_by) == (Channel.EMAIL, "sv", clerk.user_id)
        assert s.scalar(select(InvoiceLine.description).where(InvoiceLine.invoice_id == r.id)) == "Påminnelseavgift"
        assert s.scalar(select(func.count()).select_from(AuditEvent)
                        .where(AuditEvent.action == "reminders.created")) == 1
        unsent = sending.list_unsent(s, Channel.EMAIL)
    assert [(u.number, u.kind) for u in unsent] == [(parent.number, InvoiceKind.INVOICE),
                                                    (r.number, InvoiceKind.REMINDER)]


def _pdf_text(data: bytes) -> str:
    if shutil.which("pdftotext") is None:
        return ""
    return subprocess.run(["pdftotext", "-layout", "-", "-"], input=data, capture_output=True, check=True).stdout.decode()


@pytest.mark.parametrize(("lang", "title", "costs"), [
    ("fi", "MAKSUMUISTUTUS", "Muistutusmaksu ja korko"),
    ("sv", "BETALNINGSPÅMINNELSE", "Påminnelseavgift och ränta"),
    ("en", "PAYMENT REMINDER", "Reminder fee and interest"),
])
def test_a_reminder_renders_as_pdf_and_finvoice_in_the_customers_language(
        db: Database, clerk: Actor, lang: str, title: str, costs: str) -> None:
    ids = bill(db, clerk, [{"name": "Kieli Kirsi", "due": D(2026, 4, 15), "language": lang, "channel": Channel.EINVOICE,
                            "einvoice_address": "003712345678", "einvoice_operator": "003721291126"}])
    made = remind(db, clerk, 1, list(ids.values()), D(2026, 6, 27)).created[0]
    assert made.reminder_id is not None
    with db.session_factory() as s:
        buffer = io.BytesIO()
        invoices.invoice_pdf(s, made.reminder_id, buffer, paper_form=False)
        doc = invoices.invoice_document(s, made.reminder_id)
        unsent = sending.list_unsent(s, Channel.EINVOICE)
    data = buffer.getvalue()
    assert data.startswith(b"%PDF")
    text = _pdf_text(data)
    if text:
        assert title in text and costs in text and str(made.number) in text
        # the reminder's costs: fee 5,00 + interest 5489 c × 9.5 % × 73 / 365 = 104.29 c -> 1,04
        assert ("6,04" in text or "6.04" in text) and ("60,93" in text or "60.93" in text)
    assert doc.reminder is not None and doc.total_gross == Decimal("6.04")
    assert doc.amount_to_pay == Decimal("54.89") + Decimal("6.04")
    xml = finvoice_xml(doc, seller_einvoice_address="003715728600", seller_einvoice_operator="003721291126",
                       buyer_einvoice_operator="003721291126", message_id=f"RSK-{made.number}",
                       created_at=dt.datetime(2026, 8, 27, 10, 0))
    tree = etree.fromstring(xml).getroottree()
    schema = etree.XMLSchema(etree.parse(str(FINVOICE_XSD)))
    assert schema.validate(tree), schema.error_log
    assert tree.xpath("string(//InvoiceTypeCode)") == "INV08"
    assert made.number in [u.number for u in unsent]


# --- all or nothing, never twice --------------------------------------------------------------------

def test_preview_writes_nothing_and_shows_what_the_run_makes(db: Database, clerk: Actor) -> None:
    ids = bill(db, clerk, [{"name": f"Asiakas {i}", "due": TODAY - (14 + i) * DAY} for i in range(4)])
    before = counts(db)
    preview = remind(db, clerk, 1, list(ids.values()), TODAY, preview=True)
    assert counts(db) == before
    assert preview.preview and all(r.reminder_id is None for r in preview.created)
    real = remind(db, clerk, 1, list(ids.values()), TODAY)
    assert not real.preview
    key = [(r.number, r.reference, r.invoice_id, r.fee_cents, r.interest_cents, r.due_date) for r in real.created]
    assert key == [(r.number, r.reference, r.invoice_id, r.fee_cents, r.interest_cents, r.due_date)
                   for r in preview.created]
    assert preview.fee_total == real.fee_total == Decimal("15.00")  # 14 days: no fee; 15, 16, 17 days: 5 € each
    books_clean(db)


def test_creating_twice_reminds_nobody_twice(db: Database, clerk: Actor) -> None:
    ids = bill(db, clerk, [{"name": "Kerran Kaija", "due": TODAY - 20 * DAY}])
    first = remind(db, clerk, 1, list(ids.values()), TODAY)
    second = remind(db, clerk, 1, list(ids.values()), TODAY)
    assert len(first.created) == 1 and second.created == ()
    assert [c.reason.english() for c in second.not_eligible if c.reason] == [
        f"Already reminded (#1, invoice {first.created[0].number})."]
    with db.session_factory() as s:
        assert s.scalar(select(func.count()).select_from(Invoice).where(Invoice.kind == InvoiceKind.REMINDER)) == 1


def test_selected_invoices_no_longer_open_come_back_with_a_reason(db: Database, clerk: Actor) -> None:
    ids = bill(db, clerk, [{"name": "Maksettu Maija", "due": TODAY - 20 * DAY, "paid_by_balance": True},
                           {"name": "Avoin Aino", "due": TODAY + 2 * DAY}])
    result = remind(db, clerk, 1, list(ids.values()), TODAY)
    assert result.created == ()
    got = {name: c.reason.english() for name, c in by_invoice(list(result.not_eligible), ids).items() if c.reason}
    assert got == {"Maksettu Maija": "The invoice is not open any more.",
                   "Avoin Aino": "The invoice is due only on 26/11/2026; a reminder #1 is possible from 10/12/2026."}
    with pytest.raises(NotFound):
        remind(db, clerk, 1, [999999], TODAY)


def test_cancel_writes_nothing_and_progress_counts_chunks(db: Database, clerk: Actor) -> None:
    ids = bill(db, clerk, [{"name": f"Asiakas {i}", "due": TODAY - 20 * DAY} for i in range(5)])
    before = counts(db)
    calls: list[int] = []

    def cancel_second() -> bool:
        calls.append(1)
        return len(calls) == 2

    result = remind(db, clerk, 1, list(ids.values()), TODAY, chunk_size=2, cancel=cancel_second)
    assert result.cancelled and result.created == () and counts(db) == before
    seen: list[tuple[int, int]] = []
    done = remind(db, clerk, 1, list(ids.values()), TODAY, chunk_size=2, progress=lambda d, t: seen.append((d, t)))
    assert seen == [(2, 5), (4, 5), (5, 5)] and len(done.created) == 5
    books_clean(db)


def test_a_closed_posting_period_refuses_with_the_ledgers_error_and_writes_nothing(
        db: Database, clerk: Actor, accountant: Actor) -> None:
    ids = bill(db, clerk, [{"name": "Suljettu Saku", "due": TODAY - 20 * DAY}])
    with db.session_factory() as s:
        periods.set_period_state(s, accountant, TODAY, PeriodState.CLOSED)
        s.commit()
    before = counts(db)
    with pytest.raises(ledger.PeriodNotOpen):
        remind(db, clerk, 1, list(ids.values()), TODAY)
    assert counts(db) == before


def test_two_desks_at_once_remind_each_invoice_once(database_url: str) -> None:
    """Both clerks select the same candidates and press Create at the same moment."""
    desks = [open_database(database_url) for _ in range(2)]
    try:
        actor = ensure_user(desks[0].session_factory, "kalle.clerk", Role.CLERK)
        ids = bill(desks[0], actor, [{"name": f"Asiakas {i:02d}", "due": TODAY - 20 * DAY} for i in range(30)])
        barrier = threading.Barrier(2)
        results: list[reminders.ReminderRunResult] = []
        failures: list[BaseException] = []

        def desk(db: Database) -> None:
            try:
                barrier.wait()
                results.append(remind(db, actor, 1, list(ids.values()), TODAY, chunk_size=4))
            except BaseException as exc:  # noqa: BLE001 - reported below
                failures.append(exc)

        threads = [threading.Thread(target=desk, args=(db,)) for db in desks]
        for t in threads:
            t.start()
        for t in threads:
            t.join(120)
        assert failures == []
        assert sorted(len(r.created) for r in results) == [0, 30]
        loser = next(r for r in results if not r.created)
        assert {c.reason.template for c in loser.not_eligible if c.reason} == {reminders.AlreadyReminded.template}
        with desks[0].session_factory() as s:
            per_parent = s.execute(select(Invoice.parent_invoice_id, func.count()).where(
                Invoice.kind == InvoiceKind.REMINDER).group_by(Invoice.parent_invoice_id)).all()
        assert sorted(p for p, _n in per_parent) == sorted(ids.values()) and all(n == 1 for _p, n in per_parent)
        books_clean(desks[0])
    finally:
        for db in desks:
            db.dispose()


@pytest.mark.postgres
def test_two_desks_with_overlapping_selections_on_postgresql(pg_url: str) -> None:
    """Desk A takes the first 20 candidates, desk B the last 20 (in reverse): the 10 in both are reminded once."""
    desks = [open_database(pg_url) for _ in range(2)]
    try:
        actor = ensure_user(desks[0].session_factory, "kalle.clerk", Role.CLERK)
        ids = sorted(bill(desks[0], actor, [{"name": f"Asiakas {i:02d}", "due": TODAY - 20 * DAY}
                                            for i in range(30)]).values())
        selections = [ids[:20], list(reversed(ids[10:]))]
        barrier = threading.Barrier(2)
        results: list[reminders.ReminderRunResult] = []

        def desk(db: Database, selection: list[int]) -> None:
            barrier.wait()
            results.append(remind(db, actor, 1, selection, TODAY, chunk_size=3))

        threads = [threading.Thread(target=desk, args=args) for args in zip(desks, selections, strict=True)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(120)
        assert len(results) == 2
        assert sum(len(r.created) for r in results) == 30
        assert sum(len(r.not_eligible) for r in results) == 10
        with desks[0].session_factory() as s:
            parents = list(s.scalars(select(Invoice.parent_invoice_id).where(Invoice.kind == InvoiceKind.REMINDER)))
            numbers = list(s.scalars(select(Invoice.number)))
        assert sorted(p for p in parents if p is not None) == ids
        assert len(set(numbers)) == len(numbers)
        books_clean(desks[0])
    finally:
        for db in desks:
            db.dispose()


# --- collection --------------------------------------------------------------------------------------

def _through_reminder2(db: Database, clerk: Actor, names: list[str], *, send2: bool = True) -> dict[str, int]:
    ids = bill(db, clerk, [{"name": n, "due": D(2026, 10, 1)} for n in names])
    first = remind(db, clerk, 1, list(ids.values()), D(2026, 10, 20))  # due 3.11.
    send_letters(db, clerk, [r.reminder_id for r in first.created if r.reminder_id is not None])
    made = remind(db, clerk, 2, list(ids.values()), D(2026, 11, 10))  # due 24.11.
    assert len(made.created) == len(names)
    if send2:
        send_letters(db, clerk, [r.reminder_id for r in made.created if r.reminder_id is not None])
    return ids


def test_an_invoice_whose_reminder2_never_went_out_is_not_transferred_to_collection(
        db: Database, clerk: Actor) -> None:
    ids = _through_reminder2(db, clerk, ["Lähettämätön Lauri"], send2=False)
    with db.session_factory() as s:
        assert reminders.collection_candidates(s, D(2026, 12, 10)) == []
    with pytest.raises(reminders.CollectionRefused) as refused:
        reminders.transfer_to_collection(db.session_factory, clerk, list(ids.values()), D(2026, 12, 10))
    assert "no sent reminder #2" in str(refused.value)


def test_collection_lists_transfers_and_exports_invoices_unpaid_after_reminder2(
        db: Database, clerk: Actor, tmp_path: Path) -> None:
    ids = _through_reminder2(db, clerk, ["Perintä Pertti", "Perintä Paula"])
    with db.session_factory() as s:
        assert reminders.collection_candidates(s, D(2026, 11, 24)) == []  # #2 due only today
        listed = reminders.collection_candidates(s, D(2026, 11, 25))
    assert [c.invoice_id for c in listed] == sorted(ids.values())
    first = listed[0]
    assert (first.open_cents, first.total_cents, first.reminder_fees_open_cents) == (5489, 5489, 1000)
    assert (first.reminder1_date, first.reminder2_date, first.reminder2_due_date) == (
        D(2026, 10, 20), D(2026, 11, 10), D(2026, 11, 24))

    with db.session_factory() as s:  # Paula pays in full at the last minute
        s.execute(update(Invoice).where(Invoice.id == ids["Perintä Paula"])
                  .values(paid_cents=Invoice.total_cents, status=InvoiceStatus.PAID))
        s.commit()
    with pytest.raises(reminders.CollectionRefused) as refused:
        reminders.transfer_to_collection(db.session_factory, clerk, list(ids.values()), D(2026, 11, 25))
    assert "It has been paid." in str(refused.value) and refused.value.params["count"] == 1
    with db.session_factory() as s:
        assert s.scalar(select(func.count()).select_from(Invoice)
                        .where(Invoice.status == InvoiceStatus.COLLECTION)) == 0

    pertti = ids["Perintä Pertti"]
    assert reminders.transfer_to_collection(db.session_factory, clerk, [pertti], D(2026, 11, 25)) == 1
    with db.session_factory() as s:
        inv = s.get(Invoice, pertti)
        assert inv is not None and inv.status == InvoiceStatus.COLLECTION and inv.collection_transferred_at
        letters = s.scalars(select(Invoice).where(Invoice.parent_invoice_id == pertti)).all()
        assert {r.status for r in letters} == {InvoiceStatus.COLLECTION}
        assert s.scalar(select(func.count()).select_from(AuditEvent).where(
            AuditEvent.action == "invoice.transferred_to_collection", AuditEvent.entity_id == pertti)) == 1
        assert reminders.collection_candidates(s, D(2026, 11, 25)) == []
        with pytest.raises(reminders.CollectionRefused):
            reminders.transfer_to_collection(db.session_factory, clerk, [pertti], D(2026, 11, 25))

        csv_path, xlsx_path = tmp_path / "perinta.csv", tmp_path / "perinta.xlsx"
        assert reminders.export_collection(s, [pertti], csv_path, "fi") == 1
        assert reminders.export_collection(s, [pertti], xlsx_path, "en") == 1
        number = inv.number
        reference = inv.reference
    rows = list(csv.reader(csv_path.open(encoding="utf-8-sig"), delimiter=";"))
    assert rows[0] == reminders.collection_headers("fi") and rows[0][0] == "Asiakasnumero"
    row = dict(zip(rows[0], rows[1], strict=True))
    assert (row["Nimi"], row["Laskunumero"], row["Avoin summa"], row["Avoimet muistutuskulut"]) == (
        "Perintä Pertti", str(number), "54,89", "10,00")
    assert (row["Osoite"], row["Postinumero"], row["Postitoimipaikka"]) == ("Kauppakatu 1", "00100", "Helsinki")
    assert (row["Muistutus 1 päiväys"], row["Muistutus 2 päiväys"], row["Viitenumero"]) == (
        "20.10.2026", "10.11.2026", reference)
    assert row["Viivästyskorko %"] == ""  # no reference rate for the second half of 2026 in the table
    sheet = load_workbook(xlsx_path).active
    assert sheet is not None
    values = [[c.value for c in r] for r in sheet.iter_rows()]
    assert values[0] == reminders.collection_headers("en")
    got = dict(zip(values[0], values[1], strict=True))
    assert got["Invoice number"] == number and got["Open amount"] == 54.89 and got["Reminder fees open"] == 10
    assert got["Due date"].date() == D(2026, 10, 1) and got["Email"] == "maija@example.fi"


@pytest.mark.parametrize(("lang", "subject", "text"), [
    ("fi", "Maksumuistutus", "on vielä maksamatta"),
    ("sv", "Betalningspåminnelse", "fortfarande obetald"),
    ("en", "Payment reminder", "still unpaid"),
])
def test_a_reminder_goes_by_email_as_a_reminder_not_as_an_invoice(db: Database, clerk: Actor, accountant: Actor,
                                                                 lang: str, subject: str, text: str) -> None:
    from tests.integration.sending_support import SmtpServer, configure

    ids = bill(db, clerk, [{"name": "Posti Paula", "due": D(2026, 10, 20), "language": lang,
                            "channel": Channel.EMAIL, "email": "paula@example.fi"}])
    made = remind(db, clerk, 1, list(ids.values()), D(2026, 11, 24)).created[0]
    with SmtpServer() as smtp:
        configure(db, accountant, smtp__host="127.0.0.1", smtp__port=str(smtp.port), smtp__security="none")
        result = sending.send(db.session_factory, clerk, Channel.EMAIL, [made.reminder_id])
        assert [s.number for s in result.sent] == [made.number]
        (msg,) = smtp.inbox.messages
    from email.header import decode_header, make_header

    assert str(make_header(decode_header(msg["Subject"]))).startswith(f"{subject} {made.number}")
    parts = list(msg.walk())
    body = next(p for p in parts if p.get_content_type() == "text/plain").get_payload(decode=True).decode()
    assert text in body and str(made.number) in body
