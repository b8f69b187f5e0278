"""The workbench's lists as an analyst uses them: filters (as forms send them), counts, sorting,
paging, downloads, the actor timeline, the cached ledger, and ids and text that used to break."""

from __future__ import annotations

import csv
import io
import json
from urllib.parse import quote

import pytest

from conftest import ODD_ID


def test_empty_form_fields_are_no_filter_on_the_api_and_the_pages(client):
    # what the Events form sends when every box is left blank: was a 422 for each field
    blank = "since=&until=&actor=&country=&place_country=&code=&plover=&mode="
    assert client.get(f"/api/events?{blank}").json()["total"] == 2
    for url in (
        f"/events?{blank}",
        f"/network?{blank}",
        "/?q=&since=&until=&publisher=&has_events=",
        "/actors?q=&type=&country=",
        "/claims?q=&disputed=",
    ):
        assert client.get(url).status_code == 200, url


def test_a_filled_form_field_still_filters_and_a_bad_one_names_itself(client):
    assert [e["trigger"] for e in client.get("/api/events?country=&code=19").json()["items"]] == ["raided"]
    page = client.get("/events?since=2024-13-01&code=")
    assert page.status_code == 422 and page.headers["content-type"].startswith("text/html")
    assert "<b>since</b>" in page.text
    api = client.get("/api/events?code=1x").json()
    assert api["error"] == "invalid_request" and api["detail"][0]["where"] == "query.code"


def test_documents_carry_their_counts(client):
    items = {d["id"]: d for d in client.get("/api/documents").json()["items"]}
    assert (items["raid"]["n_events"], items["raid"]["n_attributions"], items["raid"]["n_claims"]) == (2, 3, 2)
    assert (items["hostile"]["n_events"], items["hostile"]["n_attributions"]) == (0, 1)
    page = client.get("/").text
    assert '<td class="num">2</td><td class="num">3</td><td class="num">2</td>' in page


def test_document_filters_and_sorting(rich):
    def ids(**params):
        return [d["id"] for d in rich.get("/api/documents", params=params).json()["items"]]

    assert ids(sort="published") == [ODD_ID, "raid", "raid-copy", "hostile"]
    assert ids(sort="-events")[:2] == ["raid", "raid-copy"]
    assert ids(publisher="Other Wire") == ["raid-copy"]
    assert ids(has_events="false") == ["hostile"]
    assert ids(since="2024-03-19", until="2024-03-19") == ["hostile"]
    assert ids(q="camp", publisher="Example Wire") == ["raid"]
    bad = rich.get("/api/documents", params={"sort": "colour"})
    assert bad.status_code == 422 and "sort" in bad.json()["detail"][0]["where"]


def test_an_untitled_article_shows_its_first_words_not_its_id(rich):
    page = rich.get("/?publisher=").text
    assert "Police said the convoy was stopped" in page and "no title" in page


def test_actor_filters_and_sorting(rich):
    def ids(**params):
        return [a["id"] for a in rich.get("/api/actors", params=params).json()["items"]]

    assert ids(sort="name") == ["al-shabaab", "police", "som-mil"]
    assert ids(type="police") == ["police"]
    assert ids(country="som", sort="-name") == ["som-mil", "al-shabaab"]


def test_event_sorting_and_the_acled_filter_on_a_schema_without_it(client):
    assert [e["trigger"] for e in client.get("/api/events?sort=-trigger").json()["items"]] == ["raided", "denied"]
    assert client.get("/api/events?sort=-date").status_code == 200
    response = client.get("/api/events?acled_type=Battles")
    from newsintel.store.queries import has_event_column

    if has_event_column("acled_event_type"):
        assert response.status_code == 200
    else:
        assert response.status_code == 422 and response.json()["detail"][0]["where"] == "query.acled_type"


def test_paging_says_how_many(client):
    page = client.get("/events?limit=1").text
    assert "1–2 of 2 events" in page
    actor = client.get("/api/actors/som-mil", params={"limit": 1}).json()
    assert (actor["events"]["total"], len(actor["events"]["items"])) == (2, 1)
    html = client.get("/actors/som-mil").text
    assert "1–2 of 2 events" in html and "1–1 of 1 claims" in html and "Acts with (1 actors)" in html


