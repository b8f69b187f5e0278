"""ACLED-style event rows in ACLED's current column layout (31 columns, in order, with a header).

Every stored event with an ACLED event type is written (the event record's own coding,
`nlp.events.record`; events stored before the records carried it fall back to the CAMEO
mapping). Rows carry ACLED's conventions: `event_id_cnty` is the country's ISO alpha-3 code
and the event's number ("XXX" when no country is known), actor names such as "Police
Forces of Kenya" or "Unidentified Armed Group (Mali)" where the dictionary has no better,
inter codes 1-8, `interaction` (the two codes, lower first), `civilian_targeting`, place and
precision, time precision (1 day, 2 week, 3 month), fatalities (0 when no toll is stated,
as ACLED codes an unknown toll) and the evidence sentence as `notes`. Fields newsintel cannot
know (admin2/admin3, region, source scale) are left empty.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from typing import Any

from newsintel.export.codes import acled_event_type, acled_inter_codes, countries
from newsintel.export.gdelt import event_date
from newsintel.nlp.events.record.taxonomy import disorder_type  # pure data, no spaCy

ACLED_COLUMNS: tuple[str, ...] = (
    "event_id_cnty",
    "event_date",
    "year",
    "time_precision",
    "disorder_type",
    "event_type",
    "sub_event_type",
    "actor1",
    "assoc_actor_1",
    "inter1",
    "actor2",
    "assoc_actor_2",
    "inter2",
    "interaction",
    "civilian_targeting",
    "iso",
    "region",
    "country",
    "admin1",
    "admin2",
    "admin3",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "source",
    "source_scale",
    "notes",
    "fatalities",
    "tags",
    "timestamp",
)

ACLED_MODES: tuple[str, ...] = ("asserted", "reported")
UNKNOWN_COUNTRY = "XXX"  # ISO 3166's user-assigned code: no country could be placed

_GEO_PRECISION = {"city": "1", "other": "2", "admin1": "3", "country": "3"}
_TIME_PRECISION = {"day": "1", "week": "2", "month": "3"}


def inter_code(actor_type: str | None, actor_country: str | None, place_country: str | None) -> str:
    """ACLED's actor category from a dictionary actor type (events stored before the event
    records); state forces outside their own country are external (8)."""
    code = acled_inter_codes().get(actor_type or "", "")
    if code == "1" and actor_country and place_country and actor_country != place_country:
        return "8"
    return code


def _kind(event: dict[str, Any]) -> tuple[str, str] | None:
    if event.get("acled_event_type"):
        return event["acled_event_type"], event.get("acled_sub_event_type") or ""
    return acled_event_type(event.get("cameo"))


def _inter(event: dict[str, Any], side: str, place_country: str) -> str:
    coded = event.get(f"{side}_inter")
    if coded:
        return str(coded)
    return inter_code(event.get(f"{side}_type"), event.get(f"{side}_country"), place_country)


def acled_row(event: dict[str, Any]) -> dict[str, str] | None:
    """One ACLED row for a stored event, or None when it is not an ACLED kind of event."""
    kind, day = _kind(event), event_date(event)
    if kind is None:
        return None
    event_type, sub_type = kind
    place_country = event.get("place_country") or event.get("source_country") or event.get("target_country") or ""
    inter1, inter2 = _inter(event, "source", place_country), _inter(event, "target", place_country)
    country = countries().get(place_country)
    pk = str(event["pk"])
    return {
        "event_id_cnty": f"{place_country or UNKNOWN_COUNTRY}{pk}",
        # an event with no date at all is kept, its date cells empty (CSV allows it)
        "event_date": day.isoformat() if day else "",
        "year": str(day.year) if day else "",
        "time_precision": _time_precision(event) if day else "",
        "disorder_type": disorder_type(event_type, sub_type),
        "event_type": event_type,
        "sub_event_type": sub_type,
        "actor1": event.get("source_acled_name") or event.get("source_text") or "",
        "assoc_actor_1": "",
        "inter1": inter1,
        "actor2": event.get("target_acled_name") or event.get("target_text") or "",
        "assoc_actor_2": "",
        "inter2": inter2,
        "interaction": _interaction(inter1, inter2),
        "civilian_targeting": "Civilian targeting" if event.get("civilian_targeting") else "",
        "iso": country.numeric if country else "",
        "region": "",
        "country": country.name if country else "",
        "admin1": event.get("place_admin1") or "",
        "admin2": "",
        "admin3": "",
        "location": event.get("place_name") or "",
        "latitude": "" if event.get("lat") is None else f"{event['lat']:.4f}",
        "longitude": "" if event.get("lon") is None else f"{event['lon']:.4f}",
        "geo_precision": str(event.get("place_precision") or _GEO_PRECISION.get(event.get("place_kind") or "", "")),
        "source": event.get("publisher") or event.get("url") or event.get("document_source") or "",
        "source_scale": "",
        "notes": (event.get("sentence") or "").replace("\n", " "),
        "fatalities": str(event.get("fatalities") or 0),
        "tags": _tags(event),
        "timestamp": _timestamp(event.get("added_at")),
    }


def _time_precision(event: dict[str, Any]) -> str:
    """ACLED's 1 (day), 2 (week or a few days) or 3 (month or longer): the event record's date
    precision; for events stored without one, from the date itself (a year or month alone is 3,
    the publication date standing for the day is 2)."""
    precision = _TIME_PRECISION.get(event.get("date_precision") or "")
    if precision:
        return precision
    day = str(event.get("day") or "")
    if len(day) < 10:
        return "3"
    return "1" if day != event.get("published") else "2"


def _tags(event: dict[str, Any]) -> str:
    """ACLED's free qualifiers: the means, a toll that is a lower bound, the injured."""
    tags = []
    if event.get("means"):
        tags.append(f"means={event['means']}")
    if event.get("fatalities_minimum"):
        tags.append("fatalities=at least")
    if event.get("injured") is not None:
        tags.append(f"injured={event['injured']}")
    return "; ".join(tags)


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
    """ACLED rows, one per incident: events of one sentence with the same ACLED type ("ambushed a
    patrol, killing three and wounding two") are one ACLED event, written once (the first)."""
    seen: set[tuple[Any, ...]] = set()
    for event in events:
        row = acled_row(event)
        if row is None:
            continue
        key = (event.get("document_id"), event.get("sentence") or event.get("pk"), row["event_type"])
        if key in seen:
            continue
        seen.add(key)
        yield row
