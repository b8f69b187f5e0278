"""The Dask worker plugin that builds the pipeline once per worker, when the worker starts.

Separate from `executors` because it subclasses a dask.distributed class: importing it
needs the `dask` extra, and only the Dask executor does.
"""

from __future__ import annotations

import logging

from distributed.diagnostics.plugin import NannyPlugin, WorkerPlugin

from newsintel.scale.worker import warm_up, watch_parent


class PipelineWorkerPlugin(WorkerPlugin):
    idempotent = True

    def __init__(self, options, extractor: str | None = None, parent_pid: int | None = None) -> None:
        self.options = options
        self.extractor = extractor
        self.parent_pid = parent_pid

    def setup(self, worker) -> None:
        if self.parent_pid is not None:  # a LocalCluster's worker ends with the process that made it
            watch_parent(self.parent_pid)
            # ...and shows only Dask's errors: its warnings (each task cancelled when a signal
            # stops the run, two lines per worker) tell of a stop newsintel already reported.
            logging.getLogger("distributed").setLevel(logging.ERROR)
        warm_up(self.options, self.extractor)


class ParentWatchNannyPlugin(NannyPlugin):
    """A LocalCluster's nanny ends with the process that made it (no orphan after a kill -9)."""

    idempotent = True

    def __init__(self, parent_pid: int) -> None:
        self.parent_pid = parent_pid

    def setup(self, nanny) -> None:
        watch_parent(self.parent_pid)
