"""What keeps the workbench safe to expose: an access token, headers, and request limits."""

from __future__ import annotations

import hmac
import ipaddress

from starlette.middleware.base import BaseHTTPMiddleware
from starlette.requests import Request
from starlette.responses import JSONResponse, Response

TOKEN_ENV = "NEWSINTEL_TOKEN"

# Scripts only from our own origin; no inline script, no plugins, no framing, no remote fetches.
CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'"
)


def is_loopback(host: str) -> bool:
    if host in ("localhost", ""):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


# The bundled API docs (Swagger UI, ReDoc) start themselves with an inline script; they show no
# article text, so they alone may run one.
API_DOCS_POLICY = (
    "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'"
)
API_DOCS_PATHS = ("/docs", "/redoc")


class SecurityHeaders(BaseHTTPMiddleware):
    async def dispatch(self, request: Request, call_next) -> Response:
        response = await call_next(request)
        policy = API_DOCS_POLICY if request.url.path in API_DOCS_PATHS else CONTENT_SECURITY_POLICY
        response.headers.setdefault("Content-Security-Policy", policy)
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("Referrer-Policy", "no-referrer")
        response.headers.setdefault("X-Frame-Options", "DENY")
        return response


class TokenCheck(BaseHTTPMiddleware):
    """Every request must carry the token: `Authorization: Bearer T`, a cookie, or `?token=T`.

    A browser that opens `/?token=T` once gets the token as an HttpOnly cookie, so the pages'
    own links and assets work without repeating it.
    """

    def __init__(self, app, *, token: str) -> None:
        super().__init__(app)
        self.token = token

    def _presented(self, request: Request) -> str | None:
        header = request.headers.get("authorization", "")
        if header.lower().startswith("bearer "):
            return header[7:].strip()
        return request.cookies.get("newsintel_token") or request.query_params.get("token")

    async def dispatch(self, request: Request, call_next) -> Response:
        presented = self._presented(request)
        if presented is None or not hmac.compare_digest(presented, self.token):
            return JSONResponse({"error": "unauthorized", "detail": "a valid access token is required"}, status_code=401)
        response = await call_next(request)
        if request.query_params.get("token"):
            response.set_cookie("newsintel_token", self.token, httponly=True, samesite="strict")
        return response


class BodySizeLimit(BaseHTTPMiddleware):
    """Refuse request bodies over the limit before reading them."""

    def __init__(self, app, *, max_bytes: int) -> None:
        super().__init__(app)
        self.max_bytes = max_bytes

    async def dispatch(self, request: Request, call_next) -> Response:
        length = request.headers.get("content-length")
        if length is not None and length.isdigit() and int(length) > self.max_bytes:
            return JSONResponse(
                {"error": "payload_too_large", "detail": f"request body over {self.max_bytes} bytes"},
                status_code=413,
            )
        return await call_next(request)
