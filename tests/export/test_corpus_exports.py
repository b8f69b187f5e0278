"""Exports of a stored corpus: GDELT (61 columns), ACLED (31), JSON lines, Parquet, CSV, GraphML."""

from __future__ import annotations

import csv
import json

import pytest

from newsintel.errors import ConfigError
from newsintel.export import export
from newsintel.export.acled import ACLED_COLUMNS
from newsintel.export.codes import fips, split_actor_code
from newsintel.export.gdelt import GDELT_COLUMNS
from newsintel.records import Actor, Claim, ClaimRelation, Document, Event, Place, Report, Span
from newsintel.store import EventFilter, open_store

TEXT = "Rebels shelled the town of Kidal on 3 May.\n\nThe army said the rebels lied about the army."


def _span(needle: str) -> Span:
    start = TEXT.index(needle)
    return Span.of(TEXT, start, start + len(needle))


def corpus_report() -> Report:
    return Report(
        document=Document(
            id="m1",
            text=TEXT,
            title="Kidal",
            published="2023-05-04",
            url="https://example.org/kidal",
            publisher="Example Wire",
            source="mali.jsonl:1",
        ),
        actors=[
            Actor(id="csp", name="Rebels", type="insurgent", country="MLI", cameo="MLIREB", mentions=[_span("Rebels")]),
            Actor(
                id="mli-mil",
                name="Malian army",
                type="military",
                country="MLI",
                cameo="MLIMIL",
                mentions=[_span("army")],
            ),
            Actor(id="fra-mil", name="French army", type="military", country="FRA", cameo="FRAMIL"),
        ],
        events=[
            Event(
                id="e1",
                trigger=_span("shelled"),
                cameo="194",
                plover="ASSAULT",
                source="csp",
                target="mli-mil",
                place="kidal",
                date="2023-05-03",
                goldstein=-10.0,
                quad_class=4,
                sentence=Span.of(TEXT, 0, 42),
            ),
            Event(
                id="e2",
                trigger=_span("lied"),
                cameo="112",
                plover="ACCUSE",
                source="mli-mil",
                target="csp",
                goldstein=-2.0,
                quad_class=3,
            ),
            Event(
                id="e3",
                trigger=_span("said"),
                cameo="190",
                plover="ASSAULT",
                mode="negated",
                source="fra-mil",
                target="csp",
                place="kidal",
                goldstein=-10.0,
                quad_class=4,
            ),
        ],
        places=[
            Place(
                id="kidal",
                name="Kidal",
                kind="city",
                country="MLI",
                lat=18.4411,
                lon=1.4078,
                admin1="08",
                mentions=[_span("Kidal")],
            )
        ],
        claims=[
            Claim(id="c1", text="rebels shelled the town", speaker="csp"),
            Claim(id="c2", text="the rebels lied", speaker="mli-mil", stance="denial"),
        ],
        claim_relations=[ClaimRelation(source="c2", target="c1", relation="denies")],
    )


@pytest.fixture
def store(tmp_path):
    db = open_store(tmp_path / "export.db")
    other = Report(document=Document(id="x1", text="Nothing happened in Oslo.", published="2022-01-01"))
    db.save([corpus_report(), other])
    yield db
    db.close()


