"""A small corpus written by hand, stored in SQLite, served by the workbench."""

from __future__ import annotations

import contextlib
import socket
import threading
import time

import pytest

pytest.importorskip("fastapi", reason="the workbench needs the [web] extra")

from newsintel.records import (
    Actor,
    Attribution,
    Claim,
    ClaimRelation,
    Document,
    Event,
    Place,
    Report,
    Span,
    Speaker,
)
from newsintel.store import open_store

RAID = (
    "Government troops raided a militant camp near Kismayo on Monday, the army said.\n\n"
    "“We destroyed the camp,” said Colonel Ahmed Nur. The militants denied that the camp had fallen."
)
HOSTILE = (
    'Officials said <script>window.__pwned = 1; alert("x")</script> the strike hit '
    '<img src=x onerror="window.__pwned = 2"> a depot and <a href="javascript:window.__pwned=3">this</a> link.'
)


def _span(text: str, needle: str) -> Span:
    start = text.index(needle)
    return Span.of(text, start, start + len(needle))


def raid_report() -> Report:
    text = RAID
    return Report(
        document=Document(
            id="raid",
            text=text,
            title="Troops raid camp near Kismayo",
            published="2024-03-18",
            publisher="Example Wire",
        ),
        actors=[
            Actor(
                id="som-mil",
                name="Somali armed forces",
                type="military",
                country="SOM",
                cameo="SOMMIL",
                mentions=[_span(text, "Government troops"), _span(text, "the army")],
            ),
            Actor(
                id="al-shabaab",
                name="al-Shabaab",
                type="terrorist",
                country="SOM",
                cameo="SOMREB",
                mentions=[_span(text, "militant camp"), _span(text, "The militants")],
            ),
        ],
        attributions=[
            Attribution(
                id="a1",
                kind="indirect",
                content=[_span(text, "Government troops raided a militant camp near Kismayo on Monday")],
                cue=_span(text, "said"),
                speaker=Speaker(text="the army", span=_span(text, "the army"), actor="som-mil", kind="named"),
            ),
            Attribution(
                id="a2",
                kind="direct",
                content=[_span(text, "“We destroyed the camp,”")],
                cue=_span(text, "said Colonel"),
                speaker=Speaker(text="Colonel Ahmed Nur", span=_span(text, "Colonel Ahmed Nur"), kind="named"),
            ),
            Attribution(
                id="a3",
                kind="indirect",
                content=[_span(text, "that the camp had fallen")],
                stance="denial",
                cue=_span(text, "denied"),
                speaker=Speaker(
                    text="The militants", span=_span(text, "The militants"), actor="al-shabaab", kind="named"
                ),
            ),
        ],
        events=[
            Event(
                id="e1",
                trigger=_span(text, "raided"),
                cameo="190",
                plover="ASSAULT",
                mode="reported",
                source="som-mil",
                target="al-shabaab",
                place="p1",
                date="2024-03-18",
                attribution="a1",
                goldstein=-10.0,
                quad_class=4,
            ),
            Event(
                id="e2",
                trigger=_span(text, "denied"),
                cameo="013",
                plover="REJECT",
                mode="asserted",
                source="al-shabaab",
                target="som-mil",
                date="2024-03-18",
                goldstein=-2.0,
                quad_class=3,
            ),
        ],
        places=[
            Place(
                id="p1",
                name="Kismayo",
                kind="city",
                country="SOM",
                lat=-0.358,
                lon=42.545,
                geonameid=55671,
                mentions=[_span(text, "Kismayo")],
            )
        ],
        claims=[
            Claim(
                id="c1",
                text="Government troops raided a militant camp near Kismayo on Monday",
                attribution="a1",
                speaker="som-mil",
                speaker_text="the army",
                subject="camp",
                predicate="fall",
            ),
            Claim(
                id="c2",
                text="the camp had fallen",
                attribution="a3",
                speaker="al-shabaab",
                speaker_text="The militants",
                subject="camp",
                predicate="fall",
                polarity="negative",
                stance="denial",
            ),
        ],
        claim_relations=[ClaimRelation(source="c2", target="c1", relation="denies", evidence="denied", confidence=0.9)],
    )


