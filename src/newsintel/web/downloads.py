"""A list page's rows as a file: JSON, CSV or GeoJSON, exactly the rows the page shows."""

from __future__ import annotations

import csv
import io
import json
from typing import Any

from fastapi.responses import Response

from newsintel.store.queries import Page

MEDIA_TYPES = {"json": "application/json", "csv": "text/csv; charset=utf-8", "geojson": "application/geo+json"}


def csv_text(items: list[dict[str, Any]]) -> str:
    """Rows as CSV, one column per key (in first-seen order); lists and dicts as JSON. A cell
    that a spreadsheet would run as a formula starts with a quote mark."""
    columns: dict[str, None] = {}
    for item in items:
        columns.update(dict.fromkeys(item))
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(columns), extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    for item in items:
        writer.writerow({key: _cell(value) for key, value in item.items()})
    return out.getvalue()


def _cell(value: Any) -> Any:
    if isinstance(value, (list, dict)):
        value = json.dumps(value, ensure_ascii=False)
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r") and not _number(value):
        return "'" + value
    return value


def _number(value: str) -> bool:
    try:
        float(value)
    except ValueError:
        return False
    return True


def geojson(items: list[dict[str, Any]]) -> dict[str, Any]:
    """Events with a located place as GeoJSON points (longitude first); the others are left out
    and counted in the collection's `unlocated`."""
    features = []
    for item in items:
        if item.get("lat") is None or item.get("lon") is None:
            continue
        properties = {k: v for k, v in item.items() if k not in ("lat", "lon")}
        features.append(
            {
                "type": "Feature",
                "geometry": {"type": "Point", "coordinates": [item["lon"], item["lat"]]},
                "properties": properties,
            }
        )
    return {"type": "FeatureCollection", "features": features, "unlocated": len(items) - len(features)}


def download(page: Page, fmt: str, *, name: str) -> Response:
    """The page as an attachment named `name`.<fmt>."""
    if fmt == "csv":
        body = csv_text(page.items)
    elif fmt == "geojson":
        body = json.dumps(geojson(page.items), ensure_ascii=False)
    else:
        body = json.dumps(page.to_dict(), ensure_ascii=False)
    filename = f"{name}-{page.offset + 1}-{page.offset + len(page.items)}.{fmt}"
    return Response(
        body, media_type=MEDIA_TYPES[fmt], headers={"Content-Disposition": f'attachment; filename="{filename}"'}
    )
