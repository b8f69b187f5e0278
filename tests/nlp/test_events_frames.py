"""Event frames and modes on sentences written for these tests, with hand-made actor maps.

The actors are given directly (doc._.ni_actors), so these tests exercise the events stage
alone: its dictionary, its reading of the parse and its modes.
"""

from __future__ import annotations

import dataclasses

import pytest

from newsintel import records

pytestmark = pytest.mark.model

ACTORS = {
    "rebels": ("the rebels", "REB", "insurgent"),
    "militia": ("the militia", "MIL", "militant"),
    "kandor": ("Kandor", "KAN", "state"),
    "army": ("the army", "KANMIL", "military"),
    "ministry": ("The ministry", "KANGOV", "ministry"),
    "herald": ("the Herald", "MED", "media"),
}


@pytest.fixture(scope="module")
def code(coded_events):
    def run(text: str, attributions: list[dict] | None = None, extra: dict | None = None) -> list[tuple]:
        return [
            (e["trigger"]["text"], e["cameo"], e["mode"], e["source"], e["target"], e["target_text"])
            for e in coded_events(text, {**ACTORS, **(extra or {})}, attributions)
        ]

    return run


def test_active_voice(code) -> None:
    assert code("The rebels attacked Kandor.") == [("attacked", "190", "asserted", "rebels", "kandor", None)]


def test_passive_voice_with_by_agent(code) -> None:
    assert code("Kandor was attacked by the rebels.") == [("attacked", "190", "asserted", "rebels", "kandor", None)]


def test_coordinated_subjects(code) -> None:
    assert code("The rebels and the militia attacked Kandor.") == [
        ("attacked", "190", "asserted", "rebels", "kandor", None),
        ("attacked", "190", "asserted", "militia", "kandor", None),
    ]


def test_non_actor_targets_are_kept_as_text(code) -> None:
    assert code("The rebels attacked churches and schools.") == [
        ("attacked", "190", "asserted", "rebels", None, "churches"),
        ("attacked", "190", "asserted", "rebels", None, "schools"),
    ]


def test_nominal_event_with_prepositional_target(code) -> None:
    assert code("The rebels launched attacks on Kandor.") == [("attacks", "190", "asserted", "rebels", "kandor", None)]


def test_nominal_event_with_possessive_source(code) -> None:
    assert code("The rebels' seizure of Kandor surprised everyone.") == [
        ("seizure", "192", "asserted", "rebels", "kandor", None)
    ]


def test_gerund_chain_keeps_the_subject(code) -> None:
    assert code("The army retaliated by attacking the rebels.") == [
        ("retaliated", "190", "asserted", "army", "rebels", None),
        ("attacking", "190", "asserted", "army", "rebels", None),
    ]


def test_subject_carried_to_coordinated_clause(code) -> None:
    assert code("The militia condemned the rebels and promised aid to Kandor.") == [
        ("condemned", "111", "asserted", "militia", "rebels", None),
        ("promised", "033", "asserted", "militia", "kandor", None),
    ]


def test_seizing_control_targets_the_place(code) -> None:
    assert code("The rebels seized control of Kandor.") == [("seized", "192", "asserted", "rebels", "kandor", None)]


def test_declining_to_comment_needs_no_target(code) -> None:
    assert code("The ministry declined to comment.") == [("declined", "011", "asserted", "ministry", None, None)]


def test_mode_negated(code) -> None:
    assert code("The rebels did not attack Kandor.") == [("attack", "190", "negated", "rebels", "kandor", None)]


def test_mode_planned(code) -> None:
    assert code("The rebels plan to attack Kandor.") == [("attack", "190", "planned", "rebels", "kandor", None)]
    assert code("The rebels revealed plans to attack churches.") == [
        ("attack", "190", "planned", None, None, "churches")
    ]


def test_mode_hypothetical(code) -> None:
    assert code("The rebels could attack Kandor.") == [("attack", "190", "hypothetical", "rebels", "kandor", None)]
    assert code("If the rebels attack Kandor, the army will respond.") == [
        ("attack", "190", "hypothetical", "rebels", "kandor", None)
    ]


def test_mode_denied(code) -> None:
    assert code("The rebels denied attacking Kandor.") == [
        ("denied", "016", "asserted", "rebels", "kandor", None),
        ("attacking", "190", "denied", "rebels", "kandor", None),
    ]


def test_mode_reported_links_the_attribution(code) -> None:
    text = "Officials said the rebels attacked Kandor."
    start = text.index("the rebels")
    attribution = {
        "id": "a1",
        "kind": "indirect",
        "content": [{"start": start, "end": len(text) - 1, "text": text[start:-1]}],
        "speaker": {"text": "Officials"},
    }
    assert code(text, [attribution]) == [("attacked", "190", "reported", "rebels", "kandor", None)]


TABARI_VERBS = """
&AIDWORDS
+FOOD AID
+MEDICINE

--- SEND  [070]  ---
SEND {SENT}
- * TROOPS  [182]
- * &AIDWORDS  [073]
- NEVER_*  [---]
- + WAS * BY $  [071]

--- MEET  [031:032] ---
MEET {MET}
- % HAVE *  [036]
"""


