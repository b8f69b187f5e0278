"""The workbench's cache of corpus-wide views (the claims ledger), keyed on the corpus fingerprint.

Revision ID: 0005_web_cache
Revises: 0003
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005_web_cache"
down_revision = "0004_event_records"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "web_cache",
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("fingerprint", sa.String(length=200), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.Column("computed_at", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint("name", name=op.f("pk_web_cache")),
    )


def downgrade() -> None:
    op.drop_table("web_cache")