def test_gdelt_has_61_columns_in_order_and_fills_what_it_knows(store, tmp_path):
    assert len(GDELT_COLUMNS) == 61
    assert GDELT_COLUMNS[:5] == ("GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate")
    assert GDELT_COLUMNS[25:35] == (
        "IsRootEvent",
        "EventCode",
        "EventBaseCode",
        "EventRootCode",
        "QuadClass",
        "GoldsteinScale",
        "NumMentions",
        "NumSources",
        "NumArticles",
        "AvgTone",
    )
    assert GDELT_COLUMNS[51:] == (
        "ActionGeo_Type",
        "ActionGeo_FullName",
        "ActionGeo_CountryCode",
        "ActionGeo_ADM1Code",
        "ActionGeo_ADM2Code",
        "ActionGeo_Lat",
        "ActionGeo_Long",
        "ActionGeo_FeatureID",
        "DATEADDED",
        "SOURCEURL",
    )
    out = tmp_path / "events.tsv"
    assert export(store, format="gdelt", out=out) == {"format": "gdelt", "rows": 2}  # the negated event is left out
    rows = [line.split("\t") for line in out.read_text(encoding="utf-8").splitlines()]
    assert all(len(row) == 61 for row in rows)
    shelling = dict(zip(GDELT_COLUMNS, rows[0], strict=True))
    assert {
        k: shelling[k]
        for k in (
            "SQLDATE",
            "MonthYear",
            "Year",
            "Actor1Code",
            "Actor1Name",
            "Actor1CountryCode",
            "Actor1Type1Code",
            "Actor2Code",
            "Actor2Type1Code",
            "IsRootEvent",
            "EventCode",
            "EventBaseCode",
            "EventRootCode",
            "QuadClass",
            "GoldsteinScale",
            "AvgTone",
            "ActionGeo_Type",
            "ActionGeo_FullName",
            "ActionGeo_CountryCode",
            "ActionGeo_ADM1Code",
            "ActionGeo_Lat",
            "ActionGeo_Long",
            "Actor1Geo_Type",
            "SOURCEURL",
        )
    } == {
        "SQLDATE": "20230503",
        "MonthYear": "202305",
        "Year": "2023",
        "Actor1Code": "MLIREB",
        "Actor1Name": "REBELS",
        "Actor1CountryCode": "MLI",
        "Actor1Type1Code": "REB",
        "Actor2Code": "MLIMIL",
        "Actor2Type1Code": "MIL",
        "IsRootEvent": "1",
        "EventCode": "194",
        "EventBaseCode": "194",
        "EventRootCode": "19",
        "QuadClass": "4",
        "GoldsteinScale": "-10",
        "AvgTone": "",
        "ActionGeo_Type": "4",
        "ActionGeo_FullName": "Kidal, Mali",
        "ActionGeo_CountryCode": "ML",
        "ActionGeo_ADM1Code": "ML08",
        "ActionGeo_Lat": "18.4411",
        "ActionGeo_Long": "1.4078",
        "Actor1Geo_Type": "",
        "SOURCEURL": "https://example.org/kidal",
    }
    accusation = dict(zip(GDELT_COLUMNS, rows[1], strict=True))
    assert (accusation["SQLDATE"], accusation["IsRootEvent"], accusation["ActionGeo_Type"]) == ("20230504", "0", "")
    assert len(accusation["DATEADDED"]) == 14


def test_gdelt_filters(store, tmp_path):
    out = tmp_path / "f.tsv"
    assert export(store, format="gdelt", out=out, filters=EventFilter(code="19"))["rows"] == 1
    assert export(store, format="gdelt", out=out, filters=EventFilter(actor="fra-mil"))["rows"] == 0
    assert export(store, format="gdelt", out=out, filters=EventFilter(actor="fra-mil", modes=("negated",)))["rows"] == 1
    assert export(store, format="gdelt", out=out, filters=EventFilter(since="2023-05-04"))["rows"] == 1
    assert export(store, format="gdelt", out=out, filters=EventFilter(country="FRA"))["rows"] == 0


def test_acled_has_31_columns_and_codes_actor_categories(store, tmp_path):
    out = tmp_path / "acled.csv"
    assert export(store, format="acled", out=out)["rows"] == 1  # an accusation is no ACLED event
    with open(out, encoding="utf-8", newline="") as file:
        reader = csv.reader(file)
        header = next(reader)
        (row,) = list(reader)
    assert len(ACLED_COLUMNS) == 31 and tuple(header) == ACLED_COLUMNS and len(row) == 31
    values = dict(zip(header, row, strict=True))
    assert header[:7] == [
        "event_id_cnty",
        "event_date",
        "year",
        "time_precision",
        "disorder_type",
        "event_type",
        "sub_event_type",
    ]  # ACLED's current layout
    assert values.pop("event_id_cnty").removeprefix("MLI").isdigit()  # the country prefix, then the number
    assert {
        k: values[k]
        for k in (
            "iso",
            "event_date",
            "year",
            "disorder_type",
            "event_type",
            "sub_event_type",
            "actor1",
            "inter1",
            "actor2",
            "inter2",
            "interaction",
            "country",
            "location",
            "latitude",
            "longitude",
            "geo_precision",
            "source",
            "fatalities",
            "civilian_targeting",
        )
    } == {
        "iso": "466",
        "event_date": "2023-05-03",
        "year": "2023",
        "disorder_type": "Political violence",
        "event_type": "Explosions/Remote violence",
        "sub_event_type": "Shelling/artillery/missile attack",
        "actor1": "Rebels",
        "inter1": "2",
        "actor2": "Malian army",
        "inter2": "1",
        "interaction": "12",
        "country": "Mali",
        "location": "Kidal",
        "latitude": "18.4411",
        "longitude": "1.4078",
        "geo_precision": "1",
        "source": "Example Wire",
        "fatalities": "0",
        "civilian_targeting": "",
    }


