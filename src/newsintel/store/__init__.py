"""KEEP: the corpus database (SQLAlchemy Core; SQLite by default, PostgreSQL by URL).

The only package that imports SQLAlchemy. One write path, `save`; queries return plain dicts.

    >>> from newsintel import store
    >>> db = store.open_store("newsintel.db")          # or "postgresql://user@host/db"
    >>> db.save(reports)                               # one transaction; skips stored ids
    >>> db.load_report("3f2a...")                      # the Report, exactly as saved
    >>> db.list_events(country="AFG", code="19", since="2021-08-01").items
"""

from newsintel.store.core import SaveSummary, Store, error_key, load_report, open_store, save
from newsintel.store.engine import DEFAULT_DB, database_url
from newsintel.store.queries import EventFilter, Page

__all__ = [
    "DEFAULT_DB",
    "EventFilter",
    "Page",
    "SaveSummary",
    "Store",
    "database_url",
    "error_key",
    "load_report",
    "open_store",
    "save",
]
