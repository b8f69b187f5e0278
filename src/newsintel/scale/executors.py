"""Where batches are analysed: in this process, in N worker processes, or on Dask.

Every executor takes an iterator of batches and yields (batch, results) as batches finish,
keeping at most a few batches in flight so memory stays flat however big the corpus is.
Results come back to the caller, which alone writes to the store (one writer).
"""

from __future__ import annotations

import contextlib
import logging
import multiprocessing
import os
import re
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from dataclasses import dataclass, field
from typing import Any, Protocol

from newsintel.errors import ConfigError, NewsintelError
from newsintel.records import Document
from newsintel.scale.worker import Result, analyse_batch, start_worker, warm_up

logger = logging.getLogger(__name__)


@dataclass(slots=True)
class Batch:
    """Documents to analyse, with the read errors met while collecting them."""

    documents: list[Document] = field(default_factory=list)
    errors: list[NewsintelError] = field(default_factory=list)
    skipped: int = 0  # documents already in the store
    copied: list = field(default_factory=list)  # Reports of exact copies of stored documents
    languages: dict[str, str | None] = field(default_factory=dict)  # document id -> language detected


# How often a wait for results looks whether the run was asked to stop (see `run(check=...)`).
POLL_SECONDS = 0.5

StopCheck = Callable[[], None]  # raises Interrupted when the run was asked to stop


class Executor(Protocol):
    def run(
        self, batches: Iterator[Batch], *, check: StopCheck | None = None
    ) -> Iterator[tuple[Batch, list[Result]]]: ...

    def close(self, *, cancel: bool = False) -> None: ...


_SCHEDULER = re.compile(r"(?:(?:tcp|tls|ucx|ws|wss)://)?[\w.\-\[\]:]+:\d{1,5}")


def local_workers(spec: str) -> int | None:
    """For "local" / "local:N", the number of workers (None for a scheduler address)."""
    if spec != "local" and not spec.startswith("local:"):
        return None
    count = spec.partition(":")[2]
    if not count:
        return multiprocessing.cpu_count()
    if not count.isdigit() or int(count) < 1:
        raise ConfigError(f"--dask {spec}: the number of local workers must be a whole number of at least 1")
    return int(count)


def check_dask(spec: str) -> None:
    """Refuse a --dask value before anything starts: "local", "local:N" (N >= 1), or a
    scheduler address such as tcp://host:8786."""
    if local_workers(spec) is None and not _SCHEDULER.fullmatch(spec):
        raise ConfigError(f"--dask {spec!r} is neither 'local', 'local:N' nor a scheduler address like tcp://host:8786")


class SerialExecutor:
    """Analyse in this process (one model)."""

    workers = 1

    def __init__(self, options, *, extractor: str | None = None, pipe_batch: int = 32) -> None:
        self.options, self.extractor, self.pipe_batch = options, extractor, pipe_batch
        warm_up(options, extractor)

    def run(self, batches: Iterator[Batch], *, check: StopCheck | None = None) -> Iterator[tuple[Batch, list[Result]]]:
        for batch in batches:
            results = (
                analyse_batch(batch.documents, self.options, self.extractor, self.pipe_batch) if batch.documents else []
            )
            yield batch, results

    def close(self, *, cancel: bool = False) -> None:
        pass


def _windowed(
    submit, batches: Iterator[Batch], window: int, collect, check: StopCheck | None = None
) -> Iterator[tuple[Batch, list[Result]]]:
    """Keep up to `window` batches in flight; yield each as it completes. `collect(pending,
    timeout)` gives the futures done within `timeout` seconds; between two such waits `check`
    stops the run when a signal asked for it, even if the exception its handler raised was lost
    (library code that swallows exceptions, such as SQLAlchemy closing a connection)."""

    def completed(pending):
        while not (done := collect(pending, POLL_SECONDS)):
            if check is not None:
                check()
        return done

    pending: dict[Any, Batch] = {}
    ready: deque[tuple[Batch, list[Result]]] = deque()
    for batch in batches:
        if not batch.documents:
            ready.append((batch, []))
        else:
            pending[submit(batch)] = batch
        while ready:
            yield ready.popleft()
        while len(pending) >= window:
            for future in completed(pending):
                yield pending.pop(future), future.result()
    while pending:
        for future in completed(pending):
            yield pending.pop(future), future.result()


