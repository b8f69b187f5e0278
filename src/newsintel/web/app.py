"""The FastAPI application: REST endpoints under /api, pages at the root, assets under /assets."""

from __future__ import annotations

import asyncio
import functools
from importlib import resources
from typing import Any

from newsintel.optional import require

require("fastapi")

from fastapi import FastAPI, HTTPException, Request  # noqa: E402
from fastapi.exceptions import RequestValidationError  # noqa: E402
from fastapi.responses import JSONResponse, Response  # noqa: E402
from starlette.exceptions import HTTPException as StarletteHTTPException  # noqa: E402

from newsintel.about import __version__  # noqa: E402
from newsintel.errors import NewsintelError  # noqa: E402
from newsintel.web import api, pages  # noqa: E402
from newsintel.web.graphics import world_outline_svg  # noqa: E402
from newsintel.web.security import BodySizeLimit, SecurityHeaders, TokenCheck  # noqa: E402

MAX_BODY_BYTES = 2 * 1024 * 1024
MAX_TEXT_CHARS = 200_000
ANALYSIS_TIMEOUT_S = 60.0

ASSETS = {"app.css": "text/css", "app.js": "text/javascript"}


class Settings:
    def __init__(self, *, store, token: str | None, max_text_chars: int, analysis_timeout: float, model: str | None):
        self.store = store
        self.token = token
        self.max_text_chars = max_text_chars
        self.analysis_timeout = analysis_timeout
        self.model = model


def create_app(
    *,
    store=None,
    db: str | None = None,
    token: str | None = None,
    max_body_bytes: int = MAX_BODY_BYTES,
    max_text_chars: int = MAX_TEXT_CHARS,
    analysis_timeout: float = ANALYSIS_TIMEOUT_S,
    model: str | None = None,
) -> FastAPI:
    """The workbench over `store` (or the database at `db`). A token, when given, guards every request."""
    if store is None:
        from newsintel.store import open_store

        store = open_store(db)
    app = _offline_fastapi()
    app.state.settings = Settings(
        store=store, token=token, max_text_chars=max_text_chars, analysis_timeout=analysis_timeout, model=model
    )
    app.add_middleware(BodySizeLimit, max_bytes=max_body_bytes)
    if token:
        app.add_middleware(TokenCheck, token=token)
    app.add_middleware(SecurityHeaders)
    _add_error_handlers(app)
    app.include_router(api.router)
    app.include_router(pages.router)
    _add_assets(app)
    return app


def _offline_fastapi() -> FastAPI:
    """FastAPI with its API docs served from installed files, never from a CDN."""
    kwargs: dict[str, Any] = dict(
        title="newsintel workbench", version=__version__,
        description="Structured, sourced intelligence from a corpus of conflict and security news.",
    )
    try:
        from fastapi_offline import FastAPIOffline

        return FastAPIOffline(**kwargs)
    except ImportError:  # the API works without the bundled docs pages
        return FastAPI(docs_url=None, redoc_url=None, **kwargs)


def _error(status: int, code: str, detail: Any) -> JSONResponse:
    return JSONResponse({"error": code, "detail": detail}, status_code=status)


def _add_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(RequestValidationError)
    async def invalid_request(_request: Request, exc: RequestValidationError) -> JSONResponse:
        problems = [
            {"where": ".".join(str(p) for p in e.get("loc", ())), "problem": e.get("msg")} for e in exc.errors()
        ]
        return _error(422, "invalid_request", problems)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(_request: Request, exc: StarletteHTTPException) -> JSONResponse:
        return _error(exc.status_code, _code_for(exc.status_code), exc.detail)

    @app.exception_handler(NewsintelError)
    async def library_error(_request: Request, exc: NewsintelError) -> JSONResponse:
        return _error(400, exc.code, str(exc))


def _code_for(status: int) -> str:
    return {400: "bad_request", 401: "unauthorized", 404: "not_found", 405: "method_not_allowed",
            413: "payload_too_large", 422: "invalid_request", 504: "analysis_timeout"}.get(status, "error")


def _add_assets(app: FastAPI) -> None:
    @app.get("/assets/{name}", include_in_schema=False)
    def asset(name: str) -> Response:
        if name == "worldmap.svg":
            return Response(world_outline_svg(), media_type="image/svg+xml",
                            headers={"Cache-Control": "public, max-age=86400"})
        if name not in ASSETS:
            raise HTTPException(404, f"no asset named {name!r}")
        return Response(_asset_text(name), media_type=ASSETS[name], headers={"Cache-Control": "public, max-age=3600"})


@functools.cache
def _asset_text(name: str) -> str:
    return resources.files("newsintel.web").joinpath("static", name).read_text("utf-8")


async def run_with_timeout(func, *args, timeout: float):
    """Run blocking work in a thread; 504 when it takes longer than `timeout` seconds."""
    try:
        return await asyncio.wait_for(asyncio.to_thread(func, *args), timeout=timeout)
    except TimeoutError:
        raise HTTPException(504, f"analysis took longer than {timeout:.0f} s; send a shorter text") from None
