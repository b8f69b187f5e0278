"""Read what earlier stages stored on a Doc, in the shapes later stages need.

Stages never reach into each other's modules: they read `doc._` through these functions.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_right
from collections.abc import Iterable

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


def _token_starts(doc: Doc) -> list[int]:
    return [token.idx for token in doc]


def token_index_map(doc: Doc, spans: Iterable[tuple[int, int, str]]) -> dict[int, str]:
    """Map each token index covered by a (start_char, end_char, value) span to value."""
    starts = _token_starts(doc)
    mapping: dict[int, str] = {}
    for start, end, value in spans:
        first = max(bisect_right(starts, start) - 1, 0)
        i = first
        while i < len(doc) and doc[i].idx < end:
            if doc[i].idx + len(doc[i]) > start:
                mapping.setdefault(i, value)
            i += 1
    return mapping


def actor_mentions(doc: Doc) -> list[tuple[int, int, str]]:
    """(start_char, end_char, actor_id) of every actor mention, in text order."""
    mentions = [
        (m["start"], m["end"], actor["id"])
        for actor in get_list(doc, "ni_actors")
        for m in actor.get("mentions", [])
    ]
    return sorted(mentions)


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
    mentions = [
        (m["start"], m["end"], place["id"])
        for place in get_list(doc, "ni_places")
        for m in place.get("mentions", [])
    ]
    return sorted(mentions)


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
    spans = [
        (c["start"], c["end"], a["id"])
        for a in get_list(doc, "ni_attributions")
        for c in a.get("content", [])
    ]
    return token_index_map(doc, sorted(spans))
