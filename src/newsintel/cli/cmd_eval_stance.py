"""`newsintel eval stance GOLD.jsonl --out PRED.jsonl`: stance of articles towards claims, scored."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from newsintel.cli.app import eval_app
from newsintel.cli.common import QuietOption, stderr
from newsintel.records import Report


@eval_app.command("stance")
def eval_stance(
    gold: Annotated[Path, typer.Argument(help="FNC-1 (fnc1_*.jsonl) or Emergent (emergent.jsonl) gold file.")],
    out: Annotated[Path, typer.Option("--out", "-o", help="Write the predictions here (JSONL: id, headline, stance).")],
    scorer: Annotated[
        Path | None, typer.Option("--scorer", help="The dataset's score.py (default: beside GOLD).")
    ] = None,
    split: Annotated[
        str | None, typer.Option("--split", help="Only records with this paper_split/split (e.g. 'test' on Emergent).")
    ] = None,
    quiet: QuietOption = False,
) -> None:
    """Treat each headline as a claim and each body as an article; predict and score every pair."""
    from newsintel.evaluation.stance import evaluate_stance

    run = evaluate_stance(gold, out, scorer=scorer, split=split)
    typer.echo(run.summary)
    if not quiet:
        stderr.print(f"{run.predictions} predictions in {run.seconds:.1f}s → {out}")


@eval_app.command("claim-pairs")
def eval_claim_pairs(
    pairs: Annotated[
        Path, typer.Argument(help="JSONL of article pairs with known relations (tests/data/claim_pairs.jsonl).")
    ],
    ledger: Annotated[
        bool, typer.Option("--ledger/--no-ledger", help="Also run the pipeline and score the cross-document ledger.")
    ] = True,
) -> None:
    """Precision and recall of claim checking, origin counting and the ledger on article pairs."""
    import json

    from newsintel.evaluation.claim_pairs import evaluate_pairs

    analyze = None
    if ledger:
        from newsintel import analyze as analyze_text

        def analyze(text: str) -> Report:
            return analyze_text(text)

    typer.echo(json.dumps(evaluate_pairs(pairs, analyze=analyze).to_dict(), indent=2))
