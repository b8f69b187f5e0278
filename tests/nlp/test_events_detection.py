"""Issue 16's failure classes, each on sentences written for these tests (fictional actors):
false dyads, places as targets, modes that invert facts, figurative or nominal uses coded as
violence, core violence missed, wrong codes; and the coverage of every PLOVER category."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model

ACTORS = {
    "front": ("the Front", "FRN", "insurgent"),
    "kandor": ("Kandor", "KAN", "state"),
    "elbia": ("Elbia", "ELB", "state"),
    "jones": ("Jones", "KANGOV", "person"),
    "smith": ("Smith", "ELBGOV", "person"),
    "police": ("police", "KANCOP", "police"),
}


@pytest.fixture(scope="module")
def code(coded_events):
    def run(text: str) -> list[tuple]:
        return [
            (e["trigger"]["text"], e["cameo"], e["mode"], e["source"], e["target"], e["target_text"])
            for e in coded_events(text, ACTORS)
        ]

    return run


# -- false dyads ------------------------------------------------------------------------------


def test_a_participle_on_a_video_speaks_for_its_issuer(code) -> None:
    assert code("The Front issued a video aimed at the Kandor government threatening to kill the hostage.") == [
        ("threatening", "130", "asserted", "front", None, None),
        ("kill", "190", "planned", "front", None, "the hostage"),
    ]


def test_the_possessor_of_a_murder_is_its_victim(code) -> None:
    assert code("The Front released a video showing Jones's murder.") == [
        ("murder", "186", "asserted", None, "jones", None)
    ]


def test_the_government_is_not_the_armed_group_that_reports_it(code) -> None:
    assert code("The government agreed to release 150 prisoners, the Front said.") == [
        ("release", "0841", "planned", None, None, "150 prisoners")
    ]


def test_a_relative_is_not_the_actor_named_as_possessor(code) -> None:
    assert code("Police announced the detentions of Smith's wife and son.") == [
        ("detentions", "173", "asserted", "police", None, "Smith's wife")
    ]


def test_the_former_is_the_first_of_the_two_actors_before_it(code) -> None:
    assert code("The Front attacked Kandor, and Kandor retaliated by attacking the former's bases.") == [
        ("attacked", "190", "asserted", "front", "kandor", None),
        ("retaliated", "190", "asserted", "kandor", "front", None),
        ("attacking", "190", "asserted", "kandor", "front", None),
    ]


def test_the_speaker_is_not_the_source_of_what_is_reported(code) -> None:
    assert code("Jones said Smith attacked Kandor.") == [("attacked", "190", "reported", "smith", "kandor", None)]


# -- places as targets --------------------------------------------------------------------------


def test_a_border_with_a_country_is_a_place_not_a_target(code) -> None:
    assert code("Kandor airstrikes hit a rebel-held town along the border with Elbia.") == [
        ("airstrikes", "195", "asserted", "kandor", None, None)
    ]


def test_the_country_where_the_targets_are_is_not_the_target(code) -> None:
    assert code("Kandor carried out air strikes against the militants in Elbia.") == [
        ("strikes", "195", "asserted", "kandor", None, "the militants")
    ]


def test_a_date_is_never_what_is_acted_on(code) -> None:
    assert code("The Front attacked on Tuesday.") == [("attacked", "190", "asserted", "front", None, None)]


# -- modes ----------------------------------------------------------------------------------------


def test_yet_to_apologize_is_no_apology(code) -> None:
    assert code("Kandor has yet to apologize to Elbia.") == [("apologize", "055", "negated", "kandor", "elbia", None)]


def test_a_plea_for_a_release_is_a_request_not_a_release(code) -> None:
    assert code("Jones pleaded for Kandor to release him.") == [
        ("pleaded", "020", "asserted", "jones", None, None),
        ("release", "0841", "hypothetical", "kandor", "jones", None),
    ]


def test_refused_and_failed_are_not_done(code) -> None:
    assert code("Kandor refused to withdraw its troops.") == [
        ("refused", "120", "asserted", "kandor", None, None),
        ("withdraw", "0874", "negated", "kandor", None, "its troops"),
    ]


def test_a_past_time_rules_out_planned(code) -> None:
    assert code("Kandor plans to investigate the kidnapping of Smith six months ago.") == [
        ("investigate", "090", "planned", "kandor", "smith", None),
        ("kidnapping", "181", "asserted", None, "smith", None),
    ]


def test_a_wire_lead_ending_in_said_is_reported(code) -> None:
    assert code("The Front killed ten soldiers near the capital, a military source and residents said on Monday.") == [
        ("killed", "190", "reported", "front", None, "ten soldiers")
    ]


def test_a_stated_intent_to_cooperate_is_an_agreement(code) -> None:
    assert code("Kandor said it is willing to withdraw its troops from Elbia.") == [
        ("withdraw", "0356", "asserted", "kandor", "elbia", None)
    ]


def test_a_stated_hostile_plan_is_a_threat_and_a_condition_an_ultimatum(code) -> None:
    assert code("The Front said it would blockade the capital.") == [
        ("blockade", "138", "asserted", "front", None, "the capital")
    ]
    assert code("Kandor will withdraw its troops from Elbia unless Elbia pays.") == [
        ("withdraw", "139", "asserted", "kandor", "elbia", None)
    ]


def test_must_in_a_reported_clause_is_the_speakers_demand(code) -> None:
    assert code("Kandor said Elbia must return the helicopter.") == [
        ("return", "100", "asserted", "kandor", "elbia", None)
    ]


def test_an_event_named_as_time_frame_is_background(code) -> None:
    assert code("Kandor lifted the curfew on Elbia after days of fighting.") == [
        ("lifted", "0813", "asserted", "kandor", "elbia", None)
    ]


# -- figurative and nominal uses -------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "An angry Jones retaliated on Tuesday.",
        "Jones retaliated against the remarks.",
        "The Kandor War cost billions.",
        "Jones rallied supporters in the capital.",
        "Kandor freed the banned party's funds.",
    ],
)
def test_figurative_and_nominal_uses_are_no_violence(code, sentence: str) -> None:
    assert [e for e in code(sentence) if e[1].startswith(("18", "19", "20", "14"))] == []


# -- core violence -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The Front opened fire at buses carrying pilgrims.",
            ("opened fire", "190", "asserted", "front", None, "buses"),
        ),
        ("The Front beheaded two of the soldiers.", ("beheaded", "186", "asserted", "front", None, "the soldiers")),
        ("A car bomb exploded outside the prison.", ("exploded", "183", "asserted", None, None, "the prison")),
        (
            "The Front carried out a chlorine gas attack on police.",
            ("attack", "190", "asserted", "front", "police", None),
        ),
        ("A Front member drove a truck into a crowd.", ("drove", "190", "asserted", None, None, "a crowd")),
    ],
)
def test_core_violence_is_found(code, sentence: str, expected: tuple) -> None:
    assert code(sentence) == [expected]


def test_aerial_bombing_is_195_not_a_car_bombing(code) -> None:
    assert code("Kandor jets bombed the town.") == [("bombed", "195", "asserted", "kandor", None, "the town")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Hundreds of inmates escaped in a prison break.",
        "Figures released by the ministry show a rise.",
        "Rescuers pulled five survivors from the rubble.",
    ],
)
def test_no_concession_for_escapes_rescues_or_figures(code, sentence: str) -> None:
    assert code(sentence) == []


# -- one sentence per PLOVER category (coverage from general entries) ----------------------------------


@pytest.mark.parametrize(
    ("sentence", "plover"),
    [
        ("Kandor agreed to a ceasefire with Elbia.", "AGREE"),
        ("Kandor and Elbia held talks in Geneva.", "CONSULT"),
        ("Kandor praised Elbia.", "SUPPORT"),
        ("Kandor released Jones.", "RETREAT"),
        ("Kandor lifted the curfew on Elbia.", "CONCEDE"),
        ("Kandor shared intelligence with Elbia.", "COOPERATE"),
        ("Kandor sent aid to Elbia.", "AID"),
        ("Kandor pulled out of Elbia.", "RETREAT"),
        ("Kandor urged Elbia to negotiate.", "REQUEST"),
        ("Kandor accused Elbia of spying.", "ACCUSE"),
        ("The Front rejected Kandor's offer.", "REJECT"),
        ("Kandor threatened Elbia with sanctions.", "THREATEN"),
        ("Thousands marched against Kandor.", "PROTEST"),
        ("Kandor severed diplomatic relations with Elbia.", "SANCTION"),
        ("Kandor deployed troops to the border with Elbia.", "MOBILIZE"),
        ("Kandor imposed a curfew on Elbia.", "COERCE"),
        ("The Front attacked Kandor.", "ASSAULT"),
    ],
)
def test_every_plover_category_has_general_triggers(parse, with_actors, sentence: str, plover: str) -> None:
    from newsintel.nlp.events.component import EventCoder

    doc = parse(sentence)
    with_actors(doc, ACTORS)
    doc._.ni_attributions = []
    EventCoder()(doc)
    assert plover in {e["plover"] for e in doc._.ni_events}


# -- statements, aims and possibilities ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The Front began a hunger strike to protest against Kandor.",
            [("began", "142", "asserted", "front", None, None), ("protest", "141", "planned", "front", "kandor", None)],
        ),
        (
            "Kandor mobilized reservists for a possible war against Elbia.",
            [
                ("mobilized", "154", "asserted", "kandor", None, "reservists"),
                ("war", "190", "hypothetical", None, "elbia", None),
            ],
        ),
        (
            "Jones said he will withdraw the inspectors from Elbia.",
            [("withdraw", "131", "asserted", "jones", "elbia", None)],
        ),
        (
            "Kandor will not accept any more refugees from Elbia.",
            [("accept", "120", "asserted", "kandor", "elbia", None)],
        ),
        ("Elbia extradited Jones to Kandor.", [("extradited", "063", "asserted", "elbia", "jones", None)]),
        ("The Front fired a grenade at the Kandor convoy.", [("fired", "190", "asserted", "front", "kandor", None)]),
        (
            "Smith reported on the detentions of the Front's leaders.",
            [("detentions", "173", "reported", None, "front", None)],
        ),
    ],
)
def test_aims_possibilities_refusals_and_instruments(code, sentence: str, expected: list) -> None:
    assert code(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Kandor launched a mediation effort between the Front and Elbia.",
            [
                ("mediation", "045", "asserted", "kandor", "front", None),
                ("mediation", "045", "asserted", "kandor", "elbia", None),
            ],
        ),
        (
            "Kandor and Elbia restored diplomatic relations.",
            [
                ("restored", "050", "asserted", "kandor", "elbia", None),
                ("restored", "050", "asserted", "elbia", "kandor", None),
            ],
        ),
        (
            "Kandor ended mediation efforts between the Front and Elbia.",
            [
                ("ended", "164", "asserted", "kandor", "front", None),
                ("ended", "164", "asserted", "kandor", "elbia", None),
            ],
        ),
        ("Aid workers left Elbia.", []),
        ("The Front staged rallies against Kandor.", [("staged", "141", "asserted", "front", "kandor", None)]),
    ],
)
def test_event_nouns_in_frames_and_as_modifiers(code, sentence: str, expected: list) -> None:
    assert code(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Militants detonated a car bomb at a prison in the north.",
            [("detonated", "183", "asserted", None, None, "a prison")],
        ),
        (
            "The Kandor bombing of Elbia killed dozens.",
            [
                ("bombing", "183", "asserted", "kandor", "elbia", None),
                ("killed", "190", "asserted", "kandor", None, "dozens"),
            ],
        ),
        (
            "Gunmen stormed the hotel and took hostages.",
            [
                ("stormed", "190", "asserted", None, None, "the hotel"),
                ("took", "181", "asserted", None, None, "hostages"),
            ],
        ),
    ],
)
def test_an_event_acts_through_its_doer_and_instruments_are_not_targets(code, sentence: str, expected: list) -> None:
    assert code(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Jones was dragged into a shop and beaten by the Front.",
            [("beaten", "182", "asserted", "front", "jones", None)],
        ),
        (
            "The engineer was dragged into a shop and beaten.",
            [("beaten", "182", "asserted", None, None, "The engineer")],
        ),
        ("The Elbia civil war cost billions.", []),
        ("Soldiers died in an attack carried out by the Front.", [("attack", "190", "asserted", "front", None, None)]),
    ],
)
def test_passives_wars_and_carried_out_by(code, sentence: str, expected: list) -> None:
    assert code(sentence) == expected


def test_demonstrating_a_quality_is_no_protest(code) -> None:
    assert code("Jones demonstrated that he has the temperament for the job.") == []
    assert code("The Front demonstrated outside the Kandor embassy.") == [
        ("demonstrated", "141", "asserted", "front", None, None)
    ]
