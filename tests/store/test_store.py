"""The corpus store on SQLite and PostgreSQL: round trip, idempotence, queries, dedup groups."""

from __future__ import annotations

import os
import sqlite3

import pytest

from newsintel.errors import InputError, StageError, StoreError
from newsintel.records import (
    Actor,
    AnonymousSource,
    Attribution,
    Claim,
    ClaimRelation,
    DateMention,
    Document,
    Event,
    Flag,
    Place,
    Report,
    Span,
    Speaker,
)
from newsintel.store import open_store
from newsintel.store.engine import database_url

POSTGRES_URL = os.environ.get("NEWSINTEL_TEST_POSTGRES_URL")


def _reset_postgres(url: str) -> None:
    from sqlalchemy import create_engine, text

    engine = create_engine(database_url(url))
    with engine.begin() as conn:
        conn.execute(text("DROP SCHEMA public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    engine.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def store(request, tmp_path):
    if request.param == "sqlite":
        db = open_store(tmp_path / "test.db")
    else:
        if not POSTGRES_URL:
            pytest.skip('set NEWSINTEL_TEST_POSTGRES_URL (eval "$(scripts/start-postgres.sh)") to run PostgreSQL tests')
        _reset_postgres(POSTGRES_URL)
        db = open_store(POSTGRES_URL)
    yield db
    db.close()


TEXT = (
    "Taliban fighters attacked a police checkpoint in Kabul on Monday, two senior officials said.\n\n"
    "The Interior Ministry denied that the checkpoint had fallen."
)


def _span(needle: str, start: int = 0) -> Span:
    begin = TEXT.index(needle, start)
    return Span.of(TEXT, begin, begin + len(needle))


def full_report(doc_id: str = "doc-1", text: str = TEXT, published: str = "2021-08-16") -> Report:
    """A report with one item of every kind, written by hand."""
    document = Document(
        id=doc_id,
        text=text,
        title="Checkpoint attacked",
        published=published,
        url="https://example.org/a",
        publisher="Example",
        source="feed.jsonl:1",
    )
    if text != TEXT:
        return Report(document=document, model="test")
    speaker = Speaker(
        text="two senior officials",
        span=_span("two senior officials"),
        anonymous=True,
        kind="anonymous",
        anonymous_source=AnonymousSource(role="official", rank="senior", number=2, plural=True),
    )
    return Report(
        document=document,
        actors=[
            Actor(
                id="taliban",
                name="Taliban",
                type="insurgent",
                country="AFG",
                cameo="AFGINS",
                mentions=[_span("Taliban")],
            ),
            Actor(
                id="afg-police",
                name="Afghan police",
                type="police",
                country="AFG",
                cameo="AFGCOP",
                mentions=[_span("police")],
            ),
            Actor(
                id="afg-moi",
                name="Interior Ministry",
                type="ministry",
                country="AFG",
                cameo="AFGGOV",
                mentions=[_span("Interior Ministry")],
                roles=["interior"],
            ),
        ],
        attributions=[
            Attribution(
                id="a1",
                kind="indirect",
                content=[_span("Taliban fighters attacked a police checkpoint in Kabul on Monday")],
                speaker=speaker,
                cue=_span("said"),
                cue_lemma="say",
            )
        ],
        events=[
            Event(
                id="e1",
                trigger=_span("attacked"),
                cameo="190",
                plover="ASSAULT",
                source="taliban",
                target="afg-police",
                place="kabul",
                date="2021-08-16",
                goldstein=-10.0,
                quad_class=4,
                attribution="a1",
                sentence=Span.of(TEXT, 0, TEXT.index("\n")),
                rule="attack-verb",
            ),
            Event(
                id="e2",
                trigger=_span("denied"),
                cameo="024",
                plover=None,
                mode="asserted",
                source="afg-moi",
                goldstein=-0.5,
                quad_class=3,
            ),
        ],
        places=[
            Place(
                id="kabul",
                name="Kabul",
                kind="city",
                country="AFG",
                lat=34.53,
                lon=69.17,
                geonameid=1138958,
                admin1="13",
                mentions=[_span("Kabul")],
            )
        ],
        dates=[DateMention(id="d1", span=_span("Monday"), value="2021-08-16", granularity="day", relation="on")],
        claims=[
            Claim(
                id="c1",
                text="Taliban fighters attacked a police checkpoint in Kabul",
                attribution="a1",
                speaker_text="two senior officials",
                speaker_kind="anonymous",
                span=_span("Taliban fighters attacked"),
            ),
            Claim(
                id="c2",
                text="the checkpoint had fallen",
                speaker="afg-moi",
                stance="denial",
                polarity="negative",
                span=_span("the checkpoint had fallen"),
            ),
        ],
        claim_relations=[
            ClaimRelation(source="c2", target="c1", relation="contradicts", confidence=0.8, rule="denial")
        ],
        flags=[Flag(kind="anonymous-only", message="every source is anonymous")],
        model="test-model",
    )


def test_report_round_trips_exactly(store):
    report = full_report()
    summary = store.save([report])
    assert (summary.documents_added, summary.errors_added, summary.skipped) == (1, 0, 0)
    loaded = store.load_report("doc-1")
    assert loaded == report
    assert loaded.to_dict() == report.to_dict()


def test_item_tables_are_filled(store):
    store.save([full_report()])
    assert store.stats() == {
        "documents": 1,
        "actors": 3,
        "attributions": 1,
        "events": 2,
        "places": 1,
        "claims": 2,
        "claim_relations": 1,
        "errors": 0,
        "runs": 0,
        "dup_groups": 1,
        "duplicates": 0,
    }
    (event,) = store.list_events(code="19").items
    assert (event["source_actor"], event["target_actor"], event["place_country"], event["lat"]) == (
        "taliban",
        "afg-police",
        "AFG",
        34.53,
    )
    assert (event["source_code"], event["target_country"], event["in_lead"], event["day"]) == (
        "AFGINS",
        "AFG",
        True,
        "2021-08-16",
    )
    (second,) = store.list_events(actor="afg-moi").items
    assert second["in_lead"] is False and second["day"] == "2021-08-16"  # the publication date


def test_saving_twice_adds_nothing(store):
    store.save([full_report(), InputError("bad line", path="feed.jsonl:2")])
    summary = store.save([full_report(), InputError("bad line", path="feed.jsonl:2")])
    assert (summary.documents_added, summary.errors_added, summary.skipped) == (0, 0, 2)
    assert store.stats()["documents"] == 1 and store.stats()["errors"] == 1
    assert store.done_ids(["doc-1", "other"]) == {"doc-1": store.get_document("doc-1")["content_hash"]}


def test_id_collision_is_recorded_not_stored(store):
    store.save([full_report()])
    summary = store.save([full_report(text="A different text under the same id.")])
    assert (summary.documents_added, summary.errors_added) == (0, 1)
    (error,) = store.list_errors().items
    assert "already stored with a different text" in error["message"]
    assert store.load_report("doc-1").document.text == TEXT


def test_stage_errors_are_keyed_by_document_and_skipped_on_resume(store):
    error = StageError("newsintel_events", "feed.jsonl:9", ValueError("boom"))
    error.document_id = "doc-9"
    assert store.save([error]).errors_added == 1
    assert store.save([error]).errors_added == 0
    assert store.done_ids(["doc-9"]) == {"doc-9": None}
    (row,) = store.list_errors().items
    assert (row["stage"], row["code"], row["source"]) == ("newsintel_events", "E700", "feed.jsonl:9")
    assert row["message"] == "stage 'newsintel_events' failed: ValueError: boom"


def test_a_failing_batch_stores_nothing(store):
    class NotARecord:
        pass

    with pytest.raises(TypeError):
        store.save([full_report(), NotARecord()])
    assert store.stats()["documents"] == 0


def test_queries(store):
    store.save(
        [
            full_report(),
            full_report("doc-2", text="Unrelated text about a football match in Rome.", published="2021-09-01"),
        ]
    )
    page = store.list_documents(limit=1)
    assert (page.total, [d["id"] for d in page.items]) == (2, ["doc-2"])
    assert [d["id"] for d in store.list_documents(since="2021-08-01", until="2021-08-31").items] == ["doc-1"]
    assert [d["id"] for d in store.list_documents(actor="taliban").items] == ["doc-1"]
    hits = store.search_documents("checkpoint kab*")
    assert [h["id"] for h in hits.items] == ["doc-1"] and "[checkpoint]" in hits.items[0]["snippet"]
    assert store.search_documents('"football match"').total == 1
    assert store.search_documents("football OR checkpoint").total == 2
    assert store.search_documents("zebra").total == 0
    actors = store.list_actors().items
    assert [(a["actor_id"], a["documents"], a["mentions"]) for a in actors] == [
        ("afg-moi", 1, 1),
        ("afg-police", 1, 1),
        ("taliban", 1, 1),
    ]
    assert [a["actor_id"] for a in store.list_actors(type="insurgent").items] == ["taliban"]
    assert store.list_events(country="afg").total == 2
    assert store.list_events(mode="negated").total == 0
    assert store.list_events(since="2021-08-17").total == 0
    claims = store.list_claims(stance="denial").items
    assert [(c["claim_id"], c["speaker"], c["dup_group"]) for c in claims] == [("c2", "afg-moi", "doc-1")]
    (relation,) = store.list_relations().items
    assert (relation["relation"], relation["source_speaker"], relation["target_text"]) == (
        "contradicts",
        "afg-moi",
        "Taliban fighters attacked a police checkpoint in Kabul",
    )
    counts = store.sourcing_counts()
    assert (counts["anonymous"], counts["indirect"], counts["named"], counts["documents"]) == (1, 1, 0, 2)
    assert counts["claims"] == 2  # the claims' sourcing, as Report.sourcing counts it
    assert store.sourcing_counts(since="2021-09-01")["anonymous"] == 0
    assert store.get_actor("taliban") == {
        "actor_id": "taliban",
        "name": "Taliban",
        "type": "insurgent",
        "country": "AFG",
        "cameo": "AFGINS",
        "parent": None,
        "documents": 1,
        "mentions": 1,
        "events": 1,
        "claims": 0,
    }
    assert store.get_actor("nobody") is None
    # a list page asks once for every actor's activity, with the same counts as get_actor
    activity = store.actor_activity(["taliban", "afg-moi", "nobody"])
    assert activity == {
        "taliban": {"events": 1, "claims": 0},
        "afg-moi": {"events": 1, "claims": 1},
        "nobody": {"events": 0, "claims": 0},
    }
    moi = store.get_actor("afg-moi")
    assert activity["afg-moi"] == {"events": moi["events"], "claims": moi["claims"]}


def test_near_duplicates_share_a_group_and_bridging_merges_groups(store):
    story = (
        "Government forces and rebels exchanged heavy fire overnight near the northern city, "
        "killing at least twelve people and wounding dozens more, according to local hospital staff "
        "who spoke by telephone on Saturday morning. The clashes broke a ceasefire agreed last month."
    )
    copy = story.replace("Saturday morning", "Saturday") + " Reporting by a staff writer."
    other = "The central bank left interest rates unchanged on Thursday, citing slowing inflation and weak growth."
    store.save([full_report("z-late", text=copy), full_report("m-other", text=other)])
    store.save([full_report("a-first", text=story)])
    groups = store.dup_groups_of(["a-first", "z-late", "m-other"])
    assert groups == {"a-first": "a-first", "z-late": "a-first", "m-other": "m-other"}
    (group,) = store.duplicate_groups().items
    assert group == {"group": "a-first", "size": 2, "documents": ["a-first", "z-late"]}
    assert [d["id"] for d in store.list_documents(unique=True).items] == ["a-first", "m-other"]


def test_exact_duplicates_with_different_ids_are_one_group(store):
    store.save([full_report("b", text="Short."), full_report("a", text="Short.")])
    assert store.dup_groups_of(["a", "b"]) == {"a": "a", "b": "a"}


def test_load_missing_report_is_a_store_error(store):
    with pytest.raises(StoreError, match="no document with id 'nope'"):
        store.load_report("nope")


def test_runs_are_recorded(store):
    run = store.start_run({"paths": ["x"]})
    store.save([full_report()], run_id=run)
    store.finish_run(run)
    (item,) = store.list_runs().items
    assert (item["status"], item["documents_added"], item["arguments"]) == ("finished", 1, {"paths": ["x"]})


def test_sqlite_database_is_in_wal_mode(tmp_path):
    open_store(tmp_path / "wal.db").close()
    with sqlite3.connect(tmp_path / "wal.db") as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone() == ("wal",)


def test_bad_locations_are_store_errors(tmp_path):
    with pytest.raises(StoreError, match="does not exist"):
        open_store(tmp_path / "missing-folder" / "x.db")
    with pytest.raises(StoreError):
        open_store("notadialect://nowhere")


def test_database_urls():
    assert database_url("corpus.db") == "sqlite:///corpus.db"
    assert database_url("postgresql://u@h/db") == "postgresql+psycopg://u@h/db"
    assert database_url("postgres://u@h/db") == "postgresql+psycopg://u@h/db"
    assert database_url(None) == "sqlite:///newsintel.db"


def test_sqlite_schema_changes_are_transactional(tmp_path):
    # Migrations must be atomic: a run killed while creating the schema leaves no half schema.
    from sqlalchemy import inspect

    db = open_store(tmp_path / "ddl.db")
    with pytest.raises(RuntimeError), db.engine.begin() as conn:
        conn.exec_driver_sql("CREATE TABLE scratch (x INTEGER)")
        raise RuntimeError("killed")
    assert "scratch" not in inspect(db.engine).get_table_names()


def test_event_day_is_a_calendar_date_never_a_duration():
    from newsintel.store.rows import event_day

    assert event_day("P6Y", "2016-03-10") == "2016-03-10"
    assert event_day("2016-03-08", "2016-03-10") == "2016-03-08"
    assert event_day("2016-03", None) == "2016-03"
    assert event_day("P2W", None) is None
    assert event_day(None, "2016-03-10T08:00:00") == "2016-03-10"
