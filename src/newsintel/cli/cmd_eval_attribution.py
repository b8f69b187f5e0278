"""`newsintel eval attribution GOLD.jsonl --out PRED.jsonl`: predict, then score."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from newsintel.cli.app import eval_app
from newsintel.cli.common import ModelOption, QuietOption, stderr
from newsintel.errors import NewsintelError


@eval_app.command("attribution")
def eval_attribution(
    gold: Annotated[Path, typer.Argument(help="Gold file in the format of ../shared/eval/quotes (JSONL).")],
    out: Annotated[Path, typer.Option("--out", help="Where to write the predictions (JSONL).")] = Path(
        "attribution_pred.jsonl"
    ),
    model: ModelOption = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the scorer's summary as JSON.")] = False,
    quiet: QuietOption = False,
) -> None:
    """Find attributions in every gold article, write them, and print the shared scorer's summary."""
    from newsintel.evaluation.attribution import predict_file, score_file

    try:
        run = predict_file(gold, out, model=model)
        if not quiet:
            stderr.print(f"{run.articles} articles, {run.attributions} attributions, {run.failures} failures → {out}")
        typer.echo(score_file(gold, out, as_json=as_json), nl=False)
    except NewsintelError as error:
        stderr.print(f"[bold red]error[/] {error}")
        raise typer.Exit(code=2) from None
