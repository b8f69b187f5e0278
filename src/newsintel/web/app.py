"""The FastAPI application: REST endpoints under /api, pages at the root, assets under /assets."""

from __future__ import annotations

import contextlib
import functools
import logging
import threading
from collections.abc import AsyncIterator, Callable, Iterable
from importlib import resources
from typing import Any

from newsintel.optional import require

require("fastapi")
require("fastapi_offline")

from fastapi import FastAPI, HTTPException, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import Scope

from newsintel.about import __version__
from newsintel.errors import NewsintelError
from newsintel.web import api, data, pages
from newsintel.web.common import DropEmptyQueryFields, Settings
from newsintel.web.graphics import world_outline_svg
from newsintel.web.security import (
    BodySizeLimit,
    ErrorBoundary,
    HostCheck,
    SecurityHeaders,
    TokenCheck,
    allowed_hosts,
)
from newsintel.web.worker import AnalysisRunner, analyze_job

logger = logging.getLogger(__name__)

MAX_BODY_BYTES = 2 * 1024 * 1024
MAX_TEXT_CHARS = 200_000
ANALYSIS_TIMEOUT_S = 60.0
# The claims ledger covers every stored document by default (about 15 s for 2,607 articles of
# ~17 claims each, computed once per ingest); a number limits it to the most recent ones.
LEDGER_DOCUMENTS: int | None = None

ASSETS = {"app.css": "text/css", "app.js": "text/javascript"}
ERROR_CODES = {
    400: "bad_request",
    401: "unauthorized",
    404: "not_found",
    405: "method_not_allowed",
    413: "payload_too_large",
    422: "invalid_request",
    500: "server_error",
    504: "analysis_timeout",
}
ERROR_TITLES = {
    400: "Bad request",
    401: "Access token required",
    404: "Not found",
    405: "Method not allowed",
    413: "Too large",
    422: "Invalid request",
    500: "Server error",
    504: "Took too long",
}


def create_app(
    *,
    store=None,
    db: str | None = None,
    token: str | None = None,
    host: str = "127.0.0.1",
    allowed_host: Iterable[str] = (),
    max_body_bytes: int = MAX_BODY_BYTES,
    max_text_chars: int = MAX_TEXT_CHARS,
    analysis_timeout: float = ANALYSIS_TIMEOUT_S,
    analysis_job: Callable[..., Any] = analyze_job,
    model: str | None = None,
    ledger_documents: int | None = LEDGER_DOCUMENTS,
    warm: bool = False,
) -> FastAPI:
    """The workbench over `store` (or the database at `db`). A token, when given, guards every
    request; requests must name this server in their Host header (the localhost names, `host`
    unless it is a wildcard, and `allowed_host`). The claims ledger covers the `ledger_documents`
    most recent documents (None: all); `warm` computes it at start."""
    if store is None:
        from newsintel.store import open_store

        store = open_store(db)
    config = Settings(
        store=store,
        token=token,
        max_text_chars=max_text_chars,
        analysis_timeout=analysis_timeout,
        model=model,
        runner=AnalysisRunner(),
        ledger_documents=ledger_documents,
    )
    app = _offline_fastapi(_lifespan(config, warm=warm))
    app.state.settings = config
    app.state.analysis_job = analysis_job
    # Starlette runs the last added outermost: headers on everything, then the error boundary,
    # then the Host, token and body checks, then the query clean-up and the routes.
    app.add_middleware(DropEmptyQueryFields)
    app.add_middleware(BodySizeLimit, max_bytes=max_body_bytes, render=error_response)
    if token:
        app.add_middleware(TokenCheck, token=token, render=error_response)
    app.add_middleware(HostCheck, hosts=allowed_hosts(host, allowed_host), render=error_response)
    app.add_middleware(ErrorBoundary, render=error_response)
    app.add_middleware(SecurityHeaders)
    _add_error_handlers(app)
    app.include_router(api.router)
    app.include_router(pages.router)
    _add_assets(app)
    return app


