"""The Dask worker plugin that builds the pipeline once per worker, when the worker starts.

Separate from `executors` because it subclasses a dask.distributed class: importing it
needs the `dask` extra, and only the Dask executor does.
"""

from __future__ import annotations

from distributed.diagnostics.plugin import WorkerPlugin

from newsintel.scale.worker import warm_up


class PipelineWorkerPlugin(WorkerPlugin):
    idempotent = True

    def __init__(self, options, extractor: str | None = None) -> None:
        self.options = options
        self.extractor = extractor

    def setup(self, worker) -> None:
        warm_up(self.options, self.extractor)
