"""A fast stand-in for the newsintel pipeline that fills every table the fault cases compare:
actors (capitalised words), one attribution and one claim per sentence with " said ", one event
per "attacked" (CAMEO 190, its source the sentence's first actor). Fault switches in the text:

- FAIL-STAGE: the document fails with a StageError (as a pipeline stage would);
- RAISE-HERE: the extractor itself raises, as a crashing model or tokenizer does.

NEWSINTEL_FAKE_DELAY (seconds per batch) slows it down for the signal and concurrency cases.
NEWSINTEL_FAKE_HOLD (a path): a batch with a document containing "HOLD" waits until that path
exists (at most HOLD_SECONDS), so a run cannot finish before a test has signalled it.
"""

from __future__ import annotations

import os
import re
import signal
import time

from newsintel.errors import StageError
from newsintel.records import Actor, Attribution, Claim, Event, Report, Span, Speaker

SENTENCE = re.compile(r"[^.]+\.")
NAME = re.compile(r"\b[A-Z][a-z]+\b")
HOLD_SECONDS = 120


def extract(documents, *, options=None, batch_size=32):
    documents = list(documents)
    time.sleep(float(os.environ.get("NEWSINTEL_FAKE_DELAY", "0")))
    if any("HOLD" in d.text for d in documents):
        _hold(os.environ.get("NEWSINTEL_FAKE_HOLD"))
    if any("RAISE-HERE" in d.text for d in documents):
        raise RuntimeError("the model fell over")
    for document in documents:
        if "FAIL-STAGE" in document.text:
            yield StageError("fake_stage", document.source or document.id, ValueError("asked to fail"))
            continue
        yield _report(document)


def _hold(path: str | None) -> None:
    deadline = time.monotonic() + HOLD_SECONDS
    while path and not os.path.exists(path) and time.monotonic() < deadline:
        time.sleep(0.05)


def _report(document) -> Report:
    text = document.text
    actors: dict[str, Actor] = {}
    for match in NAME.finditer(text):
        actor = actors.setdefault(
            match.group().lower(),
            Actor(id=match.group().lower(), name=match.group(), cameo="IGO" + match.group()[:3].upper()),
        )
        actor.mentions.append(Span.of(text, match.start(), match.end()))
    report = Report(document=document, actors=list(actors.values()), model=f"fake-{os.getpid()}")
    for number, sentence in enumerate(SENTENCE.finditer(text), 1):
        span = Span.of(text, sentence.start(), sentence.end())
        first = NAME.search(sentence.group())
        source = first.group().lower() if first else None
        if " said " in sentence.group():
            report.attributions.append(
                Attribution(
                    id=f"a{number}",
                    kind="indirect",
                    content=[span],
                    speaker=Speaker(text=source or "someone", actor=source),
                )
            )
            report.claims.append(Claim(id=f"c{number}", text=span.text, attribution=f"a{number}", speaker=source))
        at = sentence.group().find("attacked")
        if at >= 0:
            start = sentence.start() + at
            report.events.append(
                Event(
                    id=f"e{number}",
                    trigger=Span.of(text, start, start + 8),
                    cameo="190",
                    plover="ASSAULT",
                    source=source,
                    sentence=span,
                    quad_class=4,
                    goldstein=-10.0,
                )
            )
    return report


def extract_swallowing_a_signal(documents, *, options=None, batch_size=32):
    """As `extract`, but a document containing "SIGNAL-HERE" sends this process SIGTERM inside
    code that drops every exception, as SQLAlchemy does when it closes a connection."""
    documents = list(documents)
    if any("SIGNAL-HERE" in d.text for d in documents):
        try:
            os.kill(os.getpid(), signal.SIGTERM)
            time.sleep(1)  # the handler runs here, and its exception is dropped below
        except Exception:  # noqa: BLE001
            pass
    yield from extract(documents, options=options, batch_size=batch_size)
