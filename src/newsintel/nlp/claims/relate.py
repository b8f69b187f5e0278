"""Relations between the claims of one article: denies, contradicts, supports.

Rules, in order of strength (each relation records its rule, evidence and confidence):
- `denial-verb`: a claim whose verb denies a named source or report ("denounced as inaccurate
  the assessment") -> `denies` the claims of that source;
- `rebuttal`: a claim about a report that says it is false or does not reflect reality
  ("the report does not reflect the realities") -> `denies` that report's claims;
- `corroboration`: a claim that a report corroborates / confirms something -> `supports` it;
- `exclusive-states`: two sources put one entity in states that exclude each other (active vs.
  suppressed, alive vs. dead) -> `contradicts`;
- `opposite-polarity`: same subject, predicate and object, one negated -> `contradicts`;
- `denied-proposition`: "X denied that P" after another source stated P -> `denies`;
- `same-proposition`: same subject and predicate (or state), same polarity, similar wording,
  different source -> `supports`.
Claims of one speaker never relate to each other; hedged claims (could, plans to) never
contradict: precision first.
"""

from __future__ import annotations

from newsintel.nlp.claims.extract import Frame, Reference
from newsintel.nlp.claims.rules import ClaimRules
import functools

from newsintel.textsim import cosine, prepare

PRONOUNS = {"it", "they", "he", "she", "we", "i", "you", "this", "that", "there", "who", "which", "them"}
SAME_PROPOSITION_COSINE = 0.3
MAX_TARGETS = 3


def relate(frames: list[Frame], rules: ClaimRules, text: str) -> list[dict]:
    relations: list[dict] = []
    seen: set[tuple[str, str]] = set()
    for frame in frames:
        if frame.act is not None and frame.target is not None:
            for relation in _act_relations(frame, frames, rules, text):
                _add(relation, relations, seen)
    for i, later in enumerate(frames):
        for earlier in frames[:i]:
            relation = _proposition_relation(later, earlier, rules, text)
            if relation is not None:
                _add(relation, relations, seen)
    return relations


@functools.lru_cache(maxsize=4096)
def _vector(text: str) -> dict[int, float]:
    return prepare(text).vector


def _add(relation: dict, relations: list[dict], seen: set[tuple[str, str]]) -> None:
    key = tuple(sorted((relation["from"], relation["to"])))
    if key not in seen:
        seen.add(key)
        relations.append(relation)


def _span(text: str, start: int, end: int) -> dict:
    return {"start": start, "end": end, "text": text[start:end]}


# --- denials, rebuttals, corroboration aimed at a source ------------------------------------


def _act_relations(frame: Frame, frames: list[Frame], rules: ClaimRules, text: str) -> list[dict]:
    targets = _resolve(frame.target, frame, frames, rules)
    relation = "supports" if frame.act == "support" else "denies"
    rule = {"denial": "denial-verb", "rebuttal": "rebuttal", "support": "corroboration"}[frame.act]
    sentence_text = text[frame.sentence[0] : frame.sentence[1]]
    falsity = any(w.strip(".,;:\"'”’").lower() in rules.falsity_words for w in sentence_text.split())
    confidence = {"denial": 0.8 + 0.1 * falsity, "rebuttal": 0.8, "support": 0.7}[frame.act]
    out = []
    for target, quality in targets:
        spans = [_span(text, *frame.act_evidence)] if frame.act_evidence else []
        spans.append(_span(text, frame.target.start, frame.target.end))
        out.append(
            {
                "from": frame.claim["id"],
                "to": target.claim["id"],
                "relation": relation,
                "evidence": sentence_text.strip(),
                "confidence": round(confidence * quality, 2),
                "rule": rule,
                "evidence_spans": spans,
            }
        )
    return out


def _resolve(reference: Reference, frame: Frame, frames: list[Frame], rules: ClaimRules) -> list[tuple[Frame, float]]:
    """The claims of the source a reference names, best first: actor, then head noun, then kind."""
    context = _vector(" ".join(f.topic for f in frames if f.speaker_key == frame.speaker_key))
    scored: list[tuple[float, float, Frame]] = []
    for other in frames:
        if other is frame or other.speaker_key == frame.speaker_key or other.act is not None:
            continue
        if other.claim["span"]["start"] > frame.claim["span"]["start"] and frame.act != "support":
            continue  # a denial answers what was said before it
        quality = _match_quality(reference, other, rules)
        if quality:
            scored.append((cosine(context, _vector(other.topic)), quality, other))
    if not scored:
        return []
    # the closest match wins (the named report over any report); among sources that match
    # equally well, the most topical one; then every matching claim of that source
    best_quality = max(quality for _, quality, _ in scored)
    kept = [(topical, other) for topical, quality, other in scored if quality == best_quality]
    source = max(kept, key=lambda item: item[0])[1].speaker_key
    return [(other, best_quality) for _, other in kept if other.speaker_key == source][:MAX_TARGETS]


