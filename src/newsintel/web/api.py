"""REST endpoints. Every list is paginated; every error is JSON with a status code."""

from __future__ import annotations

import datetime as dt
from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from pydantic import BaseModel, Field, field_validator

from newsintel.records import EVENT_MODES
from newsintel.web import data

router = APIRouter(prefix="/api", tags=["api"])

Limit = Annotated[int, Query(ge=1, le=500, description="items per page")]
Offset = Annotated[int, Query(ge=0, description="items to skip")]


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


def settings(request: Request):
    return request.app.state.settings


@router.get("/health")
def health() -> dict:
    return {"status": "ok"}


@router.post("/analyze", summary="Analyse a posted text; returns the newsintel/1 JSON")
async def analyze_text(body: AnalyzeRequest, request: Request) -> dict:
    from newsintel.analysis import analyze
    from newsintel.web.app import run_with_timeout

    config = settings(request)
    if len(body.text) > config.max_text_chars:
        raise HTTPException(413, f"text is {len(body.text)} characters; the limit is {config.max_text_chars}")
    published = body.published.isoformat() if body.published else None

    def run():
        return analyze(body.text, published=published, title=body.title, model=config.model).to_dict()

    return await run_with_timeout(run, timeout=config.analysis_timeout)


@router.get("/documents", summary="List documents, or search them with q (full text)")
def list_documents(request: Request, q: str | None = Query(None, max_length=200), limit: Limit = 50, offset: Offset = 0) -> dict:
    return data.documents(settings(request).store, q=q, limit=limit, offset=offset).to_dict()


@router.get("/documents/{document_id}", summary="A stored document's full report (newsintel/1)")
def get_document(document_id: str, request: Request) -> dict:
    report = data.report(settings(request).store, document_id)
    if report is None:
        raise HTTPException(404, f"no document with id {document_id!r}")
    return report.to_dict()


@router.get("/actors", summary="Actors with their counts of documents, mentions, events and claims")
def list_actors(request: Request, q: str | None = Query(None, max_length=200), limit: Limit = 50, offset: Offset = 0) -> dict:
    return data.actors(settings(request).store, q=q, limit=limit, offset=offset).to_dict()


@router.get("/actors/{actor_id}", summary="One actor with its events and claims")
def get_actor(actor_id: str, request: Request) -> dict:
    found = data.actor(settings(request).store, actor_id)
    if found is None:
        raise HTTPException(404, f"no actor with id {actor_id!r}")
    return found


def event_filters(
    since: dt.date | None = None,
    until: dt.date | None = None,
    actor: str | None = Query(None, max_length=120),
    country: str | None = Query(None, pattern="^[A-Za-z]{3}$"),
    code: str | None = Query(None, pattern="^[0-9]{2,4}$", description="CAMEO code or prefix"),
    mode: str | None = None,
) -> data.EventFilters:
    if mode is not None and mode not in EVENT_MODES:
        raise HTTPException(422, f"mode must be one of {', '.join(EVENT_MODES)}")
    if since and until and since > until:
        raise HTTPException(422, "since is after until")
    return data.EventFilters(
        since=since.isoformat() if since else None, until=until.isoformat() if until else None,
        actor=actor, country=country.upper() if country else None, code=code, mode=mode,
    )


@router.get("/events", summary="Events, filtered by date range, actor, country, CAMEO code and mode")
def list_events(
    request: Request,
    filters: Annotated[data.EventFilters, Depends(event_filters)],
    limit: Limit = 50,
    offset: Offset = 0,
) -> dict:
    return data.events(settings(request).store, filters, limit=limit, offset=offset).to_dict()


@router.get("/claims/clusters", summary="Claims about the same proposition, clustered across documents")
def claim_clusters(request: Request, limit: Limit = 50, offset: Offset = 0) -> dict:
    return data.claim_clusters(settings(request).store, limit=limit, offset=offset).to_dict()


@router.get("/disputes", summary="Contested propositions with the sources on each side")
def disputes(request: Request, limit: Limit = 50, offset: Offset = 0) -> dict:
    return data.disputes(settings(request).store, limit=limit, offset=offset).to_dict()


@router.get("/sourcing", summary="The corpus's sourcing profile: anonymous, second-hand, named")
def sourcing(request: Request) -> dict:
    return data.sourcing(settings(request).store)
