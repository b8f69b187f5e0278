"""`newsintel eval events` end to end on a tiny suite written for this test."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

import newsintel.cli.cmd_eval_events  # noqa: F401  (registers the command)
from newsintel.cli.app import app

ACTORS = """ARNOR_ [ARN]
GONDOR [GON]
+MINAS_TIRITH
"""
AGENTS = "TROOPS {} [~MIL]\n"
VERBS = """--- RESTORE [064] ---
RESTORE
- NOT * [112]

--- MEET [031:032] ---
MEET {MET}
"""
GOLD = [
    {
        "id": "s1",
        "text": "Arnor restored ties with Gondor.",
        "date": "2001-01-01",
        "events": [{"source": "ARN", "target": "GON", "code": "064"}],
        "category": "A",
        "noevents": False,
        "config": {},
    },
    {
        "id": "s2",
        "text": "Arnor met Minas Tirith.",
        "date": "2001-01-01",
        "events": [
            {"source": "ARN", "target": "GON", "code": "031"},
            {"source": "GON", "target": "ARN", "code": "032"},
        ],
        "category": "B",
        "noevents": False,
        "config": {},
    },
    {
        "id": "s3",
        "text": "Nothing happened in Arnor.",
        "date": "2001-01-01",
        "events": [],
        "category": "B",
        "noevents": True,
        "config": {},
    },
]


@pytest.mark.model
def test_eval_events_scores_and_writes_predictions(tmp_path) -> None:
    for name, text in (("actors.txt", ACTORS), ("agents.txt", AGENTS), ("verbs.txt", VERBS)):
        (tmp_path / name).write_text(text, encoding="utf-8")
    gold = tmp_path / "gold.jsonl"
    gold.write_text("\n".join(json.dumps(r) for r in GOLD), encoding="utf-8")
    out = tmp_path / "pred.jsonl"
    result = CliRunner().invoke(
        app,
        [
            "eval",
            "events",
            str(gold),
            "--actors",
            str(tmp_path / "actors.txt"),
            "--agents",
            str(tmp_path / "agents.txt"),
            "--verbs",
            str(tmp_path / "verbs.txt"),
            "--out",
            str(out),
            "--json",
        ],
    )
    assert result.exit_code == 0, result.output
    assert json.loads(result.output) == {
        "expected": 3,
        "predicted": 3,
        "reproduced": 3,
        "P": 100.0,
        "R": 100.0,
        "F1": 100.0,
        "noevents_empty": 100.0,
        "recall_by_category": {"A": 100.0, "B": 100.0},
    }
    predictions = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert predictions[1] == {
        "id": "s2",
        "events": [
            {"source": "ARN", "target": "GON", "code": "031"},
            {"source": "GON", "target": "ARN", "code": "032"},
        ],
    }
