"""camt.054 bank notifications: the genkgo samples, written Finnish files, refusals and errors."""

from __future__ import annotations

import re
import time
from datetime import date, datetime
from decimal import Decimal

import pytest
from lxml import etree

from desktop_app.services.documents.references import create_domestic
from desktop_app.services.payments.camt054 import (
    BankFileError,
    DebitEntry,
    EntryTotalMismatch,
    ForeignCurrency,
    MalformedBankFile,
    MissingAmount,
    NonPositiveAmount,
    NotBooked,
    NotCamt054,
    OutgoingEntry,
    ReversedDebit,
    parse_camt054,
    write_camt054,
)
from tests.support_data import DATA

SHARED = DATA
CAMT054 = SHARED / "iso20022" / "camt054"
SAMPLE = CAMT054 / "genkgo_camt054.v2.xml"
SAMPLE_WITH_NAME = CAMT054 / "genkgo_camt054.v2.with-account-name.xml"
FINVOICE = SHARED / "finvoice" / "samples" / "finvoice_30_example.xml"
IBAN = "FI21 1234 5600 0007 85"
CREATED = datetime(2026, 1, 2, 10, 30)


@pytest.fixture(scope="module")
def schema() -> etree.XMLSchema:
    return etree.XMLSchema(etree.parse(str(CAMT054 / "camt.054.001.02.xsd")))


def write(*entries: OutgoingEntry, message_id: str = "MSG-2026-0001") -> bytes:
    return write_camt054(entries, message_id=message_id, account_iban=IBAN, created_at=CREATED)


def one_payment(**kwargs: object) -> bytes:
    options: dict[str, object] = {"entry_ref": "E1", "booking_date": date(2026, 1, 2),
                                  "payments": ((12345, "12344", "Aino Virtanen", ""),)}
    options.update(kwargs)
    return write(OutgoingEntry(**options))  # type: ignore[arg-type]


# --- the genkgo samples (generic camt.054, not Finnish: one SEK debit entry each) ---------------


def test_genkgo_sample_is_one_refused_debit() -> None:
    result = parse_camt054(SAMPLE.read_bytes(), SAMPLE.name)
    assert result.message_id == "AAAASESS-FP-ACCR001"
    assert result.created_at == "2007-10-18T12:30:00+01:00"
    assert result.account_iban == "CH2801234000123456789"  # given as Othr/Id, not IBAN
    assert result.payments == ()
    [refused] = result.refused
    assert refused.bank_ref == "AAAASESS-FP-ACCR001"
    assert refused.amount_cents == 200000_00
    assert refused.currency == "SEK"
    assert refused.reference == ""  # three TxDtls: no single reference to show
    assert refused.reason_template == DebitEntry.template
    assert refused.reason_params == {"bank_ref": "AAAASESS-FP-ACCR001"}
    assert refused.reason().english() == "Entry AAAASESS-FP-ACCR001 is a debit, not an incoming payment."


def test_genkgo_sample_with_account_name_has_no_entry_reference() -> None:
    data = SAMPLE_WITH_NAME.read_bytes()
    result = parse_camt054(data, SAMPLE_WITH_NAME.name)
    assert result.account_iban == "CH2801234000123456789"  # this time as IBAN
    assert result.payments == ()
    [refused] = result.refused
    assert re.fullmatch(r"H:[0-9a-f]{24}", refused.bank_ref)  # no AcctSvcrRef, no NtryRef
    assert (refused.amount_cents, refused.currency) == (200000_00, "SEK")
    assert refused.reason_template == DebitEntry.template
    assert parse_camt054(data).refused[0].bank_ref == refused.bank_ref


