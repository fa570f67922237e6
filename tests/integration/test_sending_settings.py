"""What a send needs is said before the clerk confirms it, and can be set where the clerk works."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.bootstrap import Database
from desktop_app.models.enums import Channel
from desktop_app.services import sending
from desktop_app.services.foundation import settings as settings_service
from desktop_app.services.foundation.errors import PermissionDenied
from desktop_app.services.foundation.uow import Actor


def test_missing_settings_names_what_each_channel_lacks(db: Database, accountant: Actor, tmp_path: Path) -> None:
    with db.session_factory() as s:
        assert sending.missing_settings(s, Channel.EMAIL) == ("smtp.host",)
        assert sending.missing_settings(s, Channel.EINVOICE) == ("einvoice.outbox_dir",)
        assert sending.missing_settings(s, Channel.PAPER) == ("paper.output_dir",)
        assert sending.missing_settings(s, Channel.PAPER, pdf_only=True) == ()
        sending.save_sending_settings(s, accountant, {"smtp.host": "smtp.example.fi",
                                                      "einvoice.outbox_dir": str(tmp_path / "out"),
                                                      "paper.output_dir": str(tmp_path / "print")})
        s.commit()
        assert all(sending.missing_settings(s, ch) == () for ch in (Channel.EMAIL, Channel.EINVOICE, Channel.PAPER))


def test_an_accountant_saves_the_sending_settings_through_the_registry(db: Database, accountant: Actor) -> None:
    with db.session_factory() as s:
        changed = sending.save_sending_settings(s, accountant, {
            "smtp.host": " smtp.example.fi ", "smtp.port": "465", "smtp.security": "TLS", "smtp.user": "laskutus",
            "smtp.sender": "laskutus@example.fi"})
        s.commit()
        assert changed == 5
        config = sending.smtp_config(s)
        assert (config.host, config.port, config.security, config.user, config.sender) == (
            "smtp.example.fi", 465, "tls", "laskutus", "laskutus@example.fi")
        assert sending.save_sending_settings(s, accountant, {"smtp.port": "465"}) == 0  # unchanged: not saved again
        shown = sending.sending_settings(s, accountant)
        assert shown.values["smtp.port"] == "465" and shown.editable == frozenset(sending.SENDING_SETTINGS)


def test_bad_values_are_refused_with_a_clear_message(db: Database, accountant: Actor) -> None:
    with db.session_factory() as s:
        with pytest.raises(settings_service.InvalidSetting):
            sending.save_sending_settings(s, accountant, {"smtp.port": "five"})
        with pytest.raises(settings_service.SettingNotAChoice, match="none, starttls, tls"):
            sending.save_sending_settings(s, accountant, {"smtp.security": "ssl"})


def test_a_clerk_sees_the_settings_read_only_and_cannot_save_them(db: Database, clerk: Actor) -> None:
    with db.session_factory() as s:
        shown = sending.sending_settings(s, clerk)
        assert shown.editable == frozenset() and not shown.password_editable
        with pytest.raises(PermissionDenied):
            sending.save_sending_settings(s, clerk, {"smtp.host": "smtp.example.fi"})


def test_the_password_goes_to_the_keyring_never_the_database(db: Database, accountant: Actor) -> None:
    from sqlalchemy import select

    from desktop_app.models import AuditEvent, Setting

    with db.session_factory() as s, pytest.raises(sending.NoKeyring):  # no keyring backend here: said clearly
        sending.save_sending_settings(s, accountant, {"smtp.user": "laskutus"}, password="s3cret")
    with db.session_factory() as s:
        sending.save_sending_settings(s, accountant, {"smtp.user": "laskutus"})
        s.commit()
        stored = [*s.scalars(select(Setting.value)), *s.scalars(select(AuditEvent.after_json))]
    assert stored and all("s3cret" not in (v or "") for v in stored)
