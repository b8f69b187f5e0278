"""Export a stored corpus: GDELT, ACLED, JSON lines, Parquet, CSV, GraphML, GeoJSON."""

from __future__ import annotations

import csv
import datetime as dt
import inspect
import json
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import IO, Any

from newsintel.errors import ConfigError, NewsintelError
from newsintel.store import EventFilter, Store

Exporter = Callable[[Store, Path | None, EventFilter], dict[str, Any]]

EXPORTERS: dict[str, Exporter] = {}


def register_exporter(name: str, exporter: Exporter) -> None:
    EXPORTERS[name] = exporter


@contextmanager
def _output(out: Path | None) -> Iterator[IO[str]]:
    """A text file to write to: `out`, or stdout when None or "-"."""
    if out is None or str(out) == "-":
        yield sys.stdout
        sys.stdout.flush()
        return
    if out.is_dir():
        raise ConfigError("--out is a folder; this format writes one file: give a file name", path=str(out))
    out.parent.mkdir(parents=True, exist_ok=True)
    with open(out, "w", encoding="utf-8", newline="") as file:
        yield file


def _default_modes(flt: EventFilter, modes: tuple[str, ...]) -> EventFilter:
    return flt if flt.modes else replace(flt, modes=modes)


# What --date-fallback may say: the day the document was added to the corpus, or a fixed date.
DATE_FALLBACK_ADDED = "added"


def check_date_fallback(value: str | None) -> str | None:
    """None, "added" or an ISO date; anything else is a ConfigError naming the option."""
    if value in (None, "", DATE_FALLBACK_ADDED):
        return value or None
    try:
        return dt.date.fromisoformat(str(value)).isoformat()
    except ValueError:
        raise ConfigError(f"--date-fallback must be 'added' or YYYY-MM-DD, got {value!r}") from None


def with_date_fallback(events: Iterable[dict[str, Any]], fallback: str | None) -> Iterator[dict[str, Any]]:
    """Events as stored; one with no date at all (no event date, no publication date) takes
    `fallback`: the day its document was added ("added") or a fixed ISO date."""
    for event in events:
        if fallback and not event.get("day") and not event.get("published"):
            day = (event.get("added_at") or "")[:10] if fallback == DATE_FALLBACK_ADDED else fallback
            event = {**event, "day": day or None}
        yield event


def _summary(format: str, rows: int, dropped: Counter[str], hints: dict[str, str]) -> dict[str, Any]:
    """What an event exporter wrote; under "dropped" (when any), a line per kind of event it
    could not write: "12 events without any date: not written (...)", printed on stderr."""
    summary: dict[str, Any] = {"format": format, "rows": rows}
    if dropped:
        summary["dropped"] = {
            reason: f"{n} event{'s' if n != 1 else ''} {reason}: not written{hints.get(reason, '')}"
            for reason, n in sorted(dropped.items())
        }
    return summary


def export_gdelt(
    store: Store, out: Path | None, flt: EventFilter, *, date_fallback: str | None = None
) -> dict[str, Any]:
    from newsintel.export.gdelt import GDELT_MODES, gdelt_lines

    rows, dropped = 0, Counter[str]()
    events = with_date_fallback(store.iter_events(_default_modes(flt, GDELT_MODES)), date_fallback)
    with _output(out) as file:
        for event in events:
            lines = list(gdelt_lines([event]))
            if not lines:  # GDELT rows need a CAMEO code and a date
                dropped["without a CAMEO code" if not event.get("cameo") else "without any date"] += 1
            for line in lines:
                file.write(line)
                rows += 1
    return _summary(
        "gdelt",
        rows,
        dropped,
        {
            "without any date": " (GDELT needs one); --date-fallback added (or YYYY-MM-DD) writes them",
        },
    )


def export_acled(
    store: Store, out: Path | None, flt: EventFilter, *, date_fallback: str | None = None
) -> dict[str, Any]:
    from newsintel.export.acled import ACLED_COLUMNS, ACLED_MODES, acled_rows

    rows, dropped = 0, Counter[str]()
    events = with_date_fallback(store.iter_events(_default_modes(flt, ACLED_MODES)), date_fallback)
    with _output(out) as file:
        writer = csv.DictWriter(file, fieldnames=ACLED_COLUMNS)
        writer.writeheader()
        for event in events:
            written = 0
            for row in acled_rows([event]):
                writer.writerow(row)
                written += 1
            rows += written
            if not written:
                dropped["of no ACLED event type" if event.get("cameo") else "without a CAMEO code"] += 1
    return _summary(
        "acled",
        rows,
        dropped,
        {
            "of no ACLED event type": " (ACLED codes violence, protests and strategic developments only)",
        },
    )


