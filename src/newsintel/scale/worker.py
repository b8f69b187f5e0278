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
from collections.abc import Callable, Iterable

from newsintel.errors import ConfigError, NewsintelError, StageError
from newsintel.records import Document, Report

DEFAULT_EXTRACTOR = "newsintel.nlp.pipeline:extract"

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


def analyse_batch(documents: list[Document], options, extractor: str | None = None,
                  batch_size: int = 32) -> list[Result]:
    """Reports (or errors) for a batch of documents, in order, through `nlp.pipe`.

    Every StageError is tagged with its document's id, which the store uses to record the
    failure once and to skip the document when the run is resumed.
    """
    extract = load_extractor(extractor)
    with _memory_zone(options, extractor):
        results = list(extract(documents, options=options, batch_size=batch_size))
    if len(results) != len(documents):
        raise ConfigError(f"the extractor returned {len(results)} results for {len(documents)} documents")
    for document, result in zip(documents, results, strict=True):
        if isinstance(result, NewsintelError):
            result.document_id = document.id  # type: ignore[attr-defined]
            if not isinstance(result, StageError):
                result.path = result.path or document.source or document.id
    return results
