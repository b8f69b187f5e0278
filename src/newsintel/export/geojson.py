"""Events as a GeoJSON FeatureCollection (RFC 7946), for QGIS, kepler.gl or geopandas.

One Feature per stored event: a Point at the event's place (longitude, latitude, WGS 84), or
a null geometry when the event has no located place, and the event record's fields as
properties (ACLED type and sub-type, actors and their types, place and precision, date and
precision, fatalities, injured, means, civilian targeting, CAMEO/PLOVER codes, mode, the
evidence sentence and the document's URL). Written as a stream: one feature a line.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import IO, Any

GEOJSON_MODES: tuple[str, ...] = ("asserted", "reported")

# stored event column -> property name
PROPERTIES: tuple[tuple[str, str], ...] = (
    ("pk", "event"),
    ("document_id", "document"),
    ("event_id", "event_id"),
    ("day", "date"),
    ("date_precision", "date_precision"),
    ("mode", "mode"),
    ("cameo", "cameo"),
    ("plover", "plover"),
    ("acled_event_type", "event_type"),
    ("acled_sub_event_type", "sub_event_type"),
    ("source_acled_name", "actor1"),
    ("source_actor_type", "actor1_type"),
    ("source_inter", "inter1"),
    ("source_text", "actor1_text"),
    ("source_country", "actor1_country"),
    ("target_acled_name", "actor2"),
    ("target_actor_type", "actor2_type"),
    ("target_inter", "inter2"),
    ("target_text", "actor2_text"),
    ("target_country", "actor2_country"),
    ("place_name", "location"),
    ("place_admin1", "admin1"),
    ("place_country", "country"),
    ("place_precision", "geo_precision"),
    ("place_basis", "place_basis"),
    ("fatalities", "fatalities"),
    ("fatalities_minimum", "fatalities_minimum"),
    ("injured", "injured"),
    ("injured_minimum", "injured_minimum"),
    ("means", "means"),
    ("civilian_targeting", "civilian_targeting"),
    ("trigger_text", "trigger"),
    ("sentence", "notes"),
    ("url", "url"),
    ("published", "published"),
)


def feature(event: dict[str, Any]) -> dict[str, Any]:
    """The GeoJSON Feature of a stored event (as `Store.iter_events` yields it)."""
    lat, lon = event.get("lat"), event.get("lon")
    geometry = None if lat is None or lon is None else {"type": "Point", "coordinates": [round(lon, 6), round(lat, 6)]}
    properties = {name: _plain(event.get(column)) for column, name in PROPERTIES}
    return {"type": "Feature", "id": event.get("pk"), "geometry": geometry, "properties": properties}


def _plain(value: Any) -> Any:
    return value if value is None or isinstance(value, (str, int, float, bool)) else str(value)


def write_feature_collection(events: Iterable[dict[str, Any]], file: IO[str]) -> int:
    """Write the FeatureCollection of `events` to `file`; returns the number of features."""
    count = 0
    file.write('{"type": "FeatureCollection", "features": [\n')
    for line in _feature_lines(events):
        file.write((",\n" if count else "") + line)
        count += 1
    file.write("\n]}\n")
    return count


def _feature_lines(events: Iterable[dict[str, Any]]) -> Iterator[str]:
    for event in events:
        yield json.dumps(feature(event), ensure_ascii=False)
