"""The whole pipeline on the article newsintel exists for, and on the bundled example."""

import json
from pathlib import Path

import pytest

from newsintel.schema import validate_report

pytestmark = [pytest.mark.model]

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "somalia_airstrike.txt"


@pytest.fixture(scope="module")
def fixture_report(fixture_text, analyze_text):
    return analyze_text(fixture_text, "2023-04-27")


@pytest.mark.shared
def test_fixture_report_is_schema_valid_and_populated(fixture_report):
    data = json.loads(fixture_report.to_json())
    validate_report(data)
    assert data["attributions"] and all(a["speaker"]["text"] for a in data["attributions"])
    assert data["actors"] and all(a["mentions"] for a in data["actors"])
    assert data["events"] and data["places"]


@pytest.mark.shared
def test_every_span_points_at_its_text(fixture_report):
    text = fixture_report.document.text
    spans = [m for a in fixture_report.actors for m in a.mentions]
    spans += [m for p in fixture_report.places for m in p.mentions]
    spans += [c for a in fixture_report.attributions for c in a.content]
    spans += [e.trigger for e in fixture_report.events]
    for span in spans:
        assert text[span.start : span.end] == span.text


def test_bundled_example_is_analysed(analyze_text):
    report = analyze_text(EXAMPLE.read_text(encoding="utf-8"), "2024-03-19")
    validate_report(report.to_dict())
    speakers = {a.speaker.text for a in report.attributions}
    assert any("Aweis" in s for s in speakers), speakers
    assert any(a.speaker.anonymous for a in report.attributions)
    assert {p.name for p in report.places} >= {"Mogadishu", "Jilib"}