def export_geojson(store: Store, out: Path | None, flt: EventFilter) -> dict[str, Any]:
    from newsintel.export.geojson import GEOJSON_MODES, write_feature_collection

    with _output(out) as file:
        rows = write_feature_collection(store.iter_events(_default_modes(flt, GEOJSON_MODES)), file)
    return {"format": "geojson", "rows": rows}


def export_jsonl(store: Store, out: Path | None, flt: EventFilter) -> dict[str, Any]:
    rows = 0
    with _output(out) as file:
        for data in store.iter_report_dicts(flt):
            file.write(json.dumps(data, ensure_ascii=False) + "\n")
            rows += 1
    return {"format": "jsonl", "rows": rows}


def _folder(out: Path | None, format: str) -> Path:
    if out is None or str(out) == "-":
        raise ConfigError(f"--format {format} writes one file per table: give a folder with --out")
    if out.exists() and not out.is_dir():
        raise ConfigError(
            f"--format {format} writes one file per table into a folder, and --out is a file: give a folder",
            path=str(out),
        )
    return out


def export_parquet(store: Store, out: Path | None, flt: EventFilter) -> dict[str, Any]:
    from newsintel.export.tables import write_tables

    return {"format": "parquet", "tables": write_tables(store, _folder(out, "parquet"), format="parquet", flt=flt)}


def export_csv(store: Store, out: Path | None, flt: EventFilter) -> dict[str, Any]:
    """A folder of CSV tables, or — to stdout or a .csv file — the events table alone."""
    from newsintel.export.tables import write_csv_table, write_tables

    if out is None or str(out) == "-" or out.suffix.lower() == ".csv":
        if out is None or str(out) == "-":
            from newsintel.store.exports import table_columns

            writer = csv.DictWriter(sys.stdout, fieldnames=[n for n, _ in table_columns("events")])
            writer.writeheader()
            rows = 0
            for batch in store.iter_table("events", flt):
                writer.writerows(batch)
                rows += len(batch)
            return {"format": "csv", "tables": {"events": rows}}
        out.parent.mkdir(parents=True, exist_ok=True)
        return {"format": "csv", "tables": {"events": write_csv_table(store, "events", out, flt)}}
    return {"format": "csv", "tables": write_tables(store, out, format="csv", flt=flt)}


def export_graphml(store: Store, out: Path | None, flt: EventFilter) -> dict[str, Any]:
    import networkx as nx

    from newsintel.export.graph import actor_graph

    graph = actor_graph(store, flt)
    with _output(out) as file:
        for line in nx.generate_graphml(graph):
            file.write(line + "\n")
    return {"format": "graphml", "nodes": graph.number_of_nodes(), "edges": graph.number_of_edges()}


for _name, _exporter in (
    ("gdelt", export_gdelt),
    ("acled", export_acled),
    ("jsonl", export_jsonl),
    ("parquet", export_parquet),
    ("csv", export_csv),
    ("graphml", export_graphml),
    ("geojson", export_geojson),
):
    register_exporter(_name, _exporter)


def export(
    store: Store,
    *,
    format: str,
    out: Path | str | None = None,
    filters: EventFilter = EventFilter(),
    date_fallback: str | None = None,
) -> dict[str, Any]:
    """Write the stored corpus in `format` to `out` (a file, a folder for table formats, or
    stdout when None); returns what was written (rows, or rows per table) and, under
    "dropped", a line for each kind of event the format could not hold.

    `date_fallback` ("added" or YYYY-MM-DD) dates events that have no date at all, for the
    exporters that take it (gdelt, acled)."""
    if format not in EXPORTERS:
        raise ConfigError(f"unknown export format {format!r}; choose one of {', '.join(EXPORTERS)}")
    exporter = EXPORTERS[format]
    options: dict[str, Any] = {}
    if date_fallback is not None:
        if "date_fallback" not in inspect.signature(exporter).parameters:
            raise ConfigError(f"--date-fallback does not apply to --format {format}")
        options["date_fallback"] = check_date_fallback(date_fallback)
    try:
        return exporter(store, Path(out) if out is not None else None, filters, **options)
    except NewsintelError:
        raise
    except OSError as exc:  # a full disk, a folder where a file is wanted, no permission
        raise NewsintelError(
            f"cannot write the export: {exc.strerror or exc}", path=exc.filename or (str(out) if out else None)
        ) from None
