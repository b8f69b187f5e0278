"""Candidate pairs for claim clustering: an inverted index must not lose a pair that can match."""

from __future__ import annotations

from newsintel.ledger.claims import SUBJECT_BONUS, _candidate_pairs, reconcile
from newsintel.records import Claim, Document, Report

VECTORS = [{1: 0.5}, {2: 1.0}, {1: 0.3, 2: 0.1}, {}, {3: 1.0, 1: 0.2}]


def test_only_pairs_sharing_a_term_above_the_subject_bonus():
    assert list(_candidate_pairs(VECTORS, 0.45)) == [(2, 0), (2, 1), (4, 0), (4, 2)]


def test_every_pair_when_the_subject_bonus_alone_could_match():
    pairs = list(_candidate_pairs(VECTORS, SUBJECT_BONUS))
    assert pairs == [(i, j) for i in range(5) for j in range(i)]


def _report(doc_id: str, *statements: tuple[str, str, str]) -> Report:
    """Claims from (text, subject, predicate): only propositions enter the ledger."""
    claims = [
        Claim(id=f"c{n}", text=text, subject=subject, predicate=predicate, speaker_text="officials",
              speaker_kind="anonymous")
        for n, (text, subject, predicate) in enumerate(statements)
    ]
    return Report(document=Document(id=doc_id, text=" ".join(t for t, _, _ in statements)), claims=claims)


def test_reconcile_clusters_the_same_proposition_across_documents_only():
    reports = [
        _report("a", ("The ferry sank near the northern harbour on Monday.", "ferry", "sink"),
                ("Tomato prices rose sharply.", "price", "rise")),
        _report("b", ("A ferry sank near the northern harbour.", "ferry", "sink"),
                ("The mayor opened a library.", "mayor", "open")),
        _report("c", ("Quiet weather returned to the valley.", "weather", "return")),
    ]
    ledger = reconcile(reports)
    assert [[(r.document, r.claim) for s in c.sides for r in s.claims] for c in ledger.clusters] == [
        [("a", "c0"), ("b", "c0")]
    ]
