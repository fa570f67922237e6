"""Bad input ends in one clear sentence and changes nothing (issue 10, items 7b, 10 and 11).

Settings are validated by their type when they are set, user names are checked in the service
the same on SQLite and PostgreSQL, business dates stay within 2000-2100, and a billing-request
fetch far ahead asks first with the count it would create.
"""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from desktop_app import cli
from desktop_app.bootstrap import Database
from desktop_app.models import BillingRequest, User
from desktop_app.services.demo import generate_demo_data
from desktop_app.services.foundation import settings
from desktop_app.services.foundation.setup import USERNAME_MAX
from desktop_app.services.foundation.uow import Actor

TODAY = dt.date(2026, 11, 24)


def _cli(capsys: pytest.CaptureFixture[str], db: Database, *args: str, user: str = "anna.accountant",
         lang: str = "en") -> tuple[int, str, str]:
    code = cli.main([*args, "--database-url", db.url, "--today", TODAY.isoformat(), "--user", user, "--lang", lang])
    out = capsys.readouterr()
    return code, out.out, out.err


def _stored(db: Database, key: str) -> object:
    with db.session_factory() as s:
        return settings.get(s, key)


# --- item 11: every setting validated when it is set ---------------------------------------------

@pytest.mark.parametrize(("key", "value", "message"), [
    ("company.iban", "NOTANIBAN", "NOTANIBAN is not a valid IBAN"),
    ("company.iban", "FI2112345600000786", "The IBAN FI2112345600000786 has wrong check digits"),
    ("company.business_id", "123", "123 is not a valid business ID (Y-tunnus)"),
    ("company.vat_number", "FI12345678", "FI12345678 is not a valid Finnish VAT number"),
    ("company.bic", "XX", "XX is not a valid BIC"),
    ("company.postal_code", "1234", "A Finnish postal code has five digits"),
    ("company.email", "laskutus(at)example.fi", "laskutus(at)example.fi is not a valid email address"),
    ("company.name", "  ", "company.name cannot be empty."),
    ("smtp.port", "99999", "smtp.port must be from 1 to 65535; 99999 is not."),
    ("smtp.port", "0", "smtp.port must be from 1 to 65535; 0 is not."),
    ("smtp.security", "bogus", "smtp.security must be one of: none, starttls, tls; bogus is not."),
    ("smtp.host", "smtp server.fi", "smtp server.fi is not a server name"),
    ("reminders.fee_consumer", "-5", "reminders.fee_consumer must be from €0.00 to €1,000.00; -€5.00 is not."),
    ("reminders.fee_business", "1000000", "reminders.fee_business must be from €0.00 to €1,000.00"),
    ("reminders.days_to_pay", "99999999", "reminders.days_to_pay must be from 0 to 365; 99999999 is not."),
    ("billing.default_payment_term_days", "-1", "billing.default_payment_term_days must be from 0 to 365"),
    ("billing.reference_format", "iso", "billing.reference_format must be one of: domestic, rf; iso is not."),
    ("ledger.lock_date", "9999-12-31", "ledger.lock_date must be from 01/01/2000 to 31/12/2100; 31/12/9999 is not."),
    ("email.subject_fi", "Lasku {numero}", "email.subject_fi uses the placeholder {numero}, which is not known"),
])
def test_a_bad_setting_is_refused_when_it_is_set_and_nothing_changes(
        db: Database, accountant: Actor, capsys: pytest.CaptureFixture[str], key: str, value: str,
        message: str) -> None:
    before = _stored(db, key)
    code, _out, err = _cli(capsys, db, "settings", "set", key, value)
    assert code == cli.EXIT_ERROR
    assert message in err and err.startswith("reskontra: ") and err.count("\n") == 1
    assert "Traceback" not in err
    assert _stored(db, key) == before


@pytest.mark.parametrize(("key", "value", "stored"), [
    ("company.iban", "FI21 1234 5600 0007 85", "FI2112345600000785"),
    ("company.business_id", "15728600", "1572860-0"),
    ("company.vat_number", "fi 1572 8600", "FI15728600"),
    ("smtp.security", "TLS", "tls"),
    ("smtp.port", "465", 465),
    ("smtp.host", "smtp.example.fi", "smtp.example.fi"),
    ("reminders.days_to_pay", "365", 365),
    ("reminders.fee_consumer", "0", settings.Decimal("0.00")),
    ("email.subject_en", "Invoice {number} for {customer}", "Invoice {number} for {customer}"),
])
def test_a_good_setting_is_stored_in_its_normal_form(db: Database, accountant: Actor,
                                                     capsys: pytest.CaptureFixture[str], key: str, value: str,
                                                     stored: object) -> None:
    code, out, _err = _cli(capsys, db, "settings", "set", key, value)
    assert code == cli.EXIT_OK, out
    assert _stored(db, key) == stored


