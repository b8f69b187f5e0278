"""Place recognition and resolution on sentences written for these tests."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def run(stages_runner):
    return stages_runner("newsintel_places")


def _places(doc) -> dict[str, tuple]:
    return {
        m["text"]: (p["name"], p["kind"], p["country"], p["admin1"]) for p in doc._.ni_places for m in p["mentions"]
    }


def _roles(doc) -> dict[str, str]:
    return {t["text"]: t["role"] for t in doc._.ni_toponyms}


def test_country_capital_and_continent(run):
    doc = run("Fighters left Kabul for the mountains of Afghanistan and later reached Europe.")
    assert _places(doc) == {
        "Kabul": ("Kabul", "city", "AFG", "Kabul"),
        "Afghanistan": ("Afghanistan", "country", "AFG", None),
        "Europe": ("Europe", "continent", None, None),
    }


def test_most_prominent_candidate_without_context(run):
    doc = run("The delegation flew to Paris on Monday.")
    (place,) = doc._.ni_places
    assert (place["name"], place["country"], place["geonameid"]) == ("Paris", "FRA", 2988507)
    assert 0.5 < place["confidence"] <= 1.0


def test_containment_picks_the_town_in_the_named_state(run):
    doc = run("The rally was held in Springfield, Illinois, last year.")
    places = _places(doc)
    assert places["Springfield"] == ("Springfield", "city", "USA", "Illinois")
    assert places["Illinois"] == ("Illinois", "admin1", "USA", None)


def test_containment_overrides_the_more_populous_namesake(run):
    doc = run("Flooding closed schools in London, Ontario, on Tuesday.")
    assert _places(doc)["London"] == ("London", "city", "CAN", "Ontario")


def test_document_context_picks_the_local_namesake(run):
    doc = run(
        "Heavy snow fell across Ontario overnight. Police in Toronto and Hamilton urged drivers "
        "to stay home, and buses in London were cancelled."
    )
    assert _places(doc)["London"][2] == "CAN"


def test_one_sense_per_document(run):
    doc = run("Paris is busy. Tourists love Paris.")
    (place,) = doc._.ni_places
    assert len(place["mentions"]) == 2


def test_capital_as_agent_is_a_metonym_not_a_place(run):
    doc = run("Moscow denied the report, and the minister urged Washington to respond.")
    assert doc._.ni_places == []
    assert _roles(doc) == {"Moscow": "metonym", "Washington": "metonym"}


def test_demonym_is_a_modifier_not_a_place(run):
    doc = run("Afghan officials met in Doha.")
    assert _places(doc) == {"Doha": ("Doha", "city", "QAT", "Ad Dawḩah")}
    (afghan,) = [t for t in doc._.ni_toponyms if t["text"] == "Afghan"]
    assert (afghan["role"], afghan["country"], afghan["place"]) == ("modifier", "AFG", None)


def test_state_inside_an_organisation_name_is_a_place_but_a_newspaper_town_is_not(run):
    doc = run("A member of the Massachusetts Air National Guard spoke to the Washington Post.")
    assert _places(doc) == {"Massachusetts": ("Massachusetts", "admin1", "USA", None)}
    assert _roles(doc)["Washington"] == "embedded"


def test_region_from_the_data_table(run):
    doc = run("The drought spread across the Sahel and the Horn of Africa.")
    assert {name for name, *_ in _places(doc).values()} == {"Sahel", "Horn of Africa"}


def test_metonyms_marked_by_the_actors_stage_are_not_places(run):
    from newsintel.nlp.extensions import get_list

    text = "Beijing and Ottawa traded statements about trade."
    doc = run(text)
    assert {p["name"] for p in doc._.ni_places} == {"Beijing", "Ottawa"}
    # As if the actors stage had claimed "Beijing" for the Chinese government.
    get_list(doc, "ni_metonyms").append({"start": 0, "end": 7, "text": "Beijing", "actor": "chn-gov"})
    from newsintel.nlp.places.component import PlaceResolver

    PlaceResolver().annotate(doc)
    assert {p["name"] for p in doc._.ni_places} == {"Ottawa"}
    assert _roles(doc)["Beijing"] == "metonym"


def test_site_named_as_an_institution_is_a_metonym(run):
    doc = run("The White House declined to comment.")
    assert doc._.ni_places == []
    (site,) = doc._.ni_toponyms
    assert (site["text"], site["role"], site["name"]) == ("White House", "metonym", "White House")


def test_unknown_village_is_reported_without_coordinates(run):
    doc = run("Soldiers searched houses in the village of Qaryat Zumurrud.")
    unplaced = [p for p in doc._.ni_places if p["lat"] is None]
    assert [(p["name"], p["kind"], p["confidence"]) for p in unplaced] == [("Qaryat Zumurrud", "other", 0.0)]
    assert all(t["lat"] is not None for t in doc._.ni_toponyms)


def test_country_modifying_a_noun_is_an_affiliation_not_a_place(run):
    doc = run("US officials visited Kenya.")
    assert _places(doc) == {"Kenya": ("Kenya", "country", "KEN", None)}
    assert _roles(doc) == {"US": "modifier", "Kenya": "literal"}
