"""Writing a camt.054.001.02 bank notification the way a Finnish bank does: for tests, the demo data and
benchmarks (the application itself only reads bank files, see ``camt054``).

An ``OutgoingEntry`` is one ``Ntry`` of incoming reference payments (or a reversal); ``write_camt054`` writes
the file, which validates against the ISO schema. ``camt054`` re-exports both, so callers keep writing
``camt054.write_camt054``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from lxml import etree

from desktop_app.services.documents import references

NAMESPACE_02 = "urn:iso:std:iso:20022:tech:xsd:camt.054.001.02"


@dataclass(frozen=True)
class OutgoingEntry:
    """One camt.054 ``Ntry``; ``payments`` are (amount_cents, reference, payer_name, message).

    The other banks' shapes, for tests: ``archive_ids`` are the payments' own ``AcctSvcrRef`` (by
    default "<entry_ref>-<n>"; "" writes none), ``end_to_end_ids`` their ``EndToEndId``;
    ``entry_ref_is_counter`` writes the entry ref as ``NtryRef`` and no entry ``AcctSvcrRef``;
    ``amount_cents`` is an entry amount other than the sum of the payments (a broken file)."""

    entry_ref: str
    booking_date: date
    payments: tuple[tuple[int, str, str, str], ...]
    currency: str = "EUR"
    reversal: bool = False
    bank_code: str = "705"
    pad_reference: bool = False
    archive_ids: tuple[str, ...] = ()
    end_to_end_ids: tuple[str, ...] = ()
    entry_ref_is_counter: bool = False
    amount_cents: int | None = None


def write_camt054(
    entries: Sequence[OutgoingEntry], *, message_id: str, account_iban: str, created_at: datetime,
    notification_id: str = "",
) -> bytes:
    """camt.054.001.02 as a Finnish bank writes it (validates against the ISO schema)."""
    document = etree.Element(f"{{{NAMESPACE_02}}}Document", nsmap={None: NAMESPACE_02})
    message = _sub(document, "BkToCstmrDbtCdtNtfctn")
    stamp = created_at.isoformat(timespec="seconds")
    header = _sub(message, "GrpHdr")
    _sub(header, "MsgId", _limited(message_id, 35))
    _sub(header, "CreDtTm", stamp)
    notification = _sub(message, "Ntfctn")
    _sub(notification, "Id", _limited(notification_id or message_id, 35))
    _sub(notification, "CreDtTm", stamp)
    _sub(_sub(_sub(notification, "Acct"), "Id"), "IBAN", references.compact(account_iban))
    for entry in entries:
        _write_entry(notification, entry)
    result: bytes = etree.tostring(document, xml_declaration=True, encoding="UTF-8", pretty_print=True)
    return result


def _write_entry(notification: Any, entry: OutgoingEntry) -> None:
    if not entry.payments:
        raise ValueError(f"entry {entry.entry_ref} has no payments")
    if any(amount <= 0 for amount, *_ in entry.payments):
        raise ValueError(f"entry {entry.entry_ref} has a payment that is not above zero")
    node = _sub(notification, "Ntry")
    if entry.entry_ref_is_counter:
        _sub(node, "NtryRef", _limited(entry.entry_ref, 35))
    total = sum(amount for amount, *_ in entry.payments) if entry.amount_cents is None else entry.amount_cents
    _amount(node, "Amt", total, entry.currency)
    _sub(node, "CdtDbtInd", "DBIT" if entry.reversal else "CRDT")
    if entry.reversal:
        _sub(node, "RvslInd", "true")
    _sub(node, "Sts", "BOOK")
    _sub(_sub(node, "BookgDt"), "Dt", entry.booking_date.isoformat())
    _sub(_sub(node, "ValDt"), "Dt", entry.booking_date.isoformat())
    if not entry.entry_ref_is_counter:
        _sub(node, "AcctSvcrRef", _limited(entry.entry_ref, 35))
    code = _sub(node, "BkTxCd")
    domain = _sub(code, "Domn")
    _sub(domain, "Cd", "PMNT")
    family = _sub(domain, "Fmly")
    _sub(family, "Cd", "RCDT")
    _sub(family, "SubFmlyCd", "VCOM")
    proprietary = _sub(code, "Prtry")
    _sub(proprietary, "Cd", entry.bank_code)
    _sub(proprietary, "Issr", "FFFS")
    details = _sub(node, "NtryDtls")
    for index, payment in enumerate(entry.payments, 1):
        _write_transaction(details, entry, index, payment)


def _write_transaction(details: Any, entry: OutgoingEntry, index: int, payment: tuple[int, str, str, str]) -> None:
    amount, reference, payer, text = payment
    tx = _sub(details, "TxDtls")
    archive_id = entry.archive_ids[index - 1] if entry.archive_ids else f"{entry.entry_ref}-{index}"
    end_to_end = entry.end_to_end_ids[index - 1] if entry.end_to_end_ids else ""
    refs = _sub(tx, "Refs")
    if archive_id:
        _sub(refs, "AcctSvcrRef", _limited(archive_id, 35))
    if end_to_end:
        _sub(refs, "EndToEndId", _limited(end_to_end, 35))
    _amount(_sub(_sub(tx, "AmtDtls"), "TxAmt"), "Amt", amount, entry.currency)
    if payer:
        _sub(_sub(_sub(tx, "RltdPties"), "Dbtr"), "Nm", _limited(payer, 140))
    ref = references.compact(reference)
    if ref and entry.pad_reference and ref.isdigit():
        ref = ref.zfill(20)
    if not (ref or text):
        return
    remittance = _sub(tx, "RmtInf")
    if text:
        _sub(remittance, "Ustrd", _limited(text, 140))
    if ref:
        creditor = _sub(_sub(remittance, "Strd"), "CdtrRefInf")
        _sub(_sub(_sub(creditor, "Tp"), "CdOrPrtry"), "Cd", "SCOR")
        _sub(creditor, "Ref", _limited(ref, 35))


def _sub(parent: Any, tag: str, text: str | None = None) -> Any:
    element = etree.SubElement(parent, f"{{{NAMESPACE_02}}}{tag}")
    if text is not None:
        element.text = text
    return element


def _amount(parent: Any, tag: str, cents: int, currency: str) -> None:
    _sub(parent, tag, f"{cents // 100}.{cents % 100:02d}").set("Ccy", currency)


def _limited(text: str, limit: int) -> str:
    if not text or len(text) > limit:
        raise ValueError(f"{text!r} must be 1 to {limit} characters")
    return text
