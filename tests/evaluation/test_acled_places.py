"""The ACLED-style note scorer of `newsintel eval places`, on notes and places made up here."""

from __future__ import annotations

import json

from newsintel.evaluation.acled_places import NoteScore, country_table, is_note_file, score_note

NEIGHBOURS = {"AAA": frozenset({"BBB"})}


def _place(country: str | None, lat: float | None, lon: float | None) -> dict:
    return {"id": "p1", "name": "X", "kind": "city", "country": country, "lat": lat, "lon": lon, "mentions": []}


def test_a_place_within_25_km_and_in_the_country_counts():
    note = {"id": "n1", "text": "...", "iso3": "AAA", "lat": 10.0, "lon": 20.0}
    tally = score_note(note, [_place("AAA", 10.1, 20.1), _place("BBB", 12.0, 20.0)], NEIGHBOURS)
    assert (tally.near, tally.with_place, tally.all_ok, tally.places, tally.places_in_country) == (1, 1, 1, 2, 1)


def test_a_place_abroad_or_far_fails_and_unplaced_places_are_ignored():
    note = {"id": "n2", "text": "...", "iso3": "AAA", "lat": 10.0, "lon": 20.0}
    tally = score_note(note, [_place("CCC", 10.0, 20.0), _place(None, None, None)], NEIGHBOURS)
    assert (tally.near, tally.all_ok, tally.places_in_country) == (1, 0, 0)
    far = score_note(note, [_place("AAA", 11.0, 20.0)], NEIGHBOURS)  # 111 km north
    assert (far.near, far.all_ok) == (0, 1)


def test_totals_and_the_table_per_country():
    result = NoteScore()
    for country, near in (("AAA", 1), ("AAA", 0), ("BBB", 1)):
        note = {"id": "n", "text": "...", "iso3": country, "lat": 0.0, "lon": 0.0}
        tally = score_note(note, [_place(country, 0.0 if near else 5.0, 0.0)], NEIGHBOURS)
        result.total.add(tally)
        result.by_country[country].add(tally)
    assert result.to_dict()["within_25km"] == 0.667
    assert country_table(result)[1:] == ["AAA          2  0.500   1.000  1.000", "BBB          1  1.000   1.000  1.000"]


def test_note_files_are_told_from_toponym_files(tmp_path):
    notes = tmp_path / "notes.jsonl"
    notes.write_text(json.dumps({"id": "a", "text": "t", "iso3": "AAA", "lat": 1, "lon": 2}) + "\n", encoding="utf-8")
    toponyms = tmp_path / "geo.jsonl"
    toponyms.write_text(json.dumps({"id": "a", "text": "t", "toponyms": []}) + "\n", encoding="utf-8")
    assert is_note_file(notes) and not is_note_file(toponyms)
