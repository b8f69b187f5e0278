"""Read what earlier stages stored on a Doc, in the shapes later stages need.

Stages never reach into each other's modules: they read `doc._` through these functions.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_right
from collections.abc import Iterable

from spacy.attrs import IDX
from spacy.tokens import Doc, Span, Token

from newsintel.nlp.extensions import get_list


def publication_date(doc: Doc) -> dt.date | None:
    value = doc._.ni_published
    if not value:
        return None
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def char_span_tokens(doc: Doc, start: int, end: int) -> Span | None:
    """The tokens covering characters start:end, expanding to token boundaries."""
    return doc.char_span(start, end, alignment_mode="expand")


def token_starts(doc: Doc) -> list[int]:
    """Each token's character offset, read from the Doc's array: creating a Python Token per
    word was one of the larger costs of the stages."""
    if not len(doc):
        return []
    starts: list[int] = doc.to_array([IDX]).reshape(-1).astype(int).tolist()
    return starts


def token_index_map(doc: Doc, spans: Iterable[tuple[int, int, str]]) -> dict[int, str]:
    """Map each token index covered by a (start_char, end_char, value) span to value."""
    starts = token_starts(doc)
    mapping: dict[int, str] = {}
    for start, end, value in spans:
        first = max(bisect_right(starts, start) - 1, 0)
        i = first
        while i < len(doc) and doc[i].idx < end:
            if doc[i].idx + len(doc[i]) > start:
                mapping.setdefault(i, value)
            i += 1
    return mapping


def _mentions(doc: Doc, attribute: str) -> list[tuple[int, int, str]]:
    """(start_char, end_char, item id) of every mention of the items stored under `attribute`."""
    return sorted(
        (m["start"], m["end"], item["id"]) for item in get_list(doc, attribute) for m in item.get("mentions", [])
    )


def actor_mentions(doc: Doc) -> list[tuple[int, int, str]]:
    """(start_char, end_char, actor_id) of every actor mention, in text order."""
    return _mentions(doc, "ni_actors")


def token_actor_map(doc: Doc) -> dict[int, str]:
    """token.i -> actor id for every token inside an actor mention."""
    return token_index_map(doc, actor_mentions(doc))


def actors_by_id(doc: Doc) -> dict[str, dict]:
    return {actor["id"]: actor for actor in get_list(doc, "ni_actors")}


def actor_of_tokens(tokens: Iterable[Token], token_actor: dict[int, str]) -> str | None:
    """The actor of the first token (in order) that belongs to one."""
    for token in tokens:
        actor = token_actor.get(token.i)
        if actor is not None:
            return actor
    return None


def place_mentions(doc: Doc) -> list[tuple[int, int, str]]:
    return _mentions(doc, "ni_places")


def token_place_map(doc: Doc) -> dict[int, str]:
    return token_index_map(doc, place_mentions(doc))


def token_date_map(doc: Doc) -> dict[int, str]:
    """token.i -> date mention id."""
    dates = [(d["span"]["start"], d["span"]["end"], d["id"]) for d in get_list(doc, "ni_dates")]
    return token_index_map(doc, sorted(dates))


def metonym_spans(doc: Doc) -> list[tuple[int, int, str]]:
    """(start, end, actor_id) of place names that stand for an actor ("Washington urged")."""
    return sorted((m["start"], m["end"], m["actor"]) for m in get_list(doc, "ni_metonyms"))


def attribution_of_token(doc: Doc) -> dict[int, str]:
    """token.i -> attribution id for every token inside an attribution's content."""
    spans = [(c["start"], c["end"], a["id"]) for a in get_list(doc, "ni_attributions") for c in a.get("content", [])]
    return token_index_map(doc, sorted(spans))


# Prepositions that put what follows them at a location ("in", "across") rather than
# naming an origin, a goal or a topic ("from", "to", "about").
LOCATIVE_PREPOSITIONS = frozenset(
    {
        "in",
        "at",
        "near",
        "across",
        "outside",
        "inside",
        "into",
        "throughout",
        "around",
        "within",
        "along",
        "over",
        "on",
        "off",
        "beyond",
        "between",
        "among",
        "amid",
        "north",
        "south",
        "east",
        "west",
        "northeast",
        "northwest",
        "southeast",
        "southwest",
    }
)
_CLAUSE_HEADS = frozenset({"VERB", "AUX"})
# Verbs linked this way share their circumstances ("killed and wounded in X").
_SAME_CLAUSE_DEPS = frozenset({"conj", "xcomp", "advcl"})


