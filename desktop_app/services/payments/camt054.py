"""ISO 20022 camt.054 bank notifications: reading the incoming Finnish reference payments of a bank file.

What Finnish banks send: a ``BkToCstmrDbtCdtNtfctn`` (camt.054.001.02, newer banks up to .08)
with one ``Ntfctn`` per account. Incoming reference payments ("VIITESIIRROT") carry the
proprietary bank transaction code ``705`` (issuer FFFS) and are usually batched: one ``Ntry``
per batch, its ``NtryDtls/TxDtls`` one per payment, each with its own amount
(``AmtDtls/TxAmt/Amt``), payer (``RltdPties/Dbtr/Nm``) and creditor reference
(``RmtInf/Strd/CdtrRefInf/Ref``, type SCOR, domestic 7-3-1 or RF, domestic ones often
zero-padded to 20 digits). A returned or cancelled payment comes as a reversal: a DBIT entry with
``RvslInd`` true.

``parse_camt054`` reads such a file into ``BankPayment`` records (amounts in integer cents,
references normalised) and ``RefusedEntry`` records for what cannot be imported (other currency,
debits, unbooked entries, missing or non-positive amounts), each with a translatable reason. A
file that is not camt.054 or is broken raises a ``BankFileError``, and so does an entry whose
amount is not the sum of its payments; the parser never returns part of a file.

A payment's ``identity`` is what tells it apart from every other payment the bank ever sends:
the bank's own archive id of the transaction (``TxDtls/Refs/AcctSvcrRef``; of a single-payment
entry, the entry's ``AcctSvcrRef``) with the account and the booking date. The same payment in an
intraday file and again in the end-of-day file has one identity, whatever the entries are called.
Without an archive id the identity is the file's notification id, the booking date and the place
in the file: stable when the same file comes again, never equal to another day's payment (an
``NtryRef`` is often a counter that restarts in every file); ``has_archive_id`` says which.

The errors that refuse a file whole live in ``errors``; the writer (``write_camt054``, ``OutgoingEntry``: a
file the way a Finnish bank writes it, for tests, the demo data and benchmarks) in ``camt054_write``. Both are
re-exported here, so callers keep writing ``camt054.write_camt054`` and ``camt054.MalformedBankFile``.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from functools import lru_cache
from typing import Any, NamedTuple

from lxml import etree

from desktop_app.services.documents import references
from desktop_app.services.foundation.errors import ReskontraError
from desktop_app.services.foundation.money import to_decimal
from desktop_app.services.payments.camt054_write import NAMESPACE_02, OutgoingEntry, write_camt054
from desktop_app.services.payments.errors import (
    BankFileError,
    EntryTotalMismatch,
    MalformedBankFile,
    NotCamt054,
    OtherAccount,
)

_CAMT054_NS = re.compile(r"urn:iso:std:iso:20022:tech:xsd:camt\.054\.001\.(\d{2})")
_ISO_NS = re.compile(r"urn:iso:std:iso:20022:tech:xsd:(\S+)")
_DECIMAL = re.compile(r"[+-]?(\d*)(?:\.(\d*))?")  # xs:decimal; groups: whole part, fraction
_MAX_WHOLE_DIGITS = 16  # the schema's totalDigits (18) less two decimals; keeps Decimal exact
_BOMS = (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")
_WHITESPACE = re.compile(r"\s+")


# --- why an entry is not imported ------------------------------------------------------------


class RefusalReason(ReskontraError):
    """Why one entry or payment of a good file is not imported. Never raised: the templates are
    listed here so that they are translated with the other errors (see ``RefusedEntry.reason``)."""


class ForeignCurrency(RefusalReason):
    template = "Payment {bank_ref} is in {currency}; only euro payments can be imported."


class DebitEntry(RefusalReason):
    template = "Entry {bank_ref} is a debit, not an incoming payment."


class ReversedDebit(RefusalReason):
    template = "Entry {bank_ref} reverses a debit (money returned to the account), not an incoming payment."


class NotBooked(RefusalReason):
    template = "Entry {bank_ref} is not booked yet (status {status})."


class MissingAmount(RefusalReason):
    template = "Payment {bank_ref} has no amount of its own, and its entry holds several payments."


class NonPositiveAmount(RefusalReason):
    template = "Payment {bank_ref} has the amount {amount}; only amounts above zero can be imported."


# --- records -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class BankPayment:
    bank_ref: str
    amount_cents: int
    currency: str
    booking_date: date
    value_date: date | None
    reference: str
    reference_kind: str
    payer_name: str
    message: str
    reversal: bool
    bank_code: str
    entry_ref: str
    archive_id: str = ""  # the bank's archive id of the transaction ("" when the bank gives none)
    end_to_end_id: str = ""  # the payer's end-to-end id ("" when not provided)
    identity: str = ""  # sha256 hex: one payment, in whichever file it comes (see the module docstring)

    @property
    def has_archive_id(self) -> bool:
        return bool(self.archive_id)


@dataclass(frozen=True)
class RefusedEntry:
    bank_ref: str
    amount_cents: int
    currency: str
    reference: str
    reason_template: str
    reason_params: dict[str, Any]

    def reason(self) -> RefusalReason:
        """The reason as an error object, for ``i18n.error_text``."""
        return RefusalReason(self.reason_template, **self.reason_params)


@dataclass(frozen=True)
class Camt054File:
    message_id: str
    created_at: str
    account_iban: str
    payments: tuple[BankPayment, ...]
    refused: tuple[RefusedEntry, ...]


def _refusal(
    reason: type[RefusalReason], amount_cents: int, currency: str, reference: str, params: dict[str, str]
) -> RefusedEntry:
    return RefusedEntry(params["bank_ref"], amount_cents, currency, reference, reason.template, params)


# --- parsing -------------------------------------------------------------------------------------


def parse_camt054(data: bytes, file_name: str = "") -> Camt054File:
    """Read a camt.054 notification; raises ``NotCamt054`` or ``MalformedBankFile``."""
    name = file_name or "The file"
    root = _parse_xml(data, name)
    ns = _camt054_namespace(root, name)
    return _Reader(root, ns, name).read()


def _parse_xml(data: bytes, name: str) -> Any:
    body = data
    for bom in _BOMS:
        if body.startswith(bom):
            body = body[len(bom) :]
            break
    body = body.lstrip(b" \t\r\n\x00")
    if not body:
        raise MalformedBankFile(file=name, detail="the file is empty.")
    if body.startswith(b"%PDF"):
        raise NotCamt054(file=name, found="a PDF document")
    if not body.startswith(b"<"):
        raise NotCamt054(file=name, found="not an XML file")
    parser = etree.XMLParser(
        resolve_entities=False, no_network=True, huge_tree=False, load_dtd=False, dtd_validation=False,
        remove_comments=True, remove_pis=True, remove_blank_text=True, collect_ids=False,
    )
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as exc:
        raise MalformedBankFile(file=name, detail=f"line {exc.lineno}: {exc.msg}") from None
    if root.getroottree().docinfo.doctype:
        # Bank files never declare a DTD; refusing one rules out entity tricks altogether.
        raise MalformedBankFile(file=name, detail="it declares a document type (DTD).")
    return root


def _camt054_namespace(root: Any, name: str) -> str:
    qname = etree.QName(root)
    ns = qname.namespace or ""
    match = _CAMT054_NS.fullmatch(ns)
    if match and int(match.group(1)) >= 2 and qname.localname == "Document":
        return ns
    raise NotCamt054(file=name, found=_describe(qname, root))


def _describe(qname: Any, root: Any) -> str:
    iso = _ISO_NS.fullmatch(qname.namespace or "")
    if iso:
        return iso.group(1)
    if qname.localname == "Finvoice":
        return f"Finvoice {root.get('Version', '')}".strip()
    return f"<{qname.localname}>"


# Extraction: one XSLT pass (C speed) flattens the document into one text line per notification
# ("N"), entry ("E") and transaction ("T"), fields separated by tabs. Every value goes through
# normalize-space(), so no value can hold a tab or a newline. Each field is an XPath expression
# relative to its Ntfctn / Ntry / TxDtls ("c" is the document's camt.054 namespace); Python then
# applies the rules to plain strings.
_NOTIFICATION_FIELDS = ("count(c:Acct)", "c:Acct/c:Id/c:IBAN", "c:Acct/c:Id/c:Othr/c:Id", "c:CreDtTm", "c:Id")
_ENTRY_FIELDS = (
    "c:Amt", "c:Amt/@Ccy", "c:CdtDbtInd", "c:RvslInd", "c:Sts", "c:BookgDt", "c:ValDt", "c:AcctSvcrRef",
    "c:NtryRef", "c:BkTxCd/c:Prtry/c:Cd", "c:BkTxCd/c:Domn/c:Cd", "c:BkTxCd/c:Domn/c:Fmly/c:Cd",
    "c:BkTxCd/c:Domn/c:Fmly/c:SubFmlyCd",
)
_TX_FIELDS = (
    "c:Refs/c:AcctSvcrRef", "c:AmtDtls/c:TxAmt/c:Amt", "c:AmtDtls/c:TxAmt/c:Amt/@Ccy", "c:Amt", "c:Amt/@Ccy",
    # Dbtr/Nm up to camt.054.001.07, Dbtr/Pty/Nm from .08 on
    "c:RltdPties/c:Dbtr/c:Nm | c:RltdPties/c:Dbtr/c:Pty/c:Nm",
    "c:RmtInf/c:Strd/c:CdtrRefInf/c:Ref",  # the first one in document order
    "c:BkTxCd/c:Prtry/c:Cd", "c:BkTxCd/c:Domn/c:Cd", "c:BkTxCd/c:Domn/c:Fmly/c:Cd",
    "c:BkTxCd/c:Domn/c:Fmly/c:SubFmlyCd", "c:Refs/c:EndToEndId",
)
# Every Ustrd precedes the Strd blocks (schema order), so document order is the order to join in.
_TX_MESSAGE = "c:RmtInf/c:Ustrd | c:RmtInf/c:Strd/c:AddtlRmtInf"
_NOTIFICATIONS = "c:BkToCstmrDbtCdtNtfctn/c:Ntfctn"


def _values(fields: tuple[str, ...]) -> str:
    return "".join(f'<xsl:text>&#9;</xsl:text><xsl:value-of select="normalize-space({f})"/>' for f in fields)


def _flattener(ns: str) -> Any:
    """The XSLT for one namespace (compiled per parse, so never shared between threads)."""
    stylesheet = f"""<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
        xmlns:c="{ns}"><xsl:output method="text" encoding="UTF-8"/><xsl:template match="/">
      <xsl:for-each select="c:Document/{_NOTIFICATIONS}">N{_values(_NOTIFICATION_FIELDS)}<xsl:text>&#10;</xsl:text>
        <xsl:for-each select="c:Ntry">E{_values(_ENTRY_FIELDS)}<xsl:text>&#10;</xsl:text>
          <xsl:for-each select="c:NtryDtls/c:TxDtls">T{_values(_TX_FIELDS)}<xsl:text>&#9;</xsl:text>
            <xsl:for-each select="{_TX_MESSAGE}"><xsl:value-of select="normalize-space(.)"/><xsl:text> </xsl:text>
            </xsl:for-each><xsl:text>&#10;</xsl:text></xsl:for-each></xsl:for-each></xsl:for-each>
    </xsl:template></xsl:stylesheet>"""
    return etree.XSLT(etree.XML(stylesheet), access_control=etree.XSLTAccessControl.DENY_ALL)


class _NotificationFields(NamedTuple):
    has_account: str
    iban: str
    other_id: str
    created_at: str
    id: str


class _EntryFields(NamedTuple):
    amount: str
    currency: str
    direction: str
    reversal: str
    status: str
    booking_date: str
    value_date: str
    servicer_ref: str
    entry_ref: str
    proprietary_code: str
    domain: str
    family: str
    sub_family: str


class _TxFields(NamedTuple):
    servicer_ref: str
    tx_amount: str
    tx_currency: str
    amount: str
    currency: str
    debtor: str
    reference: str
    proprietary_code: str
    domain: str
    family: str
    sub_family: str
    end_to_end_id: str
    message: str


@dataclass
class _RawEntry:
    number: int  # 1-based, across the file
    fields: _EntryFields
    transactions: list[_TxFields]


@dataclass
class _RawNotification:
    fields: _NotificationFields
    entries: list[_RawEntry]


def _flatten(root: Any, ns: str) -> list[_RawNotification]:
    notifications: list[_RawNotification] = []
    number = 0
    for line in str(_flattener(ns)(root.getroottree())).split("\n"):
        kind, _, rest = line.partition("\t")
        values = rest.split("\t")
        if kind == "N":
            notifications.append(_RawNotification(_NotificationFields(*values), []))
        elif kind == "E":
            number += 1
            notifications[-1].entries.append(_RawEntry(number, _EntryFields(*values), []))
        elif kind == "T":
            notifications[-1].entries[-1].transactions.append(_TxFields(*values))
    return notifications


class _Entry(NamedTuple):
    """What the payments of an entry inherit from it."""

    number: int
    ref: str
    currency: str
    amount_cents: int
    amount_text: str
    booking_date: date
    value_date: date | None
    reversal: bool
    bank_code: str
    tx_count: int
    account: str
    notification_id: str
    archive_id: str  # the entry's AcctSvcrRef: the archive id of its payment when it holds only one


class _Reader:
    def __init__(self, root: Any, ns: str, name: str) -> None:
        self.root = root
        self.ns = ns
        self.name = name
        self.message_id = ""
        self.payments: list[BankPayment] = []
        self.refused: list[RefusedEntry] = []
        self.seen: set[str] = set()
        self.identities: dict[str, str] = {}  # identity -> the archive id it was made of

    # --- errors, with the line of the element at fault ---

    def fail(self, detail: str, element: Any = None) -> MalformedBankFile:
        line = getattr(element, "sourceline", None)
        return MalformedBankFile(file=self.name, detail=f"line {line}: {detail}" if line else detail)

    def element(self, entry: int, tx: int = 0, path: str = "") -> Any:
        """The entry (1-based across the file), its tx-th TxDtls and the descendant at path, as far as found."""
        steps = [f"({_NOTIFICATIONS}/c:Ntry)[{entry}]"]
        if tx:
            steps.append(f"(c:NtryDtls/c:TxDtls)[{tx}]")
        found: Any = None
        for step in [*steps, *(path.split("/") if path else [])]:
            query = step if step.startswith("(") else f"c:{step}"
            matches = (found if found is not None else self.root).xpath(query, namespaces={"c": self.ns})
            if not matches or not isinstance(matches[0], etree._Element):
                break
            found = matches[0]
        return found

    def fail_at(self, detail: str, entry: int, tx: int = 0, path: str = "") -> MalformedBankFile:
        return self.fail(detail, self.element(entry, tx, path))

    # --- the file ---

    def read(self) -> Camt054File:
        message = self.root.find(f"{{{self.ns}}}BkToCstmrDbtCdtNtfctn")
        if message is None:
            raise self.fail("the document holds no bank-to-customer notification.", self.root)
        header = message.find(f"{{{self.ns}}}GrpHdr")
        if header is None:
            raise self.fail("the group header (GrpHdr) is missing.", message)
        self.message_id = (header.findtext(f"{{{self.ns}}}MsgId") or "").strip()
        if not self.message_id:
            raise self.fail("the message has no identification (MsgId).", header)
        created_at = (header.findtext(f"{{{self.ns}}}CreDtTm") or "").strip()
        notifications = _flatten(self.root, self.ns)
        if not notifications:
            raise self.fail("the file holds no notification (Ntfctn).", message)
        accounts: list[str] = []
        for notification in notifications:
            n = notification.fields
            if n.has_account == "0":
                raise self.fail("a notification names no account (Acct).", message)
            account = n.iban or n.other_id
            if account not in accounts:
                accounts.append(account)
            fallback_date = self.to_date(n.created_at or created_at)
            for entry in notification.entries:
                self.read_entry(entry, fallback_date, account, n.id or self.message_id)
        if len(accounts) > 1:
            raise self.fail(f"it holds notifications for several accounts ({', '.join(accounts)}).")
        return Camt054File(self.message_id, created_at, accounts[0], tuple(self.payments), tuple(self.refused))

    def to_date(self, text: str, entry: int = 0, path: str = "") -> date | None:
        """A date from ISODate or ISODateTime text (the date as the bank wrote it); None if empty."""
        if not text:
            return None
        try:
            return _iso_date(text[:10])
        except ValueError:
            element = self.element(entry, 0, path) if entry else None
            raise self.fail(f"{text!r} is not a date.", element) from None

    def amount(self, text: str, currency: str, entry: int, tx: int, path: str) -> tuple[int, str, str]:
        """(cents, currency, text) of an amount; exact: Decimal, at most two decimals."""
        if not currency:
            raise self.fail_at("an amount has no currency (Ccy).", entry, tx, path)
        match = _DECIMAL.fullmatch(text)
        if match is None or not (match[1] or match[2]):
            raise self.fail_at(f"the amount {text!r} is not a number.", entry, tx, path)
        if len((match[2] or "").rstrip("0")) > 2:
            raise self.fail_at(f"the amount {text} has more than two decimals.", entry, tx, path)
        if len(match[1].lstrip("0")) > _MAX_WHOLE_DIGITS:
            raise self.fail_at(f"the amount {text} has too many digits.", entry, tx, path)
        return int(Decimal(text) * 100), currency, text

    def claim(self, bank_ref: str, entry: int, tx: int = 0) -> str:
        if bank_ref in self.seen:
            raise self.fail_at(f"the bank reference {bank_ref} occurs twice.", entry, tx)
        self.seen.add(bank_ref)
        return bank_ref

    def entry_ref(self, f: _EntryFields, number: int) -> str:
        ref = f.servicer_ref or f.entry_ref
        if ref:
            return ref
        digest = hashlib.sha256(f"{self.message_id}\x1f{number}".encode()).hexdigest()
        return f"H:{digest[:24]}"

    # --- entries and payments ---

    def read_entry(self, raw: _RawEntry, fallback_date: date | None, account: str, notification_id: str) -> None:
        f, number, transactions = raw.fields, raw.number, raw.transactions
        if not (f.amount or f.currency):
            raise self.fail_at("the entry has no amount (Amt).", number)
        amount_cents, currency, _ = self.amount(f.amount, f.currency, number, 0, "Amt")
        if f.direction not in ("CRDT", "DBIT"):
            raise self.fail_at(f"the entry's credit/debit indicator is {f.direction!r}.", number)
        if not f.status:
            raise self.fail_at("the entry has no status (Sts).", number)
        reversal = f.reversal.lower() in ("true", "1")
        ref = self.claim(self.entry_ref(f, number), number)

        reason = _entry_refusal(f.status, f.direction, reversal)
        if reason is not None:
            only = _normalise_reference(transactions[0].reference)[0] if len(transactions) == 1 else ""
            params = {"bank_ref": ref, "status": f.status} if reason is NotBooked else {"bank_ref": ref}
            self.refused.append(_refusal(reason, amount_cents, currency, only, params))
            return

        value_date = self.to_date(f.value_date, number, "ValDt")
        # BookgDt is optional in the schema; a booked entry without one takes its value date, then
        # the notification's date.
        booking_date = self.to_date(f.booking_date, number, "BookgDt") or value_date or fallback_date
        if booking_date is None:
            raise self.fail_at("the entry has no booking date.", number)
        facts = _Entry(
            number, ref, currency, amount_cents, f.amount, booking_date, value_date, reversal,
            _bank_code(f.proprietary_code, f.domain, f.family, f.sub_family), len(transactions),
            account, notification_id, f.servicer_ref,
        )
        if not transactions:
            self.add(facts, ref, 1, (amount_cents, currency, f.amount), None)
        amounts = [self.tx_amount(facts, index, t) for index, t in enumerate(transactions, 1)]
        self.check_total(facts, amounts)
        for index, (t, amount) in enumerate(zip(transactions, amounts, strict=True), 1):
            bank_ref = self.claim(f"{ref}/{t.servicer_ref or index}", number, index)
            self.add(facts, bank_ref, index, amount, t)

    def check_total(self, facts: _Entry, amounts: list[tuple[int, str, str] | None]) -> None:
        """A batch entry is the sum of its payments; a file where it is not is refused whole (the bank's
        file is broken or was changed: booking part of it would book the wrong money)."""
        if not amounts or any(a is None or a[1] != facts.currency for a in amounts):
            return  # a payment without an amount of its own, or in another currency, is refused by itself
        total = sum(a[0] for a in amounts if a is not None)
        if total != facts.amount_cents:
            raise EntryTotalMismatch(file=self.name, entry=facts.ref, entry_amount=to_decimal(facts.amount_cents),
                                     payments_total=to_decimal(total))

    def identity(self, facts: _Entry, index: int, archive_id: str) -> str:
        parts: tuple[str, ...]
        if archive_id:
            parts = ("archive", facts.account, facts.booking_date.isoformat(), archive_id)
        else:
            parts = ("file", facts.account, facts.notification_id, facts.booking_date.isoformat(), facts.ref,
                     str(index))
        key = hashlib.sha256("\x1f".join((*parts, "reversal" if facts.reversal else "")).encode()).hexdigest()
        if key in self.identities:
            raise self.fail_at(f"the bank archive id {archive_id} occurs twice.", facts.number, index)
        self.identities[key] = archive_id
        return key

    def tx_amount(self, facts: _Entry, index: int, t: _TxFields) -> tuple[int, str, str] | None:
        if (t.tx_amount, t.tx_currency) == (facts.amount_text, facts.currency):
            return facts.amount_cents, facts.currency, facts.amount_text
        if t.tx_amount or t.tx_currency:
            return self.amount(t.tx_amount, t.tx_currency, facts.number, index, "AmtDtls/TxAmt/Amt")
        if t.amount or t.currency:
            return self.amount(t.amount, t.currency, facts.number, index, "Amt")
        if facts.tx_count == 1:
            return facts.amount_cents, facts.currency, facts.amount_text
        return None

    def add(self, facts: _Entry, bank_ref: str, index: int, amount: tuple[int, str, str] | None,
            t: _TxFields | None) -> None:
        reference, kind = _normalise_reference(t.reference) if t else ("", "")
        refusal = _payment_refusal(bank_ref, amount, facts.currency, reference)
        if refusal is not None:
            self.refused.append(refusal)
            return
        assert amount is not None
        tx_code = _bank_code(t.proprietary_code, t.domain, t.family, t.sub_family) if t else ""
        archive_id = (t.servicer_ref if t else "") or (facts.archive_id if facts.tx_count <= 1 else "")
        end_to_end = t.end_to_end_id if t and t.end_to_end_id.upper() != "NOTPROVIDED" else ""
        self.payments.append(
            BankPayment(
                bank_ref=bank_ref, amount_cents=amount[0], currency=amount[1], booking_date=facts.booking_date,
                value_date=facts.value_date, reference=reference, reference_kind=kind,
                payer_name=t.debtor if t else "", message=" ".join(t.message.split()) if t else "",
                reversal=facts.reversal, bank_code=tx_code or facts.bank_code, entry_ref=facts.ref,
                archive_id=archive_id, end_to_end_id=end_to_end,
                identity=self.identity(facts, index, archive_id),
            )
        )


@lru_cache(maxsize=64)
def _iso_date(text: str) -> date:
    return date.fromisoformat(text)  # a file holds few dates: cached, they cost nothing


def _entry_refusal(status: str, direction: str, reversal: bool) -> type[RefusalReason] | None:
    if status != "BOOK":
        return NotBooked
    if direction == "CRDT" and reversal:
        return ReversedDebit
    if direction == "DBIT" and not reversal:
        return DebitEntry
    return None


def _payment_refusal(
    bank_ref: str, amount: tuple[int, str, str] | None, entry_currency: str, reference: str
) -> RefusedEntry | None:
    if amount is None:
        return _refusal(MissingAmount, 0, entry_currency, reference, {"bank_ref": bank_ref})
    cents, currency, text = amount
    if currency != "EUR":
        return _refusal(ForeignCurrency, cents, currency, reference, {"bank_ref": bank_ref, "currency": currency})
    if cents <= 0:
        return _refusal(NonPositiveAmount, cents, currency, reference, {"bank_ref": bank_ref, "amount": text})
    return None


def _bank_code(proprietary: str, domain: str, family: str, sub_family: str) -> str:
    """The Finnish proprietary code ("705") if given, else the ISO domain/family/sub-family codes."""
    return proprietary or "/".join(part for part in (domain, family, sub_family) if part)


def _normalise_reference(raw: str) -> tuple[str, str]:
    """(reference, kind): domestic without leading zeros, RF upper case, anything else compacted."""
    text = _WHITESPACE.sub("", raw)
    if not text:
        return "", ""
    upper = text.upper()
    if upper.startswith("RF") and references.is_valid_rf(upper):
        return upper, "rf"
    if upper.isascii() and references.is_valid_domestic(upper):
        return references.normalize(upper), "domestic"
    return text, "other"


__all__ = [
    "NAMESPACE_02", "BankFileError", "BankPayment", "Camt054File", "DebitEntry", "EntryTotalMismatch",
    "ForeignCurrency", "MalformedBankFile", "MissingAmount", "NonPositiveAmount", "NotBooked", "NotCamt054",
    "OtherAccount", "OutgoingEntry", "RefusalReason", "RefusedEntry", "ReversedDebit", "parse_camt054",
    "write_camt054",
]
