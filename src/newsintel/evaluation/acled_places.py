"""`newsintel eval places` on ACLED-style event notes: are the places of a note where the event was?

A note file is JSON lines with {"id", "text", "published", "iso3", "lat", "lon"} (the layout of
../shared/eval/acled). Each note is geoparsed as an article published on its date (actors and
places stages); the resolved places (`doc._.ni_places` with coordinates) are scored against
the note's point and country:

- `within_25km`: share of notes where some resolved place lies within 25 km of the point;
- `all_in_country_or_neighbour`: share of notes with a resolved place where every place with a
  country is in the note's country or a country bordering it (GeoNames neighbours);
- `place_country_agreement`: share of resolved places (with a country) in the note's country;
- `by_country`: the same three, plus the number of notes, per note country.

The note's text is never written anywhere but the optional predictions file.
"""

from __future__ import annotations

import contextlib
import json
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from newsintel.errors import InputError
from newsintel.evaluation.gold import first_record, read_jsonl
from newsintel.evaluation.places import _pipeline_options, distance_km
from newsintel.records import Document

NOTE_KEYS = ("id", "text", "iso3", "lat", "lon")
NEAR_KM = 25.0
# ACLED's own country codes that differ from ISO 3166 alpha-3.
ACLED_CODES = {"ROM": "ROU", "XKX": "XKX"}


def is_note_file(path: str | Path) -> bool:
    """True when the file's first record looks like an ACLED note (a point and a country, no toponyms)."""
    first = first_record(path)
    return isinstance(first, dict) and all(k in first for k in NOTE_KEYS) and "toponyms" not in first


@dataclass
class Tally:
    notes: int = 0
    near: int = 0
    with_place: int = 0
    all_ok: int = 0
    places: int = 0
    places_in_country: int = 0

    def add(self, other: Tally) -> None:
        for name in ("notes", "near", "with_place", "all_ok", "places", "places_in_country"):
            setattr(self, name, getattr(self, name) + getattr(other, name))

    def to_dict(self) -> dict:
        return {
            "notes": self.notes,
            "within_25km": _share(self.near, self.notes),
            "notes_with_place": self.with_place,
            "all_in_country_or_neighbour": _share(self.all_ok, self.with_place),
            "place_country_agreement": _share(self.places_in_country, self.places),
        }


def _share(part: int, whole: int) -> float:
    return round(part / whole, 3) if whole else 0.0


@dataclass
class NoteScore:
    total: Tally = field(default_factory=Tally)
    by_country: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))

    def to_dict(self) -> dict:
        table = {code: t.to_dict() for code, t in sorted(self.by_country.items(), key=lambda kv: (-kv[1].notes, kv[0]))}
        return {**self.total.to_dict(), "by_country": table}


def score_note(note: dict, places: list[dict], neighbours: dict[str, frozenset[str]]) -> Tally:
    """One note's tally: its resolved places (records.Place dicts) against its point and country."""
    country = ACLED_CODES.get(note["iso3"], note["iso3"])
    allowed = {country} | neighbours.get(country, frozenset())
    placed = [p for p in places if p.get("lat") is not None and p.get("lon") is not None]
    with_country = [p for p in placed if p.get("country")]
    tally = Tally(notes=1, places=len(with_country))
    tally.near = int(any(distance_km(note["lat"], note["lon"], p["lat"], p["lon"]) <= NEAR_KM for p in placed))
    tally.places_in_country = sum(1 for p in with_country if p["country"] == country)
    if with_country:
        tally.with_place = 1
        tally.all_ok = int(all(p["country"] in allowed for p in with_country))
    return tally


def predict_notes(notes: list[dict], *, model: str | None = None) -> Iterator[tuple[dict, list[dict]]]:
    """(note, resolved places) for every note, each analysed as published on its date."""
    from newsintel.nlp.pipeline import annotate

    documents = (Document(id=str(n["id"]), text=n["text"], published=n.get("published")) for n in notes)
    for note, (_, doc) in zip(notes, annotate(documents, options=_pipeline_options(model)), strict=True):
        yield note, list(doc._.ni_places or [])


def evaluate_notes(
    path: str | Path, *, out: str | Path | None = None, model: str | None = None, limit: int | None = None
) -> NoteScore:
    """Geoparse every note of an ACLED-style file and score its places (see the module doc)."""
    from newsintel.nlp.places.gazetteer import load_gazetteer

    notes = [note for _, note in read_jsonl(path, required=NOTE_KEYS)]
    if not notes:
        raise InputError("note file has no notes", path=str(path))
    notes = notes[:limit] if limit is not None else notes
    neighbours = load_gazetteer().neighbours
    result = NoteScore()
    with contextlib.ExitStack() as stack:
        handle = stack.enter_context(Path(out).open("w", encoding="utf-8")) if out is not None else None
        for note, places in predict_notes(notes, model=model):
            tally = score_note(note, places, neighbours)
            result.total.add(tally)
            result.by_country[ACLED_CODES.get(note["iso3"], note["iso3"])].add(tally)
            if handle is not None:
                handle.write(json.dumps({"id": note["id"], "places": places}, ensure_ascii=False) + "\n")
    return result


def country_table(result: NoteScore, *, min_notes: int = 1) -> list[str]:
    """The per-country figures as aligned text lines (the CLI prints them)."""
    lines = [f"{'country':8} {'notes':>5} {'25km':>6} {'all-ok':>7} {'agree':>6}"]
    for code, row in result.to_dict()["by_country"].items():
        if row["notes"] < min_notes:
            continue
        lines.append(
            f"{code:8} {row['notes']:5d} {row['within_25km']:6.3f} "
            f"{row['all_in_country_or_neighbour']:7.3f} {row['place_country_agreement']:6.3f}"
        )
    return lines