def hostile_report() -> Report:
    return Report(
        document=Document(id="hostile", text=HOSTILE, title='<script>alert("title")</script>', published="2024-03-19"),
        attributions=[
            Attribution(
                id="a1",
                kind="indirect",
                content=[_span(HOSTILE, "the strike hit")],
                cue=_span(HOSTILE, "said"),
                speaker=Speaker(text="Officials", span=_span(HOSTILE, "Officials"), anonymous=True, kind="anonymous"),
            )
        ],
    )


@pytest.fixture(scope="session")
def corpus_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("workbench") / "corpus.db"
    with open_store(path) as store:
        store.save([raid_report(), hostile_report()])
    return str(path)


@pytest.fixture()
def client(corpus_db):
    from fastapi.testclient import TestClient

    from newsintel.web.app import create_app

    app = create_app(db=corpus_db, max_body_bytes=50_000, max_text_chars=10_000)
    with TestClient(app, base_url="http://127.0.0.1") as test_client:
        yield test_client


# A second corpus for the workbench's lists: a syndicated copy, an untitled article whose id has
# URL-reserved characters, hostile display text, and an event dated only to a year.
ODD_ID = "wire/2024/03?x=1#frag ü"  # (a "%" is left out: TestClient decodes paths twice)
RLO = "\u202e"
UNTITLED = (
    "Police said the convoy was stopped at the border. " + "x" * 5000 + " Officials confirmed it. "
    f"A caption read {RLO}gnp.exe{chr(0x202C)} and nothing more."
)


def copy_report(report: Report, new_id: str, *, publisher: str) -> Report:
    from dataclasses import replace

    return replace(report, document=replace(report.document, id=new_id, publisher=publisher))


def untitled_report() -> Report:
    text = UNTITLED
    return Report(
        document=Document(id=ODD_ID, text=text, published="2023-11-02"),
        actors=[Actor(id="police", name="Police", type="police", country="KEN", mentions=[_span(text, "Police")])],
        attributions=[
            Attribution(
                id="a1",
                kind="indirect",
                content=[_span(text, "the convoy was stopped at the border")],
                cue=_span(text, "said"),
                speaker=Speaker(text="Police", span=_span(text, "Police"), actor="police", kind="named"),
            )
        ],
        events=[
            Event(
                id="e1",
                trigger=_span(text, "stopped"),
                cameo="173",
                plover="COERCE",
                mode="reported",
                source="police",
                date="2023",
                goldstein=-5.0,
                quad_class=4,
            )
        ],
    )


@pytest.fixture(scope="session")
def rich_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("workbench-rich") / "corpus.db"
    with open_store(path) as store:
        store.save(
            [
                raid_report(),
                copy_report(raid_report(), "raid-copy", publisher="Other Wire"),
                hostile_report(),
                untitled_report(),
            ]
        )
    return str(path)


@pytest.fixture()
def rich(rich_db):
    from fastapi.testclient import TestClient

    from newsintel.web.app import create_app

    with TestClient(create_app(db=rich_db), base_url="http://127.0.0.1") as test_client:
        yield test_client


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextlib.contextmanager
def running_server(app):
    """`app` served by uvicorn on a free loopback port, in a thread; yields its URL."""
    uvicorn = pytest.importorskip("uvicorn")
    port = _free_port()
    config = uvicorn.Config(app, host="127.0.0.1", port=port, log_level="critical")
    instance = uvicorn.Server(config)
    thread = threading.Thread(target=instance.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not instance.started:
        if time.monotonic() > deadline:
            pytest.fail("the workbench did not start within 20 s")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        instance.should_exit = True
        thread.join(timeout=10)
