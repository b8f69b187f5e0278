"""The GDELT 2.0 event table: 61 tab-separated columns, in GDELT's order, no header.

newsintel fills what one article tells it (date, actors and their CAMEO codes, event code,
Goldstein score, quad class, where it happened, lead-paragraph flag, source URL) and leaves
empty, as GDELT does for unknown values, what it cannot know (tone, actor geography, ethnic
codes, GNS feature ids). Geographic country codes are FIPS 10-4, as in GDELT.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from typing import Any

from newsintel.export.codes import countries, fips, split_actor_code

GDELT_COLUMNS: tuple[str, ...] = (
    "GLOBALEVENTID",
    "SQLDATE",
    "MonthYear",
    "Year",
    "FractionDate",
    *(
        f"Actor{n}{field}"
        for n in (1, 2)
        for field in (
            "Code",
            "Name",
            "CountryCode",
            "KnownGroupCode",
            "EthnicCode",
            "Religion1Code",
            "Religion2Code",
            "Type1Code",
            "Type2Code",
            "Type3Code",
        )
    ),
    "IsRootEvent",
    "EventCode",
    "EventBaseCode",
    "EventRootCode",
    "QuadClass",
    "GoldsteinScale",
    "NumMentions",
    "NumSources",
    "NumArticles",
    "AvgTone",
    *(
        f"{who}Geo_{field}"
        for who in ("Actor1", "Actor2", "Action")
        for field in ("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")
    ),
    "DATEADDED",
    "SOURCEURL",
)

# Event modes GDELT would code: events said to have happened. Negated, planned, hypothetical
# and denied events are left out unless asked for.
GDELT_MODES: tuple[str, ...] = ("asserted", "reported")

# GDELT geographic resolution: 1 country, 2 US state, 3 US city, 4 world city, 5 world state.
_GEO_TYPE = {
    ("country", False): 1,
    ("country", True): 1,
    ("admin1", True): 2,
    ("city", True): 3,
    ("city", False): 4,
    ("admin1", False): 5,
    ("other", True): 3,
    ("other", False): 4,
}


def event_date(event: dict[str, Any]) -> dt.date | None:
    """The event's day: its own date, else the publication date. A date known only to the
    month or year ("2023-05", "2023") is the publication date when that falls inside it, else
    the first day of the period. None when neither says anything."""
    published = _full_date(event.get("published"))
    for value in (event.get("day"), event.get("published")):
        text = str(value or "")
        day = _full_date(text)
        if day is not None:
            return day
        if len(text) in (4, 7) and text[:4].isdigit():  # a year or a month
            if published is not None and published.isoformat().startswith(text):
                return published
            try:
                return dt.date(int(text[:4]), int(text[5:7]) if len(text) == 7 else 1, 1)
            except ValueError:
                continue
    return None


def _full_date(value: object) -> dt.date | None:
    text = str(value or "")
    if len(text) < 10:
        return None
    try:
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        return None


def _actor(event: dict[str, Any], side: str) -> list[str]:
    # An actor is written only with its CAMEO code: a name or a country without one (a phrase
    # such as "HER TRACK RECORD") is not an actor GDELT users can join on.
    if not event.get(f"{side}_code"):
        return [""] * 10
    code = split_actor_code(event.get(f"{side}_code"), event.get(f"{side}_country"))
    name = event.get(f"{side}_text") or ""
    return [
        code.code,
        name.upper(),
        code.country,
        code.known_group,
        "",
        *(list(code.religions) + ["", ""])[:2],
        *(list(code.types) + ["", "", ""])[:3],
    ]


def _action_geo(event: dict[str, Any]) -> list[str]:
    kind, country = event.get("place_kind"), event.get("place_country")
    geo_type = _GEO_TYPE.get((str(kind), country == "USA"))
    if geo_type is None or (kind == "other" and event.get("lat") is None):  # a named place with no point
        return [""] * 8
    country_fips = fips(country)
    admin1 = event.get("place_admin1") or ""
    adm1_code = country_fips + admin1 if country_fips and admin1.isalnum() and len(admin1) <= 3 else country_fips
    country_name = countries()[country].name if country in countries() else ""
    name = event.get("place_name") or ""
    full_name = name if kind == "country" else ", ".join(p for p in (name, country_name) if p)
    return [
        str(geo_type),
        full_name,
        country_fips,
        adm1_code,
        "",
        _number(event.get("lat")),
        _number(event.get("lon")),
        country_fips if kind == "country" else "",
    ]


def _number(value: float | None, digits: int = 4) -> str:
    return "" if value is None else f"{value:.{digits}f}".rstrip("0").rstrip(".")


def _date_added(added_at: str | None) -> str:
    try:
        return dt.datetime.fromisoformat(added_at or "").strftime("%Y%m%d%H%M%S")
    except ValueError:
        return ""


def gdelt_row(event: dict[str, Any]) -> list[str] | None:
    """One GDELT row for a stored event (as `Store.iter_events` yields it), or None when it
    has no CAMEO code or no date."""
    cameo, day = event.get("cameo"), event_date(event)
    if not cameo or day is None:
        return None
    fraction = day.year + (day.timetuple().tm_yday - 1) / 365
    row = [
        str(event["pk"]),
        day.strftime("%Y%m%d"),
        day.strftime("%Y%m"),
        str(day.year),
        f"{fraction:.4f}",
        *_actor(event, "source"),
        *_actor(event, "target"),
        "1" if event.get("in_lead") else "0",
        cameo,
        cameo[:3],
        cameo[:2],
        "" if event.get("quad_class") is None else str(event["quad_class"]),
        _number(event.get("goldstein"), 1),
        "1",
        "1",
        "1",
        "",  # one mention in one source in one article; tone is not measured
        *[""] * 16,  # Actor1Geo_*, Actor2Geo_*: newsintel does not place actors
        *_action_geo(event),
        _date_added(event.get("added_at")),
        event.get("url") or "",  # a URL or nothing, never a file path
    ]
    assert len(row) == len(GDELT_COLUMNS)
    return row


def gdelt_lines(events: Iterable[dict[str, Any]]) -> Iterator[str]:
    for event in events:
        row = gdelt_row(event)
        if row is not None:
            yield "\t".join(cell.replace("\t", " ").replace("\n", " ") for cell in row) + "\n"
