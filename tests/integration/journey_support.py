"""The daily workflow, step by step, on demo data: re-usable journey steps and the counts that must reconcile.

Each step calls the same services as the GUI and the CLI and returns plain values; ``reconcile``
checks what a user relies on after any step: the books are clean, every document went out exactly
once on its channel, no reminder went out before its predecessor, no sending batch is empty, and
every bank payment's money is accounted for. The GUI tests can drive these steps too.
"""

from __future__ import annotations

import datetime as dt
import re
import subprocess
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop_app.bootstrap import Database
from desktop_app.models import (
    Customer,
    Dispatch,
    Invoice,
    InvoiceLine,
    Payment,
    Posting,
    SendingBatch,
    Settlement,
    Voucher,
)
from desktop_app.models.enums import (
    BillingRunKind,
    Channel,
    DispatchStatus,
    InvoiceKind,
    InvoiceStatus,
    LineKind,
    PaymentStatus,
    Role,
)
from desktop_app.services import billing, ledger, payments, reminders, sending
from desktop_app.services.billing.requests import fetch_billing_requests
from desktop_app.services.demo import generate_demo_data
from desktop_app.services.documents import references
from desktop_app.services.foundation import settings
from desktop_app.services.foundation.setup import ensure_user
from desktop_app.services.foundation.uow import Actor, UnitOfWork
from desktop_app.services.ledger import checks, periods
from desktop_app.services.payments import camt054
from tests.integration import sending_support as ss
from tests.support_data import DATA

START = dt.date(2026, 11, 24)
PAYABLE = (InvoiceKind.INVOICE, InvoiceKind.AD_INVOICE)
XSD = DATA / "finvoice" / "Finvoice3.0.xsd"


@dataclass
class Desk:
    """One desk's world: the database, its users, the SMTP server, the folders, and what happened so far."""

    db: Database
    clerk: Actor
    accountant: Actor
    smtp: ss.SmtpServer
    folder: Path
    today: dt.date = START
    first_new_invoice: int = 0  # invoices with a larger id were made during the journey
    sent: Counter[Channel] = field(default_factory=Counter)
    imports: list[int] = field(default_factory=list)

    @property
    def iban(self) -> str:
        """The company's bank account: where the bank's file comes from and what the letters ask to pay to."""
        with self.db.session_factory() as s:
            return references.compact(str(settings.get(s, "company.iban")))

    @property
    def now(self) -> dt.datetime:
        return dt.datetime.combine(self.today, dt.time(9, 0), tzinfo=dt.UTC)


def open_desk(db: Database, smtp: ss.SmtpServer, folder: Path, customers: int) -> Desk:
    """Demo books of ``customers`` customers, a clerk and an accountant, and every channel set up."""
    generate_demo_data(db, customers, today=START)
    accountant = ensure_user(db.session_factory, "anna.accountant", Role.ACCOUNTANT)
    clerk = ensure_user(db.session_factory, "kalle.clerk", Role.CLERK)
    ss.configure(db, accountant, smtp__host="127.0.0.1", smtp__port=str(smtp.port), smtp__security="none",
                 smtp__sender="laskutus@reskontra-demo.fi", einvoice__outbox_dir=str(folder / "outbox"),
                 paper__output_dir=str(folder / "print"))
    with db.session_factory() as s:
        first_new = (s.scalar(select(func.max(Invoice.id))) or 0) + 1
        years = {y.name for y in periods.list_fiscal_years(s)}
        for year in (START.year, START.year + 1):
            if str(year) not in years:
                periods.create_fiscal_year(s, accountant, year)
        s.commit()
    return Desk(db, clerk, accountant, smtp, folder, first_new_invoice=first_new)


# --- steps ---------------------------------------------------------------------------------------

def billing_run(desk: Desk) -> list[billing.BillingRunResult]:
    """Fetch and bill the due subscriptions, then the published ads, dated today."""
    results = []
    for kind in (BillingRunKind.SUBSCRIPTIONS, BillingRunKind.ADVERTISEMENTS):
        with desk.db.session_factory() as s:
            fetch_billing_requests(s, desk.clerk, desk.today, kind)
            s.commit()
        results.append(billing.run_billing(desk.db.session_factory, desk.clerk, until=desk.today, kind=kind,
                                           invoice_date=desk.today, preview=False))
    return results


