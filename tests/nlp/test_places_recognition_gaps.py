"""Place names the NER tags as people or bodies, that the actors stage used to claim, or that it
cuts short: admin chains without a head or with a place noun before the bracket, brackets the
NER left open, other spellings of a town's own name, Arabic articles, names cut before "and",
compass-named divisions with their noun; on sentences written for these tests (the villages
are invented)."""

from __future__ import annotations

import pytest
from spacy.tokens import Span

from newsintel.nlp.actors.spans import clean_entity
from newsintel.nlp.places.gazetteer import CITY, load_gazetteer
from newsintel.nlp.places.recognize import _before_open_bracket, _own_name, find_mentions
from newsintel.nlp.places.spelling import close_respellings

pytestmark = pytest.mark.model


def _actor_names(doc) -> set[str]:
    return {m["text"] for a in doc._.ni_actors for m in a["mentions"]}


def test_bracket_chain_after_another_spelling_in_square_brackets(run_places, places_of):
    # No name right before the bracket: its divisions are places all the same.
    doc = run_places("Gunmen looted shops in the area of Valdoro [Valdorro] (Girona, Catalonia) on Tuesday.")
    places = places_of(doc)
    assert places["Girona"][2] == "ESP"
    assert places["Catalonia"] == ("Catalonia", "admin1", "ESP")


def test_chain_head_with_a_place_noun_and_unknown_links_are_no_actors(run_places, places_of):
    doc = run_places("Two groups clashed on Vennar hill (Tolmaro, Lleida) overnight.")
    assert places_of(doc)["Lleida"][2] == "ESP"
    assert _actor_names(doc) & {"Vennar", "Tolmaro", "Lleida"} == set()


def test_a_bracket_the_ner_left_open_ends_the_name(nlp):
    doc = nlp.make_doc("Riot police fired tear gas in Sabadell (Barcelona on Friday.")
    entity = Span(doc, 6, 9, label="ORG")  # "Sabadell (Barcelona", as the small model may tag it
    assert _before_open_bracket(entity) == 7
    cleaned = clean_entity(entity)
    assert cleaned is not None and cleaned.text == "Sabadell"


def test_a_closed_bracket_stays_inside_the_name(nlp):
    doc = nlp.make_doc("Members of the Grand Lodge (Lisbon) met.")
    entity = Span(doc, 2, 8, label="ORG")
    assert _before_open_bracket(entity) == 8


def test_own_name_accepts_respellings_not_longer_names_or_short_words():
    gaz = load_gazetteer()

    def city(name: str, country: str) -> int:
        return next(c for c in gaz.candidates(name) if gaz.feature[c] == CITY and gaz.country[c] == country)

    assert _own_name(gaz, city("Seville", "ES"), "seville")  # GeoNames' own name is "Sevilla"
    assert not _own_name(gaz, city("Oklahoma City", "US"), "oklahoma")


def test_a_name_with_an_arabic_article_the_gazetteer_leaves_out(run_places, places_of):
    doc = run_places("Demonstrators marched through the streets of Ar-Rustaq on Friday.")
    assert places_of(doc)["Ar-Rustaq"][0] == "Rustaq"


def test_a_division_name_the_ner_cut_before_and(run_places, places_of):
    doc = run_places("Farmers protested in Chaharmahal and Bakhtiari province on Sunday.")
    found = [v for k, v in places_of(doc).items() if k.startswith("Chaharmahal")]
    assert found and found[0][1:] == ("admin1", "IRN")


def test_a_compass_named_division_with_its_noun(run_places, places_of):
    doc = run_places("Police arrested two men in Belvaque, Sud department, on Monday.")
    assert ("Sud", "admin1", "HTI") in places_of(doc).values()
    assert "Belvaque" not in _actor_names(doc)


def test_a_division_spelt_otherwise_in_a_chain(run_places, places_of):
    doc = run_places("Rioters burned tyres in Montblanc town (Taragona district).")
    assert places_of(doc)["Taragona district"][2] == "ESP"


