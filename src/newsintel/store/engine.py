"""Open a corpus database by URL or path, and bring its schema up to date (Alembic)."""

from __future__ import annotations

import logging
from importlib import resources
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.exc import ArgumentError, OperationalError
from sqlalchemy.pool import NullPool

from newsintel.errors import StoreError

logger = logging.getLogger(__name__)

DEFAULT_DB = "newsintel.db"


def database_url(db: str | Path | None = None) -> str:
    """A SQLAlchemy URL from what users type: a file path, sqlite:///..., or postgresql://..."""
    value = str(db or DEFAULT_DB)
    if "://" not in value:
        return f"sqlite:///{Path(value).expanduser()}"
    scheme, rest = value.split("://", 1)
    if scheme in ("postgresql", "postgres"):  # psycopg 3 is the driver newsintel installs
        return f"postgresql+psycopg://{rest}"
    return value


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    # Let SQLAlchemy, not the sqlite3 module, begin transactions (see _sqlite_begin).
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    # WAL: readers (the web workbench) never block the single writer, and a killed writer
    # loses at most its uncommitted batch.
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.close()


def _sqlite_begin(connection: Connection) -> None:
    # The sqlite3 module does not begin a transaction before DDL, so a migration killed
    # half-way would leave half a schema; an explicit BEGIN makes migrations atomic too.
    connection.exec_driver_sql("BEGIN")


def create_store_engine(db: str | Path | None = None) -> Engine:
    url = database_url(db)
    try:
        if url.startswith("sqlite"):
            path = url.split(":///", 1)[-1]
            if path and path != ":memory:" and not Path(path).parent.exists():
                raise StoreError("the folder for the database does not exist", path=path)
            engine = create_engine(url, poolclass=NullPool)
            event.listen(engine, "connect", _sqlite_pragmas)
            event.listen(engine, "begin", _sqlite_begin)
        else:
            engine = create_engine(url, pool_pre_ping=True)
    except ArgumentError as exc:
        raise StoreError(f"not a database URL or path: {db!r} ({exc})") from None
    except ModuleNotFoundError as exc:
        from newsintel.optional import require

        require(exc.name or "psycopg")
        raise
    return engine


def migrations_location() -> str:
    return str(resources.files("newsintel.store") / "migrations")


def migrate(engine: Engine) -> None:
    """Apply every Alembic migration the database has not had yet."""
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", migrations_location())
    try:
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
    except OperationalError as exc:
        raise StoreError(f"cannot open or migrate the database: {exc.orig}", path=_display(engine)) from None


def schema_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def _display(engine: Engine) -> str:
    return engine.url.render_as_string(hide_password=True)
