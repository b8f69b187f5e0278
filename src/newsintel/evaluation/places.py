"""`newsintel eval places`: geoparse the articles of a gold file and score the toponyms.

Gold files are JSON lines, one article each: {"id", "text", "toponyms": [{"span": [s, e],
"lat", "lon", ...}]} (the format of ../shared/eval/geo). Predictions are written in the
same shape, with every geographic name the places stage found (metonyms, demonyms and
names inside organisation names included: the gold sets annotate them all).

Scores follow the sets' definitions: recognition P/R/F1 pairs spans one to one by overlap
(greedy, largest overlap first); acc161 is the share of matched toponyms placed within
161 km of the gold point; resolved_recall is found-and-placed over all gold toponyms.
"""

from __future__ import annotations

import json
import logging
import math
import statistics
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from newsintel.errors import InputError
from newsintel.evaluation.gold import first_record, read_jsonl
from newsintel.records import Document

logger = logging.getLogger(__name__)

PLACE_STAGES = ("newsintel_actors", "newsintel_places")
EARTH_RADIUS_KM = 6371.0
NEAR_KM = 161.0  # 100 miles, the field's usual threshold


@dataclass(frozen=True, slots=True)
class GeoScore:
    n_gold: int
    n_pred: int
    matched: int
    precision: float
    recall: float
    f1: float
    acc161_of_matched: float
    mean_error_km: float | None
    median_error_km: float | None
    resolved_recall: float

    def to_dict(self) -> dict:
        return {
            "n_gold": self.n_gold,
            "n_pred": self.n_pred,
            "matched": self.matched,
            "recognition": {
                "P": round(100 * self.precision, 1),
                "R": round(100 * self.recall, 1),
                "F1": round(100 * self.f1, 1),
            },
            "acc161_of_matched": round(self.acc161_of_matched, 3),
            "mean_error_km": None if self.mean_error_km is None else round(self.mean_error_km, 1),
            "median_error_km": None if self.median_error_km is None else round(self.median_error_km, 1),
            "resolved_recall": round(self.resolved_recall, 3),
        }


def read_gold(path: str | Path) -> list[dict]:
    """The articles of a gold file, checked: each line a JSON object with id, text, toponyms."""
    articles = [article for _, article in read_jsonl(path, required=("id", "text", "toponyms"))]
    if not articles:
        raise InputError("gold file has no articles", path=str(path))
    return articles


def _pipeline_options(model: str | None):
    """The stages a places evaluation runs: actors (metonyms, "Kabul said") and places. Both are
    required: a score without the actors stage is not the published one."""
    from newsintel.nlp.pipeline import PipelineOptions

    return PipelineOptions(model=model, stages=PLACE_STAGES)


def predict(articles: Iterable[dict], *, model: str | None = None, batch_size: int = 16) -> Iterator[dict]:
    """{"id", "toponyms": [{"span", "text", "lat", "lon", "role"}]} for each gold article."""
    from newsintel.nlp.pipeline import annotate

    options = _pipeline_options(model)
    documents = (
        Document(id=str(a["id"]), text=a["text"], title=a.get("title"), published=a.get("published") or a.get("dltime"))
        for a in articles
    )
    for document, doc in annotate(documents, options=options, batch_size=batch_size):
        yield {
            "id": document.id,
            "toponyms": [
                {
                    "span": [t["start"], t["end"]],
                    "text": t["text"],
                    "lat": t["lat"],
                    "lon": t["lon"],
                    "role": t["role"],
                }
                for t in doc._.ni_toponyms or []
            ],
        }


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(a)))