def test_an_unknown_village_inside_a_province_is_no_actor(run_places, places_of):
    doc = run_places("Masked men burned a truck in Tarvello in Tarragona province.")
    assert "Tarvello" not in _actor_names(doc)
    assert places_of(doc)["Tarragona province"][2] == "ESP"


def test_a_town_after_towards_is_a_place_not_an_actor(run_places, places_of):
    doc = run_places("The convoy was heading towards Figueres when police stopped it.")
    assert "Figueres" not in _actor_names(doc)
    assert places_of(doc)["Figueres"][2] == "ESP"


def test_a_body_in_a_town_stays_an_actor(run_places):
    doc = run_places("Students at Montvale University in Girona staged a sit-in.")
    assert "Montvale University" in _actor_names(doc)


def test_a_country_closing_a_chain_stays_an_actor(run_places):
    doc = run_places("Tourists were evacuated from Girona, Spain, on Monday.")
    assert "Spain" in _actor_names(doc)


def test_a_lower_case_word_the_ner_calls_a_place_is_none(nlp):
    doc = nlp("The samples were kept in vitro for a week.")
    doc.ents = [Span(doc, 5, 6, label="GPE")]
    assert [m.text for m in find_mentions(doc, load_gazetteer())] == []


def test_close_respellings_in_one_country_only():
    gaz = load_gazetteer()
    assert {(gaz.name[c], gaz.country[c]) for c in close_respellings(gaz, "Sabadel")} == {("Sabadell", "ES")}
    assert close_respellings(gaz, "Tarragonna") == ()  # readings in two countries: no one
    assert close_respellings(gaz, "Sabad") == ()  # too short to tell


def test_a_town_the_gazetteer_spells_otherwise(run_places, places_of):
    doc = run_places("Riot police cleared a square in Sabadel on Friday.")
    assert places_of(doc)["Sabadel"] == ("Sabadell", "city", "ESP")


def test_a_bracket_closed_by_a_town_after_a_named_hill(run_places, places_of):
    doc = run_places("Fighters overran Vellamo hill (Oristel, Sabadell) at dawn.")
    assert places_of(doc)["Sabadell"][2] == "ESP"
    assert _actor_names(doc) & {"Vellamo", "Oristel", "Sabadell"} == set()


def test_a_country_in_a_currency_name_is_no_place_and_no_actor(run_places, places_of):
    doc = run_places("Traders sold the Norwegian krone and bought the Canadian dollar in Girona.")
    assert set(places_of(doc)) == {"Girona"}
    assert doc._.ni_focus["country"] == "ESP"


def test_a_country_before_other_nouns_still_counts(run_places):
    doc = run_places("Norway troops patrolled the streets of Girona while Canada dollars flowed in.")
    assert _actor_names(doc) == {"Norway troops"}  # "Canada dollars": a currency


def test_a_country_before_a_verb_spelt_like_a_currency_stays(run_places, places_of):
    doc = run_places("Norway pounds the rebel positions near Girona.")
    assert "Norway" in _actor_names(doc) | set(places_of(doc))


def test_the_last_name_of_a_list_before_a_chain_is_its_head(run_places, places_of):
    doc = run_places("A mine exploded between Oristel and Vellamo (Lleida, Catalonia) on Sunday.")
    places = places_of(doc)
    assert places["Vellamo"] == ("Vellamo", "other", None)
    assert places["Catalonia"][2] == "ESP"
    assert "Vellamo" not in _actor_names(doc)


def test_a_typed_head_makes_a_comma_chain(run_places, places_of):
    doc = run_places("Gunmen burned a truck in Vellamo district, Catalonia, on Sunday.")
    places = places_of(doc)
    assert places["Catalonia"] == ("Catalonia", "admin1", "ESP")
    assert places["Vellamo district"] == ("Vellamo district", "other", None)
    assert "Catalonia" not in _actor_names(doc)
