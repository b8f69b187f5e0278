"""`ingest`: read documents, analyse them (here, in processes or on Dask), store the results.

Resumable by construction: documents go through in batches; each batch's reports and errors
are written in one transaction, and documents whose ids are already stored (or failed before)
are skipped before analysis. So a run killed at any moment and started again finishes the
job with every document stored exactly once, and re-running a finished job adds nothing.
"""

from __future__ import annotations

import contextlib
import logging
import signal
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from newsintel.errors import ConfigError, InputError, Interrupted, NewsintelError
from newsintel.ingest.language import judge_language, model_language
from newsintel.ingest.read import ReadOptions, read
from newsintel.records import Document, Report
from newsintel.scale.executors import Batch, check_dask, make_executor
from newsintel.scale.worker import DEFAULT_EXTRACTOR, check_stages
from newsintel.store.core import collision_error
from newsintel.store.rows import content_hash

logger = logging.getLogger(__name__)

MAX_BATCH_CHARS = 100_000  # about 16,000 words: 30 typical articles, or 3 very long ones


@dataclass(slots=True)
class IngestProgress:
    """Counts so far; `expected` is an estimate (None when unknown)."""

    expected: int | None = None
    read: int = 0  # documents read (stored, skipped or failed)
    added: int = 0
    skipped: int = 0  # already in the store
    errors: int = 0  # error rows added: read errors and documents that failed analysis
    unreadable: int = 0  # inputs (files, lines, records) that could not be read, this run
    failed: int = 0  # documents whose analysis failed, this run
    other_language: int = 0  # documents not in the model's language: recorded, not analysed
    workers: int = 1
    started: float = field(default_factory=time.monotonic)

    @property
    def seconds(self) -> float:
        return time.monotonic() - self.started

    @property
    def done(self) -> int:
        return self.added + self.skipped + self.errors


@dataclass(slots=True)
class IngestSummary:
    run_id: int
    added: int
    skipped: int
    errors: int
    seconds: float
    workers: int
    unreadable: int = 0
    failed: int = 0
    other_language: int = 0

    @property
    def all_failed(self) -> bool:
        """Nothing was or is stored for the run's documents: every one failed (or none was read)."""
        return self.added == 0 and self.skipped == 0 and (self.failed > 0 or self.unreadable > 0)

    def to_dict(self) -> dict:
        return {
            "run_id": self.run_id,
            "added": self.added,
            "skipped": self.skipped,
            "errors": self.errors,
            "unreadable": self.unreadable,
            "failed": self.failed,
            "other_language": self.other_language,
            "seconds": round(self.seconds, 3),
            "workers": self.workers,
        }


def ingest(
    paths: Iterable[str | Path],
    *,
    db=None,
    read_options: ReadOptions | None = None,
    pipeline=None,
    workers: int = 1,
    dask: str | None = None,
    batch_size: int = 32,
    extractor: str | None = None,
    on_progress: Callable[[IngestProgress], None] | None = None,
    estimate: bool = True,
    reuse_copies: bool = True,
) -> IngestSummary:
    """Read `paths`, analyse every document not yet stored, and store reports and errors.

    `db` is a path, URL or open `Store`; `pipeline` a `PipelineOptions`; `workers` > 1 uses
    that many processes, `dask` a Dask cluster ("local", "local:N" or a scheduler address).
    `extractor` ("module:function") replaces the newsintel pipeline, for plug-ins and tests.
    `reuse_copies`: exact copies (same text and date) of documents this run stored take the
    stored report instead of being analysed again.
    """
    from newsintel.store import Store, open_store

    names = [str(p) for p in paths]
    if not names:
        raise ConfigError("nothing to ingest: give files or folders")
    if batch_size < 1:
        raise ConfigError("--batch-size must be at least 1")
    if workers < 1:
        raise ConfigError("--workers must be at least 1")
    if dask:
        check_dask(dask)
    read_options = read_options or ReadOptions()
    pipeline = pipeline or _default_pipeline()
    if (extractor or DEFAULT_EXTRACTOR) == DEFAULT_EXTRACTOR:
        check_stages(pipeline)
    store = db if isinstance(db, Store) else open_store(db)
    try:
        progress = IngestProgress(expected=_estimate(names, read_options) if estimate else None)
        run_id = store.start_run(
            {
                "paths": names,
                "workers": workers,
                "dask": dask,
                "batch_size": batch_size,
                "stages": list(pipeline.stages),
                "model": pipeline.model,
                "extractor": extractor,
                "default_date": read_options.default_date,
            }
        )
        _run(
            names,
            store=store,
            run_id=run_id,
            progress=progress,
            read_options=read_options,
            pipeline=pipeline,
            executor_options={"workers": workers, "dask": dask, "extractor": extractor},
            batch_size=batch_size,
            on_progress=on_progress,
            reuse_copies=reuse_copies,
        )
    finally:
        if not isinstance(db, Store):
            store.close()
    return IngestSummary(
        run_id,
        progress.added,
        progress.skipped,
        progress.errors,
        progress.seconds,
        progress.workers,
        progress.unreadable,
        progress.failed,
        progress.other_language,
    )


