"""ACLED-style event rows: the 31 columns of ACLED's classic export, in order, with a header.

Only events whose CAMEO code maps to an ACLED event type (`data/acled_event_types.tsv`:
battles, explosions/remote violence, violence against civilians, protests, riots, strategic
developments) are written. Fields newsintel cannot know (fatalities, admin names, region,
associated actors, source scale) are left empty.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from typing import Any

from newsintel.export.codes import acled_event_type, acled_inter_codes, countries
from newsintel.export.gdelt import event_date

ACLED_COLUMNS: tuple[str, ...] = (
    "data_id", "iso", "event_id_cnty", "event_id_no_cnty", "event_date", "year", "time_precision",
    "event_type", "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2",
    "inter2", "interaction", "region", "country", "admin1", "admin2", "admin3", "location",
    "latitude", "longitude", "geo_precision", "source", "source_scale", "notes", "fatalities",
    "timestamp", "iso3",
)

ACLED_MODES: tuple[str, ...] = ("asserted", "reported")

_GEO_PRECISION = {"city": "1", "admin1": "2", "country": "3"}


def inter_code(actor_type: str | None, actor_country: str | None, place_country: str | None) -> str:
    """ACLED's actor category; state forces outside their own country are external (8)."""
    code = acled_inter_codes().get(actor_type or "", "")
    if code == "1" and actor_country and place_country and actor_country != place_country:
        return "8"
    return code


def acled_row(event: dict[str, Any]) -> dict[str, str] | None:
    """One ACLED row for a stored event, or None when it is not an ACLED kind of event."""
    kind, day = acled_event_type(event.get("cameo")), event_date(event)
    if kind is None:
        return None
    event_type, sub_type = kind
    place_country = event.get("place_country") or ""
    inter1 = inter_code(event.get("source_type"), event.get("source_country"), place_country)
    inter2 = inter_code(event.get("target_type"), event.get("target_country"), place_country)
    if event_type == "Protests" and not inter1:
        inter1 = "6"
    if event_type == "Battles" and inter2 == "7":  # fighting against civilians is not a battle
        event_type, sub_type = "Violence against civilians", "Attack"
    if sub_type == "Non-state actor overtakes territory" and inter1 == "1":
        sub_type = "Government regains territory"
    country = countries().get(place_country)
    added = _timestamp(event.get("added_at"))
    pk = str(event["pk"])
    return {
        "data_id": pk, "iso": country.numeric if country else "",
        "event_id_cnty": f"{place_country}{pk}" if place_country else pk, "event_id_no_cnty": pk,
        # An event with no date at all is kept, its date cells empty (CSV allows it).
        "event_date": day.isoformat() if day else "", "year": str(day.year) if day else "",
        "time_precision": _time_precision(event) if day else "",
        "event_type": event_type, "sub_event_type": sub_type,
        "actor1": event.get("source_text") or "", "assoc_actor_1": "", "inter1": inter1,
        "actor2": event.get("target_text") or "", "assoc_actor_2": "", "inter2": inter2,
        "interaction": _interaction(inter1, inter2), "region": "",
        "country": country.name if country else "", "admin1": "", "admin2": "", "admin3": "",
        "location": event.get("place_name") or "",
        "latitude": "" if event.get("lat") is None else f"{event['lat']:.4f}",
        "longitude": "" if event.get("lon") is None else f"{event['lon']:.4f}",
        "geo_precision": _GEO_PRECISION.get(event.get("place_kind") or "", ""),
        "source": event.get("publisher") or event.get("url") or event.get("document_source") or "",
        "source_scale": "", "notes": (event.get("sentence") or "").replace("\n", " "), "fatalities": "",
        "timestamp": added, "iso3": place_country,
    }


def _time_precision(event: dict[str, Any]) -> str:
    """1: the event's own day; 2: the publication date stands for it; 3: a month or a year."""
    day = str(event.get("day") or "")
    if len(day) < 10:
        return "3"
    return "1" if day != event.get("published") else "2"


def _interaction(inter1: str, inter2: str) -> str:
    if not inter1 and not inter2:
        return ""
    codes = sorted(c for c in (inter1, inter2) if c)
    return codes[0] + (codes[1] if len(codes) > 1 else "0")


def _timestamp(added_at: str | None) -> str:
    try:
        return str(int(dt.datetime.fromisoformat(added_at or "").timestamp()))
    except ValueError:
        return ""


def acled_rows(events: Iterable[dict[str, Any]]) -> Iterator[dict[str, str]]:
    for event in events:
        row = acled_row(event)
        if row is not None:
            yield row
