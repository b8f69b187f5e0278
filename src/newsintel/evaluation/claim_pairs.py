"""Measure claim checking and origin counting on pairs of short articles with known relations.

Each JSONL line: {"id", "kind", "claim", "a", "b", "relation": supports|contradicts|reports|unrelated,
"same_origin": bool, "ledger": agrees|disputes|unlinked}. Article `a` states the claim; the
verdict of `newsintel check` on article `b` is compared with `relation`; whether `a` and `b`
share one origin (copies of one wire story) with `same_origin`; and where the cross-document
ledger puts `b`'s claims relative to `a`'s with `ledger` ("disputes": b holds a claim on the
other side of a proposition a states; "agrees": only on a's side; "unlinked": no shared
proposition).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from newsintel.errors import InputError
from newsintel.evaluation.gold import read_jsonl
from newsintel.records import Document, Report

RELATIONS = ("supports", "contradicts", "reports", "unrelated")


@dataclass(slots=True)
class PairScores:
    pairs: int = 0
    per_relation: dict[str, dict[str, float]] = field(default_factory=dict)
    origin_correct: int = 0
    mistakes: list[str] = field(default_factory=list)

    ledger: dict[str, dict[str, float]] = field(default_factory=dict)  # per ledger outcome

    def to_dict(self) -> dict:
        return {
            "pairs": self.pairs,
            "per_relation": self.per_relation,
            "origin_accuracy": self.origin_correct / self.pairs if self.pairs else 0.0,
            "ledger": self.ledger,
            "mistakes": self.mistakes,
        }


def read_pairs(path: Path) -> list[dict]:
    rows = []
    for number, row in read_jsonl(path, required=("id", "claim", "a", "b", "relation", "same_origin", "ledger")):
        if row["relation"] not in RELATIONS or row["ledger"] not in LEDGER_OUTCOMES:
            raise InputError(
                f"line {number}: relation must be one of {'/'.join(RELATIONS)} and ledger one of "
                f"{'/'.join(LEDGER_OUTCOMES)}",
                path=str(path),
            )
        rows.append(row)
    return rows


LEDGER_OUTCOMES = ("agrees", "disputes", "unlinked")


def ledger_outcome(ledger, a_id: str, b_id: str) -> str:
    """Where the ledger puts article b relative to article a (see the module docstring)."""
    outcome = "unlinked"
    for cluster in ledger.clusters:
        sides = [{ref.document for ref in side.claims} for side in cluster.sides]
        a_sides = {i for i, docs in enumerate(sides) if a_id in docs}
        b_sides = {i for i, docs in enumerate(sides) if b_id in docs}
        if not a_sides or not b_sides:
            continue
        if b_sides - a_sides:
            return "disputes"
        outcome = "agrees"
    return outcome


def evaluate_ledger(rows: list[dict], analyze) -> tuple[dict[str, dict[str, float]], list[str]]:
    """Run both articles of each pair through `analyze` (text -> Report), reconcile, and score
    the ledger's placement of b against the pair's `ledger` field."""
    from newsintel.ledger.claims import reconcile

    gold, predicted, mistakes = [], [], []
    for row in rows:
        a, b = analyze(row["a"]), analyze(row["b"])
        outcome = ledger_outcome(reconcile([a, b]), a.document.id, b.document.id)
        gold.append(row["ledger"])
        predicted.append(outcome)
        if outcome != row["ledger"]:
            mistakes.append(f"{row['id']} ledger: {row['ledger']} judged {outcome}")
    return _per_class(gold, predicted, LEDGER_OUTCOMES), mistakes


def _per_class(gold: list[str], predicted: list[str], classes) -> dict[str, dict[str, float]]:
    scores = {}
    for name in classes:
        tp = sum(1 for g, p in zip(gold, predicted, strict=True) if g == p == name)
        n_pred, n_gold = predicted.count(name), gold.count(name)
        scores[name] = {
            "precision": tp / n_pred if n_pred else 0.0,
            "recall": tp / n_gold if n_gold else 0.0,
            "support": n_gold,
            "predicted": n_pred,
        }
    return scores


def evaluate_pairs(path: Path, *, analyze=None) -> PairScores:
    """Claim checking and origin counting on every pair; with `analyze` (text -> Report), the
    cross-document ledger too."""
    from newsintel.ledger.check import check_claim
    from newsintel.ledger.claims import document_origins

    rows = read_pairs(path)
    scores = PairScores(pairs=len(rows))
    gold, predicted = [], []
    for row in rows:
        a = Document(id=f"{row['id']}a", text=row["a"])
        b = Document(id=f"{row['id']}b", text=row["b"])
        verdict = check_claim(row["claim"], [b])[0].verdict
        gold.append(row["relation"])
        predicted.append(verdict)
        if verdict != row["relation"]:
            scores.mistakes.append(f"{row['id']}: {row['relation']} judged {verdict}")
        origins = document_origins([Report(document=a), Report(document=b)])
        same = origins[a.id] == origins[b.id]
        scores.origin_correct += same == bool(row["same_origin"])
        if same != bool(row["same_origin"]):
            scores.mistakes.append(f"{row['id']}: same origin {row['same_origin']} judged {same}")
    scores.per_relation = _per_class(gold, predicted, RELATIONS)
    if analyze is not None:
        scores.ledger, mistakes = evaluate_ledger(rows, analyze)
        scores.mistakes += mistakes
    return scores
