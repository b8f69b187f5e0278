"""Dictionary matches that are not links: the words of an entry must be the whole name.

"Lisa Monaco" and "his brother Jordan" are people, not states; "the National War Memorial",
"Mobile World Congress" and "Park Jin-hee" are longer names that only contain an alias. Such
a match links to nothing, and the longer name records the entry that came close as
`unlinked` (prefer no link to a wrong link).
"""

from __future__ import annotations

from spacy.tokens import Doc

from newsintel.nlp.actors.entries import ActorEntry
from newsintel.nlp.actors.index import ActorIndex
from newsintel.nlp.actors.matcher import Match
from newsintel.nlp.actors.state import DocActors
from newsintel.nlp.places.chains import chain_place_spans
from newsintel.nlp.places.gazetteer import load_gazetteer
from newsintel.nlp.places.mentions import currency_nouns
from newsintel.nlp.places.recognize import entity_bounds, names_a_person


def without_people_named_like_states(index: ActorIndex, doc: Doc, matches: list[Match]) -> list[Match]:
    """ "Lisa Monaco", "his brother Jordan": a state's name inside a person's name or after a
    kinship noun or an honorific is that person, left to the NER names (rule 4)."""
    kept = []
    for match in matches:
        entry = index.actor(match.best.target)
        if entry is not None and entry.type == "state" and names_a_person(doc, match.start, match.end):
            continue
        kept.append(match)
    return kept


def without_misread_states(index: ActorIndex, doc: Doc, matches: list[Match], state: DocActors) -> list[Match]:
    """States' names that name a person, a currency or a place of an admin chain here."""
    matches = [m for m in without_people_named_like_states(index, doc, matches) if not _currency(index, doc, m)]
    return without_states_in_admin_chains(index, doc, matches, state)


def _currency(index: ActorIndex, doc: Doc, match: Match) -> bool:
    """ "the Canadian dollar", "the Norwegian krone": part of a currency's name, no actor."""
    entry = index.actor(match.best.target)
    if entry is None or entry.type != "state" or match.end >= len(doc):
        return False
    following = doc[match.end]
    noun = following.pos_ == "NOUN" and not following.text[:1].isupper()  # not "Norway pounds the rebels"
    return noun and following.lower_ in currency_nouns()


def without_states_in_admin_chains(index: ActorIndex, doc: Doc, matches: list[Match], state: DocActors) -> list[Match]:
    """ "X (Y, Z)" where the chain reads Z as a state that shares a country's name: a country's
    name that an admin chain reads as a division is no actor ("Girona, Spain" keeps its link).
    The chain's places are kept on `state` for rule 4."""
    state.chain_places = chain_place_spans(doc, load_gazetteer()) if doc.ents else []
    if not state.chain_places:
        return matches
    kept = []
    for match in matches:
        entry = index.actor(match.best.target)
        inside = any(s <= match.start and match.end <= e and not country for s, e, country in state.chain_places)
        if inside and entry is not None and entry.type == "state" and match.best.kind == "alias":
            continue
        kept.append(match)
    return kept


def without_words_inside_longer_names(
    index: ActorIndex, doc: Doc, matches: list[Match], state: DocActors
) -> list[Match]:
    """ "the National War Memorial", "Mobile World Congress", "Park Jin-hee": an alias that
    is only part of a longer name (an NER name with more capitalised words, or a word the
    hyphen continues) links to nothing; the longer name keeps the entry as `unlinked`."""
    kept = []
    for match in matches:
        entry = index.actor(match.best.target)
        if entry is None or entry.type == "state" or match.best.kind != "alias":
            kept.append(match)
            continue
        if _continued_by_hyphen(doc, match.end):
            state.unlinked[_name_start(doc, match.start)] = _unlinked(entry, "part of a hyphenated name")
            continue
        outer = _longer_name(doc, match, matches)
        if outer is None or entry.type == "person":
            kept.append(match)
            continue
        state.unlinked[outer] = _unlinked(entry, "a word of a longer name")
    return kept


def _name_start(doc: Doc, start: int) -> int:
    return entity_bounds(doc, start)[0] if doc[start].ent_type_ else start


LONGER_NAME_LABELS = frozenset(("ORG", "FAC", "EVENT", "WORK_OF_ART", "PRODUCT", "LAW"))


def _continued_by_hyphen(doc: Doc, end: int) -> bool:
    """A person's name the hyphen carries on ("Park Jin-hee"); not a compound modifier
    ("ISIS-controlled", "US-backed"), where the actor is meant."""
    if not (end + 1 < len(doc) and not doc[end - 1].whitespace_ and doc[end].text == "-"):
        return False
    if doc[end - 1].ent_type_ != "PERSON":
        return False
    return entity_bounds(doc, end - 1)[1] > end + 1


def _longer_name(doc: Doc, match: Match, matches: list[Match]) -> int | None:
    """The start of an NER name that holds this match and other capitalised words, and no
    other dictionary match ("US Congress" is two actors, not one name)."""
    if doc[match.start].ent_type_ not in LONGER_NAME_LABELS:
        return None
    ent = doc[slice(*entity_bounds(doc, match.start))]
    if ent.end < match.end:
        return None
    if doc[match.end - 1].text.endswith(".") or any(t.is_sent_start for t in doc[match.start + 1 : ent.end]):
        return None  # the NER ran on across a sentence ("ISIS-K. Nobody")
    extra = [t for t in ent if not (match.start <= t.i < match.end) and t.lower_ not in ("the", "'s", "\u2019s")]
    if not any(t.text[:1].isupper() and t.is_alpha for t in extra):
        return None  # "the Islamic State group": the same name
    if any(m is not match and ent.start <= m.start < ent.end for m in matches):
        return None
    return next(t.i for t in ent if t.lower_ not in ("the", "a", "an"))  # where the local actor's name starts


def _unlinked(entry: ActorEntry, reason: str) -> dict:
    return {"candidate": entry.id, "name": entry.name, "score": 0.0, "reason": reason}
