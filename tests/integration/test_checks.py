"""Check reports (SPEC W11): clean on correct books, and each check finds its own kind of damage.

The damage is done with plain SQL on the engine's connection, as a buggy tool or a hand edit
would: it bypasses the ORM guard that keeps posted vouchers immutable.
"""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest
from sqlalchemy import Connection, insert, text

from desktop_app.bootstrap import Database
from desktop_app.cli import EXIT_OK, EXIT_VIOLATION, main
from desktop_app.models import Payment, Settlement, Voucher
from desktop_app.models.enums import VoucherKind
from desktop_app.services.foundation.uow import Actor
from desktop_app.services.ledger import checks
from tests.integration.ledger_books import DAY, Books, build_books, voucher_number


@pytest.fixture
def books(db: Database, accountant: Actor) -> Books:
    with db.session_factory() as s:
        result = build_books(s, accountant)
        s.commit()
    return result


def _violations(db: Database) -> list[checks.Violation]:
    with db.session_factory() as s:
        return checks.check_ledger(s)


def _sql(conn: Connection, statement: str, **params: object) -> None:
    conn.execute(text(statement), params)


def test_correct_books_pass_every_check(db: Database, books: Books) -> None:
    with db.session_factory() as s:
        report = checks.run_checks(s)
    assert report.violations == ()
    assert report.ok
    assert (report.vouchers, report.postings) == (9, 21)


def test_every_check_has_its_own_code() -> None:
    assert len(set(checks.CHECK_CODES)) == len(checks.CHECKS) >= 14


def _unbalanced(conn: Connection, b: Books) -> None:
    _sql(conn, "UPDATE postings SET amount_cents = amount_cents + 1 WHERE amount_cents > 0 AND voucher_id = "
               "(SELECT voucher_id FROM payments WHERE id = :p)", p=b.overpayment_id)


def _no_postings(conn: Connection, b: Books) -> None:
    conn.execute(insert(Voucher.__table__).values(number=777, voucher_date=DAY, kind=VoucherKind.MANUAL,
                                                  description="", settlement_state="none"))


def _inactive_account(conn: Connection, b: Books) -> None:
    _sql(conn, "UPDATE accounts SET active = false WHERE number = '1900'")


def _reversal_off(conn: Connection, b: Books) -> None:
    _sql(conn, "UPDATE postings SET account_id = (SELECT id FROM accounts WHERE number = '1910') "
               "WHERE voucher_id = :v AND amount_cents < 0", v=b.reversal_voucher_id)


def _not_posted(conn: Connection, b: Books) -> None:
    _sql(conn, "UPDATE invoices SET voucher_id = NULL WHERE id = :i", i=b.reminder_id)


def _receivables(conn: Connection, b: Books) -> None:
    _sql(conn, "UPDATE invoices SET total_cents = total_cents + 100 WHERE id = :i", i=b.invoice_id)


def _revenue(conn: Connection, b: Books) -> None:
    _sql(conn, "UPDATE invoices SET net_cents = net_cents - 100, vat_cents = vat_cents + 100 WHERE id = :i",
         i=b.invoice_id)


def _refund(conn: Connection, b: Books) -> None:
    _sql(conn, "UPDATE invoices SET total_cents = 1200 WHERE id = :i", i=b.refund_invoice_id)


def _settlements(conn: Connection, b: Books) -> None:
    _sql(conn, "UPDATE invoices SET paid_cents = 6000 WHERE id = :i", i=b.invoice_id)


def _overallocated(conn: Connection, b: Books) -> None:
    payment_id = conn.execute(insert(Payment.__table__).values(
        amount_cents=10000, booking_date=DAY, reference="", status="matched", unallocated_cents=3000,
        source="manual", currency="EUR", payer_name="", message="", handling_reason="",
    ).returning(Payment.__table__.c.id)).scalar_one()
    conn.execute(insert(Settlement.__table__).values(invoice_id=b.invoice_id, payment_id=payment_id,
                                                     amount_cents=7000, settled_on=DAY))
    _sql(conn, "UPDATE invoices SET paid_cents = 12000, status = 'paid' WHERE id = :i", i=b.invoice_id)


