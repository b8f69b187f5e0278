"""Problems a QA run over real articles found, each on a sentence written for these tests:
figurative language coded as violence, durations as event dates, one trigger split over the
coordinated modifiers of one noun."""

from __future__ import annotations

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
def code(coded_events):
    def run(text: str) -> list[tuple]:
        return [
            (e["trigger"]["text"], e["cameo"], e["source"], e["target"], e["target_text"])
            for e in coded_events(text, ACTORS)
        ]

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


# -- figurative and political language is not violence ------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "A winter storm hit Kandor last week.",  # a force of nature is no source
        "Kandor declared war on poverty.",  # war on an abstract noun
        "Kandor declared war on drugs.",  # ... or on a thing
        "The rebels released a video.",  # a document, not persons
        "The governor captured the nomination.",  # an office, not a place
        "Smith beat Jones in the primary.",  # an election won
        "Smith beat Jones.",  # a candidate beating a candidate
        "The rebels seized the initiative.",
        "The rebels killed the bill.",
        "The earthquake killed 200 people.",
    ],
)
def test_figurative_uses_are_no_violent_event(code, sentence: str) -> None:
    assert code(sentence) == []


def test_an_attack_over_an_issue_is_criticism(code) -> None:
    assert code("The senator attacked his rival over the tax plan.") == [
        ("attacked", "111", "senator", None, "his rival"),
    ]
    assert code("The senator attacked the plan.") == [("attacked", "111", "senator", None, "the plan")]


def test_a_politician_attacking_a_politician_is_criticism(code) -> None:
    assert code("Smith attacked Jones.") == [("attacked", "111", "smith", "jones", None)]


def test_a_particle_changes_the_meaning(code) -> None:
    assert code("The candidate shot down the rumors.") == [("shot down", "120", "candidate", None, "the rumors")]
    assert code("The army shot down a drone.") == [("shot down", "190", "army", None, "a drone")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The army attacked Kandor.", ("attacked", "190", "army", "kandor", None)),
        ("The rebels released two hostages.", ("released", "0841", "rebels", None, "two hostages")),
        ("The army captured the town.", ("captured", "192", "army", None, "the town")),  # a place taken: occupied
        ("The police beat the protesters.", ("beat", "182", "police", None, "the protesters")),
        ("The rebels killed 12 soldiers.", ("killed", "190", "rebels", None, "12 soldiers")),
        ("The rebels attacked the convoy.", ("attacked", "190", "rebels", None, "the convoy")),
        ("The rebels launched an attack on the checkpoint.", ("attack", "190", "rebels", None, "the checkpoint")),
    ],
)
def test_literal_violence_is_kept(code, sentence: str, expected: tuple) -> None:
    assert code(sentence) == [expected]


def test_a_person_unknown_to_the_dictionaries_beating_a_politician_wins_a_vote(code) -> None:
    assert code("Bernie Sanders beat Jones in Michigan.") == []


def test_declaring_war_on_an_actor_is_the_declarers_war(code) -> None:
    assert code("Kandor declared war on the rebels.") == [("war", "190", "kandor", "rebels", None)]
    assert code("Kandor waged war on the rebels.") == [("war", "190", "kandor", "rebels", None)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The senator refused to attack his rivals.",
            [("refused", "120", "senator", None, None), ("attack", "111", "senator", None, "his rivals")],
        ),
        ("The governor unleashed withering attacks against Smith.", [("attacks", "111", None, "smith", None)]),
        ("The senator won the caucuses, beating Jones.", []),
        ("Smith was fighting for second place.", []),
        ("Kandor declared war on women.", []),
    ],
)
def test_campaign_language_is_not_violence(code, sentence: str, expected: list) -> None:
    assert code(sentence) == expected


def test_fighting_between_armed_actors_stays_violence(code) -> None:
    assert code("Fighting between the army and the rebels resumed.") == [
        ("Fighting", "190", "army", "rebels", None),
        ("Fighting", "190", "rebels", "army", None),
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The army destroyed an encampment and a truck.",
            [("destroyed", "1712", "army", None, "an encampment"), ("destroyed", "1712", "army", None, "a truck")],
        ),
        ("Smith was kidnapped on Tuesday by the rebels.", [("kidnapped", "181", "rebels", "smith", None)]),
        ("The rebels seized a cache of weapons.", [("seized", "171", "rebels", None, "a cache")]),
        (
            "The town that the rebels tried to capture was shelled.",
            [("capture", "171", "rebels", None, None), ("shelled", "194", None, None, "The town")],
        ),
    ],
)
def test_literal_objects_the_lexicon_reads_through(code, sentence: str, expected: list) -> None:
    assert code(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Smith captured Kandor and two other states.", []),
        ("Smith captured two states.", []),
        ("The army captured Kandor.", [("captured", "171", "army", "kandor", None)]),
        ("The rebels captured two towns.", [("captured", "171", "rebels", None, "two towns")]),
    ],
)
def test_a_candidate_capturing_states_wins_votes(code, sentence: str, expected: list) -> None:
    assert code(sentence) == expected
