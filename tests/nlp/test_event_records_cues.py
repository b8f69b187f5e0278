"""Events the coder left uncoded that the event records stage finds from its event words
(record/component.py, cue events), on sentences written for the tests (needs the model): each
one a form in which violence or a protest is reported without a verb the coder knows."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def _acled(report) -> list[tuple[str | None, str | None]]:
    return [(e.acled_event_type, e.acled_sub_event_type) for e in report.events if e.acled_event_type]


def _first(analyze_text, text: str) -> tuple[str | None, str | None]:
    coded = _acled(analyze_text(text, published="2024-03-04"))
    assert coded, text  # fails naming the text when no event was found
    return coded[0]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a body found or dumped with the marks of violence: violence against a civilian
        (
            "The body of a trader bearing stab wounds was found near a river in Techiman.",
            ("Violence against civilians", "Attack"),
        ),
        (
            "The body of a farmer, bound and gagged, was thrown into a ditch in Obuasi.",
            ("Violence against civilians", "Attack"),
        ),
        # a death from torture in custody, however deep the cause lies in the parse
        (
            "A detainee died as a result of torture in a police cell in Nkawkaw.",
            ("Violence against civilians", "Attack"),
        ),
        # an armed group the actors stage knows is a side, even when the words name no kind of actor
        (
            "The Shining Path blew up a power pylon near Ayacucho.",
            ("Explosions/Remote violence", "Remote explosive/landmine/IED"),
        ),
        # a weapon as the passive's agent
        (
            "A minibus was struck by an IED on a road near Bawku, leaving several people wounded.",
            ("Explosions/Remote violence", "Remote explosive/landmine/IED"),
        ),
        # an event noun said to happen by its own participle, by "perform"/"do", or by taking part in it
        ("A clash ensued between traders and soldiers in Tamale.", ("Battles", "Armed clash")),
        ("Residents performed a candlelight protest in Sunyani.", ("Protests", "Peaceful protest")),
        ("Hundreds of teachers participated in a demonstration in Bolgatanga.", ("Protests", "Peaceful protest")),
        ("Taxi drivers did a protest in Kumasi over fuel prices.", ("Protests", "Peaceful protest")),
        # what a gathering is for is its demand, not a mere purpose
        ("Taxi drivers did a motorcade through Kumasi to demand lower fuel prices.", ("Protests", "Peaceful protest")),
        (
            "The Abu Sayyaf placed checkpoints on the road to Bawku.",
            ("Strategic developments", "Headquarters or base established"),
        ),
        ("Yesterday a shoot-out took place at a market in Techiman.", ("Battles", "Armed clash")),
        ("Rebel fighters conducted an incursion into a border village near Hohoe.", ("Battles", "Armed clash")),
        # crowds: stones pelted, a gathering that turned violent, people who took to the streets
        ("Market women pelted stones at police officers in Aflao.", ("Riots", "Mob violence")),
        ("A group of fishermen threw stones at a navy patrol near Keta.", ("Riots", "Mob violence")),
        (
            "Youths outside the stadium in Keta turned violent and were dispersed by police with tear gas.",
            ("Riots", "Violent demonstration"),
        ),
        ("Nurses took to the streets in Winneba to demand unpaid allowances.", ("Protests", "Peaceful protest")),
        # "hit" with people on both sides: the crowd's beating is mob violence, the forces' an attack
        ("Residents of Tamale hit a suspected thief with sticks.", ("Riots", "Mob violence")),
        ("Police officers hit several women in a village near Yendi.", ("Violence against civilians", "Attack")),
        ("A prisoner in Keta was subjected to torture by guards.", ("Violence against civilians", "Attack")),
        # the firing of weapons named in an "of" phrase; a patrol formed by armed people
        (
            "The Shining Path carried out the firing of three rockets at an army post near Ayacucho.",
            ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
        ),
        (
            "Young men carrying sticks and whips formed a patrol on the road to Bawku.",
            ("Strategic developments", "Change to group/activity"),
        ),
        # "who" stands for the noun before it: villagers are a side
        (
            "Villagers who gathered near Techiman to demand water were dispersed by police.",
            ("Protests", "Protest with intervention"),
        ),
        # what a non-state armed group hands out, and who joins it, are strategic developments
        (
            "Members of the Abu Sayyaf distributed food packages to families near Bawku.",
            ("Strategic developments", "Change to group/activity"),
        ),
        (
            "Twenty policemen joined the Abu Sayyaf near Bawku.",
            ("Strategic developments", "Change to group/activity"),
        ),
        # an operation against an armed side: a battle unless the clause says more
        (
            "The army carried out an operation against the Abu Sayyaf near Bawku, leaving 4 militants dead.",
            ("Battles", "Armed clash"),
        ),
        (
            "A truck was hit by a landmine near Bawku.",
            ("Explosions/Remote violence", "Remote explosive/landmine/IED"),
        ),
    ],
)
def test_reported_forms_of_violence_and_protest_are_events(analyze_text, text, expected):
    assert _first(analyze_text, text) == expected


def test_what_a_witness_says_happened_is_a_reported_event(analyze_text):
    report = analyze_text(
        "His brother said that jail guards in Akim Oda had tortured him until he died.", published="2024-03-04"
    )
    coded = [(e.acled_event_type, e.mode) for e in report.events if e.acled_event_type]
    assert coded == [("Violence against civilians", "reported")]


@pytest.mark.parametrize(
    "text",
    [
        "The body of a fisherman was found near a river in Winneba.",  # no mark of violence: no event
        "The 1994 attack, which left nine people dead, was remembered in Hohoe.",  # background, not news
        "The candidate refused to engage in insults and attacks during the debate.",
        "If the guards beat him again, he will complain to the court in Yendi.",  # a condition
        "The drought hit farmers in the north hard this year.",  # "hit" with no people doing it
        "The Border Patrol has done an incredible job near Aflao.",  # a name, and "do" says nothing happened
        "We have to take on the banks in Kumasi.",
        "The senator struck a chord with his speech on the banks.",
        "She spoke for an hour, deploying her favourite adverb many times.",  # people do not deploy forces
        "The terrorists who had attacked the town were never caught.",  # past perfect in a relative clause
        "The coach was praised after the firing of his assistant.",  # the firing of a person
        "It was a long shot, the mayor of Obuasi said.",
        "The crowd, which chanted his name, cheered the candidate in Kumasi.",  # "which" is no side
        "The Abu Sayyaf joined the peace talks in Kumasi.",  # the group joins, it is not joined
        "Soldiers delivered food to flood victims near Bawku.",  # the state's forces hand out aid
        "He joined the campaign against the Abu Sayyaf in Kumasi.",  # the group hangs on another noun
        "Fighters of the Abu Sayyaf distributed leaflets near Bawku.",  # no change of activity
        "The government launched a campaign against poverty in Kumasi.",
        "People who are doing these attacks in Kumasi have an agenda.",  # "do" says only a protest happened
        "He placed his bags in the car in Kumasi.",
        "The president's motorcade arrived in Kumasi on Monday.",
        "The senator launched an operation against his rivals in Kumasi.",  # no armed side
    ],
)
def test_no_event_is_invented(analyze_text, text):
    assert _acled(analyze_text(text, published="2024-03-04")) == []
