"""Alembic environment for the newsintel store.

Migrations run inside the library (`store.engine.migrate`), which passes its connection in
`config.attributes["connection"]`; batch mode lets the same scripts alter SQLite tables.
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection, create_engine

from newsintel.errors import StoreError
from newsintel.store.schema import metadata

config = context.config


def run_migrations() -> None:
    connection = config.attributes.get("connection")
    if connection is None:  # the alembic command line: `alembic -x url=sqlite:///x.db upgrade head`
        url = context.get_x_argument(as_dictionary=True).get("url") or config.get_main_option("sqlalchemy.url")
        if url is None:
            raise StoreError("no database: give -x url=... or set sqlalchemy.url in alembic.ini")
        with create_engine(url).begin() as connection:
            _run(connection)
    else:
        _run(connection)


def _run(connection: Connection) -> None:
    context.configure(connection=connection, target_metadata=metadata, render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()


run_migrations()
