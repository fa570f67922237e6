"""The invoice list (open, overdue, paid; by run and customer) and the billing summary PDF."""

from __future__ import annotations

import datetime as dt
import io
from decimal import Decimal

import pytest

from desktop_app.bootstrap import Database
from desktop_app.models.enums import Channel
from desktop_app.services import billing
from desktop_app.services.billing import requests as br
from desktop_app.services.documents import invoices
from desktop_app.services.foundation.uow import Actor
from tests.integration import billing_support as w

D = dt.date
TODAY = D(2026, 11, 24)


@pytest.fixture
def billed(db: Database, clerk: Actor) -> dict[str, object]:
    with db.session_factory() as s:
        p = w.product(s, "MAG", price_cents=10000)
        short = w.customer(s, name="Lyhyt Laina", payment_term_days=7)
        long_ = w.customer(s, name="Pitkä Pekka", payment_term_days=30, channel=Channel.EMAIL)
        rich = w.customer(s, name="Saldo Sanna")
        for c in (short, long_, rich):
            w.order(s, c, p, start=D(2026, 11, 1))
        w.give_balance(s, clerk, rich, 20000, D(2026, 11, 2))
        s.commit()
        br.fetch_billing_requests(s, clerk, TODAY)
        s.commit()
    result = billing.run_billing(db.session_factory, clerk, until=TODAY, invoice_date=TODAY, preview=False)
    return {"short": short.id, "long": long_.id, "rich": rich.id, "batch": result.batch_id}


def test_open_overdue_and_paid_invoices(db: Database, billed: dict[str, object]) -> None:
    with db.session_factory() as s:
        every = invoices.list_invoices(s, today=TODAY)
        assert [(r.customer_name, r.status, r.total, r.open_amount) for r in every] == [
            ("Lyhyt Laina", "open", Decimal("110.00"), Decimal("110.00")),
            ("Pitkä Pekka", "open", Decimal("110.00"), Decimal("110.00")),
            ("Saldo Sanna", "paid", Decimal("110.00"), Decimal("0.00")),
        ]
        later = D(2026, 12, 10)  # after the 7-day term, before the 30-day one
        assert [r.customer_name for r in invoices.list_invoices(s, "overdue", today=later)] == ["Lyhyt Laina"]
        open_later = invoices.list_invoices(s, "open", today=later)
        assert [(r.customer_name, r.status) for r in open_later] == [
            ("Lyhyt Laina", "overdue"), ("Pitkä Pekka", "open")]
        assert [r.customer_name for r in invoices.list_invoices(s, "paid", today=later)] == ["Saldo Sanna"]
        assert invoices.list_invoices(s, "paid", today=later)[0].balance_applied == Decimal("110.00")


def test_filters_by_billing_run_and_customer(db: Database, billed: dict[str, object]) -> None:
    with db.session_factory() as s:
        assert len(invoices.list_invoices(s, batch_id=str(billed["batch"]), today=TODAY)) == 3
        assert invoices.list_invoices(s, batch_id="L-none", today=TODAY) == []
        mine = invoices.list_invoices(s, customer_id=int(billed["long"]), today=TODAY)  # type: ignore[call-overload]
        assert [(r.channel, r.batch_id) for r in mine] == [(Channel.EMAIL, billed["batch"])]
        with pytest.raises(invoices.UnknownInvoiceStatus):
            invoices.list_invoices(s, "unpaid", today=TODAY)


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_billing_summary_pdf_in_each_language(db: Database, billed: dict[str, object], lang: str) -> None:
    with db.session_factory() as s:
        summary = billing.billing_run_summary(s, str(billed["batch"]))
    out = io.BytesIO()
    billing.billing_summary_pdf(summary, out, lang)
    assert out.getvalue().startswith(b"%PDF") and len(out.getvalue()) > 1000


def test_summary_pdf_of_a_preview_with_skipped_requests(db: Database, clerk: Actor, tmp_path) -> None:  # noqa: ANN001
    with db.session_factory() as s:
        w.order(s, w.customer(s, channel=Channel.EMAIL, email=""), w.product(s, "P"), start=D(2026, 11, 1))
        w.order(s, w.customer(s), w.product(s, "Q"), start=D(2026, 11, 1))
        s.commit()
        br.fetch_billing_requests(s, clerk, TODAY)
        s.commit()
    preview = billing.run_billing(db.session_factory, clerk, until=TODAY, invoice_date=TODAY, preview=True)
    assert preview.requests_skipped == 1
    path = tmp_path / "preview.pdf"
    billing.billing_summary_pdf(preview, path, "fi")
    assert path.read_bytes().startswith(b"%PDF")


