"""`newsintel eval plover`: code PLOVER gold sentences and score the categories."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from newsintel.cli.app import eval_app
from newsintel.cli.common import ActorsOption, AgentsOption, ModelOption, VerbsOption, paths_of, write_output


@eval_app.command("plover")
def eval_plover(
    gold: Annotated[
        Path, typer.Argument(help="PLOVER gold JSON lines: {id, text, events: [{event, mode, actor, recipient}]}.")
    ],
    out: Annotated[
        Path | None, typer.Option("--out", "-o", help="Write predictions here, one {id, events} line per sentence.")
    ] = None,
    actors: ActorsOption = None,
    agents: AgentsOption = None,
    verbs: VerbsOption = None,
    model: ModelOption = None,
) -> None:
    """Recall and precision of PLOVER categories per sentence, source/target agreement, per category."""
    from newsintel.evaluation.plover import format_score, predict, read_gold, score

    records = read_gold(gold)
    predictions = list(
        predict(records, model=model, actors=paths_of(actors), agents=paths_of(agents), verbs=paths_of(verbs))
    )
    if out is not None:
        write_output("\n".join(json.dumps(p, ensure_ascii=False) for p in predictions), out)
    result = score(records, {str(p["id"]): p["events"] for p in predictions})
    write_output(format_score(result), None)
