"""Quantities in claims and number disputes across articles: parsing, comparing, the ledger."""

from __future__ import annotations

import pytest

from newsintel.ledger.claims import reconcile
from newsintel.ledger.numbers import compare_numbers
from newsintel.quantities import INFINITY, quantities
from newsintel.records import Claim, Document, Report


def _read(text: str) -> list[tuple]:
    return [
        (
            q.phrase,
            round(q.low, 2),
            q.high if q.high == INFINITY else round(q.high, 2),
            q.precision,
            q.kind,
            q.counted,
            sorted(q.qualifiers),
        )
        for q in quantities(text)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The strike killed 12 civilians in the village",
            [("12 civilians", 11.76, 12.24, "exact", "count", "civilian", [])],
        ),
        ("no civilians were killed in the raid", [("no civilians", 0.0, 0.0, "zero", "count", "civilian", [])]),
        (
            "At least four Palestinian civilians died",
            [("At least four Palestinian civilians", 4.0, INFINITY, "bound", "count", "civilian", ["palestinian"])],
        ),
        ("about 50 people fled", [("about 50 people", 37.5, 62.5, "approximate", "count", "person", [])]),
        (  # a hyphenated modifier stays in the counted noun phrase
            "12 pro-government fighters were killed",
            [("12 pro-government fighters", 11.76, 12.24, "exact", "count", "fighter", ["government", "pro"])],
        ),
        (
            "nearly 200 fighters surrendered",
            [("nearly 200 fighters", 150.0, 200.0, "approximate", "count", "fighter", [])],
        ),
        ("up to 40 hostages", [("up to 40 hostages", 0.0, 40.0, "bound", "count", "hostage", [])]),
        ("dozens of soldiers were wounded", [("dozens of soldiers", 24.0, INFINITY, "vague", "count", "soldier", [])]),
        (
            "tens of thousands of people marched",
            [("tens of thousands of people", 20000.0, INFINITY, "vague", "count", "person", [])],
        ),
        (
            "twenty-five guards and two hundred and fifty prisoners",
            [
                ("twenty-five guards", 24.5, 25.5, "exact", "count", "guard", []),
                ("two hundred and fifty prisoners", 225.0, 275.0, "round", "count", "prisoner", []),
            ],
        ),
        ("Nobody was hurt in the blast", [("Nobody", 0.0, 0.0, "zero", "count", "person", [])]),
        ("between 10 and 20 people", [("10 and 20 people", 10.0, 20.0, "bound", "count", "person", [])]),
        ("40 or more people", [("40 or more people", 40.0, INFINITY, "bound", "count", "person", [])]),
        (
            "the campaign raised about $3 million",
            [("about $3 million", 2250000.0, 3750000.0, "approximate", "money", "usd", [])],
        ),
        (
            "On Sept. 11, 2012, four Americans were killed",
            [("four Americans", 3.92, 4.08, "exact", "count", "american", [])],
        ),
    ],
)
def test_quantities_read_values_bounds_and_counted_nouns(text, expected):
    assert _read(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "In 2015 the council met twice",  # a year
        "The vote is on March 3 in the capital",  # a date
        "a 30-minute gunfight at the gate",  # a measure used as an adjective
        "a 25-year-old man was detained",  # an age
        "Flight 17 was shot down",  # a label
        "the rebels freed another 12 hostages",  # an increment, not the total
        "including four children",  # a part of a count given elsewhere
        "about 1,000 people a day cross the river",  # a rate
        "he served 10 years in prison",  # a duration
        "there is no evidence of a plot",  # "no" + a singular noun is a polarity, not a count
        "one of the most violent weeks",  # "one" alone is too often a pronoun
        "an additional eight people were arrested",  # an increment
        "On Sept. 11, 2012, the consulate burned",  # a date and a year
    ],
)
def test_what_is_not_a_count(text):
    assert quantities(text) == ()


def _claim(text: str, subject: str | None, predicate: str | None, **extra) -> Claim:
    return Claim(
        id="c1",
        text=text,
        subject=subject,
        predicate=predicate,
        speaker_text="officials",
        speaker_kind="anonymous",
        **extra,
    )


STRIKE_12 = _claim("The air strike killed 12 civilians in the village", "air strike", "kill", object="civilian")
NONE_KILLED = _claim("no civilians were killed in the strike", "civilian", "kill")
AT_LEAST_4 = _claim("At least four civilians were killed in the strike", "four civilian", "kill")
AT_LEAST_40 = _claim("At least 40 civilians were killed in the strike", "civilian", "kill")


def test_incompatible_counts_of_one_thing_contradict():
    zero = compare_numbers(STRIKE_12, NONE_KILLED)
    assert (zero.verdict, zero.evidence, zero.confidence) == ("contradicts", "'12 civilians' vs 'no civilians'", 0.85)
    bound = compare_numbers(AT_LEAST_40, STRIKE_12)
    assert (bound.verdict, bound.evidence, bound.confidence) == (
        "contradicts",
        "'At least 40 civilians' vs '12 civilians'",
        0.85,
    )
    assert compare_numbers(AT_LEAST_4, NONE_KILLED).verdict == "contradicts"


def test_compatible_counts_do_not_contradict():
    assert compare_numbers(AT_LEAST_4, STRIKE_12).verdict == "agrees"  # at least 4 and 12
    about = _claim("About 50 people were killed in the attack", "people", "kill")
    exact = _claim("The attack killed 52 people", "attack", "kill")
    assert compare_numbers(about, exact).verdict == "agrees"
    general = _claim("12 civilians were killed in the strike", "civilian", "kill")
    specific = _claim("four Palestinian civilians were killed in the strike", "palestinian civilian", "kill")
    assert compare_numbers(general, specific).verdict == "agrees"  # a subset of the twelve