@pytest.fixture(scope="module")
def code_tabari(tmp_path_factory, parse, with_actors):
    from newsintel.nlp.events.component import EventCoder

    path = tmp_path_factory.mktemp("verbs") / "verbs.txt"
    path.write_text(TABARI_VERBS, encoding="utf-8")
    coder = EventCoder(verb_files=[str(path)], use_builtin=False)

    def run(text: str) -> list[tuple]:
        doc = parse(text)
        with_actors(doc, ACTORS)
        coder(doc)
        return [(e["trigger"]["text"], e["cameo"], e["source"], e["target"]) for e in doc._.ni_events]

    return run


def test_tabari_default_code_and_patterns(code_tabari) -> None:
    assert code_tabari("The militia sent money to Kandor.") == [("sent", "070", "militia", "kandor")]
    assert code_tabari("The militia sent troops to Kandor.") == [("sent", "182", "militia", "kandor")]
    assert code_tabari("The militia sent food and medicine to Kandor.") == [("sent", "073", "militia", "kandor")]


def test_tabari_multiword_synset_member_and_no_event_code(code_tabari) -> None:
    assert code_tabari("The militia sent food and fuel aid to Kandor.") == [("sent", "070", "militia", "kandor")]
    assert code_tabari("The militia sent food aid to Kandor.") == [("sent", "073", "militia", "kandor")]
    assert code_tabari("The militia never sent money to Kandor.") == []


def test_tabari_slots_pick_source_and_target(code_tabari) -> None:
    assert code_tabari("Kandor was sent money by the militia.") == [("sent", "071", "militia", "kandor")]


def test_tabari_reverse_codes_and_compound_actors(code_tabari) -> None:
    assert code_tabari("The militia met Kandor.") == [
        ("met", "031", "militia", "kandor"),
        ("met", "032", "kandor", "militia"),
    ]
    assert code_tabari("The militia and Kandor have met.") == [
        ("met", "036", "militia", "kandor"),
        ("met", "036", "kandor", "militia"),
    ]


def test_yaml_pattern_errors_are_dictionary_errors(tmp_path) -> None:
    from newsintel.errors import DictionaryError
    from newsintel.nlp.events.yaml_patterns import parse_yaml_patterns

    with pytest.raises(DictionaryError, match="needs a \\[code\\]"):
        parse_yaml_patterns("verbs:\n  - lemmas: [hit]\n    code: '190'\n    patterns: ['* HARD']\n", path="p.yaml")
    with pytest.raises(DictionaryError, match="quote on/off"):
        parse_yaml_patterns("nouns:\n  - lemmas: [raid]\n    code: '190'\n    target_preps: [on]\n", path="p.yaml")
    with pytest.raises(DictionaryError, match="expected a mapping"):
        parse_yaml_patterns("- just a list\n", path="p.yaml")


def test_mode_of_a_requested_action_is_hypothetical(code) -> None:
    assert code("The militia urged Kandor to attack the rebels.") == [
        ("urged", "020", "asserted", "militia", "kandor", None),
        ("attack", "190", "hypothetical", "kandor", "rebels", None),
    ]


def test_agentless_passive_subject_is_the_target(code) -> None:
    assert code("Kandor was attacked.") == [("attacked", "190", "asserted", None, "kandor", None)]
    assert code("Two schools were attacked.") == [("attacked", "190", "asserted", None, None, "Two schools")]


def test_entries_needing_an_actor_target(code) -> None:
    assert code("The militia released a statement.") == []
    assert code("The militia released Kandor.") == [("released", "0841", "asserted", "militia", "kandor", None)]


def test_modifier_of_an_event_noun_is_doer_or_target_by_kind(code) -> None:
    assert code("The militia attack killed two people.")[0] == ("attack", "190", "asserted", "militia", None, None)
    assert code("The Herald attack shocked the city.") == [("attack", "190", "asserted", None, "herald", None)]


def test_countries_coordinated_inside_an_agent_mention(code) -> None:
    extra = {
        "kandor-gov": ("The envoys of Kandor", "KANGOV", "government"),
        "lothar": ("Lothar", "LOT", "state"),
        "varn": ("Varn", "VAR", "state"),
    }
    assert code("The envoys of Kandor, Lothar and Varn condemned the rebels.", extra=extra) == [
        ("condemned", "111", "asserted", "kandor-gov", "rebels", None),
        ("condemned", "111", "asserted", "lothar", "rebels", None),
        ("condemned", "111", "asserted", "varn", "rebels", None),
    ]


def test_unknown_name_takes_the_known_actor_of_its_title(code) -> None:
    extra = {
        "kandor-gov": ("Kandor's Prime Minister", "KANGOV", "government"),
        "local:falmir": ("Falmir", None, "person"),
    }
    assert code("Kandor's Prime Minister Falmir condemned the rebels.", extra=extra) == [
        ("condemned", "111", "asserted", "kandor-gov", "rebels", None)
    ]


