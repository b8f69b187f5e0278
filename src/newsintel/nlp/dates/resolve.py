"""Turn a date expression into an ISO value and a period, given the publication date.

Own rules handle what news writes most and `dateparser` gets wrong or cannot do (years,
decades, "early 2022", durations, weekdays relative to the publication day); everything else
goes to `dateparser` (English, relative to the publication date, preferring the past, no
network).
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import importlib.resources
import re
from dataclasses import dataclass

import yaml

DATA = importlib.resources.files("newsintel.nlp.dates") / "data"


@dataclass(slots=True, frozen=True)
class Resolved:
    value: str | None  # ISO date, month ("2021-08"), year ("2021"), or duration ("P20Y")
    start: str | None
    end: str | None
    granularity: str | None  # day | weekend | week | month | season | year | decade | duration


@functools.lru_cache(maxsize=1)
def lexicon() -> dict:
    """Month names, weekday names, number words, period parts, relation prepositions."""
    data = yaml.safe_load((DATA / "lexicon.yaml").read_text(encoding="utf-8"))
    months = {name.lower(): number for number, names in data["months"].items() for name in names}
    weekdays = {name.lower(): number for number, names in data["weekdays"].items() for name in names}
    return {
        "months": months,
        "weekdays": weekdays,
        "numbers": {k.lower(): int(v) for k, v in data["numbers"].items()},
        "parts": {k.lower(): tuple(v) for k, v in data["parts"].items()},
        "relations": {k.lower(): v for k, v in data["relations"].items()},
        "units": {k.lower(): v for k, v in data["units"].items()},
        "holidays": {k.lower(): v for k, v in (data.get("holidays") or {}).items()},
        "seasons": {k.lower(): tuple(v) for k, v in (data.get("seasons") or {}).items()},
    }


def _month_pattern() -> str:
    names = sorted(lexicon()["months"], key=len, reverse=True)
    return "|".join(re.escape(n) for n in names)


def _number(text: str) -> int | None:
    text = text.lower().replace("-", " ").strip()
    if text.isdigit():
        return int(text)
    return lexicon()["numbers"].get(text)


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def year_period(year: int) -> Resolved:
    return Resolved(f"{year:04d}", f"{year:04d}-01-01", f"{year:04d}-12-31", "year")


def month_period(year: int, month: int) -> Resolved:
    return Resolved(
        f"{year:04d}-{month:02d}",
        f"{year:04d}-{month:02d}-01",
        _month_end(year, month).isoformat(),
        "month",
    )


def day_point(day: dt.date) -> Resolved:
    return Resolved(day.isoformat(), day.isoformat(), day.isoformat(), "day")


def _strip(text: str) -> str:
    text = re.sub(r"\s+", " ", text.replace("\u2019", "'")).strip(" ,.;:")
    return re.sub(r"^(the|this|that)\s+(?=\d)", "", text, flags=re.I)


def resolve(text: str, published: dt.date | None) -> Resolved | None:
    """The date or period `text` means, or None when it is not one (e.g. "recent years")."""
    text = _strip(text)
    text = re.sub(
        r"^(?:since|until|till|from|in|on|during|by|before|after|through|throughout|over) ", "", text, flags=re.I
    )
    if re.fullmatch(r"\d{1,2}", text):
        return None  # a bare day number: the NER cut the month off
    for rule in (_year, _year_range, _decade, _part_of_year, _duration, _month_year, *RELATIVE_RULES, _ago):
        found = rule(text, published)
        if found is not None:
            return found
    loose = _loosened(text, published)
    if loose is not None:
        return loose
    return _dateparser(text, published)


def _loosened(text: str, published: dt.date | None) -> Resolved | None:
    """ "earlier this year", "late Sunday", "later this week": the qualifier narrows the
    period without moving it, so the period itself is the value."""
    match = re.fullmatch(r"(?:earlier|later|late|early|just) (.+)", text, flags=re.I)
    if not match:
        return None
    for rule in RELATIVE_RULES:
        found = rule(match.group(1), published)
        if found is not None:
            return found
    return None


def _year(text: str, published: dt.date | None) -> Resolved | None:
    match = re.fullmatch(r"(?:the year )?((?:1[5-9]|20)\d\d)", text, flags=re.I)
    return year_period(int(match.group(1))) if match else None


def _year_range(text: str, published: dt.date | None) -> Resolved | None:
    """ "2016-17", "2014-2016": a span of years (seasons, fiscal years, terms)."""
    match = re.fullmatch(r"((?:1[5-9]|20)\d\d)\s*[-\u2013/]\s*(\d\d|(?:1[5-9]|20)\d\d)", text)
    if not match:
        return None
    first = int(match.group(1))
    last = int(match.group(2)) if len(match.group(2)) == 4 else first // 100 * 100 + int(match.group(2))
    if last < first:
        return None
    return Resolved(f"{first:04d}", f"{first:04d}-01-01", f"{last:04d}-12-31", "year")


def _decade(text: str, published: dt.date | None) -> Resolved | None:
    match = re.fullmatch(r"(?:the )?((?:1[5-9]|20)\d)0'?s", text, flags=re.I)
    if not match:
        return None
    first = int(match.group(1)) * 10
    return Resolved(f"{first:04d}", f"{first:04d}-01-01", f"{first + 9:04d}-12-31", "decade")


def _part_of_year(text: str, published: dt.date | None) -> Resolved | None:
    """ "early 2022", "mid-2022", "late August 2021", "the end of 2020"."""
    parts = lexicon()["parts"]
    match = re.fullmatch(
        rf"(?:the )?({'|'.join(re.escape(p) for p in sorted(parts, key=len, reverse=True))})[- ]?(?:of )?"
        rf"(?:({_month_pattern()})\.? )?((?:1[5-9]|20)\d\d)",
        text,
        flags=re.I,
    )
    if not match:
        return None
    first, last = parts[match.group(1).lower()]
    year = int(match.group(3))
    if match.group(2):
        month = lexicon()["months"][match.group(2).lower()]
        days = calendar.monthrange(year, month)[1]
        # The part's fraction of the year, applied to the month's days.
        start = dt.date(year, month, max(1, round((first - 1) / 12 * days) + 1))
        end = dt.date(year, month, max(1, round(last / 12 * days)))
        return Resolved(f"{year:04d}-{month:02d}", start.isoformat(), end.isoformat(), "month")
    return Resolved(f"{year:04d}", dt.date(year, first, 1).isoformat(), _month_end(year, last).isoformat(), "year")


def _duration(text: str, published: dt.date | None) -> Resolved | None:
    """ "20-year", "two decades", "three months" (without "ago"): a length of time."""
    units = lexicon()["units"]
    unit_words = "|".join(re.escape(u) for u in sorted(units, key=len, reverse=True))
    match = re.fullmatch(
        rf"(?:(?:more than|nearly|almost|about|over|some|the past|the last|a|an) )?"
        rf"([\w-]+?)[- ]({unit_words})(?:-long|-old)?",
        text,
        flags=re.I,
    )
    if not match:
        return None
    amount = _number(match.group(1))
    if amount is None:
        return None
    letter, factor = units[match.group(2).lower()]
    return Resolved(f"P{amount * factor}{letter}", None, None, "duration")


def _month_year(text: str, published: dt.date | None) -> Resolved | None:
    match = re.fullmatch(rf"({_month_pattern()})\.?,? ((?:1[5-9]|20)\d\d)", text, flags=re.I)
    if not match:
        return None
    return month_period(int(match.group(2)), lexicon()["months"][match.group(1).lower()])


def _shift_months(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def _relative_unit(text: str, published: dt.date | None) -> Resolved | None:
    """ "last week", "this month", "next year"."""
    match = re.fullmatch(r"(last|past|this|next|previous) (week|month|year)", text, flags=re.I)
    if not match or published is None:
        return None
    shift = {"last": -1, "past": -1, "previous": -1, "this": 0, "next": 1}[match.group(1).lower()]
    unit = match.group(2).lower()
    if unit == "year":
        return year_period(published.year + shift)
    if unit == "month":
        return month_period(*_shift_months(published.year, published.month, shift))
    monday = published - dt.timedelta(days=published.weekday()) + dt.timedelta(weeks=shift)
    sunday = monday + dt.timedelta(days=6)
    return Resolved(monday.isoformat(), monday.isoformat(), sunday.isoformat(), "week")


def _named_month(text: str, published: dt.date | None) -> Resolved | None:
    """ "last December", "this March", "next January": the month relative to publication
    ("last" is the latest such month before the publication month)."""
    match = re.fullmatch(rf"(last|this|next|this past) ({_month_pattern()})\.?", text, flags=re.I)
    if not match or published is None:
        return None
    month = lexicon()["months"][match.group(2).lower()]
    modifier = match.group(1).lower()
    year = published.year
    if modifier in ("last", "this past") and month >= published.month:
        year -= 1
    elif modifier == "next" and month <= published.month:
        year += 1
    return month_period(year, month)


def _weekday(text: str, published: dt.date | None) -> Resolved | None:
    """ "Tuesday", "last Tuesday", "Tuesday night": the latest such day on or before publication
    ("last" excludes the publication day itself); "next Tuesday" looks forward."""
    weekdays = lexicon()["weekdays"]
    names = "|".join(re.escape(w) for w in sorted(weekdays, key=len, reverse=True))
    match = re.fullmatch(
        rf"(?:(last|this|next|on|this past) )?({names})\.?(?: (?:morning|afternoon|evening|night))?",
        text,
        flags=re.I,
    )
    if not match or published is None:
        return None
    target = weekdays[match.group(2).lower()]
    modifier = (match.group(1) or "").lower()
    if modifier == "next":
        days = (target - published.weekday()) % 7 or 7
        return day_point(published + dt.timedelta(days=days))
    back = (published.weekday() - target) % 7
    if back == 0 and modifier in ("last", "this past"):
        back = 7
    return day_point(published - dt.timedelta(days=back))


def _named_day(text: str, published: dt.date | None) -> Resolved | None:
    offsets = {"today": 0, "yesterday": -1, "tomorrow": 1, "tonight": 0, "this morning": 0, "last night": -1}
    key = text.lower()
    if key not in offsets or published is None:
        return None
    return day_point(published + dt.timedelta(days=offsets[key]))


def _ago(text: str, published: dt.date | None) -> Resolved | None:
    match = re.fullmatch(r"([\w-]+) (day|week|month|year)s? ago", text, flags=re.I)
    if not match or published is None:
        return None
    amount = 1 if match.group(1).lower() in ("a", "an", "one") else _number(match.group(1))
    if amount is None:
        return None
    unit = match.group(2).lower()
    if unit == "day":
        return day_point(published - dt.timedelta(days=amount))
    if unit == "week":
        return day_point(published - dt.timedelta(weeks=amount))
    if unit == "month":
        return month_period(*_shift_months(published.year, published.month, -amount))
    return year_period(published.year - amount)


@functools.lru_cache(maxsize=4)
def _parser(base: dt.date | None):
    from dateparser.date import DateDataParser

    settings = {"PREFER_DATES_FROM": "past", "RETURN_AS_TIMEZONE_AWARE": False}
    if base is not None:
        settings["RELATIVE_BASE"] = dt.datetime(base.year, base.month, base.day)
    return DateDataParser(languages=["en"], settings=settings)


def _dateparser(text: str, published: dt.date | None) -> Resolved | None:
    if not re.search(r"\d|" + _month_pattern(), text, flags=re.I):
        return None  # "recent years", "the weekend": no anchor dateparser can use reliably
    if published is None and not re.search(r"\b(?:1[5-9]|20)\d\d\b", text):
        return None  # "November", "March 24" need a year: never take it from today's clock
    try:
        data = _parser(published).get_date_data(text)
    except (ValueError, OverflowError):
        return None
    if data is None or data.date_obj is None:
        return None
    date = data.date_obj.date()
    if data.period == "year":
        return year_period(date.year)
    if data.period == "month":
        return month_period(date.year, date.month)
    if data.period == "week":
        monday = date - dt.timedelta(days=date.weekday())
        return Resolved(monday.isoformat(), monday.isoformat(), (monday + dt.timedelta(days=6)).isoformat(), "week")
    return day_point(date)


def _holiday_in(year: int, rule) -> dt.date:
    if isinstance(rule, str):
        month, day = (int(part) for part in rule.split("-"))
        return dt.date(year, month, day)
    month, weekday, nth = rule
    if nth > 0:
        first = dt.date(year, month, 1)
        return first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth - 1))
    last = _month_end(year, month)
    return last - dt.timedelta(days=(last.weekday() - weekday) % 7)


def _holiday(text: str, published: dt.date | None) -> Resolved | None:
    """ "Christmas", "last Thanksgiving", "Christmas 2019": the latest such day on or before
    publication, or the one of the year given."""
    match = re.fullmatch(r"(?:(last|this|next) )?(.+?)(?:,? ((?:1[5-9]|20)\d\d))?", text, flags=re.I)
    rule = lexicon()["holidays"].get(match.group(2).lower().replace("\u2019", "'")) if match else None
    if match is None or rule is None:
        return None
    if match.group(3):
        return day_point(_holiday_in(int(match.group(3)), rule))
    if published is None:
        return None
    modifier = (match.group(1) or "").lower()
    year = published.year
    if modifier == "next":
        day = _holiday_in(year, rule)
        return day_point(day if day > published else _holiday_in(year + 1, rule))
    if modifier == "this":
        return day_point(_holiday_in(year, rule))
    day = _holiday_in(year, rule)
    return day_point(day if day <= published else _holiday_in(year - 1, rule))


def _weekend(text: str, published: dt.date | None) -> Resolved | None:
    """ "this weekend" (the one of the publication week), "last weekend", "this past weekend",
    "the weekend" (the latest one begun on or before publication), "next weekend"."""
    match = re.fullmatch(r"(?:(this|last|next|this past|past|the) )?weekend", text, flags=re.I)
    if not match or published is None:
        return None
    modifier = (match.group(1) or "the").lower()
    this_saturday = published - dt.timedelta(days=published.weekday()) + dt.timedelta(days=5)
    shift = {"this": 0, "next": 1, "last": -1, "past": -1, "this past": -1}.get(modifier)
    if shift is None:  # "the weekend": the latest one that has begun
        shift = 0 if published >= this_saturday else -1
    saturday = this_saturday + dt.timedelta(weeks=shift)
    sunday = saturday + dt.timedelta(days=1)
    return Resolved(saturday.isoformat(), saturday.isoformat(), sunday.isoformat(), "weekend")


def _season_period(name: str, year: int) -> tuple[dt.date, dt.date]:
    first, last = lexicon()["seasons"][name]
    end_year = year + 1 if last < first else year
    return dt.date(year, first, 1), _month_end(end_year, last)


def _season(text: str, published: dt.date | None) -> Resolved | None:
    """ "this summer", "last winter", "next spring", "the summer": the season's months, counted
    from the publication date ("this": the one of the publication year, or under way)."""
    seasons = lexicon()["seasons"]
    names = "|".join(re.escape(n) for n in seasons)
    match = re.fullmatch(rf"(?:(this|last|next|this past|past|the) )?({names})", text, flags=re.I)
    if not match or published is None:
        return None
    name, modifier = match.group(2).lower(), (match.group(1) or "this").lower()
    first, last = seasons[name]
    year = published.year - 1 if last < first and published.month <= last else published.year
    start, end = _season_period(name, year)
    if modifier in ("last", "past", "this past") and end >= published:
        start, end = _season_period(name, year - 1)
    elif modifier == "next" and start <= published:
        start, end = _season_period(name, year + 1)
    return Resolved(f"{start.year:04d}", start.isoformat(), end.isoformat(), "season")


RELATIVE_RULES = (_relative_unit, _named_month, _weekday, _named_day, _holiday, _weekend, _season)


def relation_of(preposition: str | None) -> str | None:
    """since | until | during | on, from the word that governs the date."""
    if not preposition:
        return None
    return lexicon()["relations"].get(preposition.lower())
