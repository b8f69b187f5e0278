"""The corpus database schema (SQLAlchemy Core). Migrations in `migrations/` create it.

One row per document; one row per extracted item in the item tables, each pointing at its
document. Character offsets are columns `start_char`/`end_char` ("end" is reserved in SQL).
The full report is kept as JSON too (`reports`), so `Store.load_report` round-trips exactly;
the item tables exist to be queried and exported.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
)

metadata = MetaData(
    naming_convention={
        "ix": "ix_%(table_name)s_%(column_0_N_name)s",
        "uq": "uq_%(table_name)s_%(column_0_N_name)s",
        "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
        "pk": "pk_%(table_name)s",
    }
)

ID = String(200)  # document ids: content hashes or the ids of the user's records


def _document_fk(nullable: bool = False) -> Column[str]:
    return Column(
        "document_id",
        ID,
        ForeignKey("documents.id", ondelete="CASCADE"),
        nullable=nullable,
        index=True,
    )


runs = Table(
    "runs",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("started_at", String(32), nullable=False),
    Column("finished_at", String(32)),
    Column("status", String(16), nullable=False),  # running | finished | failed
    Column("arguments", Text),  # JSON: inputs and options of the run
    Column("documents_added", Integer, nullable=False, default=0),
    Column("errors_added", Integer, nullable=False, default=0),
    Column("version", String(32)),
)

documents = Table(
    "documents",
    metadata,
    Column("id", ID, primary_key=True),
    Column("content_hash", String(64), nullable=False, index=True),
    Column("title", Text),
    Column("published", String(10), index=True),
    Column("url", Text),
    Column("publisher", Text),
    Column("source", Text),
    Column("text", Text, nullable=False),
    Column("n_words", Integer, nullable=False),
    # Near-duplicate group: the smallest id among the document's near-duplicates (itself if none).
    Column("dup_group", ID, nullable=False, index=True),
    Column("model", String(100)),
    Column("run_id", Integer, ForeignKey("runs.id")),
    Column("added_at", String(32), nullable=False),
    Column("sourcing", Text),  # JSON: Report.sourcing, summed by Store.sourcing_counts
)

reports = Table(
    "reports",
    metadata,
    Column("document_id", ID, ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True),
    Column("report", Text, nullable=False),  # Report.to_dict() JSON without the document text
)

signatures = Table(
    "signatures",
    metadata,
    Column("document_id", ID, ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True),
    Column("minhash", LargeBinary, nullable=False),  # uint32 MinHash values, little-endian
)

lsh_bands = Table(
    "lsh_bands",
    metadata,
    Column("pk", Integer, primary_key=True, autoincrement=True),
    _document_fk(),
    Column("bucket", BigInteger, nullable=False, index=True),  # dedup.band_keys: one per band
)

actors = Table(
    "actors",
    metadata,
    Column("pk", Integer, primary_key=True, autoincrement=True),
    _document_fk(),
    Column("actor_id", String(200), nullable=False, index=True),
    Column("name", Text, nullable=False),
    Column("type", String(40)),
    Column("country", String(3), index=True),
    Column("cameo", String(40)),
    Column("parent", String(200)),
    Column("local", Boolean, nullable=False, default=False),
    Column("n_mentions", Integer, nullable=False),
    Column("roles", Text),  # JSON list
)

mentions = Table(
    "mentions",
    metadata,
    Column("pk", Integer, primary_key=True, autoincrement=True),
    _document_fk(),
    Column("actor_id", String(200), nullable=False, index=True),
    Column("start_char", Integer, nullable=False),
    Column("end_char", Integer, nullable=False),
    Column("text", Text, nullable=False),
)

attributions = Table(
    "attributions",
    metadata,
    Column("pk", Integer, primary_key=True, autoincrement=True),
    _document_fk(),
    Column("attribution_id", String(100), nullable=False),
    Column("kind", String(16), nullable=False),
    Column("speaker_text", Text),
    Column("speaker_kind", String(16), nullable=False, index=True),
    Column("speaker_actor", String(200), index=True),
    Column("anonymous", Boolean, nullable=False, default=False),
    Column("cue", Text),
    Column("cue_lemma", String(60)),
    Column("stance", String(16)),
    Column("via", String(100)),
    Column("content", Text),  # the quoted/reported text, spans joined
    Column("start_char", Integer),
    Column("end_char", Integer),
)


def EVENT_RECORD_COLUMNS() -> list[Column[Any]]:
    """The event record's ACLED-grade fields (contract 1.1; migration 0004_event_records)."""
    return [
        Column("acled_event_type", String(40), index=True),
        Column("acled_sub_event_type", String(60)),
        Column("source_actor_type", String(40)),  # ACLED's actor types ("state forces", ...)
        Column("target_actor_type", String(40)),
        Column("source_inter", Integer),
        Column("target_inter", Integer),
        Column("source_acled_name", Text),
        Column("target_acled_name", Text),
        Column("place_precision", Integer),
        Column("place_basis", String(16)),
        Column("date_precision", String(8)),
        Column("fatalities", Integer),
        Column("fatalities_minimum", Boolean),
        Column("injured", Integer),
        Column("injured_minimum", Boolean),
        Column("means", String(40)),
        Column("civilian_targeting", Boolean),
    ]