def _match_quality(reference: Reference, other: Frame, rules: ClaimRules) -> float:
    if reference.actor and reference.actor in other.source_actors:
        return 1.0
    if reference.owner_actor and reference.owner_actor in other.source_actors:
        return 1.0
    if reference.owner and reference.owner in other.source_heads:
        return 0.9
    document_kind = other.claim["speaker_kind"] == "document"
    if reference.head in other.source_heads:
        return 0.95 if document_kind and reference.head in rules.document_nouns else 0.9
    if reference.head in rules.document_nouns and other.source_heads & rules.document_nouns:
        return 0.8 if document_kind else 0.7
    return 0.0


# --- propositions about the same entity -----------------------------------------------------


def states(frame: Frame, rules: ClaimRules) -> set[tuple[str, str, str]]:
    """(entity, class, state) the claim asserts; negation flips a state of the subject."""
    negative = frame.claim["polarity"] == "negative"
    states: set[tuple[str, str, str]] = set()
    for cls in rules.classes:
        for key in frame.keys:
            for state, members in (("a", cls.subject_a), ("b", cls.subject_b)):
                if key in members and not frame.passive and _usable(frame.subject_key):
                    flipped = {"a": "b", "b": "a"}[state] if negative else state
                    states.add((frame.subject_key, cls.name, flipped))
            for state, members in (("a", cls.patient_a), ("b", cls.patient_b)):
                if key in members and not negative:  # "did not suppress" says little about the state
                    entity = frame.subject_key if frame.passive else frame.object_key
                    if _usable(entity):
                        states.add((entity, cls.name, state))
    return states


def _usable(entity: str | None) -> bool:
    return bool(entity) and entity not in PRONOUNS


def _hedged(frame: Frame) -> bool:
    return frame.claim.get("modality") not in (None, "will")


def _proposition_relation(later: Frame, earlier: Frame, rules: ClaimRules, text: str) -> dict | None:
    if later.speaker_key == earlier.speaker_key or later.act or earlier.act or _relayed(later, earlier):
        return None
    if _hedged(later) or _hedged(earlier):
        return None
    later_states, earlier_states = states(later, rules), states(earlier, rules)
    denial = (later.claim["stance"] == "denial") != (earlier.claim["stance"] == "denial")
    if denial:
        # "X denied that P" against "P": the denial's content restates what it denies
        denier, denied = (later, earlier) if later.claim["stance"] == "denial" else (earlier, later)
        if _same_statement(denier, denied) and denier.claim["span"]["start"] > denied.claim["span"]["start"]:
            return _relation(denier, denied, "denies", "denied-proposition", 0.8, text)
        return None
    for entity, cls, state in later_states:
        if any(e == entity and c == cls and s != state for e, c, s in earlier_states):
            return _relation(later, earlier, "contradicts", "exclusive-states", 0.75, text)
    same_subject = _usable(later.subject_key) and later.subject_key == earlier.subject_key
    if not same_subject:
        return None
    same_predicate = bool(later.claim["predicate"]) and later.claim["predicate"] == earlier.claim["predicate"]
    same_object = later.object_key == earlier.object_key
    opposite = later.claim["polarity"] != earlier.claim["polarity"]
    if same_predicate and same_object and opposite:
        return _relation(later, earlier, "contradicts", "opposite-polarity", 0.7, text)
    # the same statement, or the same state, and similar wording: a topic alone is not enough
    shared_state = bool(later_states & earlier_states)
    article_repeats = "article" in (later.speaker_key, earlier.speaker_key)  # repeating a quote is not support
    if (same_predicate and same_object or shared_state) and not opposite and not article_repeats:
        similarity = cosine(_vector(later.claim["text"]), _vector(earlier.claim["text"]))
        if similarity >= SAME_PROPOSITION_COSINE:
            return _relation(later, earlier, "supports", "same-proposition", round(0.5 + 0.4 * similarity, 2), text)
    return None


def _relayed(a: Frame, b: Frame) -> bool:
    """One claim reached the article through the other's attribution: one source, not two."""
    return bool(a.claim.get("via") and a.claim["via"] == b.claim.get("attribution")) or bool(
        b.claim.get("via") and b.claim["via"] == a.claim.get("attribution")
    )


def _same_statement(a: Frame, b: Frame) -> bool:
    return (
        bool(a.claim["predicate"])
        and _usable(a.subject_key)
        and a.subject_key == b.subject_key
        and a.claim["predicate"] == b.claim["predicate"]
        and a.object_key == b.object_key
        and a.claim["polarity"] == b.claim["polarity"]
    )


def _relation(later: Frame, earlier: Frame, relation: str, rule: str, confidence: float, text: str) -> dict:
    spans = [later.claim["span"], earlier.claim["span"]]
    evidence = f"{later.claim['text']} ⟷ {earlier.claim['text']}"
    return {
        "from": later.claim["id"],
        "to": earlier.claim["id"],
        "relation": relation,
        "evidence": evidence,
        "confidence": confidence,
        "rule": rule,
        "evidence_spans": [dict(s) for s in spans],
    }
