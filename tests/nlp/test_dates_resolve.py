"""Date expressions resolved against a fixed publication date: Thursday 27 April 2023."""

from __future__ import annotations

import datetime as dt

import pytest

from newsintel.nlp.dates.resolve import Resolved, relation_of, resolve

PUBLISHED = dt.date(2023, 4, 27)  # a Thursday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("August 2021", Resolved("2021-08", "2021-08-01", "2021-08-31", "month")),
        ("Aug. 2021", Resolved("2021-08", "2021-08-01", "2021-08-31", "month")),
        ("2015", Resolved("2015", "2015-01-01", "2015-12-31", "year")),
        ("in 2015", Resolved("2015", "2015-01-01", "2015-12-31", "year")),
        ("since 2021", Resolved("2021", "2021-01-01", "2021-12-31", "year")),
        ("the 1990s", Resolved("1990", "1990-01-01", "1999-12-31", "decade")),
        ("early 2022", Resolved("2022", "2022-01-01", "2022-04-30", "year")),
        ("mid-2022", Resolved("2022", "2022-05-01", "2022-08-31", "year")),
        ("late 2019", Resolved("2019", "2019-09-01", "2019-12-31", "year")),
        ("2016-17", Resolved("2016", "2016-01-01", "2017-12-31", "year")),
        ("15 August 2021", Resolved("2021-08-15", "2021-08-15", "2021-08-15", "day")),
        ("August 15, 2021", Resolved("2021-08-15", "2021-08-15", "2021-08-15", "day")),
        ("yesterday", Resolved("2023-04-26", "2023-04-26", "2023-04-26", "day")),
        ("today", Resolved("2023-04-27", "2023-04-27", "2023-04-27", "day")),
        ("Tuesday", Resolved("2023-04-25", "2023-04-25", "2023-04-25", "day")),
        ("on Tuesday", Resolved("2023-04-25", "2023-04-25", "2023-04-25", "day")),
        ("last Tuesday", Resolved("2023-04-25", "2023-04-25", "2023-04-25", "day")),
        ("Thursday", Resolved("2023-04-27", "2023-04-27", "2023-04-27", "day")),
        ("last Thursday", Resolved("2023-04-20", "2023-04-20", "2023-04-20", "day")),
        ("next Monday", Resolved("2023-05-01", "2023-05-01", "2023-05-01", "day")),
        ("Friday night", Resolved("2023-04-21", "2023-04-21", "2023-04-21", "day")),
        ("last week", Resolved("2023-04-17", "2023-04-17", "2023-04-23", "week")),
        ("this week", Resolved("2023-04-24", "2023-04-24", "2023-04-30", "week")),
        ("last month", Resolved("2023-03", "2023-03-01", "2023-03-31", "month")),
        ("last year", Resolved("2022", "2022-01-01", "2022-12-31", "year")),
        ("three days ago", Resolved("2023-04-24", "2023-04-24", "2023-04-24", "day")),
        ("two years ago", Resolved("2021", "2021-01-01", "2021-12-31", "year")),
        ("20-year", Resolved("P20Y", None, None, "duration")),
        ("two decades", Resolved("P20Y", None, None, "duration")),
        ("six months", Resolved("P6M", None, None, "duration")),
        ("March 3", Resolved("2023-03-03", "2023-03-03", "2023-03-03", "day")),
        ("in August", Resolved("2022-08", "2022-08-01", "2022-08-31", "month")),
    ],
)
def test_each_form_resolves_to_exact_iso_values(text, expected):
    assert resolve(text, PUBLISHED) == expected


@pytest.mark.parametrize("text", ["recent years", "weekends", "decades", "some time"])
def test_vague_expressions_have_no_value(text):
    assert resolve(text, PUBLISHED) is None


def test_relative_dates_need_a_publication_date():
    assert resolve("yesterday", None) is None
    assert resolve("August 2021", None) == Resolved("2021-08", "2021-08-01", "2021-08-31", "month")