def test_downloads_hold_exactly_the_rows_of_the_page(client):
    response = client.get("/api/events", params={"limit": 1, "offset": 1, "format": "csv"})
    assert response.headers["content-disposition"] == 'attachment; filename="events-2-2.csv"'
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert [r["trigger"] for r in rows] == ["denied"] and rows[0]["source_name"] == "al-Shabaab"
    geo = client.get("/api/events", params={"code": "19", "format": "geojson"}).json()
    assert geo["type"] == "FeatureCollection" and geo["unlocated"] == 0
    assert geo["features"][0]["geometry"] == {"type": "Point", "coordinates": [42.545, -0.358]}
    assert geo["features"][0]["properties"]["trigger"] == "raided"
    listed = client.get("/api/documents", params={"format": "json", "limit": 1}).json()
    assert listed["total"] == 2 and len(listed["items"]) == 1
    assert client.get("/api/actors", params={"format": "geojson"}).status_code == 422


def test_the_page_links_its_downloads_with_its_own_filters(client):
    page = client.get("/events?code=19&sort=-date").text
    assert 'href="/api/events?code=19&amp;sort=-date&amp;format=geojson&amp;limit=50"' in page


def test_a_map_count_is_what_its_click_lists(client):
    page = client.get("/events").text
    assert "SOM: 1 events" in page and 'href="/events?place_country=SOM"' in page
    assert client.get("/api/events?place_country=SOM").json()["total"] == 1


def test_the_timeline_keeps_year_only_dates_off_the_month_axis(rich):
    page = rich.get("/events").text
    assert "1 events dated only to a year are not on the axis" in page
    assert 'data-month="2024-03"' in page and 'data-month="2023"' not in page


@pytest.mark.parametrize(
    "q", ["and", "or", "not", "to be or not to be", "NEAR(camp raid)", '"unbalanced', "*", "camp -"]
)
def test_any_search_text_is_a_literal_search(client, q):
    assert client.get("/api/documents", params={"q": q}).status_code == 200
    assert client.get("/search", params={"q": q}).status_code == 200


def test_like_wildcards_match_themselves(client):
    assert client.get("/api/actors", params={"q": "%"}).json()["total"] == 0
    assert client.get("/api/actors", params={"q": "_"}).json()["total"] == 0
    assert client.get("/api/actors", params={"q": "shab"}).json()["total"] == 1


def test_an_id_with_reserved_characters_is_addressable(rich):
    encoded = quote(ODD_ID, safe="")
    assert rich.get(f"/api/documents/{encoded}").json()["document"]["id"] == ODD_ID
    assert rich.get(f"/documents/{encoded}").status_code == 200
    assert f'href="/documents/{encoded}"' in rich.get("/").text


def test_bidi_controls_are_shown_not_obeyed(rich):
    page = rich.get(f"/documents/{quote(ODD_ID, safe='')}").text
    assert "\u202e" not in page and "⟦U+202E⟧gnp.exe⟦U+202C⟧" in page
    assert "\u202e" in rich.get(f"/api/documents/{quote(ODD_ID, safe='')}").json()["document"]["text"]


def test_syndicated_copies_are_listed_once_with_their_count(rich):
    disputes = rich.get("/api/disputes").json()["items"]
    assert len(disputes) == 1
    sources = disputes[0]["for_sources"]
    assert [(s["speaker"], s["copies"]) for s in sources] == [("Somali armed forces", 2)]
    assert sorted(sources[0]["documents"]) == ["raid", "raid-copy"]
    page = rich.get("/disputes").text
    assert page.count("Government troops raided a militant camp near Kismayo on Monday") == 2  # heading + one row
    assert "2 copies" in page


def test_claim_cluster_and_sourcing_pages(rich):
    clusters = rich.get("/api/claims/clusters", params={"disputed": "true"}).json()
    cluster_id = clusters["items"][0]["id"]
    assert rich.get(f"/api/claims/clusters/{cluster_id}").json()["disputed"] is True
    page = rich.get(f"/claims/{cluster_id}").text
    assert "disputes · 1 independent origin" in page
    assert "Kismayo" in rich.get("/claims?q=kismayo").text
    sourcing = rich.get("/sourcing").text
    assert "Other Wire" in sourcing and "Example Wire" in sourcing
    publishers = {row["publisher"]: row for row in rich.get("/api/sourcing/publishers").json()}
    assert publishers["Other Wire"]["documents"] == 1 and publishers[None]["documents"] == 2


