"""The limits the workbench promises: body size, analysis timeout, Host allow-list, tokens,
cookies, offsets, error pages with security headers, keep-alive after a 500."""

from __future__ import annotations

import asyncio
import http.client
import os

import pytest
from fastapi.testclient import TestClient

from newsintel.web.app import create_app
from newsintel.web.security import allowed_hosts, host_name, is_loopback


@pytest.mark.parametrize("host", ["", " ", "0.0.0.0", "::", "[::]", "*", "192.168.1.4", "example.org"])
def test_empty_and_wildcard_hosts_are_public(host):
    assert not is_loopback(host)


@pytest.mark.parametrize("host", ["127.0.0.1", "127.1.2.3", "::1", "[::1]", "localhost"])
def test_loopback_hosts(host):
    assert is_loopback(host)


@pytest.mark.parametrize("host", ["", "0.0.0.0", "::"])
def test_serve_refuses_every_interface_without_a_token(monkeypatch, host):
    from typer.testing import CliRunner

    from newsintel.cli import _register_commands
    from newsintel.cli.app import app

    monkeypatch.delenv("NEWSINTEL_TOKEN", raising=False)
    _register_commands()
    result = CliRunner().invoke(app, ["serve", "--host", host])
    assert result.exit_code != 0
    assert "--token" in str(result.exception) or "--token" in result.output


def test_host_names_and_the_allow_list():
    assert host_name("LOCALHOST:8000") == "localhost" and host_name("[::1]:80") == "::1" and host_name("::1") == "::1"
    assert allowed_hosts("0.0.0.0") == {"localhost", "127.0.0.1", "::1"}
    assert allowed_hosts("10.0.0.5", ["news.example"]) == {"localhost", "127.0.0.1", "::1", "10.0.0.5", "news.example"}


def test_a_foreign_host_header_is_refused(corpus_db):
    app = create_app(db=corpus_db, allowed_host=["news.example"])
    assert TestClient(app, base_url="http://rebound.attacker.example").get("/api/documents").status_code == 400
    page = TestClient(app, base_url="http://rebound.attacker.example").get("/")
    assert page.status_code == 400 and "--allowed-host rebound.attacker.example" in page.text
    assert page.headers["content-security-policy"].startswith("default-src 'self'")
    for base in ("http://localhost:8000", "http://127.0.0.1", "http://[::1]:8000", "http://news.example"):
        assert TestClient(app, base_url=base).get("/api/documents").status_code == 200, base


def test_tokens_are_compared_as_bytes(corpus_db):
    client = TestClient(create_app(db=corpus_db, token="clé-secrète"), base_url="http://localhost")
    assert client.get("/api/documents", headers={"Authorization": "Bearer clé-secrète".encode()}).status_code == 200
    assert client.get("/api/documents", headers={"Authorization": "Bearer clé-fausse".encode()}).status_code == 401
    assert (
        client.get("/api/documents", headers={"Authorization": "Bearer ünïcödé".encode("latin-1")}).status_code == 401
    )
    assert client.get("/api/documents", params={"token": "clé-secrète"}).status_code == 200
    assert client.get("/api/documents").status_code == 200  # the cookie ?token= set carries it intact


def test_a_fresh_query_token_replaces_a_stale_cookie(corpus_db):
    client = TestClient(create_app(db=corpus_db, token="new-token"), base_url="http://localhost")
    client.cookies.set("newsintel_token", "old-token")
    assert client.get("/api/documents").status_code == 401
    response = client.get("/", params={"token": "new-token"})
    assert response.status_code == 200 and "newsintel_token=new-token" in response.headers["set-cookie"]
    assert "secure" not in response.headers["set-cookie"].lower()
    assert client.get("/api/documents").status_code == 200


def test_the_cookie_is_secure_over_https(corpus_db):
    client = TestClient(create_app(db=corpus_db, token="t0k"), base_url="https://localhost")
    cookie = client.get("/", params={"token": "t0k"}).headers["set-cookie"].lower()
    assert "secure" in cookie and "httponly" in cookie and "samesite=strict" in cookie


def test_unauthorized_pages_are_html_with_headers(corpus_db):
    client = TestClient(create_app(db=corpus_db, token="t0k"), base_url="http://localhost")
    page = client.get("/actors")
    assert page.status_code == 401 and "Access token required" in page.text
    assert page.headers["x-frame-options"] == "DENY"


@pytest.mark.parametrize(
    "url",
    [
        "/api/documents?offset=99999999999999999999",
        "/?offset=99999999999999999999",
        "/actors/som-mil?events_offset=10000001",
        "/api/events?limit=100000",
    ],
)
def test_huge_offsets_and_limits_are_422(client, url):
    response = client.get(url)
    assert response.status_code == 422


def test_redoc_is_gone_and_the_docs_are_offline(client):
    assert client.get("/redoc").status_code == 404
    docs = client.get("/docs")
    assert docs.status_code == 200 and "cdn" not in docs.text.lower()


def _broken_app(corpus_db):
    app = create_app(db=corpus_db)

    def boom():
        raise RuntimeError("a bug")

    app.add_api_route("/api/boom", boom)
    app.add_api_route("/boom", boom)
    return app