def _same_clause(governor: Token, verb: Token) -> bool:
    if governor.i == verb.i:
        return True
    if verb.dep_ in _SAME_CLAUSE_DEPS and verb.head.i == governor.i:
        return True
    return governor.dep_ in _SAME_CLAUSE_DEPS and governor.head.i == verb.i


def _locates(root: Token, path: list[Token]) -> bool:
    """The path from a place up to its verb passes a locative preposition, or the place
    (or the noun it is "of") is the verb's object."""
    if any(t.dep_ == "prep" and t.lower_ in LOCATIVE_PREPOSITIONS for t in path):
        return True
    chain = [root, *path]
    if any(t.dep_ == "prep" for t in chain[:-1] if t.lower_ != "of"):
        return False  # "for X", "from X", "about X": not the event's location
    return chain[-1].dep_ in ("dobj", "nsubjpass") or root.dep_ in ("dobj", "nsubjpass")


def _governing_verb(token: Token) -> tuple[Token | None, list[Token]]:
    """The first verb above `token` in the parse, and the tokens passed on the way."""
    path: list[Token] = []
    current = token
    while current.head.i != current.i:
        current = current.head
        if current.pos_ in _CLAUSE_HEADS:
            return current, path
        path.append(current)
    return None, path


def _mention_roots(doc: Doc, spans: Iterable[tuple[int, int, str]]) -> list[tuple[Token, str]]:
    roots = []
    for start, end, value in spans:
        span = char_span_tokens(doc, start, end)
        if span is not None and len(span):
            roots.append((span.root, value))
    return roots


# Finer places first: "in Makhachkala, Dagestan" is in Makhachkala.
_PLACE_SPECIFICITY = {"city": 0, "other": 0, "admin1": 1, "country": 2, "continent": 3}
_CLIMB_DEPS = frozenset({"conj", "xcomp", "advcl", "acl", "relcl", "ccomp", "pcomp", "pobj", "prep"})
MAX_CLAUSE_HOPS = 2


def _verb_hops(governor: Token, verb: Token) -> int | None:
    """How many dependent clauses lie between `governor` and `verb` ("killed ... while trying
    to escape the city" -> 2), or None when `verb` is not above it within MAX_CLAUSE_HOPS."""
    if _same_clause(governor, verb):
        return 0
    hops = 0
    current = governor
    while current.head.i != current.i and hops <= MAX_CLAUSE_HOPS:
        if current.dep_ not in _CLIMB_DEPS:
            return None
        current = current.head
        if current.pos_ in _CLAUSE_HEADS:
            hops += 1
            if _same_clause(current, verb):
                return hops
    return None


def place_of_clause(doc: Doc, verb: Token) -> str | None:
    """The id of the place the clause of `verb` puts its event in: a place mention that
    hangs from the verb (directly, through its objects, or through a clause it governs) by a
    locative preposition ("attacked a base in Kandahar", "In Nablus, a man was shot"), or
    that is the verb's object ("captured the town of Huddur"). Closest clause first, then
    the finest place, then the nearest word. None when the clause names no place: a
    country named elsewhere in the article is not the place of every event. Metonyms and
    demonyms are not places (they are absent from `ni_places`)."""
    kinds = {p["id"]: p.get("kind") for p in get_list(doc, "ni_places")}
    best: tuple[int, int, int, str] | None = None
    for root, place_id in _mention_roots(doc, place_mentions(doc)):
        governor, path = _governing_verb(root)
        if governor is None or not _locates(root, path):
            continue
        hops = _verb_hops(governor, verb)
        if hops is None:
            continue
        key = (hops, _PLACE_SPECIFICITY.get(kinds.get(place_id) or "other", 0), abs(root.i - verb.i), place_id)
        if best is None or key < best:
            best = key
    return best[3] if best else None


def date_of_clause(doc: Doc, verb: Token) -> str | None:
    """The id of the date mention that the clause of `verb` gives ("attacked on Tuesday",
    "Last week, troops withdrew"): a DATE whose first governing verb is `verb`, the nearest."""
    spans = [(d["span"]["start"], d["span"]["end"], d["id"]) for d in get_list(doc, "ni_dates")]
    best: tuple[int, str] | None = None
    for root, date_id in _mention_roots(doc, spans):
        governor, _ = _governing_verb(root)
        if governor is None or not _same_clause(governor, verb):
            continue
        distance = abs(root.i - verb.i)
        if best is None or distance < best[0]:
            best = (distance, date_id)
    return best[1] if best else None


def toponyms(doc: Doc) -> list[dict]:
    """Every geographic name the places stage found, with coordinates and role (literal,
    embedded, modifier, metonym): for maps, highlighting and evaluation."""
    return list(get_list(doc, "ni_toponyms"))