def test_invoice_document_is_built_from_the_invoice_customer_and_company(
        db: Database, clerk: Actor, accountant: Actor) -> None:
    from desktop_app.models.enums import CustomerKind, InvoiceKind, VatClass
    from desktop_app.services.foundation import settings as settings_service

    with db.session_factory() as s:
        settings_service.set_value(s, accountant, "company.name", "Kustannus Oy Testi")
        c = w.customer(s, name="Åkerlund Åsa", street="Östra Långgatan 5", postal_code="65100", city="Vaasa",
                       language="sv", kind=CustomerKind.PERSON)
        o1 = w.order(s, c, w.product(s, "MAG", price_cents=2990, name="Aikakauslehti"), start=D(2026, 11, 1))
        o2 = w.order(s, c, w.product(s, "EVT", price_cents=1000, name="Lippu", vat_class=VatClass.STANDARD),
                     start=D(2026, 11, 1), quantity=3)
        w.give_balance(s, clerk, c, 500, D(2026, 11, 1))
        abroad = w.customer(s, name="Svensson Sven", city="Stockholm", postal_code="111 22")
        abroad.country = "SE"
        w.order(s, abroad, w.product(s, "X", price_cents=1000), start=D(2026, 11, 1))
        s.commit()
        br.fetch_billing_requests(s, clerk, TODAY)
        s.commit()
    result = billing.run_billing(db.session_factory, clerk, until=TODAY, invoice_date=D(2026, 6, 15),
                                 preview=False)
    with db.session_factory() as s:
        doc = invoices.invoice_document(s, result.invoice_ids[0])
        assert (doc.kind, doc.language, doc.invoice_number) == (InvoiceKind.INVOICE, "sv",
                                                                str(result.invoices[0].number))
        assert doc.seller.name == "Kustannus Oy Testi" and doc.seller.iban
        assert doc.buyer.name == "Åkerlund Åsa"
        assert doc.buyer.address_lines == ("Östra Långgatan 5", "65100 VAASA")
        assert [(ln.description, ln.quantity, ln.gross) for ln in doc.lines] == [
            ("Aikakauslehti", 1, Decimal("32.89")), ("Lippu", 3, Decimal("37.65"))]
        assert [(r.rate_bp, r.net, r.vat) for r in doc.vat_breakdown] == [
            (1000, Decimal("29.90"), Decimal("2.99")), (2550, Decimal("30.00"), Decimal("7.65"))]
        assert (doc.total_gross, doc.balance_applied, doc.amount_to_pay) == (
            Decimal("70.54"), Decimal("5.00"), Decimal("65.54"))
        assert doc.our_order_numbers == (str(o1.order_number), str(o2.order_number))
        assert doc.payment_terms_days == 14 and doc.reference == result.invoices[0].reference
        assert doc.late_interest_rate_bp == 250 + 700  # reference rate of H1/2026 + 7 points (consumer)
        other = invoices.invoice_document(s, result.invoice_ids[1])
        assert other.buyer.address_lines[-1] == "RUOTSI"  # a Finnish document names the country in Finnish
        with pytest.raises(invoices.NotFound):
            invoices.invoice_document(s, 999_999)


def test_invoice_pdf_for_paper_and_email_and_a_print_batch(db: Database, billed: dict[str, object],
                                                           tmp_path) -> None:  # noqa: ANN001
    with db.session_factory() as s:
        rows = invoices.list_invoices(s, today=TODAY)
        paper = next(r for r in rows if r.channel == Channel.PAPER)
        email = next(r for r in rows if r.channel == Channel.EMAIL)
        out = io.BytesIO()
        invoices.invoice_pdf(s, paper.invoice_id, out)
        assert out.getvalue().startswith(b"%PDF")
        invoices.invoice_pdf(s, email.invoice_id, tmp_path / "email.pdf")
        assert (tmp_path / "email.pdf").read_bytes().startswith(b"%PDF")
        pages = invoices.invoices_pdf(s, [r.invoice_id for r in rows], tmp_path / "batch.pdf")
        assert pages >= 3
