"""`newsintel eval acled` end to end on three notes written for this test (ACLED-style, invented)."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

import newsintel.cli.cmd_eval_acled  # noqa: F401  (registers the command)
from newsintel.cli.app import app
from newsintel.evaluation.acled import read_notes

NOTES = [
    {
        "id": "n1",
        "text": "On 2 March 2024, gunmen shot and killed a trader in Kaduna (Kaduna).",
        "published": "2024-03-02",
        "event_type": "Violence against civilians",
        "sub_event_type": "Attack",
        "iso3": "NGA",
        "fatalities": 1,
    },
    {
        "id": "n2",
        "text": "On 3 March 2024, hundreds of nurses staged a protest in Lahore demanding unpaid wages.",
        "published": "2024-03-03",
        "event_type": "Protests",
        "sub_event_type": "Peaceful protest",
        "iso3": "PAK",
        "fatalities": 0,
    },
    {
        "id": "n3",
        "text": "On 4 March 2024, the council published its budget.",
        "published": "2024-03-04",
        "event_type": "Strategic developments",
        "sub_event_type": "Other",
        "iso3": "KEN",
        "fatalities": 0,
    },
]


def _gold(tmp_path, *, malformed: bool):
    lines = [json.dumps(n) for n in NOTES]
    if malformed:
        lines.insert(1, '{"id": "broken", "text": ')
    path = tmp_path / "notes.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_a_malformed_line_is_named_and_skipped(tmp_path):
    gold = read_notes(_gold(tmp_path, malformed=True))
    assert [n["id"] for n in gold.notes] == ["n1", "n2", "n3"]
    assert gold.problems == [f"{tmp_path / 'notes.jsonl'}: line 2: not JSON (Expecting value)"]


@pytest.mark.model
def test_eval_acled_writes_one_line_per_note_and_a_summary(tmp_path):
    out = tmp_path / "pred.jsonl"
    result = CliRunner().invoke(app, ["eval", "acled", str(_gold(tmp_path, malformed=True)), "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert "line 2: not JSON" in result.output  # reported, and the three good notes are scored
    predictions = {p["id"]: p["events"] for p in map(json.loads, out.read_text(encoding="utf-8").splitlines())}
    assert list(predictions) == ["n1", "n2", "n3"]
    attack, protest = predictions["n1"][0], predictions["n2"][0]
    assert (
        attack["event_type"],
        attack["sub_event_type"],
        attack["inter1"],
        attack["country"],
        attack["fatalities"],
    ) == ("Violence against civilians", "Attack", 3, "NGA", 1)
    assert (protest["event_type"], protest["actor1"], protest["inter1"], protest["location"]) == (
        "Protests",
        "Protesters (Pakistan)",
        6,
        "Lahore",
    )
    assert predictions["n3"] == []  # no event: an empty list, never an invented one
    # no score.py beside this gold file: newsintel's own short summary
    assert (
        "event_type      2/3 66.7%" in result.output and "fatalities      2/3 66.7%" in result.output
    )  # no event: no toll