def test_the_ledger_is_computed_once_kept_in_the_store_and_redone_after_an_ingest(tmp_path, monkeypatch):
    import time

    from fastapi.testclient import TestClient

    from conftest import hostile_report, raid_report
    from newsintel.ledger import claims as ledger_claims
    from newsintel.store import open_store
    from newsintel.web.app import create_app

    calls = []
    real = ledger_claims.reconcile
    monkeypatch.setattr(
        ledger_claims, "reconcile", lambda reports, **kw: calls.append(len(reports)) or real(reports, **kw)
    )
    store = open_store(tmp_path / "c.db")
    store.save([raid_report()])
    client = TestClient(create_app(store=store), base_url="http://localhost")
    for url in ("/api/disputes", "/disputes", "/api/claims/clusters", "/claims"):
        assert client.get(url).status_code == 200
    assert calls == [1]
    restarted = TestClient(create_app(store=store), base_url="http://localhost")
    assert restarted.get("/api/disputes").json()["total"] == 1 and calls == [1]  # read from the store
    store.save([hostile_report()])
    time.sleep(1.1)  # the fingerprint is re-read at most once a second
    assert client.get("/api/disputes").status_code == 200  # answered at once, from the previous ledger
    deadline = time.monotonic() + 10
    while calls != [1, 2] and time.monotonic() < deadline:
        time.sleep(0.05)
    assert calls == [1, 2]
    while "being recomputed" in client.get("/disputes").text and time.monotonic() < deadline:
        time.sleep(0.05)
    assert "covers every stored document." in client.get("/disputes").text


def test_json_of_an_event_carries_every_stored_column(client):
    from newsintel.store.queries import event_column_names

    event = client.get("/api/events").json()["items"][0]
    assert set(event_column_names()) - {"pk"} <= set(event)
    assert json.dumps(event)


@pytest.mark.parametrize(
    "query, expected",
    [
        ("to be or not to be", '"to" "be" "or" "not" "to" "be"'),
        ("NEAR(a b)", '"NEAR(a" "b)"'),
        ("a OR b", '"a" OR "b"'),
        ("OR a OR", '"OR" "a" "OR"'),
        ("a OR OR b", '"a" OR "OR" "b"'),
        ('say "no way" now*', '"say" "no way" "now"*'),
        ("***", '""'),
    ],
)
def test_search_text_becomes_quoted_fts5_terms(query, expected):
    from newsintel.store.queries import _fts5_query

    assert _fts5_query(query) == expected


def test_search_text_becomes_a_safe_tsquery():
    from newsintel.store.queries import _tsquery

    assert _tsquery("to be or not") == "to & be & or & not"
    assert _tsquery("a OR b") == "a | b"
    assert _tsquery("OR") == "OR"


def test_a_document_links_to_its_events_in_the_list(client):
    page = client.get("/documents/raid").text
    assert 'href="/events?document=raid"' in page
    listed = client.get("/events?document=raid").text
    assert "2 events" in listed and 'name="document" value="raid"' in listed
    assert client.get("/api/events?document=hostile").json()["total"] == 0


def test_the_cache_keeps_a_bounded_number_of_views_and_never_drops_the_ledger(tmp_path):
    from newsintel.store import open_store
    from newsintel.web.data import CorpusCache, Persist

    store = open_store(tmp_path / "c.db")
    cache = CorpusCache(max_entries=3)
    cache.get(store, "ledger", lambda: {"clusters": []}, persist=Persist(dump=lambda v: v, load=lambda v: v))
    for n in range(10):
        assert cache.get(store, f"view{n}", lambda n=n: n) == n
    assert list(cache.values) == ["ledger", "view7", "view8", "view9"]


def test_documents_and_actors_link_their_claims_to_the_ledger(tmp_path):
    from fastapi.testclient import TestClient

    from conftest import copy_report, raid_report
    from newsintel.store import open_store
    from newsintel.web.app import create_app

    store = open_store(tmp_path / "c.db")
    store.save([raid_report(), copy_report(raid_report(), "raid-copy", publisher="Other Wire")])
    rich = TestClient(create_app(store=store), base_url="http://127.0.0.1")
    assert "In the claims ledger" not in rich.get("/documents/raid-copy").text  # never waits for the ledger
    cluster = rich.get("/api/disputes").json()["items"][0]["id"]
    assert f'href="/claims/{cluster}"' in rich.get("/documents/raid-copy").text
    actor = rich.get("/actors/al-shabaab").text
    assert f'class="cluster" href="/claims/{cluster}">disputed</a>' in actor


def test_events_of_syndicated_copies_can_be_listed_once(rich):
    assert rich.get("/api/events?actor=al-shabaab").json()["total"] == 4
    assert rich.get("/api/events?actor=al-shabaab&unique=true").json()["total"] == 2
    assert 'name="unique" value="true" checked' in rich.get("/events?unique=true").text
