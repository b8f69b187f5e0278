"""Roles read from the parse (object control, relative pronouns, taking part, stative passives),
RETREAT triggers written from PLOVER's category definitions, and the codes of actors the
dictionaries do not code. Sentences written for these tests; fictional actors."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model

ACTORS = {
    "front": ("the Front", "FRN", "insurgent"),
    "kandor": ("Kandor", "KAN", "state"),
    "elbia": ("Elbia", "ELB", "state"),
    "smith": ("Smith", "ELBGOV", "person"),
    "un": ("the UN", "IGOUNO", "igo"),
}


@pytest.fixture(scope="module")
def code(coded_events):
    def run(text: str) -> list[tuple]:
        return [
            (e["trigger"]["text"], e["cameo"], e["plover"], e["source"], e["target"], e["target_text"])
            for e in coded_events(text, ACTORS)
        ]

    return run


# -- who did it --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "event"),
    [
        # the one accused, blamed or praised did what the gerund says, not the speaker
        (
            "Kandor accused the Front of killing ten soldiers.",
            ("killing", "190", "ASSAULT", "front", None, "ten soldiers"),
        ),
        (
            "Elbia blamed the Front for bombing the embassy.",
            ("bombing", "195", "ASSAULT", "front", None, "the embassy"),
        ),
        (
            "Kandor praised Elbia for releasing the hostages.",
            ("releasing", "0841", "RETREAT", "elbia", None, "the hostages"),
        ),
        # ... but a gerund after another verb is its subject's
        (
            "The Front won praise for releasing the hostages.",
            ("releasing", "0841", "RETREAT", "front", None, "the hostages"),
        ),
    ],
)
def test_a_verb_of_judging_hands_the_gerund_to_its_object(code, sentence: str, event: tuple) -> None:
    assert event in code(sentence)


def test_a_relative_pronoun_object_stands_for_its_noun(code) -> None:
    assert ("kidnapped", "181", "ASSAULT", "front", "smith", None) in code(
        "Smith, whom the Front kidnapped, was freed."
    )
    assert ("accuses", "112", "ACCUSE", "kandor", "front", None) in code(
        "The Front, which Kandor accuses of terrorism, attacked a convoy."
    )


@pytest.mark.parametrize(
    "sentence",
    ["Kandor forces were involved in the attack on Elbia.", "Kandor took part in attacks on Elbia."],
)
def test_who_takes_part_in_an_event_does_it(code, sentence: str) -> None:
    assert [e[3:5] for e in code(sentence)] == [("kandor", "elbia")]


def test_a_stative_passive_subject_is_the_doer(code) -> None:
    assert code("Kandor is committed to opening its borders.") == [
        ("committed", "030", "AGREE", "kandor", None, None),
        ("opening", "0872", "RETREAT", "kandor", None, "its borders"),  # planned: what it committed to
    ]
    assert code("The Front and Kandor signed a ceasefire.") == [
        ("signed", "057", "SUPPORT", "front", "kandor", None),  # CAMEO2PLOVER: signing is SUPPORT
        ("signed", "057", "SUPPORT", "kandor", "front", None),
    ]
    assert code("The army committed atrocities against civilians.") == []  # no commitment


# -- RETREAT ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "trigger", "cameo"),
    [
        ("Kandor withdrew its troops from Elbia.", "withdrew", "0874"),
        ("The Front declared a unilateral ceasefire.", "ceasefire", "0871"),
        ("Kandor received a team of UN observers.", "received", "0862"),
        ("Elbia allowed humanitarian access to the besieged town.", "allowed", "0863"),
        ("Kandor paid compensation to Elbia for the seized ships.", "paid", "0842"),
        ("The Front laid down its arms.", "laid down", "0873"),
        ("Elbia returned the captured pilots to Kandor.", "returned", "084"),
        ("The Front freed two hostages.", "freed", "0841"),
        ("Kandor reopened the border crossing with Elbia.", "reopened", "0872"),
        ("Kandor lifted the siege of the town.", "lifted", "0872"),
        ("The Front handed over ten prisoners to the UN.", "handed over", "0841"),
        ("Kandor and the Front exchanged prisoners.", "exchanged", "0841"),
    ],
)
def test_retreat_triggers(code, sentence: str, trigger: str, cameo: str) -> None:
    assert (trigger, cameo, "RETREAT") in [e[:3] for e in code(sentence)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Kandor and Elbia agreed to a ceasefire.", {"AGREE"}),  # an agreement, not a retreat
        ("Kandor withdrew its ambassador from Elbia.", {"SANCTION"}),
        ("Kandor withdrew from the election.", set()),
        ("Kandor returned to the talks.", set()),  # nothing given back
    ],
)
def test_what_is_not_a_retreat(code, sentence: str, expected: set) -> None:
    assert {e[2] for e in code(sentence)} == expected


# -- codes of actors the dictionaries do not code ----------------------------------------------------


def test_an_uncoded_actor_with_a_country_carries_country_and_sector(parse) -> None:
    from newsintel.nlp.events.component import EventCoder

    doc = parse("The Kandor Supreme Court freed Smith.")
    doc._.ni_actors = [
        {
            "id": "local:court",
            "name": "Kandor Supreme Court",
            "type": "judiciary",
            "country": "KAN",
            "cameo": None,
            "mentions": [{"start": 4, "end": 24, "text": "Kandor Supreme Court"}],
        },
        {
            "id": "local:smith",
            "name": "Smith",
            "type": "person",
            "country": "ELB",
            "cameo": None,
            "mentions": [{"start": 31, "end": 36, "text": "Smith"}],
        },
    ]
    doc._.ni_attributions = []
    EventCoder()(doc)
    assert [(e["source_code"], e["target_code"]) for e in doc._.ni_events] == [("KANJUD", "ELB")]


# -- what a verb acts on ----------------------------------------------------------------------------


def test_a_named_place_is_something_a_violent_verb_acts_on(code) -> None:
    assert code("The Front seized Kabul.") == [("seized", "171", "COERCE", "front", None, "Kabul")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The Front posted a video released by its media wing.", []),  # a video is not set free
        ("Kandor ended his presidential campaign.", []),
        (
            "Kandor ended its military campaign against the Front.",
            [("ended", "087", "RETREAT", "kandor", "front", None)],
        ),
    ],
)
def test_a_participle_acts_on_the_noun_it_describes(code, sentence: str, expected: list) -> None:
    assert code(sentence) == expected


def test_a_state_owns_the_office_it_names(coded_events) -> None:
    actors = {**ACTORS, "mfa": ("Foreign Minister", "ELBGOV", "ministry")}
    events = coded_events("Kandor's Foreign Minister visited the Front.", actors)
    assert [(e["source"], e["source_code"]) for e in events if e["cameo"] == "042"] == [("kandor", "KAN")]


def test_coordinated_nationalities_name_two_actors(coded_events) -> None:
    actors = {"pol": ("Polish", "POL", "state"), "cze-gov": ("Czech officials", "CZEGOV", "government")}
    events = coded_events("Senior Polish and Czech officials agreed to cooperate.", actors)
    assert sorted(e["source_code"] for e in events if e["trigger"]["text"] == "agreed") == ["CZEGOV", "POL"]


@pytest.mark.parametrize(
    ("sentence", "event"),
    [
        (
            "The Front claimed responsibility for the attack on Elbia.",
            ("attack", "190", "ASSAULT", "front", "elbia", None),
        ),
        ("Elbia denied that its troops attacked Kandor.", ("attacked", "190", "ASSAULT", "elbia", "kandor", None)),
        ("Kandor said its supporters attacked Elbia.", ("attacked", "190", "ASSAULT", None, "elbia", None)),
    ],
)
def test_who_claims_an_event_or_owns_its_doers_did_it(code, sentence: str, event: tuple) -> None:
    assert event in code(sentence)


def test_a_time_clause_under_must_is_not_done_yet(coded_events) -> None:
    modes = {
        e["trigger"]["text"]: e["mode"]
        for e in coded_events("The Front said Kandor must agree to reforms before they disarm.", ACTORS)
    }
    assert modes["disarm"] == "hypothetical"
