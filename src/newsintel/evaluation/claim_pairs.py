"""Measure claim checking and origin counting on pairs of short articles with known relations.

Each JSONL line: {"id", "kind", "claim", "a", "b", "relation": supports|contradicts|reports|unrelated,
"same_origin": bool}. Article `a` states the claim; the verdict on article `b` is compared with
`relation`, and whether `a` and `b` share one origin (copies of one wire story) with `same_origin`.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from newsintel.errors import InputError
from newsintel.records import Document, Report

RELATIONS = ("supports", "contradicts", "reports", "unrelated")


@dataclass(slots=True)
class PairScores:
    pairs: int = 0
    per_relation: dict[str, dict[str, float]] = field(default_factory=dict)
    origin_correct: int = 0
    mistakes: list[str] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {"pairs": self.pairs, "per_relation": self.per_relation, "origin_accuracy": self.origin_correct / self.pairs if self.pairs else 0.0,
                "mistakes": self.mistakes}


def read_pairs(path: Path) -> list[dict]:
    rows = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except ValueError as exc:
            raise InputError(f"line {number}: not JSON ({exc})", path=str(path)) from None
        missing = {"id", "claim", "a", "b", "relation", "same_origin"} - set(row)
        if missing or row["relation"] not in RELATIONS:
            raise InputError(f"line {number}: needs id, claim, a, b, relation ({'/'.join(RELATIONS)}), same_origin", path=str(path))
        rows.append(row)
    return rows


def evaluate_pairs(path: Path) -> PairScores:
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
    for relation in RELATIONS:
        tp = sum(1 for g, p in zip(gold, predicted, strict=True) if g == p == relation)
        n_pred = predicted.count(relation)
        n_gold = gold.count(relation)
        scores.per_relation[relation] = {
            "precision": tp / n_pred if n_pred else 0.0,
            "recall": tp / n_gold if n_gold else 0.0,
            "support": n_gold,
            "predicted": n_pred,
        }
    return scores