def test_acled_foreign_state_forces_are_external(store, tmp_path):
    out = tmp_path / "a.csv"
    export(store, format="acled", out=out, filters=EventFilter(modes=("negated",)))
    with open(out, encoding="utf-8") as fh:
        (row,) = list(csv.DictReader(fh))
    assert (row["event_type"], row["inter1"], row["inter2"], row["interaction"]) == ("Battles", "8", "2", "28")


def test_parquet_tables_read_back_with_pandas(store, tmp_path):
    import pandas as pd

    summary = export(store, format="parquet", out=tmp_path / "pq")
    assert summary["tables"]["documents"] == 2 and summary["tables"]["events"] == 3
    events = pd.read_parquet(tmp_path / "pq" / "events.parquet")
    assert list(events.sort_values("event_id")["cameo"]) == ["194", "112", "190"]
    assert events["goldstein"].dtype == "float64" and events["in_lead"].dtype == "bool"
    documents = pd.read_parquet(tmp_path / "pq" / "documents.parquet")
    assert sorted(documents["id"]) == ["m1", "x1"]
    assert len(pd.read_parquet(tmp_path / "pq" / "errors.parquet")) == 0  # empty tables keep their columns
    filtered = export(store, format="parquet", out=tmp_path / "pq2", filters=EventFilter(country="MLI"))
    assert filtered["tables"]["documents"] == 1 and filtered["tables"]["actors"] == 3


def test_csv_folder_and_single_events_file(store, tmp_path):
    export(store, format="csv", out=tmp_path / "csv")
    assert sorted(p.name for p in (tmp_path / "csv").iterdir())[:3] == [
        "actors.csv",
        "attributions.csv",
        "claim_relations.csv",
    ]
    assert export(store, format="csv", out=tmp_path / "events.csv") == {"format": "csv", "tables": {"events": 3}}
    with open(tmp_path / "events.csv", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert [r["trigger_text"] for r in rows] == ["shelled", "lied", "said"]


def test_jsonl_reports_carry_text_and_dup_group(store, tmp_path):
    out = tmp_path / "r.jsonl"
    assert export(store, format="jsonl", out=out, filters=EventFilter(unique=True))["rows"] == 2
    first = json.loads(out.read_text(encoding="utf-8").splitlines()[0])
    assert first["document"]["text"] == TEXT and first["document"]["dup_group"] == "m1"
    assert [e["id"] for e in first["events"]] == ["e1", "e2", "e3"]


def test_graphml_actor_network(store, tmp_path):
    import networkx as nx

    out = tmp_path / "actors.graphml"
    assert export(store, format="graphml", out=out) == {"format": "graphml", "nodes": 3, "edges": 3}
    graph = nx.read_graphml(out)
    assert graph.nodes["csp"]["name"] == "Rebels" and graph.nodes["csp"]["documents"] == 1
    shell = graph.edges["csp", "mli-mil"]
    assert (shell["events"], shell["goldstein_mean"], shell["quad4"], shell["disputes"], shell["weight"]) == (
        1,
        -10.0,
        1,
        0,
        1,
    )
    accuse = graph.edges["mli-mil", "csp"]
    assert (accuse["events"], accuse["goldstein_mean"], accuse["disputes"], accuse["weight"]) == (1, -2.0, 1, 2)
    assert graph.edges["fra-mil", "csp"]["events"] == 1


def test_unknown_format_and_missing_folder_are_config_errors(store):
    with pytest.raises(ConfigError, match="unknown export format"):
        export(store, format="xml")
    with pytest.raises(ConfigError, match="give a folder with --out"):
        export(store, format="parquet")


def test_code_tables():
    assert (fips("DEU"), fips("GBR"), fips("usa"), fips(None), fips("ZZZ")) == ("GM", "UK", "US", "", "")
    code = split_actor_code("IRQINSSHI")
    assert (code.country, code.types, code.religions, code.known_group) == ("IRQ", ("INS",), ("SHI",), "")
    assert split_actor_code("IGOUNO").known_group == "UNO"


def test_export_command(store, tmp_path):
    from typer.testing import CliRunner

    from newsintel.cli import _register_commands, app

    _register_commands()
    result = CliRunner().invoke(
        app, ["export", "--db", str(tmp_path / "export.db"), "--format", "gdelt", "--code", "19", "-q"]
    )
    assert result.exit_code == 0, result.output
    (line,) = result.stdout.splitlines()
    assert line.split("\t")[26] == "194"
