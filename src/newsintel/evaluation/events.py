"""Evaluate event coding on a PETRARCH-style suite (`newsintel eval events`).

Gold: one JSON object a line, `{"id", "text", "date", "events": [{"source", "target",
"code"}], "category", "noevents", "config"}`. Each sentence is coded with its `date` as the
publication date; a record's `config.require_dyad` (default true, as in PETRARCH) drops
events without a target. Predictions are written as `{"id", "events": [...]}` lines and
scored the way `../shared/eval/events/score.py` does: an expected event is reproduced when a
predicted event of that sentence has the same source, target and code (each used once).
"""

from __future__ import annotations

import collections
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from newsintel.evaluation.gold import read_jsonl

NO_ACTOR = "---"


@dataclass(slots=True)
class EventScore:
    expected: int = 0
    predicted: int = 0
    reproduced: int = 0
    noevents_total: int = 0
    noevents_empty: int = 0
    by_category: dict[str, list[int]] = field(default_factory=dict)  # category -> [reproduced, expected]

    @property
    def recall(self) -> float:
        return self.reproduced / self.expected if self.expected else 0.0

    @property
    def precision(self) -> float:
        return self.reproduced / self.predicted if self.predicted else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def noevents_rate(self) -> float | None:
        return self.noevents_empty / self.noevents_total if self.noevents_total else None

    def to_dict(self) -> dict:
        return {
            "expected": self.expected,
            "predicted": self.predicted,
            "reproduced": self.reproduced,
            "P": round(100 * self.precision, 1),
            "R": round(100 * self.recall, 1),
            "F1": round(100 * self.f1, 1),
            "noevents_empty": None if self.noevents_rate is None else round(100 * self.noevents_rate, 1),
            "recall_by_category": {c: round(100 * a / b, 1) for c, (a, b) in sorted(self.by_category.items())},
        }


def read_gold(path: str | Path) -> list[dict]:
    return [record for _, record in read_jsonl(path, required=("id", "text"))]


def _key(event: dict) -> tuple[str, str, str]:
    return (event.get("source", ""), event.get("target", ""), event.get("code", ""))


def score(gold: Iterable[dict], predicted: dict[str, list[dict]]) -> EventScore:
    result = EventScore()
    for record in gold:
        counts = collections.Counter(_key(e) for e in predicted.get(record["id"], []))
        result.predicted += sum(counts.values())
        if record.get("noevents"):
            result.noevents_total += 1
            result.noevents_empty += not counts
            continue
        tally = result.by_category.setdefault(record.get("category", "?"), [0, 0])
        for event in record.get("events", []):
            result.expected += 1
            tally[1] += 1
            if counts[_key(event)] > 0:
                counts[_key(event)] -= 1
                result.reproduced += 1
                tally[0] += 1
    return result


def suite_events(events: list[dict], *, require_dyad: bool, coded_only: set[str] | None = None) -> list[dict]:
    """newsintel events as suite triples: one per CAMEO actor code pair ('FRO/BIL' is two).

    With `coded_only` (PETRARCH's new_actor_length 0), actors outside that set - names the
    dictionaries lack - count as no actor."""
    triples: list[dict] = []
    for event in events:
        if coded_only is not None:
            event = {
                **event,
                "source": event.get("source") if event.get("source") in coded_only else None,
                "target": event.get("target") if event.get("target") in coded_only else None,
            }
        if event.get("source") is None or (require_dyad and event.get("target") is None):
            continue
        sources = _codes(event.get("source_code"), event.get("source"))
        targets = _codes(event.get("target_code"), event.get("target"))
        for source in sources:
            for target in targets:
                triple = {"source": source, "target": target, "code": event["cameo"]}
                if triple not in triples:
                    triples.append(triple)
    return triples


def _codes(code: str | None, actor: str | None) -> list[str]:
    if code:
        return [c for c in code.split("/") if c]
    if actor is None:
        return [NO_ACTOR]
    return [actor]  # an actor without a CAMEO code: its id stands in


