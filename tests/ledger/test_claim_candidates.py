"""Candidate pairs for claim clustering: the indexed search must not lose a pair that can match."""

from __future__ import annotations

from newsintel.ledger.claims import SUBJECT_BONUS, _candidate_pairs, reconcile
from newsintel.records import Claim, Document, Report

VECTORS = [{1: 0.6, 4: 0.8}, {2: 1.0}, {1: 0.5, 2: 0.1}, {}, {3: 0.9, 1: 0.2}, {5: 0.9, 4: 0.05}]
PLAIN = [Claim(id=f"c{i}", text="") for i in range(len(VECTORS))]


def test_pairs_whose_cosine_can_reach_the_floor():
    # cosines: (2,0) 0.30, (2,1) 0.10, (4,0) 0.12, (4,2) 0.10, (5,0) 0.04: only (2,0) reaches 0.25
    assert list(_candidate_pairs(PLAIN, VECTORS, 0.45)) == [(2, 0)]


def test_pairs_that_may_be_one_statement_whatever_their_cosine():
    claims = list(PLAIN)
    claims[5] = Claim(id="c5", text="", subject="army", predicate="capture", object="the bridge")
    claims[0] = Claim(id="c0", text="", subject="the army", predicate="capture", object="a bridge")
    claims[4] = Claim(id="c4", text="", subject="it", predicate="capture", object="bridge")
    # (5,0) same predicate, subject and object heads; (4,0) and (5,4) a stand-in subject with the same
    # object (5 and 4 share no word: never compared)
    assert list(_candidate_pairs(claims, VECTORS, 0.45)) == [(2, 0), (4, 0), (5, 0)]


def test_every_pair_when_the_subject_bonus_alone_could_match():
    pairs = list(_candidate_pairs(PLAIN, VECTORS, SUBJECT_BONUS))
    assert pairs == [(i, j) for i in range(len(VECTORS)) for j in range(i)]


def _report(doc_id: str, *statements: tuple[str, str, str]) -> Report:
    """Claims from (text, subject, predicate): only propositions enter the ledger."""
    claims = [
        Claim(
            id=f"c{n}",
            text=text,
            subject=subject,
            predicate=predicate,
            speaker_text="officials",
            speaker_kind="anonymous",
        )
        for n, (text, subject, predicate) in enumerate(statements)
    ]
    return Report(document=Document(id=doc_id, text=" ".join(t for t, _, _ in statements)), claims=claims)


def test_reconcile_clusters_the_same_proposition_across_documents_only():
    reports = [
        _report(
            "a",
            ("The ferry sank near the northern harbour on Monday.", "ferry", "sink"),
            ("Tomato prices rose sharply.", "price", "rise"),
        ),
        _report(
            "b",
            ("A ferry sank near the northern harbour.", "ferry", "sink"),
            ("The mayor opened a library.", "mayor", "open"),
        ),
        _report("c", ("Quiet weather returned to the valley.", "weather", "return")),
    ]
    ledger = reconcile(reports)
    assert [[(r.document, r.claim) for s in c.sides for r in s.claims] for c in ledger.clusters] == [
        [("a", "c0"), ("b", "c0")]
    ]