@dataclass(frozen=True)
class Sent:
    channel: Channel
    result: sending.SendResult | None
    unsendable: tuple[int, ...]  # listed with a problem (a missing address): left for the clerk


def send_channel(desk: Desk, channel: Channel) -> Sent:
    """Send what the Sending tab lists on ``channel`` without a problem; an empty list sends nothing."""
    with desk.db.session_factory() as s:
        rows = sending.list_unsent(s, channel)
    ready = [r.invoice_id for r in rows if not r.problem]
    blocked = tuple(r.invoice_id for r in rows if r.problem)
    if not ready:
        return Sent(channel, None, blocked)
    result = sending.send(desk.db.session_factory, desk.clerk, channel, ready, now=desk.now)
    desk.sent[channel] += len(result.sent)
    return Sent(channel, result, blocked)


def send_everything(desk: Desk) -> dict[Channel, Sent]:
    return {ch: send_channel(desk, ch) for ch in (Channel.EMAIL, Channel.EINVOICE, Channel.PAPER)}


def to_pay_cents(s: Session, invoice_id: int) -> int:
    """What the letter asks for: an invoice's open amount; a reminder's costs plus its invoice's open amount."""
    inv = s.get(Invoice, invoice_id)
    assert inv is not None
    own = inv.total_cents - inv.balance_applied_cents - inv.paid_cents
    if inv.kind != InvoiceKind.REMINDER:
        return own
    parent = s.get(Invoice, inv.parent_invoice_id)
    assert parent is not None
    return own + parent.total_cents - parent.balance_applied_cents - parent.paid_cents


@dataclass(frozen=True)
class BankFile:
    data: bytes
    total_cents: int  # credited by the bank
    returned_cents: int  # taken back (RvslInd)
    exact: tuple[int, ...]  # invoice ids
    partial: tuple[int, ...]
    over: tuple[int, ...]
    reminder_paid: tuple[int, ...]  # reminder ids paid with the reminder's reference
    unknown_reference: str
    returned_invoice: int  # the invoice whose exact payment the bank took back


