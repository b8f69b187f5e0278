"""The claims ledger on the shared fixture article (../shared/fixtures/taliban_isis_k.txt)."""

from __future__ import annotations

import pytest

from newsintel.ledger.disputes import dispute_lines
from newsintel.ledger.sourcing import document_profile

pytestmark = [pytest.mark.model, pytest.mark.shared]


@pytest.fixture(scope="module")
def report(analyze_text, fixture_text):
    return analyze_text(fixture_text, published="2023-04-27")


def _relations(report, relation, rule):
    claims = {c.id: c for c in report.claims}
    return [
        (claims[r.source], claims[r.target], r)
        for r in report.claim_relations
        if r.relation == relation and r.rule == rule
    ]


def test_taliban_denounce_the_assessment(report):
    found = _relations(report, "denies", "denial-verb")
    assert found, "no explicit denial found"
    denier, denied, relation = found[0]
    assert denier.speaker == "taliban" and denier.stance == "denial"
    assert denied.speaker_kind == "document" and "assessment" in denied.speaker_text
    assert "denounced as inaccurate" in relation.evidence
    assert relation.confidence >= 0.8


def test_shaheen_rebuts_the_report_and_contradicts_its_claim(report):
    rebuttals = _relations(report, "denies", "rebuttal")
    assert {source.speaker for source, _, _ in rebuttals} == {"suhail-shaheen"}
    contradictions = _relations(report, "contradicts", "exclusive-states")
    assert {source.speaker for source, _, _ in contradictions} == {"suhail-shaheen"}
    targets = {target.text for _, target, _ in contradictions}
    assert targets == {
        "that the Islamic State was once again using Afghanistan as a staging ground for attacks "
        "against the United States, Europe, and Asia"
    }
    assert {source.polarity for source, _, _ in contradictions} == {
        "positive",
        "negative",
    }  # suppressed; no longer present


def test_officials_say_the_leaks_corroborate(report):
    found = _relations(report, "supports", "corroboration")
    assert {source.speaker_text for source, _, _ in found} == {"Current and former US officials"}
    assert all(target.speaker_kind == "document" for _, target, _ in found)


def test_dispute_line(report):
    assert dispute_lines(report) == [
        "the Islamic State was once again using Afghanistan as a staging ground for attacks … (+1 more) "
        "— Pentagon assessment (via the Post) vs. Taliban; Suhail Shaheen, Taliban"
    ]


def test_most_claims_rest_on_anonymous_officials_and_the_post(report):
    profile = document_profile(report)
    assert profile.anonymous_or_media / profile.attributed > 0.5
    assert profile.relays.most_common(1)[0][0] == "The Washington Post"
    assert profile.resting_on.most_common(1)[0][0] == "The Washington Post"