def _overlap(a: list[int], b: list[int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _match(gold: list[dict], pred: list[dict]) -> list[tuple[int, int]]:
    """One-to-one pairs (gold index, pred index), largest overlap first."""
    pairs = sorted(
        ((_overlap(g["span"], p["span"]), i, j) for i, g in enumerate(gold) for j, p in enumerate(pred)),
        reverse=True,
    )
    used_gold, used_pred, matched = set(), set(), []
    for overlap, i, j in pairs:
        if overlap <= 0 or i in used_gold or j in used_pred:
            continue
        used_gold.add(i)
        used_pred.add(j)
        matched.append((i, j))
    return matched


def score(gold: list[dict], predictions: dict[str, dict]) -> GeoScore:
    n_gold = n_pred = 0
    errors: list[float] = []
    for article in gold:
        gold_toponyms = article["toponyms"]
        pred_toponyms = predictions.get(str(article["id"]), {}).get("toponyms", [])
        n_gold += len(gold_toponyms)
        n_pred += len(pred_toponyms)
        for i, j in _match(gold_toponyms, pred_toponyms):
            g, p = gold_toponyms[i], pred_toponyms[j]
            if p.get("lat") is None or p.get("lon") is None:
                errors.append(math.inf)
            else:
                errors.append(distance_km(g["lat"], g["lon"], p["lat"], p["lon"]))
    matched = len(errors)
    precision = matched / n_pred if n_pred else 0.0
    recall = matched / n_gold if n_gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    near = sum(1 for e in errors if e <= NEAR_KM)
    finite = [e for e in errors if e != math.inf]
    return GeoScore(
        n_gold=n_gold,
        n_pred=n_pred,
        matched=matched,
        precision=precision,
        recall=recall,
        f1=f1,
        acc161_of_matched=near / matched if matched else 0.0,
        mean_error_km=statistics.mean(finite) if finite else None,
        median_error_km=statistics.median(finite) if finite else None,
        resolved_recall=near / n_gold if n_gold else 0.0,
    )


def evaluate_places(
    gold_path: str | Path,
    *,
    out: str | Path | None = None,
    model: str | None = None,
    limit: int | None = None,
) -> GeoScore:
    """Run the places stage on a gold file, write the predictions (when `out`), score them."""
    gold = read_gold(gold_path)
    if limit is not None:
        gold = gold[:limit]
    predictions = list(predict(gold, model=model))
    if out is not None:
        out = Path(out)
        out.parent.mkdir(parents=True, exist_ok=True)
        with out.open("w", encoding="utf-8") as handle:
            for prediction in predictions:
                handle.write(json.dumps(prediction, ensure_ascii=False) + "\n")
    return score(gold, {p["id"]: p for p in predictions})


@dataclass(frozen=True, slots=True)
class EventPlaceScore:
    examples: int
    with_location: int
    correct: int  # right place (overlapping a gold location) or rightly none
    found_when_gold: int  # gold has a location and the clause's place overlaps one
    none_when_gold_none: int
    wrong_place: int  # a place given that overlaps no gold location

    def to_dict(self) -> dict:
        without = self.examples - self.with_location
        return {
            "examples": self.examples,
            "accuracy": round(self.correct / self.examples, 3) if self.examples else 0.0,
            "recall_with_location": round(self.found_when_gold / self.with_location, 3) if self.with_location else 0.0,
            "none_when_none": round(self.none_when_gold_none / without, 3) if without else 0.0,
            "wrong_place": self.wrong_place,
        }


def evaluate_event_places(
    gold_path: str | Path, *, model: str | None = None, gold_only: bool = True
) -> EventPlaceScore:
    """How often `annotations.place_of_clause` gives the annotated place of an event verb
    (event_location.jsonl: {"text", "event": {"span"}, "locations": [{"span"}], "gold"})."""
    from newsintel.nlp import annotations as doc_annotations
    from newsintel.nlp.pipeline import annotate

    examples = [e for e in _read_jsonl(gold_path) if e.get("gold") or not gold_only]
    documents = (Document(id=str(e["id"]), text=e["text"]) for e in examples)
    counts = {"with": 0, "correct": 0, "found": 0, "none": 0, "wrong": 0}
    for example, (_, doc) in zip(examples, annotate(documents, options=_pipeline_options(model)), strict=True):
        verb_span = doc.char_span(*example["event"]["span"], alignment_mode="expand")
        place_id = doc_annotations.place_of_clause(doc, verb_span.root) if verb_span is not None else None
        predicted = _place_spans(doc, place_id)
        gold_spans = [loc["span"] for loc in example.get("locations") or []]
        hit = any(_overlap(p, g) > 0 for p in predicted for g in gold_spans)
        if gold_spans:
            counts["with"] += 1
            counts["found"] += hit
            counts["correct"] += hit
        elif place_id is None:
            counts["none"] += 1
            counts["correct"] += 1
        if place_id is not None and not hit:
            counts["wrong"] += 1
    return EventPlaceScore(
        examples=len(examples),
        with_location=counts["with"],
        correct=counts["correct"],
        found_when_gold=counts["found"],
        none_when_gold_none=counts["none"],
        wrong_place=counts["wrong"],
    )


def is_event_location_file(path: str | Path) -> bool:
    """True when the file's first record is an event-location example."""
    first = first_record(path)
    return isinstance(first, dict) and "event" in first


def _place_spans(doc, place_id: str | None) -> list[list[int]]:
    if place_id is None:
        return []
    for place in doc._.ni_places or []:
        if place["id"] == place_id:
            return [[m["start"], m["end"]] for m in place["mentions"]]
    return []


def _read_jsonl(path: str | Path) -> list[dict]:
    return [row for _, row in read_jsonl(path)]
