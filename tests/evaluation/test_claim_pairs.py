"""Claim checking and origin counting on the ten article pairs of tests/data/claim_pairs.jsonl."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsintel.evaluation.claim_pairs import evaluate_pairs

PAIRS = Path(__file__).resolve().parents[1] / "data" / "claim_pairs.jsonl"


def test_claim_pairs_precision_and_recall():
    scores = evaluate_pairs(PAIRS)
    assert scores.pairs == 10
    assert scores.origin_correct == 10
    contradicts = scores.per_relation["contradicts"]
    assert (contradicts["precision"], contradicts["recall"]) == (1.0, 1.0)
    assert scores.per_relation["unrelated"]["recall"] == 1.0
    assert scores.mistakes == ["p03: reports judged supports"]


@pytest.mark.model
def test_claim_pairs_ledger_placement(analyze_text):
    scores = evaluate_pairs(PAIRS, analyze=analyze_text)
    assert scores.ledger["disputes"] == {"precision": 1.0, "recall": 1.0, "support": 5, "predicted": 5}
    assert scores.ledger["agrees"]["recall"] == 1.0
    assert scores.ledger["unlinked"]["precision"] == 1.0
