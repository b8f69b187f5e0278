"""The document's geographic context: which country the article is about.

Votes, each weighted by position (the headline and first sentence count double, as news puts
the where first):
- a dateline ("KABUL, Afghanistan —", "BEIRUT (Reuters) -"): 3;
- a country, a demonym ("Afghan officials") or a first-level division: 1;
- a town or district whose name only exists in one country: 0.5;
- each actor of the document with a country that is not itself a state ("Houthi forces",
  "the Lebanese army"): 1.
What names who acted rather than where counts a quarter against other countries' votes
(`data/focus_words.yaml`), in full when nothing else votes: a demonym or country name on forces,
troops or a patrol ("Turkish troops shelled ..."), the actors named with it, and media outlets.
A country word naming a currency ("the US dollar exchange rate") does not vote.

The focus country is the one with most votes; it is *strong* when it has at least two votes
and half of all of them. `resolve.py` raises candidates in the focus country (and a little in
its neighbours) and lets a small town abroad win against it only with evidence of its own: a
container written next to it ("Tripoli, Libya"), its country named elsewhere in the text.
"""

from __future__ import annotations

import functools
from collections import defaultdict
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from newsintel.datafiles import reading_yaml
from newsintel.english.dateline import DASHES
from newsintel.nlp.extensions import get_list
from newsintel.nlp.places.gazetteer import ADMIN1, COUNTRY, Gazetteer
from newsintel.nlp.places.mentions import currency_nouns
from newsintel.nlp.places.recognize import Mention

DATELINE_VOTE = 3.0
LARGE_VOTE = 1.0
TOWN_VOTE = 0.5
ACTOR_VOTE = 1.0
LEAD_WEIGHT = 2.0  # headline and first sentence
STRONG_VOTES = 2.0
STRONG_SHARE = 0.5
DATELINE_DASHES = DASHES | {"(", ","}  # or an agency in brackets, or ", Afghanistan"
MODIFIER_DEPS = frozenset({"amod", "compound", "nmod", "poss"})  # "Turkish [border] troops"


@dataclass(frozen=True, slots=True)
class AbroadWords:
    """The words of `data/focus_words.yaml`: what names who acted rather than where."""

    nouns: frozenset[str]
    actor_types: frozenset[str]
    share: float


@functools.lru_cache(maxsize=1)
def abroad_words() -> AbroadWords:
    """Read once; a broken file raises a DictionaryError naming it."""
    with reading_yaml("newsintel.nlp.places", "data/focus_words.yaml", what="the focus words") as data:
        return AbroadWords(
            nouns=frozenset(str(w).lower() for w in data["abroad_nouns"]),
            actor_types=frozenset(str(w) for w in data["abroad_actor_types"]),
            share=float(data["abroad_share"]),
        )


@dataclass(slots=True)
class Focus:
    votes: defaultdict[str, float] = field(default_factory=lambda: defaultdict(float))  # alpha-2 -> weight
    by_name: dict[str, defaultdict[str, float]] = field(default_factory=dict)  # name -> its own votes
    town_names: set[str] = field(default_factory=set)  # names that voted as a town of one country
    dateline: int | None = None  # the mention number of the dateline
    neighbours: frozenset[str] = frozenset()  # alpha-2 codes of the focus country's neighbours

    @property
    def country(self) -> str | None:
        if not self.votes:
            return None
        (top, top_votes), *rest = sorted(self.votes.items(), key=lambda kv: -kv[1])[:2]
        return None if rest and rest[0][1] == top_votes else top

    @property
    def share(self) -> float:
        country = self.country
        total = sum(self.votes.values())
        return self.votes[country] / total if country and total else 0.0

    @property
    def strong(self) -> bool:
        country = self.country
        return country is not None and self.votes[country] >= STRONG_VOTES and self.share >= STRONG_SHARE

    def weighty_for(self, key: str, country: str) -> float:
        """Votes for a country from everything but the name `key` and the names of towns: a
        country, a demonym, a division or an actor."""
        towns = sum(self.by_name[name].get(country, 0.0) for name in self.town_names if name != key)
        return self.others_for(key, country) - towns

    def others_for(self, key: str, country: str) -> float:
        """Votes for a country from everything but the name `key` itself."""
        own = self.by_name.get(key)
        return self.votes.get(country, 0.0) - (own.get(country, 0.0) if own else 0.0)


def refresh_focus(focus: Focus, fresh: Focus) -> None:
    """Make `focus` the `fresh` one in place (names resolved late, by their spelling, vote
    too), so that whoever holds it sees the new votes."""
    focus.votes, focus.by_name, focus.town_names = fresh.votes, fresh.by_name, fresh.town_names
    focus.dateline, focus.neighbours = fresh.dateline, fresh.neighbours


