"""What the REST API and the pages share: settings, paging and filter parameters, the 404.

Below api.py and pages.py (both import it), above data.py; app.py imports all of them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Annotated, Any

from fastapi import HTTPException, Query, Request
from fastapi.exceptions import RequestValidationError
from starlette.types import ASGIApp, Receive, Scope, Send

from newsintel.records import EVENT_MODES
from newsintel.store.queries import ACTOR_SORTS, DOCUMENT_SORTS, EventFilter, event_column_names, has_event_column

# Past this, an offset is a mistake (or a probe): SQLite's integers end at 2**63.
MAX_OFFSET = 10_000_000

Limit = Annotated[int, Query(ge=1, le=500, description="items per page")]
Offset = Annotated[int, Query(ge=0, le=MAX_OFFSET, description="items to skip")]
Sort = Annotated[
    str | None,
    Query(max_length=40, pattern=r"^-?[a-z_0-9]+$", description="column to sort by; a leading - sorts descending"),
]
Format = Annotated[str | None, Query(pattern="^(json|csv|geojson)$", description="download as json, csv or geojson")]


@dataclass(slots=True)
class Settings:
    store: Any
    token: str | None
    max_text_chars: int
    analysis_timeout: float
    model: str | None
    runner: Any = None  # web.worker.AnalysisRunner
    ledger_documents: int | None = None  # the claims ledger covers this many recent documents (None: all)
    cache: dict[str, Any] = field(default_factory=dict)


def settings(request: Request) -> Settings:
    return request.app.state.settings


def found_or_404(value, what: str, ident: str):
    """`value`, or a 404 naming what was not found."""
    if value is None:
        raise HTTPException(404, f"no {what} with id {ident!r}")
    return value


def invalid(field_name: str, problem: str) -> RequestValidationError:
    """A 422 that names the query field at fault, shaped like FastAPI's own."""
    return RequestValidationError([{"loc": ("query", field_name), "msg": problem, "type": "value_error"}])


def check_sort(sort: str | None, allowed: tuple[str, ...] | list[str]) -> str | None:
    if sort and sort.lstrip("-") not in allowed:
        raise invalid("sort", f"cannot sort by {sort.lstrip('-')!r}; choose one of {', '.join(allowed)}")
    return sort


def check_dates(since: dt.date | None, until: dt.date | None) -> tuple[str | None, str | None]:
    if since and until and since > until:
        raise invalid("until", "until is before since")
    return (since.isoformat() if since else None, until.isoformat() if until else None)


# ---------------------------------------------------------------------------------- filters


def event_filters(
    since: Annotated[dt.date | None, Query(description="first day, YYYY-MM-DD")] = None,
    until: Annotated[dt.date | None, Query(description="last day, YYYY-MM-DD")] = None,
    actor: Annotated[str | None, Query(max_length=200, description="actor id, as source or target")] = None,
    country: Annotated[str | None, Query(pattern="^[A-Za-z]{3}$", description="alpha-3: place or either actor")] = None,
    place_country: Annotated[
        str | None, Query(pattern="^[A-Za-z]{3}$", description="alpha-3: where it happened")
    ] = None,
    code: Annotated[str | None, Query(pattern="^[0-9]{2,4}$", description="CAMEO code or prefix")] = None,
    plover: Annotated[str | None, Query(max_length=40, pattern="^[A-Za-z_]+$", description="PLOVER type")] = None,
    acled_type: Annotated[str | None, Query(max_length=80, description="ACLED event type")] = None,
    mode: Annotated[str | None, Query(max_length=20, description="one of " + ", ".join(EVENT_MODES))] = None,
    document: Annotated[str | None, Query(max_length=200, description="events of this document id")] = None,
    unique: Annotated[bool, Query(description="one copy of each syndicated (near-duplicate) article")] = False,
) -> EventFilter:
    """Every events filter, as the events list, the map, the timeline and the network share it.
    A new filter is one more parameter here and one more field in EventFilter."""
    if mode is not None and mode not in EVENT_MODES:
        raise invalid("mode", f"mode must be one of {', '.join(EVENT_MODES)}")
    if acled_type and not has_event_column("acled_event_type"):
        raise invalid("acled_type", "this corpus's events have no ACLED event type")
    first, last = check_dates(since, until)
    return EventFilter(
        since=first,
        until=last,
        actor=actor,
        country=country.upper() if country else None,
        place_country=place_country.upper() if place_country else None,
        code=code,
        plover=plover.upper() if plover else None,
        acled_type=acled_type,
        modes=(mode,) if mode else (),
        document=document,
        unique=unique,
    )


def event_sort(sort: Sort = None) -> str | None:
    return check_sort(sort, [*EVENT_SORT_ALIASES, *event_column_names()])


# friendly names for the events table's sortable columns
EVENT_SORT_ALIASES = {
    "date": "day",
    "country": "place_country",
    "place": "place_name",
    "source": "source_actor",
    "target": "target_actor",
    "trigger": "trigger_text",
    "document": "document_id",
}


def event_sort_column(sort: str | None) -> str | None:
    if not sort:
        return None
    descending, key = sort.startswith("-"), sort.lstrip("-")
    return ("-" if descending else "") + EVENT_SORT_ALIASES.get(key, key)


@dataclass(frozen=True, slots=True)
class DocumentFilters:
    q: str | None = None
    since: str | None = None
    until: str | None = None
    publisher: str | None = None
    has_events: bool | None = None
    actor: str | None = None


def document_filters(
    q: Annotated[str | None, Query(max_length=200, description="full-text search (any text, literally)")] = None,
    since: Annotated[dt.date | None, Query(description="published on or after, YYYY-MM-DD")] = None,
    until: Annotated[dt.date | None, Query(description="published on or before, YYYY-MM-DD")] = None,
    publisher: Annotated[str | None, Query(max_length=200)] = None,
    has_events: Annotated[
        bool | None, Query(description="only documents with (true) or without (false) events")
    ] = None,
    actor: Annotated[str | None, Query(max_length=200, description="documents mentioning this actor id")] = None,
) -> DocumentFilters:
    first, last = check_dates(since, until)
    return DocumentFilters(
        q=q.strip() or None if q else None,
        since=first,
        until=last,
        publisher=publisher,
        has_events=has_events,
        actor=actor,
    )


def document_sort(sort: Sort = None) -> str | None:
    return check_sort(sort, DOCUMENT_SORTS)


@dataclass(frozen=True, slots=True)
class ActorFilters:
    q: str | None = None
    type: str | None = None
    country: str | None = None


def actor_filters(
    q: Annotated[str | None, Query(max_length=200, description="part of the name, literally")] = None,
    type: Annotated[str | None, Query(max_length=40)] = None,
    country: Annotated[str | None, Query(pattern="^[A-Za-z]{3}$", description="alpha-3")] = None,
) -> ActorFilters:
    return ActorFilters(q=q, type=type, country=country.upper() if country else None)


def actor_sort(sort: Sort = None) -> str | None:
    return check_sort(sort, ACTOR_SORTS)


class DropEmptyQueryFields:
    """An empty query field (`country=`) means "no filter", as an HTML form that leaves a box
    blank sends it: drop such fields before validation, so a form submits cleanly."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        query = scope.get("query_string", b"") if scope["type"] == "http" else b""
        if query:
            fields = [part for part in query.split(b"&") if part and not part.endswith(b"=")]
            scope = {**scope, "query_string": b"&".join(fields)}
        await self.app(scope, receive, send)
