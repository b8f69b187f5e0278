"""Division points at their seat (seats.py), a town's own name behind a type noun, and cued
names of one country in a text that names none; on names and sentences written for these tests."""

from __future__ import annotations

from collections import Counter
from types import SimpleNamespace

from newsintel.nlp.places import gazetteer as gz
from newsintel.nlp.places import resolve
from newsintel.nlp.places.context import Focus
from newsintel.nlp.places.cued import restrict_to_focus
from newsintel.nlp.places.mentions import Mention
from newsintel.nlp.places.resolve import Evidence
from newsintel.nlp.places.seats import TownsByName, bare_name, distance_km, seat_point

MIDDLE = (10.0, 20.0)


def test_bare_name_drops_type_words_on_either_side():
    assert bare_name("Mampong Territory") == "mampong"
    assert bare_name("Province of Ashanti") == "ashanti"
    assert bare_name("Provincia de Tacna") == "tacna"
    assert bare_name("Koforidua city") == "koforidua"
    assert bare_name("Tororo") == "tororo"


def test_seat_is_the_town_named_like_the_division_even_when_smaller():
    towns = [("Bigtown", 10.1, 20.1, 90_000), ("Westfold", 10.2, 19.8, 40_000), ("Hamlet", 10.3, 20.3, 800)]
    assert seat_point("Westfold District", towns, MIDDLE) == (10.2, 19.8)


def test_seat_is_the_largest_town_when_none_bears_the_name():
    towns = [("Bigtown", 10.1, 20.1, 90_000), ("Hamlet", 10.3, 20.3, 800)]
    assert seat_point("Northern Province", towns, MIDDLE) == (10.1, 20.1)


def test_large_division_keeps_the_middle_of_its_towns():
    # the capital lies about 330 km from the middle: a map point for the whole is better
    towns = [("Portcity", 13.0, 20.0, 900_000), ("Inland", 10.0, 20.0, 5_000)]
    assert distance_km((13.0, 20.0), MIDDLE) > 300
    assert seat_point("Vast Region", towns, MIDDLE) == MIDDLE
    assert seat_point("Empty Region", [], MIDDLE) == MIDDLE


def test_district_without_towns_takes_the_one_town_of_its_name():
    towns = TownsByName(
        [
            ("XA", "Eastmarch", "Upper", 1.0, 2.0),
            ("XA", "Eastmarch", "Lower", 3.0, 4.0),
            ("XA", "Rivermouth", "Upper", 5.0, 6.0),
            ("XB", "Rivermouth", None, 7.0, 8.0),
        ]
    )
    assert towns.point("XA", "Eastmarch District", "Upper") == (1.0, 2.0)
    assert towns.point("XA", "Eastmarch District", None) is None  # two towns of the name: which?
    assert towns.point("XA", "Rivermouth", "Lower") is None  # the only one lies in another division
    assert towns.point("XB", "Rivermouth", "Coast") == (7.0, 8.0)  # its division is unknown
    assert towns.point("XA", "Nowhere", "Upper") is None


def test_cued_name_of_one_country_stands_when_no_country_is_named():
    class Gaz:  # the column restrict_to_focus reads
        country = ["GH", "GH", "NE"]

    one_country = Mention(0, 1, 0, 6, "Ejura", (0, 1), "cued")
    two_countries = Mention(2, 3, 10, 15, "Gaya", (1, 2), "cued")
    acronym = Mention(4, 5, 20, 24, "EJRA", (0,), "cued")
    restrict_to_focus([one_country, two_countries, acronym], Gaz(), None, strong=False)  # type: ignore[arg-type]
    assert (one_country.candidates, two_countries.candidates, acronym.candidates) == ((0, 1), (), ())
    weak = Mention(0, 1, 0, 6, "Ejura", (0, 1), "cued")
    restrict_to_focus([weak], Gaz(), "NE", strong=False)  # type: ignore[arg-type]
    assert weak.candidates == ()  # a weak focus elsewhere: no reading is safe


def test_region_lies_at_its_capital_in_the_built_gazetteer():
    gaz = gz.load_gazetteer()
    (region,) = [i for i in gaz.candidates("Ashanti") if gaz.feature[i] == gz.ADMIN1]
    (town,) = [i for i in gaz.candidates("Kumasi") if gaz.feature[i] == gz.CITY]
    assert (gaz.lat[region], gaz.lon[region]) == (gaz.lat[town], gaz.lon[town])


def test_type_noun_does_not_hide_a_towns_own_name():
    # "Eastmarch city": the town called Eastmarch beats a larger town that has it only as an
    # alternate name, as it does when the name stands alone.
    gaz = SimpleNamespace(
        name=["Greatford", "Eastmarch"],
        feature=[gz.CITY, gz.CITY],
        country=["XA", "XB"],
        admin1=[None, None],
        population=[210_000, 140_000],
    )
    evidence = Evidence(Counter(), Counter(), None, None, Focus(), "eastmarch city")
    for text in ("Eastmarch", "Eastmarch city"):
        mention = Mention(0, 2, 0, len(text), text, (0, 1), "typed")
        scores = [resolve._score(mention, entry, gaz, evidence)[0] for entry in (0, 1)]  # type: ignore[arg-type]
        assert scores[1] > scores[0], text