def test_the_error_of_a_bad_setting_is_in_the_clerks_language(db: Database, accountant: Actor,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    _code, _out, err = _cli(capsys, db, "settings", "set", "smtp.port", "99999", lang="fi")
    assert err.strip() == "reskontra: Asetuksen smtp.port arvon on oltava 1–65535; 99999 ei kelpaa."
    _code, _out, err = _cli(capsys, db, "settings", "set", "smtp.port", "99999", lang="sv")
    assert err.strip() == "reskontra: Inställningen smtp.port måste vara 1–65535; 99999 duger inte."


def test_every_default_passes_its_own_check() -> None:
    for definition in settings.DEFINITIONS:
        if definition.check is not None and definition.default is not None:
            value = settings.parse(definition.key, settings.to_text(definition.default))
            assert settings.to_text(definition.check(value, definition.key)) == settings.to_text(definition.default)


# --- item 7b: a too long user name, the same on both databases ------------------------------------

def test_a_70_character_user_name_is_refused_clearly_on_both_databases(db: Database,
                                                                       capsys: pytest.CaptureFixture[str]) -> None:
    assert User.__table__.c.username.type.length == USERNAME_MAX
    long_name = "maija.meikalainen.laskutus.ja.perinta.helsingin.toimipiste.2026.xyz"
    assert len(long_name) > USERNAME_MAX
    with db.session_factory() as s:
        users_before = s.scalar(select(func.count()).select_from(User))
    code, _out, err = _cli(capsys, db, "settings", "set", "company.name", "Uusi Oy", user=long_name)
    assert code == cli.EXIT_ERROR
    assert err.strip() == f"reskontra: A user name has 1 to 64 printable characters; this one has {len(long_name)}."
    with db.session_factory() as s:
        assert s.scalar(select(func.count()).select_from(User)) == users_before
    code, _out, _err = _cli(capsys, db, "periods", user=long_name[:USERNAME_MAX])
    assert code == cli.EXIT_OK


# --- item 10: far dates, absurd day counts, a fetch far ahead --------------------------------------

@pytest.mark.parametrize("date", ["9999-12-31", "1899-12-31", "2101-01-01"])
def test_a_business_date_outside_2000_to_2100_is_refused_before_anything_runs(
        db: Database, capsys: pytest.CaptureFixture[str], date: str) -> None:
    with pytest.raises(SystemExit) as raised:
        cli.main(["--today", date, "reminders", "--database-url", db.url])
    assert raised.value.code == 2
    err = capsys.readouterr().err
    assert f"not a date from 2000-01-01 to 2100-12-31: {date}" in err and "Traceback" not in err


def test_reminders_run_after_an_absurd_days_to_pay_was_refused(db: Database, accountant: Actor,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    generate_demo_data(db, 40, seed=3, today=TODAY)
    code, _out, _err = _cli(capsys, db, "settings", "set", "reminders.days_to_pay", "99999999")
    assert code == cli.EXIT_ERROR
    code, _out, err = _cli(capsys, db, "reminders", "--level", "1")
    assert code == cli.EXIT_OK, err


def _requests(db: Database) -> int:
    with db.session_factory() as s:
        return s.scalar(select(func.count()).select_from(BillingRequest)) or 0


def test_a_fetch_far_ahead_says_how_many_it_would_create_and_needs_yes(db: Database, accountant: Actor,
                                                                       capsys: pytest.CaptureFixture[str]) -> None:
    generate_demo_data(db, 40, seed=5, today=TODAY)
    code, _out, _err = _cli(capsys, db, "billing-requests")
    assert code == cli.EXIT_OK
    before = _requests(db)
    code, _out, err = _cli(capsys, db, "billing-requests", "--until", "2028-06-30")
    assert code == cli.EXIT_ERROR
    prefix = "reskontra: Fetching billing requests up to 30/06/2028 is more than 13 months ahead of 24/11/2026"
    assert err.startswith(prefix), err
    count = int(err.split("would create ")[1].split(" ")[0].replace(",", "").replace("\u00a0", ""))
    assert count > 0
    assert _requests(db) == before
    code, out, err = _cli(capsys, db, "billing-requests", "--until", "2028-06-30", "--yes")
    assert code == cli.EXIT_OK, err
    assert out.startswith(f"{count} new billing requests")
    assert _requests(db) == before + count


def test_a_fetch_within_13_months_needs_no_confirmation(db: Database, accountant: Actor,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    generate_demo_data(db, 20, seed=6, today=TODAY)
    code, _out, err = _cli(capsys, db, "billing-requests", "--until", "2027-12-24")
    assert code == cli.EXIT_OK, err
