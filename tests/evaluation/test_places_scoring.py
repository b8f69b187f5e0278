"""Scoring geoparsed toponyms against gold, on hand-made articles."""

from __future__ import annotations

import json

import pytest

from newsintel.errors import InputError
from newsintel.evaluation.places import distance_km, read_gold, score

GOLD = [
    {
        "id": "a",
        "text": "Kabul and Paris and Lyon",
        "toponyms": [
            {"span": [0, 5], "lat": 34.5, "lon": 69.2},
            {"span": [10, 15], "lat": 48.85, "lon": 2.35},
            {"span": [20, 24], "lat": 45.75, "lon": 4.85},
        ],
    }
]


def test_distance_between_paris_and_lyon():
    assert round(distance_km(48.85, 2.35, 45.75, 4.85)) == 393


def test_scores_count_matches_placements_and_misses():
    pred = {
        "a": {
            "toponyms": [
                {"span": [0, 5], "lat": 34.5, "lon": 69.2},  # right
                {"span": [10, 15], "lat": 45.75, "lon": 4.85},  # Paris put in Lyon: wrong place
                {"span": [6, 9], "lat": 0.0, "lon": 0.0},  # "and": not a gold toponym
            ]
        }
    }
    result = score(GOLD, pred).to_dict()
    assert result["n_gold"] == 3 and result["n_pred"] == 3 and result["matched"] == 2
    assert result["recognition"] == {"P": 66.7, "R": 66.7, "F1": 66.7}
    assert result["acc161_of_matched"] == 0.5
    assert result["resolved_recall"] == 0.333
    assert result["median_error_km"] == 196.4


def test_a_prediction_without_coordinates_counts_as_unplaced():
    pred = {"a": {"toponyms": [{"span": [0, 5], "lat": None, "lon": None}]}}
    result = score(GOLD, pred).to_dict()
    assert result["matched"] == 1 and result["acc161_of_matched"] == 0.0


def test_read_gold_reports_file_and_line(tmp_path):
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(GOLD[0]) + "\n" + '{"id": "b", "text": "x"}\n', encoding="utf-8")
    with pytest.raises(InputError) as info:
        read_gold(path)
    assert "line 2: missing toponyms" in str(info.value) and "gold.jsonl" in str(info.value)


def test_read_gold_missing_file(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        read_gold(tmp_path / "absent.jsonl")
