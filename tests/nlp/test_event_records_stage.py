"""The newsintel_event_records stage on whole sentences written for the tests (needs the model)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def _main(report):
    coded = [e for e in report.events if e.acled_event_type]
    return coded[0] if coded else None


def test_gunmen_killing_a_farmer_is_violence_against_civilians(analyze_text):
    report = analyze_text(
        "On 3 March 2024, gunmen shot and killed a farmer in Kaduna, Nigeria.", published="2024-03-04"
    )
    event = _main(report)
    assert event is not None
    place = {p.id: p for p in report.places}[event.place]
    assert (event.acled_event_type, event.acled_sub_event_type) == ("Violence against civilians", "Attack")
    assert (event.source_actor_type, event.source_inter, event.source_acled_name) == (
        "political militia",
        3,
        "Unidentified Armed Group (Nigeria)",
    )
    assert (event.target_actor_type, event.target_inter) == ("civilians", 7)
    assert (place.name, place.country, event.place_precision, event.place_basis) == ("Kaduna", "NGA", 1, "clause")
    assert (event.date, event.date_precision) == ("2024-03-03", "day")
    assert (event.fatalities, event.fatalities_minimum, event.means, event.civilian_targeting) == (
        1,
        False,
        "firearms",
        True,
    )


def test_an_ied_blast_is_remote_violence_with_its_toll(analyze_text):
    report = analyze_text(
        "An IED exploded near a market in Kandahar, killing at least 12 civilians.", published="2024-03-04"
    )
    event = _main(report)
    assert event is not None
    assert (event.acled_event_type, event.acled_sub_event_type) == (
        "Explosions/Remote violence",
        "Remote explosive/landmine/IED",
    )
    assert (event.fatalities, event.fatalities_minimum, event.fatalities_span.text) == (
        12,
        True,
        "at least 12 civilians",
    )
    assert event.means == "explosive device" and event.place_precision == 2  # "near" the town


def test_a_protest_and_its_crowd(analyze_text):
    event = _main(
        analyze_text(
            "Hundreds of teachers staged a protest in Lahore on Friday over unpaid wages.", published="2024-03-04"
        )
    )
    assert event is not None
    assert (event.acled_event_type, event.acled_sub_event_type, event.source_actor_type) == (
        "Protests",
        "Peaceful protest",
        "protesters",
    )
    assert event.source_acled_name == "Protesters (Pakistan)"
    assert (event.fatalities, event.date_precision) == (None, "day")


def test_the_toll_in_the_next_sentence(analyze_text):
    event = _main(
        analyze_text(
            "Rebels attacked an army base near Goma on Monday. Four soldiers were killed.", published="2024-03-06"
        )
    )
    assert event is not None
    assert (event.acled_event_type, event.fatalities, event.source_actor_type) == ("Battles", 4, "rebel group")


def test_no_event_gives_no_record(analyze_text):
    report = analyze_text("The committee published its annual report on Route 66 and the G7 budget for 2024.")
    assert [e for e in report.events if e.acled_event_type] == []
    assert all(e.fatalities is None for e in report.events)


@pytest.mark.parametrize(
    "text",
    [
        "In a poll in Ohio, the senator would beat the governor by two points.",
        "The mayor demonstrated in Boston that the new budget works.",
        "The fight against poverty in Lagos needs more money, the minister said.",
    ],
)
def test_figurative_event_words_make_no_acled_event(analyze_text, text):
    assert [e.trigger.text for e in analyze_text(text).events if e.acled_event_type] == []


def test_an_event_no_words_place_takes_the_article_focus_country(analyze_text):
    report = analyze_text("Afghan police said gunmen attacked a checkpoint overnight, killing two officers.")
    event = _main(report)
    assert event is not None
    place = {p.id: p for p in report.places}[event.place]
    assert (place.name, place.kind, place.country, place.mentions) == ("Afghanistan", "country", "AFG", [])
    assert (event.place_precision, event.place_basis) == (3, "focus")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A car was set on fire in Odessa.", ("Strategic developments", "Looting/property destruction")),
        (
            "Militants blew up a railway bridge in Quetta.",
            ("Explosions/Remote violence", "Remote explosive/landmine/IED"),
        ),
        (
            "Artillery fire was reported near Donetsk.",
            ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
        ),
        (
            "Police found and destroyed a cannabis plantation in Kandahar.",
            ("Strategic developments", "Looting/property destruction"),
        ),
        (
            "The bodies of three traders were found with gunshot wounds in Kano.",
            ("Violence against civilians", "Attack"),
        ),
    ],
)
def test_passive_and_phrasal_reports_are_events(analyze_text, text, expected):
    event = _main(analyze_text(text, published="2024-03-04"))
    assert event is not None
    assert (event.acled_event_type, event.acled_sub_event_type) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The singer was found dead at his home on Sunday, his family said.",
        "The story blew up on social media after the debate.",
        "She was fired from the company last year.",
        "Locals said they heard a loud blast before midnight.",
    ],
)
def test_ordinary_news_makes_no_acled_event(analyze_text, text):
    assert _main(analyze_text(text, published="2024-03-04")) is None


def test_a_count_of_explosions_is_an_event(analyze_text):
    event = _main(analyze_text("Monitors recorded a total of 12 explosions near Donetsk.", published="2024-03-04"))
    assert event is not None and event.acled_event_type == "Explosions/Remote violence"
