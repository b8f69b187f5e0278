"""Stance evaluation on FNC-1 / Emergent files: predict every pair, write the scorer's format, score.

FNC-1 lines hold an article `body` and the headlines paired with it: the headline is the claim,
the body the article. Emergent lines hold a `claim` and article headlines: the claim is the claim,
each headline the article; Emergent has no "unrelated" class by construction (every headline was
collected for its claim), so those pairs are judged among agree / disagree / discuss only.

Scoring uses the dataset's own `score.py` (found beside the gold file, or given explicitly).
"""

from __future__ import annotations

import importlib.util
import json
import logging
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from newsintel.errors import ConfigError, InputError

logger = logging.getLogger(__name__)


@dataclass(slots=True)
class StanceRun:
    predictions: int
    seconds: float  # time to predict every pair (model loaded beforehand)
    summary: str | None  # the scorer's text summary
    scores: dict[str, Any] | None  # the scorer's result dict


def read_gold(path: Path) -> Iterator[tuple[int, dict]]:
    """(line number, record) of a gold JSONL file, with errors naming the line."""
    try:
        handle = path.open(encoding="utf-8")
    except OSError as exc:
        raise InputError(f"cannot read gold file: {exc.strerror}", path=str(path)) from None
    with handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except ValueError as exc:
                raise InputError(f"line {number}: not JSON ({exc})", path=str(path)) from None
            if (
                not isinstance(record, dict)
                or "pairs" not in record
                or ("body" not in record and "claim" not in record)
            ):
                raise InputError(
                    f"line {number}: expected an object with 'pairs' and 'body' (FNC-1) or 'claim' (Emergent)",
                    path=str(path),
                )
            yield number, record


def predict_file(gold: Path, out: Path, *, model=None) -> tuple[int, float]:
    """Write one prediction per pair of `gold` to `out`; returns (count, seconds)."""
    from newsintel.ledger.stance import StanceModel

    model = model or StanceModel.load()
    out.parent.mkdir(parents=True, exist_ok=True)
    count = 0
    started = time.perf_counter()
    with out.open("w", encoding="utf-8") as handle:
        for _, record in read_gold(gold):
            for line in _predict_record(model, record):
                handle.write(json.dumps(line, ensure_ascii=False) + "\n")
                count += 1
    return count, time.perf_counter() - started


def _predict_record(model, record: dict) -> list[dict]:
    headlines = [str(pair["headline"]) for pair in record["pairs"]]
    if "body" in record:  # FNC-1: headline = claim, body = article
        article = model.prepare_article(str(record["body"]))
        verdicts = model.judge_many(headlines, article)
    else:  # Emergent: claim = claim, each headline = a (very short) article
        verdicts = [model.judge(str(record["claim"]), h, related_only=True) for h in headlines]
    return [{"id": record["id"], "headline": h, "stance": v.label} for h, v in zip(headlines, verdicts, strict=True)]


def find_scorer(gold: Path, scorer: Path | None = None) -> Path:
    candidates = [scorer] if scorer else [gold.parent / "score.py"]
    if scorer is None:
        candidates.append(Path(__file__).resolve().parents[3] / ".." / "shared" / "eval" / "claims" / "score.py")
    for candidate in candidates:
        if candidate and candidate.is_file():
            return candidate
    raise ConfigError(f"no score.py beside {gold}; pass --scorer PATH to the dataset's score.py")


def score(gold: Path, predictions: Path, *, scorer: Path | None = None) -> tuple[str, dict]:
    """The scorer's (text summary, result dict) for a prediction file."""
    path = find_scorer(gold, scorer)
    spec = importlib.util.spec_from_file_location("newsintel_stance_scorer", path)
    if spec is None or spec.loader is None:
        raise ConfigError("cannot load the scorer", path=str(path))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    result = module.evaluate(str(gold), str(predictions))
    return module.report(result), result


def select_split(gold: Path, split: str, out: Path) -> Path:
    """Copy the records of `gold` whose `paper_split` (Emergent) or `split` (FNC-1) is `split`."""
    out.parent.mkdir(parents=True, exist_ok=True)
    kept = 0
    with out.open("w", encoding="utf-8") as handle:
        for _, record in read_gold(gold):
            if record.get("paper_split", record.get("split")) == split:
                handle.write(json.dumps(record, ensure_ascii=False) + "\n")
                kept += 1
    if not kept:
        raise ConfigError(f"no record of {gold} has split {split!r}")
    return out


def evaluate_stance(gold: Path, out: Path, *, scorer: Path | None = None, split: str | None = None) -> StanceRun:
    from newsintel.ledger.stance import StanceModel

    if split is not None:
        scorer = find_scorer(gold, scorer)
        gold = select_split(gold, split, out.with_suffix(f".gold-{split}.jsonl"))
    model = StanceModel.load()
    count, seconds = predict_file(gold, out, model=model)
    summary, result = score(gold, out, scorer=scorer)
    return StanceRun(count, seconds, summary, result)
