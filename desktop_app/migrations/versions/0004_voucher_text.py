"""a voucher's and a posting's description as an English template with its values (JSON), shown in the reader's language

Rows written before keep their text (``description_values`` NULL: the description is shown as it is).

Revision ID: 0004_voucher_text
Revises: 0003_token_cust
"""
from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0004_voucher_text'
down_revision: str | None = '0003_token_cust'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # A nullable column without a default: no table rewrite on PostgreSQL, a plain ADD COLUMN on SQLite.
    op.add_column('vouchers', sa.Column('description_values', sa.Text(), nullable=True))
    op.add_column('postings', sa.Column('description_values', sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('postings', schema=None) as batch_op:
        batch_op.drop_column('description_values')
    with op.batch_alter_table('vouchers', schema=None) as batch_op:
        batch_op.drop_column('description_values')