def test_counts_that_may_be_of_different_things_are_kept_apart():
    republican = _claim("It takes 1,237 delegates to win the Republican nomination", "it", "take", object="delegate")
    democratic = _claim("It takes 2,383 delegates to win the nomination", "it", "take", object="delegate")
    assert compare_numbers(republican, democratic).reason == "unanchored"  # "it takes": to win what?
    north = _claim("The strike killed 12 civilians in the northern district", "strike", "kill")
    south = _claim("The strike killed four civilians in the southern district", "strike", "kill")
    assert compare_numbers(north, south).reason == "contrasting-words"
    killed = _claim("The strike killed 12 civilians", "strike", "kill")
    wounded = _claim("The strike wounded 30 civilians", "strike", "wound")
    assert compare_numbers(killed, wounded).reason == "different-predicates"
    toll = _claim("The strike has killed 40 civilians so far", "strike", "kill")
    assert compare_numbers(toll, killed).reason == "running-tally"
    later = compare_numbers(killed, AT_LEAST_40, published=("2023-04-01", "2023-04-09"))
    assert later.reason == "different-days"
    poll_a = _claim("Trump leads the field with 35 percent of the vote", "trump", "lead")
    poll_b = _claim("Trump leads the field with 28 percent of the vote", "trump", "lead")
    assert compare_numbers(poll_a, poll_b).reason == "percentages"
    unplaced = _claim("No civilians were killed", "civilian", "kill")  # which strike?
    assert compare_numbers(unplaced, killed).reason == "no-shared-context"
    # a number the predicate does not count: the students were rounded up, not killed
    mixed = _claim("Six people were killed in the raid, and dozens of students rounded up", "people", "kill")
    three = _claim("Three students were killed in the raid", "student", "kill")
    assert compare_numbers(mixed, three) is None
    forecast_a = _claim("The company will export 19 million phones in the first year", "company", "export")
    forecast_b = _claim("The company exported 67 million phones in the first year", "company", "export")
    assert compare_numbers(forecast_a, forecast_b).reason == "forecast"
    sold_a = _claim("The company sold 19 million phones in the first year", "company", "sell")
    sold_b = _claim("The company sold 67 million phones in the first year", "company", "sell")
    assert compare_numbers(sold_a, sold_b).verdict == "contradicts"  # "sold": an irregular form of "sell"
    # one claim giving two prices is about two things: neither figure is compared
    two_prices = _claim("The phone starts at $349 for the plastic model and $999 for the steel one", "phone", "start")
    one_price = _claim("The phone starts at about $500 for the steel model", "phone", "start")
    assert compare_numbers(two_prices, one_price) is None
    # different counted things are not compared at all
    soldiers = _claim("The strike killed four soldiers", "strike", "kill")
    assert compare_numbers(killed, soldiers) is None


def _report(doc_id: str, text: str, claims: list[Claim], published: str | None = "2023-04-27") -> Report:
    return Report(document=Document(id=doc_id, text=text, published=published), claims=claims)


def _one(cid: str, claim: Claim) -> list[Claim]:
    return [Claim(**{**{f: getattr(claim, f) for f in claim.__slots__}, "id": cid})]


def test_ledger_records_a_number_mismatch_with_evidence():
    reports = [
        _report("n1", "Local officials said the air strike killed 12 civilians in the village.", _one("c1", STRIKE_12)),
        _report("n2", "The army said no civilians were killed in the strike.", _one("c1", NONE_KILLED)),
        _report("n3", "A monitor said at least four civilians were killed in the strike.", _one("c1", AT_LEAST_4)),
    ]
    cluster = next(c for c in reconcile(reports).clusters if c.disputed)
    assert [[r.document for r in side.claims] for side in cluster.sides] == [["n1", "n3"], ["n2"]]
    assert [(r.source, r.target, r.link.rule, r.link.evidence, r.link.confidence) for r in cluster.relations] == [
        (("n2", "c1"), ("n1", "c1"), "number-mismatch", "'no civilians' vs '12 civilians'", 0.85),
        (("n3", "c1"), ("n2", "c1"), "number-mismatch", "'At least four civilians' vs 'no civilians'", 0.85),
    ]
    data = reconcile(reports).to_dict()["clusters"][0]["relations"][0]
    assert data["rule"] == "number-mismatch" and data["from"] == {"document": "n2", "claim": "c1"}


def test_ledger_splits_thresholds_of_different_races_instead_of_disputing():
    republican = _claim("It takes 1,237 delegates to win the nomination", "it", "take", object="delegate")
    democratic = _claim("It takes 2,383 delegates to win the nomination", "it", "take", object="delegate")
    reports = [
        _report(f"r{i}", claim.text, _one("c1", claim))
        for i, claim in enumerate([republican, republican, democratic, democratic])
    ]
    clusters = reconcile(reports).clusters
    assert [[r.document for s in c.sides for r in s.claims] for c in clusters] == [["r0", "r1"], ["r2", "r3"]]
    assert not any(c.disputed for c in clusters)


def test_copies_of_one_story_that_changed_a_figure_are_not_a_dispute():
    wire = "BEIRUT (Reuters) - The air strike killed 12 civilians in the village, local officials said on Sunday."
    first = _report("w1", wire, _one("c1", STRIKE_12))
    updated = _claim("The air strike killed 14 civilians in the village", "air strike", "kill", object="civilian")
    second = _report("w2", wire.replace("12", "14"), _one("c1", updated))
    cluster = reconcile([first, second]).clusters[0]
    assert not cluster.disputed and cluster.relations == []
