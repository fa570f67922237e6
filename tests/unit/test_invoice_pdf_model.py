"""The document model refuses a document whose sums disagree, so a wrong invoice fails where it is built."""

from __future__ import annotations

import dataclasses
from decimal import Decimal

import pytest

from desktop_app.models.enums import InvoiceKind
from desktop_app.services.documents.model import DocumentLine, VatRow
from desktop_app.services.documents.samples import EXAMPLE_ITEMS, example_document


def test_example_documents_of_every_kind_are_consistent() -> None:
    for kind in InvoiceKind:
        doc = example_document(kind, items=EXAMPLE_ITEMS)
        assert doc.total_net + doc.total_vat == doc.total_gross
        assert doc.payable == (kind not in (InvoiceKind.REFUND_INVOICE, InvoiceKind.CREDIT_NOTE))


def test_line_whose_net_and_vat_do_not_make_its_gross_is_refused() -> None:
    with pytest.raises(ValueError, match="net 10.00 \\+ VAT 1.40 != gross 11.41"):
        DocumentLine("X", Decimal(1), Decimal("10.00"), 1400, Decimal("10.00"), Decimal("1.40"), Decimal("11.41"))


def test_float_or_sub_cent_amounts_are_refused() -> None:
    with pytest.raises(ValueError, match="two decimals"):
        DocumentLine("X", Decimal(1), Decimal("10.001"), 0, Decimal("10.00"), Decimal("0.00"), Decimal("10.00"))
    with pytest.raises(ValueError, match="two decimals"):
        dataclasses.replace(example_document(), amount_to_pay=341.77)  # type: ignore[arg-type]


def test_totals_that_differ_from_the_lines_are_refused() -> None:
    doc = example_document()
    with pytest.raises(ValueError, match="lines' net"):
        dataclasses.replace(doc, lines=doc.lines[:1])


def test_vat_breakdown_that_differs_from_the_totals_is_refused() -> None:
    doc = example_document()
    with pytest.raises(ValueError, match="VAT breakdown"):
        dataclasses.replace(doc, vat_breakdown=(VatRow(1400, Decimal("299.80"), Decimal("41.96"), Decimal("341.76")),))


def test_amount_to_pay_must_be_total_less_balance_used() -> None:
    doc = example_document()
    with pytest.raises(ValueError, match="amount to pay"):
        dataclasses.replace(doc, balance_applied=Decimal("10.00"))
    assert dataclasses.replace(doc, balance_applied=Decimal("10.00"), amount_to_pay=Decimal("331.77")).payable


def test_reminder_needs_its_details_and_adds_the_open_amount() -> None:
    reminder = example_document(InvoiceKind.REMINDER)
    assert reminder.reminder is not None
    assert reminder.amount_to_pay == reminder.reminder.open_amount + Decimal("5.00") + reminder.reminder.interest_amount
    with pytest.raises(ValueError, match="ReminderDetails"):
        dataclasses.replace(reminder, reminder=None)


def test_unknown_language_is_refused() -> None:
    with pytest.raises(ValueError, match="language"):
        dataclasses.replace(example_document(), language="de")