def _lifespan(config: Settings, *, warm: bool):
    @contextlib.asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        if warm:  # the first visit to /disputes should not wait for the ledger
            threading.Thread(target=_warm, args=(config,), daemon=True, name="newsintel-warm").start()
        yield
        config.runner.close()

    return lifespan


def _warm(config: Settings) -> None:
    """The slow corpus-wide views, computed before anyone asks: the ledger, the whole network,
    the first page of actors."""
    from newsintel.store.queries import EventFilter
    from newsintel.web.common import ActorFilters

    try:
        data.ledger(config)
        data.network_drawing(config, EventFilter())
        data.actors(config, ActorFilters(), sort=None, limit=pages.PAGE_SIZE, offset=0)
    except Exception:  # the pages will show the failure; the server must still start
        logger.exception("could not compute the claims ledger or the network")


def _offline_fastapi(lifespan) -> FastAPI:
    """FastAPI with its API docs (Swagger UI) served from installed files, never from a CDN;
    ReDoc is left out: its page needs a CDN logo and a web worker that the CSP forbids."""
    kwargs: dict[str, Any] = {
        "title": "newsintel workbench",
        "version": __version__,
        "lifespan": lifespan,
        "redoc_url": None,
        "description": "Structured, sourced intelligence from a corpus of conflict and security news.",
    }
    from fastapi_offline import FastAPIOffline

    return FastAPIOffline(**kwargs)


def wants_html(scope: Scope) -> bool:
    """Pages get HTML errors; the API (and assets, and the OpenAPI spec) JSON."""
    path = scope.get("path", "")
    return not (path.startswith(("/api", "/assets")) or path == "/openapi.json")


def error_response(scope: Scope, status: int, message: str, problems: list[dict[str, str]] | None) -> Response:
    """The one shape of every error: JSON {"error", "detail"} for the API, an HTML page otherwise."""
    if not wants_html(scope):
        return JSONResponse(
            {"error": ERROR_CODES.get(status, "error"), "detail": problems or message}, status_code=status
        )
    body = pages.render_string(
        "error.html",
        nav=None,
        status=status,
        title=ERROR_TITLES.get(status, "Error"),
        message=message,
        problems=problems or [],
    )
    return HTMLResponse(body, status_code=status)


def _add_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(RequestValidationError)
    async def invalid_request(request: Request, exc: RequestValidationError) -> Response:
        problems = [
            {"where": ".".join(str(p) for p in e.get("loc", ())), "problem": str(e.get("msg"))} for e in exc.errors()
        ]
        fields = ", ".join(p["where"].split(".")[-1] for p in problems)
        return error_response(request.scope, 422, f"check {fields}", problems)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        response = error_response(request.scope, exc.status_code, str(exc.detail), None)
        response.headers.update(exc.headers or {})
        return response

    @app.exception_handler(NewsintelError)
    async def library_error(request: Request, exc: NewsintelError) -> Response:
        response = error_response(request.scope, 400, str(exc), None)
        if isinstance(response, JSONResponse) and not wants_html(request.scope):
            return JSONResponse({"error": exc.code, "detail": str(exc)}, status_code=400)
        return response


def _add_assets(app: FastAPI) -> None:
    @app.get("/assets/{name}", include_in_schema=False)
    def asset(name: str) -> Response:
        if name == "worldmap.svg":
            return Response(
                world_outline_svg(), media_type="image/svg+xml", headers={"Cache-Control": "public, max-age=86400"}
            )
        if name not in ASSETS:
            raise HTTPException(404, f"no asset named {name!r}")
        return Response(_asset_text(name), media_type=ASSETS[name], headers={"Cache-Control": "public, max-age=3600"})


@functools.cache
def _asset_text(name: str) -> str:
    return resources.files("newsintel.web").joinpath("static", name).read_text("utf-8")
