"""The focus country weighs little what names who acted rather than where: a demonym or a
country's name on forces or a currency, and the actors named with it (data/focus_words.yaml).
Sentences written for these tests."""

from __future__ import annotations

import pytest

from newsintel.nlp.places.context import abroad_words

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def run(stages_runner):
    return stages_runner("newsintel_actors", "newsintel_places")


def _focus(doc) -> str | None:
    return (doc._.ni_focus or {}).get("country")


def test_foreign_troops_do_not_outvote_the_people_of_the_place(run):
    doc = run("Russian troops patrolled the highway on Sunday while Syrian farmers watched.")
    assert _focus(doc) == "SYR"


def test_a_currency_does_not_outvote_the_town_named(run):
    doc = run("Shopkeepers closed their doors in Jounieh as the US dollar rose again.")
    assert _focus(doc) == "LBN"


def test_a_demonym_on_other_nouns_still_votes_in_full(run):
    doc = run("Russian farmers protested on Sunday while Syrian troops watched.")
    assert _focus(doc) == "RUS"


def test_the_focus_words_are_read_from_their_data_file():
    words = abroad_words()
    assert "troops" in words.nouns and "dollar" not in words.nouns
    assert 0 < words.share < 1
