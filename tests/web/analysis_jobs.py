"""Jobs for the analysis worker in tests: picklable module functions (workers are spawned)."""

from __future__ import annotations

import time


def echo(**kwargs):
    return {"echo": kwargs["text"]}


def slow_and_hungry(**kwargs):
    hoard = bytearray(200 * 1024 * 1024)  # what a runaway analysis would hold
    time.sleep(60)
    return {"size": len(hoard)}
