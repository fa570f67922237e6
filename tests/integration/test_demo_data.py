"""Demo data (issue 2, item 7): a realistic database whose books are clean and whose references all
resolve (the fast SQLite load checks no foreign key row by row), without leaving the fast-load
settings behind."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import text

from desktop_app.bootstrap import Database
from desktop_app.services.demo import DemoDataRefused, generate_demo_data
from desktop_app.services.foundation.uow import UnitOfWork
from desktop_app.services.ledger import checks

TODAY = dt.date(2026, 11, 24)


def test_demo_data_books_are_clean_and_a_second_run_is_refused(db: Database) -> None:
    summary = generate_demo_data(db, 300, today=TODAY)
    assert summary.customers == 300 and summary.invoices > 300
    with UnitOfWork(db.session_factory) as uow:
        assert checks.check_ledger(uow.session) == []
    with pytest.raises(DemoDataRefused):
        generate_demo_data(db, 10, today=TODAY)


def test_sqlite_is_back_to_wal_and_foreign_keys_after_the_load(sqlite_url: str) -> None:
    from desktop_app.bootstrap import open_database

    db = open_database(sqlite_url)
    try:
        generate_demo_data(db, 300, today=TODAY)  # every scenario is forced in, whatever the size
        with db.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall() == []
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            with pytest.raises(Exception, match="FOREIGN KEY"):
                conn.execute(text("INSERT INTO customer_search_tokens (token, customer_id) VALUES ('x', 999999)"))
    finally:
        db.dispose()


def test_demo_data_has_the_mix_a_desk_really_sees(db: Database) -> None:
    """Several open invoices and reminders at once, companies and persons, three languages, every channel,
    and a few customers whose address is missing (the billing run's error paths)."""
    from sqlalchemy import func, select

    from desktop_app.models import Customer, Invoice
    from desktop_app.models.enums import Channel, CustomerKind, InvoiceKind, InvoiceStatus

    generate_demo_data(db, 300, today=TODAY)
    with UnitOfWork(db.session_factory) as uow:
        s = uow.session
        count = func.count()
        open_payable = dict(s.execute(
            select(Invoice.customer_id, count).where(
                Invoice.status == InvoiceStatus.OPEN, Invoice.kind.in_((InvoiceKind.INVOICE, InvoiceKind.AD_INVOICE)))
            .group_by(Invoice.customer_id)).all())
        open_reminders = dict(s.execute(
            select(Invoice.customer_id, count).where(Invoice.status == InvoiceStatus.OPEN,
                                                     Invoice.kind == InvoiceKind.REMINDER)
            .group_by(Invoice.customer_id)).all())
        several_and_reminded = [c for c, n in open_payable.items() if n >= 2 and open_reminders.get(c)]
        assert len(several_and_reminded) >= 5, (open_payable, open_reminders)
        kinds = dict(s.execute(select(Customer.kind, count).group_by(Customer.kind)).all())
        assert kinds[CustomerKind.COMPANY] >= 20 and kinds[CustomerKind.PERSON] >= 150
        languages = dict(s.execute(select(Customer.language, count).group_by(Customer.language)).all())
        assert languages["fi"] > languages["sv"] >= 10 and languages["en"] >= 1
        channels = dict(s.execute(select(Customer.billing_channel, count).group_by(Customer.billing_channel)).all())
        assert all(channels.get(ch, 0) >= 10 for ch in Channel), channels
        missing = s.execute(select(Customer.billing_channel, Customer.street, Customer.email,
                                   Customer.einvoice_operator)
                            .where(((Customer.billing_channel == Channel.PAPER) & (Customer.street == ""))
                                   | ((Customer.billing_channel == Channel.EMAIL) & (Customer.email == ""))
                                   | ((Customer.billing_channel == Channel.EINVOICE)
                                      & (Customer.einvoice_operator == "")))).all()
        assert {row[0] for row in missing} == set(Channel), missing

        # every reminder is a sent letter after its invoice's due date; every #2 follows a sent #1 of its invoice
        reminders = s.execute(select(Invoice.id, Invoice.parent_invoice_id, Invoice.reminder_level,
                                     Invoice.invoice_date, Invoice.sent_at, Invoice.total_cents)
                              .where(Invoice.kind == InvoiceKind.REMINDER)).all()
        levels = {r.reminder_level for r in reminders}
        assert levels == {1, 2} and sum(r.reminder_level == 2 for r in reminders) >= 3
        parents = {i.id: i for i in s.execute(select(Invoice.id, Invoice.due_date, Invoice.status).where(
            Invoice.id.in_({r.parent_invoice_id for r in reminders}))).all()}
        first = {r.parent_invoice_id: r for r in reminders if r.reminder_level == 1}
        for r in reminders:
            assert r.sent_at is not None and r.total_cents > 0
            assert r.invoice_date > parents[r.parent_invoice_id].due_date
            if r.reminder_level == 2:
                one = first[r.parent_invoice_id]
                assert one.sent_at is not None and one.invoice_date < r.invoice_date
        assert len(first) == sum(r.reminder_level == 1 for r in reminders)  # never two #1 for one invoice

        # the reminders carry late-payment interest; a #2 charges only what its #1 did not
        from desktop_app.models import InvoiceLine
        from desktop_app.models.enums import LineKind
        from desktop_app.services import reminders as reminders_service

        interest = dict(s.execute(select(Invoice.parent_invoice_id, InvoiceLine.net_cents)
                                  .join(InvoiceLine, InvoiceLine.invoice_id == Invoice.id)
                                  .where(Invoice.reminder_level == 1, InvoiceLine.kind == LineKind.INTEREST)).all())
        assert len(interest) >= 5 and all(cents > 0 for cents in interest.values())
        second = reminders_service.candidates(s, 2, TODAY).eligible
        with_interest = [c for c in second if c.invoice_id in interest]
        assert with_interest and all(c.interest_earlier_cents == interest[c.invoice_id] for c in with_interest)

        # the latest runs' invoices wait in the Sending tab: nobody has had them, so nobody has paid them yet
        unsent = s.execute(select(Invoice.number, Invoice.paid_cents).where(Invoice.sent_at.is_(None))).all()
        assert len(unsent) >= 10 and [n for n, paid in unsent if paid] == []
        assert checks.check_ledger(s) == []
