"""the customer's search tokens indexed by (customer, token): two-word name search checks its second word in the index

Revision ID: 0003_token_cust
Revises: 0002_open_due
"""
from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = '0003_token_cust'
down_revision: str | None = '0002_open_due'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('customer_search_tokens', schema=None) as batch_op:
        batch_op.drop_index('ix_customer_search_tokens_customer_id')
        batch_op.create_index('ix_customer_search_tokens_customer_token', ['customer_id', 'token'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('customer_search_tokens', schema=None) as batch_op:
        batch_op.drop_index('ix_customer_search_tokens_customer_token')
        batch_op.create_index('ix_customer_search_tokens_customer_id', ['customer_id'], unique=False)
