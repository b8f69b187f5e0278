"""PLOVER category scoring (`newsintel eval plover`) on records written for these tests."""

from __future__ import annotations

import json

import pytest

from newsintel.evaluation.plover import category, format_score, prediction_events, score

GOLD = [
    {
        "id": "a",
        "text": "-",
        "events": [
            {"event": "FIGHT", "mode": "firearms", "actor": [{"code": "KANMIL"}], "recipient": [{"code": "ELB"}]}
        ],
    },
    {"id": "b", "text": "-", "events": [{"event": "AGREE", "mode": None, "actor": [{"code": "ELB"}], "recipient": []}]},
    {"id": "c", "text": "-", "events": [{"event": "DEMAND", "mode": None, "actor": [], "recipient": []}]},
]


def test_old_category_names_are_read_as_v2_names() -> None:
    assert [category(name) for name in ("fight", "DISAPPROVE", "Investigate", "DEMAND", "agree", None)] == [
        "ASSAULT",
        "ACCUSE",
        "ACCUSE",
        "REQUEST",
        "AGREE",
        "",
    ]


def test_recall_precision_and_agreement_per_sentence_category() -> None:
    predicted = {
        "a": [
            {"plover": "ASSAULT", "mode": "firearms", "source_code": "KANGOV", "target_code": "ELB"},
            {"plover": "COERCE", "source_code": "KAN"},
        ],
        "b": [{"plover": "AGREE", "source_code": "KAN"}],
    }
    result = score(GOLD, predicted)
    assert (result.gold, result.recalled, result.predicted, result.right, result.empty) == (3, 2, 3, 2, 1)
    assert result.sides == {"source": [1, 2], "target": [1, 1], "mode": [1, 1]}
    assert result.per_category == {
        "ASSAULT": [1, 1, 1, 1],
        "COERCE": [0, 0, 1, 0],
        "AGREE": [1, 1, 1, 1],
        "REQUEST": [1, 0, 0, 0],
    }
    assert "recall (gold category predicted)             2/3  66.7%" in format_score(result)


def test_events_that_did_not_happen_are_not_predicted() -> None:
    events = [
        {"plover": "ASSAULT", "cameo": "190", "mode": "planned", "source_code": "KAN", "trigger": {"text": "attack"}},
        {"plover": "THREATEN", "cameo": "138", "mode": "asserted", "source_code": "KAN", "trigger": {"text": "attack"}},
        {"plover": "THREATEN", "cameo": "138", "mode": "reported", "source_code": "KAN", "trigger": {"text": "attack"}},
        {"plover": None, "cameo": "010", "mode": "asserted", "source_code": "KAN", "trigger": {"text": "said"}},
    ]
    assert [(e["plover"], e["mode"], e["event_mode"]) for e in prediction_events(events)] == [
        ("THREATEN", "force", "asserted")
    ]


@pytest.mark.model
def test_eval_plover_command_writes_predictions_and_prints_the_summary(tmp_path) -> None:
    from typer.testing import CliRunner

    import newsintel.cli.cmd_eval_plover  # noqa: F401  (registers the command)
    from newsintel.cli.app import app

    gold = tmp_path / "gold.jsonl"
    records = [
        {
            "id": "s1",
            "text": "Kandor troops attacked Elbia on Monday.",
            "events": [{"event": "ASSAULT", "actor": [], "recipient": []}],
        },
        {"id": "s2", "text": "It rained in the valley.", "events": [{"event": "AGREE", "actor": [], "recipient": []}]},
    ]
    gold.write_text("\n".join(json.dumps(r) for r in records), encoding="utf-8")
    out = tmp_path / "pred.jsonl"
    result = CliRunner().invoke(app, ["eval", "plover", str(gold), "--out", str(out)])
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [line["id"] for line in lines] == ["s1", "s2"]
    assert [e["plover"] for e in lines[0]["events"]] == ["ASSAULT"] and lines[1]["events"] == []
    assert "recall (gold category predicted)             1/2  50.0%" in result.output
