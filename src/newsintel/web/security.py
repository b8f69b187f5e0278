"""What keeps the workbench safe to expose: an access token, a Host allow-list, security headers,
request limits, and an error boundary that answers every failure itself.

All are plain ASGI middleware (not BaseHTTPMiddleware): they see every response, errors
included, and can stop reading a request body the moment it is over the limit.
"""

from __future__ import annotations

import hmac
import ipaddress
import logging
from collections.abc import Callable, Iterable
from http.cookies import SimpleCookie
from urllib.parse import parse_qs, quote_from_bytes, unquote_to_bytes

from starlette.exceptions import HTTPException
from starlette.responses import Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

logger = logging.getLogger(__name__)

TOKEN_ENV = "NEWSINTEL_TOKEN"
TOKEN_COOKIE = "newsintel_token"

# Scripts only from our own origin; no inline script, no plugins, no framing, no remote fetches.
CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'"
)
# The bundled Swagger UI starts itself with an inline script; it shows no article text.
API_DOCS_POLICY = (
    "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'"
)
API_DOCS_PATHS = ("/docs", "/docs/oauth2-redirect")

# Names that always reach this machine only; what a browser sends as Host for a local server.
LOCAL_HOSTS = ("localhost", "127.0.0.1", "::1")
WILDCARD_HOSTS = ("", "0.0.0.0", "::", "*", "[::]")

# (scope, status, message, problems) -> the response to send; app.py renders HTML or JSON.
ErrorRenderer = Callable[[Scope, int, str, list[dict[str, str]] | None], Response]


def is_loopback(host: str) -> bool:
    """Whether binding `host` keeps the server on this machine. Empty and wildcard hosts bind
    every interface: they are public."""
    host = host.strip().strip("[]")
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def allowed_hosts(bind_host: str, extra: Iterable[str] = ()) -> frozenset[str]:
    """The Host names a request may carry: the localhost names, the bind address (unless it is
    a wildcard) and the names given with --allowed-host."""
    names = {*LOCAL_HOSTS, *(h.strip().lower().strip("[]") for h in extra if h.strip())}
    if bind_host.strip() not in WILDCARD_HOSTS:
        names.add(bind_host.strip().lower().strip("[]"))
    return frozenset(names)


def host_name(header: str) -> str:
    """The name in a Host header, without the port and the IPv6 brackets, lower case."""
    header = header.strip().lower()
    if header.startswith("["):
        return header[1 : header.find("]")] if "]" in header else header[1:]
    return header.rsplit(":", 1)[0] if header.count(":") == 1 else header


def _header(scope: Scope, name: bytes) -> bytes | None:
    for key, value in scope.get("headers", ()):
        if key == name:
            return value
    return None


def _add_headers(message: Message, headers: dict[bytes, bytes]) -> None:
    present = {key.lower() for key, _ in message.get("headers", ())}
    message["headers"] = [
        *message.get("headers", ()),
        *((key, value) for key, value in headers.items() if key not in present),
    ]


