"""ACLED's codebook as rules (nlp.events.record.acled): actor types + means + victims -> type, by hand."""

from __future__ import annotations

import pytest

from newsintel.nlp.events.record.acled import Clues, actor_type, code_event, means_of
from newsintel.nlp.events.record.taxonomy import ACLED_EVENT_TYPES, cameo_acled, disorder_type, taxonomy


def clues(sentence: str, trigger: str, **kwargs) -> Clues:
    words = sentence.lower().replace(",", " ,").replace(".", " .").split()
    return Clues(words=words, lemmas=words, trigger=trigger.lower().split(), **kwargs)


@pytest.mark.parametrize(
    ("phrase", "dictionary_type", "expected"),
    [
        ("unidentified gunmen", None, "political militia"),
        ("police officers", None, "state forces"),
        ("armed men", None, "political militia"),  # the longer phrase wins over "men"
        ("ethnic militiamen", None, "identity militia"),
        ("a group of farmers", None, "civilians"),
        ("hundreds of protesters", None, "protesters"),
        ("an angry mob", None, "rioters"),
        ("un peacekeepers", None, "external/other"),
        ("popular resistance forces", None, "political militia"),  # a resistance movement, not the state
        ("the authorities", None, "state forces"),  # "authorities" is not "authoritie"
        ("the group", "insurgent", "rebel group"),  # a dictionary actor's own type first
        ("the statement", None, None),
    ],
)
def test_actor_types(phrase, dictionary_type, expected):
    assert actor_type(phrase.split(), dictionary_type=dictionary_type) == expected


@pytest.mark.parametrize(
    ("sentence", "means"),
    [
        ("a suicide bomber blew himself up at the gate", "suicide attack"),
        ("warplanes struck the depot", "air/drone strike"),
        ("troops shelled the village with mortars", "shelling/artillery/missile"),
        ("a roadside bomb hit the convoy", "explosive device"),
        ("a man threw a grenade into the shop", "grenade"),
        ("attackers set fire to the houses", "arson"),
        ("he was stabbed with a knife", "blades/blunt"),
        ("gunmen opened fire on the bus", "firearms"),
        ("the council met on tuesday", None),
    ],
)
def test_means(sentence, means):
    words = sentence.split()
    assert means_of(words, words) == means


@pytest.mark.parametrize(
    ("sentence", "trigger", "kwargs", "expected"),
    [
        (
            "gunmen shot and killed a farmer in the village",
            "killed",
            {"source_type": "political militia", "target_type": "civilians"},
            ("Violence against civilians", "Attack"),
        ),
        (
            "rebels clashed with soldiers near the town",
            "clashed",
            {"source_type": "rebel group", "target_type": "state forces"},
            ("Battles", "Armed clash"),
        ),
        (
            "an ied exploded under a police vehicle , killing two officers",
            "killing",
            {"target_type": "state forces"},
            ("Explosions/Remote violence", "Remote explosive/landmine/IED"),
        ),
        (
            "a drone strike hit a house , killing three civilians",
            "killing",
            {"target_type": "civilians"},
            ("Explosions/Remote violence", "Air/drone strike"),
        ),
        ("traders staged a protest outside the town hall", "protest", {}, ("Protests", "Peaceful protest")),
        (
            "police fired tear gas to disperse protesters",
            "fired",
            {"source_type": "state forces", "target_type": "protesters"},
            ("Protests", "Protest with intervention"),
        ),
        (
            "demonstrators burned tires and stormed the office",
            "burned",
            {"source_type": "protesters"},
            ("Riots", "Violent demonstration"),
        ),
        ("an angry mob lynched a suspected thief", "lynched", {"target_type": "civilians"}, ("Riots", "Mob violence")),
        (
            "villagers beat a man accused of theft",
            "beat",
            {"source_type": "civilians", "target_type": "civilians"},
            ("Riots", "Mob violence"),
        ),
        (
            "police arrested three suspects in the market",
            "arrested",
            {"source_type": "state forces"},
            ("Strategic developments", "Arrests"),
        ),
        (
            "gunmen abducted four students from a school",
            "abducted",
            {"source_type": "political militia", "target_type": "civilians"},
            ("Violence against civilians", "Abduction/forced disappearance"),
        ),
        (
            "soldiers defused an ied on the road",
            "defused",
            {"source_type": "state forces"},
            ("Strategic developments", "Disrupted weapons use"),
        ),
        (
            "fighters looted shops in the town",
            "looted",
            {"source_type": "rebel group"},
            ("Strategic developments", "Looting/property destruction"),
        ),
        (
            "the army recaptured the town from the rebels",
            "recaptured",
            {"source_type": "state forces", "target_is_place": True},
            ("Battles", "Government regains territory"),
        ),
        (
            "the two sides signed a ceasefire agreement",
            "signed",
            {"cameo": "057"},
            ("Strategic developments", "Agreement"),
        ),
        (
            "troops fired mortars and small arms at rebel positions",
            "fired",
            {"source_type": "state forces", "cameo": "190"},
            ("Battles", "Armed clash"),
        ),  # direct fire beside shells
        (
            "a farmer was injured when an old landmine left over from the war exploded",
            "exploded",
            {"cameo": "183"},
            ("Strategic developments", "Other"),
        ),
        (
            "party supporters fought each other in the market",
            "fought",
            {"source_type": "rioters", "cameo": "190"},
            ("Riots", "Mob violence"),
        ),
    ],
)
def test_codebook_rules(sentence, trigger, kwargs, expected):
    coding = code_event(clues(sentence, trigger, **kwargs))
    assert coding is not None and (coding.event_type, coding.sub_event_type) == expected


