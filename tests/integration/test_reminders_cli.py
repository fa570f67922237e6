"""``reskontra reminders --level 1|2`` and ``reskontra collection`` on both databases."""

from __future__ import annotations

import csv
import datetime as dt
import json
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select

from desktop_app import cli
from desktop_app.bootstrap import Database
from desktop_app.models import Invoice
from desktop_app.models.enums import CustomerKind, InvoiceKind, InvoiceStatus
from desktop_app.services.foundation.uow import Actor
from tests.integration.reminder_support import send_unsent_reminders
from tests.integration.test_reminders import bill

D = dt.date
DAY = dt.timedelta(days=1)


def _cli(capsys: pytest.CaptureFixture[str], db: Database, *args: str, today: str = "2026-11-24") -> tuple[int, str]:
    code = cli.main([*args, "--database-url", db.url, "--today", today, "--user", "kalle.clerk"])
    out = capsys.readouterr()
    return code, out.out if code == 0 else out.err


def _reminders(db: Database) -> int:
    with db.session_factory() as s:
        return s.scalar(select(func.count()).select_from(Invoice).where(Invoice.kind == InvoiceKind.REMINDER)) or 0


@pytest.fixture
def world(db: Database, clerk: Actor) -> dict[str, int]:
    return bill(db, clerk, [
        {"name": "Aho Anna", "due": D(2026, 10, 25)},  # 30 days overdue: fee 5 €
        {"name": "Berg Bo", "due": D(2026, 11, 10)},  # 14 days: a reminder without fee
        {"name": "Yritys Oy", "due": D(2026, 10, 25), "kind": CustomerKind.COMPANY},  # 10 €
        {"name": "Varhainen Ville", "due": D(2026, 11, 20)},  # 4 days: not yet
        {"name": "Kielto Kalle", "due": D(2026, 10, 25), "customer_no_reminders": True},
    ])


def test_reminders_preview_then_run_with_json(world: dict[str, int], db: Database,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    code, out = _cli(capsys, db, "reminders", "--level", "1", "--preview", "--json", "--lang", "en")
    assert code == 0
    preview = json.loads(out)
    assert _reminders(db) == 0
    assert {"level", "preview", "created", "reminders", "fee_total", "not_eligible"} <= set(preview)
    assert (preview["level"], preview["preview"], preview["created"], preview["fee_total"]) == (1, True, 3, "15.00")
    assert all(set(n) == {"invoice_number", "customer_number", "reason"} for n in preview["not_eligible"])
    reasons = sorted(n["reason"] for n in preview["not_eligible"])
    assert reasons == ["Overdue 4 days; a reminder #1 is possible from 04/12/2026.",
                       "The customer has the no-reminders flag."]
    notes = [d["fee_note"] for d in preview["details"] if d["fee_note"]]
    # each letter asks its invoice's open amount with its costs (54,89 € + the fee; no interest: no H2/2026 rate)
    assert sorted(d["amount_to_pay"] for d in preview["details"]) == ["54.89", "59.89", "64.89"]
    assert notes == ["No fee: only 14 days since the due date; more than 14 are required."]

    code, out = _cli(capsys, db, "reminders", "--level", "1", "--json", "--lang", "en")
    real = json.loads(out)
    assert (real["preview"], real["created"], real["fee_total"]) == (False, 3, "15.00")
    assert real["reminders"] == preview["reminders"] and len(set(real["reminders"])) == 3
    assert _reminders(db) == 3
    code, out = _cli(capsys, db, "reminders", "--level", "1", "--json", "--lang", "en")
    again = json.loads(out)
    assert again["created"] == 0 and again["reminders"] == [] and again["fee_total"] == "0.00"
    assert sum(n["reason"].startswith("Already reminded (#1, invoice ") for n in again["not_eligible"]) == 3
    code, out = _cli(capsys, db, "check-ledger", "--json")
    assert code == 0, out


def test_reminders_human_output_and_level2(world: dict[str, int], db: Database, clerk: Actor,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    code, out = _cli(capsys, db, "reminders", "--level", "1", "--lang", "en")
    assert code == 0
    assert "3 payment reminders #1 were created: reminder fees €15.00, interest €0.00." in out
    assert "The customer has the no-reminders flag." in out
    assert "2 overdue invoices are not eligible:" in out
    code, out = _cli(capsys, db, "reminders", "--level", "2", "--lang", "en", today="2026-12-15")
    assert "No invoice is eligible for a payment reminder #2." in out
    assert out.count("has not been sent yet; #2 counts from its due date once it has gone out.") == 3
    assert send_unsent_reminders(db, clerk) == 3
    code, out = _cli(capsys, db, "reminders", "--level", "2", "--lang", "en")
    assert "No invoice is eligible for a payment reminder #2." in out
    assert "Reminder #1 is due only on 08/12/2026; #2 is possible from 15/12/2026." in out
    code, out = _cli(capsys, db, "reminders", "--level", "2", "--json", today="2026-12-15")
    second = json.loads(out)
    assert (second["level"], second["created"], second["fee_total"]) == (2, 3, "20.00")  # 5 + 5 + 10
    assert _reminders(db) == 6


def test_reminders_level_must_be_1_or_2(db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        cli.main(["reminders", "--level", "3", "--database-url", db.url])
    capsys.readouterr()


def test_collection_lists_transfers_and_exports(world: dict[str, int], db: Database, clerk: Actor, tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    assert _cli(capsys, db, "reminders", "--level", "1", "--json")[0] == 0
    send_unsent_reminders(db, clerk)
    assert json.loads(_cli(capsys, db, "reminders", "--level", "2", "--json", today="2026-12-15")[1])["created"] == 3
    send_unsent_reminders(db, clerk)  # a #2 counts for collection only once it went out
    code, out = _cli(capsys, db, "collection", "--json", today="2026-12-29")  # reminder #2 due 29.12.
    assert code == 0 and json.loads(out)["count"] == 0
    code, out = _cli(capsys, db, "collection", "--json", today="2026-12-30")
    listed = json.loads(out)
    assert listed["count"] == 3 and listed["transferred"] == 0 and listed["export"] is None
    first = listed["candidates"][0]
    assert {"invoice_number", "customer_number", "customer_name", "open", "reminder_fees_open", "reminder1_date",
            "reminder2_date", "reference"} <= set(first)
    csv_path = tmp_path / "perinta.csv"
    code, out = _cli(capsys, db, "collection", "--transfer", "--export", str(csv_path), "--json", today="2026-12-30")
    done = json.loads(out)
    assert (done["count"], done["transferred"], done["exported"]) == (3, 3, 3)
    rows = list(csv.reader(csv_path.open(encoding="utf-8-sig"), delimiter=";"))
    assert len(rows) == 4 and rows[0][0] == "Asiakasnumero"
    with db.session_factory() as s:
        assert s.scalar(select(func.count()).select_from(Invoice).where(
            Invoice.kind == InvoiceKind.INVOICE, Invoice.status == InvoiceStatus.COLLECTION)) == 3
    code, out = _cli(capsys, db, "collection", "--lang", "en", today="2026-12-30")
    assert "0 invoices are still unpaid after reminder #2" in out
    xlsx = tmp_path / "perinta.xlsx"
    code, out = _cli(capsys, db, "collection", "--export", str(xlsx), "--lang", "en", today="2026-12-30")
    assert code == 0 and f"0 invoices were written to {xlsx}." in out
    sheet = load_workbook(xlsx).active
    assert sheet is not None and [c.value for c in next(sheet.iter_rows())][0] == "Customer number"
