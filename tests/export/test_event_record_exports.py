"""The event record's fields in the ACLED, GDELT and GeoJSON exports (issue #15), on a report built by hand."""

from __future__ import annotations

import csv
import json

import pytest

from newsintel.export import export
from newsintel.export.gdelt import GDELT_COLUMNS
from newsintel.records import Document, Event, Place, Report, Span
from newsintel.store import open_store

TEXT = "Gunmen shot dead two farmers near Kaduna on 3 May. Police said the attackers fled."


def _span(needle: str) -> Span:
    start = TEXT.index(needle)
    return Span.of(TEXT, start, start + len(needle))


def record_report() -> Report:
    attack = Event(
        id="e1",
        trigger=_span("shot"),
        cameo="190",
        plover="ASSAULT",
        target_text="two farmers",
        place="p1",
        date="2023-05-03",
        sentence=Span.of(TEXT, 0, 50),
        acled_event_type="Violence against civilians",
        acled_sub_event_type="Attack",
        source_actor_type="political militia",
        target_actor_type="civilians",
        source_inter=3,
        target_inter=7,
        source_country="NGA",
        target_country="NGA",
        source_acled_name="Unidentified Armed Group (Nigeria)",
        target_acled_name="Civilians (Nigeria)",
        place_precision=2,
        place_basis="clause",
        date_precision="day",
        fatalities=2,
        fatalities_span=_span("two farmers"),
        means="firearms",
        civilian_targeting=True,
    )
    unplaced = Event(
        id="e2",
        trigger=_span("fled"),
        cameo="190",
        plover="ASSAULT",
        acled_event_type="Battles",
        acled_sub_event_type="Armed clash",
        source_inter=3,
        date_precision="week",
    )
    place = Place(
        id="p1",
        name="Kaduna",
        kind="city",
        country="NGA",
        lat=10.5222,
        lon=7.4383,
        admin1="Kaduna",
        mentions=[_span("Kaduna")],
    )
    document = Document(id="k1", text=TEXT, published="2023-05-04", url="https://example.org/kaduna", publisher="Wire")
    return Report(document=document, events=[attack, unplaced], places=[place])


@pytest.fixture
def store(tmp_path):
    db = open_store(tmp_path / "records.db")
    db.save([record_report()])
    yield db
    db.close()


def test_acled_row_carries_the_record(store, tmp_path):
    out = tmp_path / "acled.csv"
    assert export(store, format="acled", out=out)["rows"] == 2
    with open(out, encoding="utf-8", newline="") as handle:
        attack, unplaced = list(csv.DictReader(handle))
    assert attack["event_id_cnty"].startswith("NGA") and attack["event_id_cnty"][3:].isdigit()
    assert {
        k: attack[k]
        for k in (
            "time_precision",
            "disorder_type",
            "event_type",
            "sub_event_type",
            "actor1",
            "inter1",
            "actor2",
            "inter2",
            "interaction",
            "civilian_targeting",
            "country",
            "admin1",
            "location",
            "latitude",
            "longitude",
            "geo_precision",
            "fatalities",
            "tags",
            "notes",
        )
    } == {
        "time_precision": "1",
        "disorder_type": "Political violence",
        "event_type": "Violence against civilians",
        "sub_event_type": "Attack",
        "actor1": "Unidentified Armed Group (Nigeria)",
        "inter1": "3",
        "actor2": "Civilians (Nigeria)",
        "inter2": "7",
        "interaction": "37",
        "civilian_targeting": "Civilian targeting",
        "country": "Nigeria",
        "admin1": "Kaduna",
        "location": "Kaduna",
        "latitude": "10.5222",
        "longitude": "7.4383",
        "geo_precision": "2",
        "fatalities": "2",
        "tags": "means=firearms",
        "notes": "Gunmen shot dead two farmers near Kaduna on 3 May.",
    }
    # no country anywhere: ACLED's id still has a three-letter prefix; an unstated toll is 0
    assert unplaced["event_id_cnty"].startswith("XXX")
    assert (unplaced["time_precision"], unplaced["fatalities"], unplaced["interaction"]) == ("2", "0", "30")


def test_gdelt_action_geo_is_the_event_place(store, tmp_path):
    out = tmp_path / "gdelt.tsv"
    export(store, format="gdelt", out=out)
    row = dict(zip(GDELT_COLUMNS, out.read_text(encoding="utf-8").splitlines()[0].split("\t"), strict=True))
    assert (
        row["ActionGeo_Type"],
        row["ActionGeo_FullName"],
        row["ActionGeo_CountryCode"],
        row["ActionGeo_Lat"],
        row["ActionGeo_Long"],
    ) == ("4", "Kaduna, Nigeria", "NI", "10.5222", "7.4383")


def test_geojson_loads_back_as_a_valid_feature_collection(store, tmp_path):
    out = tmp_path / "events.geojson"
    assert export(store, format="geojson", out=out) == {"format": "geojson", "rows": 2}
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["type"] == "FeatureCollection" and len(data["features"]) == 2
    attack, unplaced = data["features"]
    for feature in data["features"]:  # RFC 7946: a Feature with a geometry (or null) and properties
        assert feature["type"] == "Feature" and isinstance(feature["properties"], dict)
    assert attack["geometry"] == {"type": "Point", "coordinates": [7.4383, 10.5222]}  # longitude first
    assert unplaced["geometry"] is None
    properties = attack["properties"]
    assert {
        k: properties[k]
        for k in (
            "event_type",
            "sub_event_type",
            "actor1",
            "actor1_type",
            "inter1",
            "actor2",
            "inter2",
            "location",
            "country",
            "geo_precision",
            "date",
            "date_precision",
            "fatalities",
            "means",
            "civilian_targeting",
            "mode",
            "cameo",
        )
    } == {
        "event_type": "Violence against civilians",
        "sub_event_type": "Attack",
        "actor1": "Unidentified Armed Group (Nigeria)",
        "actor1_type": "political militia",
        "inter1": 3,
        "actor2": "Civilians (Nigeria)",
        "inter2": 7,
        "location": "Kaduna",
        "country": "NGA",
        "geo_precision": 2,
        "date": "2023-05-03",
        "date_precision": "day",
        "fatalities": 2,
        "means": "firearms",
        "civilian_targeting": True,
        "mode": "asserted",
        "cameo": "190",
    }


def test_geojson_of_an_empty_store_is_an_empty_collection(tmp_path):
    db = open_store(tmp_path / "empty.db")
    out = tmp_path / "empty.geojson"
    assert export(db, format="geojson", out=out)["rows"] == 0
    db.close()
    assert json.loads(out.read_text(encoding="utf-8")) == {"type": "FeatureCollection", "features": []}


def test_record_fields_round_trip_through_the_json_contract():
    report = record_report()
    again = Report.from_dict(json.loads(report.to_json()))
    assert again.events[0] == report.events[0]
    assert report.to_dict()["schema_version"] == "1.1"