def test_a_statement_is_no_acled_event_whatever_its_sentence_says():
    assert code_event(clues("police said gunmen killed a farmer", "said", cameo="010")) is None


def test_a_demonstration_turns_violent_in_the_next_sentence():
    after = ["demonstrators", "later", "burned", "tires"]
    coding = code_event(clues("residents protested in the town", "protested", after=after))
    assert coding is not None and coding.event_type == "Riots"


def test_civilian_targeting_follows_the_victims():
    attack = code_event(
        clues("gunmen killed a farmer", "killed", source_type="political militia", target_type="civilians")
    )
    clash = code_event(
        clues("rebels clashed with soldiers", "clashed", source_type="rebel group", target_type="state forces")
    )
    assert attack is not None and attack.civilian_targeting is True
    assert clash is not None and clash.civilian_targeting is None


def test_taxonomy_tables():
    tax = taxonomy()
    assert [t.inter for t in tax.actor_types] == [1, 2, 3, 4, 5, 6, 7, 8]
    assert set(tax.remote_means.values()) <= {
        "Suicide bomb",
        "Chemical weapon",
        "Air/drone strike",
        "Grenade",
        "Shelling/artillery/missile attack",
        "Remote explosive/landmine/IED",
    }
    assert cameo_acled("1831") == ("Explosions/Remote violence", "Suicide bomb")
    assert cameo_acled("010") is None
    assert all(t in ACLED_EVENT_TYPES for t, _ in tax.cameo.values())
    assert disorder_type("Protests", "Peaceful protest") == "Demonstrations"
    assert disorder_type("Riots", "Violent demonstration") == "Demonstrations"
    assert disorder_type("Battles", "Armed clash") == "Political violence"


def _split(text: str) -> list[str]:
    return text.split(" ")


def test_armed_sides_exchanging_fire_stay_a_battle_when_civilians_die():
    coding = code_event(
        Clues(
            words=_split("soldiers of two armies exchanged fire across the border and a civilian was killed"),
            lemmas=_split("soldier of two army exchange fire across the border and a civilian be kill"),
            trigger=["exchanged", "fire", "exchange", "fire"],
            cameo="190",
            source_type="state forces",
            target_type="civilians",
        )
    )
    assert coding is not None and (coding.event_type, coding.sub_event_type) == ("Battles", "Armed clash")


def test_a_brawl_between_villagers_is_a_riot():
    coding = code_event(
        Clues(
            words=_split("villagers clashed with neighbours over land"),
            lemmas=_split("villager clash with neighbour over land"),
            trigger=["clashed", "clash"],
            cameo="190",
            source_type="civilians",
            target_type="civilians",
        )
    )
    assert coding is not None and (coding.event_type, coding.sub_event_type) == ("Riots", "Mob violence")


