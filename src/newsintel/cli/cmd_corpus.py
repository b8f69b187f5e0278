"""`newsintel corpus ...`: look inside a corpus database (counts, errors, runs, duplicates)."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Annotated, Any

import typer

from newsintel.cli.app import app
from newsintel.cli.cmd_ingest import DbOption

if TYPE_CHECKING:
    from newsintel.store import Store

corpus_app = typer.Typer(help="Inspect a corpus database made by 'newsintel ingest'.", no_args_is_help=True)
app.add_typer(corpus_app, name="corpus")

LimitOption = Annotated[int, typer.Option("--limit", help="At most this many rows.")]


def _open(db: str | None) -> Store:
    from newsintel.store import open_store

    return open_store(db, create=False)  # a mistyped --db must not create an empty corpus


def _print(value: Any) -> None:
    typer.echo(json.dumps(value, indent=2, ensure_ascii=False, default=str))


@corpus_app.command("stats")
def stats(db: DbOption = None) -> None:
    """Row counts: documents, actors, events, claims, errors, near-duplicate groups."""
    with _open(db) as store:
        _print(store.stats())


@corpus_app.command("errors")
def errors(
    db: DbOption = None,
    run: Annotated[int | None, typer.Option("--run", help="Only this run's errors.")] = None,
    limit: LimitOption = 100,
) -> None:
    """Documents that could not be read or analysed, with the reason."""
    with _open(db) as store:
        for item in store.list_errors(run_id=run, limit=limit).items:
            typer.echo(f"{item['source'] or item['document_id']}: {item['message']} [{item['code']}]")


@corpus_app.command("runs")
def runs(db: DbOption = None, limit: LimitOption = 20) -> None:
    """Ingest runs, newest first."""
    with _open(db) as store:
        _print(store.list_runs(limit=limit).items)


@corpus_app.command("duplicates")
def duplicates(db: DbOption = None, limit: LimitOption = 20) -> None:
    """Near-duplicate groups (syndicated copies), biggest first."""
    with _open(db) as store:
        _print(store.duplicate_groups(limit=limit).items)
