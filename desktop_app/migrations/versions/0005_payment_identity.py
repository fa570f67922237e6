"""a payment's identity (the bank's archive id with the account and booking date, or the file's notification id):
overlapping bank files book a payment once, and a restarted entry counter no longer hides another day's payment

``payments.bank_ref`` stops being unique (it is what the clerk reads); ``identity`` is the unique key of an
imported payment. ``archive_id`` and ``end_to_end_id`` are what a bank's return refers to. Rows imported before
keep NULL in the new columns: their ``bank_ref`` still tells an old file's payments apart when it comes again.

Revision ID: 0005_payment_identity
Revises: 0004_voucher_text
"""
from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0005_payment_identity'
down_revision: str | None = '0004_voucher_text'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('payments', schema=None) as batch_op:
        batch_op.add_column(sa.Column('identity', sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column('archive_id', sa.String(length=100), nullable=True))
        batch_op.add_column(sa.Column('end_to_end_id', sa.String(length=100), nullable=True))
        batch_op.drop_constraint('uq_payments_bank_ref', type_='unique')
        batch_op.create_index(batch_op.f('ix_payments_bank_ref'), ['bank_ref'], unique=False)
        batch_op.create_unique_constraint(batch_op.f('uq_payments_identity'), ['identity'])
        batch_op.create_index(batch_op.f('ix_payments_archive_id'), ['archive_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_payments_end_to_end_id'), ['end_to_end_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('payments', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_payments_end_to_end_id'))
        batch_op.drop_index(batch_op.f('ix_payments_archive_id'))
        batch_op.drop_constraint(batch_op.f('uq_payments_identity'), type_='unique')
        batch_op.drop_index(batch_op.f('ix_payments_bank_ref'))
        batch_op.create_unique_constraint('uq_payments_bank_ref', ['bank_ref'])
        batch_op.drop_column('end_to_end_id')
        batch_op.drop_column('archive_id')
        batch_op.drop_column('identity')
