"""Event actor types (for ACLED's actor categories) and each document's sourcing counts.

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("events", schema=None) as batch_op:
        batch_op.add_column(sa.Column("source_type", sa.String(length=40), nullable=True))
        batch_op.add_column(sa.Column("target_type", sa.String(length=40), nullable=True))
    with op.batch_alter_table("documents", schema=None) as batch_op:
        batch_op.add_column(sa.Column("sourcing", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("documents", schema=None) as batch_op:
        batch_op.drop_column("sourcing")
    with op.batch_alter_table("events", schema=None) as batch_op:
        batch_op.drop_column("target_type")
        batch_op.drop_column("source_type")