def test_genkgo_sample_as_euro_credit_reads_names_references_and_messages() -> None:
    # Turned into a euro credit, with an amount per TxDtls after each Refs block.
    data = SAMPLE.read_bytes().replace(b"DBIT", b"CRDT").replace(b'Ccy="SEK">200000', b'Ccy="EUR">600.00')
    amounts = iter([b"100.00", b"200.00", b"300.00"])
    data = re.sub(
        rb"</Refs>",
        lambda _: b"</Refs><AmtDtls><TxAmt><Amt Ccy=\"EUR\">" + next(amounts) + b"</Amt></TxAmt></AmtDtls>",
        data,
    )
    result = parse_camt054(data)
    assert [p.bank_ref for p in result.payments] == [f"AAAASESS-FP-ACCR001/{n}" for n in (1, 2, 3)]
    assert [p.amount_cents for p in result.payments] == [10000, 20000, 30000]
    assert {p.payer_name for p in result.payments} == {"MUELLER"}
    assert [(p.reference, p.reference_kind) for p in result.payments] == [
        ("ISRrefnumberV1", "other"), ("ISRrefnumberV2", "other"), ("RefnumberV3block1", "other"),
    ]
    assert [p.message for p in result.payments] == [
        "Unstructured Remittance Information V1 Additional Remittance Information V1",
        "Additional Remittance Information V2",
        "Unstructured Remittance Information V3 block 1 Unstructured Remittance Information V3 block 2 "
        "Additional Remittance Information V3 block 1 Additional Remittance Information V3 block 2",
    ]
    first = result.payments[0]
    assert first.booking_date == date(2007, 10, 18)  # from BookgDt/DtTm
    assert first.value_date == date(2007, 10, 18)
    assert first.bank_code == "PMNT/ICDT/DMCT"
    assert first.entry_ref == "AAAASESS-FP-ACCR001"
    assert not first.reversal
    assert result.refused == ()


def test_genkgo_sample_as_euro_credit_without_amounts_refuses_each_payment() -> None:
    data = SAMPLE.read_bytes().replace(b"DBIT", b"CRDT").replace(b"SEK", b"EUR")
    result = parse_camt054(data)
    assert result.payments == ()
    assert [r.bank_ref for r in result.refused] == [f"AAAASESS-FP-ACCR001/{n}" for n in (1, 2, 3)]
    assert {r.reason_template for r in result.refused} == {MissingAmount.template}
    assert [r.reference for r in result.refused] == ["ISRrefnumberV1", "ISRrefnumberV2", "RefnumberV3block1"]


def test_single_transaction_without_amount_takes_the_entry_amount_and_fallback_date() -> None:
    data = SAMPLE_WITH_NAME.read_bytes().replace(b"DBIT", b"CRDT").replace(b"SEK", b"EUR")
    [payment] = parse_camt054(data).payments
    assert payment.amount_cents == 200000_00
    assert payment.payer_name == "MUELLER"
    assert (payment.reference, payment.reference_kind, payment.message) == ("", "", "")
    assert payment.booking_date == date(2007, 10, 18)  # no BookgDt or ValDt: the notification's date
    assert payment.value_date is None
    assert payment.bank_ref == payment.entry_ref + "/1"


# --- written Finnish files -----------------------------------------------------------------------


def finnish_file() -> bytes:
    return write(
        OutgoingEntry("20260102ARCH0001", date(2026, 1, 2), (
            (12345, "12344", "Åsa Mäkinen", ""),
            (250000, "1 0016", "Jörgen Öberg Oy", "Lasku 1001"),
            (99, "RF18 5390 0754 7034", "Pääkkönen Säätiö", ""),
        ), pad_reference=True),
        OutgoingEntry("20260102ARCH0002", date(2026, 1, 2), ((5000, "rf18539007547034", "Lind", ""),)),
        OutgoingEntry("20260103ARCH0003", date(2026, 1, 3), ((12345, "12344", "Åsa Mäkinen", ""),),
                      reversal=True, pad_reference=True),
        OutgoingEntry("20260103ARCH0004", date(2026, 1, 3), ((700, "12345", "", "no valid reference"),)),
    )


def test_written_file_validates_against_the_schema(schema: etree.XMLSchema) -> None:
    data = finnish_file()
    assert data.startswith(b"<?xml version='1.0' encoding='UTF-8'?>")
    assert schema.validate(etree.fromstring(data)), schema.error_log
    assert b"<Ref>00000000000000012344</Ref>" in data
    assert b"<Cd>705</Cd>" in data and b"<Issr>FFFS</Issr>" in data
    assert b'<Amt Ccy="EUR">2624.44</Amt>' in data  # the entry is the sum of its TxDtls


