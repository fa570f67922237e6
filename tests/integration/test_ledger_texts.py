"""Voucher and posting descriptions in the reader's language (issue #9/#10, item 1).

The writers store an English template and its values; the customer card, the balance history and
the ``balance`` command show them in fi, sv or en. Rows written before keep their text.
"""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal

import pytest
from sqlalchemy import select

from desktop_app import cli
from desktop_app.bootstrap import Database
from desktop_app.models import Customer, Invoice, Posting, Voucher
from desktop_app.models.enums import InvoiceKind, VoucherKind
from desktop_app.services import customers, ledger, payments
from desktop_app.services.demo import generate_demo_data
from desktop_app.services.foundation import i18n
from desktop_app.services.foundation.uow import Actor, UnitOfWork
from desktop_app.services.ledger import checks
from tests.integration.ledger_books import customer

TODAY = dt.date(2026, 11, 24)


def _card_texts(db: Database, customer_id: int, lang: str) -> tuple[list[tuple[int | None, str]], list[str]]:
    """(invoice number, description) of the card's postings and the balance history's descriptions."""
    with UnitOfWork(db.session_factory) as uow:
        card = customers.get_customer_card(uow.session, customer_id, today=TODAY)
        history = payments.balance_history(uow.session, customer_id)
    return ([(p.invoice_number, i18n.stored_text(p.description, p.description_values, lang)) for p in card.postings],
            [i18n.stored_text(e.description, e.description_values, lang) for e in history])


@pytest.fixture
def demo(db: Database) -> Database:
    generate_demo_data(db, 120, today=TODAY)
    return db


def test_a_finnish_reader_sees_the_demo_invoices_and_balance_in_finnish(demo: Database) -> None:
    with demo.session_factory() as s:
        inv_id, number, cid = s.execute(
            select(Invoice.id, Invoice.number, Invoice.customer_id).where(Invoice.kind == InvoiceKind.INVOICE)
            .order_by(Invoice.number).limit(1)).one()
        balance_customer = s.scalar(
            select(Posting.customer_id).join(Voucher, Voucher.id == Posting.voucher_id)
            .where(Voucher.kind == VoucherKind.BALANCE_APPLIED, Posting.customer_id.is_not(None)).limit(1))
    postings_fi, _ = _card_texts(demo, cid, "fi")
    assert (number, f"Lasku {number}") in postings_fi
    assert (number, f"Faktura {number}") in _card_texts(demo, cid, "sv")[0]
    assert (number, f"Invoice {number}") in _card_texts(demo, cid, "en")[0]
    assert not any("Invoice" in text or "{" in text for _n, text in postings_fi), postings_fi
    assert balance_customer is not None
    _, history_fi = _card_texts(demo, balance_customer, "fi")
    assert any(text.startswith("Saldoa käytetty laskuun ") and text[-1].isdigit() for text in history_fi), history_fi
    assert not any("Credit balance" in text or "{" in text for text in history_fi), history_fi
    with UnitOfWork(demo.session_factory) as uow:
        assert checks.check_ledger(uow.session) == []


def test_every_stored_template_is_translated_and_fills_in(demo: Database) -> None:
    """Whatever the writers stored (demo data covers invoices, reminders, payments, sales, cut-offs) reads
    in Finnish and Swedish without an English word or a left-over brace."""
    with demo.session_factory() as s:
        rows = s.execute(select(Voucher.description, Voucher.description_values).distinct()
                         .where(Voucher.description_values.is_not(None))).all()
        plain = s.execute(select(Voucher.kind).where(Voucher.description_values.is_(None)).limit(1)).all()
    templates = {d for d, _v in rows}
    assert len(templates) >= 8 and not plain, templates
    for lang in ("fi", "sv"):
        for template in templates:
            assert i18n.translate("errors", template, lang) != template, (lang, template)
    for description, values in rows[:2000]:
        text = i18n.stored_text(description, ledger.decode_values(values), "fi")
        assert "{" not in text and "}" not in text, (description, values)


