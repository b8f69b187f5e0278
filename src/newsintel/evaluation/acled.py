"""`newsintel eval acled`: code ACLED-style event notes and score them with the set's scorer.

Each gold line is a note ({"id", "text", "published", ...}: the format of
`../shared/eval/acled/README.md`), analysed as an article published on its date. The
prediction for a note lists its ACLED events, the main event first: the first event of the
note with an ACLED type that is asserted or reported (ACLED notes open with the event they
code), else the first with an ACLED type at all. When `score.py` sits beside the gold file,
its summary is the result; otherwise a short summary of our own is printed.

A malformed gold line is reported (file and line) and left out; the rest are analysed and
scored.
"""

from __future__ import annotations

import json
import logging
import subprocess
import sys
import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from newsintel.errors import InputError
from newsintel.records import Document, Event, Report

logger = logging.getLogger(__name__)

ACLED_STAGES = (
    "newsintel_actors",
    "newsintel_places",
    "newsintel_dates",
    "newsintel_attribution",
    "newsintel_events",
    "newsintel_event_records",
)
MAIN_MODES = ("asserted", "reported")


@dataclass(slots=True)
class GoldNotes:
    notes: list[dict[str, Any]]
    problems: list[str] = field(default_factory=list)  # one line each: "FILE: line N: ..."


def read_notes(path: str | Path) -> GoldNotes:
    """The notes of a gold file; a malformed line is listed in `problems` and skipped."""
    path = Path(path)
    if not path.is_file():
        raise InputError("no such file", path=str(path))
    gold = GoldNotes([])
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            problem = None
            try:
                note = json.loads(line)
            except json.JSONDecodeError as exc:
                problem = f"not JSON ({exc.msg})"
            else:
                if (
                    not isinstance(note, dict)
                    or not isinstance(note.get("id"), str)
                    or not isinstance(note.get("text"), str)
                ):
                    problem = "expected a JSON object with string id and text"
            if problem:
                gold.problems.append(f"{path}: line {number}: {problem}")
                continue
            gold.notes.append(note)
    if not gold.notes:
        raise InputError("no readable notes", path=str(path))
    return gold


def event_row(event: Event, report: Report) -> dict[str, Any]:
    """One event in the scorer's prediction format."""
    places = {p.id: p for p in report.places}
    place = places.get(event.place or "")
    country = (
        (place.country if place else None) or event.source_country or event.target_country or _note_country(report)
    )
    return {
        "event_type": event.acled_event_type,
        "sub_event_type": event.acled_sub_event_type,
        "actor1": event.source_acled_name,
        "actor2": event.target_acled_name,
        "inter1": event.source_inter or 0,
        "inter2": event.target_inter or 0,
        "actor1_country": event.source_country,
        "actor2_country": event.target_country,
        "country": country,
        "admin1": place.admin1 if place else None,
        "location": place.name if place else None,
        "latitude": place.lat if place else None,
        "longitude": place.lon if place else None,
        "geo_precision": event.place_precision,
        "fatalities": event.fatalities or 0,  # ACLED codes an unknown toll as 0
        "civilian_targeting": event.civilian_targeting,
    }


def _note_country(report: Report) -> str | None:
    countries = [p.country for p in report.places if p.country] or [a.country for a in report.actors if a.country]
    return max(set(countries), key=countries.count) if countries else None


def acled_events(report: Report) -> list[Event]:
    """The note's ACLED events, the main one first."""
    coded = [e for e in report.events if e.acled_event_type]
    main = next((e for e in coded if e.mode in MAIN_MODES), None) or (coded[0] if coded else None)
    return [main, *[e for e in coded if e is not main]] if main else []


def predict(
    notes: Iterable[dict[str, Any]], *, model: str | None = None, batch_size: int = 32
) -> Iterator[dict[str, Any]]:
    from newsintel.nlp.pipeline import PipelineOptions, extract

    options = PipelineOptions(model=model, stages=ACLED_STAGES)
    notes = list(notes)
    documents = [Document(id=str(n["id"]), text=n["text"], published=n.get("published")) for n in notes]
    for note, result in zip(notes, extract(documents, options=options, batch_size=batch_size), strict=True):
        if not isinstance(result, Report):
            logger.warning("%s: %s", note["id"], result)
            yield {"id": note["id"], "events": []}
            continue
        yield {"id": note["id"], "events": [event_row(e, result) for e in acled_events(result)]}


def evaluate(gold_path: str | Path, *, out: str | Path, model: str | None = None, limit: int | None = None) -> str:
    """Write predictions to `out` and return the scorer's summary (text)."""
    gold = read_notes(gold_path)
    for problem in gold.problems:
        logger.warning("%s", problem)
    notes = gold.notes[:limit] if limit else gold.notes
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8") as handle:
        for line in predict(notes, model=model):
            handle.write(json.dumps(line, ensure_ascii=False) + "\n")
    scorer = Path(gold_path).with_name("score.py")
    if not scorer.is_file():
        return own_summary(notes, out)
    with tempfile.TemporaryDirectory() as folder:
        scored = Path(folder) / "gold.jsonl"  # only the notes read (and analysed)
        scored.write_text("".join(json.dumps(n, ensure_ascii=False) + "\n" for n in notes), encoding="utf-8")
        run = subprocess.run(
            [sys.executable, str(scorer), str(scored), str(out)], capture_output=True, text=True, check=False
        )
    if run.returncode != 0:
        raise InputError(
            f"the scorer failed: {run.stderr.strip().splitlines()[-1] if run.stderr.strip() else run.returncode}",
            path=str(scorer),
        )
    return run.stdout


def own_summary(notes: list[dict[str, Any]], pred_path: Path) -> str:
    """Event type, sub-event type, country and fatalities agreement of the main event."""
    predicted = {}
    with pred_path.open(encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            predicted[row["id"]] = row["events"][0] if row["events"] else {}
    keys = (
        ("event_type", "event_type"),
        ("sub_event_type", "sub_event_type"),
        ("iso3", "country"),
        ("fatalities", "fatalities"),
    )
    lines = [f"notes {len(notes)}"]
    for gold_key, pred_key in keys:
        hits = sum(
            1
            for n in notes
            if n.get(gold_key) is not None and predicted.get(n["id"], {}).get(pred_key) == n.get(gold_key)
        )
        lines.append(f"{pred_key:15} {hits}/{len(notes)} {100 * hits / len(notes):.1f}%")
    return "\n".join(lines) + "\n"
