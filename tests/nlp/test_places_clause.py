"""The helpers the events stage uses: the place and the date of a verb's clause."""

from __future__ import annotations

import pytest

from newsintel.nlp import annotations

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def run(stages_runner):
    return stages_runner("newsintel_places", "newsintel_dates")


def _verb(doc, text: str):
    return next(t for t in doc if t.text == text)


def _place_name(doc, place_id):
    return next((p["name"] for p in doc._.ni_places if p["id"] == place_id), None)


def _date_value(doc, date_id):
    return next((d["value"] for d in doc._.ni_dates if d["id"] == date_id), None)


def test_place_governed_by_in(run):
    doc = run("Gunmen attacked a checkpoint in Kandahar on Tuesday.")
    verb = _verb(doc, "attacked")
    assert _place_name(doc, annotations.place_of_clause(doc, verb)) == "Kandahār"
    assert _date_value(doc, annotations.date_of_clause(doc, verb)) == "2023-04-25"


def test_place_named_in_another_clause_is_not_the_events(run):
    doc = run("Pakistan said that militants attacked a convoy.")
    assert annotations.place_of_clause(doc, _verb(doc, "attacked")) is None


def test_place_as_object_of_capture(run):
    doc = run("Rebels captured the town of Aleppo last week.")
    verb = _verb(doc, "captured")
    assert _place_name(doc, annotations.place_of_clause(doc, verb)) == "Aleppo"
    assert _date_value(doc, annotations.date_of_clause(doc, verb)) == "2023-04-17"


def test_topic_is_not_a_location(run):
    doc = run("The minister spoke about Syria.")
    assert annotations.place_of_clause(doc, _verb(doc, "spoke")) is None


def test_toponyms_lists_every_geographic_name(run):
    doc = run("Russian troops entered Ukraine.")
    assert [(t["text"], t["role"]) for t in annotations.toponyms(doc)] == [
        ("Russian", "modifier"),
        ("Ukraine", "literal"),
    ]


def test_finer_place_of_the_same_clause_wins(run):
    doc = run("A car bomb exploded in Mosul, Iraq, on Sunday.")
    assert _place_name(doc, annotations.place_of_clause(doc, _verb(doc, "exploded"))) == "Mosul"


def test_place_in_a_dependent_clause_of_the_event(run):
    doc = run("Two men were killed while trying to flee the city of Homs.")
    assert _place_name(doc, annotations.place_of_clause(doc, _verb(doc, "killed"))) == "Homs"
