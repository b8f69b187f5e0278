"""Problems a QA run over real articles found, each on a sentence written for these tests:
figurative language coded as violence, durations as event dates, one trigger split over the
coordinated modifiers of one noun."""

from __future__ import annotations

import re

import pytest

pytestmark = pytest.mark.model

ACTORS = {
    "rebels": ("the rebels", "REB", "insurgent"),
    "army": ("the army", "KANMIL", "military"),
    "kandor": ("Kandor", "KAN", "state"),
    "ministry": ("the ministry", "KANGOV", "ministry"),
    "police": ("the police", "KANCOP", "police"),
    "senator": ("the senator", "KANLEG", "person"),
    "governor": ("the governor", "KANGOV", "person"),
    "candidate": ("the candidate", "KANPTY", "person"),
    "smith": ("Smith", "KANPTY", "person"),
    "jones": ("Jones", "KANPTY", "person"),
}


@pytest.fixture(scope="module")
def code():
    from newsintel.nlp.load import default_model_name, load_model

    try:
        nlp = load_model(default_model_name())
    except Exception as exc:  # noqa: BLE001
        pytest.skip(f"no spaCy model: {exc}")
    from newsintel.nlp.events.component import EventCoder

    coder = EventCoder()

    def run(text: str) -> list[tuple]:
        doc = nlp(text)
        doc._.ni_actors = [
            {"id": actor_id, "name": surface, "cameo": cameo, "type": kind,
             "mentions": [{"start": m.start(), "end": m.end(), "text": m.group(0)}
                          for m in re.finditer(rf"\b{re.escape(surface)}\b", text, flags=re.IGNORECASE)]}
            for actor_id, (surface, cameo, kind) in ACTORS.items()
        ]
        doc._.ni_attributions = []
        coder(doc)
        return [(e["trigger"]["text"], e["cameo"], e["source"], e["target"], e["target_text"]) for e in doc._.ni_events]

    return run


# -- durations are not event dates -------------------------------------------------------------


def test_a_duration_is_not_the_event_date(analyze_text) -> None:
    report = analyze_text("The army jailed the rebels for six years.", published="2016-03-10")
    assert [(e.cameo, e.date) for e in report.events] == [("173", None)]
    assert [(d.value, d.granularity) for d in report.dates] == [("P6Y", "duration")]


def test_the_point_date_wins_over_a_nearer_duration(analyze_text) -> None:
    report = analyze_text("The army jailed the rebels for six years on Tuesday.", published="2016-03-10")
    assert [(e.cameo, e.date) for e in report.events] == [("173", "2016-03-08")]


# -- one trigger, one target for the coordinated modifiers of one noun --------------------------


def test_coordinated_modifiers_of_one_noun_are_one_target(code) -> None:
    assert code("The ministry will insist on stricter passport, visa and luggage checks.") == [
        ("insist", "100", "ministry", None, "stricter passport, visa and luggage checks"),
    ]


def test_coordinated_distinct_objects_stay_separate(code) -> None:
    assert code("The rebels attacked churches, embassies and business centers.") == [
        ("attacked", "190", "rebels", None, "churches"),
        ("attacked", "190", "rebels", None, "embassies"),
        ("attacked", "190", "rebels", None, "business centers"),
    ]
    assert code("The rebels attacked a church and two mosques.") == [
        ("attacked", "190", "rebels", None, "a church"),
        ("attacked", "190", "rebels", None, "two mosques"),
    ]


def test_coordinated_actor_targets_stay_separate(code) -> None:
    assert code("The army attacked the rebels and the police.") == [
        ("attacked", "190", "army", "rebels", None),
        ("attacked", "190", "army", "police", None),
    ]
