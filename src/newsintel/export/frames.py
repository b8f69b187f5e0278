"""Reports as pandas DataFrames, one per kind of item, for notebooks."""

from __future__ import annotations

from typing import Any

from newsintel.records import Report, to_plain


def _flatten(row: dict[str, Any], prefix: str = "") -> dict[str, Any]:
    flat: dict[str, Any] = {}
    for key, value in row.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict) and {"start", "end", "text"} <= value.keys():
            flat[f"{name}_start"], flat[f"{name}_end"], flat[f"{name}_text"] = (
                value["start"],
                value["end"],
                value["text"],
            )
        elif isinstance(value, dict):
            flat.update(_flatten(value, f"{name}_"))
        elif isinstance(value, list) and value and isinstance(value[0], dict) and "start" in value[0]:
            flat[name] = " … ".join(v["text"] for v in value)
            flat[f"{name}_count"] = len(value)
        else:
            flat[name] = value
    return flat


def report_frames(report: Report) -> dict[str, Any]:
    """{"actors": DataFrame, "attributions": ..., ...}; nested records are flattened."""
    import pandas as pd

    data = report.to_dict()
    doc_id = report.document.id
    frames = {}
    for key in ("actors", "attributions", "events", "places", "dates", "claims", "claim_relations", "flags"):
        rows = [{"document": doc_id, **_flatten(item)} for item in data[key]]
        frames[key] = pd.DataFrame(rows)
    frames["sourcing"] = pd.DataFrame([{"document": doc_id, **data["sourcing"]}])
    return frames


__all__ = ["report_frames", "to_plain"]
