"""The shared fixture article: the places and the dates the issue names."""

from __future__ import annotations

import pytest

pytestmark = [pytest.mark.model, pytest.mark.shared]


@pytest.fixture(scope="module")
def doc(fixture_text, model_name):
    from newsintel.nlp.pipeline import PipelineOptions, build_pipeline

    nlp = build_pipeline(
        PipelineOptions(model=model_name, stages=("newsintel_actors", "newsintel_places", "newsintel_dates"))
    )
    parsed = nlp.make_doc(fixture_text)
    parsed._.ni_published = "2023-04-27"
    for _, component in nlp.pipeline:
        parsed = component(parsed)
    return parsed


def test_named_places_are_resolved(doc):
    places = {p["name"]: (p["kind"], p["country"]) for p in doc._.ni_places}
    assert places["Afghanistan"] == ("country", "AFG")
    assert places["Kabul"] == ("city", "AFG")
    assert places["Massachusetts"] == ("admin1", "USA")
    assert places["Europe"] == ("continent", None)
    assert places["Asia"] == ("continent", None)


def test_urged_washington_is_not_a_place(doc):
    start = doc.text.index("urged Washington") + len("urged ")
    mentions = {(m["start"], m["end"]) for p in doc._.ni_places for m in p["mentions"]}
    assert (start, start + len("Washington")) not in mentions


def test_since_august_2021_is_a_period_from_that_month(doc):
    (since,) = [d for d in doc._.ni_dates if d["span"]["text"] == "August 2021"]
    assert (since["value"], since["start"], since["end"], since["relation"]) == ("2021-08", "2021-08-01", None, "since")
