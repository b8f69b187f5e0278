"""The sides of an event record and the ACLED type they decide (record.sides + record.acled), on
sentences written for the tests (needs the model)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def _main(report):
    coded = [e for e in report.events if e.acled_event_type]
    return coded[0] if coded else None


def _main_event(analyze_text, text: str):
    """The first event with an ACLED type; the test fails here, naming the text, when there is none."""
    event = _main(analyze_text(text, published="2024-03-04"))
    assert event is not None, text
    return event


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the object the joined verb shares: policemen are an armed side, so a battle
        ("Rebels ambushed and killed three policemen near Segou.", ("Battles", "state forces")),
        ("A soldier was shot and killed by militants in Sokoto.", ("Battles", "state forces")),
        # people the words call unidentified are an armed group when they do the violence
        ("Two unidentified men shot a shopkeeper in Kano.", ("Violence against civilians", "civilians")),
        # forces fighting unarmed traders with no weapon fired: a riot, the crowd its actor1, the police actor2
        ("Police officers fought with street traders in a market in Kumasi.", ("Riots", "state forces")),
    ],
)
def test_the_sides_decide_the_type(analyze_text, text, expected):
    event = _main_event(analyze_text, text)
    assert (event.acled_event_type, event.target_actor_type) == expected


def test_an_unidentified_attacker_is_an_unidentified_armed_group(analyze_text):
    event = _main_event(analyze_text, "Unknown persons opened fire on a bus in Peshawar.")
    assert (event.acled_event_type, event.source_inter, event.source_acled_name) == (
        "Violence against civilians",
        3,
        "Unidentified Armed Group (Pakistan)",
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a crowd event's actor1 is the crowd, the forces that met it actor2
        ("Police fired tear gas at protesters in Mombasa.", ("Protests", "protesters", "state forces")),
        # a multinational force is ACLED's external/other
        (
            "Saudi-led coalition airstrikes hit a fuel depot on Tuesday.",
            ("Explosions/Remote violence", "external/other", None),
        ),
    ],
)
def test_acled_actor_conventions(analyze_text, text, expected):
    event = _main_event(analyze_text, text)
    assert (event.acled_event_type, event.source_actor_type, event.target_actor_type) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Four mortar shells were fired from a hill towards the camp.", "Explosions/Remote violence"),
        ("A rocket was launched at the airport on Sunday.", "Explosions/Remote violence"),
        ("Artillery and mortar shelling was heard in the valley.", "Explosions/Remote violence"),
    ],
)
def test_weapons_fired_launched_or_counted_are_events(analyze_text, text, expected):
    event = _main_event(analyze_text, text)
    assert event.acled_event_type == expected


def test_counted_bursts_of_fire_are_a_shooting(analyze_text):
    event = _main(
        analyze_text("Monitors recorded a total of 9 bursts of fire near the bridge.", published="2024-03-04")
    )
    assert event is not None and event.means == "firearms"


def test_a_dismissal_from_a_post_is_still_no_event(analyze_text):
    assert _main(analyze_text("The coach was fired from the club on Monday.", published="2024-03-04")) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Soldiers recovered three roadside IEDs near the bridge.", "Disrupted weapons use"),
        ("Rebel fighters established new fortifications south of the river.", "Headquarters or base established"),
        ("The army sent reinforcements to the northern towns on Monday.", "Change to group/activity"),
        ("A military column entered the province from the east.", "Change to group/activity"),
        ("The authorities imposed a curfew on the city after the unrest.", "Change to group/activity"),
        ("Border guards fired warning shots into the air near the crossing.", "Other"),
    ],
)
def test_strategic_developments_without_violence(analyze_text, text, expected):
    event = _main_event(analyze_text, text)
    assert (event.acled_event_type, event.acled_sub_event_type) == ("Strategic developments", expected)


@pytest.mark.parametrize(
    "text",
    ["The newspaper's column entered its tenth year.", "She recovered her lost phone at the station."],
)
def test_no_strategic_development_in_ordinary_sentences(analyze_text, text):
    assert _main(analyze_text(text, published="2024-03-04")) is None


def test_a_crowds_camp_is_no_base(analyze_text):
    event = _main(
        analyze_text("Residents built a tent camp and demonstrated outside the ministry.", published="2024-03-04")
    )
    assert event is not None and event.acled_event_type == "Protests"


def test_the_group_that_planted_the_bomb_is_actor1(analyze_text):
    event = _main(
        analyze_text(
            "A roadside bomb exploded near a police truck in Jolo on Monday. Abu Sayyaf claimed responsibility.",
            published="2024-03-04",
        )
    )
    assert event is not None
    assert (event.acled_event_type, event.source_inter, event.source_acled_name) == (
        "Explosions/Remote violence",
        2,
        "Abu Sayyaf Group",
    )


def test_an_off_duty_officer_is_a_civilian_victim(analyze_text):
    event = _main(
        analyze_text(
            "Gunmen shot and killed an off-duty police officer outside his home in Kisumu.", published="2024-03-04"
        )
    )
    assert event is not None
    assert (event.acled_event_type, event.target_actor_type) == ("Violence against civilians", "civilians")


def test_people_named_by_their_country_are_not_its_state(analyze_text):
    event = _main_event(analyze_text, "Hundreds of Nigerian students clashed with police in Ibadan.")
    assert (event.acled_event_type, event.source_actor_type, event.target_actor_type) == (
        "Riots",
        "rioters",
        "state forces",
    )


def test_a_foreign_military_column_is_an_external_force(analyze_text):
    event = _main_event(analyze_text, "A Russian military column entered Tartus, Syria, on Monday.")
    assert (event.acled_sub_event_type, event.source_actor_type, event.source_country) == (
        "Change to group/activity",
        "external/other",
        "RUS",
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the date of "On 2 March" is no target: the joined verb's object is
        ("On 2 March 2024, rebels ambushed and killed four soldiers near Nara.", ("Battles", "state forces")),
        # an event noun's "on X" is the target of the verb that launched it
        ("Militants launched an attack on army troops at a checkpoint in Bama.", ("Battles", "state forces")),
    ],
)
def test_a_dated_report_keeps_its_sides(analyze_text, text, expected):
    event = _main_event(analyze_text, text)
    assert (event.acled_event_type, event.target_actor_type) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an exchange of fire outweighs the arrest that was its purpose or its sequel
        (
            "Two bandits died after exchanging fire with officers who had come to arrest them in Campinas.",
            ("Battles", "Armed clash"),
        ),
        ("A man shot at officers in Pereira. The officers returned fire and wounded him.", ("Battles", "Armed clash")),
        # weapons seized during an operation near a village: a seizure, not territory taken
        (
            "Soldiers seized six rifles and grenades belonging to the rebels, found during a search"
            " near Tessit village.",
            ("Strategic developments", "Disrupted weapons use"),
        ),
        # an arson attack on a building that harmed no one: property destruction, "chemical" is no weapon
        (
            "Anarchists staged an arson attack on a chemical factory in Lyon. The blaze caused only material damage.",
            ("Strategic developments", "Looting/property destruction"),
        ),
    ],
)
def test_codebook_conventions_for_gunfights_seizures_and_arson(analyze_text, text, expected):
    event = _main_event(analyze_text, text)
    assert (event.acled_event_type, event.acled_sub_event_type) == expected


def test_a_militia_named_by_a_people_is_an_identity_militia(analyze_text):
    event = _main_event(analyze_text, "Fulani militiamen raided a hamlet on Tuesday.")
    assert (event.source_actor_type, event.source_inter) == ("identity militia", 4)
    # a creed names no people's militia
    event = _main_event(analyze_text, "An Islamist militia attacked the village of Dioura.")
    assert event.source_inter != 4
    # a country's adjective names no people's militia
    event = _main_event(analyze_text, "Libyan militias shelled the airport of Sabha.")
    assert event.source_inter != 4


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two families that exchanged fire are armed sides: a battle, not a riot
        (
            "Two rival clans fought each other in Zarqa. Both sides exchanged fire for an hour.",
            ("Battles", "Armed clash"),
        ),
        # two groups fighting with fists or sticks stay a riot
        ("Two groups of villagers clashed over water in Sehwan.", ("Riots", "Mob violence")),
    ],
)
def test_a_fight_is_a_battle_when_the_sides_fire(analyze_text, text, expected):
    event = _main_event(analyze_text, text)
    assert (event.acled_event_type, event.acled_sub_event_type) == expected


def test_men_who_open_fire_on_people_are_an_armed_group(analyze_text):
    event = _main_event(analyze_text, "Two men on a motorbike opened fire on a bakery in Arecibo.")
    assert (event.acled_event_type, event.source_inter) == ("Violence against civilians", 3)


def test_a_retort_is_no_gunfight(analyze_text):
    report = analyze_text(
        "Protesters scuffled with guards outside the hall. The mayor fired back at his critics.", published="2024-03-04"
    )
    assert "Battles" not in [e.acled_event_type for e in report.events]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the arrest a crowd protests is its grievance: the protest (here violent) is the event coded
        (
            "On 3 June, students demonstrated in Tamale against the arrest of a teacher. "
            "The demonstrators threw stones at the police station.",
            ("arrest", "Riots"),
        ),
        ("On 3 June, hundreds rallied in Tamale against the detention of a journalist.", ("detention", "Protests")),
        # a statement condemning a killing is no protest: the killing keeps its own type
        ("The governor issued a statement condemning the killing of two soldiers by rebels.", ("killing", "Battles")),
    ],
)
def test_a_protest_grievance_takes_the_protest_type(analyze_text, text, expected):
    report = analyze_text(text, published="2024-06-04")
    event = next(e for e in report.events if e.trigger.text == expected[0])
    assert event.acled_event_type == expected[1]


def test_a_killing_in_a_shootout_is_a_battle_whoever_fired(analyze_text):
    report = analyze_text(
        "On 3 May, police entered a poor district of Tamale. A shootout broke out and a young man was killed.",
        published="2024-05-04",
    )
    event = next(e for e in report.events if e.trigger.text == "killed")
    assert event.acled_event_type == "Battles"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the torture of a detainee is the event coded: violence against civilians
        ("On 5 May, soldiers detained and tortured a farmer near Tamale.", "Violence against civilians"),
        ("On 5 May, police arrested two traders in Tamale.", "Strategic developments"),
    ],
)
def test_abuse_in_custody_is_violence_against_civilians(analyze_text, text, expected):
    event = _main(analyze_text(text, published="2024-05-06"))
    assert event is not None
    assert event.acled_event_type == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a crowd whose clause names armed men with firearms is no unarmed mob: a battle
        ("On 2 May, youths from two villages clashed near Tamale, and armed men among them fired rifles.", "Battles"),
        ("On 2 May, villagers clashed with police officers in Tamale.", "Riots"),
    ],
)
def test_armed_men_among_a_crowd_make_a_battle(analyze_text, text, expected):
    event = next(e for e in analyze_text(text, published="2024-05-03").events if e.trigger.text == "clashed")
    assert event.acled_event_type == expected