def test_written_file_round_trips() -> None:
    result = parse_camt054(finnish_file(), "notification.xml")
    assert result.message_id == "MSG-2026-0001"
    assert result.created_at == "2026-01-02T10:30:00"
    assert result.account_iban == "FI2112345600000785"
    assert result.refused == ()
    summary = [(p.bank_ref, p.amount_cents, p.reference, p.reference_kind, p.payer_name, p.reversal)
               for p in result.payments]
    assert summary == [
        ("20260102ARCH0001/20260102ARCH0001-1", 12345, "12344", "domestic", "Åsa Mäkinen", False),
        ("20260102ARCH0001/20260102ARCH0001-2", 250000, "10016", "domestic", "Jörgen Öberg Oy", False),
        ("20260102ARCH0001/20260102ARCH0001-3", 99, "RF18539007547034", "rf", "Pääkkönen Säätiö", False),
        ("20260102ARCH0002/20260102ARCH0002-1", 5000, "RF18539007547034", "rf", "Lind", False),
        ("20260103ARCH0003/20260103ARCH0003-1", 12345, "12344", "domestic", "Åsa Mäkinen", True),
        ("20260103ARCH0004/20260103ARCH0004-1", 700, "12345", "other", "", False),
    ]
    payments = result.payments
    assert {p.bank_code for p in payments} == {"705"}
    assert {p.currency for p in payments} == {"EUR"}
    assert [p.entry_ref for p in payments[:3]] == ["20260102ARCH0001"] * 3
    assert payments[1].message == "Lasku 1001"
    assert payments[5].message == "no valid reference"
    assert payments[4].booking_date == payments[4].value_date == date(2026, 1, 3)


def test_bank_refs_are_unique_and_stable() -> None:
    data = finnish_file()
    first, second = parse_camt054(data), parse_camt054(data)
    refs = [p.bank_ref for p in first.payments]
    assert len(set(refs)) == len(refs)
    assert first == second


def test_later_camt054_version_is_read() -> None:
    data = one_payment().replace(b"camt.054.001.02", b"camt.054.001.08")
    data = data.replace(b"<Sts>BOOK</Sts>", b"<Sts><Cd>BOOK</Cd></Sts>")
    data = re.sub(rb"<Dbtr>\s*<Nm>([^<]*)</Nm>\s*</Dbtr>", rb"<Dbtr><Pty><Nm>\1</Nm></Pty></Dbtr>", data)
    [payment] = parse_camt054(data).payments
    assert (payment.amount_cents, payment.reference, payment.payer_name) == (12345, "12344", "Aino Virtanen")


# --- refusals ------------------------------------------------------------------------------------


def test_usd_payment_is_refused() -> None:
    result = parse_camt054(one_payment(currency="USD"))
    assert result.payments == ()
    [refused] = result.refused
    assert (refused.bank_ref, refused.amount_cents, refused.currency, refused.reference) == (
        "E1/E1-1", 12345, "USD", "12344")
    assert refused.reason_template == ForeignCurrency.template
    assert refused.reason().english() == "Payment E1/E1-1 is in USD; only euro payments can be imported."


def test_debit_that_is_not_a_reversal_is_refused() -> None:
    result = parse_camt054(one_payment().replace(b"CRDT", b"DBIT"))
    [refused] = result.refused
    assert (refused.bank_ref, refused.reason_template, refused.reference) == ("E1", DebitEntry.template, "12344")
    assert result.payments == ()


def test_credit_reversal_is_refused() -> None:
    result = parse_camt054(one_payment(reversal=True).replace(b"DBIT", b"CRDT"))
    assert [r.reason_template for r in result.refused] == [ReversedDebit.template]


def test_pending_entry_is_refused_with_its_status() -> None:
    [refused] = parse_camt054(one_payment().replace(b"<Sts>BOOK", b"<Sts>PDNG")).refused
    assert refused.reason_template == NotBooked.template
    assert refused.reason_params == {"bank_ref": "E1", "status": "PDNG"}


def test_zero_amount_is_refused() -> None:
    [refused] = parse_camt054(one_payment().replace(b">123.45<", b">0.00<")).refused
    assert refused.reason_template == NonPositiveAmount.template
    assert refused.reason_params == {"bank_ref": "E1/E1-1", "amount": "0.00"}


# --- errors --------------------------------------------------------------------------------------


CAMT053 = b"""<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02"><BkToCstmrStmt>
<GrpHdr><MsgId>S1</MsgId><CreDtTm>2026-01-02T10:00:00</CreDtTm></GrpHdr></BkToCstmrStmt></Document>"""