def _run(
    paths: list[str],
    *,
    store,
    run_id: int,
    progress: IngestProgress,
    read_options: ReadOptions,
    pipeline,
    executor_options: dict,
    batch_size: int,
    on_progress,
    reuse_copies: bool,
) -> None:
    """Analyse and store in batches; the run's status says how it ended."""
    status = "failed"
    executor = None
    try:
        with _stop_on_signals() as check_stop:
            executor = make_executor(pipeline, **executor_options)
            language = model_language(pipeline.model)
            batches = _batches(
                read(paths, read_options),
                store=store,
                size=batch_size,
                progress=progress,
                run_id=run_id,
                reuse_copies=reuse_copies,
                language=language,
            )
            try:
                _store_batches(
                    executor.run(batches, check=check_stop), store, run_id, progress, on_progress, check_stop
                )
            except Exception:
                # Library code may wrap the handler's Interrupted in its own error (SQLAlchemy's
                # StatementError when the signal lands while it binds parameters): still a stop.
                check_stop()
                raise
            status = "finished"
    except (Interrupted, KeyboardInterrupt):
        status = "interrupted"
        raise
    finally:
        if executor is not None:
            progress.workers = getattr(executor, "workers", 1)
            executor.close(cancel=status != "finished")
        _finish(store, run_id, status)


def _store_batches(analysed, store, run_id: int, progress: IngestProgress, on_progress, check_stop) -> None:
    for batch, results in analysed:
        check_stop()
        _record_languages(results, batch)
        saved = store.save([*results, *batch.copied, *batch.errors], run_id=run_id)
        progress.added += saved.documents_added
        progress.skipped += batch.skipped + saved.skipped
        progress.errors += saved.errors_added
        progress.failed += sum(isinstance(r, NewsintelError) for r in results)
        if on_progress:
            on_progress(progress)


def _record_languages(results: list, batch: Batch) -> None:
    """Each report carries its document's language, detected here before analysis."""
    for result in results:
        if isinstance(result, Report):
            result.language = batch.languages.get(result.document.id)


def _finish(store, run_id: int, status: str) -> None:
    """Mark the run; when the database itself is what failed, say so in the log and keep the
    error that stopped the run (not a second one from this write)."""
    try:
        store.finish_run(run_id, status=status)
    except NewsintelError as error:
        if status == "finished":
            raise
        logger.info("could not mark run %s as %s: %s", run_id, status, error)


_SIGNALS = (signal.SIGINT, signal.SIGTERM)