class ProcessExecutor:
    """Analyse in N worker processes, each loading the model once (at start)."""

    def __init__(self, options, *, workers: int, extractor: str | None = None, pipe_batch: int = 32) -> None:
        if workers < 1:
            raise ConfigError("--workers must be at least 1")
        self.options, self.extractor, self.pipe_batch, self.workers = options, extractor, pipe_batch, workers
        # forkserver: workers start clean (no copied threads or open database handles).
        context = multiprocessing.get_context("forkserver")
        self.pool = ProcessPoolExecutor(
            max_workers=workers,
            mp_context=context,
            initializer=start_worker,
            initargs=(options, extractor, os.getpid()),
        )

    def run(self, batches: Iterator[Batch], *, check: StopCheck | None = None) -> Iterator[tuple[Batch, list[Result]]]:
        def submit(batch: Batch):
            return self.pool.submit(analyse_batch, batch.documents, self.options, self.extractor, self.pipe_batch)

        def collect(pending, timeout: float):
            done, _ = wait(list(pending), timeout=timeout, return_when=FIRST_COMPLETED)
            return done

        yield from _windowed(submit, batches, 2 * self.workers, collect, check)

    def close(self, *, cancel: bool = False) -> None:
        """Wait for the workers to finish, or (`cancel`: a signal or an error) stop them now:
        batches in flight are lost, which is safe, since only whole batches are ever stored."""
        if cancel:
            # ProcessPoolExecutor has no public way to stop running work; its processes do.
            for process in list(getattr(self.pool, "_processes", {}).values()):
                if process.is_alive():
                    process.terminate()
        self.pool.shutdown(wait=True, cancel_futures=True)


class DaskExecutor:
    """Analyse on a Dask cluster: `local` / `local:N` starts a LocalCluster of N single-threaded
    worker processes; anything else is a scheduler address (tcp://host:8786)."""

    def __init__(self, options, *, scheduler: str, extractor: str | None = None, pipe_batch: int = 32) -> None:
        from newsintel.optional import require

        distributed = require("distributed")
        self.options, self.extractor, self.pipe_batch = options, extractor, pipe_batch
        self._pending: list[Any] = []
        self.cluster = None
        check_dask(scheduler)
        workers = local_workers(scheduler)
        if workers is not None:
            self.cluster = distributed.LocalCluster(
                n_workers=workers,
                threads_per_worker=1,
                processes=True,
                dashboard_address=None,
                # its HTTP routes on a free loopback port: the default 8787, taken by another run,
                # made Dask warn in three lines
                scheduler_kwargs={"dashboard": False, "dashboard_address": "127.0.0.1:0"},
            )
            self.client = distributed.Client(self.cluster)
        else:
            try:
                self.client = distributed.Client(scheduler, timeout="30s")
            except OSError as exc:
                raise ConfigError(f"cannot reach the Dask scheduler at {scheduler}: {exc}") from None
        from newsintel.scale.dask_plugin import ParentWatchNannyPlugin, PipelineWorkerPlugin

        parent = os.getpid() if self.cluster is not None else None  # a local cluster dies with us
        if parent is not None:
            self.client.register_plugin(ParentWatchNannyPlugin(parent), name="newsintel-parent-watch")
        self.client.register_plugin(PipelineWorkerPlugin(options, extractor, parent), name="newsintel-pipeline")
        self.workers = len(self.client.scheduler_info().get("workers", {})) or 1

    def run(self, batches: Iterator[Batch], *, check: StopCheck | None = None) -> Iterator[tuple[Batch, list[Result]]]:
        from distributed import wait as dask_wait

        def submit(batch: Batch):
            future = self.client.submit(
                analyse_batch,
                batch.documents,
                self.options,
                self.extractor,
                self.pipe_batch,
                pure=False,
            )
            self._pending.append(future)
            return future

        def collect(pending, timeout: float):
            try:
                return dask_wait(list(pending), timeout=timeout, return_when="FIRST_COMPLETED").done
            except TimeoutError:  # distributed's wait raises when nothing is done in time
                return set()

        yield from _windowed(submit, batches, 2 * self.workers, collect, check)

    def close(self, *, cancel: bool = False) -> None:
        with _quiet_dask_logs() if cancel else contextlib.nullcontext():
            if cancel:
                self.client.cancel(list(self._pending), force=True)
            self.client.close()
            if self.cluster is not None:
                self.cluster.close()


@contextlib.contextmanager
def _quiet_dask_logs() -> Iterator[None]:
    """Only Dask's errors while a stopped run closes its cluster: the warnings it gives then
    ("Worker process still alive after 4.0 seconds, killing", one per busy worker, with a time
    stamp) tell of the stop the user asked for, after newsintel's own one-line message."""
    logger = logging.getLogger("distributed")
    level = logger.level
    logger.setLevel(logging.ERROR)
    try:
        yield
    finally:
        logger.setLevel(level)


def make_executor(
    options, *, workers: int = 1, dask: str | None = None, extractor: str | None = None, pipe_batch: int = 32
) -> Executor:
    if dask and workers > 1:
        raise ConfigError("choose either --workers or --dask, not both")
    if workers < 1:
        raise ConfigError("--workers must be at least 1")
    if dask:
        return DaskExecutor(options, scheduler=dask, extractor=extractor, pipe_batch=pipe_batch)
    if workers > 1:
        return ProcessExecutor(options, workers=workers, extractor=extractor, pipe_batch=pipe_batch)
    return SerialExecutor(options, extractor=extractor, pipe_batch=pipe_batch)
