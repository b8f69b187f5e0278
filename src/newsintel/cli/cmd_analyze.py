"""`newsintel analyze`: analyse articles and print or write their reports."""

from __future__ import annotations

import json
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer

from newsintel.cli.app import app
from newsintel.cli.common import (
    ActorsOption,
    AgentsOption,
    DateOption,
    ModelOption,
    VerbsOption,
    check_date,
    paths_of,
    report_error,
    write_output,
)
from newsintel.errors import ConfigError, NewsintelError
from newsintel.records import Report


class OutputFormat(str, Enum):
    text = "text"
    json = "json"
    html = "html"


@app.command()
def analyze(
    paths: Annotated[list[str], typer.Argument(help="Text files to analyse; '-' reads stdin.")],
    date: DateOption = None,
    format: Annotated[OutputFormat, typer.Option("--format", "-f", help="text, json or html.")] = OutputFormat.text,
    out: Annotated[
        Path | None,
        typer.Option("--out", "-o", help="Write here instead of stdout (a folder for several html reports)."),
    ] = None,
    model: ModelOption = None,
    actors: ActorsOption = None,
    agents: AgentsOption = None,
    verbs: VerbsOption = None,
) -> None:
    """Analyse articles: actors, attributions, events, places, dates, claims."""
    from newsintel.analysis import analyze_many
    from newsintel.ingest.read import ReadOptions, read

    published = check_date(date)
    if format is OutputFormat.html and len(paths) > 1 and out is not None and out.suffix:
        raise ConfigError("with several documents, --out must be a folder for the html reports")
    read_results = list(read(paths, ReadOptions(default_date=published)))
    documents = [r for r in read_results if not isinstance(r, NewsintelError)]
    failures: list[NewsintelError] = [r for r in read_results if isinstance(r, NewsintelError)]
    for error in failures:
        report_error(error)

    reports: list[Report] = []
    for result in analyze_many(
        documents,
        model=model,
        actors=paths_of(actors),
        agents=paths_of(agents),
        verbs=paths_of(verbs),
    ):
        if isinstance(result, NewsintelError):
            report_error(result)
            failures.append(result)
        else:
            reports.append(result)

    _emit(reports, format, out)
    if failures:
        raise typer.Exit(code=1)


def _emit(reports: list[Report], format: OutputFormat, out: Path | None) -> None:
    if not reports:
        return
    if format is OutputFormat.json:
        if len(reports) == 1:
            write_output(reports[0].to_json(), out)
        else:  # several documents: JSON lines, one report each
            write_output("\n".join(json.dumps(r.to_dict(), ensure_ascii=False) for r in reports), out)
    elif format is OutputFormat.html:
        from newsintel.render.html import render_html

        if len(reports) == 1 and (out is None or out.suffix):
            write_output(render_html(reports[0]), out)
        else:
            folder = out or Path(".")
            folder.mkdir(parents=True, exist_ok=True)
            for report in reports:
                stem = Path(report.document.source or report.document.id).stem
                (folder / f"{stem}.html").write_text(render_html(report), encoding="utf-8")
    else:
        from newsintel.render.text import print_report

        for report in reports:
            print_report(report, out=out)
