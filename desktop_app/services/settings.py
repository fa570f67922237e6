"""One typed registry of settings with defaults (legal defaults from shared/data/legal).

Values are stored as text in the ``settings`` table; ``get`` returns the typed value, ``set``
validates, converts and writes an audit event. Labels are English and translated by the views.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.models import Setting
from desktop_app.services import audit
from desktop_app.services.errors import NotFound, ReskontraError
from desktop_app.services.uow import Actor


@dataclass(frozen=True)
class SettingDef:
    key: str
    kind: type
    default: Any
    label: str
    secret: bool = False
    accountant_only: bool = True


def _d(text: str) -> Decimal:
    return Decimal(text)


DEFINITIONS: tuple[SettingDef, ...] = (
    SettingDef("company.name", str, "Reskontra Demo Oy", "Company name"),
    SettingDef("company.business_id", str, "1572860-0", "Business ID"),
    SettingDef("company.vat_number", str, "FI15728600", "VAT number"),
    SettingDef("company.street", str, "Mannerheimintie 12 B", "Street address"),
    SettingDef("company.postal_code", str, "00100", "Postal code"),
    SettingDef("company.city", str, "Helsinki", "City"),
    SettingDef("company.phone", str, "+358 9 123 4567", "Phone"),
    SettingDef("company.email", str, "laskutus@reskontra-demo.fi", "Email"),
    SettingDef("company.iban", str, "FI2112345600000785", "Bank account (IBAN)"),
    SettingDef("company.bic", str, "NDEAFIHH", "BIC"),
    SettingDef("company.einvoice_address", str, "003715728600", "Own e-invoice address"),
    SettingDef("company.einvoice_operator", str, "003721291126", "Own e-invoice operator"),
    SettingDef("company.logo_path", str, "", "Logo file"),
    SettingDef("billing.reference_format", str, "domestic", "Reference number format (domestic or rf)"),
    SettingDef("billing.default_payment_term_days", int, 14, "Default payment term (days)"),
    SettingDef("reminders.level1_days_overdue", int, 14, "Reminder #1: days overdue"),
    SettingDef("reminders.level2_days_after_reminder1", int, 7, "Reminder #2: days after reminder #1 due date"),
    SettingDef("reminders.days_to_pay", int, 14, "Days to pay a reminder"),
    SettingDef("reminders.fee_consumer", Decimal, _d("5.00"), "Reminder fee, consumers"),
    SettingDef("reminders.fee_business", Decimal, _d("10.00"), "Reminder fee, businesses"),
    SettingDef("reminders.consumer_fee_cap", Decimal, _d("5.00"), "Legal cap of a consumer reminder fee"),
    SettingDef("reminders.consumer_min_days_between", int, 14, "Consumers: days between fee-bearing letters"),
    SettingDef("reminders.consumer_min_days_to_pay", int, 10, "Consumers: minimum days to pay a reminder"),
    SettingDef("reminders.show_interest", bool, True, "Show late-payment interest on reminders"),
    SettingDef("reimbursement.minimum", Decimal, _d("5.00"), "Minimum reimbursement amount"),
    SettingDef("ledger.lock_date", dt.date, None, "Posting lock date"),
    SettingDef("smtp.host", str, "", "SMTP server"),
    SettingDef("smtp.port", int, 587, "SMTP port"),
    SettingDef("smtp.security", str, "starttls", "SMTP security (none, starttls, tls)"),
    SettingDef("smtp.user", str, "", "SMTP user"),
    SettingDef("smtp.sender", str, "laskutus@reskontra-demo.fi", "Sender address"),
    SettingDef("smtp.timeout_seconds", int, 30, "SMTP timeout (seconds)"),
    SettingDef("email.subject_fi", str, "Lasku {number} – {company}", "Email subject (Finnish)"),
    SettingDef("email.subject_sv", str, "Faktura {number} – {company}", "Email subject (Swedish)"),
    SettingDef("email.subject_en", str, "Invoice {number} – {company}", "Email subject (English)"),
    SettingDef("email.body_fi", str, "Hyvä asiakas,\n\nliitteenä laskunne {number}. Maksettava {amount}, eräpäivä {due_date}, "
               "viitenumero {reference}, tilille {iban}.\n\nYstävällisin terveisin\n{company}", "Email text (Finnish)"),
    SettingDef("email.body_sv", str, "Bästa kund,\n\nbifogat finner ni faktura {number}. Att betala {amount}, förfallodag "
               "{due_date}, referensnummer {reference}, till konto {iban}.\n\nMed vänliga hälsningar\n{company}",
               "Email text (Swedish)"),
    SettingDef("email.body_en", str, "Dear customer,\n\nplease find attached invoice {number}. Amount due {amount}, due date "
               "{due_date}, reference {reference}, to account {iban}.\n\nKind regards\n{company}", "Email text (English)"),
    SettingDef("email.reminder_subject_fi", str, "Maksumuistutus {number} – {company}", "Reminder email subject (Finnish)"),
    SettingDef("email.reminder_subject_sv", str, "Betalningspåminnelse {number} – {company}",
               "Reminder email subject (Swedish)"),
    SettingDef("email.reminder_subject_en", str, "Payment reminder {number} – {company}",
               "Reminder email subject (English)"),
    SettingDef("email.reminder_body_fi", str, "Hyvä asiakas,\n\nkirjanpitomme mukaan laskunne on vielä maksamatta; "
               "liitteenä maksumuistutus {number}. Maksettava {amount}, eräpäivä {due_date}, viitenumero {reference}, "
               "tilille {iban}. Jos olette jo maksanut, tämä muistutus on aiheeton.\n\nYstävällisin terveisin\n{company}",
               "Reminder email text (Finnish)"),
    SettingDef("email.reminder_body_sv", str, "Bästa kund,\n\nenligt vår bokföring är er faktura fortfarande obetald; "
               "bifogat finner ni betalningspåminnelse {number}. Att betala {amount}, förfallodag {due_date}, "
               "referensnummer {reference}, till konto {iban}. Om ni redan har betalat kan ni bortse från denna "
               "påminnelse.\n\nMed vänliga hälsningar\n{company}", "Reminder email text (Swedish)"),
    SettingDef("email.reminder_body_en", str, "Dear customer,\n\naccording to our records your invoice is still unpaid; "
               "please find attached payment reminder {number}. Amount due {amount}, due date {due_date}, reference "
               "{reference}, to account {iban}. If you have already paid, please disregard this reminder.\n\n"
               "Kind regards\n{company}", "Reminder email text (English)"),
    SettingDef("einvoice.outbox_dir", str, "", "E-invoice outbox folder"),
    SettingDef("paper.output_dir", str, "", "Print batch folder"),
)
BY_KEY = {d.key: d for d in DEFINITIONS}


class InvalidSetting(ReskontraError):
    template = "The value {value!r} is not valid for {key}."


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
        if definition.kind is Decimal:
            value = Decimal(raw.replace(",", "."))
            if not value.is_finite():
                raise ValueError(raw)
            return value.quantize(Decimal("0.01"))
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
    before = get(session, key)
    row = session.get(Setting, key)
    if row is None:
        session.add(Setting(key=key, value=to_text(value)))
    else:
        row.value = to_text(value)
    audit.record(session, actor, "setting.changed", "setting", None,
                 before={key: to_text(before)}, after={key: to_text(value)})
    return value