events = Table(
    "events",
    metadata,
    # `pk` is the GLOBALEVENTID of GDELT exports: stable for the life of the database.
    Column("pk", Integer, primary_key=True, autoincrement=True),
    _document_fk(),
    Column("event_id", String(100), nullable=False),
    Column("day", String(10), index=True),  # the event's date, else the publication date
    Column("cameo", String(8), index=True),
    Column("root_code", String(2), index=True),
    Column("plover", String(40)),
    Column("mode", String(16), nullable=False, index=True),
    Column("source_actor", String(200), index=True),
    Column("target_actor", String(200), index=True),
    Column("source_text", Text),
    Column("target_text", Text),
    Column("source_code", String(40)),
    Column("target_code", String(40)),
    Column("source_country", String(3)),
    Column("target_country", String(3)),
    Column("source_type", String(40)),  # the actors' types (records.Actor.type)
    Column("target_type", String(40)),
    Column("goldstein", Float),
    Column("quad_class", Integer),
    Column("place_id", String(100)),
    Column("place_name", Text),
    Column("place_kind", String(16)),
    Column("place_country", String(3), index=True),
    Column("place_admin1", String(40)),
    Column("lat", Float),
    Column("lon", Float),
    Column("trigger_text", Text, nullable=False),
    Column("start_char", Integer, nullable=False),
    Column("end_char", Integer, nullable=False),
    Column("sentence", Text),
    Column("in_lead", Boolean, nullable=False, default=False),  # in the first paragraph
    Column("attribution", String(100)),
    Column("rule", Text),
    *EVENT_RECORD_COLUMNS(),
)

places = Table(
    "places",
    metadata,
    Column("pk", Integer, primary_key=True, autoincrement=True),
    _document_fk(),
    Column("place_id", String(100), nullable=False, index=True),
    Column("name", Text, nullable=False),
    Column("kind", String(16), nullable=False),
    Column("country", String(3), index=True),
    Column("admin1", String(40)),
    Column("lat", Float),
    Column("lon", Float),
    Column("geonameid", Integer),
    Column("n_mentions", Integer, nullable=False),
)

dates = Table(
    "dates",
    metadata,
    Column("pk", Integer, primary_key=True, autoincrement=True),
    _document_fk(),
    Column("date_id", String(100), nullable=False),
    Column("text", Text, nullable=False),
    Column("value", String(32)),
    Column("start_date", String(10)),
    Column("end_date", String(10)),
    Column("granularity", String(16)),
    Column("relation", String(16)),
    Column("start_char", Integer, nullable=False),
    Column("end_char", Integer, nullable=False),
)

claims = Table(
    "claims",
    metadata,
    Column("pk", Integer, primary_key=True, autoincrement=True),
    _document_fk(),
    Column("claim_id", String(100), nullable=False),
    Column("text", Text, nullable=False),
    Column("speaker", String(200), index=True),
    Column("speaker_text", Text),
    Column("speaker_kind", String(16)),
    Column("stance", String(16)),
    Column("polarity", String(16)),
    Column("modality", String(40)),
    Column("subject", Text),
    Column("predicate", Text),
    Column("object", Text),
    Column("time", String(32)),
    Column("attribution", String(100)),
    Column("via", String(100)),
    Column("start_char", Integer),
    Column("end_char", Integer),
)

claim_relations = Table(
    "claim_relations",
    metadata,
    Column("pk", Integer, primary_key=True, autoincrement=True),
    _document_fk(),
    Column("source_claim", String(100), nullable=False),
    Column("target_claim", String(100), nullable=False),
    Column("relation", String(16), nullable=False, index=True),
    Column("confidence", Float),
    Column("rule", Text),
    Column("evidence", Text),
)

flags = Table(
    "flags",
    metadata,
    Column("pk", Integer, primary_key=True, autoincrement=True),
    _document_fk(),
    Column("kind", String(60), nullable=False, index=True),
    Column("message", Text, nullable=False),
    Column("start_char", Integer),
    Column("end_char", Integer),
)

errors = Table(
    "errors",
    metadata,
    Column("pk", Integer, primary_key=True, autoincrement=True),
    # "doc:<document id>" for a document that failed in a stage, "input:<file:line>" for one
    # that could not be read: re-running the same input records each failure once.
    Column("key", String(600), nullable=False, unique=True),
    Column("document_id", ID, index=True),  # no foreign key: the document is not stored
    Column("source", Text),
    Column("stage", String(60)),
    Column("code", String(8), nullable=False),
    Column("message", Text, nullable=False),
    Column("run_id", Integer, ForeignKey("runs.id")),
    Column("added_at", String(32), nullable=False),
)

# Views computed over the whole corpus (the workbench's claims ledger), with the corpus
# fingerprint they were computed from: a server restart reuses them until documents are stored.
web_cache = Table(
    "web_cache",
    metadata,
    Column("name", String(100), primary_key=True),
    Column("fingerprint", String(200), nullable=False),
    Column("value", Text, nullable=False),  # JSON
    Column("computed_at", String(32), nullable=False),
)

Index("ix_events_source_target", events.c.source_actor, events.c.target_actor)

ITEM_TABLES = (actors, mentions, attributions, events, places, dates, claims, claim_relations, flags)
