"""a covering partial index of the open invoices by due date, for the reminder candidates (W3)

Revision ID: 0002_open_due
Revises: 0001
"""
from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0002_open_due'
down_revision: str | None = '0001'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

COLUMNS = ['due_date', 'number', 'id', 'kind', 'customer_id', 'order_id', 'invoice_date', 'total_cents',
           'balance_applied_cents', 'paid_cents', 'no_reminders', 'status']


def upgrade() -> None:
    with op.batch_alter_table('invoices', schema=None) as batch_op:
        batch_op.create_index('ix_invoices_open_due', COLUMNS, unique=False,
                              sqlite_where=sa.text("status = 'open'"), postgresql_where=sa.text("status = 'open'"))


def downgrade() -> None:
    with op.batch_alter_table('invoices', schema=None) as batch_op:
        batch_op.drop_index('ix_invoices_open_due')
