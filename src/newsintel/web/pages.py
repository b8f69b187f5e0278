"""Server-rendered pages. Jinja2 autoescapes everything; article text is never trusted.

Every list page has a filter form (GET, so a filtered view is a link), sortable headers, a
pager that says how many there are, and download links for exactly the rows it shows.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse

from newsintel.records import EVENT_MODES
from newsintel.render.html import html_environment, report_context
from newsintel.store.queries import EventFilter, has_event_column
from newsintel.web import data
from newsintel.web.common import (
    ActorFilters,
    DocumentFilters,
    Offset,
    actor_filters,
    actor_sort,
    document_filters,
    document_sort,
    event_filters,
    event_sort,
    found_or_404,
    settings,
)
from newsintel.web.graphics import timeline_svg, world_map_svg
from newsintel.web.text import finalize, url_id

router = APIRouter(include_in_schema=False)

PAGE_SIZE = 50

_env = html_environment("newsintel.web")
_env.finalize = finalize  # before any template is compiled: every printed string shows its bidi controls
_env.filters["url_id"] = url_id


def render(template: str, **context: Any) -> HTMLResponse:
    return HTMLResponse(_env.get_template(template).render(**context))


def render_string(template: str, **context: Any) -> str:
    return _env.get_template(template).render(**context)


class Links:
    """URLs for the current view with one parameter changed: pages, sorting, downloads."""

    def __init__(self, request: Request) -> None:
        self.path = request.url.path
        self.params = {k: v for k, v in request.query_params.items() if k != "token" and v != ""}

    def with_(self, path: str | None = None, /, **changes: Any) -> str:
        params = {**self.params, **{k: str(v) for k, v in changes.items() if v is not None}}
        params = {k: v for k, v in params.items() if not (k.endswith("offset") and v == "0")}
        query = urlencode(params)
        return (path or self.path) + (f"?{query}" if query else "")

    def page(self, offset: int, key: str = "offset") -> str:
        return self.with_(**{key: max(offset, 0)})

    def sort(self, key: str) -> str:
        current = self.params.get("sort")
        return self.with_(sort=f"-{key}" if current == key else key, offset=0)

    def sorted_by(self, key: str) -> str:
        current = self.params.get("sort", "")
        return "▲" if current == key else "▼" if current == f"-{key}" else ""

    def download(self, api_path: str, fmt: str) -> str:
        return self.with_(api_path, format=fmt, limit=self.params.get("limit", PAGE_SIZE))


@dataclass(frozen=True, slots=True)
class FilterField:
    """One box of an events filter form; `name` is the query parameter of `event_filters`."""

    name: str
    label: str
    kind: str = "text"  # text | date | select | check
    options: tuple[str, ...] = ()
    placeholder: str = ""
    size: int = 10


def event_filter_fields() -> list[FilterField]:
    fields = [
        FilterField("since", "from", "date"),
        FilterField("until", "until", "date"),
        FilterField("actor", "actor id", placeholder="som-mil", size=14),
        FilterField("country", "country", placeholder="AFG", size=4),
        FilterField("place_country", "happened in", placeholder="AFG", size=4),
        FilterField("code", "CAMEO code", placeholder="19", size=5),
        FilterField("plover", "PLOVER type", placeholder="ASSAULT", size=10),
        FilterField("mode", "mode", "select", options=EVENT_MODES),
        FilterField("unique", "one copy of syndicated articles", "check"),
    ]
    if has_event_column("acled_event_type"):
        fields.insert(7, FilterField("acled_type", "ACLED type", placeholder="Battles", size=14))
    return fields


def filter_values(flt: EventFilter) -> dict[str, str]:
    values = {
        "since": flt.since,
        "until": flt.until,
        "actor": flt.actor,
        "country": flt.country,
        "place_country": flt.place_country,
        "code": flt.code,
        "plover": flt.plover,
        "acled_type": flt.acled_type,
        "mode": flt.modes[0] if flt.modes else None,
        "document": flt.document,
        "unique": "true" if flt.unique else None,
    }
    return {k: v for k, v in values.items() if v}


# Columns an events table can show beyond the fixed ones, when the schema has them.
OPTIONAL_EVENT_COLUMNS = (
    ("acled_event_type", "ACLED type"),
    ("fatalities", "Fatalities"),
    ("place_precision", "Place precision"),
)


def optional_event_columns() -> list[tuple[str, str]]:
    return [(name, label) for name, label in OPTIONAL_EVENT_COLUMNS if has_event_column(name)]


def attribution_summary(attribution, actors, attributions) -> str:
    speaker = attribution.speaker
    lines = [f"{speaker.text or 'unknown speaker'} ({speaker.kind})"]
    if speaker.actor and speaker.actor in actors:
        lines.append(f"actor: {actors[speaker.actor].name}")
    if attribution.cue:
        lines.append(f"cue: “{attribution.cue.text}” — {attribution.stance}")
    chain, seen = attribution, set()
    while chain.via and chain.via in attributions and chain.via not in seen:
        seen.add(chain.via)
        chain = attributions[chain.via]
        lines.append(f"via: {chain.speaker.text}")
    return "\n".join(lines)


# ---------------------------------------------------------------------------------- documents


def _documents_page(request: Request, filters: DocumentFilters, sort: str | None, offset: int) -> HTMLResponse:
    store = settings(request).store
    page = data.documents(store, filters, sort=sort, limit=PAGE_SIZE, offset=offset)
    return render(
        "documents.html",
        nav="documents",
        page=page,
        filters=filters,
        query=filters.q,
        publishers=store.publishers(),
        links=Links(request),
        sorting=not filters.q,
    )


@router.get("/", response_class=HTMLResponse)
@router.get("/search", response_class=HTMLResponse)  # the search form's address: the same page, with q
def home(
    request: Request,
    filters: Annotated[DocumentFilters, Depends(document_filters)],
    sort: Annotated[str | None, Depends(document_sort)],
    offset: Offset = 0,
) -> HTMLResponse:
    return _documents_page(request, filters, sort, offset)


@router.get("/documents/{document_id:path}", response_class=HTMLResponse)
def document_page(document_id: str, request: Request) -> HTMLResponse:
    config = settings(request)
    report = found_or_404(data.report(config.store, document_id), "document", document_id)
    context = report_context(report)
    actors, attributions = context["actors"], context["attributions"]
    in_ledger = data.cluster_of_claims(config, [(report.document.id, c.id) for c in report.claims])
    return render(
        "document.html",
        nav="documents",
        link=_link,
        in_ledger=list({c["id"]: c for c in in_ledger.values()}.values()),
        summary=lambda a: attribution_summary(a, actors, attributions),
        **context,
    )


def _link(kind: str, ident: str) -> str:
    return f"/actors/{url_id(ident)}" if kind == "actor" else ""


# ---------------------------------------------------------------------------------- actors


@router.get("/actors", response_class=HTMLResponse)
def actors_page(
    request: Request,
    filters: Annotated[ActorFilters, Depends(actor_filters)],
    sort: Annotated[str | None, Depends(actor_sort)],
    offset: Offset = 0,
) -> HTMLResponse:
    config = settings(request)
    page = data.actors(config, filters, sort=sort, limit=PAGE_SIZE, offset=offset)
    types = data.cached(config, "actor-types", config.store.actor_types)
    return render("actors.html", nav="actors", page=page, filters=filters, types=types, links=Links(request))


@router.get("/actors/{actor_id:path}", response_class=HTMLResponse)
def actor_page(
    actor_id: str, request: Request, events_offset: Offset = 0, claims_offset: Offset = 0, co_offset: Offset = 0
) -> HTMLResponse:
    found = found_or_404(
        data.actor(
            settings(request),
            actor_id,
            limit=PAGE_SIZE,
            events_offset=events_offset,
            claims_offset=claims_offset,
            co_offset=co_offset,
        ),
        "actor",
        actor_id,
    )
    found = dict(found)  # the cached view stays as it is
    clusters = data.cluster_of_claims(
        settings(request), [(c["document_id"], c["claim_id"]) for c in found["claims"].items]
    )
    links = Links(request)
    events_of = Links(request)
    events_of.params = {"actor": actor_id}
    return render(
        "actor.html",
        nav="actors",
        links=links,
        extra_columns=optional_event_columns(),
        clusters=clusters,
        timeline=timeline_svg(found.pop("timeline"), link=lambda month: month_url(events_of, month)),
        **found,
    )


def month_url(links: Links, month: str) -> str:
    """The events list of one month ("2024-03"), keeping the view's other filters."""
    year, number = int(month[:4]), int(month[5:7])
    last = (dt.date(year + number // 12, number % 12 + 1, 1) - dt.timedelta(days=1)).isoformat()
    return links.with_("/events", since=f"{month}-01", until=last, offset=0)


# ---------------------------------------------------------------------------------- events


@router.get("/events", response_class=HTMLResponse)
def events_page(
    request: Request,
    filters: Annotated[EventFilter, Depends(event_filters)],
    sort: Annotated[str | None, Depends(event_sort)],
    offset: Offset = 0,
) -> HTMLResponse:
    store = settings(request).store
    page = data.events(store, filters, sort=sort, limit=PAGE_SIZE, offset=offset)
    links = Links(request)
    return render(
        "events.html",
        nav="events",
        page=page,
        fields=event_filter_fields(),
        values=filter_values(filters),
        extra_columns=optional_event_columns(),
        links=links,
        timeline=timeline_svg(data.timeline(store, filters), link=lambda month: month_url(links, month)),
        world_map=world_map_svg(
            data.country_counts(store, filters), link=lambda code: links.with_(place_country=code, offset=0)
        ),
    )


@router.get("/network", response_class=HTMLResponse)
def network_page(request: Request, filters: Annotated[EventFilter, Depends(event_filters)]) -> HTMLResponse:
    config = settings(request)
    return render(
        "network.html",
        nav="network",
        network=data.network_drawing(config, filters),
        fields=event_filter_fields(),
        values=filter_values(filters),
        links=Links(request),
    )


# ---------------------------------------------------------------------------------- claims


def ledger_note(config) -> str:
    scope = (
        f"the {config.ledger_documents} most recent documents" if config.ledger_documents else "every stored document"
    )
    note = f"The claims ledger covers {scope}."
    if data.ledger_is_stale(config):
        note += " Documents were stored since it was computed: it is being recomputed, reload in a while."
    return note


@router.get("/disputes", response_class=HTMLResponse)
def disputes_page(request: Request, offset: Offset = 0) -> HTMLResponse:
    config = settings(request)
    page = data.disputes(config, limit=PAGE_SIZE, offset=offset)
    return render(
        "disputes.html",
        nav="disputes",
        page=page,
        disputes=page.items,
        links=Links(request),
        ledger_note=ledger_note(config),
    )


@router.get("/claims", response_class=HTMLResponse)
def claims_page(
    request: Request,
    q: Annotated[str | None, Query(max_length=200)] = None,
    disputed: bool | None = None,
    offset: Offset = 0,
) -> HTMLResponse:
    config = settings(request)
    page = data.claim_clusters(config, q=q, disputed=disputed, limit=PAGE_SIZE, offset=offset)
    return render(
        "claims.html",
        nav="claims",
        page=page,
        q=q,
        disputed=disputed,
        links=Links(request),
        ledger_note=ledger_note(config),
    )


@router.get("/claims/{cluster_id}", response_class=HTMLResponse)
def claim_page(cluster_id: str, request: Request) -> HTMLResponse:
    cluster = found_or_404(data.claim_cluster(settings(request), cluster_id), "claim cluster", cluster_id)
    return render("claim.html", nav="claims", cluster=cluster)


@router.get("/sourcing", response_class=HTMLResponse)
def sourcing_page(request: Request) -> HTMLResponse:
    config = settings(request)
    return render(
        "sourcing.html", nav="sourcing", totals=data.sourcing(config), publishers=data.sourcing_by_publisher(config)
    )