class SecurityHeaders:
    """The same security headers on every response, errors and 500s included."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        policy = API_DOCS_POLICY if scope["path"] in API_DOCS_PATHS else CONTENT_SECURITY_POLICY
        headers = {
            b"content-security-policy": policy.encode(),
            b"x-content-type-options": b"nosniff",
            b"referrer-policy": b"no-referrer",
            b"x-frame-options": b"DENY",
        }

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                _add_headers(message, headers)
            await send(message)

        await self.app(scope, receive, send_with_headers)


class ErrorBoundary:
    """Answers any exception with a 500 page (never a traceback) and does not re-raise it, so
    the server keeps the connection alive for the next request."""

    def __init__(self, app: ASGIApp, *, render: ErrorRenderer) -> None:
        self.app = app
        self.render = render

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        started = False

        async def tracking_send(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, receive, tracking_send)
        except HTTPException as exc:  # raised outside the routes (a body over the limit)
            if not started:
                await self.render(scope, exc.status_code, str(exc.detail), None)(scope, receive, send)
        except Exception:  # logged; answered with a 500 page, never a traceback
            logger.exception("error answering %s %s", scope.get("method"), scope.get("path"))
            if not started:
                response = self.render(scope, 500, "the server failed to answer this request", None)
                await response(scope, receive, send)


class HostCheck:
    """Refuses requests whose Host header is not an allowed name (DNS rebinding: a hostile page
    pointing its own name at 127.0.0.1 must not read the corpus)."""

    def __init__(self, app: ASGIApp, *, hosts: frozenset[str], render: ErrorRenderer) -> None:
        self.app = app
        self.hosts = hosts
        self.render = render

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        raw = _header(scope, b"host")
        name = host_name(raw.decode("latin-1")) if raw is not None else ""
        if name not in self.hosts:
            message = (
                f"the Host {name!r} is not served here; start the server with --allowed-host {name}"
                if name
                else "a Host header is required"
            )
            return await self.render(scope, 400, message, None)(scope, receive, send)
        await self.app(scope, receive, send)


class TokenCheck:
    """Every request must carry the token: `Authorization: Bearer T`, `?token=T` or the cookie,
    in that order (a fresh `?token=` beats a stale cookie). Tokens are compared as bytes.

    A browser that opens `/?token=T` gets the token as an HttpOnly, SameSite cookie (Secure when
    the request came over HTTPS), so the pages' own links and assets work without repeating it.
    """

    def __init__(self, app: ASGIApp, *, token: str, render: ErrorRenderer) -> None:
        self.app = app
        self.token = token.encode("utf-8")
        self.render = render

    def presented(self, scope: Scope) -> tuple[bytes | None, bool]:
        """(the token presented, whether it came as ?token=)."""
        header = _header(scope, b"authorization") or b""
        if header[:7].lower() == b"bearer ":
            return header[7:].strip(), False
        query = parse_qs(scope.get("query_string", b"").decode("latin-1"), encoding="latin-1")
        if query.get("token"):
            return query["token"][-1].encode("latin-1"), True  # the bytes as sent, %-decoded
        cookie = SimpleCookie()
        try:
            cookie.load((_header(scope, b"cookie") or b"").decode("latin-1"))
        except Exception:  # noqa: BLE001 - a malformed Cookie header presents no token
            return None, False
        morsel = cookie.get(TOKEN_COOKIE)
        return (unquote_to_bytes(morsel.value), False) if morsel else (None, False)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        token, from_query = self.presented(scope)
        if token is None or not hmac.compare_digest(token, self.token):
            return await self.render(scope, 401, "a valid access token is required", None)(scope, receive, send)
        if not from_query:
            return await self.app(scope, receive, send)
        cookie = Response()
        # %-encoded: a cookie holds ASCII only, and any token must survive the round trip
        cookie.set_cookie(
            TOKEN_COOKIE,
            quote_from_bytes(self.token, safe=""),
            httponly=True,
            samesite="strict",
            secure=scope.get("scheme") == "https",
            path="/",
        )
        set_cookie = [(k, v) for k, v in cookie.raw_headers if k == b"set-cookie"]

        async def send_with_cookie(message: Message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = [*message.get("headers", ()), *set_cookie]
            await send(message)

        await self.app(scope, receive, send_with_cookie)


class BodyTooLarge(HTTPException):
    def __init__(self, max_bytes: int) -> None:
        super().__init__(413, f"request body over {max_bytes} bytes")


class BodySizeLimit:
    """Refuses request bodies over the limit: at once when Content-Length says so, and while
    reading otherwise (chunked bodies), so no more than the limit is ever held in memory."""

    def __init__(self, app: ASGIApp, *, max_bytes: int, render: ErrorRenderer) -> None:
        self.app = app
        self.max_bytes = max_bytes
        self.render = render

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        length = _header(scope, b"content-length")
        if length is not None and (not length.isdigit() or int(length) > self.max_bytes):
            message = f"request body over {self.max_bytes} bytes" if length.isdigit() else "bad Content-Length"
            return await self.render(scope, 413 if length.isdigit() else 400, message, None)(scope, receive, send)
        received = 0

        async def counting_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_bytes:
                    raise BodyTooLarge(self.max_bytes)
            return message

        await self.app(scope, counting_receive, send)
