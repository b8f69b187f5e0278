"""Initial schema: documents, reports, item tables, errors, runs, MinHash signatures.

Revision ID: 0001
Revises:
Create Date: 2026-11-25 16:19:18.715014
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "runs",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("started_at", sa.String(length=32), nullable=False),
        sa.Column("finished_at", sa.String(length=32), nullable=True),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("arguments", sa.Text(), nullable=True),
        sa.Column("documents_added", sa.Integer(), nullable=False),
        sa.Column("errors_added", sa.Integer(), nullable=False),
        sa.Column("version", sa.String(length=32), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_runs")),
    )
    op.create_table(
        "documents",
        sa.Column("id", sa.String(length=200), nullable=False),
        sa.Column("content_hash", sa.String(length=64), nullable=False),
        sa.Column("title", sa.Text(), nullable=True),
        sa.Column("published", sa.String(length=10), nullable=True),
        sa.Column("url", sa.Text(), nullable=True),
        sa.Column("publisher", sa.Text(), nullable=True),
        sa.Column("source", sa.Text(), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("n_words", sa.Integer(), nullable=False),
        sa.Column("dup_group", sa.String(length=200), nullable=False),
        sa.Column("model", sa.String(length=100), nullable=True),
        sa.Column("run_id", sa.Integer(), nullable=True),
        sa.Column("added_at", sa.String(length=32), nullable=False),
        sa.ForeignKeyConstraint(["run_id"], ["runs.id"], name=op.f("fk_documents_run_id_runs")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_documents")),
    )
    with op.batch_alter_table("documents", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_documents_content_hash"), ["content_hash"], unique=False)
        batch_op.create_index(batch_op.f("ix_documents_dup_group"), ["dup_group"], unique=False)
        batch_op.create_index(batch_op.f("ix_documents_published"), ["published"], unique=False)

    op.create_table(
        "errors",
        sa.Column("pk", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("key", sa.String(length=600), nullable=False),
        sa.Column("document_id", sa.String(length=200), nullable=True),
        sa.Column("source", sa.Text(), nullable=True),
        sa.Column("stage", sa.String(length=60), nullable=True),
        sa.Column("code", sa.String(length=8), nullable=False),
        sa.Column("message", sa.Text(), nullable=False),
        sa.Column("run_id", sa.Integer(), nullable=True),
        sa.Column("added_at", sa.String(length=32), nullable=False),
        sa.ForeignKeyConstraint(["run_id"], ["runs.id"], name=op.f("fk_errors_run_id_runs")),
        sa.PrimaryKeyConstraint("pk", name=op.f("pk_errors")),
        sa.UniqueConstraint("key", name=op.f("uq_errors_key")),
    )
    with op.batch_alter_table("errors", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_errors_document_id"), ["document_id"], unique=False)

    op.create_table(
        "actors",
        sa.Column("pk", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("document_id", sa.String(length=200), nullable=False),
        sa.Column("actor_id", sa.String(length=200), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("type", sa.String(length=40), nullable=True),
        sa.Column("country", sa.String(length=3), nullable=True),
        sa.Column("cameo", sa.String(length=40), nullable=True),
        sa.Column("parent", sa.String(length=200), nullable=True),
        sa.Column("local", sa.Boolean(), nullable=False),
        sa.Column("n_mentions", sa.Integer(), nullable=False),
        sa.Column("roles", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["document_id"], ["documents.id"], name=op.f("fk_actors_document_id_documents"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("pk", name=op.f("pk_actors")),
    )
    with op.batch_alter_table("actors", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_actors_actor_id"), ["actor_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_actors_country"), ["country"], unique=False)
        batch_op.create_index(batch_op.f("ix_actors_document_id"), ["document_id"], unique=False)

    op.create_table(
        "attributions",
        sa.Column("pk", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("document_id", sa.String(length=200), nullable=False),
        sa.Column("attribution_id", sa.String(length=100), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("speaker_text", sa.Text(), nullable=True),
        sa.Column("speaker_kind", sa.String(length=16), nullable=False),
        sa.Column("speaker_actor", sa.String(length=200), nullable=True),
        sa.Column("anonymous", sa.Boolean(), nullable=False),
        sa.Column("cue", sa.Text(), nullable=True),
        sa.Column("cue_lemma", sa.String(length=60), nullable=True),
        sa.Column("stance", sa.String(length=16), nullable=True),
        sa.Column("via", sa.String(length=100), nullable=True),
        sa.Column("content", sa.Text(), nullable=True),
        sa.Column("start_char", sa.Integer(), nullable=True),
        sa.Column("end_char", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["document_id"], ["documents.id"], name=op.f("fk_attributions_document_id_documents"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("pk", name=op.f("pk_attributions")),
    )
    with op.batch_alter_table("attributions", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_attributions_document_id"), ["document_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_attributions_speaker_actor"), ["speaker_actor"], unique=False)
        batch_op.create_index(batch_op.f("ix_attributions_speaker_kind"), ["speaker_kind"], unique=False)

    op.create_table(
        "claim_relations",
        sa.Column("pk", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("document_id", sa.String(length=200), nullable=False),
        sa.Column("source_claim", sa.String(length=100), nullable=False),
        sa.Column("target_claim", sa.String(length=100), nullable=False),
        sa.Column("relation", sa.String(length=16), nullable=False),
        sa.Column("confidence", sa.Float(), nullable=True),
        sa.Column("rule", sa.Text(), nullable=True),
        sa.Column("evidence", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["document_id"], ["documents.id"], name=op.f("fk_claim_relations_document_id_documents"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("pk", name=op.f("pk_claim_relations")),
    )
    with op.batch_alter_table("claim_relations", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_claim_relations_document_id"), ["document_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_claim_relations_relation"), ["relation"], unique=False)

    op.create_table(
        "claims",
        sa.Column("pk", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("document_id", sa.String(length=200), nullable=False),
        sa.Column("claim_id", sa.String(length=100), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("speaker", sa.String(length=200), nullable=True),
        sa.Column("speaker_text", sa.Text(), nullable=True),
        sa.Column("speaker_kind", sa.String(length=16), nullable=True),
        sa.Column("stance", sa.String(length=16), nullable=True),
        sa.Column("polarity", sa.String(length=16), nullable=True),
        sa.Column("modality", sa.String(length=40), nullable=True),
        sa.Column("subject", sa.Text(), nullable=True),
        sa.Column("predicate", sa.Text(), nullable=True),
        sa.Column("object", sa.Text(), nullable=True),
        sa.Column("time", sa.String(length=32), nullable=True),
        sa.Column("attribution", sa.String(length=100), nullable=True),
        sa.Column("via", sa.String(length=100), nullable=True),
        sa.Column("start_char", sa.Integer(), nullable=True),
        sa.Column("end_char", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["document_id"], ["documents.id"], name=op.f("fk_claims_document_id_documents"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("pk", name=op.f("pk_claims")),
    )
    with op.batch_alter_table("claims", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_claims_document_id"), ["document_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_claims_speaker"), ["speaker"], unique=False)

    op.create_table(
        "dates",
        sa.Column("pk", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("document_id", sa.String(length=200), nullable=False),
        sa.Column("date_id", sa.String(length=100), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("value", sa.String(length=32), nullable=True),
        sa.Column("start_date", sa.String(length=10), nullable=True),
        sa.Column("end_date", sa.String(length=10), nullable=True),
        sa.Column("granularity", sa.String(length=16), nullable=True),
        sa.Column("relation", sa.String(length=16), nullable=True),
        sa.Column("start_char", sa.Integer(), nullable=False),
        sa.Column("end_char", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["document_id"], ["documents.id"], name=op.f("fk_dates_document_id_documents"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("pk", name=op.f("pk_dates")),
    )
    with op.batch_alter_table("dates", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_dates_document_id"), ["document_id"], unique=False)

    op.create_table(
        "events",
        sa.Column("pk", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("document_id", sa.String(length=200), nullable=False),
        sa.Column("event_id", sa.String(length=100), nullable=False),
        sa.Column("day", sa.String(length=10), nullable=True),
        sa.Column("cameo", sa.String(length=8), nullable=True),
        sa.Column("root_code", sa.String(length=2), nullable=True),
        sa.Column("plover", sa.String(length=40), nullable=True),
        sa.Column("mode", sa.String(length=16), nullable=False),
        sa.Column("source_actor", sa.String(length=200), nullable=True),
        sa.Column("target_actor", sa.String(length=200), nullable=True),
        sa.Column("source_text", sa.Text(), nullable=True),
        sa.Column("target_text", sa.Text(), nullable=True),
        sa.Column("source_code", sa.String(length=40), nullable=True),
        sa.Column("target_code", sa.String(length=40), nullable=True),
        sa.Column("source_country", sa.String(length=3), nullable=True),
        sa.Column("target_country", sa.String(length=3), nullable=True),
        sa.Column("goldstein", sa.Float(), nullable=True),
        sa.Column("quad_class", sa.Integer(), nullable=True),
        sa.Column("place_id", sa.String(length=100), nullable=True),
        sa.Column("place_name", sa.Text(), nullable=True),
        sa.Column("place_kind", sa.String(length=16), nullable=True),
        sa.Column("place_country", sa.String(length=3), nullable=True),
        sa.Column("place_admin1", sa.String(length=40), nullable=True),
        sa.Column("lat", sa.Float(), nullable=True),
        sa.Column("lon", sa.Float(), nullable=True),
        sa.Column("trigger_text", sa.Text(), nullable=False),
        sa.Column("start_char", sa.Integer(), nullable=False),
        sa.Column("end_char", sa.Integer(), nullable=False),
        sa.Column("sentence", sa.Text(), nullable=True),
        sa.Column("in_lead", sa.Boolean(), nullable=False),
        sa.Column("attribution", sa.String(length=100), nullable=True),
        sa.Column("rule", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["document_id"], ["documents.id"], name=op.f("fk_events_document_id_documents"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("pk", name=op.f("pk_events")),
    )
    with op.batch_alter_table("events", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_events_cameo"), ["cameo"], unique=False)
        batch_op.create_index(batch_op.f("ix_events_day"), ["day"], unique=False)
        batch_op.create_index(batch_op.f("ix_events_document_id"), ["document_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_events_mode"), ["mode"], unique=False)
        batch_op.create_index(batch_op.f("ix_events_place_country"), ["place_country"], unique=False)
        batch_op.create_index(batch_op.f("ix_events_root_code"), ["root_code"], unique=False)
        batch_op.create_index(batch_op.f("ix_events_source_actor"), ["source_actor"], unique=False)
        batch_op.create_index("ix_events_source_target", ["source_actor", "target_actor"], unique=False)
        batch_op.create_index(batch_op.f("ix_events_target_actor"), ["target_actor"], unique=False)

    op.create_table(
        "flags",
        sa.Column("pk", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("document_id", sa.String(length=200), nullable=False),
        sa.Column("kind", sa.String(length=60), nullable=False),
        sa.Column("message", sa.Text(), nullable=False),
        sa.Column("start_char", sa.Integer(), nullable=True),
        sa.Column("end_char", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["document_id"], ["documents.id"], name=op.f("fk_flags_document_id_documents"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("pk", name=op.f("pk_flags")),
    )
    with op.batch_alter_table("flags", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_flags_document_id"), ["document_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_flags_kind"), ["kind"], unique=False)

    op.create_table(
        "lsh_bands",
        sa.Column("pk", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("document_id", sa.String(length=200), nullable=False),
        sa.Column("bucket", sa.BigInteger(), nullable=False),
        sa.ForeignKeyConstraint(
            ["document_id"], ["documents.id"], name=op.f("fk_lsh_bands_document_id_documents"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("pk", name=op.f("pk_lsh_bands")),
    )
    with op.batch_alter_table("lsh_bands", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_lsh_bands_bucket"), ["bucket"], unique=False)
        batch_op.create_index(batch_op.f("ix_lsh_bands_document_id"), ["document_id"], unique=False)

    op.create_table(
        "mentions",
        sa.Column("pk", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("document_id", sa.String(length=200), nullable=False),
        sa.Column("actor_id", sa.String(length=200), nullable=False),
        sa.Column("start_char", sa.Integer(), nullable=False),
        sa.Column("end_char", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["document_id"], ["documents.id"], name=op.f("fk_mentions_document_id_documents"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("pk", name=op.f("pk_mentions")),
    )
    with op.batch_alter_table("mentions", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_mentions_actor_id"), ["actor_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_mentions_document_id"), ["document_id"], unique=False)

    op.create_table(
        "places",
        sa.Column("pk", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("document_id", sa.String(length=200), nullable=False),
        sa.Column("place_id", sa.String(length=100), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("country", sa.String(length=3), nullable=True),
        sa.Column("admin1", sa.String(length=40), nullable=True),
        sa.Column("lat", sa.Float(), nullable=True),
        sa.Column("lon", sa.Float(), nullable=True),
        sa.Column("geonameid", sa.Integer(), nullable=True),
        sa.Column("n_mentions", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["document_id"], ["documents.id"], name=op.f("fk_places_document_id_documents"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("pk", name=op.f("pk_places")),
    )
    with op.batch_alter_table("places", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_places_country"), ["country"], unique=False)
        batch_op.create_index(batch_op.f("ix_places_document_id"), ["document_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_places_place_id"), ["place_id"], unique=False)

    op.create_table(
        "reports",
        sa.Column("document_id", sa.String(length=200), nullable=False),
        sa.Column("report", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["document_id"], ["documents.id"], name=op.f("fk_reports_document_id_documents"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("document_id", name=op.f("pk_reports")),
    )
    op.create_table(
        "signatures",
        sa.Column("document_id", sa.String(length=200), nullable=False),
        sa.Column("minhash", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(
            ["document_id"], ["documents.id"], name=op.f("fk_signatures_document_id_documents"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("document_id", name=op.f("pk_signatures")),
    )


def downgrade() -> None:
    op.drop_table("signatures")
    with op.batch_alter_table("lsh_bands", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_lsh_bands_document_id"))
        batch_op.drop_index(batch_op.f("ix_lsh_bands_bucket"))

    op.drop_table("lsh_bands")
    op.drop_table("reports")
    with op.batch_alter_table("places", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_places_place_id"))
        batch_op.drop_index(batch_op.f("ix_places_document_id"))
        batch_op.drop_index(batch_op.f("ix_places_country"))

    op.drop_table("places")
    with op.batch_alter_table("mentions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_mentions_document_id"))
        batch_op.drop_index(batch_op.f("ix_mentions_actor_id"))

    op.drop_table("mentions")
    with op.batch_alter_table("flags", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_flags_kind"))
        batch_op.drop_index(batch_op.f("ix_flags_document_id"))

    op.drop_table("flags")
    with op.batch_alter_table("events", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_events_target_actor"))
        batch_op.drop_index("ix_events_source_target")
        batch_op.drop_index(batch_op.f("ix_events_source_actor"))
        batch_op.drop_index(batch_op.f("ix_events_root_code"))
        batch_op.drop_index(batch_op.f("ix_events_place_country"))
        batch_op.drop_index(batch_op.f("ix_events_mode"))
        batch_op.drop_index(batch_op.f("ix_events_document_id"))
        batch_op.drop_index(batch_op.f("ix_events_day"))
        batch_op.drop_index(batch_op.f("ix_events_cameo"))

    op.drop_table("events")
    with op.batch_alter_table("dates", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_dates_document_id"))

    op.drop_table("dates")
    with op.batch_alter_table("claims", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_claims_speaker"))
        batch_op.drop_index(batch_op.f("ix_claims_document_id"))

    op.drop_table("claims")
    with op.batch_alter_table("claim_relations", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_claim_relations_relation"))
        batch_op.drop_index(batch_op.f("ix_claim_relations_document_id"))

    op.drop_table("claim_relations")
    with op.batch_alter_table("attributions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_attributions_speaker_kind"))
        batch_op.drop_index(batch_op.f("ix_attributions_speaker_actor"))
        batch_op.drop_index(batch_op.f("ix_attributions_document_id"))

    op.drop_table("attributions")
    with op.batch_alter_table("actors", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_actors_document_id"))
        batch_op.drop_index(batch_op.f("ix_actors_country"))
        batch_op.drop_index(batch_op.f("ix_actors_actor_id"))

    op.drop_table("actors")
    with op.batch_alter_table("errors", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_errors_document_id"))

    op.drop_table("errors")
    with op.batch_alter_table("documents", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_documents_published"))
        batch_op.drop_index(batch_op.f("ix_documents_dup_group"))
        batch_op.drop_index(batch_op.f("ix_documents_content_hash"))

    op.drop_table("documents")
    op.drop_table("runs")
