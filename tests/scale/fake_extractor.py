"""A fast stand-in for the newsintel pipeline, for ingest tests (NEWSINTEL_EXTRACTOR).

It follows the extractor contract (one Report or error per document, in order): every
capitalised word becomes an actor; a document containing FAIL-STAGE fails with a StageError.
`model` names the process that did the work, so tests can see which worker ran what.
NEWSINTEL_FAKE_DELAY (seconds per batch) slows it down for the kill-and-resume test.
"""

from __future__ import annotations

import os
import re
import time

from newsintel.errors import StageError
from newsintel.records import Actor, Report, Span


def extract(documents, *, options=None, batch_size=32):
    documents = list(documents)
    time.sleep(float(os.environ.get("NEWSINTEL_FAKE_DELAY", "0")))
    for document in documents:
        if "FAIL-STAGE" in document.text:
            yield StageError("fake_stage", document.source or document.id, ValueError("asked to fail"))
            continue
        actors = {}
        for match in re.finditer(r"\b[A-Z][a-z]+\b", document.text):
            actor = actors.setdefault(match.group().lower(), Actor(id=match.group().lower(), name=match.group()))
            actor.mentions.append(Span.of(document.text, match.start(), match.end()))
        yield Report(document=document, actors=list(actors.values()), model=f"fake-{os.getpid()}")


ANALYSED: list[str] = []  # ids of the documents `counting_extract` analysed, in this process


def counting_extract(documents, *, options=None, batch_size=32):
    documents = list(documents)
    ANALYSED.extend(d.id for d in documents)
    yield from extract(documents, options=options, batch_size=batch_size)
