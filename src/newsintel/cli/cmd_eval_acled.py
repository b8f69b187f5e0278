"""`newsintel eval acled`: code ACLED event notes and print the scorer's summary."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from newsintel.cli.app import eval_app
from newsintel.cli.common import ModelOption, QuietOption, stderr, write_output


@eval_app.command("acled")
def eval_acled(
    gold: Annotated[
        Path, typer.Argument(help="Gold JSON lines of ACLED notes: {id, text, published, event_type, ...}.")
    ],
    out: Annotated[
        Path, typer.Option("--out", "-o", help="Write the predictions here, one {id, events} line per note.")
    ],
    model: ModelOption = None,
    limit: Annotated[int | None, typer.Option("--limit", help="Only the first N notes.")] = None,
    quiet: QuietOption = False,
) -> None:
    """Analyse each note (published on its date), write one prediction line per note and print the
    summary of the scorer beside the gold file (score.py), or a short one of our own without it.
    A malformed gold line is reported on stderr with its file and line; the rest are scored."""
    import logging

    from newsintel.evaluation.acled import evaluate, read_notes

    if not quiet:
        stderr.print(f"coding {gold} ...")
        for problem in read_notes(gold).problems:
            stderr.print(problem, soft_wrap=True, markup=False, highlight=False)
    logging.getLogger("newsintel.evaluation.acled").setLevel(logging.ERROR)  # problems were printed above
    write_output(evaluate(gold, out=out, model=model, limit=limit), None)
