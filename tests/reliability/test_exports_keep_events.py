"""Case 2 and the export half of case 6: GDELT and ACLED exports dropped every event without a
date silently ("rows=306" for 1,296 events); SOURCEURL held file:line; actor names and countries
were written without actor codes; events dated only by year fell outside every date filter."""

from __future__ import annotations

import csv

import pytest
from faults import newsintel

from newsintel.export import export
from newsintel.records import Actor, Document, Event, Report, Span
from newsintel.store import EventFilter, open_store

TEXT = "Rebels attacked Gao. Someone attacked the market."


def _span(needle: str) -> Span:
    start = TEXT.index(needle)
    return Span.of(TEXT, start, start + len(needle))


def _report(doc_id: str, *, published: str | None, date: str | None = None, url: str | None = None) -> Report:
    return Report(
        document=Document(id=doc_id, text=TEXT, published=published, url=url, source=f"feed.jsonl:{doc_id}"),
        actors=[
            Actor(
                id="rebels", name="Rebels", type="insurgent", country="MLI", cameo="MLIREB", mentions=[_span("Rebels")]
            ),
            Actor(id="local:someone", name="Someone", country="MLI"),
        ],  # no CAMEO code
        events=[
            Event(
                id="e1",
                trigger=_span("attacked"),
                cameo="190",
                plover="ASSAULT",
                source="rebels",
                date=date,
                quad_class=4,
                goldstein=-10.0,
            ),
            Event(
                id="e2",
                trigger=Span.of(TEXT, 29, 37),
                cameo="190",
                plover="ASSAULT",
                source="local:someone",
                source_text="HER TRACK RECORD",
                date=date,
                quad_class=4,
            ),
        ],
    )


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "export.db"
    with open_store(path) as store:
        store.save(
            [
                _report("dated", published="2023-05-04", url="https://example.org/a"),
                _report("undated", published=None),  # no publication date, no event date
                _report("year", published=None, date="2023"),  # dated only by its year
            ]
        )
    return path


def test_2a_events_without_any_date_are_counted_and_named(db, tmp_path):
    with open_store(db) as store:
        summary = export(store, format="gdelt", out=tmp_path / "e.tsv")
    assert summary == {
        "format": "gdelt",
        "rows": 4,
        "dropped": {
            "without any date": "2 events without any date: not written (GDELT needs one); "
            "--date-fallback added (or YYYY-MM-DD) writes them"
        },
    }


def test_2b_date_fallback_writes_every_event(db, tmp_path):
    out = tmp_path / "e.tsv"
    with open_store(db) as store:
        assert export(store, format="gdelt", out=out, date_fallback="2024-01-02") == {"format": "gdelt", "rows": 6}
    rows = [line.split("\t") for line in out.read_text(encoding="utf-8").splitlines()]
    assert sorted(r[1] for r in rows) == ["20230101", "20230101", "20230504", "20230504", "20240102", "20240102"]


def test_2c_acled_keeps_undated_events_with_empty_dates(db, tmp_path):
    out = tmp_path / "a.csv"
    with open_store(db) as store:
        assert export(store, format="acled", out=out) == {"format": "acled", "rows": 6}
    with open(out, encoding="utf-8", newline="") as file:
        dates = sorted((r["event_date"], r["year"], r["time_precision"]) for r in csv.DictReader(file))
    assert dates == [
        ("", "", ""),
        ("", "", ""),
        ("2023-01-01", "2023", "3"),
        ("2023-01-01", "2023", "3"),
        ("2023-05-04", "2023", "2"),
        ("2023-05-04", "2023", "2"),
    ]


def test_6a_sourceurl_is_a_url_or_empty_and_actors_need_codes(db, tmp_path):
    out = tmp_path / "e.tsv"
    with open_store(db) as store:
        export(store, format="gdelt", out=out)
    rows = sorted((line.split("\t") for line in out.read_text(encoding="utf-8").splitlines()), key=lambda r: r[0])
    assert sorted(r[60] for r in rows) == ["", "", "https://example.org/a", "https://example.org/a"]
    coded = [r[5:15] for r in rows if r[5]]
    assert coded == [["MLIREB", "REBELS", "MLI", "", "", "", "", "REB", "", ""]] * 2
    uncoded = [r[5:15] for r in rows if not r[5]]
    assert uncoded == [[""] * 10] * 2  # no "HER TRACK RECORD", no lone country code


def test_6b_year_only_dates_are_ranges_in_filters(db, tmp_path):
    with open_store(db) as store:

        def ids(**filters):
            return sorted({e["document_id"] for e in store.iter_events(EventFilter(**filters))})

        assert ids(since="2023-06-01") == ["year"]  # 2023 reaches past June
        assert ids(since="2023-01-01", until="2023-03-31") == ["year"]
        assert ids(until="2023-05-04") == ["dated", "year"]
        assert ids(since="2024-01-01") == []


def test_2d_the_cli_names_dropped_events_on_stderr(db, tmp_path):
    done = newsintel(
        "export", "--db", str(db), "--format", "gdelt", "--out", str(tmp_path / "x.tsv"), "--quiet", cwd=tmp_path
    )
    assert done.returncode == 0
    assert done.stderr.split() == [
        "warning",
        "2",
        "events",
        "without",
        "any",
        "date:",
        "not",
        "written",
        "(GDELT",
        "needs",
        "one);",
        "--date-fallback",
        "added",
        "(or",
        "YYYY-MM-DD)",
        "writes",
        "them",
    ]
