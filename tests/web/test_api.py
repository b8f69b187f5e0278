"""Every REST endpoint, with good and bad input."""

import pytest


def test_documents_list_and_search(client):
    listing = client.get("/api/documents").json()
    assert listing["total"] == 2 and {d["id"] for d in listing["items"]} == {"raid", "hostile"}
    found = client.get("/api/documents", params={"q": "Kismayo"}).json()
    assert [d["id"] for d in found["items"]] == ["raid"]


def test_pagination_limits_and_offsets(client):
    page = client.get("/api/documents", params={"limit": 1, "offset": 1}).json()
    assert (page["limit"], page["offset"], page["total"], len(page["items"])) == (1, 1, 2, 1)
    assert client.get("/api/documents", params={"limit": 0}).status_code == 422
    assert client.get("/api/documents", params={"offset": -1}).status_code == 422


def test_document_report_round_trips_the_contract(client):
    data = client.get("/api/documents/raid").json()
    assert data["schema"] == "newsintel/1"
    assert [e["cameo"] for e in data["events"]] == ["190", "013"]
    assert data["claim_relations"][0]["relation"] == "denies"


def test_unknown_ids_are_404_with_a_message(client):
    for url in ("/api/documents/nope", "/api/actors/nope", "/api/claims/clusters/nope"):
        response = client.get(url)
        assert response.status_code == 404, url
        assert "nope" in response.json()["detail"]
    for url in ("/documents/nope", "/actors/nope", "/claims/nope", "/no-such-page"):
        response = client.get(url)
        assert response.status_code == 404 and response.headers["content-type"].startswith("text/html"), url
        assert "404 · Not found" in response.text


def test_actors_with_counts_and_one_actor(client):
    actors = {a["id"]: a for a in client.get("/api/actors").json()["items"]}
    assert actors["som-mil"]["events"] == 2 and actors["som-mil"]["claims"] == 1
    one = client.get("/api/actors/al-shabaab").json()
    assert one["actor"]["name"] == "al-Shabaab"
    assert {e["trigger"] for e in one["events"]["items"]} == {"raided", "denied"}
    assert one["events"]["total"] == 2 and one["claims"]["total"] == 1
    assert one["co_actors"]["items"] == [{"actor_id": "som-mil", "events": 2, "name": "Somali armed forces"}]


def test_event_filters(client):
    def triggers(**params):
        return [e["trigger"] for e in client.get("/api/events", params=params).json()["items"]]

    assert triggers() == ["raided", "denied"]
    assert triggers(code="19") == ["raided"]
    assert triggers(mode="asserted") == ["denied"]
    assert triggers(country="som", code="19") == ["raided"]
    assert triggers(since="2024-03-19") == []
    assert triggers(actor="al-shabaab") == ["raided", "denied"]


@pytest.mark.parametrize(
    "params",
    [
        {"mode": "rumoured"},
        {"since": "2024-13-01"},
        {"country": "Somalia"},
        {"code": "19x"},
        {"since": "2024-03-20", "until": "2024-03-01"},
    ],
)
def test_bad_event_filters_are_422_with_a_message(client, params):
    response = client.get("/api/events", params=params)
    assert response.status_code == 422
    assert response.json()["error"] == "invalid_request" and response.json()["detail"]


def test_claims_disputes_and_sourcing(client):
    sourcing = client.get("/api/sourcing").json()
    assert (sourcing["named"], sourcing["anonymous"], sourcing["direct"], sourcing["indirect"]) == (3, 1, 1, 3)
    clusters = client.get("/api/claims/clusters").json()
    assert clusters["total"] >= 0 and "items" in clusters
    disputes = client.get("/api/disputes").json()
    assert set(disputes) == {"items", "total", "limit", "offset"}


def test_analyze_rejects_malformed_empty_and_oversized_input(client):
    bad_json = client.post("/api/analyze", content=b"{not json", headers={"content-type": "application/json"})
    assert bad_json.status_code == 422 and bad_json.json()["error"] == "invalid_request"
    assert client.post("/api/analyze", json={"text": "   "}).status_code == 422
    assert client.post("/api/analyze", json={"text": "Troops withdrew.", "published": "yesterday"}).status_code == 422
    too_long = client.post("/api/analyze", json={"text": "word " * 2_500})
    assert too_long.status_code == 413 and "limit" in too_long.json()["detail"]
    too_big = client.post("/api/analyze", content=b"x" * 60_000, headers={"content-type": "application/json"})
    assert too_big.status_code == 413


@pytest.mark.model
def test_analyze_returns_the_contract(client):
    from newsintel.schema import validate_report

    response = client.post(
        "/api/analyze", json={"text": "Rebels attacked Goma on Monday, the army said.", "published": "2024-01-03"}
    )
    assert response.status_code == 200
    validate_report(response.json())
    assert response.json()["document"]["published"] == "2024-01-03"


def test_openapi_and_offline_docs(client):
    spec = client.get("/openapi.json").json()
    assert {"/api/documents", "/api/events", "/api/analyze", "/api/disputes", "/api/sourcing"} <= set(spec["paths"])
    docs = client.get("/docs").text
    assert "cdn" not in docs.lower()


def test_every_response_carries_a_content_security_policy(client):
    for url in ("/", "/documents/raid", "/api/documents", "/assets/app.js"):
        policy = client.get(url).headers["content-security-policy"]
        assert "script-src 'self'" in policy and "unsafe-inline" not in policy.split("script-src")[1].split(";")[0]


def test_pages_render(client):
    for url in (
        "/",
        "/search?q=camp",
        "/documents/raid",
        "/actors",
        "/actors/som-mil",
        "/network",
        "/events",
        "/events?mode=reported",
        "/disputes",
    ):
        response = client.get(url)
        assert response.status_code == 200, url
        assert response.headers["content-type"].startswith("text/html")


def test_hostile_text_is_escaped_on_the_document_page(client):
    page = client.get("/documents/hostile").text
    assert "<script>window.__pwned" not in page
    assert "<img src=x" not in page and 'href="javascript:' not in page
    assert "&lt;script&gt;window.__pwned" in page


def test_token_is_required_on_every_request_when_set(corpus_db):
    from fastapi.testclient import TestClient

    from newsintel.web.app import create_app

    client = TestClient(create_app(db=corpus_db, token="s3cret"), base_url="http://localhost")
    assert client.get("/api/documents").status_code == 401
    assert client.get("/", headers={"Authorization": "Bearer wrong"}).status_code == 401
    assert client.get("/api/documents", headers={"Authorization": "Bearer s3cret"}).status_code == 200
    assert client.get("/?token=s3cret").status_code == 200
    assert client.get("/api/documents").status_code == 200  # the cookie set by ?token=


def test_serve_refuses_a_public_address_without_a_token(monkeypatch):
    from typer.testing import CliRunner

    from newsintel.cli import _register_commands
    from newsintel.cli.app import app

    monkeypatch.delenv("NEWSINTEL_TOKEN", raising=False)
    _register_commands()
    result = CliRunner().invoke(app, ["serve", "--host", "0.0.0.0"])
    assert result.exit_code != 0
    assert "--token" in str(result.exception) or "--token" in result.output
