"""Read-only queries over the corpus store, for the CLI, the exporters and the web workbench.

Every list query takes keyword-only filters and `limit`/`offset`, and returns a `Page` of
plain dicts (JSON-ready). Dates are ISO strings; `since`/`until` are inclusive.

`Queries` gathers one mixin a responsibility, each in its own module of this package:
`filters` (Page, EventFilter, paging and WHERE/ORDER BY helpers), `documents`, `search`
(full text), `actors`, `events`, `claims` (claims, relations, sourcing) and `corpus` (cache,
runs, errors, counts). This module keeps the names callers import from it.
"""

from __future__ import annotations

from newsintel.store.actors import ACTOR_SORTS, ActorQueries
from newsintel.store.claims import ClaimQueries
from newsintel.store.corpus import CorpusQueries
from newsintel.store.documents import DOCUMENT_COLUMNS, DOCUMENT_SORTS, DocumentQueries
from newsintel.store.events import EventQueries
from newsintel.store.filters import (
    MAX_LIMIT,
    EventFilter,
    Page,
    date_range,
    dict_rows,
    event_column_names,
    has_event_column,
    like_pattern,
    order_by,
)
from newsintel.store.search import SearchQueries, fts5_query, postgres_query

__all__ = [
    "ACTOR_SORTS",
    "DOCUMENT_COLUMNS",
    "DOCUMENT_SORTS",
    "MAX_LIMIT",
    "EventFilter",
    "Page",
    "Queries",
    "date_range",
    "dict_rows",
    "event_column_names",
    "has_event_column",
    "like_pattern",
    "order_by",
]

# the names the search tests import from here
_fts5_query = fts5_query
_tsquery = postgres_query


class Queries(DocumentQueries, SearchQueries, ActorQueries, EventQueries, ClaimQueries, CorpusQueries):
    """Mixed into `Store`: needs `self.engine` (and `self.load_report` for the reports)."""
