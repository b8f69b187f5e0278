"""Evaluate PLOVER event categories on gold records (`newsintel eval plover`).

Gold (`../shared/eval/events/plover_dev.jsonl`): one sentence a line, `{"id", "text", "events":
[{"event" (PLOVER category), "mode", "actor": [{"code"}], "recipient": [{"code"}]}]}`.
Each sentence is coded with newsintel's own dictionaries; an event that did not happen (mode
negated, hypothetical, planned or denied: "urged X to withdraw", "threatened to attack") is
not a PLOVER event of the sentence, the appeal or the threat is. Predictions are written as
`{"id", "events": [{"plover", "mode", "source_code", "target_code", "cameo", "trigger"}]}` lines.

Scored as the evaluation set's README says (categories per sentence, not spans): recall is the
share of gold events whose category is among the sentence's predicted categories, precision the
share of predicted events whose category is among the sentence's gold categories; source (target)
agreement: a recalled gold event for which a predicted event of its category has a source
(target) code starting with the first three letters of a gold actor (recipient) code.
"""

from __future__ import annotations

import collections
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from newsintel.evaluation.gold import read_jsonl

# newsintel event modes that say the event did not (yet) happen
UNREALISED_MODES = frozenset({"negated", "hypothetical", "planned", "denied"})
# the 2016 codebook's names read as PLOVER v2 names
OLD_NAMES = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT"}


def category(value: object) -> str:
    name = str(value or "").strip().upper()
    return OLD_NAMES.get(name, name)


def _prefix(code: object) -> str:
    return str(code or "").strip().upper()[:3]


@dataclass(slots=True)
class PloverScore:
    sentences: int = 0
    gold: int = 0
    recalled: int = 0
    predicted: int = 0
    right: int = 0
    empty: int = 0
    sides: dict[str, list[int]] = field(default_factory=lambda: {"source": [0, 0], "target": [0, 0], "mode": [0, 0]})
    per_category: dict[str, list[int]] = field(default_factory=dict)  # gold, recalled, predicted, right
    misses: collections.Counter = field(default_factory=collections.Counter)

    def tally(self, name: str) -> list[int]:
        return self.per_category.setdefault(name, [0, 0, 0, 0])

    @property
    def recall(self) -> float:
        return self.recalled / self.gold if self.gold else 0.0

    @property
    def precision(self) -> float:
        return self.right / self.predicted if self.predicted else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def read_gold(path: str | Path) -> list[dict]:
    return [record for _, record in read_jsonl(path, required=("id", "text"))]


def _agrees(gold_event: dict, predicted: list[dict], side: str, key: str) -> bool | None:
    codes = {_prefix(actor.get("code")) for actor in gold_event.get(side) or [] if actor.get("code")}
    if not codes:
        return None
    name = category(gold_event.get("event"))
    return any(_prefix(p.get(key)) in codes for p in predicted if category(p.get("plover")) == name)


def score(gold: Iterable[dict], predicted: dict[str, list[dict]]) -> PloverScore:
    result = PloverScore()
    for record in gold:
        result.sentences += 1
        events = [e for e in predicted.get(str(record["id"]), []) if category(e.get("plover"))]
        found = {category(e["plover"]) for e in events}
        gold_events = [e for e in record.get("events") or [] if e.get("event")]
        expected = {category(e["event"]) for e in gold_events}
        result.empty += not events
        for event in gold_events:
            name = category(event["event"])
            result.gold += 1
            result.tally(name)[0] += 1
            if name not in found:
                result.misses[(name, ",".join(sorted(found)) or "-")] += 1
                continue
            result.recalled += 1
            result.tally(name)[1] += 1
            for side, gold_side, key in (("source", "actor", "source_code"), ("target", "recipient", "target_code")):
                agrees = _agrees(event, events, gold_side, key)
                if agrees is not None:
                    result.sides[side][0] += agrees
                    result.sides[side][1] += 1
            if event.get("mode"):
                result.sides["mode"][1] += 1
                result.sides["mode"][0] += any(
                    str(p.get("mode") or "").lower() == str(event["mode"]).lower()
                    for p in events
                    if category(p["plover"]) == name
                )
        for event in events:
            name = category(event["plover"])
            result.predicted += 1
            result.tally(name)[2] += 1
            if name in expected:
                result.right += 1
                result.tally(name)[3] += 1
    return result


