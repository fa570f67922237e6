"""The Alembic migrations and the mapped models describe the same schema, on both databases."""

from __future__ import annotations

import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from desktop_app.bootstrap import Database, current_revision, head_revision, open_database
from desktop_app.models import Base


def test_migrations_match_models(db: Database) -> None:
    with db.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}), Base.metadata)
    assert diff == []


def test_database_is_at_head_after_open(db: Database) -> None:
    assert current_revision(db.engine) == head_revision()


def test_initial_data_has_every_account_role_of_spec_section_5(db: Database) -> None:
    from desktop_app.models import Account
    from desktop_app.models.enums import AccountRole

    with db.session_factory() as s:
        roles = set(s.scalars(sa.select(Account.role)))
    for role in (AccountRole.RECEIVABLES, AccountRole.REVENUE, AccountRole.VAT_PAYABLE, AccountRole.BANK,
                 AccountRole.CUSTOMER_BALANCE, AccountRole.REFUND, AccountRole.REMINDER_FEE_INCOME,
                 AccountRole.PAYABLES):
        assert role in roles


def test_the_quick_revision_reader_agrees_with_alembic(db: Database) -> None:
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory

    from desktop_app.bootstrap import _known_revisions, alembic_config, current_revision, head_revision

    scripts = ScriptDirectory.from_config(alembic_config())
    assert head_revision() == scripts.get_current_head()
    assert _known_revisions() == {s.revision for s in scripts.walk_revisions()}
    with db.engine.connect() as conn:
        assert current_revision(db.engine) == MigrationContext.configure(conn).get_current_revision()


def test_an_older_sqlite_database_with_payments_migrates_with_its_references_intact(sqlite_url: str) -> None:
    """SQLite alters a table by copying it; the foreign keys of settlements must not stop that (0005 did)."""
    import datetime as dt

    from alembic import command
    from sqlalchemy import text

    from desktop_app.bootstrap import alembic_config, migration_engine
    from desktop_app.services.demo import generate_demo_data

    db = open_database(sqlite_url)
    try:
        generate_demo_data(db, 60, seed=7, today=dt.date(2026, 11, 24))
        with db.engine.connect() as conn:
            before = conn.execute(text("SELECT count(*) FROM payments")).scalar()
            referenced = conn.execute(text("SELECT count(*) FROM settlements WHERE payment_id IS NOT NULL")).scalar()
        with migration_engine(db.engine) as migrating:
            command.downgrade(alembic_config(migrating), "0004_voucher_text")
    finally:
        db.dispose()
    assert before and referenced
    reopened = open_database(sqlite_url)
    try:
        assert current_revision(reopened.engine) == head_revision()
        assert reopened.backup_path is not None and reopened.backup_path.exists()
        with reopened.engine.connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM payments")).scalar() == before
            assert conn.execute(text("PRAGMA foreign_key_check")).all() == []
            assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
    finally:
        reopened.dispose()