def test_a_500_is_an_error_page_with_the_security_headers(corpus_db):
    client = TestClient(_broken_app(corpus_db), base_url="http://localhost", raise_server_exceptions=False)
    page = client.get("/boom")
    assert page.status_code == 500 and "500 · Server error" in page.text and "a bug" not in page.text
    api = client.get("/api/boom")
    assert api.status_code == 500 and api.json() == {
        "error": "server_error",
        "detail": "the server failed to answer this request",
    }
    for response in (page, api):
        assert "script-src 'self'" in response.headers["content-security-policy"]
        assert response.headers["x-content-type-options"] == "nosniff"


def test_every_error_carries_the_security_headers(client):
    for response in (
        client.get("/nope"),
        client.get("/events?mode=rumoured"),
        client.get("/api/events?code=x"),
        client.post("/api/analyze", content=b"x" * 60_000, headers={"content-type": "application/json"}),
        client.delete("/api/documents"),
    ):
        assert response.status_code >= 400
        assert response.headers["x-frame-options"] == "DENY", response.status_code


def _asgi_post(app, chunks, *, chunked: bool):
    """POST `chunks` to `app` directly; returns (status, number of chunks the app pulled)."""
    pulled = 0
    status = []
    headers = [(b"host", b"localhost"), (b"content-type", b"application/json")]
    if chunked:
        headers.append((b"transfer-encoding", b"chunked"))
    scope = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": "POST",
        "scheme": "http",
        "path": "/api/analyze",
        "raw_path": b"/api/analyze",
        "query_string": b"",
        "headers": headers,
        "client": ("127.0.0.1", 1),
        "server": ("127.0.0.1", 80),
        "root_path": "",
    }

    async def receive():
        nonlocal pulled
        pulled += 1
        if pulled <= len(chunks):
            return {"type": "http.request", "body": chunks[pulled - 1], "more_body": pulled < len(chunks)}
        return {"type": "http.disconnect"}

    async def send(message):
        if message["type"] == "http.response.start":
            status.append(message["status"])

    asyncio.run(app(scope, receive, send))
    return status[0], pulled


def test_a_chunked_body_is_cut_off_at_the_limit(corpus_db):
    app = create_app(db=corpus_db, max_body_bytes=50_000)
    chunks = [b"x" * 10_000] * 2000  # 20 MB offered, 10 kB at a time
    status, pulled = _asgi_post(app, chunks, chunked=True)
    assert status == 413 and pulled == 6  # stopped at the first chunk over 50 kB


def test_a_small_chunked_body_goes_through(corpus_db):
    app = create_app(db=corpus_db, max_body_bytes=50_000)
    status, _ = _asgi_post(app, [b'{"text": ', b'"   "}'], chunked=True)
    assert status == 422  # read in full, then validated: blank text


def test_an_analysis_that_times_out_is_stopped_and_its_memory_freed(corpus_db):
    import analysis_jobs

    app = create_app(db=corpus_db, analysis_job=analysis_jobs.slow_and_hungry, analysis_timeout=3)
    with TestClient(app, base_url="http://localhost") as client:
        response = client.post("/api/analyze", json={"text": "Troops withdrew."})
        assert response.status_code == 504 and "stopped" in response.json()["detail"]
        runner = app.state.settings.runner
        assert runner.pids() == []  # the worker that held the memory is gone


def test_the_analysis_worker_is_reused_between_requests(corpus_db):
    import analysis_jobs

    app = create_app(db=corpus_db, analysis_job=analysis_jobs.echo)
    with TestClient(app, base_url="http://localhost") as client:
        assert client.post("/api/analyze", json={"text": "one"}).json() == {"echo": "one"}
        pid = app.state.settings.runner.pids()
        assert client.post("/api/analyze", json={"text": "two"}).json() == {"echo": "two"}
        assert app.state.settings.runner.pids() == pid and pid and pid[0] != os.getpid()


def test_keep_alive_survives_a_500(corpus_db):
    from conftest import running_server

    with running_server(_broken_app(corpus_db)) as url:
        connection = http.client.HTTPConnection(url.split("//")[1], timeout=10)
        connection.request("GET", "/api/boom")
        first = connection.getresponse()
        first.read()
        assert first.status == 500 and first.getheader("content-security-policy")
        connection.request("GET", "/api/health")  # the same connection
        second = connection.getresponse()
        assert second.status == 200 and second.read() == b'{"status":"ok"}'
        connection.close()


def test_a_chunked_body_over_the_limit_on_a_real_server(corpus_db):
    from conftest import running_server

    with running_server(create_app(db=corpus_db, max_body_bytes=50_000)) as url:
        connection = http.client.HTTPConnection(url.split("//")[1], timeout=10)
        connection.request(
            "POST",
            "/api/analyze",
            body=iter([b"x" * 10_000] * 10),
            encode_chunked=True,
            headers={"Content-Type": "application/json", "Transfer-Encoding": "chunked"},
        )
        response = connection.getresponse()
        assert response.status == 413 and b"50000 bytes" in response.read()
        connection.close()
