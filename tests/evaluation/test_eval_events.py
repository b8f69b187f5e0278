"""Scoring event predictions the way ../shared/eval/events/score.py does (no model needed)."""

from __future__ import annotations

import json

import pytest

from newsintel.errors import InputError
from newsintel.evaluation.events import read_gold, score, suite_events

GOLD = [
    {
        "id": "a",
        "category": "X",
        "events": [
            {"source": "ARN", "target": "GON", "code": "064"},
            {"source": "GON", "target": "ARN", "code": "064"},
        ],
    },
    {"id": "b", "category": "Y", "events": [{"source": "ETH", "target": "LBY", "code": "1717"}]},
    {"id": "c", "category": "Y", "events": [], "noevents": True},
    {"id": "d", "category": "Y", "events": [], "noevents": True},
]


def test_score_counts_each_expected_event_once() -> None:
    predicted = {
        "a": [{"source": "ARN", "target": "GON", "code": "064"}, {"source": "ARN", "target": "GON", "code": "064"}],
        "b": [{"source": "ETH", "target": "LBY", "code": "1717"}],
        "c": [{"source": "X", "target": "Y", "code": "010"}],
    }
    result = score(GOLD, predicted).to_dict()
    assert result == {
        "expected": 3,
        "predicted": 4,
        "reproduced": 2,
        "P": 50.0,
        "R": 66.7,
        "F1": 57.1,
        "noevents_empty": 50.0,
        "recall_by_category": {"X": 50.0, "Y": 100.0},
    }


def test_suite_events_split_multi_codes_and_respect_require_dyad() -> None:
    events = [
        {"source": "shire", "source_code": "FRO/BIL", "target": "gondor", "target_code": "GON", "cameo": "041"},
        {"source": "official", "source_code": "---GOV", "target": None, "target_code": None, "cameo": "023"},
        {"source": "local:x", "source_code": None, "target": "gondor", "target_code": "GON", "cameo": "041"},
    ]
    assert suite_events(events, require_dyad=True, coded_only={"shire", "gondor", "official"}) == [
        {"source": "FRO", "target": "GON", "code": "041"},
        {"source": "BIL", "target": "GON", "code": "041"},
    ]
    assert suite_events(events[1:2], require_dyad=False) == [{"source": "---GOV", "target": "---", "code": "023"}]


def test_bad_gold_lines_are_input_errors(tmp_path) -> None:
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps({"id": "a", "text": "x"}) + "\n{not json\n", encoding="utf-8")
    with pytest.raises(InputError, match="line 2: not JSON"):
        read_gold(path)
    path.write_text(json.dumps({"text": "x"}) + "\n", encoding="utf-8")
    with pytest.raises(InputError, match="line 1: missing id"):
        read_gold(path)
