"""`newsintel export`: a stored corpus as GDELT, ACLED, JSON lines, Parquet, CSV or GraphML."""

from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import Annotated

import typer

from newsintel.cli.app import app
from newsintel.cli.cmd_ingest import DbOption
from newsintel.cli.common import QuietOption, check_date, report_warning, stderr


class ExportFormat(str, Enum):
    gdelt = "gdelt"
    acled = "acled"
    jsonl = "jsonl"
    parquet = "parquet"
    graphml = "graphml"
    csv = "csv"
    geojson = "geojson"


@app.command()
def export(
    format: Annotated[
        ExportFormat,
        typer.Option(
            "--format",
            "-f",
            help="gdelt (61-column event table), acled (31 columns), jsonl (reports), parquet/csv (a folder of "
            "tables), graphml (actor network), geojson (events as a FeatureCollection).",
        ),
    ],
    db: DbOption = None,
    out: Annotated[
        Path | None,
        typer.Option("--out", "-o", help="File to write (a folder for parquet and csv); stdout by default."),
    ] = None,
    since: Annotated[str | None, typer.Option("--since", help="From this date (YYYY-MM-DD), inclusive.")] = None,
    until: Annotated[str | None, typer.Option("--until", help="Up to this date (YYYY-MM-DD), inclusive.")] = None,
    actor: Annotated[
        str | None, typer.Option("--actor", help="Events with this actor id as source or target (e.g. taliban).")
    ] = None,
    country: Annotated[
        str | None, typer.Option("--country", help="Events in or by this country (ISO alpha-3, e.g. AFG).")
    ] = None,
    code: Annotated[str | None, typer.Option("--code", help="CAMEO event code prefix, e.g. 19 (fight) or 183.")] = None,
    mode: Annotated[
        list[str] | None,
        typer.Option("--mode", help="Event modes to keep (repeatable); gdelt/acled default to asserted and reported."),
    ] = None,
    unique: Annotated[
        bool, typer.Option("--unique", help="One document per near-duplicate group (drop syndicated copies).")
    ] = False,
    date_fallback: Annotated[
        str | None,
        typer.Option(
            "--date-fallback",
            help="gdelt/acled: date events that have no date at all (nor their document) with 'added' (the day "
            "the document was stored) or YYYY-MM-DD.",
        ),
    ] = None,
    quiet: QuietOption = False,
) -> None:
    """Export the corpus database for GDELT/ACLED tools, DuckDB/pandas or Gephi."""
    from newsintel.errors import ConfigError
    from newsintel.export import export as run_export
    from newsintel.records import EVENT_MODES
    from newsintel.store import EventFilter, open_store

    unknown = [m for m in mode or [] if m not in EVENT_MODES]
    if unknown:
        raise ConfigError(f"unknown --mode {', '.join(unknown)}; choose from {', '.join(EVENT_MODES)}")
    filters = EventFilter(
        since=check_date(since, "--since"),
        until=check_date(until, "--until"),
        actor=actor,
        country=country.upper() if country else None,
        code=code,
        modes=tuple(mode or ()),
        unique=unique,
    )
    with open_store(db, create=False) as store:
        summary = run_export(store, format=format.value, out=out, filters=filters, date_fallback=date_fallback)
    for line in (summary.pop("dropped", None) or {}).values():
        report_warning(line)
    if not quiet:
        stderr.print(f"export {format.value}: " + ", ".join(f"{k}={v}" for k, v in summary.items() if k != "format"))