@pytest.mark.parametrize(
    ("word", "relation"),
    [("since", "since"), ("until", "until"), ("during", "during"), ("in", "during"), ("on", "on"), ("of", None)],
)
def test_relation_of_the_governing_preposition(word, relation):
    assert relation_of(word) == relation


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("earlier this year", Resolved("2023", "2023-01-01", "2023-12-31", "year")),
        ("late Sunday", Resolved("2023-04-23", "2023-04-23", "2023-04-23", "day")),
        ("later this week", Resolved("2023-04-24", "2023-04-24", "2023-04-30", "week")),
        ("last December", Resolved("2022-12", "2022-12-01", "2022-12-31", "month")),
        ("last April", Resolved("2022-04", "2022-04-01", "2022-04-30", "month")),
        ("next January", Resolved("2024-01", "2024-01-01", "2024-01-31", "month")),
        ("this March", Resolved("2023-03", "2023-03-01", "2023-03-31", "month")),
        ("Christmas", Resolved("2022-12-25", "2022-12-25", "2022-12-25", "day")),
        ("Thanksgiving 2021", Resolved("2021-11-25", "2021-11-25", "2021-11-25", "day")),
        ("next Memorial Day", Resolved("2023-05-29", "2023-05-29", "2023-05-29", "day")),
    ],
)
def test_qualified_relative_periods(text, expected):
    assert resolve(text, PUBLISHED) == expected


def test_without_publication_date_no_year_is_guessed():
    assert resolve("November", None) is None
    assert resolve("March 24", None) is None
    assert resolve("March 24, 2015", None) == Resolved("2015-03-24", "2015-03-24", "2015-03-24", "day")


def test_bare_day_number_is_not_a_date():
    assert resolve("22", PUBLISHED) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # published Thursday 2023-04-27: this week's weekend is 29-30 April
        ("this weekend", Resolved("2023-04-29", "2023-04-29", "2023-04-30", "weekend")),
        ("This weekend", Resolved("2023-04-29", "2023-04-29", "2023-04-30", "weekend")),
        ("last weekend", Resolved("2023-04-22", "2023-04-22", "2023-04-23", "weekend")),
        ("this past weekend", Resolved("2023-04-22", "2023-04-22", "2023-04-23", "weekend")),
        ("over the weekend", Resolved("2023-04-22", "2023-04-22", "2023-04-23", "weekend")),
        ("next weekend", Resolved("2023-05-06", "2023-05-06", "2023-05-07", "weekend")),
        ("this summer", Resolved("2023", "2023-06-01", "2023-08-31", "season")),
        ("last summer", Resolved("2022", "2022-06-01", "2022-08-31", "season")),
        ("next spring", Resolved("2024", "2024-03-01", "2024-05-31", "season")),
        ("this spring", Resolved("2023", "2023-03-01", "2023-05-31", "season")),
        ("last winter", Resolved("2022", "2022-12-01", "2023-02-28", "season")),
        ("earlier this summer", Resolved("2023", "2023-06-01", "2023-08-31", "season")),
        ("earlier this week", Resolved("2023-04-24", "2023-04-24", "2023-04-30", "week")),
        ("earlier this month", Resolved("2023-04", "2023-04-01", "2023-04-30", "month")),
        ("earlier this year", Resolved("2023", "2023-01-01", "2023-12-31", "year")),
        ("late Thursday", Resolved("2023-04-27", "2023-04-27", "2023-04-27", "day")),
    ],
)
def test_weekends_and_seasons_resolve_to_periods(text, expected):
    assert resolve(text, PUBLISHED) == expected


def test_the_weekend_has_begun_when_published_on_a_sunday():
    assert resolve("the weekend", dt.date(2023, 4, 30)) == Resolved("2023-04-29", "2023-04-29", "2023-04-30", "weekend")
    assert resolve("this winter", dt.date(2023, 1, 15)) == Resolved("2022", "2022-12-01", "2023-02-28", "season")
