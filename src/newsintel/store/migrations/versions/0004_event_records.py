"""The event record's ACLED-grade fields: ACLED type and sub-type, actor types and names,
place and date precision, fatalities, injuries, means and civilian targeting (issue #15).

Revision ID: 0004_event_records
Revises: 0003
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0004_event_records"
down_revision = "0003"
branch_labels = None
depends_on = None

COLUMNS: tuple[tuple[str, sa.types.TypeEngine[Any]], ...] = (
    ("acled_event_type", sa.String(length=40)),
    ("acled_sub_event_type", sa.String(length=60)),
    ("source_actor_type", sa.String(length=40)),
    ("target_actor_type", sa.String(length=40)),
    ("source_inter", sa.Integer()),
    ("target_inter", sa.Integer()),
    ("source_acled_name", sa.Text()),
    ("target_acled_name", sa.Text()),
    ("place_precision", sa.Integer()),
    ("place_basis", sa.String(length=16)),
    ("date_precision", sa.String(length=8)),
    ("fatalities", sa.Integer()),
    ("fatalities_minimum", sa.Boolean()),
    ("injured", sa.Integer()),
    ("injured_minimum", sa.Boolean()),
    ("means", sa.String(length=40)),
    ("civilian_targeting", sa.Boolean()),
)


def upgrade() -> None:
    with op.batch_alter_table("events", schema=None) as batch_op:
        for name, kind in COLUMNS:
            batch_op.add_column(sa.Column(name, kind, nullable=True))
        batch_op.create_index("ix_events_acled_event_type", ["acled_event_type"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("events", schema=None) as batch_op:
        batch_op.drop_index("ix_events_acled_event_type")
        for name, _ in reversed(COLUMNS):
            batch_op.drop_column(name)
