"""What runs where the documents are analysed: in this process, a worker process or a Dask
worker. One function, `analyse_batch`, so every executor runs the same code.

The extractor is named by "module:function" (default: the newsintel pipeline,
`newsintel.nlp.pipeline:extract`), so workers import it themselves instead of receiving
pickled code, and a plug-in extractor can stand in for it. It is called as
`extractor(documents, options=pipeline_options)` and must yield one Report or error per
document, in order.
"""

from __future__ import annotations

import contextlib
import functools
import importlib
import importlib.util
import logging
import os
import signal
import threading
import time
from collections.abc import Callable, Iterable

from newsintel.errors import ConfigError, NewsintelError, StageError
from newsintel.records import Document, Report

logger = logging.getLogger(__name__)

DEFAULT_EXTRACTOR = "newsintel.nlp.pipeline:extract"
PARENT_CHECK_SECONDS = 1.0

Result = Report | NewsintelError


@functools.lru_cache(maxsize=8)
def load_extractor(name: str | None = None) -> Callable[..., Iterable[Result]]:
    name = name or DEFAULT_EXTRACTOR
    module_name, _, function = name.partition(":")
    try:
        module = importlib.import_module(module_name)
        return getattr(module, function or "extract")
    except (ImportError, AttributeError) as exc:
        raise ConfigError(f"cannot load the extractor {name!r} (expected 'module:function'): {exc}") from None


def check_stages(options) -> None:
    """Fail early, with advice, when a pipeline stage's module is not installed."""
    from newsintel.nlp.pipeline import STAGES

    missing = [name for name in options.stages if importlib.util.find_spec(STAGES[name]) is None]
    if missing:
        raise ConfigError(
            f"pipeline stage(s) not available in this installation: {', '.join(missing)}; "
            f"choose the stages to run with --stages (available: "
            f"{', '.join(n for n in options.stages if n not in missing) or 'none'})"
        )


def warm_up(options, extractor: str | None = None) -> None:
    """Load the model and build the pipeline now (once per process), not on the first batch."""
    if (extractor or DEFAULT_EXTRACTOR) == DEFAULT_EXTRACTOR:
        from newsintel.nlp.pipeline import build_pipeline

        build_pipeline(options)
    else:
        load_extractor(extractor)


def start_worker(options, extractor: str | None, parent_pid: int) -> None:
    """A worker process's start: leave Ctrl-C to the parent (which stops the workers itself,
    without a traceback from each), exit when the parent is gone (no orphan survives a
    kill -9 of `newsintel ingest`), then load the model."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    watch_parent(parent_pid)
    warm_up(options, extractor)


def watch_parent(parent_pid: int, *, every: float = PARENT_CHECK_SECONDS) -> threading.Thread:
    """A daemon thread that ends this process when process `parent_pid` no longer exists."""

    def watch() -> None:
        while _alive(parent_pid):
            time.sleep(every)
        os._exit(1)  # the parent is gone: nobody will read our results

    thread = threading.Thread(target=watch, name="newsintel-parent-watch", daemon=True)
    thread.start()
    return thread


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # exists, owned by someone else
        return True
    return True


@contextlib.contextmanager
def _memory_zone(options, extractor: str | None):
    """spaCy's memory zone around a batch of the newsintel pipeline: strings the batch added to
    the vocabulary are freed after it, so a worker's memory stays flat over a long corpus (the
    Docs never leave the batch: they become records inside it)."""
    if (extractor or DEFAULT_EXTRACTOR) != DEFAULT_EXTRACTOR:
        yield
        return
    from newsintel.nlp.pipeline import build_pipeline

    with build_pipeline(options).memory_zone():
        yield


def analyse_batch(
    documents: list[Document], options, extractor: str | None = None, batch_size: int = 32
) -> list[Result]:
    """Reports (or errors) for a batch of documents, in order, through `nlp.pipe`.

    Every StageError is tagged with its document's id, which the store uses to record the
    failure once and to skip the document when the run is resumed.
    """
    extract = load_extractor(extractor)
    try:
        with _memory_zone(options, extractor):
            results = list(extract(documents, options=options, batch_size=batch_size))
    except NewsintelError:
        raise
    except Exception:
        logger.debug("extractor raised on a batch; retrying documents one by one", exc_info=True)
        results = [_extract_alone(extract, document, options) for document in documents]
    if len(results) != len(documents):
        raise ConfigError(f"the extractor returned {len(results)} results for {len(documents)} documents")
    for document, result in zip(documents, results, strict=True):
        if isinstance(result, NewsintelError):
            result.document_id = document.id  # type: ignore[attr-defined]
            if not isinstance(result, StageError):
                result.path = result.path or document.source or document.id
    return results


def _extract_alone(extract, document: Document, options) -> Result:
    try:
        (result,) = list(extract([document], options=options, batch_size=1))
    except Exception as exc:  # noqa: BLE001  (one bad document never stops a batch)
        return StageError("extractor", document.source or document.id, exc)
    return result
