"""Server-rendered pages. Jinja2 autoescapes everything; article text is never trusted."""

from __future__ import annotations

from typing import Annotated
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse

from newsintel.records import EVENT_MODES
from newsintel.render.html import html_environment, report_context
from newsintel.web import data
from newsintel.web.api import event_filters, found_or_404, settings
from newsintel.web.graphics import network_svg, timeline_svg, world_map_svg

router = APIRouter(include_in_schema=False)


_env = html_environment("newsintel.web")


def render(template: str, **context) -> HTMLResponse:
    return HTMLResponse(_env.get_template(template).render(**context))


def _page_url(request: Request):
    def url(offset: int) -> str:
        params = dict(request.query_params)
        params["offset"] = str(max(offset, 0))
        return f"{request.url.path}?{urlencode(params)}"

    return url


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


@router.get("/", response_class=HTMLResponse)
def home(request: Request, offset: Annotated[int, Query(ge=0)] = 0) -> HTMLResponse:
    store = settings(request).store
    page = data.documents(store, q=None, limit=50, offset=offset)
    return render("documents.html", nav="documents", page=page, query=None,
                  sourcing=data.sourcing(store), page_url=_page_url(request))


@router.get("/search", response_class=HTMLResponse)
def search(request: Request, q: Annotated[str, Query(max_length=200)] = "", offset: Annotated[int, Query(ge=0)] = 0) -> HTMLResponse:
    page = data.documents(settings(request).store, q=q or None, limit=50, offset=offset)
    return render("documents.html", nav="documents", page=page, query=q, sourcing=None, page_url=_page_url(request))


@router.get("/documents/{document_id}", response_class=HTMLResponse)
def document_page(document_id: str, request: Request) -> HTMLResponse:
    report = found_or_404(data.report(settings(request).store, document_id), "document", document_id)
    context = report_context(report)
    actors, attributions = context["actors"], context["attributions"]
    return render(
        "document.html", nav="documents", link=_link,
        summary=lambda a: attribution_summary(a, actors, attributions), **context,
    )


def _link(kind: str, ident: str) -> str:
    return f"/{kind}s/{ident}" if kind == "actor" else ""


@router.get("/actors", response_class=HTMLResponse)
def actors_page(request: Request, q: Annotated[str | None, Query(max_length=200)] = None,
                offset: Annotated[int, Query(ge=0)] = 0) -> HTMLResponse:
    page = data.actors(settings(request).store, q=q, limit=50, offset=offset)
    return render("actors.html", nav="actors", page=page, q=q, page_url=_page_url(request))


@router.get("/actors/{actor_id}", response_class=HTMLResponse)
def actor_page(actor_id: str, request: Request) -> HTMLResponse:
    found = found_or_404(data.actor(settings(request).store, actor_id), "actor", actor_id)
    return render("actor.html", nav="actors", actor=found["actor"], events=found["events"], claims=found["claims"])


@router.get("/network", response_class=HTMLResponse)
def network_page(request: Request, filters: Annotated[data.EventFilters, Depends(event_filters)]) -> HTMLResponse:
    names, edges = data.network(settings(request).store, filters)
    return render("network.html", nav="network", network=network_svg(names, edges))


@router.get("/events", response_class=HTMLResponse)
def events_page(request: Request, filters: Annotated[data.EventFilters, Depends(event_filters)],
                offset: Annotated[int, Query(ge=0)] = 0) -> HTMLResponse:
    store = settings(request).store
    page = data.events(store, filters, limit=100, offset=offset)
    return render(
        "events.html", nav="events", page=page, filters=filters, modes=EVENT_MODES,
        timeline=timeline_svg(data.timeline(store, filters)),
        world_map=world_map_svg(data.country_counts(store, filters)),
        page_url=_page_url(request),
    )


@router.get("/disputes", response_class=HTMLResponse)
def disputes_page(request: Request) -> HTMLResponse:
    page = data.disputes(settings(request).store, limit=100, offset=0)
    return render("disputes.html", nav="disputes", disputes=page.items)
