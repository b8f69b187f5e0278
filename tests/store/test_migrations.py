"""The Alembic migrations build exactly the schema the code declares, and run both ways."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect

from newsintel.store import open_store
from newsintel.store.engine import schema_revision
from newsintel.store.schema import metadata


def _ignore_search(obj, name, type_, reflected, compare_to):
    # Full-text search objects are dialect-specific and live in migration 0002 only.
    return not (name or "").startswith(("documents_fts", "ix_documents_search")) and name != "search"


def test_migrations_match_the_declared_schema(tmp_path):
    store = open_store(tmp_path / "m.db")
    assert schema_revision(store.engine) == "0004_event_records"
    with store.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"include_object": _ignore_search})
        assert compare_metadata(context, metadata) == []
    assert "documents_fts" in inspect(store.engine).get_table_names()


def test_downgrade_and_upgrade_again(tmp_path):
    from alembic import command
    from alembic.config import Config

    from newsintel.store.engine import migrate, migrations_location

    store = open_store(tmp_path / "d.db")
    config = Config()
    config.set_main_option("script_location", migrations_location())
    with store.engine.begin() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, "base")
    assert schema_revision(store.engine) is None
    assert "documents" not in inspect(store.engine).get_table_names()
    migrate(store.engine)
    assert schema_revision(store.engine) == "0004_event_records"
