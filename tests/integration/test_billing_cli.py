"""``reskontra billing-requests | billing-run | billing-summary | invoices`` on both databases."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from sqlalchemy import func, select

from desktop_app import cli
from desktop_app.bootstrap import Database
from desktop_app.models import Invoice
from desktop_app.models.enums import Channel
from desktop_app.services.foundation.uow import Actor
from tests.integration import billing_support as w

D = dt.date


def _cli(capsys: pytest.CaptureFixture[str], db: Database, *args: str, today: str = "2026-11-24") -> tuple[int, str]:
    code = cli.main([*args, "--database-url", db.url, "--today", today, "--user", "anna.accountant"])
    out = capsys.readouterr()
    return code, out.out if code == 0 else out.err


@pytest.fixture
def world(db: Database, accountant: Actor) -> Database:
    with db.session_factory() as s:
        p = w.product(s, "MAG", price_cents=4990, name="Aikakauslehti")
        w.order(s, w.customer(s, name="Aho Anna", payment_term_days=14), p, start=D(2026, 11, 1))
        w.order(s, w.customer(s, name="Berg Bo", channel=Channel.EMAIL, payment_term_days=30), p,
                start=D(2026, 11, 1), quantity=2)
        w.order(s, w.customer(s, name="Ei Osoitetta", street=""), p, start=D(2026, 11, 1))
        s.commit()
    return db


def test_billing_requests_lists_each_erroneous_row_with_its_reason(
        world: Database, capsys: pytest.CaptureFixture[str]) -> None:
    code, out = _cli(capsys, world, "billing-requests", "--json", "--lang", "en")
    assert code == 0
    data = json.loads(out)
    assert (data["created"], data["count"], data["errors"]) == (3, 3, 1)
    bad = [r for r in data["requests"] if r["errors"]]
    assert [(r["customer_name"], r["errors"]) for r in bad] == [
        ("Ei Osoitetta", ["Missing address for the paper channel"])]
    code, out = _cli(capsys, world, "billing-requests", "--errors-only", "--lang", "en")
    assert "1 billing requests have errors" in out and "Missing address for the paper channel" in out
    assert "Aho Anna" not in out


def test_billing_run_preview_then_run_with_json(world: Database, capsys: pytest.CaptureFixture[str]) -> None:
    code, out = _cli(capsys, world, "billing-run", "--preview", "--json")
    assert code == 0
    preview = json.loads(out)
    with world.session_factory() as s:
        assert s.scalar(select(func.count()).select_from(Invoice)) == 0
    code, out = _cli(capsys, world, "billing-run", "--json", "--lang", "en")
    real = json.loads(out)
    assert real["invoices_created"] == preview["invoices_created"] == 2
    assert real["total"] == preview["total"] == "164.67"  # 3 × 49,90 € + 10 % VAT
    assert real["requests_skipped"] == 1 and real["batch_id"].startswith("L20261124-")
    assert [(e["order_number"] > 0, e["reason"]) for e in real["errors"]] == [
        (True, "Missing address for the paper channel")]
    assert preview["preview"] is True and real["preview"] is False

    code, out = _cli(capsys, world, "invoices", "--status", "open", "--json")
    invoices = json.loads(out)
    assert [(i["total"], i["due_date"], i["status"]) for i in invoices] == [
        ("54.89", "2026-12-08", "open"), ("109.78", "2026-12-24", "open")]
    assert all(i["reference"] and i["customer_number"] and i["number"] for i in invoices)
    code, out = _cli(capsys, world, "invoices", "--status", "overdue", "--json", today="2026-12-10")
    assert [i["total"] for i in json.loads(out)] == ["54.89"]
    code, out = _cli(capsys, world, "invoices", "--batch", real["batch_id"], "--json")
    assert len(json.loads(out)) == 2
    code, out = _cli(capsys, world, "invoices", "--status", "paid", "--json")
    assert json.loads(out) == []

    code, out = _cli(capsys, world, "billing-run", "--json")
    assert json.loads(out)["invoices_created"] == 0  # never twice


def test_billing_summary_prints_and_saves_a_pdf(world: Database, capsys: pytest.CaptureFixture[str],
                                               tmp_path: Path) -> None:
    _code, out = _cli(capsys, world, "billing-run", "--json", "--due-date", "2026-12-31")
    batch = json.loads(out)["batch_id"]
    pdf = tmp_path / "summary.pdf"
    code, out = _cli(capsys, world, "billing-summary", batch, "--pdf", str(pdf), "--lang", "en")
    assert code == 0 and f"Batch {batch}: 2 invoices were created" in out
    assert "Missing address for the paper channel" in out
    assert pdf.read_bytes().startswith(b"%PDF")
    code, err = _cli(capsys, world, "billing-summary", "L-nope")
    assert code == 2 and "L-nope" in err


def test_billing_run_refuses_a_due_date_before_the_invoice_date(
        world: Database, capsys: pytest.CaptureFixture[str]) -> None:
    code, err = _cli(capsys, world, "billing-run", "--due-date", "2026-11-01", "--lang", "en")
    assert code == 2 and "before the invoice date" in err


def test_ads_run_bills_only_ad_orders(db: Database, accountant: Actor, capsys: pytest.CaptureFixture[str]) -> None:
    from desktop_app.models.enums import BillingSchedule, ProductKind, VatClass

    with db.session_factory() as s:
        c = w.customer(s)
        w.order(s, c, w.product(s, "SUB"), start=D(2026, 11, 1))
        w.order(s, c, w.product(s, "AD", kind=ProductKind.ADVERTISEMENT, vat_class=VatClass.STANDARD,
                                schedule=BillingSchedule.ONE_OFF, price_cents=10000), start=D(2026, 11, 20))
        s.commit()
    _code, out = _cli(capsys, db, "billing-run", "--ads", "--json")
    data = json.loads(out)
    assert data["kind"] == "advertisements" and data["total"] == "125.50"
    with db.session_factory() as s:
        assert list(s.scalars(select(Invoice.kind))) == ["ad_invoice"]