def predict(
    gold: list[dict],
    *,
    actors: tuple[str, ...] = (),
    agents: tuple[str, ...] = (),
    verbs: tuple[str, ...] = (),
    use_builtin: bool | None = None,
    model: str | None = None,
) -> Iterator[dict]:
    """Code every gold sentence; yields `{"id", "events"}`. With dictionaries given, newsintel's
    own are left out (a suite is run with its own dictionaries), unless use_builtin says so."""
    from newsintel.nlp.pipeline import PipelineOptions, build_pipeline

    builtin = use_builtin if use_builtin is not None else not (actors or agents or verbs)
    options = PipelineOptions(
        model=model,
        actors=actors,
        agents=agents,
        verbs=verbs,
        use_builtin_actors=builtin if actors or agents else True,
        use_builtin_verbs=builtin if verbs else True,
        stages=("newsintel_actors", "newsintel_places", "newsintel_dates", "newsintel_attribution", "newsintel_events"),
    )
    nlp = build_pipeline(options)
    for record in gold:
        doc = nlp.make_doc(record["text"])
        doc._.ni_published = record.get("date")
        doc = nlp(doc)
        config = record.get("config") or {}
        known = {a["id"] for a in doc._.ni_actors or [] if a.get("cameo")}
        events = _with_new_actors(doc, doc._.ni_events or [], known, int(config.get("new_actor_length") or 0))
        events = suite_events(events, require_dyad=config.get("require_dyad", True), coded_only=known)
        yield {"id": record["id"], "events": events}


def _with_new_actors(doc, events: list[dict], known: set[str], max_words: int) -> list[dict]:
    """PETRARCH's `new_actor_length`: an actor the dictionaries lack is coded by its noun
    phrase in capitals and quotes ('"THE MINISTRY OF MAGIC"') when the phrase has at most
    `max_words` words; with 0, such actors count as no actor (see suite_events)."""
    if max_words <= 0:
        return events
    mentions = collections.defaultdict(list)
    for actor in doc._.ni_actors or []:
        for mention in actor.get("mentions", []):
            mentions[actor["id"]].append((mention["start"], mention["end"]))
    codes: dict[str, str] = {}
    for event in events:
        for role in ("source", "target"):
            actor = event.get(role)
            if actor is None or actor in known or actor in codes:
                continue
            phrase = _phrase_text(doc, mentions.get(actor, []), event.get("sentence"))
            if phrase and len(phrase.split()) <= max_words:
                codes[actor] = f'"{phrase}"'
    known.update(codes)
    result = []
    for event in events:
        event = dict(event)
        for role in ("source", "target"):
            if event.get(role) in codes:
                event[f"{role}_code"] = codes[event[role]]
        result.append(event)
    return result


def _phrase_text(doc, spans: list[tuple[int, int]], sentence: dict | None) -> str | None:
    """The mention's noun phrase with its pre-modifiers, without possessive markers."""
    inside = [s for s in spans if sentence is None or sentence["start"] <= s[0] < sentence["end"]]
    if not inside:
        return None
    span = doc.char_span(*inside[0], alignment_mode="expand")
    if span is None:
        return None
    head = span.root
    while head.dep_ in ("appos", "compound", "flat") and head.head.i < head.i:
        head = head.head  # "Gryffindor's head Minerva McGonagall": the name is in apposition
    start = min(span.start, head.left_edge.i)
    words = [t.text for t in doc[start : span.end] if t.tag_ != "POS" and not t.is_punct]
    return " ".join(words).upper()


def format_score(result: EventScore) -> str:
    data = result.to_dict()
    lines = [
        f"expected events     {data['expected']}",
        f"predicted events    {data['predicted']}",
        f"reproduced          {data['reproduced']}",
        f"recall              {data['R']}%",
        f"precision           {data['P']}%",
        f"F1                  {data['F1']}%",
        f"noevents left empty {data['noevents_empty']}%  ({result.noevents_empty}/{result.noevents_total})",
        "recall by category:",
    ]
    for category, (hit, total) in sorted(result.by_category.items()):
        lines.append(f"  {category:<12} {100 * hit / total:5.1f}%  ({hit}/{total})")
    return "\n".join(lines)