def bank_file(desk: Desk) -> BankFile:
    """The bank's camt.054 of today: exact, partial and over payments of open invoices, a reminder paid
    with its own reference, RF references and zero-padded ones, a reference that matches nothing, and a
    payment the bank takes back."""
    with desk.db.session_factory() as s:
        open_ = Invoice.total_cents - Invoice.balance_applied_cents - Invoice.paid_cents
        rows = s.execute(select(Invoice.id, Invoice.reference, open_, Customer.name, Invoice.customer_id)
                         .join(Customer, Customer.id == Invoice.customer_id)
                         .where(Invoice.status == InvoiceStatus.OPEN, Invoice.kind.in_(PAYABLE), open_ > 0,
                                Invoice.invoice_date <= desk.today)
                         .order_by(Invoice.id)).all()
        reminded = s.execute(select(Invoice.id, Invoice.reference, Invoice.parent_invoice_id, Customer.name)
                             .join(Customer, Customer.id == Invoice.customer_id)
                             .where(Invoice.kind == InvoiceKind.REMINDER, Invoice.status == InvoiceStatus.OPEN,
                                    Invoice.sent_at.is_not(None))
                             .order_by(Invoice.id.desc())).all()  # the latest letters first
        reminder_rows = []
        for rid, ref, parent, name in reminded:
            if len(reminder_rows) == 2:
                break
            if any(row[2] == parent for row in reminder_rows):
                continue  # one letter per debt: a #1 and a #2 of one invoice both ask for all of it
            reminder_rows.append((rid, ref, parent, name, to_pay_cents(s, rid)))
    busy = {parent for _r, _ref, parent, _n, _a in reminder_rows}
    # one payment per customer, so the ones meant as exact stay exact (a payment of all a customer owes is
    # spread over the other invoices too)
    seen: set[int] = set()
    pick = []
    for row in rows:
        if row[4] not in seen and row[0] not in busy:
            seen.add(row[4])
            pick.append(row)
    assert len(pick) >= 30, f"only {len(pick)} customers with open invoices"
    exact, partial, over = pick[:22], pick[22:25], pick[25:28]
    pays: list[tuple[int, str, str, str]] = []
    for k, (_iid, ref, amount, name, _c) in enumerate(exact):
        if k % 4 == 1 and not ref.startswith("RF"):
            ref = references.rf_from_domestic(ref)
        pays.append((amount, ref, name.upper()[:70], ""))
    pays += [(max(100, amount // 2), ref, name.upper()[:70], "") for _i, ref, amount, name, _c in partial]
    pays += [(amount + 1000, ref, name.upper()[:70], "") for _i, ref, amount, name, _c in over]
    pays += [(amount, ref, name.upper()[:70], "") for _r, ref, _p, name, amount in reminder_rows]
    unknown = references.create_domestic(987654321)
    pays.append((2500, unknown, "TUNTEMATON MAKSAJA", "Lahjoitus"))
    booked = desk.today
    entries = [camt054.OutgoingEntry(f"J{booked:%Y%m%d}-{i:04d}", booked, tuple(pays[i:i + 4]),
                                     pad_reference=i % 8 == 0) for i in range(0, len(pays), 4)]
    returned = pays[2]  # an exact payment the payer's bank recalls
    entries.append(camt054.OutgoingEntry(f"J{booked:%Y%m%d}-RETURN", booked, (returned,), reversal=True))
    data = camt054.write_camt054(entries, message_id=f"J{booked:%Y%m%d}-{len(pays)}",
                                 account_iban=desk.iban,
                                 created_at=dt.datetime.combine(booked, dt.time(6, 0), tzinfo=dt.UTC))
    return BankFile(data, sum(p[0] for p in pays), returned[0], tuple(r[0] for r in exact),
                    tuple(r[0] for r in partial), tuple(r[0] for r in over), tuple(r[0] for r in reminder_rows),
                    unknown, exact[2][0])


def import_bank_file(desk: Desk, bank: BankFile) -> payments.ImportResult:
    result = payments.import_bank_file(desk.db.session_factory, desk.clerk, bank.data,
                                       f"camt054_{desk.today:%Y%m%d}.xml")
    assert result.import_id is not None
    desk.imports.append(result.import_id)
    return result


def needs_handling(desk: Desk) -> list[payments.PaymentRow]:
    with desk.db.session_factory() as s:
        return payments.list_payments(s, needs_handling=True)


def handle_queue(desk: Desk, bank: BankFile) -> dict[str, int]:
    """The clerk empties the needs-handling queue of today's file: the overpayments go to their customers'
    credit balance; the unknown payer is found (a phone call): their money pays the rest of their partly paid
    invoice, and what is left goes to their balance."""
    moved = allocated = 0
    with UnitOfWork(desk.db.session_factory) as uow:
        s = uow.session
        waiting = [p for p in payments.list_payments(s, needs_handling=True) if p.import_id in desk.imports]
        known = [p.id for p in waiting if p.customer_id is not None]
        if known:
            moved = payments.to_balance(s, desk.clerk, known, desk.today)
        for p in waiting:
            if p.customer_id is None:
                assert p.reference == bank.unknown_reference
                cid = s.scalar(select(Invoice.customer_id).where(Invoice.id == bank.partial[0]))
                assert cid is not None
                proposal = payments.propose_allocation(s, p.id, cid)
                allocated += payments.allocate(s, desk.clerk, p.id, proposal, desk.today, customer_id=cid)
                if s.get(Payment, p.id).unallocated_cents:  # more than the invoice owed: the rest to balance
                    moved += payments.to_balance(s, desk.clerk, [p.id], desk.today, customer_id=cid)
        uow.commit()
    return {"to_balance": moved, "allocated": allocated}


def make_reminders(desk: Desk, level: int) -> reminders.ReminderRunResult:
    """Reminders of ``level`` for every eligible candidate, dated today."""
    with desk.db.session_factory() as s:
        listed = reminders.candidates(s, level, desk.today)
    return reminders.create_reminders(desk.db.session_factory, desk.clerk, level,
                                      [c.invoice_id for c in listed.eligible], desk.today)


def collection(desk: Desk) -> tuple[list[int], Path, Path]:
    """Transfer the invoices still unpaid after reminder #2 to collection and export them (CSV and XLSX)."""
    with desk.db.session_factory() as s:
        ids = [c.invoice_id for c in reminders.collection_candidates(s, desk.today)
               if c.status == InvoiceStatus.OPEN and c.reminder2_due_date and c.reminder2_due_date < desk.today]
    reminders.transfer_to_collection(desk.db.session_factory, desk.clerk, ids, desk.today)
    csv_path, xlsx_path = desk.folder / "perintä.csv", desk.folder / "perintä.xlsx"
    with desk.db.session_factory() as s:
        reminders.export_collection(s, ids, csv_path, "fi")
        reminders.export_collection(s, ids, xlsx_path, "sv")
    return ids, csv_path, xlsx_path


# --- what the letters say ------------------------------------------------------------------------

def finvoice_files(desk: Desk) -> list[Path]:
    return sorted((desk.folder / "outbox").glob("*.xml"))


def invalid_finvoices(paths: list[Path]) -> list[str]:
    schema = etree.XMLSchema(etree.parse(str(XSD)))
    bad = []
    for path in paths:
        if not schema.validate(etree.parse(str(path))):
            bad.append(f"{path.name}: {schema.error_log.last_error}")
    return bad


def finvoice_asks(paths: list[Path]) -> dict[int, tuple[int, str]]:
    """Invoice number -> (EpiInstructedAmount in cents, EpiRemittanceInfoIdentifier) of each Finvoice file."""
    out = {}
    for path in paths:
        root = etree.parse(str(path)).getroot()
        euros, _, cents = root.findtext(".//EpiInstructedAmount").partition(",")
        out[int(root.findtext(".//InvoiceNumber"))] = (int(euros) * 100 + int((cents + "00")[:2]),
                                                       root.findtext(".//EpiRemittanceInfoIdentifier"))
    return out


def pdf_text(path: str | Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout


def barcodes(path: str | Path, work: Path) -> list[tuple[str, str]]:
    """(symbol type, data) of the bar codes on every page's bank transfer form (the lower 40 % of the page,
    rendered at 200 dpi), as ``zbarimg`` reads them: the virtual bar code (CODE-128) and the EPC QR code."""
    work.mkdir(parents=True, exist_ok=True)
    stem = work / Path(path).stem
    subprocess.run(["pdftoppm", "-r", "200", "-gray", "-x", "0", "-y", "1400", "-W", "1654", "-H", "939", "-png",
                    str(path), str(stem)], check=True)
    pages = sorted(str(p) for p in work.glob(f"{stem.name}*.png"))
    run = subprocess.run(["zbarimg", "-q", "--xml", *pages], capture_output=True)
    ns = {"z": "http://zbar.sourceforge.net/2008/barcode"}
    root = etree.fromstring(run.stdout)
    return [(sym.get("type"), sym.findtext("z:data", namespaces=ns) or "") for sym in root.iterfind(".//z:symbol", ns)]


def virtual_barcode_fields(code: str) -> tuple[int, str] | None:
    """(amount in cents, reference) of a Finnish virtual bar code (version 4 or 5), else None."""
    if not re.fullmatch(r"[45]\d{53}", code):
        return None
    amount = int(code[17:25])
    if code[0] == "4":
        return amount, code[28:48].lstrip("0")
    return amount, "RF" + code[25:27] + code[27:48].lstrip("0")


def epc_fields(data: str) -> tuple[int, str, str] | None:
    """(amount in cents, reference, IBAN) of an EPC QR code (EPC069-12), else None."""
    lines = data.split("\n")
    if len(lines) < 10 or lines[0] != "BCD" or not lines[7].startswith("EUR"):
        return None
    euros, _, cents = lines[7][3:].partition(".")
    reference = lines[9] or (lines[10] if len(lines) > 10 else "")
    return int(euros) * 100 + int((cents + "00")[:2]), reference, lines[6]


# --- the counts that must reconcile -----------------------------------------------------------------

def reconcile(desk: Desk) -> list[str]:
    """Everything that is wrong now, in words (empty: all is well)."""
    found: list[str] = []
    with desk.db.session_factory() as s:
        found += [v.message for v in checks.check_ledger(s)]
        found += _money_problems(s)
        found += _dispatch_problems(s, desk)
        found += _reminder_problems(s)
        found += _payment_problems(s, desk)
    return found


def _dispatch_problems(s: Session, desk: Desk) -> list[str]:
    found = []
    sent_ok = DispatchStatus.SENT
    twice = s.execute(select(Dispatch.invoice_id, Dispatch.channel, func.count())
                      .where(Dispatch.status == sent_ok).group_by(Dispatch.invoice_id, Dispatch.channel)
                      .having(func.count() > 1)).all()
    found += [f"invoice {i} sent {n} times by {ch}" for i, ch, n in twice]
    unsent_marked = s.execute(select(Invoice.number).where(
        Invoice.id >= desk.first_new_invoice, Invoice.sent_at.is_not(None),
        ~select(Dispatch.id).where(Dispatch.invoice_id == Invoice.id, Dispatch.status == sent_ok).exists())).all()
    found += [f"invoice {n} is marked sent without a sent dispatch" for (n,) in unsent_marked]
    empty = s.execute(select(SendingBatch.id).where(SendingBatch.sent + SendingBatch.failed == 0)).all()
    found += [f"sending batch {b} is empty" for (b,) in empty]
    emails = s.scalar(select(func.count()).select_from(Dispatch).where(
        Dispatch.status == sent_ok, Dispatch.channel == Channel.EMAIL)) or 0
    ids = desk.smtp.inbox.message_ids()
    if len(ids) != emails or len(set(ids)) != len(ids):
        found.append(f"{emails} emails sent but {len(ids)} messages ({len(set(ids))} distinct) arrived")
    files = finvoice_files(desk)
    in_files = Counter(int(etree.parse(str(f)).getroot().findtext(".//InvoiceNumber")) for f in files)
    found += [f"invoice {n} is in {k} Finvoice files" for n, k in in_files.items() if k > 1]
    sent_einvoices = set(s.scalars(select(Invoice.number).join(Dispatch, Dispatch.invoice_id == Invoice.id).where(
        Dispatch.status == sent_ok, Dispatch.channel == Channel.EINVOICE)))
    found += [f"e-invoice {n} is sent but has no Finvoice file" for n in sorted(sent_einvoices - set(in_files))]
    return found


def _reminder_problems(s: Session) -> list[str]:
    """No reminder before its predecessor was sent; one reminder per level; interest never booked twice."""
    found = []
    rows = s.execute(select(Invoice.id, Invoice.number, Invoice.parent_invoice_id, Invoice.reminder_level,
                            Invoice.invoice_date, Invoice.created_at).where(Invoice.kind == InvoiceKind.REMINDER)).all()
    by_parent: dict[int, dict[int, list]] = {}
    for r in rows:
        by_parent.setdefault(r.parent_invoice_id, {}).setdefault(r.reminder_level, []).append(r)
    parents = {p.id: p for p in s.execute(select(Invoice.id, Invoice.sent_at, Invoice.number).where(
        Invoice.id.in_(list(by_parent)))).all()} if by_parent else {}
    sent_at = dict(s.execute(select(Invoice.id, Invoice.sent_at).where(Invoice.kind == InvoiceKind.REMINDER)).all())
    for parent, levels in by_parent.items():
        for level, made in levels.items():
            if len(made) > 1:
                found.append(f"invoice {parents[parent].number} has {len(made)} reminders #{level}")
        for r in levels.get(1, []):
            if parents[parent].sent_at is None:
                found.append(f"reminder {r.number} of invoice {parents[parent].number}, which was never sent")
        for r in levels.get(2, []):
            firsts = levels.get(1, [])
            if not firsts or sent_at.get(firsts[0].id) is None or firsts[0].invoice_date >= r.invoice_date:
                found.append(f"reminder #2 {r.number} without a sent reminder #1 before it")
    interest = s.execute(select(Invoice.parent_invoice_id, InvoiceLine.period_start, InvoiceLine.period_end,
                                Invoice.number)
                         .join(InvoiceLine, InvoiceLine.invoice_id == Invoice.id)
                         .where(Invoice.kind == InvoiceKind.REMINDER, InvoiceLine.kind == LineKind.INTEREST)
                         .order_by(Invoice.parent_invoice_id, InvoiceLine.period_start)).all()
    last_end: dict[int, tuple[dt.date, int]] = {}
    for parent, start, end, number in interest:
        before = last_end.get(parent)
        if before is not None and start < before[0]:
            found.append(f"reminder {number} charges interest from {start} again (reminder {before[1]} "
                         f"charged it until {before[0]})")
        last_end[parent] = (end, number)
    return found


def _money_problems(s: Session) -> list[str]:
    """The payment invariants, checked independently of check-ledger (a few grouped queries, whatever the size)."""
    found = []
    live = (select(Settlement.payment_id, func.sum(Settlement.amount_cents).label("allocated"))
            .where(Settlement.undone_at.is_(None), Settlement.payment_id.is_not(None))
            .group_by(Settlement.payment_id).subquery())
    for pid, amount, unallocated, allocated in s.execute(
            select(Payment.id, Payment.amount_cents, Payment.unallocated_cents, func.coalesce(live.c.allocated, 0))
            .outerjoin(live, live.c.payment_id == Payment.id)):
        if unallocated < 0 or allocated < 0 or (amount > 0 and allocated + unallocated > amount):
            found.append(f"payment {pid} of {amount}: allocated {allocated} + waiting {unallocated}")
    acc = ledger.account_map(s)
    posted = s.scalar(select(func.coalesce(func.sum(Posting.amount_cents), 0)).where(
        Posting.account_id == acc.unallocated)) or 0
    waiting = s.scalar(select(func.coalesce(func.sum(Payment.unallocated_cents), 0))) or 0
    if -posted != waiting:
        found.append(f"unallocated-payments account {-posted} but payments waiting {waiting}")
    unbalanced = s.execute(select(Posting.voucher_id, func.sum(Posting.amount_cents)).group_by(Posting.voucher_id)
                           .having(func.sum(Posting.amount_cents) != 0)).all()
    found += [f"voucher {v} sums to {t}" for v, t in unbalanced]
    return found


def _payment_problems(s: Session, desk: Desk) -> list[str]:
    """Each imported payment's money is settled, on a credit balance, or waiting; a returned one is undone whole."""
    found = []
    if not desk.imports:
        return found
    acc = ledger.account_map(s)
    live = (select(Settlement.payment_id, func.sum(Settlement.amount_cents).label("settled"))
            .where(Settlement.undone_at.is_(None)).group_by(Settlement.payment_id).subquery())
    balance = (select(Voucher.payment_id, (-func.sum(Posting.amount_cents)).label("moved"))
               .join(Posting, Posting.voucher_id == Voucher.id)
               .where(Posting.account_id == acc.customer_balance, Voucher.payment_id.is_not(None))
               .group_by(Voucher.payment_id).subquery())
    for pid, amount, unallocated, status, settled, to_balance in s.execute(
            select(Payment.id, Payment.amount_cents, Payment.unallocated_cents, Payment.status,
                   func.coalesce(live.c.settled, 0), func.coalesce(balance.c.moved, 0))
            .outerjoin(live, live.c.payment_id == Payment.id).outerjoin(balance, balance.c.payment_id == Payment.id)
            .where(Payment.import_id.in_(desk.imports))):
        if status == PaymentStatus.REVERSED:
            if amount > 0 and (settled or unallocated or to_balance):
                found.append(f"returned payment {pid} still pays {settled} / waits {unallocated}")
            continue
        if amount > 0 and settled + to_balance + unallocated != amount:
            found.append(f"payment {pid} of {amount}: settled {settled} + balance {to_balance} + waiting "
                         f"{unallocated} do not add up")
    return found


def money_of_import(s: Session, import_id: int) -> dict[str, int]:
    """Where one file's money went, by the payment's status when it was booked and what the clerk did."""
    out: Counter[str] = Counter()
    acc = ledger.account_map(s)
    for pid, amount, unallocated, status in s.execute(
            select(Payment.id, Payment.amount_cents, Payment.unallocated_cents, Payment.status)
            .where(Payment.import_id == import_id)):
        if status == PaymentStatus.REVERSED:
            out["returned" if amount < 0 else "reversed"] += abs(amount)
            continue
        settled = s.scalar(select(func.coalesce(func.sum(Settlement.amount_cents), 0)).where(
            Settlement.payment_id == pid, Settlement.undone_at.is_(None))) or 0
        balance = -(s.scalar(select(func.coalesce(func.sum(Posting.amount_cents), 0))
                             .join(Voucher, Voucher.id == Posting.voucher_id)
                             .where(Voucher.payment_id == pid,
                                    Posting.account_id == acc.customer_balance)) or 0)
        out[str(PaymentStatus(status))] += settled
        out["balance"] += balance
        out["waiting"] += unallocated
    return dict(out)
