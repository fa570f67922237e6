"""The journey once end to end through the ``reskontra`` command, as a subprocess (a desk with a script):
demo data -> billing runs -> settings -> send every channel -> the practice bank file imported -> the
needs-handling queue to balance -> reminders #1, sent -> reminders #2, sent -> collection export -> the next
billing run -> check-ledger, each step's JSON checked. SQLite, and PostgreSQL when its server is set."""

from __future__ import annotations

import csv
import datetime as dt
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.integration import sending_support as ss

START = dt.date(2026, 11, 24)
DAY = dt.timedelta(days=1)


@pytest.fixture
def smtp() -> Iterator[ss.SmtpServer]:
    with ss.SmtpServer() as server:
        yield server


class Desk:
    def __init__(self, url: str, folder: Path) -> None:
        self.url = url
        self.folder = folder
        self.today = START

    def run(self, *args: str, user: str = "kalle.clerk", ok: bool = True) -> Any:
        """One ``reskontra --json`` call; its JSON (or, with ``ok=False``, the exit code and stderr)."""
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(self.folder)}
        done = subprocess.run([sys.executable, "-m", "desktop_app", "--database-url", self.url, "--today",
                               self.today.isoformat(), "--json", "--lang", "en", "--user", user, *args],
                              capture_output=True, text=True, env=env, timeout=120)
        if not ok:
            return done.returncode, done.stdout + done.stderr
        assert done.returncode == 0, (args, done.stdout, done.stderr)
        return json.loads(done.stdout)

    def send_every_channel(self) -> dict[str, Any]:
        out = {}
        for channel in ("email", "einvoice", "paper"):
            result = self.run("send", "--channel", channel)
            assert result["failed"] == [], (channel, result["failed"])
            assert result["sent"] == len(result["sent_invoices"])
            out[channel] = result
        return out

    def ledger_is_clean(self) -> None:
        code, out = self.run("check-ledger", ok=False)
        assert code == 0, out


def test_the_whole_journey_through_the_command(database_url: str, smtp: ss.SmtpServer, tmp_path: Path) -> None:
    desk = Desk(database_url, tmp_path)
    demo = desk.run("demo-data", "--customers", "200")
    assert demo["customers"] == 200 and demo["invoices"] > 200
    for key, value in (("smtp.host", "127.0.0.1"), ("smtp.port", str(smtp.port)), ("smtp.security", "none"),
                       ("einvoice.outbox_dir", str(tmp_path / "out")),
                       ("paper.output_dir", str(tmp_path / "print"))):
        assert desk.run("settings", "set", key, value, user="anna.accountant") == {key: value}

    subs = desk.run("billing-run")
    assert subs["invoices_created"] == len(subs["invoice_ids"]) > 0 and not subs["preview"]
    assert subs["requests_skipped"] == len(subs["errors"]) >= 1  # e.g. a customer without an address
    ads = desk.run("billing-run", "--ads")
    assert ads["invoices_created"] == 0 and ads["batch_id"] == ""  # no ad is due: no empty run
    sent = desk.send_every_channel()
    assert all(sent[ch]["sent"] > 0 for ch in sent), {ch: sent[ch]["sent"] for ch in sent}
    assert len(smtp.inbox.messages) == sent["email"]["sent"]
    assert len(list((tmp_path / "out").glob("*.xml"))) == sent["einvoice"]["sent"]
    assert sum(sent[ch]["sent"] for ch in sent) >= subs["invoices_created"]  # and the ads of yesterday's run
    for channel in ("email", "einvoice", "paper"):
        assert desk.run("send", "--channel", channel, "--preview")["would_send"] == 0  # nothing left, never twice
    desk.ledger_is_clean()

    # the bank's file three days later, and its needs-handling queue
    desk.today += 3 * DAY
    bank = tmp_path / "camt054.xml"
    desk.run("practice-bank-file", str(bank), "--count", "30")
    imported = desk.run("import-payments", str(bank))
    assert imported["payments"] == 31 and imported["unmatched"] == 1 and imported["partial"] >= 1
    assert imported["matched"] + imported["partial"] + imported["overpaid"] + imported["unmatched"] \
        == imported["payments"]
    queue = desk.run("payments", "--needs-handling")
    assert len(queue) == imported["needs_handling"] >= 2 and all(p["reason"] for p in queue)
    known = [str(p["payment_id"]) for p in queue if p["customer_number"] is not None]
    unknown = [p for p in queue if p["customer_number"] is None]
    assert known and len(unknown) == 1
    desk.run("payment-to-balance", *known)
    someone = next(p["customer_number"] for p in queue if p["customer_number"])  # the payer phoned in
    desk.run("payment-to-balance", "--customer", str(someone), str(unknown[0]["payment_id"]))
    assert desk.run("payments", "--needs-handling") == []

    # reminders #1 thirty days later, sent; reminders #2 after their delay, sent
    desk.today += 30 * DAY
    first = desk.run("reminders", "--level", "1")
    assert first["created"] == len(first["reminders"]) > 0 and not first["preview"]
    sent1 = desk.send_every_channel()
    assert sorted(n for ch in sent1 for n in sent1[ch]["sent_invoices"]) == sorted(first["reminders"])
    desk.today += 22 * DAY
    second = desk.run("reminders", "--level", "2")
    assert second["created"] > 0
    reminded = {d["invoice_number"] for d in first["details"]}
    assert reminded & {d["invoice_number"] for d in second["details"]}
    sent2 = desk.send_every_channel()
    assert sorted(n for ch in sent2 for n in sent2[ch]["sent_invoices"]) == sorted(second["reminders"])
    batches = desk.run("sending-batches")
    assert batches and all(b["sent"] + b["failed"] > 0 for b in batches)  # no empty batch
    desk.ledger_is_clean()

    # collection after reminder #2's due date: listed, transferred, exported
    desk.today += 15 * DAY
    listed = desk.run("collection")
    assert listed["count"] == len(listed["candidates"]) > 0 and listed["transferred"] == 0
    export = tmp_path / "perinta.csv"
    moved = desk.run("collection", "--transfer", "--export", str(export))
    assert moved["transferred"] == listed["count"]
    with export.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))  # English: comma-separated
    column = rows[0].index("Invoice number")
    assert {int(r[column]) for r in rows[1:]} == {c["invoice_number"] for c in listed["candidates"]}
    assert desk.run("collection")["count"] == 0  # transferred once

    # the next billing run, and the books still agree
    nxt = desk.run("billing-run")
    assert nxt["invoices_created"] > 0
    report = desk.run("check-ledger")
    assert report["ok"] is True and report["violations"] == []