@pytest.mark.parametrize(("data", "found"), [
    (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj", "a PDF document"),
    (b"MsgId;Amount\nX;1.00\n", "not an XML file"),
    (CAMT053, "camt.053.001.02"),
    (FINVOICE.read_bytes(), "Finvoice 3.0"),
    (b"<html><body>Pankki</body></html>", "<html>"),
])
def test_other_files_are_not_camt054(data: bytes, found: str) -> None:
    with pytest.raises(NotCamt054) as caught:
        parse_camt054(data, "tiliote.xml")
    assert caught.value.params == {"file": "tiliote.xml", "found": found}
    assert str(caught.value) == f"tiliote.xml is not an ISO 20022 camt.054 bank notification (it is {found})."
    assert isinstance(caught.value, BankFileError)


def malformed(data: bytes) -> str:
    with pytest.raises(MalformedBankFile) as caught:
        parse_camt054(data, "viitteet.xml")
    assert str(caught.value).startswith("viitteet.xml is not a valid bank file: ")
    detail: str = caught.value.params["detail"]
    return detail


def test_empty_file_is_malformed() -> None:
    assert malformed(b"") == "the file is empty."
    assert malformed(b" \n\t") == "the file is empty."


def test_truncated_xml_is_malformed_with_a_line_number() -> None:
    data = finnish_file()
    assert re.match(r"line \d+: ", malformed(data[: len(data) // 2]))


def test_amount_with_three_decimals_is_malformed() -> None:
    detail = malformed(one_payment().replace(b">123.45<", b">12.345<", 1))
    assert re.fullmatch(r"line \d+: the amount 12\.345 has more than two decimals\.", detail)


def test_amount_that_is_not_a_number_is_malformed() -> None:
    assert "is not a number" in malformed(one_payment().replace(b">123.45<", b">12,50<"))


def test_entry_without_amount_is_malformed() -> None:
    data = re.sub(rb'<Amt Ccy="EUR">123.45</Amt>\s*<CdtDbtInd>', b"<CdtDbtInd>", one_payment(), count=1)
    assert malformed(data).endswith("the entry has no amount (Amt).")


def test_missing_notification_is_malformed() -> None:
    data = re.sub(rb"<Ntfctn>.*</Ntfctn>", b"", one_payment(), flags=re.S)
    assert malformed(data).endswith("the file holds no notification (Ntfctn).")


def test_repeated_entry_reference_is_malformed() -> None:
    entry = OutgoingEntry("SAME", date(2026, 1, 2), ((100, "12344", "A", ""),))
    assert "the bank reference SAME occurs twice" in malformed(write(entry, entry))


def test_several_accounts_are_malformed() -> None:
    data = one_payment()
    start, end = data.index(b"<Ntfctn>"), data.index(b"</Ntfctn>") + len(b"</Ntfctn>")
    other = data[start:end].replace(b"FI2112345600000785", b"FI5810171000000122").replace(b"E1", b"E2")
    assert "several accounts" in malformed(data[:end] + other + data[end:])


def test_document_type_declaration_is_refused() -> None:
    data = one_payment().replace(
        b"<Document", b'<!DOCTYPE Document [<!ENTITY x "Aino">]>\n<Document', 1
    )
    assert malformed(data) == "it declares a document type (DTD)."


def test_writer_refuses_an_entry_without_payments() -> None:
    with pytest.raises(ValueError):
        write(OutgoingEntry("E1", date(2026, 1, 2), ()))


# --- identities: what makes a payment one payment, in whichever file it comes --------------------


def test_a_payment_has_one_identity_in_the_intraday_and_the_end_of_day_file(schema: etree.XMLSchema) -> None:
    pays = ((4990, "12344", "Aho", ""), (9000, "10016", "Berg", ""), (2500, "12344", "Aho", ""))
    archive = ("20260102ARCH0001", "20260102ARCH0002", "20260102ARCH0003")
    intraday = write(OutgoingEntry("BATCH-INTRADAY-01", date(2026, 1, 2), pays[:2], archive_ids=archive[:2]),
                     message_id="INTRADAY")
    end_of_day = write(OutgoingEntry("BATCH-EOD-01", date(2026, 1, 2), pays, archive_ids=archive),
                       message_id="EOD")
    assert schema.validate(etree.fromstring(end_of_day)), schema.error_log
    first, second = parse_camt054(intraday).payments, parse_camt054(end_of_day).payments
    assert [p.archive_id for p in second] == list(archive) and all(p.has_archive_id for p in second)
    assert [p.identity for p in first] == [p.identity for p in second[:2]]
    assert len({p.identity for p in second}) == 3
    assert first[0].bank_ref != second[0].bank_ref  # what the clerk reads still names the entry


def test_without_archive_ids_the_identity_is_the_files_own(schema: etree.XMLSchema) -> None:
    def counter_file(message_id: str) -> bytes:
        return write(OutgoingEntry("1", date(2026, 1, 2), ((4990, "12344", "Aho", ""), (100, "10016", "Berg", "")),
                                   archive_ids=("", ""), entry_ref_is_counter=True), message_id=message_id)

    day1, day2 = counter_file("NOTIF-1"), counter_file("NOTIF-2")
    assert schema.validate(etree.fromstring(day1)), schema.error_log
    assert b"<NtryRef>1</NtryRef>" in day1 and b"AcctSvcrRef" not in day1
    one, two = parse_camt054(day1).payments, parse_camt054(day2).payments
    assert [p.bank_ref for p in one] == [p.bank_ref for p in two] == ["1/1", "1/2"]  # the counter restarted
    assert not any(p.has_archive_id for p in one)
    assert {p.identity for p in one}.isdisjoint({p.identity for p in two})
    assert [p.identity for p in parse_camt054(day1).payments] == [p.identity for p in one]  # the same file again


def test_a_single_payment_entry_is_known_by_the_entrys_archive_id() -> None:
    data = re.sub(rb"<TxDtls>\s*<Refs>\s*<AcctSvcrRef>[^<]*</AcctSvcrRef>\s*</Refs>", b"<TxDtls>", one_payment())
    [payment] = parse_camt054(data).payments
    assert payment.archive_id == "E1"


def test_a_return_carries_the_end_to_end_id_of_its_original() -> None:
    data = write(OutgoingEntry("R1", date(2026, 1, 3), ((4990, "12344", "Aho", ""),), reversal=True,
                               end_to_end_ids=("E2E-77",)))
    [payment] = parse_camt054(data).payments
    assert (payment.reversal, payment.end_to_end_id) == (True, "E2E-77")
    plain = parse_camt054(data.replace(b"E2E-77", b"NOTPROVIDED")).payments[0]
    assert plain.end_to_end_id == ""


def test_the_same_archive_id_in_two_entries_is_malformed() -> None:
    a = OutgoingEntry("E1", date(2026, 1, 2), ((100, "12344", "A", ""),), archive_ids=("ARCH-1",))
    b = OutgoingEntry("E2", date(2026, 1, 2), ((200, "12344", "B", ""),), archive_ids=("ARCH-1",))
    assert "the bank archive id ARCH-1 occurs twice" in malformed(write(a, b))


def test_an_entry_that_is_not_the_sum_of_its_payments_refuses_the_whole_file() -> None:
    entry = OutgoingEntry("E2", date(2026, 1, 2), ((9000, "12344", "A", ""), (14980, "10016", "B", "")),
                          amount_cents=100)
    with pytest.raises(EntryTotalMismatch) as caught:
        parse_camt054(write(OutgoingEntry("E1", date(2026, 1, 2), ((4990, "12344", "A", ""),)), entry), "x.xml")
    assert caught.value.params == {"file": "x.xml", "entry": "E2", "entry_amount": Decimal("1.00"),
                                   "payments_total": Decimal("239.80")}


# --- speed ---------------------------------------------------------------------------------------


def test_fifty_thousand_payments_parse_quickly() -> None:
    entries = [
        OutgoingEntry(f"ARCH{e:08d}", date(2026, 1, 2), tuple(
            (100 + n, create_domestic(1000 + n), f"Maksaja Öhman {n}", "") for n in range(e * 5, e * 5 + 5)
        ), pad_reference=True)
        for e in range(10_000)
    ]
    data = write_camt054(entries, message_id="BENCH", account_iban=IBAN, created_at=CREATED)
    started = time.perf_counter()
    result = parse_camt054(data, "bench.xml")
    elapsed = time.perf_counter() - started
    print(f"\ncamt.054: {len(result.payments)} payments ({len(data) // 1_000_000} MB) parsed in {elapsed:.2f} s")
    assert len(result.payments) + len(result.refused) == 50_000
    assert len({p.bank_ref for p in result.payments}) == len(result.payments)
    assert elapsed < 10
