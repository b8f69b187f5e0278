"""The Typer applications every command module registers on."""

from __future__ import annotations

import typer

app = typer.Typer(
    name="newsintel",
    help="Turn conflict and security news into structured, sourced intelligence.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

eval_app = typer.Typer(
    help="Measure a stage against an annotated evaluation set (see ../shared/eval).",
    no_args_is_help=True,
)
app.add_typer(eval_app, name="eval")
