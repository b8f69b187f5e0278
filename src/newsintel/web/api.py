"""REST endpoints. Every list is filtered, sorted and paged the way its page is, and any list can
be downloaded (`format=json|csv|geojson`); every error is JSON with a status code."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from pydantic import BaseModel, Field, field_validator

from newsintel.store.queries import EventFilter
from newsintel.web import data
from newsintel.web.common import (
    ActorFilters,
    DocumentFilters,
    Format,
    Limit,
    Offset,
    actor_filters,
    actor_sort,
    document_filters,
    document_sort,
    event_filters,
    event_sort,
    found_or_404,
    invalid,
    settings,
)
from newsintel.web.downloads import download
from newsintel.web.worker import AnalysisTimeout

router = APIRouter(prefix="/api", tags=["api"])


class AnalyzeRequest(BaseModel):
    text: str = Field(min_length=1, description="the article text")
    published: dt.date | None = Field(None, description="publication date, YYYY-MM-DD")
    title: str | None = None

    @field_validator("text")
    @classmethod
    def not_blank(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("text is blank")
        return value


def _answer(page, fmt: str | None, name: str) -> Any:
    if fmt:
        if fmt == "geojson" and name != "events":
            raise invalid("format", "geojson is for events (they have places); use json or csv")
        return download(page, fmt, name=name)
    return page.to_dict()


@router.get("/health")
def health() -> dict:
    return {"status": "ok"}


@router.post("/analyze", summary="Analyse a posted text; returns the newsintel/1 JSON")
async def analyze_text(body: AnalyzeRequest, request: Request) -> dict:
    config = settings(request)
    if len(body.text) > config.max_text_chars:
        raise HTTPException(413, f"text is {len(body.text)} characters; the limit is {config.max_text_chars}")
    job = request.app.state.analysis_job
    kwargs = {
        "text": body.text,
        "published": body.published.isoformat() if body.published else None,
        "title": body.title,
        "model": config.model,
    }
    try:
        return await config.runner.run(job, kwargs, timeout=config.analysis_timeout)
    except AnalysisTimeout:
        raise HTTPException(
            504, f"analysis took longer than {config.analysis_timeout:g} s and was stopped; send a shorter text"
        ) from None


@router.get("/documents", summary="Documents with their counts; filter, search (q), sort, download")
def list_documents(
    request: Request,
    filters: Annotated[DocumentFilters, Depends(document_filters)],
    sort: Annotated[str | None, Depends(document_sort)],
    limit: Limit = 50,
    offset: Offset = 0,
    format: Format = None,
) -> Any:
    page = data.documents(settings(request).store, filters, sort=sort, limit=limit, offset=offset)
    return _answer(page, format, "documents")


@router.get("/documents/{document_id:path}", summary="A stored document's full report (newsintel/1)")
def get_document(document_id: str, request: Request) -> dict:
    return found_or_404(data.report(settings(request).store, document_id), "document", document_id).to_dict()


@router.get("/actors", summary="Actors with their counts of documents, mentions, events and claims")
def list_actors(
    request: Request,
    filters: Annotated[ActorFilters, Depends(actor_filters)],
    sort: Annotated[str | None, Depends(actor_sort)],
    limit: Limit = 50,
    offset: Offset = 0,
    format: Format = None,
) -> Any:
    page = data.actors(settings(request), filters, sort=sort, limit=limit, offset=offset)
    return _answer(page, format, "actors")


@router.get("/actors/{actor_id:path}", summary="One actor: its events and claims (paged), co-actors, timeline")
def get_actor(
    actor_id: str,
    request: Request,
    limit: Limit = 50,
    events_offset: Offset = 0,
    claims_offset: Offset = 0,
    co_offset: Offset = 0,
) -> dict:
    found = found_or_404(
        data.actor(
            settings(request),
            actor_id,
            limit=limit,
            events_offset=events_offset,
            claims_offset=claims_offset,
            co_offset=co_offset,
        ),
        "actor",
        actor_id,
    )
    return {
        **found,
        "events": found["events"].to_dict(),
        "claims": found["claims"].to_dict(),
        "co_actors": found["co_actors"].to_dict(),
    }


@router.get("/events", summary="Events, filtered by date range, actor, country, CAMEO/PLOVER/ACLED type and mode")
def list_events(
    request: Request,
    filters: Annotated[EventFilter, Depends(event_filters)],
    sort: Annotated[str | None, Depends(event_sort)],
    limit: Limit = 50,
    offset: Offset = 0,
    format: Format = None,
) -> Any:
    page = data.events(settings(request).store, filters, sort=sort, limit=limit, offset=offset)
    return _answer(page, format, "events")


@router.get("/claims/clusters", summary="Claims about the same proposition, clustered across documents")
def claim_clusters(
    request: Request,
    q: Annotated[str | None, Query(max_length=200)] = None,
    disputed: bool | None = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> dict:
    return data.claim_clusters(settings(request), q=q, disputed=disputed, limit=limit, offset=offset).to_dict()


@router.get("/claims/clusters/{cluster_id}", summary="One claim cluster with its sides and relations")
def claim_cluster(cluster_id: str, request: Request) -> dict:
    return found_or_404(data.claim_cluster(settings(request), cluster_id), "claim cluster", cluster_id)


@router.get("/disputes", summary="Contested propositions with the sources on each side")
def disputes(request: Request, limit: Limit = 50, offset: Offset = 0) -> dict:
    return data.disputes(settings(request), limit=limit, offset=offset).to_dict()


@router.get("/sourcing", summary="The corpus's sourcing profile: anonymous, second-hand, named")
def sourcing(request: Request) -> dict:
    return data.sourcing(settings(request))


@router.get("/sourcing/publishers", summary="The sourcing profile of each publisher")
def sourcing_by_publisher(request: Request) -> list[dict]:
    return data.sourcing_by_publisher(settings(request))
