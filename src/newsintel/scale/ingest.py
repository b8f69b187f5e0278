"""`ingest`: read documents, analyse them (here, in processes or on Dask), store the results.

Resumable by construction: documents go through in batches; each batch's reports and errors
are written in one transaction, and documents whose ids are already stored (or failed before)
are skipped before analysis. So a run killed at any moment and started again finishes the
job with every document stored exactly once, and re-running a finished job adds nothing.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from newsintel.errors import ConfigError, NewsintelError
from newsintel.ingest.read import ReadOptions, read
from newsintel.records import Document
from newsintel.scale.executors import Batch, make_executor
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
    errors: int = 0  # read errors and documents that failed analysis
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

    def to_dict(self) -> dict:
        return {"run_id": self.run_id, "added": self.added, "skipped": self.skipped,
                "errors": self.errors, "seconds": round(self.seconds, 3), "workers": self.workers}


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
    read_options = read_options or ReadOptions()
    pipeline = pipeline or _default_pipeline()
    if (extractor or DEFAULT_EXTRACTOR) == DEFAULT_EXTRACTOR:
        check_stages(pipeline)
    store = db if isinstance(db, Store) else open_store(db)
    progress = IngestProgress(expected=_estimate(names, read_options) if estimate else None)
    run_id = store.start_run({
        "paths": names, "workers": workers, "dask": dask, "batch_size": batch_size,
        "stages": list(pipeline.stages), "model": pipeline.model, "extractor": extractor,
        "default_date": read_options.default_date,
    })
    executor = make_executor(pipeline, workers=workers, dask=dask, extractor=extractor)
    status = "failed"
    try:
        batches = _batches(read(names, read_options), store=store, size=batch_size, progress=progress,
                           run_id=run_id, reuse_copies=reuse_copies)
        for batch, results in executor.run(batches):
            saved = store.save([*results, *batch.copied, *batch.errors], run_id=run_id)
            progress.added += saved.documents_added
            progress.skipped += batch.skipped + saved.skipped
            progress.errors += saved.errors_added
            if on_progress:
                on_progress(progress)
        status = "finished"
    except KeyboardInterrupt:
        status = "interrupted"
        raise
    finally:
        executor.close()
        store.finish_run(run_id, status=status)
        if not isinstance(db, Store):
            store.close()
    return IngestSummary(run_id, progress.added, progress.skipped, progress.errors, progress.seconds,
                         getattr(executor, "workers", 1))


def _default_pipeline():
    from newsintel.nlp.pipeline import PipelineOptions

    return PipelineOptions()


def _estimate(paths: list[str], options: ReadOptions) -> int | None:
    from newsintel.ingest.formats import estimate_count

    return estimate_count([p for p in paths if p != "-"], options) or None


def _batches(items: Iterator[Document | NewsintelError], *, store, size: int,
             progress: IngestProgress, run_id: int, reuse_copies: bool) -> Iterator[Batch]:
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
            yield _filter_done(pending, store, progress, run_id=run_id, reuse_copies=reuse_copies)
            pending, count, chars = [], 0, 0
    if pending:
        yield _filter_done(pending, store, progress, run_id=run_id, reuse_copies=reuse_copies)


def _filter_done(items: list[Document | NewsintelError], store, progress: IngestProgress, *,
                 run_id: int, reuse_copies: bool) -> Batch:
    """The batch to analyse: documents not stored yet. An exact copy (same text, same date)
    of a document this run stored is not analysed again: its report is the stored one, under
    the copy's own id and metadata (same run: same model, stages and dictionaries)."""
    documents = [i for i in items if isinstance(i, Document)]
    batch = Batch(errors=[i for i in items if not isinstance(i, Document)])
    progress.read += len(items)
    done = store.done_ids(d.id for d in documents)
    new = []
    for document in documents:
        if document.id not in done:
            new.append(document)  # repeats within a batch are settled by save()
        elif done[document.id] in (None, content_hash(document.text)):
            batch.skipped += 1  # stored, or failed before
        else:
            batch.errors.append(collision_error(document))
    batch.copied = store.reports_of_copies(new, run_id=run_id) if reuse_copies else []
    copied = {report.document.id for report in batch.copied}
    batch.documents = [d for d in new if d.id not in copied]
    return batch


__all__ = ["IngestProgress", "IngestSummary", "ingest"]
