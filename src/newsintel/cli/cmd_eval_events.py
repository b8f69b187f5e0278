"""`newsintel eval events`: code a PETRARCH-style suite and score it."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from newsintel.cli.app import eval_app
from newsintel.cli.common import ActorsOption, AgentsOption, ModelOption, VerbsOption, paths_of, write_output


@eval_app.command("events")
def eval_events(
    gold: Annotated[
        Path, typer.Argument(help="Gold JSON lines: {id, text, date, events, category, noevents, config}.")
    ],
    actors: ActorsOption = None,
    agents: AgentsOption = None,
    verbs: VerbsOption = None,
    out: Annotated[
        Path | None, typer.Option("--out", "-o", help="Write predictions here, one {id, events} line per sentence.")
    ] = None,
    builtin: Annotated[
        bool | None,
        typer.Option(
            "--builtin/--no-builtin", help="Also use newsintel's own dictionaries (default: only when none are given)."
        ),
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the scores as JSON.")] = False,
    model: ModelOption = None,
) -> None:
    """Share of expected events reproduced, precision, and noevents sentences left empty."""
    from newsintel.evaluation.events import format_score, predict, read_gold, score

    records = read_gold(gold)
    predictions = list(
        predict(
            records,
            actors=paths_of(actors),
            agents=paths_of(agents),
            verbs=paths_of(verbs),
            use_builtin=builtin,
            model=model,
        )
    )
    if out is not None:
        write_output("\n".join(json.dumps(p, ensure_ascii=False) for p in predictions), out)
    result = score(records, {p["id"]: p["events"] for p in predictions})
    write_output(json.dumps(result.to_dict()) if as_json else format_score(result), None)
