"""Deaths and injuries read from an event's text (nlp.events.record.casualties), on sentences written for the tests."""

from __future__ import annotations

import pytest

from newsintel.nlp.events.record.casualties import read_casualties
from newsintel.quantities import quantities


def _figures(text: str) -> tuple[tuple[int, bool] | None, tuple[int, bool] | None]:
    found = read_casualties(text)
    return (
        (found.fatalities.value, found.fatalities.minimum) if found.fatalities else None,
        (found.injured.value, found.injured.minimum) if found.injured else None,
    )


@pytest.mark.parametrize(
    ("text", "deaths", "injured"),
    [
        ("Militants attacked an army post, killing 1 soldier and injuring 3 others.", (1, False), (3, False)),
        ("Nine people were killed and 3 injured in the raid.", (9, False), (3, False)),
        ("An IED exploded in the market, killing at least 12 civilians.", (12, True), None),
        ("Gunmen killed two soldiers and three civilians.", (5, False), None),  # two sides add up
        ("3 killed, 5 wounded", (3, False), (5, False)),
        ("Several villagers were killed.", (10, True), None),  # ACLED's count for "several"
        ("Dozens of people were wounded.", None, (12, True)),
        ("The raid left 7-9 people dead.", (7, False), None),  # a range: the lowest figure
        ("A man was shot dead by police.", (1, False), None),
        ("A 12-year-old boy was killed by a stray bullet.", (1, False), None),
        ("Police said the attack killed the driver.", (1, False), None),
        ("One guard and one nurse died in the blast.", (2, False), None),  # coordinated victims
        ("A grenade exploded and a woman died.", (1, False), None),  # the grenade is no victim
        ("The body of a fisherman was found on the beach with gunshot wounds.", (1, False), None),
        # reports that differ: the lowest figure, ACLED's conservative rule
        ("Police said at least 12 people died, while hospital sources put the toll at 15 dead.", (12, True), None),
        ("No casualties were reported.", (0, False), (0, False)),
        ("No one was hurt.", None, (0, False)),
        # the nearer verb, not across a new clause or another verb
        ("A farmer was killed and four others were injured by the shell.", (1, False), (4, False)),
        ("A rebel was killed while three others were wounded.", (1, False), (3, False)),
        ("Troops killed 6, and arrested three people.", (6, False), None),
        # the doers are no victims; an intention is no death
        ("A trader was beaten to death by five men.", (1, False), None),
        # one victim without a number
        ("A teacher was shot and killed by a gunman.", (1, False), None),
        ("A nurse was stabbed to death in the street.", (1, False), None),
        ("Gunmen shot a driver, resulting in his death.", (1, False), None),
        ("At least one ranger killed and three wounded.", (1, True), (3, False)),
        ("The shelling killed at least one child and injured twelve more.", (1, True), (12, False)),
        # victims joined by "and" add up
        ("Two farmers and a teacher were killed in the market.", (3, False), None),
        ("4 rebels and 2 policemen were left dead.", (6, False), None),
        ("A woman and her daughter were killed by a stray shell.", (2, False), None),
        ("Five members of the gang died in the fire.", (5, False), None),
        # an aside inside the victims' phrase, a joined participle
        ("3 villagers, including a teacher, were abducted and killed.", (3, False), None),
        ("Around thirty fighters were killed.", (30, False), None),  # an approximate figure is the figure
        # one victim named without a number, in more ways
        ("A teacher and a student were shot to death.", (2, False), None),
        ("A man stabbed a local reporter to death.", (1, False), None),
        ("The dispute resulted in the death of the shopkeeper.", (1, False), None),
        ("The crowd seized a suspect and killed him.", (1, False), None),
        ("Both victims died in hospital.", (2, False), None),
        (
            "Rebels clashed with troops, leading to the killing of 1 rebel and injuring of 3 others.",
            (1, False),
            (3, False),
        ),
        # only victims joined by "and" add up: not places, not people rounded up
        ("Bombers killed 40 people in several towns.", (40, False), None),
        ("Eight people were killed, 20 wounded and dozens of men detained.", (8, False), (20, False)),
        ("The war caused 30,000 deaths and more than 1 million displaced people.", (30000, False), None),
        ("Gunmen killed two soldiers, three policemen and four civilians.", (9, False), None),
        ("The gunman managed to kill 9 people.", (9, False), None),  # "to kill" after a word saying it was done
    ],
)
def test_tolls(text, deaths, injured):
    assert _figures(text) == (deaths, injured)


@pytest.mark.parametrize(
    "text",
    [
        "In 2020, 66 troops of the 5th Brigade on Route 66 were deployed.",  # years, unit numbers, labels
        "The G7 met on 12 May to discuss the 3 proposals.",
        "The governing body of the league met in Kumasi.",  # a body that is no corpse
        "Villagers burned a bar in Keta after the body of a boy was found nearby.",  # the death the riot followed
        "A bomb killed civilians in the market.",  # deaths, but no figure: unknown, not 1
        "Gunmen abducted 4 people from the village.",  # a count, but no one died or was hurt
        "The 40-year-old man was arrested.",  # an age
        "Dozens of youths tried to kill a thief and burned his hut.",  # an intention, not a death
        "A crowd threatened to kill a soldier.",
        "The court sentenced a man to death.",
        "Rumours about his death spread online.",  # "his death" only as what the event caused
        "Her death was confirmed by the family.",
        "Next time we might have to kill him.",
    ],
)
def test_numbers_that_are_not_tolls(text):
    assert _figures(text) == (None, None)


def test_the_span_points_at_the_figure():
    text = "Rebels ambushed a convoy, killing 4 soldiers."
    found = read_casualties(text).fatalities
    assert found is not None and text[found.start : found.end] == "4 soldiers"


def test_increments_count_for_casualties_not_for_the_ledger():
    assert [q.phrase for q in quantities("killing 2 and injuring 3 others", increments=True)][-1] == "3 others"
    assert all(q.phrase != "3 others" for q in quantities("killing 2 and injuring 3 others"))
