"""Sending invoices channel by channel (SPEC W5): email, Finvoice e-invoice, paper print batch.

Never twice, nothing lost: every send goes through the outbox (``dispatches``). For each invoice a
send first *claims* it, committing a ``pending`` dispatch; a unique partial index allows one live
(pending or sent) dispatch per invoice and channel, so a second desk's claim fails and it skips the
invoice. Then the document goes out; then the dispatch is marked ``sent`` (or ``failed`` with the
reason, which leaves the invoice unsent and retryable) and the invoice's ``sent_at`` set.

A crash leaves ``pending`` claims behind; ``resolve_interrupted`` (before every send and when the
Sending tab opens) closes every claim whose program is gone, whatever was selected. Files are
written under a temporary name and renamed into place, so for e-invoices and print batches the
file itself says whether the send happened: a claim whose file exists is sent, the others are
unsent again. An email whose claim was left pending may or may not have reached the server (the
only window is between the server's "250 OK" and our commit): it is listed as "delivery unknown"
until the clerk resends it (same Message-ID, which mail systems use to drop duplicates) or marks
it sent. An error inside a send resolves its own claims the same way; a batch that dispatched
nothing is not kept, an interrupted one is closed and says so.

The sending loop works on plain ``SendRow`` values, never on ORM objects outside their Session.

Every function takes plain values; documents come from ``services.invoices``.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import smtplib
import socket
import ssl
import tempfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from decimal import Decimal
from email.message import EmailMessage
from email.utils import formatdate
from pathlib import Path
from types import SimpleNamespace
from typing import Any, Protocol

from sqlalchemy import func, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from desktop_app.models import AuditEvent, BillingRun, Customer, Dispatch, Invoice, SendingBatch
from desktop_app.models.enums import Channel, DispatchStatus, InvoiceKind, InvoiceStatus, Role
from desktop_app.services.documents.model import InvoiceDocument
from desktop_app.services.foundation import audit, formatting
from desktop_app.services.foundation import settings as settings_service
from desktop_app.services.foundation.bulk import IN_CHUNK
from desktop_app.services.foundation.errors import NotFound, ReskontraError
from desktop_app.services.foundation.files import partial_path, write_bytes_whole, write_whole
from desktop_app.services.foundation.money import to_decimal
from desktop_app.services.foundation.uow import Actor

Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]
KEYRING_SERVICE = "reskontra-smtp"
PASSWORD_ENV = "RESKONTRA_SMTP_PASSWORD"

_LIVE = (DispatchStatus.PENDING, DispatchStatus.SENT)


def _chunks(ids: Sequence[int], size: int = IN_CHUNK) -> Iterable[list[int]]:
    """Id lists small enough for one ``IN (…)`` (SQLite allows 32 766 parameters a statement)."""
    for i in range(0, len(ids), size):
        yield list(ids[i:i + size])


# --- errors: a reason per invoice, or a reason the whole batch cannot start ---------------------

class SendingError(ReskontraError):
    """The batch cannot start; nothing was sent or marked."""


class OutboxNotSet(SendingError):
    template = "Set the e-invoice outbox folder in the settings (einvoice.outbox_dir) first."


class PrintFolderNotSet(SendingError):
    template = "Set the print batch folder in the settings (paper.output_dir) first."


class SmtpNotSet(SendingError):
    template = "Set the SMTP server in the settings (smtp.host) first."


class FolderNotWritable(SendingError):
    template = "Cannot write to the folder {path}: {detail}. Nothing was sent."


class NoKeyring(SendingError):
    template = ("This computer has no password store (keyring); set the SMTP password in the environment "
                "variable RESKONTRA_SMTP_PASSWORD instead.")


class UnknownChannel(ReskontraError):
    template = "Unknown sending channel {channel}; choose email, einvoice or paper."


class SendProblem(ReskontraError):
    """Why one invoice was not sent (English templates, translated in the "errors" context)."""


class EmailAddressMissing(SendProblem):
    template = "The customer has no email address"


class EinvoiceDataMissing(SendProblem):
    template = "The customer has no e-invoice address or operator"


class PostalAddressMissing(SendProblem):
    template = "The customer has no postal address"


class AlreadySent(SendProblem):
    template = "Already sent"


class BeingSentElsewhere(SendProblem):
    template = "Being sent from another desk at the same time"


class SmtpUnreachable(SendProblem):
    template = "Cannot connect to the SMTP server {where}: {detail}"


class SmtpRefused(SendProblem):
    template = "The SMTP server refused the message: {detail}"


class SmtpLoginFailed(SendProblem):
    template = "The SMTP server did not accept the login: {detail}"


class RecipientRefused(SendProblem):
    template = "The SMTP server refused the address {address}: {detail}"


class FileWriteFailed(SendProblem):
    template = "The file {path} could not be written: {detail}"


class NotSendable(SendProblem):
    template = "The invoice is {status} and is not sent"


class DeliveryUnknown(SendProblem):
    template = ("Delivery unknown: the sending stopped while this email was being sent; check and resend or "
                "mark sent")


class SendInterrupted(SendProblem):
    template = "The sending was interrupted (the program stopped); send it again"


# --- what the Sending tab lists -----------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class UnsentRow:
    invoice_id: int
    number: int
    kind: InvoiceKind
    customer_id: int
    customer_number: int
    customer_name: str
    channel: Channel
    address: str  # the email, the e-invoice address, or the postal address the channel uses
    invoice_date: dt.date
    due_date: dt.date
    total_cents: int
    billing_batch: str
    problem: str  # English template; empty when the invoice can be sent on its channel
    last_error: str  # why the previous attempt failed, if any

    @property
    def delivery_unknown(self) -> bool:
        """An email of a stopped send that may have gone out: resend it or mark it sent, never both by default."""
        return self.last_error == DeliveryUnknown.template


@dataclass(frozen=True, slots=True)
class SentItem:
    invoice_id: int
    number: int
    customer_number: int
    file: str = ""


@dataclass(frozen=True, slots=True)
class FailedItem:
    invoice_id: int
    number: int
    customer_number: int
    reason: str  # English, parameters filled in (see ``reason_template``/``reason_params``)
    reason_template: str = ""
    reason_params: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class SendResult:
    batch_id: int | None  # None for a preview
    channel: Channel
    preview: bool
    pdf_only: bool
    sent: tuple[SentItem, ...]
    failed: tuple[FailedItem, ...]
    files: tuple[str, ...]
    recovered: int = 0  # claims left by a crashed run, found sent (their file exists) and closed
    resent_after_crash: int = 0  # emails of a crashed run sent again (same Message-ID)
    cancelled: bool = False


@dataclass(frozen=True)
class PreviewDocument:
    invoice_id: int
    number: int
    channel: Channel
    recipient: str
    subject: str = ""
    body: str = ""
    pdf: bytes = b""
    xml: bytes = b""
    file_name: str = ""


@dataclass(frozen=True)
class BatchInfo:
    batch_id: int
    channel: Channel
    started_at: dt.datetime
    finished_at: dt.datetime | None
    sent: int
    failed: int
    output_path: str
    pdf_only: bool
    cancelled: bool
    interrupted: bool = False  # the program stopped during the send (see ``resolve_interrupted``)


@dataclass(frozen=True)
class DispatchRow:
    invoice_id: int
    number: int
    customer_number: int
    customer_name: str
    status: DispatchStatus
    attempts: int
    error: str
    file_path: str


@dataclass(frozen=True)
class SmtpConfig:
    host: str
    port: int
    security: str  # none, starttls, tls
    user: str
    password: str
    sender: str
    timeout_seconds: int = 30


# --- email transport ------------------------------------------------------------------------------

class EmailTransport(Protocol):
    def send(self, message: EmailMessage) -> None: ...

    def close(self) -> None: ...


class SmtpTransport:
    """One SMTP connection for a batch, opened on the first message and reopened once if it drops."""

    def __init__(self, config: SmtpConfig) -> None:
        self.config = config
        self._smtp: smtplib.SMTP | None = None

    def _connect(self) -> smtplib.SMTP:
        c = self.config
        where = f"{c.host}:{c.port}"
        try:
            if c.security == "tls":
                smtp: smtplib.SMTP = smtplib.SMTP_SSL(c.host, c.port, timeout=c.timeout_seconds,
                                                      context=ssl.create_default_context())
            else:
                smtp = smtplib.SMTP(c.host, c.port, timeout=c.timeout_seconds)
                if c.security == "starttls":
                    smtp.starttls(context=ssl.create_default_context())
        except (OSError, smtplib.SMTPException) as exc:
            raise SmtpUnreachable(where=where, detail=_detail(exc)) from exc
        if c.user:
            try:
                smtp.login(c.user, c.password)
            except smtplib.SMTPException as exc:
                smtp.close()
                raise SmtpLoginFailed(detail=_detail(exc)) from exc
        return smtp

    def send(self, message: EmailMessage) -> None:
        for attempt in (1, 2):
            if self._smtp is None:
                self._smtp = self._connect()
            try:
                self._smtp.send_message(message)
                return
            except smtplib.SMTPRecipientsRefused as exc:
                address, (code, text) = next(iter(exc.recipients.items()))
                raise RecipientRefused(address=address, detail=f"{code} {_text(text)}") from exc
            except smtplib.SMTPServerDisconnected as exc:
                self._smtp = None
                if attempt == 2:
                    raise SmtpUnreachable(where=f"{self.config.host}:{self.config.port}", detail=_detail(exc)) from exc
            except smtplib.SMTPResponseException as exc:
                raise SmtpRefused(detail=f"{exc.smtp_code} {_text(exc.smtp_error)}") from exc
            except (OSError, smtplib.SMTPException) as exc:
                self._smtp = None
                raise SmtpUnreachable(where=f"{self.config.host}:{self.config.port}", detail=_detail(exc)) from exc

    def close(self) -> None:
        if self._smtp is not None:
            try:
                self._smtp.quit()
            except (OSError, smtplib.SMTPException):
                self._smtp.close()
            self._smtp = None


def _text(value: bytes | str) -> str:
    return value.decode("utf-8", "replace") if isinstance(value, bytes) else str(value)


def _detail(exc: BaseException) -> str:
    if isinstance(exc, socket.timeout):
        return "timed out"
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    return str(exc).strip() or type(exc).__name__


def smtp_password(user: str) -> str:
    """The SMTP password from the system keyring, else from RESKONTRA_SMTP_PASSWORD; never the database."""
    if not user:
        return ""
    try:
        import keyring

        stored = keyring.get_password(KEYRING_SERVICE, user)
    except Exception:  # noqa: BLE001 - no usable keyring backend on this machine
        stored = None
    return stored if stored is not None else os.environ.get(PASSWORD_ENV, "")


def store_smtp_password(user: str, password: str) -> None:
    """Keep the password in the system keyring (Windows Credential Manager, Secret Service, Keychain)."""
    try:
        import keyring
        from keyring.backends import fail

        if isinstance(keyring.get_keyring(), fail.Keyring):
            raise NoKeyring()
        keyring.set_password(KEYRING_SERVICE, user, password)
    except NoKeyring:
        raise
    except Exception as exc:  # noqa: BLE001 - any backend failure means: no keyring here
        raise NoKeyring() from exc


class SmtpUserNotSet(SendingError):
    template = "Set the SMTP user (smtp.user) before its password."


def set_smtp_password(session: Session, actor: Actor, password: str) -> None:
    """Accountants only; the password goes to the keyring, the audit log only notes that it changed."""
    actor.require_accountant("change the SMTP password")
    user = str(settings_service.get(session, "smtp.user") or "")
    if not user:
        raise SmtpUserNotSet()
    store_smtp_password(user, password)
    audit.record(session, actor, "setting.changed", "setting", None, after={"smtp.password": "(stored in the keyring)"})


def smtp_password_needed(session: Session) -> bool:
    """A login is set up but neither the keyring nor the environment has its password: ask the clerk."""
    user = str(settings_service.get(session, "smtp.user") or "")
    return bool(user) and not smtp_password(user)


def smtp_password_state(session: Session) -> str:
    user = str(settings_service.get(session, "smtp.user") or "")
    return "(stored in the keyring)" if user and smtp_password(user) else "(not set)"


def smtp_config(session: Session) -> SmtpConfig:
    get = lambda key: settings_service.get(session, key)  # noqa: E731
    host = str(get("smtp.host") or "").strip()
    if not host:
        raise SmtpNotSet()
    user = str(get("smtp.user") or "")
    return SmtpConfig(host=host, port=int(get("smtp.port")), security=str(get("smtp.security")).lower(),
                      user=user, password=smtp_password(user), sender=str(get("smtp.sender")),
                      timeout_seconds=int(get("smtp.timeout_seconds") or 30))


SENDING_SETTINGS = ("smtp.host", "smtp.port", "smtp.security", "smtp.user", "smtp.sender", "einvoice.outbox_dir",
                    "paper.output_dir")


@dataclass(frozen=True)
class SendingSettings:
    """What the sending-settings dialog shows: each value as text and which ones this user may change."""

    values: dict[str, str]
    editable: frozenset[str]
    password_stored: bool
    password_editable: bool


def _may_change(actor: Actor, key: str) -> bool:
    return not settings_service.BY_KEY[key].accountant_only or actor.role == Role.ACCOUNTANT


def sending_settings(session: Session, actor: Actor) -> SendingSettings:
    values = {key: settings_service.to_text(settings_service.get(session, key)) for key in SENDING_SETTINGS}
    return SendingSettings(values, frozenset(k for k in SENDING_SETTINGS if _may_change(actor, k)),
                           bool(values["smtp.user"]) and bool(smtp_password(values["smtp.user"])),
                           actor.role == Role.ACCOUNTANT)


def save_sending_settings(session: Session, actor: Actor, values: dict[str, str], password: str | None = None) -> int:
    """Save the changed sending settings through the settings registry (validated, audited); the caller commits.

    ``password``, if given, goes to the keyring for the SMTP user (after the user is saved). Returns
    how many settings changed.
    """
    current = sending_settings(session, actor)
    changed = 0
    for key, raw in values.items():
        if key not in SENDING_SETTINGS:
            raise NotFound(what="Setting", key=key)
        text = raw.strip()
        if text == current.values[key]:
            continue
        settings_service.set_value(session, actor, key, text)  # validates (port range, security choice, …)
        changed += 1
    session.flush()
    if password:
        set_smtp_password(session, actor, password)
    return changed


# --- listing ------------------------------------------------------------------------------------

def _address_of(channel: Channel, c: Any) -> str:
    if channel == Channel.EMAIL:
        return c.email.strip()
    if channel == Channel.EINVOICE:
        return f"{c.einvoice_address.strip()} / {c.einvoice_operator.strip()}".strip(" /")
    return ", ".join(postal_lines(c))


def postal_lines(c: Any) -> tuple[str, ...]:
    """The letter's address block: the recipient's name, street, postal code and city."""
    return tuple(p for p in (c.name.strip(), c.street.strip(), f"{c.postal_code.strip()} {c.city.strip()}".strip())
                 if p)


def _problem(channel: Channel, c: Any) -> str:
    if channel == Channel.EMAIL and not c.email.strip():
        return EmailAddressMissing.template
    if channel == Channel.EINVOICE and not (c.einvoice_address.strip() and c.einvoice_operator.strip()):
        return EinvoiceDataMissing.template
    if channel == Channel.PAPER and not (c.street.strip() and c.postal_code.strip() and c.city.strip()):
        return PostalAddressMissing.template
    return ""


_SENDABLE = (InvoiceStatus.OPEN, InvoiceStatus.PAID, InvoiceStatus.CREDITED, InvoiceStatus.COLLECTION,
             InvoiceStatus.PAID_OUT)


def list_unsent(session: Session, channel: Channel, *, billing_batch: str | None = None) -> list[UnsentRow]:
    """Created, unsent invoices and reminders of one channel (none is being sent right now)."""
    channel = Channel(channel)
    live = select(Dispatch.id).where(Dispatch.invoice_id == Invoice.id, Dispatch.channel == channel,
                                     Dispatch.status.in_(_LIVE)).exists()
    stmt = (
        select(Invoice, Customer, BillingRun.batch_id)
        .join(Customer, Customer.id == Invoice.customer_id)
        .outerjoin(BillingRun, BillingRun.id == Invoice.billing_run_id)
        .where(Invoice.channel == channel, Invoice.sent_at.is_(None), Invoice.status.in_(_SENDABLE), ~live)
        .order_by(Invoice.number)
    )
    if billing_batch:
        stmt = stmt.where(BillingRun.batch_id == billing_batch)
    rows = session.execute(stmt).all()
    errors = _last_errors(session, [inv.id for inv, _c, _b in rows], channel)
    from desktop_app.services.documents.invoices import amounts_to_pay

    amounts = amounts_to_pay(session, [inv for inv, _c, _b in rows])  # as the document asks: a reminder with its invoice
    return [
        UnsentRow(inv.id, inv.number, inv.kind, c.id, c.customer_number, c.name, channel, _address_of(channel, c),
                  inv.invoice_date, inv.due_date, amounts[inv.id].total_cents, batch or "",
                  _problem(channel, c), errors.get(inv.id, ""))
        for inv, c, batch in rows
    ]


def _last_errors(session: Session, invoice_ids: Sequence[int], channel: Channel) -> dict[int, str]:
    if not invoice_ids:
        return {}
    out: dict[int, str] = {}
    for part in _chunks(invoice_ids):
        for iid, error in session.execute(
                select(Dispatch.invoice_id, Dispatch.error)
                .where(Dispatch.invoice_id.in_(part), Dispatch.channel == channel,
                       Dispatch.status == DispatchStatus.FAILED).order_by(Dispatch.id)):
            out[iid] = error
    return out


# --- documents ------------------------------------------------------------------------------------

def _documents(session: Session, invoice_ids: Sequence[int]) -> dict[int, InvoiceDocument]:
    from desktop_app.services.documents.invoices import invoice_documents

    ids = list(invoice_ids)
    return dict(zip(ids, invoice_documents(session, ids), strict=True))


def _email_texts(session: Session, doc: InvoiceDocument) -> tuple[str, str]:
    lang = doc.language if doc.language in ("fi", "sv", "en") else "fi"
    from desktop_app.services.documents.barcode import format_iban

    values = {
        "number": doc.invoice_number, "company": doc.seller.name, "customer": doc.buyer.name,
        "amount": formatting.money(doc.amount_to_pay, lang), "due_date": formatting.date(doc.due_date, lang),
        "reference": doc.reference, "iban": format_iban(doc.seller.iban) if doc.seller.iban else "",
        "customer_number": doc.buyer.customer_number,
    }
    which = "email.reminder_" if doc.kind == InvoiceKind.REMINDER else "email."
    subject = str(settings_service.get(session, f"{which}subject_{lang}"))
    body = str(settings_service.get(session, f"{which}body_{lang}")).replace("\\n", "\n")
    return _fill(subject, values), _fill(body, values)


def _fill(template: str, values: dict[str, str]) -> str:
    out = template
    for key, value in values.items():
        out = out.replace("{" + key + "}", value)
    return out


def _pdf_bytes(doc: InvoiceDocument, *, paper_form: bool) -> bytes:
    import io

    from desktop_app.services.documents.invoice_pdf import render_invoice_pdf

    buffer = io.BytesIO()
    render_invoice_pdf(doc, buffer, paper_form=paper_form)
    return buffer.getvalue()


def _email_message(session: Session, doc: InvoiceDocument, recipient: str, sender: str, message_id: str) -> EmailMessage:
    subject, body = _email_texts(session, doc)
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = recipient
    msg["Subject"] = subject
    msg["Date"] = formatdate(localtime=True)
    msg["Message-ID"] = message_id
    msg.set_content(body)
    msg.add_attachment(_pdf_bytes(doc, paper_form=False), maintype="application", subtype="pdf",
                       filename=f"{_file_word(doc)}_{doc.invoice_number}.pdf")
    return msg


def _file_word(doc: InvoiceDocument) -> str:
    words = {"fi": "lasku", "sv": "faktura", "en": "invoice"}
    if doc.kind == InvoiceKind.REMINDER:
        words = {"fi": "maksumuistutus", "sv": "betalningspaminnelse", "en": "reminder"}
    elif doc.kind in (InvoiceKind.CREDIT_NOTE, InvoiceKind.REFUND_INVOICE):
        words = {"fi": "hyvityslasku", "sv": "kreditfaktura", "en": "credit_note"}
    return words.get(doc.language, words["fi"])


def _message_id(invoice_number: int, sender: str) -> str:
    """The same for every attempt at one invoice: a repeat after a crash is a duplicate mail systems drop."""
    domain = sender.rpartition("@")[2] or "reskontra.invalid"
    return f"<invoice.{invoice_number}@{domain}>"


def _einvoice_xml(session: Session, doc: InvoiceDocument, customer: Any, created_at: dt.datetime,
                  message_id: str) -> bytes:
    from desktop_app.services.documents.finvoice import finvoice_xml

    return finvoice_xml(
        doc, seller_einvoice_address=str(settings_service.get(session, "company.einvoice_address")),
        seller_einvoice_operator=str(settings_service.get(session, "company.einvoice_operator")),
        buyer_einvoice_operator=customer.einvoice_operator.strip(), message_id=message_id, created_at=created_at)


def preview(session: Session, channel: Channel, invoice_ids: Sequence[int], *, now: dt.datetime | None = None,
            limit: int = 20) -> list[PreviewDocument]:
    """What would go out, for the first ``limit`` invoices; nothing is claimed, written or sent."""
    channel = Channel(channel)
    now = now or dt.datetime.now(dt.UTC)
    ids = list(invoice_ids)[:limit]
    docs = _documents(session, ids)
    customers = send_rows(session, ids)
    out: list[PreviewDocument] = []
    for iid in ids:
        doc, customer = docs[iid], customers[iid]
        number = int(doc.invoice_number)
        if channel == Channel.EMAIL:
            subject, body = _email_texts(session, doc)
            out.append(PreviewDocument(iid, number, channel, customer.email, subject=subject, body=body,
                                       pdf=_pdf_bytes(doc, paper_form=False)))
        elif channel == Channel.EINVOICE:
            from desktop_app.services.documents.finvoice import finvoice_file_name

            out.append(PreviewDocument(iid, number, channel, _address_of(channel, customer),
                                       xml=_einvoice_xml(session, doc, customer, now, f"preview-{number}"),
                                       file_name=finvoice_file_name(number, now, 1)))
        else:
            out.append(PreviewDocument(iid, number, channel, "\n".join(postal_lines(customer)),
                                       pdf=_pdf_bytes(doc, paper_form=True)))
    return out


@dataclass(frozen=True, slots=True)
class SendRow:
    """What the sending loop needs of one invoice and its customer: plain values, no ORM object.

    (Several documents of one customer share the customer's values; nothing is tied to a Session.)
    """

    invoice_id: int
    number: int
    kind: InvoiceKind
    status: InvoiceStatus
    sent_at: dt.datetime | None
    to_pay_cents: int
    customer_id: int
    customer_number: int
    name: str
    email: str
    einvoice_address: str
    einvoice_operator: str
    street: str
    postal_code: str
    city: str


def send_rows(session: Session, invoice_ids: Sequence[int]) -> dict[int, SendRow]:
    """The plain rows of these invoices, by invoice id (missing ids are left out).

    ``to_pay_cents`` is what the document asks (``invoices.amounts_to_pay``: a reminder with its
    invoice's open capital, an invoice less what was paid already), as on its PDF and Finvoice.
    """
    from desktop_app.services.documents.invoices import amounts_to_pay

    out: dict[int, SendRow] = {}
    for part in _chunks(list(invoice_ids)):
        found = session.execute(
            select(Invoice.id, Invoice.number, Invoice.kind, Invoice.status, Invoice.sent_at,
                   Invoice.total_cents, Invoice.balance_applied_cents, Invoice.paid_cents, Customer.id,
                   Customer.customer_number, Customer.name, Customer.email, Customer.einvoice_address,
                   Customer.einvoice_operator, Customer.street, Customer.postal_code, Customer.city)
            .join(Customer, Customer.id == Invoice.customer_id).where(Invoice.id.in_(part))).all()
        amounts = amounts_to_pay(session, [
            SimpleNamespace(id=r[0], kind=InvoiceKind(r[2]), status=InvoiceStatus(r[3]), total_cents=int(r[5]),
                            balance_applied_cents=int(r[6]), paid_cents=int(r[7])) for r in found])
        for r in found:
            out[r[0]] = SendRow(r[0], int(r[1]), InvoiceKind(r[2]), InvoiceStatus(r[3]), r[4],
                                amounts[r[0]].total_cents, r[8], int(r[9]), r[10] or "", r[11] or "",
                                r[12] or "", r[13] or "", r[14] or "", r[15] or "", r[16] or "")
    return out


# --- the send -------------------------------------------------------------------------------------

@dataclass
class _Batch:
    channel: Channel
    batch_id: int
    actor: Actor
    now: dt.datetime
    sent: list[SentItem] = field(default_factory=list)
    failed: list[FailedItem] = field(default_factory=list)
    files: list[str] = field(default_factory=list)
    recovered: int = 0
    resent: int = 0


def _fail_item(iid: int, number: int, customer_number: int, err: ReskontraError) -> FailedItem:
    return FailedItem(iid, number, customer_number, err.english(), err.template,
                      tuple((k, str(v)) for k, v in err.params.items()))


def _check_folder(path: str) -> Path:
    folder = Path(path).expanduser()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=folder, prefix=".reskontra-write-test-", delete=True):
            pass
    except OSError as exc:
        raise FolderNotWritable(path=str(folder), detail=exc.strerror or str(exc)) from exc
    return folder


def missing_settings(session: Session, channel: Channel, *, pdf_only: bool = False) -> tuple[str, ...]:
    """The settings a send on this channel needs and lacks (asked before the clerk confirms the send)."""
    channel = Channel(channel)
    if pdf_only:
        return ()  # the clerk picks the folder
    key = {Channel.EMAIL: "smtp.host", Channel.EINVOICE: "einvoice.outbox_dir",
           Channel.PAPER: "paper.output_dir"}[channel]
    return () if str(settings_service.get(session, key) or "").strip() else (key,)


def _start_batch(session_factory: sessionmaker[Session], actor: Actor, channel: Channel, pdf_only: bool,
                 output: str) -> int:
    with session_factory() as session:
        batch = SendingBatch(channel=channel, created_by=actor.user_id, output_path=output, pdf_only=pdf_only,
                             owner=_owner())
        session.add(batch)
        session.flush()
        audit.record(session, actor, "sending.started", "sending_batch", batch.id,
                     after={"channel": channel, "pdf_only": pdf_only, "output": output})
        session.commit()
        return batch.id


STALE_AFTER = dt.timedelta(minutes=10)  # a claim of another computer older than this is dead


def _owner() -> str:
    return f"{socket.gethostname()}:{os.getpid()}"


def _owner_alive(owner: str, claimed_at: dt.datetime, now: dt.datetime) -> bool:
    """Is the process that made a claim still running? Ours: ask the OS; another computer's: by age."""
    host, _, pid_text = owner.rpartition(":")
    if host == socket.gethostname() and pid_text.isdigit() and os.name == "posix":
        if int(pid_text) == os.getpid():
            return True
        try:
            os.kill(int(pid_text), 0)
        except ProcessLookupError:
            return False
        except PermissionError:
            return True
        return True
    if claimed_at.tzinfo is None:
        claimed_at = claimed_at.replace(tzinfo=dt.UTC)
    return now - claimed_at < STALE_AFTER


@dataclass(frozen=True)
class Recovery:
    """What resolving the claims of a stopped send did."""

    marked_sent: int = 0  # e-invoices and print batches whose file was written: sent
    unsent_again: int = 0  # files never written: the documents are listed to send again
    delivery_unknown: int = 0  # emails that may or may not have gone out: the clerk resends or marks sent
    batches_closed: int = 0  # batches of a stopped send, closed and marked interrupted


def _resolve_pending(session: Session, dispatches: Sequence[Dispatch], now: dt.datetime) -> tuple[int, int, int]:
    """Close claims nobody will close: a file says whether it went out; an email's fate is unknown."""
    sent = unsent = unknown = 0
    for dispatch in dispatches:
        dispatch.finished_at = now
        if dispatch.channel == Channel.EMAIL:
            dispatch.status = DispatchStatus.FAILED
            dispatch.error = DeliveryUnknown.template
            unknown += 1
        elif dispatch.file_path and Path(dispatch.file_path).exists():
            dispatch.status = DispatchStatus.SENT
            session.execute(update(Invoice).where(Invoice.id == dispatch.invoice_id).values(sent_at=now))
            sent += 1
        else:
            if dispatch.file_path:  # a half-written file of the stopped run
                partial_path(Path(dispatch.file_path)).unlink(missing_ok=True)
            dispatch.status = DispatchStatus.FAILED
            dispatch.error = SendInterrupted.template
            unsent += 1
    return sent, unsent, unknown


def _close_interrupted_batch(session: Session, actor: Actor, batch_id: int, now: dt.datetime,
                             detail: str = "") -> bool:
    """An unfinished batch: dropped if it dispatched nothing, else closed with its counts, marked interrupted."""
    row = session.get(SendingBatch, batch_id)
    if row is None:
        return False
    counts: dict[DispatchStatus, int] = {status: int(n) for status, n in session.execute(
        select(Dispatch.status, func.count()).where(Dispatch.batch_id == batch_id).group_by(Dispatch.status))}
    if not counts:
        session.delete(row)
        audit.record(session, actor, "sending.nothing_done", "sending_batch", batch_id, after={"detail": detail})
        return False
    row.finished_at = now
    row.sent = int(counts.get(DispatchStatus.SENT, 0) + counts.get(DispatchStatus.PDF_ONLY, 0))
    row.failed = int(counts.get(DispatchStatus.FAILED, 0))
    manifest = _interrupted_manifest(session, row) if row.channel == Channel.EINVOICE and not row.pdf_only else ""
    audit.record(session, actor, "sending.interrupted", "sending_batch", batch_id,
                 after={"sent": row.sent, "failed": row.failed, "detail": detail, "manifest": manifest})
    return True


def resolve_interrupted(session: Session, actor: Actor, *, now: dt.datetime | None = None) -> Recovery:
    """Resolve every claim and batch left behind by a send whose program stopped (killed, crashed, power cut).

    Run before each send and when the Sending tab opens; the caller commits. An e-invoice or print
    batch whose file exists is sent; one whose file is missing is unsent again; an email is listed as
    "delivery unknown" for the clerk to resend (same Message-ID) or mark sent. Nothing stays stuck.
    """
    now = now or dt.datetime.now(dt.UTC)
    open_batches = session.execute(select(SendingBatch.id, SendingBatch.owner, SendingBatch.started_at,
                                          func.max(Dispatch.claimed_at))
                                   .outerjoin(Dispatch, Dispatch.batch_id == SendingBatch.id)
                                   .where(SendingBatch.finished_at.is_(None))
                                   .group_by(SendingBatch.id, SendingBatch.owner, SendingBatch.started_at)).all()
    dead = [bid for bid, owner, started, last_claim in open_batches
            if not _owner_alive(owner, max(started, last_claim or started, key=_aware), now)]
    sent = unsent = unknown = closed = 0
    for part in _chunks(dead):
        pending = list(session.scalars(select(Dispatch).where(Dispatch.batch_id.in_(part),
                                                              Dispatch.status == DispatchStatus.PENDING)))
        s, u, k = _resolve_pending(session, pending, now)
        sent, unsent, unknown = sent + s, unsent + u, unknown + k
    session.flush()
    for bid in dead:
        closed += _close_interrupted_batch(session, actor, bid, now, "the program stopped during the send")
    if dead:
        audit.record(session, actor, "sending.recovered", "sending_batch", None,
                     after={"batches": dead[:200], "closed_as_sent": sent, "unsent_again": unsent,
                            "delivery_unknown": unknown})
    return Recovery(sent, unsent, unknown, closed)


def _aware(value: dt.datetime) -> dt.datetime:
    return value if value.tzinfo is not None else value.replace(tzinfo=dt.UTC)


def _interrupt(session_factory: sessionmaker[Session], batch: _Batch, exc: BaseException) -> None:
    """A send stopped by an error of its own: its claims are resolved now, as a later run would."""
    try:
        with session_factory() as session:
            pending = list(session.scalars(select(Dispatch).where(Dispatch.batch_id == batch.batch_id,
                                                                  Dispatch.status == DispatchStatus.PENDING)))
            _resolve_pending(session, pending, batch.now)
            session.flush()
            _close_interrupted_batch(session, batch.actor, batch.batch_id, dt.datetime.now(dt.UTC),
                                     f"{type(exc).__name__}: {exc}"[:500])
            session.commit()
    except Exception:  # noqa: BLE001 - the database itself failed: the next start resolves the claims
        pass


def mark_delivery_unknown_count(session: Session, channel: Channel, invoice_ids: Sequence[int]) -> int:
    """How many of these invoices are emails of a stopped send that may already have reached the customer."""
    errors = _last_errors(session, invoice_ids, Channel(channel))
    return sum(1 for e in errors.values() if e == DeliveryUnknown.template)


def _claim(session_factory: sessionmaker[Session], batch: _Batch, invoice_id: int, file_path: str = "") -> int | None:
    """Commit a pending dispatch for the invoice; None if it is sent or being sent elsewhere."""
    with session_factory() as session:
        sent_at = session.scalar(select(Invoice.sent_at).where(Invoice.id == invoice_id))
        if sent_at is not None:
            return None
        attempts = int(session.scalar(select(func.count()).select_from(Dispatch).where(
            Dispatch.invoice_id == invoice_id, Dispatch.channel == batch.channel)) or 0)
        dispatch = Dispatch(invoice_id=invoice_id, channel=batch.channel, batch_id=batch.batch_id,
                            status=DispatchStatus.PENDING, attempts=attempts + 1, file_path=file_path)
        session.add(dispatch)
        try:
            session.commit()
        except IntegrityError:
            session.rollback()
            return None
        return dispatch.id


def _close(session_factory: sessionmaker[Session], batch: _Batch, dispatch_ids: Sequence[int],
           invoice_ids: Sequence[int], error: str = "", file_path: str = "") -> None:
    with session_factory() as session:
        status = DispatchStatus.FAILED if error else DispatchStatus.SENT
        values: dict[str, Any] = {"status": status, "finished_at": batch.now, "error": error}
        if file_path:
            values["file_path"] = file_path
        for part in _chunks(dispatch_ids):
            session.execute(update(Dispatch).where(Dispatch.id.in_(part)).values(**values))
        if not error:
            for part in _chunks(invoice_ids):
                session.execute(update(Invoice).where(Invoice.id.in_(part)).values(sent_at=batch.now))
        session.commit()


def _finish_batch(session_factory: sessionmaker[Session], batch: _Batch, cancelled: bool, output: str) -> int | None:
    """Close the batch with its counts; a batch that dispatched nothing is not kept (returns None)."""
    with session_factory() as session:
        row = session.get(SendingBatch, batch.batch_id)
        assert row is not None
        after = {"channel": batch.channel, "sent": len(batch.sent), "failed": len(batch.failed),
                 "files": batch.files[:50], "cancelled": cancelled,
                 "failures": [{"invoice": f.number, "reason": f.reason} for f in batch.failed[:200]]}
        if session.scalar(select(Dispatch.id).where(Dispatch.batch_id == batch.batch_id).limit(1)) is None:
            session.delete(row)
            audit.record(session, batch.actor, "sending.nothing_done", "sending_batch", batch.batch_id, after=after)
            session.commit()
            return None
        row.finished_at = dt.datetime.now(dt.UTC)
        row.sent, row.failed, row.cancelled = len(batch.sent), len(batch.failed), cancelled
        if output:
            row.output_path = output
        audit.record(session, batch.actor, "sending.finished", "sending_batch", batch.batch_id, after=after)
        session.commit()
        return batch.batch_id


def send(
    session_factory: sessionmaker[Session],
    actor: Actor,
    channel: Channel,
    invoice_ids: Sequence[int],
    *,
    pdf_only: bool = False,
    output_dir: str | None = None,
    transport: EmailTransport | None = None,
    smtp_password: str | None = None,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
    now: dt.datetime | None = None,
) -> SendResult:
    """Send these invoices on ``channel`` (or, ``pdf_only``, write their PDFs and mark nothing sent).

    ``smtp_password``: typed by the clerk for this session where the computer has no keyring.
    An email listed as "delivery unknown" is sent again (same Message-ID) when its id is given.
    """
    try:
        channel = Channel(channel)
    except ValueError as exc:
        raise UnknownChannel(channel=str(channel)) from exc
    now = now or dt.datetime.now(dt.UTC)
    ids = list(dict.fromkeys(invoice_ids))
    config: SmtpConfig | None = None
    with session_factory() as session:
        if pdf_only:
            folder = _check_folder(output_dir or str(settings_service.get(session, "paper.output_dir") or "")
                                   or _missing(PrintFolderNotSet()))
        elif channel == Channel.EINVOICE:
            folder = _check_folder(output_dir or str(settings_service.get(session, "einvoice.outbox_dir") or "")
                                   or _missing(OutboxNotSet()))
        elif channel == Channel.PAPER:
            folder = _check_folder(output_dir or str(settings_service.get(session, "paper.output_dir") or "")
                                   or _missing(PrintFolderNotSet()))
        else:
            folder = Path(".")
            if transport is None:
                config = smtp_config(session)
                if smtp_password is not None:
                    config = replace(config, password=smtp_password)
        known = {iid for part in _chunks(ids) for iid in session.scalars(select(Invoice.id).where(Invoice.id.in_(part)))}
        for iid in ids:
            if iid not in known:
                raise NotFound(what="Invoice", key=str(iid))
        recovery = resolve_interrupted(session, actor, now=now)
        resent = 0 if pdf_only or channel != Channel.EMAIL else mark_delivery_unknown_count(session, channel, ids)
        session.commit()
    batch = _Batch(channel, _start_batch(session_factory, actor, channel, pdf_only, str(folder)), actor, now)
    batch.recovered, batch.resent = recovery.marked_sent, resent
    cancelled = False
    output = ""
    own_transport = None
    try:
        if pdf_only:
            cancelled = _pdf_only(session_factory, batch, ids, folder, progress, cancel)
        elif channel == Channel.EMAIL:
            if transport is None:
                assert config is not None
                transport = own_transport = SmtpTransport(config)
            cancelled = _send_emails(session_factory, batch, ids, transport, progress, cancel)
        elif channel == Channel.EINVOICE:
            cancelled = _send_einvoices(session_factory, batch, ids, folder, progress, cancel)
        else:
            cancelled, output = _send_paper(session_factory, batch, ids, folder, progress, cancel)
    except BaseException as exc:
        if own_transport is not None:
            own_transport.close()
        _interrupt(session_factory, batch, exc)
        raise
    if own_transport is not None:
        own_transport.close()
    batch_id = _finish_batch(session_factory, batch, cancelled, output)
    return SendResult(batch_id, channel, False, pdf_only, tuple(batch.sent), tuple(batch.failed),
                      tuple(batch.files), batch.recovered, batch.resent, cancelled)


def _missing(err: SendingError) -> str:
    raise err


def _rows_for(session_factory: sessionmaker[Session], ids: Sequence[int]) -> dict[int, SendRow]:
    with session_factory() as session:
        return send_rows(session, ids)


def _precheck(batch: _Batch, row: SendRow) -> ReskontraError | None:
    if row.sent_at is not None:
        return AlreadySent()
    if row.status not in _SENDABLE:
        return NotSendable(status=str(row.status))
    problem = _problem(batch.channel, row)
    if problem:
        return SendProblem(problem)
    return None


def _send_emails(session_factory: sessionmaker[Session], batch: _Batch, ids: Sequence[int],
                 transport: EmailTransport, progress: Progress | None, cancel: Cancel | None) -> bool:
    rows = _rows_for(session_factory, ids)
    with session_factory() as session:
        sender = str(settings_service.get(session, "smtp.sender"))
    done = 0
    unreachable: ReskontraError | None = None
    for chunk in _chunks(ids, 200):
        with session_factory() as session:
            docs = _documents(session, chunk)
            for iid in chunk:
                if cancel is not None and cancel():
                    return True
                row = rows[iid]
                err = _precheck(batch, row) or unreachable
                if err is not None:
                    batch.failed.append(_fail_item(iid, row.number, row.customer_number, err))
                else:
                    dispatch_id = _claim(session_factory, batch, iid)
                    if dispatch_id is None:
                        batch.failed.append(_fail_item(iid, row.number, row.customer_number, BeingSentElsewhere()))
                    else:
                        try:
                            message = _email_message(session, docs[iid], row.email.strip(), sender,
                                                     _message_id(row.number, sender))
                            transport.send(message)
                        except ReskontraError as exc:
                            _close(session_factory, batch, [dispatch_id], [iid], error=exc.english())
                            batch.failed.append(_fail_item(iid, row.number, row.customer_number, exc))
                            if isinstance(exc, (SmtpUnreachable, SmtpLoginFailed)):
                                unreachable = exc  # the rest would fail the same way: say so, try no more
                        else:
                            _close(session_factory, batch, [dispatch_id], [iid])
                            batch.sent.append(SentItem(iid, row.number, row.customer_number))
                done += 1
                if progress is not None:
                    progress(done, len(ids))
    return False


def _send_einvoices(session_factory: sessionmaker[Session], batch: _Batch, ids: Sequence[int], folder: Path,
                    progress: Progress | None, cancel: Cancel | None) -> bool:
    from desktop_app.services.documents.finvoice import finvoice_file_name

    rows = _rows_for(session_factory, ids)
    done = 0
    manifest: list[dict[str, Any]] = []
    cancelled = False
    seq = 0
    for chunk in _chunks(ids, 200):
        if cancelled:
            break
        with session_factory() as session:
            docs = _documents(session, chunk)
            for iid in chunk:
                if cancel is not None and cancel():
                    cancelled = True
                    break
                row = rows[iid]
                err = _precheck(batch, row)
                if err is not None:
                    batch.failed.append(_fail_item(iid, row.number, row.customer_number, err))
                else:
                    seq += 1
                    path = folder / finvoice_file_name(row.number, batch.now, seq)
                    dispatch_id = _claim(session_factory, batch, iid, file_path=str(path))
                    if dispatch_id is None:
                        batch.failed.append(_fail_item(iid, row.number, row.customer_number, BeingSentElsewhere()))
                    else:
                        try:
                            xml = _einvoice_xml(session, docs[iid], row, batch.now,
                                                f"{batch.batch_id}-{dispatch_id}")
                            write_bytes_whole(path, xml)
                        except (OSError, ReskontraError) as exc:
                            problem = exc if isinstance(exc, ReskontraError) else FileWriteFailed(
                                path=str(path), detail=exc.strerror or str(exc))
                            _close(session_factory, batch, [dispatch_id], [iid], error=problem.english())
                            batch.failed.append(_fail_item(iid, row.number, row.customer_number, problem))
                        else:
                            _close(session_factory, batch, [dispatch_id], [iid])
                            batch.sent.append(SentItem(iid, row.number, row.customer_number, str(path)))
                            batch.files.append(str(path))
                            manifest.append(_manifest_entry(path, row))
                done += 1
                if progress is not None:
                    progress(done, len(ids))
    if manifest:
        path = _manifest_path(folder, batch.batch_id, batch.now)
        try:
            _write_manifest(path, batch.batch_id, batch.now, manifest)
            batch.files.append(str(path))
        except OSError as exc:
            batch.failed.append(FailedItem(0, 0, 0, FileWriteFailed(path=str(path), detail=exc.strerror or str(exc))
                                           .english()))
    return cancelled


def _manifest_entry(path: Path, row: SendRow) -> dict[str, Any]:
    return {"file": path.name, "invoice_number": row.number, "customer_number": row.customer_number,
            "amount": str(to_decimal(row.to_pay_cents))}


def _manifest_path(folder: Path, batch_id: int, created: dt.datetime) -> Path:
    return folder / f"{created:%Y%m%dT%H%M%S}_batch_{batch_id:06d}_manifest.json"


def _write_manifest(path: Path, batch_id: int, created: dt.datetime, entries: list[dict[str, Any]],
                    interrupted: bool = False) -> None:
    """The operator's list of the batch's e-invoice files, written whole (never half a list)."""
    body: dict[str, Any] = {"batch": batch_id, "created": created.isoformat(), "count": len(entries),
                            "total": str(sum((Decimal(m["amount"]) for m in entries), Decimal("0.00"))),
                            "files": entries}
    if interrupted:
        body["interrupted"] = True
    write_bytes_whole(path, json.dumps(body, ensure_ascii=False, indent=1).encode("utf-8"))


def _interrupted_manifest(session: Session, row: SendingBatch) -> str:
    """A stopped e-invoice batch never wrote its manifest: write it for the files that went out."""
    sent = [(Path(f), iid) for iid, f in session.execute(
        select(Dispatch.invoice_id, Dispatch.file_path).where(
            Dispatch.batch_id == row.id, Dispatch.status == DispatchStatus.SENT, Dispatch.file_path != "")
        .order_by(Dispatch.id))]
    if not sent:
        return ""
    rows = send_rows(session, [iid for _f, iid in sent])
    path = _manifest_path(sent[0][0].parent, row.id, _aware(row.started_at))
    try:
        _write_manifest(path, row.id, _aware(row.started_at), [_manifest_entry(f, rows[iid]) for f, iid in sent],
                        interrupted=True)
    except OSError as exc:
        return f"manifest not written: {exc.strerror or exc}"
    return str(path)


def _send_paper(session_factory: sessionmaker[Session], batch: _Batch, ids: Sequence[int], folder: Path,
                progress: Progress | None, cancel: Cancel | None) -> tuple[bool, str]:
    """One print-ready PDF for the batch: claimed all first, written once, marked sent together."""
    from desktop_app.services.documents.invoice_pdf import render_batch

    rows = _rows_for(session_factory, ids)
    path = folder / f"print_batch_{batch.now:%Y%m%d_%H%M%S}_{batch.batch_id:06d}.pdf"
    claimed: list[tuple[int, int]] = []  # (invoice id, dispatch id)
    for n, iid in enumerate(ids, start=1):
        if cancel is not None and cancel():
            _close(session_factory, batch, [d for _i, d in claimed], [i for i, _d in claimed],
                   error="Cancelled before the print batch was written")
            return True, ""
        row = rows[iid]
        err = _precheck(batch, row)
        if err is not None:
            batch.failed.append(_fail_item(iid, row.number, row.customer_number, err))
        else:
            dispatch_id = _claim(session_factory, batch, iid, file_path=str(path))
            if dispatch_id is None:
                batch.failed.append(_fail_item(iid, row.number, row.customer_number, BeingSentElsewhere()))
            else:
                claimed.append((iid, dispatch_id))
        if progress is not None:
            progress(n // 2, len(ids))
    if not claimed:
        return False, ""
    invoice_ids = [i for i, _d in claimed]
    with session_factory() as session:
        docs = _documents(session, invoice_ids)
    try:
        write_whole(path, lambda partial: render_batch([docs[i] for i in invoice_ids], str(partial), paper_form=True))
    except OSError as exc:
        problem = FileWriteFailed(path=str(path), detail=exc.strerror or str(exc))
        _close(session_factory, batch, [d for _i, d in claimed], invoice_ids, error=problem.english())
        for iid in invoice_ids:
            batch.failed.append(_fail_item(iid, rows[iid].number, rows[iid].customer_number, problem))
        return False, ""
    _close(session_factory, batch, [d for _i, d in claimed], invoice_ids)
    for iid in invoice_ids:
        batch.sent.append(SentItem(iid, rows[iid].number, rows[iid].customer_number, str(path)))
    batch.files.append(str(path))
    if progress is not None:
        progress(len(ids), len(ids))
    return False, str(path)


def partial_renderer(doc: InvoiceDocument, *, paper_form: bool) -> Callable[[Path], None]:
    from desktop_app.services.documents.invoice_pdf import render_invoice_pdf

    return lambda partial: render_invoice_pdf(doc, str(partial), paper_form=paper_form)


def _pdf_only(session_factory: sessionmaker[Session], batch: _Batch, ids: Sequence[int], folder: Path,
              progress: Progress | None, cancel: Cancel | None) -> bool:
    """The PDFs of the selection, one file each; nothing is marked sent (a PDF_ONLY dispatch is a note)."""

    done = 0
    rows = _rows_for(session_factory, ids)
    for chunk in _chunks(ids, 200):
        with session_factory() as session:
            docs = _documents(session, chunk)
            for iid in chunk:
                if cancel is not None and cancel():
                    session.commit()
                    return True
                doc, row = docs[iid], rows[iid]
                path = folder / f"{_file_word(doc)}_{row.number}.pdf"
                try:
                    write_whole(path, partial_renderer(doc, paper_form=batch.channel == Channel.PAPER))
                except OSError as exc:
                    batch.failed.append(_fail_item(iid, row.number, row.customer_number,
                                                   FileWriteFailed(path=str(path), detail=exc.strerror or str(exc))))
                else:
                    session.add(Dispatch(invoice_id=iid, channel=batch.channel, batch_id=batch.batch_id,
                                         status=DispatchStatus.PDF_ONLY, file_path=str(path), finished_at=batch.now))
                    batch.files.append(str(path))
                    batch.sent.append(SentItem(iid, row.number, row.customer_number, str(path)))
                done += 1
                if progress is not None:
                    progress(done, len(ids))
            session.commit()
    return False


# --- after the send: summaries, rejected e-invoices -----------------------------------------------

def list_batches(session: Session, channel: Channel | None = None, limit: int = 200) -> list[BatchInfo]:
    stmt = select(SendingBatch).order_by(SendingBatch.id.desc()).limit(limit)
    if channel is not None:
        stmt = stmt.where(SendingBatch.channel == Channel(channel))
    batches = list(session.scalars(stmt))
    interrupted = {bid for part in _chunks([b.id for b in batches]) for bid in session.scalars(
        select(AuditEvent.entity_id).where(AuditEvent.entity == "sending_batch", AuditEvent.entity_id.in_(part),
                                           AuditEvent.action == "sending.interrupted"))}
    return [BatchInfo(b.id, b.channel, b.started_at, b.finished_at, b.sent, b.failed, b.output_path, b.pdf_only,
                      b.cancelled, b.id in interrupted) for b in batches]


def batch_dispatches(session: Session, batch_id: int) -> list[DispatchRow]:
    if session.get(SendingBatch, batch_id) is None:
        raise NotFound(what="Sending batch", key=str(batch_id))
    return [
        DispatchRow(d.invoice_id, number, cnum, cname, d.status, d.attempts, d.error, d.file_path)
        for d, number, cnum, cname in session.execute(
            select(Dispatch, Invoice.number, Customer.customer_number, Customer.name)
            .join(Invoice, Invoice.id == Dispatch.invoice_id).join(Customer, Customer.id == Invoice.customer_id)
            .where(Dispatch.batch_id == batch_id).order_by(Invoice.number))
    ]


class NotSentEinvoice(ReskontraError):
    template = "Invoice {number} has not been sent as an e-invoice, so it cannot be marked rejected."


def mark_rejected(session: Session, actor: Actor, invoice_id: int, reason: str) -> None:
    """The operator returned the e-invoice ("payer does not accept e-invoices"): it is unsent again."""
    invoice = session.get(Invoice, invoice_id)
    if invoice is None:
        raise NotFound(what="Invoice", key=str(invoice_id))
    dispatch = session.scalar(select(Dispatch).where(
        Dispatch.invoice_id == invoice_id, Dispatch.channel == Channel.EINVOICE,
        Dispatch.status == DispatchStatus.SENT))
    if dispatch is None:
        raise NotSentEinvoice(number=invoice.number)
    dispatch.status = DispatchStatus.FAILED
    dispatch.error = f"Rejected by the operator: {reason}".strip()
    invoice.sent_at = None
    audit.record(session, actor, "einvoice.rejected", "invoice", invoice_id, after={"reason": reason})


def switch_channel(session: Session, actor: Actor, invoice_ids: Sequence[int], channel: Channel) -> int:
    """Send these unsent invoices on another channel (e.g. a rejected e-invoice as a letter)."""
    channel = Channel(channel)
    changed = 0
    invoices = [i for part in _chunks(invoice_ids) for i in session.scalars(select(Invoice).where(Invoice.id.in_(part)))]
    for invoice in invoices:
        if invoice.sent_at is not None:
            raise AlreadySentCannotSwitch(number=invoice.number)
        if invoice.channel != channel:
            audit.record(session, actor, "invoice.channel_changed", "invoice", invoice.id,
                         before={"channel": invoice.channel}, after={"channel": channel})
            invoice.channel = channel
            changed += 1
    return changed


class AlreadySentCannotSwitch(ReskontraError):
    template = "Invoice {number} has already been sent; it keeps its channel."


class NotDeliveryUnknown(ReskontraError):
    template = "Invoice {number} is not waiting for a check of its delivery on this channel; nothing was marked."


def invoice_id_of(session: Session, number: int) -> int:
    iid = session.scalar(select(Invoice.id).where(Invoice.number == number))
    if iid is None:
        raise NotFound(what="Invoice", key=str(number))
    return int(iid)


def mark_sent(session: Session, actor: Actor, invoice_id: int, channel: Channel,
              now: dt.datetime | None = None) -> None:
    """The clerk checked that an email of a stopped send did reach the customer: it counts as sent, not resent."""
    channel = Channel(channel)
    invoice = session.get(Invoice, invoice_id)
    if invoice is None:
        raise NotFound(what="Invoice", key=str(invoice_id))
    if invoice.sent_at is not None or _last_errors(session, [invoice_id], channel).get(invoice_id) != \
            DeliveryUnknown.template:
        raise NotDeliveryUnknown(number=invoice.number)
    now = now or dt.datetime.now(dt.UTC)
    attempts = int(session.scalar(select(func.count()).select_from(Dispatch).where(
        Dispatch.invoice_id == invoice_id, Dispatch.channel == channel)) or 0)
    session.add(Dispatch(invoice_id=invoice_id, channel=channel, status=DispatchStatus.SENT, attempts=attempts,
                         error="", claimed_at=now, finished_at=now))
    invoice.sent_at = now
    audit.record(session, actor, "dispatch.marked_sent", "invoice", invoice_id,
                 after={"channel": channel, "reason": "delivery checked after a stopped send"},
                 customer_id=invoice.customer_id)
    try:
        session.flush()
    except IntegrityError as exc:  # another desk sent it meanwhile
        raise NotDeliveryUnknown(number=invoice.number) from exc
