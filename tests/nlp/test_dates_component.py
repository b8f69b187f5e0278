"""The dates stage on sentences: spans, values and relations given a publication date."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def run(stages_runner):
    return stages_runner("newsintel_places", "newsintel_dates")


def _dates(doc) -> list[tuple]:
    return [
        (d["span"]["text"], d["value"], d["start"], d["end"], d["granularity"], d["relation"]) for d in doc._.ni_dates
    ]


def test_since_month_is_an_open_period_from_that_month(run):
    doc = run("The group has fought the militants since August 2021.")
    assert _dates(doc) == [("August 2021", "2021-08", "2021-08-01", None, "month", "since")]


def test_weekday_and_yesterday_resolve_to_past_days(run):
    doc = run("Troops arrived on Tuesday and the talks ended yesterday.")
    assert _dates(doc) == [
        ("Tuesday", "2023-04-25", "2023-04-25", "2023-04-25", "day", "on"),
        ("yesterday", "2023-04-26", "2023-04-26", "2023-04-26", "day", "on"),
    ]


def test_duration_and_year(run):
    doc = run("The 20-year war ended in 2021.")
    assert _dates(doc) == [
        ("20-year", "P20Y", None, None, "duration", None),
        ("2021", "2021", "2021-01-01", "2021-12-31", "year", "during"),
    ]


def test_last_week_found_even_when_untagged(run):
    doc = run("Officials met last week in Geneva.")
    assert _dates(doc) == [("last week", "2023-04-17", "2023-04-17", "2023-04-23", "week", "during")]


def test_part_of_year_and_ids_in_text_order(run):
    doc = run("Fighting began in early 2022 and stopped on Monday.")
    assert _dates(doc) == [
        ("early 2022", "2022", "2022-01-01", "2022-04-30", "year", "during"),
        ("Monday", "2023-04-24", "2023-04-24", "2023-04-24", "day", "on"),
    ]
    assert [d["id"] for d in doc._.ni_dates] == ["d1", "d2"]


def test_relative_periods_resolve_against_the_publication_date(run):
    doc = run(
        "Earlier this week, the minister resigned. This weekend he will travel. "
        "Earlier this month the talks failed. Fighting resumed this summer.",
        published="2016-03-10",
    )
    assert _dates(doc) == [
        ("Earlier this week", "2016-03-07", "2016-03-07", "2016-03-13", "week", "during"),
        ("This weekend", "2016-03-12", "2016-03-12", "2016-03-13", "weekend", "during"),
        ("Earlier this month", "2016-03", "2016-03-01", "2016-03-31", "month", "during"),
        ("this summer", "2016", "2016-06-01", "2016-08-31", "season", "during"),
    ]


def test_an_untagged_past_weekend_is_found(run):
    doc = run("Officials met over the weekend in Geneva.", published="2016-03-10")
    assert _dates(doc) == [("the weekend", "2016-03-05", "2016-03-05", "2016-03-06", "weekend", "during")]
