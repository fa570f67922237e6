"""One amount to pay per document (``invoices.AmountToPay``): the Sending list, the PDF, the email text
and the Finvoice of a reminder whose invoice is partly paid ask the same sum, made of the same parts."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from decimal import Decimal

import pytest
from lxml import etree

from desktop_app.bootstrap import Database
from desktop_app.models.enums import Channel
from desktop_app.services import payments, reminders, sending
from desktop_app.services.documents import invoices
from desktop_app.services.documents.finvoice import finvoice_xml
from desktop_app.services.foundation import formatting
from desktop_app.services.foundation.uow import Actor, UnitOfWork
from tests.integration.test_reminders import bill

D = dt.date


def _pdf_text(data: bytes) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext is not installed")
    text = subprocess.run(["pdftotext", "-layout", "-", "-"], input=data, capture_output=True, check=True).stdout
    return text.decode().replace("\u00a0", " ")


def _partly_paid_einvoice(db: Database, clerk: Actor, lang: str) -> int:
    """54,89 € due 15.4.2026 on the e-invoice channel, 20,00 € of it paid on 1.6.2026."""
    ids = bill(db, clerk, [{"name": "Osittain Olli", "due": D(2026, 4, 15), "language": lang,
                            "channel": Channel.EINVOICE, "email": "olli@example.fi",
                            "einvoice_address": "003712345678", "einvoice_operator": "003721291126"}])
    (iid,) = ids.values()
    with UnitOfWork(db.session_factory) as uow:
        inv = uow.session.get(invoices.Invoice, iid)
        assert inv is not None
        payments.record_payment(uow.session, clerk, amount_cents=2000, booking_date=D(2026, 6, 1),
                                reference=inv.reference)
        uow.commit()
    return iid


@pytest.mark.parametrize("lang", ["fi", "en"])
def test_the_sending_list_pdf_email_and_finvoice_of_a_reminder_ask_the_same_amount(
        db: Database, clerk: Actor, lang: str) -> None:
    # 54,89 € due 15.4.2026, 20,00 € paid on 1.6.: 34,89 € open when reminder #1 goes out on 27.6.
    iid = _partly_paid_einvoice(db, clerk, lang)
    made = reminders.create_reminders(db.session_factory, clerk, 1, [iid], D(2026, 6, 27)).created[0]
    assert made.reminder_id is not None
    # interest at 2.5 + 7 = 9.5 %: 34,89 € late 73 days (to 27.6.), the 20,00 € paid on 1.6. 47 days:
    # (3489 × 73 + 2000 × 47) × 950 / 3 650 000 = 90.76 c -> 0,91 € (not 54,89 € × 73 days = 1,04 €)
    assert made.interest_cents == reminders.interest_cents([(3489, 950 * 73), (2000, 950 * 47)]) == 91
    with UnitOfWork(db.session_factory) as uow:
        s = uow.session
        amount = invoices.amounts_to_pay(s, [s.get(invoices.Invoice, made.reminder_id)])[made.reminder_id]
        listed = {u.invoice_id: u for u in sending.list_unsent(s, Channel.EINVOICE)}[made.reminder_id]
        (preview,) = sending.preview(s, Channel.EMAIL, [made.reminder_id])  # as if it went by email
        doc = invoices.invoice_document(s, made.reminder_id)
    assert (amount.capital_cents, amount.fee_cents, amount.interest_cents, amount.balance_applied_cents) == (
        3489, 500, 91, 0)
    assert amount.total == Decimal("40.80")
    assert listed.total_cents == amount.total_cents  # the Sending list (was the fee alone: 5,00 €)
    assert doc.amount_to_pay == amount.total and doc.reminder is not None
    assert doc.reminder.open_amount == Decimal("34.89") and doc.total_gross == Decimal("5.91")
    shown = formatting.money(amount.total, lang).replace("\u00a0", " ")
    assert shown in preview.body.replace("\u00a0", " ")  # the email text
    assert preview.pdf is not None
    text = _pdf_text(preview.pdf)  # the PDF: open capital, the reminder's costs and the sum
    assert all(formatting.money(Decimal(v), lang).replace("\u00a0", " ") in text for v in ("34.89", "5.91", "40.80"))
    xml = finvoice_xml(doc, seller_einvoice_address="003715728600", seller_einvoice_operator="003721291126",
                       buyer_einvoice_operator="003721291126", message_id=f"RSK-{made.number}",
                       created_at=dt.datetime(2026, 6, 27, 10, 0))
    tree = etree.fromstring(xml)
    assert tree.xpath("string(//EpiInstructedAmount)") == "40,80"
    assert tree.xpath("string(//RowUnPaidVatIncludedAmount)") == "34,89"


def test_an_invoice_letter_sent_after_a_payment_asks_only_for_the_rest(db: Database, clerk: Actor) -> None:
    # A rejected e-invoice resent on paper after the customer paid part of it (or all of it).
    ids = bill(db, clerk, [{"name": "Osittain Olli", "due": D(2026, 4, 15), "language": "fi"},
                           {"name": "Maksanut Maija", "due": D(2026, 4, 15), "language": "fi"}])
    part_id, paid_id = ids.values()
    with UnitOfWork(db.session_factory) as uow:
        s = uow.session
        for iid, cents in ((part_id, 2000), (paid_id, None)):
            inv = s.get(invoices.Invoice, iid)
            assert inv is not None
            payments.record_payment(s, clerk, amount_cents=cents or inv.total_cents, booking_date=D(2026, 4, 10),
                                    reference=inv.reference)
        uow.commit()
    with UnitOfWork(db.session_factory) as uow:
        s = uow.session
        part, paid = (s.get(invoices.Invoice, i) for i in (part_id, paid_id))
        assert part is not None and paid is not None
        amounts = invoices.amounts_to_pay(s, [part, paid])
        part_doc, paid_doc = invoices.invoice_document(s, part_id), invoices.invoice_document(s, paid_id)
        total = part.total_cents
    assert amounts[part_id].paid_cents == 2000 and amounts[part_id].total_cents == total - 2000
    assert part_doc.amount_to_pay == Decimal(total - 2000) / 100 and part_doc.already_paid == Decimal("20.00")
    assert amounts[paid_id].total_cents == 0 and paid_doc.amount_to_pay == 0 and not paid_doc.payable
    import io

    from desktop_app.services.documents.invoice_pdf import render_invoice_pdf

    buffer = io.BytesIO()
    render_invoice_pdf(part_doc, buffer, paper_form=True)
    text = _pdf_text(buffer.getvalue())
    assert "Maksettu jo" in text and formatting.money(Decimal(total - 2000) / 100, "fi").replace("\u00a0", " ") in text


def test_the_einvoice_manifest_lists_a_reminder_with_what_it_asks(db: Database, clerk: Actor, tmp_path) -> None:
    import json

    iid = _partly_paid_einvoice(db, clerk, "fi")
    sending.send(db.session_factory, clerk, Channel.EINVOICE, [iid], output_dir=str(tmp_path / "first"))
    made = reminders.create_reminders(db.session_factory, clerk, 1, [iid], D(2026, 6, 27)).created[0]
    assert made.reminder_id is not None
    sending.send(db.session_factory, clerk, Channel.EINVOICE, [made.reminder_id], output_dir=str(tmp_path / "out"))
    (manifest,) = (tmp_path / "out").glob("*_manifest.json")
    (entry,) = json.loads(manifest.read_text())["files"]
    with UnitOfWork(db.session_factory) as uow:
        doc = invoices.invoice_document(uow.session, made.reminder_id)
    assert Decimal(entry["amount"]) == doc.amount_to_pay == Decimal("40.80")  # not the fee alone
