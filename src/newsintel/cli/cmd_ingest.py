"""`newsintel ingest`: analyse files and folders into the corpus database, resumably."""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import TYPE_CHECKING, Annotated

import typer

from newsintel.cli.app import app
from newsintel.cli.common import (
    ActorsOption,
    AgentsOption,
    DateOption,
    ModelOption,
    QuietOption,
    VerbsOption,
    check_date,
    paths_of,
    report_warning,
    stderr,
)
from newsintel.errors import ConfigError

if TYPE_CHECKING:
    from rich.progress import Progress, TaskID

    from newsintel.scale.ingest import IngestProgress, IngestSummary

DbOption = Annotated[
    str | None,
    typer.Option("--db", help="Database: a SQLite file path (default newsintel.db) or postgresql://user@host/db."),
]

# A stand-in for the newsintel pipeline ("module:function"), for plug-ins and tests.
EXTRACTOR_ENV = "NEWSINTEL_EXTRACTOR"


@app.command()
def ingest(
    paths: Annotated[
        list[str], typer.Argument(help="Files or folders: .txt .html .jsonl .json .csv .tsv, and .gz of them.")
    ],
    db: DbOption = None,
    date: DateOption = None,
    workers: Annotated[int, typer.Option("--workers", "-w", help="Analyse in N processes (one model each).")] = 1,
    dask: Annotated[
        str | None,
        typer.Option(
            "--dask", help="Run on Dask: 'local', 'local:N' (N workers) or a scheduler address tcp://host:8786."
        ),
    ] = None,
    glob: Annotated[
        str, typer.Option("--glob", help="Which files to read in folders (recursively), e.g. '*.html'.")
    ] = "*",
    text_field: Annotated[str, typer.Option("--text-field", help="JSON/CSV field holding the article text.")] = "text",
    title_field: Annotated[str, typer.Option("--title-field", help="JSON/CSV field holding the title.")] = "title",
    date_field: Annotated[
        str, typer.Option("--date-field", help="JSON/CSV field holding the publication date.")
    ] = "published",
    url_field: Annotated[str, typer.Option("--url-field", help="JSON/CSV field holding the URL.")] = "url",
    publisher_field: Annotated[
        str, typer.Option("--publisher-field", help="JSON/CSV field holding the publisher.")
    ] = "publisher",
    id_field: Annotated[
        str,
        typer.Option(
            "--id-field", help="JSON/CSV field holding a document id; '' to id every document by its content hash."
        ),
    ] = "id",
    batch_size: Annotated[
        int, typer.Option("--batch-size", help="Documents per batch (one transaction, one nlp.pipe call).")
    ] = 32,
    stages: Annotated[
        str | None,
        typer.Option(
            "--stages", help="Comma-separated pipeline stages to run (default: all); 'none' for the parse only."
        ),
    ] = None,
    model: ModelOption = None,
    actors: ActorsOption = None,
    agents: AgentsOption = None,
    verbs: VerbsOption = None,
    quiet: QuietOption = False,
) -> None:
    """Analyse documents into a corpus database. Run it again to resume: stored documents are skipped."""
    from newsintel.ingest.read import ReadOptions
    from newsintel.nlp.pipeline import STAGES, PipelineOptions
    from newsintel.scale import ingest as run_ingest

    read_options = ReadOptions(
        default_date=check_date(date),
        glob=glob,
        text_field=text_field,
        title_field=title_field,
        date_field=date_field,
        url_field=url_field,
        publisher_field=publisher_field,
        id_field=id_field,
    )
    pipeline = PipelineOptions(
        model=model,
        actors=paths_of(actors),
        agents=paths_of(agents),
        verbs=paths_of(verbs),
        stages=_stages(stages, tuple(STAGES)),
    )
    with _progress(quiet) as on_progress:
        summary = run_ingest(
            paths,
            db=db,
            read_options=read_options,
            pipeline=pipeline,
            workers=workers,
            dask=dask,
            batch_size=batch_size,
            extractor=os.environ.get(EXTRACTOR_ENV) or None,
            on_progress=on_progress,
            estimate=not quiet,
        )
    if not quiet:
        rate = summary.added / summary.seconds if summary.seconds else 0.0
        stderr.print(
            f"run {summary.run_id}: {summary.added} added, {summary.skipped} already stored, "
            f"{summary.errors} errors in {summary.seconds:.1f}s ({rate:.1f} documents/s)"
            + ("; list them with 'newsintel corpus errors'" if summary.errors else "")
        )
    _exit_status(summary)


def _exit_status(summary: IngestSummary) -> None:
    """Non-zero, with a line saying how many, when inputs could not be read or nothing could be
    analysed; documents in another language are said but are not a failure."""
    if summary.other_language:
        report_warning(
            f"{summary.other_language} document(s) not in the model's language: recorded, not "
            "analysed (see 'newsintel corpus errors'; pass a model for their language with --model)"
        )
    if summary.unreadable:
        report_warning(f"{summary.unreadable} input(s) could not be read (see 'newsintel corpus errors')")
    if summary.all_failed:
        report_warning(f"no document could be analysed: {summary.failed} failed, {summary.unreadable} unreadable")
    if summary.unreadable or summary.all_failed:
        raise typer.Exit(code=1)


def _stages(value: str | None, known: tuple[str, ...]) -> tuple[str, ...]:
    if value is None:
        return known
    if value.strip().lower() in ("none", ""):
        return ()
    names = []
    for raw in value.split(","):
        name = raw.strip()
        name = name if name.startswith("newsintel_") else f"newsintel_{name}"
        if name not in known:
            raise ConfigError(
                f"unknown stage {raw.strip()!r}; known: {', '.join(n.removeprefix('newsintel_') for n in known)}"
            )
        names.append(name)
    return tuple(names)


class _progress:
    """A Rich progress bar on stderr (documents/s, errors, ETA), or nothing with --quiet."""

    def __init__(self, quiet: bool) -> None:
        self.quiet = quiet
        self.bar: Progress | None = None
        self.task: TaskID | None = None

    def __enter__(self) -> Callable[[IngestProgress], None] | None:
        if self.quiet:
            return None
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

        self.bar = Progress(
            TextColumn("ingest"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("{task.fields[rate]:.1f} docs/s"),
            TextColumn("[red]{task.fields[errors]} errors"),
            TextColumn("ETA"),
            TimeRemainingColumn(),
            console=stderr,
            transient=False,
        )
        self.bar.start()
        self.task = self.bar.add_task("ingest", total=None, rate=0.0, errors=0)
        return self.update

    def update(self, progress: IngestProgress) -> None:
        if self.bar is None or self.task is None:
            return
        rate = progress.added / progress.seconds if progress.seconds else 0.0
        total = max(progress.expected or 0, progress.done) or None
        self.bar.update(self.task, completed=progress.done, total=total, rate=rate, errors=progress.errors)

    def __exit__(self, *exc: object) -> None:
        if self.bar is not None:
            task = self.bar.tasks[0]
            if exc[0] is None:  # the estimate was approximate: end the bar full
                self.bar.update(task.id, total=task.completed)
            self.bar.stop()
