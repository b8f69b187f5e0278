"""A CPU-bound stand-in for the pipeline (a fixed amount of CPU time per document), to measure
how the executors scale independently of the pipeline and of memory effects."""

from __future__ import annotations

import time

from newsintel.records import Report

CPU_SECONDS_PER_DOCUMENT = 0.25


def extract(documents, *, options=None, batch_size=32):
    for document in documents:
        end = time.process_time() + CPU_SECONDS_PER_DOCUMENT
        while time.process_time() < end:
            pass
        yield Report(document=document)
