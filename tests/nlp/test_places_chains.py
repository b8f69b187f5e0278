"""Places found by the shape of the text where the small NER model fails: admin chains
("X (Y, Z)", "X, Y"), names after a place cue and in lists, hyphenated names; on sentences
written for these tests."""

from __future__ import annotations

import pytest

from newsintel.nlp.places.cued import restrict_to_focus
from newsintel.nlp.places.mentions import Mention

pytestmark = pytest.mark.model


def test_bracket_chain_makes_a_mislabelled_town_and_its_division_places(run_places, places_of):
    # The NER calls Gaya a person and misses Dosso; the bracket says both are places.
    doc = run_places("Soldiers repelled an attack on Gaya (Dosso) on Sunday.")
    places = places_of(doc)
    assert places["Gaya"] == ("Gaya", "city", "NER")
    assert places["Dosso"][2] == "NER"


def test_bracket_chain_keeps_an_unknown_village_unplaced_and_resolves_its_containers(run_places, places_of):
    doc = run_places("Gunmen burned Woliboka village (Kandi, Alibori) overnight.")
    places = places_of(doc)
    assert places["Woliboka village"] == ("Woliboka village", "other", None)
    assert places["Kandi"] == ("Kandi", "city", "BEN")
    assert places["Alibori"] == ("Alibori", "admin1", "BEN")


def test_comma_chain_container_is_the_division_that_holds_the_town(run_places, places_of):
    doc = run_places("Police dispersed a march in Lerdo, Durango, on Friday.")
    places = places_of(doc)
    assert places["Lerdo"] == ("Lerdo", "city", "MEX")
    assert places["Durango"] == ("Durango", "admin1", "MEX")


def test_comma_chain_needs_a_place_of_that_name_inside_the_division(run_places, places_of):
    doc = run_places("John Smith, Texas, said the vote was close.")
    assert set(places_of(doc)) == {"Texas"}


def test_untagged_name_listed_after_a_place_cue_in_the_focus_country(run_places, places_of):
    # The NER tags Banikoara as a person; it is listed with two places after "near".
    doc = run_places("Gunmen attacked villages near Kandi, Banikoara and Segbana in northern Benin.")
    assert places_of(doc)["Banikoara"] == ("Banikoara", "city", "BEN")


def test_chain_link_with_its_type_noun_is_looked_up_whole(run_places, places_of):
    doc = run_places("The crash happened in Chickamauga, Walker County, Georgia.")
    places = places_of(doc)
    assert places["Walker County"] == ("Walker County", "other", "USA")
    assert places["Chickamauga"] == ("Chickamauga", "city", "USA")


def test_hyphenated_name_past_the_ner_end(run_places, places_of):
    doc = run_places("Fans gathered in Stratford-upon-Avon for the festival.")
    assert places_of(doc) == {"Stratford-upon-Avon": ("Stratford-upon-Avon", "city", "GBR")}


def test_a_town_name_that_starts_a_longer_name_is_not_that_town(run_places, places_of):
    doc = run_places("Police found a body in San Juan de Pitalito village, Mexico.")
    assert "San Juan" not in places_of(doc)


def test_cued_mentions_keep_only_readings_in_a_strong_focus_country():
    class Gaz:  # the two columns restrict_to_focus reads
        country = ["BJ", "NE", "BJ"]

    def cued() -> Mention:
        return Mention(0, 1, 0, 5, "Kandi", (0, 1, 2), "cued")

    mention, other = cued(), Mention(0, 1, 0, 5, "Kandi", (0, 1), "ner")
    restrict_to_focus([mention, other], Gaz(), "BJ", strong=True)  # type: ignore[arg-type]
    assert (mention.candidates, other.candidates) == ((0, 2), (0, 1))
    weak = cued()
    restrict_to_focus([weak], Gaz(), "BJ", strong=False)  # type: ignore[arg-type]
    assert weak.candidates == ()


def test_name_between_the_and_a_place_noun_after_a_cue(run_places, places_of):
    doc = run_places("Somali troops said al-Shabaab fighters attacked a base in the Wanlaweyn area on Monday.")
    assert places_of(doc)["Wanlaweyn"] == ("Wanlaweyn", "city", "SOM")
    without_noun = run_places("Somali troops said al-Shabaab fighters attacked a base in the Wanlaweyn on Monday.")
    assert "Wanlaweyn" not in places_of(without_noun)


def test_place_after_in_inside_an_organisation_entity_is_literal(run_places, places_of):
    # The NER takes "the Chamber of Agriculture of Brittany in Rennes" as one organisation.
    doc = run_places("Farmers protested outside the Chamber of Agriculture of Brittany in Rennes.")
    assert places_of(doc)["Rennes"] == ("Rennes", "city", "FRA")


def test_compass_word_in_brackets_is_the_region_of_the_chain_country(run_places, places_of):
    doc = run_places("Police dispersed traders in Liwonde (Machinga, Southern) on Friday.")
    places = places_of(doc)
    assert {places[name][2] for name in ("Liwonde", "Machinga", "Southern")} == {"MWI"}
    assert places["Southern"][1] == "admin1"


def test_compass_word_alone_in_brackets_gets_no_country_of_its_own(run_places, places_of):
    # "Western" is a province of several countries; nothing here says which.
    doc = run_places("Police dispersed traders in Kawale (Western) on Friday.")
    assert places_of(doc)["Western"] == ("Western", "other", None)
