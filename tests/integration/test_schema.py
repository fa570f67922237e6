"""The Alembic migrations and the mapped models describe the same schema, on both databases."""

from __future__ import annotations

import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from desktop_app.bootstrap import Database, current_revision, head_revision
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