def test_several_subjects_of_one_verb(code) -> None:
    assert code("Farmers, traders, and the militia attacked the rebels.") == [
        ("attacked", "190", "asserted", "militia", "rebels", None)
    ]


def test_symmetric_event_nouns_go_both_ways(code) -> None:
    assert code("The militia held talks with the rebels.") == [
        ("talks", "040", "asserted", "militia", "rebels", None),
        ("talks", "040", "asserted", "rebels", "militia", None),
    ]
    assert code("Fighting between the militia and the rebels resumed.") == [
        ("Fighting", "190", "asserted", "militia", "rebels", None),
        ("Fighting", "190", "asserted", "rebels", "militia", None),
    ]


def test_directional_prepositions_give_targets(code) -> None:
    assert code("The rebels fired rockets at Kandor.") == [("fired", "190", "asserted", "rebels", "kandor", None)]


def test_place_date_and_record_fields(parse) -> None:
    from newsintel.nlp.events.component import EventCoder

    text = "The rebels attacked Kandor in Varna on Monday."
    doc = parse(text)
    doc._.ni_actors = [
        {
            "id": "rebels",
            "name": "rebels",
            "cameo": "REB",
            "type": "insurgent",
            "mentions": [{"start": 0, "end": 10, "text": "The rebels"}],
        },
        {
            "id": "kandor",
            "name": "Kandor",
            "cameo": "KAN",
            "type": "state",
            "mentions": [{"start": 20, "end": 26, "text": "Kandor"}],
        },
    ]
    doc._.ni_places = [
        {"id": "p1", "name": "Varna", "kind": "city", "mentions": [{"start": 30, "end": 35, "text": "Varna"}]}
    ]
    doc._.ni_dates = [{"id": "d1", "span": {"start": 36, "end": 45, "text": "on Monday"}, "value": "2023-04-24"}]
    EventCoder()(doc)
    (event,) = doc._.ni_events
    names = [f.name for f in dataclasses.fields(records.Event)]
    record_fields = set(names[names.index("rule") + 1 :])  # contract 1.1: filled by the records stage
    assert {k: v for k, v in event.items() if k not in ("rule", "sentence") and k not in record_fields} == {
        "id": "e1",
        "trigger": {"start": 11, "end": 19, "text": "attacked"},
        "cameo": "190",
        "plover": "ASSAULT",
        "mode": "asserted",
        "source": "rebels",
        "target": "kandor",
        "target_text": None,
        "place": "p1",
        "date": "2023-04-24",
        "attribution": None,
        "source_text": "The rebels",
        "source_code": "REB",
        "target_code": "KAN",
        "goldstein": -10.0,
        "quad_class": 4,
    }
    assert event["sentence"] == {"start": 0, "end": len(text), "text": text}
    assert event["rule"].startswith("ATTACK [190]")


def test_title_actor_refines_a_name_known_only_by_its_country(code) -> None:
    extra = {"kandor-gov": ("Kandor Prime Minister", "KANGOV", "government"), "belen": ("Belen", "KAN", "state")}
    assert code("Kandor Prime Minister Belen condemned the rebels.", extra=extra) == [
        ("condemned", "111", "asserted", "kandor-gov", "rebels", None)
    ]
    people = {"kandor-gov": ("Kandor Prime Minister", "KANGOV", "government"), "belen": ("Belen", "KANGOV", "person")}
    assert code("Kandor Prime Minister Belen condemned the rebels.", extra=people) == [
        ("condemned", "111", "asserted", "belen", "rebels", None)
    ]


def test_pronouns_and_definite_descriptions_carry_the_actor(code) -> None:
    assert code("The rebels regrouped in March. Later the group attacked Kandor.") == [
        ("attacked", "190", "asserted", "rebels", "kandor", None)
    ]
    assert code("Kandor said it would attack the rebels.") == [
        ("attack", "138", "asserted", "kandor", "rebels", None)  # a threat, stated now
    ]


def test_no_event_patterns_and_container_nouns(code) -> None:
    assert code("The militia will shell out money for Kandor.") == []
    assert code("The rebels attacked a number of villages.") == [
        ("attacked", "190", "asserted", "rebels", None, "villages")
    ]


def test_actor_in_a_clause_about_the_object_is_not_the_target(code) -> None:
    assert code("The militia denounced the claim that Kandor had surrendered.")[0] == (
        "denounced",
        "111",
        "asserted",
        "militia",
        None,
        "the claim",
    )


def test_reciprocal_events_among_coordinated_actors(code) -> None:
    assert code("The militia and the rebels met on Monday.") == [
        ("met", "040", "asserted", "militia", "rebels", None),
        ("met", "040", "asserted", "rebels", "militia", None),
    ]


def test_target_reach_of_own_entries(code) -> None:
    extra = {"sam": ("Sam Orin", "KANGOV", "person")}
    assert code("Sam Orin backers urged him to resign.", extra=extra) == [
        ("urged", "020", "asserted", None, "sam", None)
    ]
    assert code("Fighters from the militia are fighting for the rebels.") == [
        ("fighting", "190", "asserted", "militia", None, None)
    ]