def document_focus(doc: Doc, mentions: list[Mention], gaz: Gazetteer, keys: list[str]) -> Focus:
    focus = Focus()
    abroad = abroad_words()
    lead_end = _lead_end(doc)
    focus.dateline = _dateline(doc, mentions)
    abroad_spans: list[tuple[int, int]] = []  # characters of "Turkish" in "Turkish troops"
    abroad_votes: defaultdict[str, float] = defaultdict(float)  # country -> full weight of such votes
    for number, (mention, key) in enumerate(zip(mentions, keys, strict=True)):
        vote = _vote(mention, gaz)
        if vote is None:
            continue
        code, weight = vote[0], float(vote[1])
        if number == focus.dateline:
            weight = DATELINE_VOTE
        elif mention.start < lead_end:
            weight *= LEAD_WEIGHT
        if _nation_word(mention, gaz) and _modifies(doc, mention, currency_nouns()):
            continue  # "the US dollar exchange rate": no where at all
        if number != focus.dateline and _nation_word(mention, gaz) and _modifies(doc, mention, abroad.nouns):
            abroad_spans.append((mention.start_char, mention.end_char))
            abroad_votes[code] += weight
            continue
        focus.votes[code] += weight
        focus.by_name.setdefault(key, defaultdict(float))[code] += weight
        if vote[1] == TOWN_VOTE and number != focus.dateline:
            focus.town_names.add(key)
    _vote_actors(doc, focus, gaz, abroad, abroad_spans, abroad_votes)
    for code, weight in abroad_votes.items():
        # they weigh little only against other countries' evidence: alone, they are all there is
        against = any(votes > 0 for other, votes in focus.votes.items() if other != code)
        focus.votes[code] += weight * (abroad.share if against else 1.0)
    focus.neighbours = neighbours_of(gaz, focus.country)
    return focus


def neighbours_of(gaz: Gazetteer, country: str | None) -> frozenset[str]:
    """Alpha-2 codes of the countries bordering `country` (alpha-2)."""
    if not country:
        return frozenset()
    alpha2 = {a3: a2 for a2, a3 in gaz.alpha3.items()}
    return frozenset(alpha2[a3] for a3 in gaz.neighbours.get(gaz.alpha3.get(country, ""), ()) if a3 in alpha2)


def _vote_actors(
    doc: Doc,
    focus: Focus,
    gaz: Gazetteer,
    abroad: AbroadWords,
    abroad_spans: list[tuple[int, int]],
    abroad_votes: defaultdict[str, float],
) -> None:
    """Each actor with a country that is not a state itself votes for it; one of the kinds whose
    country says who rather than where, or named with a demonym that did ("Turkish troops"),
    goes to `abroad_votes` instead."""
    alpha2 = {a3: a2 for a2, a3 in gaz.alpha3.items()}
    for actor in get_list(doc, "ni_actors"):
        actor_code = alpha2.get(actor.get("country") or "")
        if not actor_code or actor.get("type") in ("state", None) or actor.get("local"):
            continue
        named_abroad = any(
            start < span["end"] and span["start"] < end
            for span in actor.get("mentions") or ()
            for start, end in abroad_spans
        )
        if named_abroad or actor.get("type") in abroad.actor_types:
            abroad_votes[actor_code] += ACTOR_VOTE
        else:
            focus.votes[actor_code] += ACTOR_VOTE


def _nation_word(mention: Mention, gaz: Gazetteer) -> bool:
    """A demonym or a country's name ("Turkish", "US")."""
    return mention.source == "demonym" or any(gaz.feature[c] == COUNTRY for c in mention.candidates)


def _vote(mention: Mention, gaz: Gazetteer) -> tuple[str, float] | None:
    """(country, weight) this mention votes for, or None when it says nothing certain: a
    country's or a demonym's name, or a name whose every reading lies in one country ("Tripoli"
    of Lebanon and of Libya votes for neither)."""
    if not mention.candidates or mention.role == "embedded" or mention.source == "cued":
        return None  # "Air Canada" says nothing about where the article is
    countries = [c for c in mention.candidates if gaz.feature[c] == COUNTRY]
    if mention.source == "demonym" or (countries and mention.role != "metonym"):
        code = gaz.country[(countries or mention.candidates)[0]]
        return (code, LARGE_VOTE) if code else None
    codes = {gaz.country[c] for c in mention.candidates}
    if len(codes) != 1 or None in codes:
        return None
    weight = LARGE_VOTE if any(gaz.feature[c] == ADMIN1 for c in mention.candidates) else TOWN_VOTE
    return next(iter(codes)), weight  # type: ignore[return-value]


def _modifies(doc: Doc, mention: Mention, nouns: frozenset[str]) -> bool:
    """Whether the nation word modifies one of `nouns` ("Turkish border guards", "the US
    dollar"): the noun it hangs on, through other modifiers, or the word after it unparsed."""
    if mention.end < len(doc) and doc[mention.end].lower_ in nouns:
        return True  # "the US dollar exchange rate", however it was parsed
    if not doc.has_annotation("DEP"):
        return False
    token: Token = doc[mention.end - 1]
    for _ in range(4):  # "French [Operation Barkhane] forces": up through a short chain of modifiers
        if token.dep_ not in MODIFIER_DEPS or token.head is token:
            break
        token = token.head
        if token.lower_ in nouns or token.lemma_.lower() in nouns:
            return True
    return False


def _lead_end(doc: Doc) -> int:
    """Token index where the first sentence ends (the headline is usually its own sentence)."""
    has_sentences = doc.has_annotation("SENT_START") or doc.has_annotation("DEP")
    if not has_sentences or not len(doc):
        return min(len(doc), 40)
    return next(iter(doc.sents)).end


def _dateline(doc: Doc, mentions: list[Mention]) -> int | None:
    """The mention that opens the text in capitals and is followed by a dash, a comma or an
    agency in brackets ("KABUL, Afghanistan —", "BEIRUT (Reuters) -")."""
    if not mentions:
        return None
    first = mentions[0]
    if first.start > 1 or first.end >= len(doc):
        return None
    words = [t for t in doc[first.start : first.end] if t.is_alpha]
    if not words or not all(t.is_upper for t in words):
        return None
    return 0 if doc[first.end].text in DATELINE_DASHES else None