def _status(conn: Connection, b: Books) -> None:
    _sql(conn, "UPDATE invoices SET status = 'paid' WHERE id = :i", i=b.invoice_id)


def _payment(conn: Connection, b: Books) -> None:
    _sql(conn, "UPDATE payments SET amount_cents = 4000 WHERE id = :p", p=b.payment_id)


def _negative_balance(conn: Connection, b: Books) -> None:
    _sql(conn, "UPDATE postings SET amount_cents = CASE WHEN amount_cents > 0 THEN 2000 ELSE -2000 END "
               "WHERE voucher_id = (SELECT voucher_id FROM payments WHERE id = :p)", p=b.overpayment_id)


def _balance_without_customer(conn: Connection, b: Books) -> None:
    _sql(conn, "UPDATE postings SET customer_id = NULL WHERE amount_cents = 2200 AND customer_id = :c "
               "AND invoice_id IS NULL", c=b.balance_customer_id)


Damage = Callable[[Connection, Books], None]

CASES: list[tuple[str, Damage, Callable[[Books, Callable[[int], int]], str]]] = [
    ("VOUCHER_UNBALANCED", _unbalanced,
     lambda b, vn: "does not balance: its postings sum to 0.01 EUR instead of 0."),
    ("VOUCHER_TOO_FEW_POSTINGS", _no_postings,
     lambda b, vn: "Voucher 777 has 0 postings; a voucher needs at least two."),
    ("POSTING_BAD_ACCOUNT", _inactive_account,
     lambda b, vn: f"Voucher {vn(b.manual_voucher_id)} posts 7.00 EUR (1 line) on the inactive account 1900."),
    ("REVERSAL_NOT_MIRROR", _reversal_off,
     lambda b, vn: f"Reversal voucher {vn(b.reversal_voucher_id)} does not mirror voucher "
                   f"{vn(b.manual_voucher_id)}: on account 1900 the two add up to 7.00 EUR instead of 0"),
    ("INVOICE_NOT_POSTED", _not_posted, lambda b, vn: "of 5.00 EUR has no voucher in the ledger."),
    ("INVOICE_RECEIVABLES_MISMATCH", _receivables,
     lambda b, vn: f"Invoice {b.invoice_number} totals 111.00 EUR but its voucher {vn(b.invoice_voucher_id)} "
                   f"debits 110.00 EUR to receivables for it."),
    ("INVOICE_REVENUE_MISMATCH", _revenue,
     lambda b, vn: f"Invoice {b.invoice_number} has net 99.00 EUR and VAT 11.00 EUR but its voucher "
                   f"{vn(b.invoice_voucher_id)} credits 100.00 EUR to revenue and 10.00 EUR to VAT."),
    ("REFUND_INVOICE_MISMATCH", _refund,
     lambda b, vn: f"Refund invoice {b.refund_invoice_number} totals 12.00 EUR but its voucher"),
    ("INVOICE_SETTLEMENTS_MISMATCH", _settlements,
     lambda b, vn: f"Invoice {b.invoice_number}: payments settled on it add up to 50.00 EUR but it shows "
                   f"60.00 EUR paid."),
    ("INVOICE_OVERALLOCATED", _overallocated,
     lambda b, vn: f"Invoice {b.invoice_number} totals 110.00 EUR but 120.00 EUR is settled on it "
                   f"(120.00 EUR paid, 0.00 EUR credit balance applied)."),
    ("INVOICE_STATUS_MISMATCH", _status,
     lambda b, vn: f"Invoice {b.invoice_number} is marked paid but 50.00 EUR of its 110.00 EUR is paid or "
                   f"covered by credit balance."),
    ("PAYMENT_OVERALLOCATED", _payment,
     lambda b, vn: f"Payment {b.payment_id} of 40.00 EUR (reference"),
    ("CUSTOMER_BALANCE_NEGATIVE", _negative_balance,
     lambda b, vn: f"Customer {b.balance_customer_number} (Korhonen Pekka) has a credit balance of -2.00 EUR"),
    ("BALANCE_POSTING_WITHOUT_CUSTOMER", _balance_without_customer,
     lambda b, vn: "posts 22.00 EUR on the customer-balance account without naming a customer."),
]


