#!/usr/bin/env python3
"""Train newsintel's stance model (agree / disagree / discuss / unrelated) on FNC-1 train.

    PYTHONPATH=src python scripts/train_stance.py [--data ../shared/eval/claims] [--cv]

Data: `fnc1_train.jsonl` of `../shared/eval/claims` (FNC-1, Fake News Challenge stage 1; see that
folder's README for origin and licence). Only numbers are saved: an IDF table over hash buckets
and a scikit-learn HistGradientBoostingClassifier on the hand-built features of
`newsintel.ledger.stance` -> `src/newsintel/ledger/data/stance_model.joblib`. No text, and no
vocabulary, of the data is stored. The dev split and the official FNC-1 test set are not used.

`--cv` first estimates generalisation to unseen stories with 4-fold cross-validation grouped by
story: headlines and bodies joined by a related pair form one story, and a story's pairs stay
in one fold (dev headlines also occur in train, so dev flatters; story-grouped CV does not).
One core (n_jobs=1 everywhere): the machine is shared.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import sys
import time
from pathlib import Path

import numpy as np

os.environ.setdefault("OMP_NUM_THREADS", "1")  # one core: the machine is shared
REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from newsintel.dedup import find_root, union  # noqa: E402
from newsintel.ledger.stance import LABELS, MODEL_FILE, feature_names, pair_features, prepare_article  # noqa: E402
from newsintel.textsim import HASH_BUCKETS, bucket, content_stems, prepare, words  # noqa: E402


def read_pairs(path: Path):
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                yield json.loads(line)


def fit_idf(bodies: list[str]) -> np.ndarray:
    """Smoothed inverse document frequency per hash bucket (unigrams and bigrams of stems)."""
    df = np.zeros(HASH_BUCKETS, dtype=np.float64)
    for body in bodies:
        stems = content_stems(words(body))
        keys = {bucket(s) for s in stems} | {bucket(f"{a} {b}") for a, b in itertools.pairwise(stems)}
        df[list(keys)] += 1
    return (np.log((1 + len(bodies)) / (1 + df)) + 1.0).astype(np.float16)


def featurise(records: list[dict], idf: np.ndarray):
    rows, labels = [], []
    for record in records:
        article = prepare_article(record["body"], idf)
        for pair in record["pairs"]:
            rows.append(pair_features(prepare(pair["headline"], idf), article))
            labels.append(pair["stance"])
    return np.vstack(rows), np.array(labels), story_groups(records)


def story_groups(records: list[dict]) -> np.ndarray:
    """A story number per pair: bodies and headlines linked by a related pair are one story
    (unrelated pairs belong to their body's story)."""
    parent: dict[tuple[str, str], tuple[str, str]] = {}
    for record in records:
        parent.setdefault(("body", str(record["id"])), ("body", str(record["id"])))
        for pair in record["pairs"]:
            if pair["stance"] != "unrelated":
                headline = ("headline", pair["headline"])
                parent.setdefault(headline, headline)
                union(parent, ("body", str(record["id"])), headline)
    roots = [find_root(parent, ("body", str(record["id"]))) for record in records for _ in record["pairs"]]
    numbers = {root: i for i, root in enumerate(dict.fromkeys(roots))}
    return np.array([numbers[root] for root in roots])


def make_classifier():
    from sklearn.ensemble import HistGradientBoostingClassifier

    return HistGradientBoostingClassifier(
        max_iter=400,
        learning_rate=0.06,
        max_leaf_nodes=31,
        min_samples_leaf=30,
        l2_regularization=1.0,
        random_state=0,
    )


# Rare classes weigh more: disagree is 1.7% of train but what an analyst needs.
CLASS_WEIGHT = {"agree": 2.0, "disagree": 4.0, "discuss": 1.0, "unrelated": 1.0}


def fit(x, y):
    weights = np.array([CLASS_WEIGHT[label] for label in y])
    return make_classifier().fit(x, y, sample_weight=weights)


def grouped_cv(x, y, groups) -> None:
    from sklearn.metrics import classification_report, f1_score
    from sklearn.model_selection import GroupKFold

    predicted = np.empty_like(y)
    for train, test in GroupKFold(n_splits=4).split(x, y, groups):
        predicted[test] = fit(x[train], y[train]).predict(x[test])
    print(f"story-grouped 4-fold CV on train ({len(set(groups))} stories):")
    print(classification_report(y, predicted, labels=list(LABELS), digits=3))
    print(f"macro-F1 {f1_score(y, predicted, labels=list(LABELS), average='macro'):.4f}")
    print(f"FNC score {100 * fnc_score(y, predicted):.2f}%")


def fnc_score(gold, predicted) -> float:
    got = best = 0.0
    for g, p in zip(gold, predicted, strict=True):
        got += 0.25 * ((g == "unrelated") == (p == "unrelated")) + 0.75 * (g != "unrelated" and g == p)
        best += 0.25 + 0.75 * (g != "unrelated")
    return got / best


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=REPO / ".." / "shared" / "eval" / "claims")
    parser.add_argument("--out", type=Path, default=REPO / "src" / "newsintel" / "ledger" / "data" / MODEL_FILE)
    parser.add_argument("--cv", action="store_true", help="estimate with headline-grouped CV first")
    args = parser.parse_args(argv)
    train_path = args.data / "fnc1_train.jsonl"
    if not train_path.is_file():
        sys.exit(f"{train_path}: not found (pass --data to the folder holding fnc1_train.jsonl)")

    started = time.perf_counter()
    records = list(read_pairs(train_path))
    idf = fit_idf([r["body"] for r in records])
    x, y, groups = featurise(records, idf)
    print(f"features: {x.shape} in {time.perf_counter() - started:.1f}s")
    if args.cv:
        grouped_cv(x, y, groups)
    fit_started = time.perf_counter()
    classifier = fit(x, y)
    print(f"fit in {time.perf_counter() - fit_started:.1f}s")

    import joblib
    import sklearn

    info = {
        "trained_on": "FNC-1 fnc1_train.jsonl (Fake News Challenge stage 1, "
        "train bodies whose id is not a multiple of 10)",
        "pairs": int(len(y)),
        "features": feature_names(),
        "sklearn": sklearn.__version__,
        "seconds": round(time.perf_counter() - started, 1),
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    joblib.dump({"classifier": classifier, "idf": idf, "info": info}, args.out, compress=3)
    print(f"wrote {args.out} ({args.out.stat().st_size / 1e6:.2f} MB) in {info['seconds']}s total")


if __name__ == "__main__":
    main()