def _share(n: int, of: int) -> str:
    return f"{n}/{of}  {100 * n / of:.1f}%" if of else "-"


def format_score(result: PloverScore) -> str:
    lines = [
        f"{result.sentences} sentences, {result.gold} gold events, {result.predicted} predicted events",
        "",
        f"{'recall (gold category predicted)':<44} {_share(result.recalled, result.gold)}",
        f"{'precision (predicted category in gold)':<44} {_share(result.right, result.predicted)}",
        f"{'F1':<44} {100 * result.f1:.1f}",
        f"{'source code agreement on recalled events':<44} {_share(*result.sides['source'])}",
        f"{'target code agreement on recalled events':<44} {_share(*result.sides['target'])}",
        f"{'mode agreement on recalled (gold has mode)':<44} {_share(*result.sides['mode'])}",
        f"{'sentences with no predicted event':<44} {_share(result.empty, result.sentences)}",
        "",
        f"{'category':<10} {'gold':>6} {'recalled':>9} {'recall':>7} {'predicted':>10} {'right':>6} {'precision':>9}",
    ]
    for name, (gold, recalled, predicted, right) in sorted(result.per_category.items(), key=lambda item: -item[1][0]):
        recall = f"{100 * recalled / gold:.1f}" if gold else "-"
        precision = f"{100 * right / predicted:.1f}" if predicted else "-"
        lines.append(f"{name:<10} {gold:>6} {recalled:>9} {recall:>7} {predicted:>10} {right:>6} {precision:>9}")
    if result.misses:
        lines += ["", "most frequent misses (gold -> predicted categories of the sentence)"]
        lines += [f"  {g} -> {p}: {n}" for (g, p), n in result.misses.most_common(15)]
    return "\n".join(lines)


def prediction_events(events: list[dict]) -> list[dict]:
    """newsintel event records as PLOVER prediction events: those that happened (or were
    reported to), with a PLOVER category, one per category and actor pair."""
    from newsintel.nlp.events import ontology

    found: list[dict] = []
    for event in events:
        if not event.get("plover") or event.get("mode") in UNREALISED_MODES:
            continue
        _, plover_mode = ontology.plover_of(event["cameo"])
        item = {
            "plover": event["plover"],
            "mode": plover_mode,
            "source_code": event.get("source_code"),
            "target_code": event.get("target_code"),
            "cameo": event["cameo"],
            "trigger": (event.get("trigger") or {}).get("text"),
            "event_mode": event.get("mode"),
        }
        if not any(_same(item, other) for other in found):
            found.append(item)
    return found


def _same(one: dict, other: dict) -> bool:
    return all(one[key] == other[key] for key in ("plover", "source_code", "target_code", "trigger"))


def predict(
    gold: list[dict],
    *,
    model: str | None = None,
    actors: tuple[str, ...] = (),
    agents: tuple[str, ...] = (),
    verbs: tuple[str, ...] = (),
) -> Iterator[dict]:
    """Code every gold sentence with newsintel's own dictionaries (plus the files given); yields `{"id", "events"}`."""
    from newsintel.nlp.pipeline import PipelineOptions, build_pipeline

    options = PipelineOptions(
        model=model,
        actors=actors,
        agents=agents,
        verbs=verbs,
        stages=("newsintel_actors", "newsintel_places", "newsintel_dates", "newsintel_attribution", "newsintel_events"),
    )
    nlp = build_pipeline(options)
    for record in gold:
        doc = nlp(record["text"])
        yield {"id": record["id"], "events": prediction_events(doc._.ni_events or [])}
