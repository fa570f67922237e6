"""One typed registry of settings with defaults (legal defaults from shared/data/legal).

Values are stored as text in the ``settings`` table; ``get`` returns the typed value, ``set``
converts, validates and writes an audit event. Every setting is checked when it is set, by its
type and its meaning: bank and company identifiers with the customer card's validators
(``services/validation.py``), day counts 0–365, fees 0–1 000 €, ports, choices, the
placeholders of email texts. A bad value is refused then, not when the first invoice fails.
Labels are English and translated by the views.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.models import Setting
from desktop_app.services.foundation import audit, validation
from desktop_app.services.foundation.errors import NotFound, ReskontraError
from desktop_app.services.foundation.money import parse_amount, to_decimal
from desktop_app.services.foundation.uow import Actor

Check = Callable[[Any, str], Any]  # (typed value, key) -> the value to store, or a ReskontraError


@dataclass(frozen=True)
class SettingDef:
    key: str
    kind: type
    default: Any
    label: str
    secret: bool = False
    accountant_only: bool = True
    check: Check | None = None


def _d(text: str) -> Decimal:
    return Decimal(text)


class InvalidSetting(ReskontraError):
    template = "The value {value!r} is not valid for {key}."


class SettingOutOfRange(ReskontraError):
    template = "{key} must be from {low} to {high}; {value} is not."


class SettingNotAChoice(ReskontraError):
    template = "{key} must be one of: {choices}; {value} is not."


class SettingRequired(ReskontraError):
    template = "{key} cannot be empty."


class UnknownPlaceholder(ReskontraError):
    template = "{key} uses the placeholder {name}, which is not known; the text may use {known}."


class InvalidVatNumber(ReskontraError):
    template = "{value} is not a valid Finnish VAT number (FI and the 8 digits of the business ID, e.g. FI15728600)."


class InvalidHostName(ReskontraError):
    template = "{value} is not a server name (e.g. smtp.example.fi) or an IP address."


def _field(validator: Callable[..., Any], *, required: bool = False) -> Check:
    """A customer-card validator (``validation.iban`` …) as a setting check; ``required`` refuses empty."""
    def check(value: Any, key: str) -> Any:
        result = validator(value, field=key)
        if required and not result:
            raise SettingRequired(field=key, key=key)
        return result

    return check


def _text(max_len: int, *, required: bool = False) -> Check:
    def check(value: Any, key: str) -> str:
        text = str(value).strip()
        if required and not text:
            raise SettingRequired(field=key, key=key)
        if len(text) > max_len:
            raise validation.TooLong(field=key, max=max_len)
        return text

    return check


def _postal_code(value: Any, key: str) -> str:
    text = validation.postal_code(str(value), field=key)
    if not text:
        raise SettingRequired(field=key, key=key)
    return text


def _vat_number(value: Any, key: str) -> str:
    from stdnum.exceptions import ValidationError as StdnumError
    from stdnum.fi import alv

    text = re.sub(r"[\s.-]", "", str(value)).upper()
    if not text:
        return ""
    try:
        return "FI" + str(alv.validate(text))
    except StdnumError:
        raise InvalidVatNumber(field=key, value=str(value)) from None


_HOST = re.compile(r"^(?=.{1,253}$)[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}"
                   r"[A-Za-z0-9])?)*\.?$|^\[?[0-9A-Fa-f:.]+\]?$")


def _host(value: Any, key: str) -> str:
    text = str(value).strip()
    if text and not _HOST.match(text):
        raise InvalidHostName(field=key, value=text)
    return text


def _range(low: int | Decimal, high: int | Decimal) -> Check:
    def check(value: Any, key: str) -> Any:
        if value is None:
            raise SettingRequired(field=key, key=key)
        if not low <= value <= high:
            raise SettingOutOfRange(field=key, key=key, low=low, high=high, value=value)
        return value

    return check


def _date_range(low: dt.date, high: dt.date) -> Check:
    def check(value: Any, key: str) -> Any:
        if value is not None and not low <= value <= high:
            raise SettingOutOfRange(field=key, key=key, low=low, high=high, value=value)
        return value

    return check


def _choice(*choices: str) -> Check:
    def check(value: Any, key: str) -> str:
        text = str(value).strip().lower()
        if text not in choices:
            raise SettingNotAChoice(field=key, key=key, choices=", ".join(choices), value=str(value))
        return text

    return check


# The values services/sending.py fills into email subjects and texts.
_EMAIL_PLACEHOLDERS = ("number", "company", "customer", "customer_number", "amount", "due_date", "reference", "iban")
_PLACEHOLDER = re.compile(r"\{([^{}]*)\}")


def _email_text(value: Any, key: str) -> str:
    """An email subject or text with only known placeholders (a typo would reach every customer as it is)."""
    text = _text(20_000, required=True)(value, key)
    for name in _PLACEHOLDER.findall(text):
        if name not in _EMAIL_PLACEHOLDERS:
            known = ", ".join("{" + known + "}" for known in _EMAIL_PLACEHOLDERS)
            raise UnknownPlaceholder(field=key, key=key, name="{" + name + "}", known=known)
    return text


_DAYS = _range(0, 365)
_FEE = _range(Decimal("0.00"), Decimal("1000.00"))
_NAME = _text(200, required=True)


DEFINITIONS: tuple[SettingDef, ...] = (
    SettingDef("company.name", str, "Reskontra Demo Oy", "Company name", check=_NAME),
    SettingDef("company.business_id", str, "1572860-0", "Business ID", check=_field(validation.business_id, required=True)),
    SettingDef("company.vat_number", str, "FI15728600", "VAT number", check=_vat_number),
    SettingDef("company.street", str, "Mannerheimintie 12 B", "Street address", check=_NAME),
    SettingDef("company.postal_code", str, "00100", "Postal code", check=_postal_code),
    SettingDef("company.city", str, "Helsinki", "City", check=_text(100, required=True)),
    SettingDef("company.phone", str, "+358 9 123 4567", "Phone", check=_field(validation.phone)),
    SettingDef("company.email", str, "laskutus@reskontra-demo.fi", "Email", check=_field(validation.email)),
    SettingDef("company.iban", str, "FI2112345600000785", "Bank account (IBAN)", check=_field(validation.iban, required=True)),
    SettingDef("company.bic", str, "NDEAFIHH", "BIC", check=_field(validation.bic, required=True)),
    SettingDef("company.einvoice_address", str, "003715728600", "Own e-invoice address", check=_field(validation.einvoice_address)),
    SettingDef("company.einvoice_operator", str, "003721291126", "Own e-invoice operator", check=_field(validation.einvoice_operator)),
    SettingDef("company.logo_path", str, "", "Logo file", check=_text(1000)),
    SettingDef("billing.reference_format", str, "domestic", "Reference number format (domestic or rf)", check=_choice("domestic", "rf")),
    SettingDef("billing.default_payment_term_days", int, 14, "Default payment term (days)", check=_DAYS),
    SettingDef("reminders.level1_days_overdue", int, 14, "Reminder #1: days overdue", check=_DAYS),
    SettingDef("reminders.level2_days_after_reminder1", int, 7, "Reminder #2: days after reminder #1 due date", check=_DAYS),
    SettingDef("reminders.days_to_pay", int, 14, "Days to pay a reminder", check=_DAYS),
    SettingDef("reminders.fee_consumer", Decimal, _d("5.00"), "Reminder fee, consumers", check=_FEE),
    SettingDef("reminders.fee_business", Decimal, _d("10.00"), "Reminder fee, businesses", check=_FEE),
    SettingDef("reminders.consumer_fee_cap", Decimal, _d("5.00"), "Legal cap of a consumer reminder fee", check=_FEE),
    SettingDef("reminders.consumer_min_days_between", int, 14, "Consumers: days between fee-bearing letters", check=_DAYS),
    SettingDef("reminders.consumer_min_days_to_pay", int, 10, "Consumers: minimum days to pay a reminder", check=_DAYS),
    SettingDef("reminders.show_interest", bool, True, "Show late-payment interest on reminders"),
    SettingDef("reimbursement.minimum", Decimal, _d("5.00"), "Minimum reimbursement amount", check=_FEE),
    SettingDef("ledger.lock_date", dt.date, None, "Posting lock date", check=_date_range(dt.date(2000, 1, 1), dt.date(2100, 12, 31))),
    SettingDef("smtp.host", str, "", "SMTP server", check=_host),
    SettingDef("smtp.port", int, 587, "SMTP port", check=_range(1, 65535)),
    SettingDef("smtp.security", str, "starttls", "SMTP security (none, starttls, tls)", check=_choice("none", "starttls", "tls")),
    SettingDef("smtp.user", str, "", "SMTP user", check=_text(200)),
    SettingDef("smtp.sender", str, "laskutus@reskontra-demo.fi", "Sender address", check=_field(validation.email)),
    SettingDef("smtp.timeout_seconds", int, 30, "SMTP timeout (seconds)", check=_range(1, 600)),
    SettingDef("email.subject_fi", str, "Lasku {number} – {company}", "Email subject (Finnish)", check=_email_text),
    SettingDef("email.subject_sv", str, "Faktura {number} – {company}", "Email subject (Swedish)", check=_email_text),
    SettingDef("email.subject_en", str, "Invoice {number} – {company}", "Email subject (English)", check=_email_text),
    SettingDef("email.body_fi", str, "Hyvä asiakas,\n\nliitteenä laskunne {number}. Maksettava {amount}, eräpäivä {due_date}, "
               "viitenumero {reference}, tilille {iban}.\n\nYstävällisin terveisin\n{company}", "Email text (Finnish)", check=_email_text),
    SettingDef("email.body_sv", str, "Bästa kund,\n\nbifogat finner ni faktura {number}. Att betala {amount}, förfallodag "
               "{due_date}, referensnummer {reference}, till konto {iban}.\n\nMed vänliga hälsningar\n{company}",
               "Email text (Swedish)", check=_email_text),
    SettingDef("email.body_en", str, "Dear customer,\n\nplease find attached invoice {number}. Amount due {amount}, due date "
               "{due_date}, reference {reference}, to account {iban}.\n\nKind regards\n{company}", "Email text (English)", check=_email_text),
    SettingDef("email.reminder_subject_fi", str, "Maksumuistutus {number} – {company}", "Reminder email subject (Finnish)", check=_email_text),
    SettingDef("email.reminder_subject_sv", str, "Betalningspåminnelse {number} – {company}",
               "Reminder email subject (Swedish)", check=_email_text),
    SettingDef("email.reminder_subject_en", str, "Payment reminder {number} – {company}",
               "Reminder email subject (English)", check=_email_text),
    SettingDef("email.reminder_body_fi", str, "Hyvä asiakas,\n\nkirjanpitomme mukaan laskunne on vielä maksamatta; "
               "liitteenä maksumuistutus {number}. Maksettava {amount}, eräpäivä {due_date}, viitenumero {reference}, "
               "tilille {iban}. Jos olette jo maksanut, tämä muistutus on aiheeton.\n\nYstävällisin terveisin\n{company}",
               "Reminder email text (Finnish)", check=_email_text),
    SettingDef("email.reminder_body_sv", str, "Bästa kund,\n\nenligt vår bokföring är er faktura fortfarande obetald; "
               "bifogat finner ni betalningspåminnelse {number}. Att betala {amount}, förfallodag {due_date}, "
               "referensnummer {reference}, till konto {iban}. Om ni redan har betalat kan ni bortse från denna "
               "påminnelse.\n\nMed vänliga hälsningar\n{company}", "Reminder email text (Swedish)", check=_email_text),
    SettingDef("email.reminder_body_en", str, "Dear customer,\n\naccording to our records your invoice is still unpaid; "
               "please find attached payment reminder {number}. Amount due {amount}, due date {due_date}, reference "
               "{reference}, to account {iban}. If you have already paid, please disregard this reminder.\n\n"
               "Kind regards\n{company}", "Reminder email text (English)", check=_email_text),
    SettingDef("einvoice.outbox_dir", str, "", "E-invoice outbox folder", check=_text(1000)),
    SettingDef("paper.output_dir", str, "", "Print batch folder", check=_text(1000)),
)
BY_KEY = {d.key: d for d in DEFINITIONS}


def parse(key: str, raw: str) -> Any:
    definition = BY_KEY.get(key)
    if definition is None:
        raise NotFound(what="Setting", key=key)
    if raw == "" and definition.kind is not str:
        return None
    try:
        if definition.kind is bool:
            if raw.lower() in ("1", "true", "yes", "on", "kyllä"):
                return True
            if raw.lower() in ("0", "false", "no", "off", "ei"):
                return False
            raise ValueError(raw)
        if definition.kind is int:
            return int(raw)
        if definition.kind is Decimal:  # euros: read as every amount field reads them
            return to_decimal(parse_amount(raw, negative=True, field=key))
        if definition.kind is dt.date:
            return dt.date.fromisoformat(raw)
    except (ValueError, InvalidOperation) as exc:
        raise InvalidSetting(key=key, value=raw) from exc
    return raw


def to_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def get(session: Session, key: str) -> Any:
    definition = BY_KEY.get(key)
    if definition is None:
        raise NotFound(what="Setting", key=key)
    raw = session.scalar(select(Setting.value).where(Setting.key == key))
    if raw is None:
        return definition.default
    return parse(key, raw)


def get_all(session: Session) -> dict[str, Any]:
    stored = {key: value for key, value in session.execute(select(Setting.key, Setting.value))}
    return {d.key: (parse(d.key, stored[d.key]) if d.key in stored else d.default) for d in DEFINITIONS}


def set_value(session: Session, actor: Actor, key: str, raw: str) -> Any:
    definition = BY_KEY.get(key)
    if definition is None:
        raise NotFound(what="Setting", key=key)
    if definition.accountant_only:
        actor.require_accountant(f"change setting {key}")
    value = parse(key, raw)
    if definition.check is not None:
        value = definition.check(value, key)
    before = get(session, key)
    row = session.get(Setting, key)
    if row is None:
        session.add(Setting(key=key, value=to_text(value)))
    else:
        row.value = to_text(value)
    audit.record(session, actor, "setting.changed", "setting", None,
                 before={key: to_text(before)}, after={key: to_text(value)})
    return value