def test_unidentified_people_are_an_armed_group_only_when_they_act():
    assert actor_type(["four", "unidentified", "persons"], acting=True) == "political militia"
    assert actor_type(["an", "unidentified", "man"]) == "civilians"  # a victim stays a civilian
    assert actor_type(["armed", "youths", "from", "the", "village"], acting=True) == "identity militia"
    assert actor_type(["four", "pastoralists"]) == "civilians"


def test_forces_fighting_unarmed_people_without_firing_is_a_riot():
    sentence = "police fought with traders in the market"
    riot = code_event(clues(sentence, "fought", cameo="190", source_type="state forces", counterpart_type="civilians"))
    battle = code_event(
        clues(
            "police fought with traders and fired live bullets",
            "fought",
            cameo="190",
            source_type="state forces",
            counterpart_type="civilians",
        )
    )
    assert riot is not None and (riot.event_type, riot.sub_event_type) == ("Riots", "Mob violence")
    assert battle is not None and battle.event_type != "Riots"


@pytest.mark.parametrize(
    ("sentence", "trigger", "kwargs", "expected"),
    [
        (  # a thwarted attack was a fight; a foiled bomb is a disrupted weapon
            "soldiers thwarted an attack on the base",
            "thwarted attack",
            {"source_type": "state forces", "cameo": "190"},
            ("Battles", "Armed clash"),
        ),
        (
            "police foiled a bomb plot in the city",
            "foiled plot",
            {"source_type": "state forces", "cameo": "190"},
            ("Strategic developments", "Disrupted weapons use"),
        ),
        (  # tires burned in the street are a violent demonstration, whoever lit them
            "residents burned tires on the main road",
            "burned tires",
            {"source_type": "civilians", "cameo": "171"},
            ("Riots", "Violent demonstration"),
        ),
        (  # guards beating a man: an attack by an armed side, not mob violence
            "prison guards beat up a reporter",
            "beat up",
            {"source_type": "state forces", "target_type": "civilians", "cameo": "180"},
            ("Violence against civilians", "Attack"),
        ),
        (
            "guards fired tear gas at inmates who rioted in the jail",
            "fired",
            {"source_type": "state forces", "cameo": "190"},
            ("Riots", "Mob violence"),
        ),
    ],
)
def test_attacks_thwarted_fires_lit_and_beatings(sentence, trigger, kwargs, expected):
    coding = code_event(clues(sentence, trigger, **kwargs))
    assert coding is not None and (coding.event_type, coding.sub_event_type) == expected


def test_heavy_machine_guns_and_armoured_vehicles_fire_from_a_distance():
    coding = code_event(
        clues(
            "troops fired heavy machine guns at rebel positions",
            "fired",
            cameo="190",
            source_type="state forces",
            target_type="rebel group",
        )
    )
    assert coding is not None
    assert (coding.event_type, coding.sub_event_type) == (
        "Explosions/Remote violence",
        "Shelling/artillery/missile attack",
    )


def test_violence_done_to_property_only_is_property_destruction():
    burned = code_event(
        clues("militants attacked and burned a clinic", "attacked", cameo="190", source_type="rebel group")
    )
    killed = code_event(
        clues(
            "militants attacked and burned a clinic , killing a nurse",
            "attacked",
            cameo="190",
            source_type="rebel group",
        )
    )
    assert burned is not None
    assert (burned.event_type, burned.sub_event_type) == ("Strategic developments", "Looting/property destruction")
    assert killed is not None and killed.event_type == "Violence against civilians"


def test_a_man_shot_with_his_hands_in_the_air_was_hit():
    coding = code_event(
        clues("he had his hands in the air when police shot him", "shot", cameo="190", source_type="state forces")
    )
    assert coding is not None and coding.event_type == "Violence against civilians"


def test_a_man_burned_alive_is_harmed_not_property():
    coding = code_event(clues("militants burned him alive in a cage", "burned", cameo="190", source_type="rebel group"))
    assert coding is not None and coding.event_type == "Violence against civilians"
