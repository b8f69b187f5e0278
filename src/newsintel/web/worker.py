"""Analyses run in worker processes, so one that takes too long can be stopped.

A thread cannot be cancelled: an analysis that timed out in one kept running (and kept its
memory) after the 504. Here each analysis runs in a child process that keeps its model loaded
between requests; on timeout the child is killed, its memory goes back to the system, and the
next request starts a fresh one.
"""

from __future__ import annotations

import asyncio
import logging
import multiprocessing
import threading
from collections.abc import Callable
from multiprocessing.connection import Connection
from typing import Any

logger = logging.getLogger(__name__)


def analyze_job(*, text: str, published: str | None, title: str | None, model: str | None) -> dict[str, Any]:
    """The work of POST /api/analyze, as it runs in a worker: the newsintel/1 report as a dict."""
    from newsintel.analysis import analyze

    return analyze(text, published=published, title=title, model=model).to_dict()


def _serve(conn: Connection) -> None:
    """A worker's loop: (job, kwargs) in, ("ok", result) or ("error", message) out."""
    while True:
        try:
            job, kwargs = conn.recv()
        except EOFError:
            return
        try:
            conn.send(("ok", job(**kwargs)))
        except Exception as exc:  # noqa: BLE001 - sent to the parent, which answers with it
            conn.send(("error", exc))


class Worker:
    def __init__(self, context: Any) -> None:
        self.conn, child = context.Pipe()
        self.process = context.Process(target=_serve, args=(child,), daemon=True, name="newsintel-analysis")
        self.process.start()
        child.close()

    def kill(self) -> None:
        self.process.kill()
        self.process.join(timeout=5)
        self.conn.close()


class AnalysisTimeout(Exception):
    pass


class AnalysisRunner:
    """Runs jobs in up to `max_workers` child processes; a job past its timeout is killed."""

    def __init__(self, *, max_workers: int = 1) -> None:
        self.context = multiprocessing.get_context("spawn")  # no fork of a threaded server
        self.idle: list[Worker] = []
        self.lock = threading.Lock()
        self.slots = threading.BoundedSemaphore(max_workers)
        self.live: set[Worker] = set()

    def _take(self) -> Worker:
        with self.lock:
            while self.idle:
                worker = self.idle.pop()
                if worker.process.is_alive():
                    return worker
                self.live.discard(worker)
            worker = Worker(self.context)
            self.live.add(worker)
            return worker

    def _release(self, worker: Worker, *, healthy: bool) -> None:
        with self.lock:
            if healthy:
                self.idle.append(worker)
                return
            self.live.discard(worker)
        worker.kill()

    async def run(self, job: Callable[..., Any], kwargs: dict[str, Any], *, timeout: float) -> Any:
        """`job(**kwargs)` in a worker; AnalysisTimeout (the worker killed) after `timeout` s."""
        if not await asyncio.to_thread(self.slots.acquire, timeout=timeout):
            raise AnalysisTimeout()
        try:
            return await self._run_in_worker(job, kwargs, timeout=timeout)
        finally:
            self.slots.release()

    async def _run_in_worker(self, job: Callable[..., Any], kwargs: dict[str, Any], *, timeout: float) -> Any:
        worker = self._take()
        try:
            worker.conn.send((job, kwargs))
            ready = await asyncio.to_thread(worker.conn.poll, timeout)
            if not ready:
                raise AnalysisTimeout()
            status, value = worker.conn.recv()
        except BaseException:  # timeout, a dead worker, or the request cancelled: stop the work
            self._release(worker, healthy=False)
            raise
        self._release(worker, healthy=True)
        if status == "error":
            raise value
        return value

    def pids(self) -> list[int]:
        with self.lock:
            return [worker.process.pid for worker in self.live if worker.process.pid]

    def close(self) -> None:
        with self.lock:
            workers, self.idle, self.live = list(self.live), [], set()
        for worker in workers:
            worker.kill()