def test_payments_written_by_the_services_read_in_the_readers_language(db: Database, clerk: Actor) -> None:
    with UnitOfWork(db.session_factory) as uow:
        c = customer(uow.session)
        cid = c.id
        uow.commit()
    with UnitOfWork(db.session_factory) as uow:
        recorded = payments.record_payment(uow.session, clerk, amount_cents=2500, booking_date=TODAY,
                                           reference="", payer_name="Virtanen {Maija}", customer_id=cid)
        uow.commit()
    with UnitOfWork(db.session_factory) as uow:
        payments.to_balance(uow.session, clerk, [recorded.payment_id], TODAY, customer_id=cid)
        uow.commit()
    postings, history = _card_texts(db, cid, "fi")
    assert history == [f"Maksu {recorded.payment_id} saldoksi"]
    assert _card_texts(db, cid, "sv")[1] == [f"Betalning {recorded.payment_id} till saldo"]
    assert _card_texts(db, cid, "en")[1] == [f"Payment {recorded.payment_id} to credit balance"]
    assert (None, "Maksu - kohdistamatta") in postings


def test_values_are_formatted_for_the_reader_and_old_rows_keep_their_text(db: Database, clerk: Actor) -> None:
    with UnitOfWork(db.session_factory) as uow:
        c = customer(uow.session)
        acc = ledger.account_map(uow.session)
        ledger.post_vouchers(uow.session, clerk, [
            ledger.NewVoucher(VoucherKind.PAYMENT, TODAY, [
                ledger.PostingLine(acc.bank, 1250),
                ledger.PostingLine(acc.customer_balance, -1250, customer_id=c.id,
                                   description="Payment {reference} unallocated",
                                   description_values={"reference": Decimal("12.50")}),
            ], "Payment of invoice {number}", description_values={"number": 104836}),
            # written before templates: plain text, braces and all, shown as it is
            ledger.NewVoucher(VoucherKind.PAYMENT, TODAY, [
                ledger.PostingLine(acc.bank, 100),
                ledger.PostingLine(acc.customer_balance, -100, customer_id=c.id, description="Payer {x} Oy"),
            ], "Invoice 99 {old}"),
        ])
        cid = c.id
        uow.commit()
    with db.session_factory() as s:
        stored = s.execute(select(Voucher.description, Voucher.description_values).order_by(Voucher.id)).all()
    assert [tuple(r) for r in stored] == [("Payment of invoice {number}", '{"number":104836}'), ("Invoice 99 {old}", None)]
    postings, history = _card_texts(db, cid, "fi")
    assert sorted(text for _n, text in postings) == ["Maksu 12,50\xa0€ kohdistamatta", "Payer {x} Oy"]
    assert history == ["Laskun 104836 maksu", "Invoice 99 {old}"]
    assert ledger.decode_values(ledger.encode_values({"d": TODAY, "e": Decimal("1.05"), "n": 7, "t": "ä"})) == {
        "d": TODAY, "e": Decimal("1.05"), "n": 7, "t": "ä"}


def test_the_balance_command_shows_the_history_in_the_chosen_language(db: Database, clerk: Actor,
                                                                      database_url: str,
                                                                      capsys: pytest.CaptureFixture[str]) -> None:
    with UnitOfWork(db.session_factory) as uow:
        c = customer(uow.session)
        acc = ledger.account_map(uow.session)
        ledger.post_voucher(uow.session, clerk, ledger.NewVoucher(VoucherKind.BALANCE_APPLIED, TODAY, [
            ledger.PostingLine(acc.bank, 500),
            ledger.PostingLine(acc.customer_balance, -500, customer_id=c.id),
        ], ledger.BALANCE_APPLIED_TEXT, description_values={"number": 104836}))
        number = uow.session.scalar(select(Customer.customer_number).where(Customer.id == c.id))
        uow.commit()
    assert cli.main(["--database-url", database_url, "--lang", "fi", "--json", "balance", str(number)]) == 0
    out = json.loads(capsys.readouterr().out)
    assert [e["description"] for e in out["history"]] == ["Saldoa käytetty laskuun 104836"]