@contextlib.contextmanager
def _stop_on_signals() -> Iterator[Callable[[], None]]:
    """SIGINT and SIGTERM (Ctrl-C, `timeout`, systemd, docker stop) raise `Interrupted` in the
    run, which stops the workers and marks the run: every batch stored so far is whole, and the
    same command resumes. Only the main thread can take signals; elsewhere nothing changes.

    Yields a check that raises `Interrupted` again once a signal came: the handler's exception
    can be lost when it lands in library code that logs and drops exceptions (SQLAlchemy closing
    a connection did, and the run went on to the end), so the run also checks between batches
    and while it waits for results."""
    received: list[int] = []

    def check() -> None:
        if received:
            raise _interrupted(received[0])

    if threading.current_thread() is not threading.main_thread():
        yield check
        return

    def stop(number: int, _frame) -> None:
        for each in _SIGNALS:  # a second signal while stopping must not interrupt the cleanup
            signal.signal(each, signal.SIG_IGN)
        received.append(number)
        raise _interrupted(number)

    previous = {each: signal.signal(each, stop) for each in _SIGNALS}
    try:
        yield check
    finally:
        for each, handler in previous.items():
            signal.signal(each, handler)


def _interrupted(number: int) -> Interrupted:
    name = signal.Signals(number).name
    return Interrupted(
        f"stopped by {name}; stored batches are whole: run the same command again to resume", signal_number=number
    )


def _default_pipeline():
    from newsintel.nlp.pipeline import PipelineOptions

    return PipelineOptions()


def _estimate(paths: list[str], options: ReadOptions) -> int | None:
    from newsintel.ingest.formats import estimate_count

    return estimate_count([p for p in paths if p != "-"], options) or None


def _batches(
    items: Iterator[Document | NewsintelError],
    *,
    store,
    size: int,
    progress: IngestProgress,
    run_id: int,
    reuse_copies: bool,
    language: str = "en",
) -> Iterator[Batch]:
    """Batches of documents not yet stored; read errors ride along with the next batch."""
    pending: list[Document | NewsintelError] = []
    count = chars = 0
    for item in items:
        pending.append(item)
        if isinstance(item, Document):
            count, chars = count + 1, chars + len(item.text)
        # A batch also ends at MAX_BATCH_CHARS, so that a run of long articles cannot make
        # one nlp.pipe call (and the memory it holds) arbitrarily big.
        if count >= size or chars >= MAX_BATCH_CHARS:
            yield _filter_done(pending, store, progress, run_id=run_id, reuse_copies=reuse_copies, language=language)
            pending, count, chars = [], 0, 0
    if pending:
        yield _filter_done(pending, store, progress, run_id=run_id, reuse_copies=reuse_copies, language=language)


def _filter_done(
    items: list[Document | NewsintelError],
    store,
    progress: IngestProgress,
    *,
    run_id: int,
    reuse_copies: bool,
    language: str = "en",
) -> Batch:
    """The batch to analyse: documents not stored yet. An exact copy (same text, same date)
    of a document this run stored is not analysed again: its report is the stored one, under
    the copy's own id and metadata (same run: same model, stages and dictionaries)."""
    documents = [i for i in items if isinstance(i, Document)]
    batch = Batch(errors=[i for i in items if not isinstance(i, Document)])
    progress.read += len(items)
    progress.unreadable += sum(isinstance(e, InputError) for e in batch.errors)
    done = store.done_ids(d.id for d in documents)
    new = []
    for document in documents:
        if document.id not in done:
            batch.languages[document.id], skipped = judge_language(document, expected=language)
            if skipped is None:
                new.append(document)  # repeats within a batch are settled by save()
            else:
                batch.errors.append(skipped)
                progress.other_language += 1
        elif done[document.id] in (None, content_hash(document.text)):
            batch.skipped += 1  # stored, or failed before
        else:
            batch.errors.append(collision_error(document))
    batch.copied = store.reports_of_copies(new, run_id=run_id) if reuse_copies else []
    copied = {report.document.id for report in batch.copied}
    batch.documents = [d for d in new if d.id not in copied]
    return batch


__all__ = ["IngestProgress", "IngestSummary", "ingest"]