@pytest.mark.parametrize(("code", "damage", "expected"), CASES, ids=[c[0] for c in CASES])
def test_check_ledger_finds_exactly_the_damage_done(
    db: Database, books: Books, code: str, damage: Damage, expected: Callable[[Books, Callable[[int], int]], str]
) -> None:
    with db.engine.begin() as conn:
        damage(conn, books)
    found = _violations(db)
    assert {v.code for v in found} == {code}, [v.message for v in found]
    with db.session_factory() as s:
        text_expected = expected(books, lambda vid: voucher_number(s, vid))
    assert any(text_expected in v.message for v in found), [v.message for v in found]


def test_every_check_is_exercised_by_a_damage_case() -> None:
    assert {c[0] for c in CASES} == set(checks.CHECK_CODES)


def test_violations_carry_references_for_the_views(db: Database, books: Books) -> None:
    with db.engine.begin() as conn:
        _receivables(conn, books)
    (violation,) = _violations(db)
    assert violation.refs == {"invoice_id": books.invoice_id, "invoice_number": books.invoice_number,
                              "voucher_number": violation.refs["voucher_number"], "expected_cents": 11100,
                              "posted_cents": 11000}


def test_a_corrupt_ledger_is_reported_not_dumped(db: Database, books: Books) -> None:
    with db.engine.begin() as conn:
        conn.execute(insert(Voucher.__table__), [
            {"number": 5000 + n, "voucher_date": DAY, "kind": "manual", "description": "", "settlement_state": "none"}
            for n in range(5)
        ])
    with db.session_factory() as s:
        found = checks.check_ledger(s, limit_per_check=3)
    assert [v.code for v in found] == ["VOUCHER_TOO_FEW_POSTINGS"] * 4
    assert found[-1].message == "More violations of this kind were found; only the first 3 are listed."


# --- reskontra check-ledger ---------------------------------------------------------------------

def test_check_ledger_command_exits_0_on_correct_books(
    db: Database, books: Books, database_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["check-ledger", "--database-url", database_url]) == EXIT_OK
    assert capsys.readouterr().out.strip() == "Ledger OK: 9 vouchers, 21 postings checked"


def test_check_ledger_command_exits_1_and_names_each_violation(
    db: Database, books: Books, database_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with db.engine.begin() as conn:
        _status(conn, books)
        _payment(conn, books)
    assert main(["check-ledger", "--database-url", database_url]) == EXIT_VIOLATION
    lines = capsys.readouterr().out.strip().splitlines()
    assert lines[0].startswith(f"INVOICE_STATUS_MISMATCH: Invoice {books.invoice_number} is marked paid")
    assert lines[1].startswith(f"PAYMENT_OVERALLOCATED: Payment {books.payment_id} of 40.00 EUR")
    assert lines[2] == "2 violation(s) in 9 vouchers, 21 postings"


def test_check_ledger_command_json(
    db: Database, books: Books, database_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["check-ledger", "--json", "--database-url", database_url]) == EXIT_OK
    assert json.loads(capsys.readouterr().out) == {"ok": True, "vouchers": 9, "postings": 21, "violations": []}
    with db.engine.begin() as conn:
        _payment(conn, books)
    assert main(["check-ledger", "--json", "--database-url", database_url]) == EXIT_VIOLATION
    out = json.loads(capsys.readouterr().out)
    assert out["ok"] is False
    (violation,) = out["violations"]
    assert violation["code"] == "PAYMENT_OVERALLOCATED"
    assert violation["payment_id"] == books.payment_id
    assert violation["allocated_cents"] == 5000
    assert violation["message"].startswith(f"Payment {books.payment_id} of 40.00 EUR")
