"""Customer card, order detail and customer edits (SPEC W1.2–W1.4) on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
import threading
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from desktop_app.bootstrap import Database, open_database
from desktop_app.models import AuditEvent, Customer, Payment
from desktop_app.models.enums import (
    Channel,
    InvoiceKind,
    InvoiceStatus,
    OrderStatus,
    PaymentMethod,
    PaymentSource,
    PaymentStatus,
    SalesChannel,
    VatClass,
    VoucherKind,
)
from desktop_app.services import customers, ledger
from desktop_app.services.foundation import validation
from desktop_app.services.foundation.errors import ConcurrentChange, NotFound, ValidationError
from desktop_app.services.foundation.uow import Actor, UnitOfWork
from tests.integration.customer_support import invoice, new_customer, order, product

TODAY = dt.date(2026, 11, 24)


def _audit_count(db: Database, customer_id: int) -> int:
    with db.session_factory() as session:
        return session.scalar(select(func.count()).select_from(AuditEvent)
                              .where(AuditEvent.customer_id == customer_id)) or 0


# --- creating ------------------------------------------------------------------------------------

def test_new_customers_get_consecutive_numbers_and_a_created_event(db: Database, clerk: Actor):
    with UnitOfWork(db.session_factory) as uow:
        first = new_customer(uow.session, clerk, first_name="Anna", last_name="Åkerlund",
                             email="Anna@Example.fi", phone="+358 40 123 4567")
        second = new_customer(uow.session, clerk, kind="company", company_name="Öljy-Öhman Oy",
                              business_id="01120389", iban="FI21 1234 5600 0007 85")
        uow.commit()
    with db.session_factory() as session:
        a, b = session.get(Customer, first), session.get(Customer, second)
        assert a is not None and b is not None
        assert b.customer_number == a.customer_number + 1
        assert (a.name, a.search_name, a.email_folded, a.phone_digits) == (
            "Åkerlund Anna", "akerlund anna", "anna@example.fi", "401234567")
        assert (b.name, b.business_id, b.iban, b.bic) == ("Öljy-Öhman Oy", "0112038-9", "FI2112345600000785",
                                                           "NDEAFIHH")
        assert b.payment_term_days == 14 and b.billing_channel == Channel.PAPER
        log = customers.get_customer_card(session, first, today=TODAY).change_log
    assert [row.action for row in log] == ["customer.created"]
    assert log[0].username == clerk.username and log[0].after["last_name"] == "Åkerlund"


def test_creating_with_bad_fields_saves_nothing_and_reports_each_field(db: Database, clerk: Actor):
    with UnitOfWork(db.session_factory) as uow:
        with pytest.raises(ValidationError) as info:
            new_customer(uow.session, clerk, email="anna@", business_id="1234567-8", billing_channel="email",
                         postal_code="123")
        uow.commit()
    assert set(info.value.errors) == {"email", "business_id", "postal_code"}
    with db.session_factory() as session:
        assert session.scalar(select(func.count()).select_from(Customer)) == 0


# --- the customer card ---------------------------------------------------------------------------

@pytest.fixture
def filled(db: Database, clerk: Actor) -> dict[str, int]:
    """A customer with orders (one received by someone else), invoices, a reminder, a refund invoice,
    payments and ledger postings."""
    with UnitOfWork(db.session_factory) as uow:
        s = uow.session
        cid = new_customer(s, clerk, first_name="Anna", last_name="Åkerlund", email="anna@example.fi")
        gift = new_customer(s, clerk, first_name="Pekka", last_name="Lahja")
        mag = product(s, "Kotiliesi 12 kk", price_cents=8000, vat_class=VatClass.PERIODICALS)
        paid_order = order(s, cid, mag, start=dt.date(2026, 1, 1), end=dt.date(2026, 12, 31), quantity=2,
                           price_cents=7500, recipient_id=gift)
        open_order = order(s, cid, mag, start=dt.date(2026, 7, 1), end=dt.date(2027, 6, 30))
        paid = invoice(s, cid, number=100101, total_cents=16500, paid_cents=16500, status=InvoiceStatus.PAID,
                       line_order=paid_order, invoice_date=dt.date(2026, 1, 2), due_date=dt.date(2026, 1, 16))
        unpaid = invoice(s, cid, number=100102, total_cents=8800, paid_cents=3000, line_order=open_order,
                         invoice_date=dt.date(2026, 7, 1), due_date=dt.date(2026, 7, 15))
        invoice(s, cid, number=100103, kind=InvoiceKind.REMINDER, parent=unpaid, reminder_level=1,
                total_cents=500, invoice_date=dt.date(2026, 8, 1), due_date=dt.date(2026, 12, 15))
        invoice(s, cid, number=100104, kind=InvoiceKind.REFUND_INVOICE, parent=paid, order=paid_order,
                total_cents=2000, invoice_date=dt.date(2026, 9, 1), due_date=dt.date(2026, 9, 1))
        s.add(Payment(source=PaymentSource.BANK_FILE, amount_cents=16500, booking_date=dt.date(2026, 1, 10),
                      reference=paid.reference, payer_name="ÅKERLUND ANNA", customer_id=cid,
                      status=PaymentStatus.MATCHED))
        s.add(Payment(source=PaymentSource.MANUAL, amount_cents=3000, booking_date=dt.date(2026, 7, 20),
                      reference=unpaid.reference, payer_name="Åkerlund Anna", customer_id=cid,
                      status=PaymentStatus.PARTIAL))
        accounts = ledger.account_map(s)
        ledger.post_voucher(s, clerk, ledger.NewVoucher(VoucherKind.PAYMENT, dt.date(2026, 11, 2), [
            ledger.PostingLine(accounts.bank, 1234),
            ledger.PostingLine(accounts.customer_balance, -1234, customer_id=cid, description="overpayment"),
        ], "overpayment to balance"))
        uow.commit()
        return {"customer": cid, "gift": gift, "paid_order": paid_order.id, "open_order": open_order.id}


def test_card_shows_billing_data_balance_orders_invoices_payments_postings_and_log(db: Database,
                                                                                   filled: dict[str, int]):
    with db.session_factory() as session:
        card = customers.get_customer_card(session, filled["customer"], today=TODAY)
    assert card.customer.name == "Åkerlund Anna" and card.customer.email == "anna@example.fi"
    assert card.customer.payment_term_days == 14 and card.customer.version == 1
    assert card.balance == Decimal("12.34") and card.balance_cents == 1234

    assert len(card.orders) == 2
    assert {o.recipient_number for o in card.orders} >= {None}
    gifted = next(o for o in card.orders if o.order_id == filled["paid_order"])
    assert gifted.quantity == 2 and gifted.unit_price_cents == 7500 and gifted.product_name == "Kotiliesi 12 kk"
    assert gifted.recipient_number is not None and gifted.recipient_number != card.customer.customer_number

    by_number = {i.number: i for i in card.invoices}
    assert list(by_number) == [100104, 100103, 100102, 100101]  # newest first
    assert by_number[100101].open_cents == 0 and by_number[100101].status == InvoiceStatus.PAID
    assert by_number[100102].open_cents == 5800 and by_number[100102].overdue
    assert by_number[100102].open_amount == Decimal("58.00")
    reminder = by_number[100103]
    assert reminder.kind == InvoiceKind.REMINDER and reminder.reminder_level == 1
    assert reminder.parent_invoice_number == 100102 and not reminder.overdue
    assert by_number[100104].kind == InvoiceKind.REFUND_INVOICE and by_number[100104].open_cents == 2000

    assert [p.amount_cents for p in card.payments] == [3000, 16500]
    assert card.payments[0].status == PaymentStatus.PARTIAL

    assert len(card.postings) == 1
    posting = card.postings[0]
    assert posting.amount_cents == -1234 and posting.voucher_kind == VoucherKind.PAYMENT
    assert posting.account_number and posting.account_name and posting.description == "overpayment"
    assert [row.action for row in card.change_log] == ["customer.created"]


def test_the_recipient_sees_the_order_on_their_card_too(db: Database, filled: dict[str, int]):
    with db.session_factory() as session:
        card = customers.get_customer_card(session, filled["gift"], today=TODAY)
    assert [o.order_id for o in card.orders] == [filled["paid_order"]]
    assert card.invoices == () and card.balance_cents == 0


def test_lookups_by_number(db: Database, filled: dict[str, int]):
    with db.session_factory() as session:
        number = customers.get_customer(session, filled["customer"]).customer_number
        assert customers.customer_id_by_number(session, f" {number} ") == filled["customer"]
        order_number = customers.get_order_detail(session, filled["paid_order"], today=TODAY).order_number
        assert customers.order_id_by_number(session, str(order_number)) == filled["paid_order"]
        for bad in ("999999", "abc", ""):
            with pytest.raises(NotFound):
                customers.customer_id_by_number(session, bad)
        with pytest.raises(NotFound):
            customers.order_id_by_number(session, 1)
        with pytest.raises(NotFound):
            customers.get_customer_card(session, 424242)


# --- the order detail ----------------------------------------------------------------------------

def test_order_detail_shows_price_vat_parties_invoices_and_cut_off_for_a_paid_order(db: Database,
                                                                                    filled: dict[str, int]):
    with db.session_factory() as session:
        d = customers.get_order_detail(session, filled["paid_order"], today=TODAY)
        payer = customers.get_customer(session, filled["customer"])
        recipient = customers.get_customer(session, filled["gift"])
    assert d.product_name == "Kotiliesi 12 kk" and d.quantity == 2
    assert (d.unit_price_cents, d.list_price_cents) == (7500, 8000)
    assert d.vat_rate_bp == 1000  # periodicals, 10 % in 2026
    assert (d.net_cents, d.vat_cents, d.total_cents) == (15000, 1500, 16500)
    assert (d.payer_id, d.payer_number, d.payer_name) == (payer.id, payer.customer_number, "Åkerlund Anna")
    assert (d.recipient_number, d.recipient_name) == (recipient.customer_number, "Lahja Pekka")
    assert d.sales_channel == SalesChannel.INVOICE and d.payment_method == PaymentMethod.INVOICE
    assert d.status == OrderStatus.ACTIVE
    assert [i.number for i in d.invoices] == [100104, 100101]  # its invoice and the refund invoice
    assert d.fully_paid and d.paid_cents == 16500 and d.open_cents == 0
    assert d.allowed_actions == ("cut_off", "change_price")  # billed, so not "cancel_order"


def test_unpaid_order_cannot_be_cut_off_and_lists_its_reminder(db: Database, filled: dict[str, int]):
    with db.session_factory() as session:
        d = customers.get_order_detail(session, filled["open_order"], today=TODAY)
    assert [i.number for i in d.invoices] == [100103, 100102]
    assert not d.fully_paid and d.open_cents == 5800
    assert d.allowed_actions == ("change_price",)  # its next periods may take a new price
    assert d.recipient_id == d.payer_id  # nobody else receives it


@pytest.mark.parametrize(("status", "channel", "method", "paid", "end", "expected"), [
    (OrderStatus.ACTIVE, SalesChannel.INVOICE, PaymentMethod.INVOICE, True, dt.date(2027, 6, 30),
     ("cut_off", "change_price")),
    (OrderStatus.ACTIVE, SalesChannel.INVOICE, PaymentMethod.INVOICE, True, dt.date(2026, 10, 31),
     ("change_price",)),  # its period has ended (no cut-off) but was not all requested yet
    (OrderStatus.ACTIVE, SalesChannel.INVOICE, PaymentMethod.INVOICE, False, dt.date(2027, 6, 30),
     ("change_price", "cancel_order")),  # nothing billed yet
    (OrderStatus.CUT_OFF, SalesChannel.INVOICE, PaymentMethod.INVOICE, True, dt.date(2027, 6, 30), ()),
    (OrderStatus.ENDED, SalesChannel.INVOICE, PaymentMethod.INVOICE, True, dt.date(2026, 10, 31), ()),
    (OrderStatus.ACTIVE, SalesChannel.CASH_DESK, PaymentMethod.CASH, False, dt.date(2026, 12, 5), ("cancel",)),
    (OrderStatus.ACTIVE, SalesChannel.ONLINE, PaymentMethod.CARD, False, dt.date(2026, 12, 5), ("cancel",)),
    (OrderStatus.CANCELLED, SalesChannel.ONLINE, PaymentMethod.PAYPAL, False, dt.date(2026, 12, 5), ("refund",)),
    (OrderStatus.CANCELLED, SalesChannel.CASH_DESK, PaymentMethod.EASYPAY, False, dt.date(2026, 12, 5),
     ("refund",)),
    (OrderStatus.REFUNDED, SalesChannel.ONLINE, PaymentMethod.CARD, False, dt.date(2026, 12, 5), ()),
])
def test_allowed_actions_follow_the_order_state(db: Database, clerk: Actor, status: OrderStatus,
                                                channel: SalesChannel, method: PaymentMethod, paid: bool,
                                                end: dt.date, expected: tuple[str, ...]):
    with UnitOfWork(db.session_factory) as uow:
        cid = new_customer(uow.session, clerk)
        ticket = product(uow.session, "Konsertti", vat_class=VatClass.REDUCED)
        o = order(uow.session, cid, ticket, start=dt.date(2026, 7, 1), end=end, status=status,
                  sales_channel=channel, payment_method=method)
        if paid:
            invoice(uow.session, cid, status=InvoiceStatus.PAID, paid_cents=13200, line_order=o)
        uow.commit()
    with db.session_factory() as session:
        d = customers.get_order_detail(session, o.id, today=TODAY)
    assert d.allowed_actions == expected
    assert d.vat_rate_bp == 1350  # reduced rate in force in 2026


def test_cut_off_order_shows_its_date_and_reason(db: Database, clerk: Actor):
    from desktop_app.models import CutoffReason

    with UnitOfWork(db.session_factory) as uow:
        cid = new_customer(uow.session, clerk)
        reason = uow.session.scalar(select(CutoffReason).where(CutoffReason.code == "moved_abroad"))
        assert reason is not None
        o = order(uow.session, cid, product(uow.session), start=dt.date(2026, 1, 1), end=dt.date(2026, 12, 31),
                  status=OrderStatus.CUT_OFF, cutoff_date=dt.date(2026, 11, 1))
        o.cutoff_reason_id = reason.id
        uow.commit()
    with db.session_factory() as session:
        d = customers.get_order_detail(session, o.id, today=TODAY)
    assert d.cutoff_date == dt.date(2026, 11, 1)
    assert d.cutoff_reason is not None
    assert d.cutoff_reason.label("en") == "Moved abroad" and d.cutoff_reason.label("fi") == "Muutto ulkomaille"


# --- editing -------------------------------------------------------------------------------------

def test_bad_iban_is_refused_with_its_field_and_nothing_is_saved(db: Database, clerk: Actor,
                                                                 filled: dict[str, int]):
    cid = filled["customer"]
    events_before = _audit_count(db, cid)
    with UnitOfWork(db.session_factory) as uow:
        with pytest.raises(ValidationError) as info:
            customers.update_customer(uow.session, clerk, cid, {"iban": "FI21 1234 5600 0007 86",
                                                                "city": "Espoo"}, expected_version=1)
        uow.commit()  # even a commit after the refusal saves nothing
    assert list(info.value.errors) == ["iban"]
    err = info.value.errors["iban"]
    assert err.field == "iban" and isinstance(err, validation.InvalidIbanChecksum)
    with db.session_factory() as session:
        c = customers.get_customer(session, cid)
    assert (c.iban, c.city, c.version) == ("", "Helsinki", 1)
    assert _audit_count(db, cid) == events_before


def test_good_update_is_saved_with_one_audit_event_of_the_changed_fields(db: Database, clerk: Actor,
                                                                        filled: dict[str, int]):
    cid = filled["customer"]
    with UnitOfWork(db.session_factory) as uow:
        card = customers.update_customer(uow.session, clerk, cid, {
            "iban": "fi21 1234 5600 0007 85", "email": "anna.lindqvist@example.fi", "last_name": "Lindqvist",
            "phone": "050 765 4321", "billing_channel": "email", "city": "Helsinki",  # city unchanged
            "no_reminders": True, "payment_term_days": 21,
        }, expected_version=1)
        uow.commit()
    c = card.customer
    assert (c.iban, c.bic, c.name, c.billing_channel, c.version) == (
        "FI2112345600000785", "NDEAFIHH", "Lindqvist Anna", Channel.EMAIL, 2)
    assert c.no_reminders and c.payment_term_days == 21
    with db.session_factory() as session:
        stored = session.get(Customer, cid)
        assert stored is not None
        assert (stored.search_name, stored.email_folded, stored.phone_digits) == (
            "lindqvist anna", "anna.lindqvist@example.fi", "507654321")
    latest = card.change_log[0]
    assert latest.action == "customer.updated" and latest.username == clerk.username
    assert latest.entity == "customer" and latest.entity_id == cid
    assert latest.before == {"iban": "", "bic": "", "email": "anna@example.fi", "last_name": "Åkerlund",
                             "phone": "", "billing_channel": "paper", "no_reminders": False,
                             "payment_term_days": 14}
    assert latest.after == {"iban": "FI2112345600000785", "bic": "NDEAFIHH", "email": "anna.lindqvist@example.fi",
                            "last_name": "Lindqvist", "phone": "050 765 4321", "billing_channel": "email",
                            "no_reminders": True, "payment_term_days": 21}
    assert [row.action for row in card.change_log] == ["customer.updated", "customer.created"]


def test_saving_unchanged_values_writes_nothing(db: Database, clerk: Actor, filled: dict[str, int]):
    cid = filled["customer"]
    events_before = _audit_count(db, cid)
    with UnitOfWork(db.session_factory) as uow:
        card = customers.update_customer(uow.session, clerk, cid, {"city": " Helsinki ", "email": "anna@example.fi"},
                                         expected_version=1)
        uow.commit()
    assert card.customer.version == 1
    assert _audit_count(db, cid) == events_before


def test_switching_to_einvoice_needs_address_and_operator(db: Database, clerk: Actor, filled: dict[str, int]):
    cid = filled["customer"]
    with UnitOfWork(db.session_factory) as uow:
        with pytest.raises(ValidationError) as info:
            customers.update_customer(uow.session, clerk, cid, {"billing_channel": "einvoice"}, expected_version=1)
        assert set(info.value.errors) == {"einvoice_address", "einvoice_operator"}
        card = customers.update_customer(uow.session, clerk, cid, {
            "billing_channel": "einvoice", "einvoice_address": "FI21 1234 5600 0007 85",
            "einvoice_operator": "ndeafihh"}, expected_version=1)
        uow.commit()
    assert (card.customer.einvoice_address, card.customer.einvoice_operator) == ("FI2112345600000785", "NDEAFIHH")


def test_stale_version_is_refused(db: Database, clerk: Actor, filled: dict[str, int]):
    cid = filled["customer"]
    with UnitOfWork(db.session_factory) as uow:
        customers.update_customer(uow.session, clerk, cid, {"city": "Espoo"}, expected_version=1)
        uow.commit()
    with UnitOfWork(db.session_factory) as uow, pytest.raises(ConcurrentChange):
        customers.update_customer(uow.session, clerk, cid, {"city": "Vantaa"}, expected_version=1)
    with db.session_factory() as session:
        c = customers.get_customer(session, cid)
    assert (c.city, c.version) == ("Espoo", 2)


@pytest.mark.postgres
def test_two_clerks_saving_the_same_customer_at_once_on_postgresql(pg_url: str):
    """The second save waits for the first one's row lock, then sees the new version and is refused."""
    from desktop_app.models.enums import Role
    from desktop_app.services.foundation.setup import ensure_user

    first_desk, second_desk = open_database(pg_url), open_database(pg_url)
    try:
        clerk = ensure_user(first_desk.session_factory, "kalle.clerk", Role.CLERK)
        with UnitOfWork(first_desk.session_factory) as uow:
            cid = new_customer(uow.session, clerk, first_name="Anna", last_name="Åkerlund")
            uow.commit()
        # Both clerks opened the card at version 1.
        first = UnitOfWork(first_desk.session_factory).__enter__()
        customers.update_customer(first.session, clerk, cid, {"city": "Espoo"}, expected_version=1)  # row locked
        outcome: dict[str, object] = {}

        def second_clerk() -> None:
            try:
                with UnitOfWork(second_desk.session_factory) as uow:
                    customers.update_customer(uow.session, clerk, cid, {"city": "Vantaa"}, expected_version=1)
                    uow.commit()
                outcome["result"] = "saved"
            except ConcurrentChange as exc:
                outcome["result"] = exc

        worker = threading.Thread(target=second_clerk)
        worker.start()
        worker.join(timeout=1.0)
        assert worker.is_alive(), "the second save must wait for the first clerk's transaction"
        first.commit()
        first.__exit__(None, None, None)
        worker.join(timeout=10)
        assert isinstance(outcome.get("result"), ConcurrentChange)
        with first_desk.session_factory() as session:
            c = customers.get_customer(session, cid)
            updates = session.scalar(select(func.count()).select_from(AuditEvent).where(
                AuditEvent.customer_id == cid, AuditEvent.action == "customer.updated"))
        assert (c.city, c.version, updates) == ("Espoo", 2, 1)
    finally:
        first_desk.dispose()
        second_desk.dispose()


def test_old_record_with_a_gap_can_still_be_edited_elsewhere(db: Database, clerk: Actor):
    """A customer saved before the channel rules (email channel, no email) can have its phone changed."""
    with UnitOfWork(db.session_factory) as uow:
        cid = new_customer(uow.session, clerk)
        stored = uow.session.get(Customer, cid)
        assert stored is not None
        stored.billing_channel = Channel.EMAIL  # as an import might have left it
        uow.commit()
    with UnitOfWork(db.session_factory) as uow:
        card = customers.update_customer(uow.session, clerk, cid, {"phone": "040 123 4567"}, expected_version=2)
        uow.commit()
    assert card.customer.phone == "040 123 4567"
