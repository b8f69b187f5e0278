"""`newsintel eval places`: score the places stage on a geoparsing gold file."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from newsintel.cli.app import eval_app
from newsintel.cli.common import ModelOption, QuietOption, stderr


@eval_app.command("places")
def eval_places(
    gold: Annotated[Path, typer.Argument(help="Gold JSON lines: {id, text, toponyms: [{span, lat, lon}]}.")],
    out: Annotated[
        Path | None, typer.Option("--out", "-o", help="Write the predicted toponyms here (JSON lines).")
    ] = None,
    model: ModelOption = None,
    limit: Annotated[int | None, typer.Option("--limit", help="Only the first N articles.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the scores as one JSON object.")] = False,
    quiet: QuietOption = False,
) -> None:
    """Geoparse each gold article; print recognition P/R/F1 and accuracy within 161 km.

    A file of event-location examples (lines with an "event" key, like event_location.jsonl)
    is scored instead on the place each event verb's clause gives (gold examples only); a file
    of ACLED-style notes ({id, text, iso3, lat, lon}) on whether some resolved place of each note
    lies within 25 km of its point and every place is in its country or a neighbour, with a
    table per country."""
    from newsintel.evaluation.acled_places import country_table, evaluate_notes, is_note_file
    from newsintel.evaluation.places import evaluate_event_places, evaluate_places, is_event_location_file

    if not quiet:
        stderr.print(f"geoparsing {gold} ...")
    if is_note_file(gold):
        notes = evaluate_notes(gold, out=out, model=model, limit=limit)
        if as_json:
            typer.echo(json.dumps(notes.to_dict()))
            return
        for key, value in notes.total.to_dict().items():
            typer.echo(f"{key:28} {value}")
        for line in country_table(notes):
            typer.echo(line)
        return
    if is_event_location_file(gold):
        result = evaluate_event_places(gold, model=model).to_dict()
    else:
        result = evaluate_places(gold, out=out, model=model, limit=limit).to_dict()
    if as_json:
        typer.echo(json.dumps(result))
        return
    for key, value in result.items():
        typer.echo(f"{key:20} {value}")
