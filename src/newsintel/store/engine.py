"""Open a corpus database by URL or path, and bring its schema up to date (Alembic)."""

from __future__ import annotations

import functools
import logging
from importlib import resources
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import ExceptionContext
from sqlalchemy.exc import ArgumentError, SQLAlchemyError
from sqlalchemy.pool import NullPool

from newsintel.errors import NewsintelError, StoreError, mask_credentials

logger = logging.getLogger(__name__)

DEFAULT_DB = "newsintel.db"

# How long a writer waits for another process's write transaction to end before giving up.
BUSY_TIMEOUT_MS = 120_000

# Execution option that marks a connection as the store's writer (see _sqlite_begin).
WRITE_OPTION = "newsintel_write"

SUPPORTED_SCHEMES = ("sqlite", "postgresql")

# PostgreSQL advisory lock key held while migrating (SQLite's BEGIN IMMEDIATE does the same).
MIGRATION_LOCK = 0x6E657773  # "news"


def database_url(db: str | Path | None = None) -> str:
    """A SQLAlchemy URL from what users type: a file path, sqlite:///..., or postgresql://..."""
    value = str(db or DEFAULT_DB)
    if "://" not in value:
        return f"sqlite:///{Path(value).expanduser()}"
    scheme, rest = value.split("://", 1)
    if scheme in ("postgresql", "postgres"):  # psycopg 3 is the driver newsintel installs
        return f"postgresql+psycopg://{rest}"
    if scheme.split("+")[0] not in SUPPORTED_SCHEMES:
        raise StoreError(
            f"unsupported database {scheme}://...: newsintel stores corpora in SQLite (a file path) "
            "or PostgreSQL (postgresql://user@host/db)"
        )
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
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.close()


def _sqlite_begin(connection: Connection) -> None:
    # The sqlite3 module does not begin a transaction before DDL, so a migration killed
    # half-way would leave half a schema; an explicit BEGIN makes migrations atomic too.
    # Writers take the write lock when they begin (IMMEDIATE): a deferred transaction that
    # reads and then writes cannot wait for another writer (SQLite answers "database is
    # locked" at once, whatever the busy timeout), while one that begins IMMEDIATE waits.
    immediate = connection.get_execution_options().get(WRITE_OPTION)
    connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def describe_database_error(exc: BaseException) -> str:
    """One line saying what the database answered: the driver's own message, without the SQL
    statement or its parameters (which hold article text) and with credentials masked."""
    cause = getattr(exc, "orig", None) or exc
    lines = [line.strip() for line in str(cause).splitlines() if line.strip()]
    first = lines[0] if lines else type(cause).__name__
    if first.startswith("(") and ")" in first:  # "(sqlite3.OperationalError) database is locked"
        first = first.split(")", 1)[1].strip() or first
    first = first.split(" [SQL:", 1)[0]
    return mask_credentials(first[:300])


def _translate_error(context: ExceptionContext, *, url: str) -> None:
    # Every database failure leaves the store as a StoreError: one line, no SQL, no password.
    # `url` comes from the listener: a failed reconnect has no engine in its context.
    error = context.original_exception
    if isinstance(error, NewsintelError) or not isinstance(error, Exception):
        return  # a signal (Interrupted, KeyboardInterrupt) arriving mid-statement stays itself
    lost = " (the connection was lost; run the same command again to resume)" if context.is_disconnect else ""
    raise StoreError(f"{describe_database_error(error)}{lost}", path=url) from None


def create_store_engine(db: str | Path | None = None) -> Engine:
    url = database_url(db)
    try:
        if url.startswith("sqlite"):
            path = url.split(":///", 1)[-1]
            if path and path != ":memory:" and not Path(path).parent.exists():
                raise StoreError("the folder for the database does not exist", path=path)
            engine = create_engine(url, poolclass=NullPool, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
            event.listen(engine, "connect", _sqlite_pragmas)
            event.listen(engine, "begin", _sqlite_begin)
        else:
            engine = create_engine(url, pool_pre_ping=True, hide_parameters=True)
    except ArgumentError as exc:
        raise StoreError(f"not a database URL or path: {mask_credentials(str(db))} ({exc})") from None
    except ModuleNotFoundError as exc:
        from newsintel.optional import require

        require(exc.name or "psycopg")
        raise
    event.listen(engine, "handle_error", functools.partial(_translate_error, url=display_url(engine)))
    return engine


def check_exists(db: str | Path | None) -> None:
    """Refuse a SQLite path that does not exist, for commands that only read a corpus (a
    mistyped --db must not create an empty database and report zero rows)."""
    url = database_url(db)
    if url.startswith("sqlite"):
        path = url.split(":///", 1)[-1]
        if path and path != ":memory:" and not Path(path).exists():
            raise StoreError("no such database; create one with 'newsintel ingest FILES --db PATH'", path=path)


def migrations_location() -> str:
    return str(resources.files("newsintel.store") / "migrations")


def migrate(engine: Engine) -> None:
    """Apply every Alembic migration the database has not had yet."""
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", migrations_location())
    try:
        with engine.connect().execution_options(**{WRITE_OPTION: True}) as connection, connection.begin():
            if engine.dialect.name == "postgresql":  # two ingests opening one new database: one migrates
                connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({MIGRATION_LOCK})")
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
    except StoreError as error:
        raise StoreError(f"cannot open the database: {error.message}", path=display_url(engine)) from None
    except SQLAlchemyError as exc:
        raise StoreError(
            f"cannot open the database: {describe_database_error(exc)}", path=display_url(engine)
        ) from None


def schema_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def display_url(engine: Engine) -> str:
    """The database URL as it may be shown: the password masked (a SQLite URL as its path)."""
    url = engine.url
    if url.get_backend_name() == "sqlite":
        return url.database or ":memory:"
    return url.render_as_string(hide_password=True)
