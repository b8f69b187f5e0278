"""Export a stored corpus: GDELT, ACLED, JSON lines, Parquet, CSV, GraphML, GeoJSON."""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import IO, Any

from newsintel.errors import ConfigError
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
    out.parent.mkdir(parents=True, exist_ok=True)
    with open(out, "w", encoding="utf-8", newline="") as file:
        yield file


def _default_modes(flt: EventFilter, modes: tuple[str, ...]) -> EventFilter:
    return flt if flt.modes else replace(flt, modes=modes)


def export_gdelt(store: Store, out: Path | None, flt: EventFilter) -> dict[str, Any]:
    from newsintel.export.gdelt import GDELT_MODES, gdelt_lines

    rows = 0
    with _output(out) as file:
        for line in gdelt_lines(store.iter_events(_default_modes(flt, GDELT_MODES))):
            file.write(line)
            rows += 1
    return {"format": "gdelt", "rows": rows}


def export_acled(store: Store, out: Path | None, flt: EventFilter) -> dict[str, Any]:
    from newsintel.export.acled import ACLED_COLUMNS, ACLED_MODES, acled_rows

    rows = 0
    with _output(out) as file:
        writer = csv.DictWriter(file, fieldnames=ACLED_COLUMNS)
        writer.writeheader()
        for row in acled_rows(store.iter_events(_default_modes(flt, ACLED_MODES))):
            writer.writerow(row)
            rows += 1
    return {"format": "acled", "rows": rows}


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


for _name, _exporter in (("gdelt", export_gdelt), ("acled", export_acled), ("jsonl", export_jsonl),
                         ("parquet", export_parquet), ("csv", export_csv), ("graphml", export_graphml),
                         ("geojson", export_geojson)):
    register_exporter(_name, _exporter)


def export(store: Store, *, format: str, out: Path | str | None = None,
           filters: EventFilter = EventFilter()) -> dict[str, Any]:
    """Write the stored corpus in `format` to `out` (a file, a folder for table formats, or
    stdout when None); returns what was written (rows, or rows per table)."""
    if format not in EXPORTERS:
        raise ConfigError(f"unknown export format {format!r}; choose one of {', '.join(EXPORTERS)}")
    return EXPORTERS[format](store, Path(out) if out is not None else None, filters)
