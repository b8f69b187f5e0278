"""Where an event took place: which of the places the places stage resolved the event takes,
and how precisely (ACLED's geo-precision: 1 the town named, 2 near a town or part of a region,
3 only a region or country).

The place of an event is the place its clause names; else the finest place its sentence
names (nearest the trigger); else the place the article opens with (a dateline, "On 3 May, in
X, ...") or the place the article is most about, with `place_basis` saying which.
"""

from __future__ import annotations

import functools
from collections import Counter

from spacy.tokens import Doc, Span, Token

from newsintel import records
from newsintel.nlp import annotations as doc_annotations
from newsintel.nlp.events.record.taxonomy import taxonomy
from newsintel.nlp.extensions import get_list

PRECISION_OF_KIND = {"city": 1, "other": 2, "admin1": 3, "country": 3, "continent": 3}
FINEST = {"city": 0, "other": 1, "admin1": 2, "country": 3, "continent": 4}


class DocPlaces:
    """The places of a Doc as event placing reads them, each built once."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.text = doc.text

    @functools.cached_property
    def places(self) -> dict[str, dict]:
        return {p["id"]: p for p in get_list(self.doc, "ni_places")}

    @functools.cached_property
    def place_tokens(self) -> dict[int, str]:
        return doc_annotations.token_place_map(self.doc)

    @functools.cached_property
    def actors(self) -> dict[str, dict]:
        return doc_annotations.actors_by_id(self.doc)

    @functools.cached_property
    def opening_place(self) -> str | None:
        """The finest place of the first sentence, when the article opens with one (a dateline)."""
        first = next(iter(self.doc.sents), None)
        return self.sentence_place(first, first.start if first is not None else 0) if first is not None else None

    @functools.cached_property
    def focus_place(self) -> str | None:
        """The place mentioned most often (ties: the finer, then the first)."""
        counts = Counter(
            self.place_tokens[i]
            for i in self.place_tokens
            if i == 0 or self.place_tokens.get(i - 1) != self.place_tokens[i]
        )
        if not counts:
            return None
        return min(counts, key=lambda p: (-counts[p], FINEST.get(self.places.get(p, {}).get("kind") or "other", 1)))

    def sentence_places(self, sentence: Span) -> list[str]:
        return list(
            dict.fromkeys(
                pid for i in range(sentence.start, sentence.end) if (pid := self.place_tokens.get(i)) in self.places
            )
        )

    def located(self, place_id: str | None) -> bool:
        return self.places.get(place_id or "", {}).get("lat") is not None

    def distance(self, place_id: str, head: int) -> int:
        positions = [i for i, pid in self.place_tokens.items() if pid == place_id]
        return min((abs(i - head) for i in positions), default=10_000)

    @functools.cached_property
    def focus(self) -> dict | None:
        """The places stage's focus country of the article (`doc._.ni_focus`), if any."""
        focus = self.doc._.get("ni_focus")
        return focus if isinstance(focus, dict) and focus.get("country") else None

    def focus_country_place(self) -> str | None:
        """A place record for the focus country: the one the text names, else one added for it
        (no mentions; evidence says why), so that an event no words place still has a country."""
        focus = self.focus
        if focus is None:
            return None
        named = next(
            (
                pid
                for pid, p in self.places.items()
                if p.get("kind") == "country" and p.get("country") == focus["country"]
            ),
            None,
        )
        if named is not None:
            return named
        places = get_list(self.doc, "ni_places")
        record = records.to_plain(
            records.Place(
                id=f"p{len(places) + 1}",
                name=focus["name"],
                kind="country",
                country=focus["country"],
                lat=focus.get("lat"),
                lon=focus.get("lon"),
                geonameid=focus.get("geonameid"),
                confidence=focus.get("share"),
                evidence=["the country the article is about (no place named for the event)"],
            )
        )
        places.append(record)
        self.places[record["id"]] = record
        return str(record["id"])

    @functools.cached_property
    def country(self) -> str | None:
        """The country the article is most about: of its places (by mentions), else the places
        stage's focus (demonyms and actors vote there too), else of its actors."""
        counts = Counter(self.places[pid].get("country") for pid in self.place_tokens.values() if pid in self.places)
        counts.pop(None, None)
        if not counts and self.focus is not None:
            return str(self.focus["country"])
        if not counts:
            counts = Counter(a.get("country") for a in self.actors.values() if a.get("country"))
        return counts.most_common(1)[0][0] if counts else None

    def sentence_place(self, sentence: Span, head: int) -> str | None:
        hits = [
            (FINEST.get(self.places.get(pid, {}).get("kind") or "other", 1), abs(i - head), pid)
            for i in range(sentence.start, sentence.end)
            if (pid := self.place_tokens.get(i)) in self.places
        ]
        return min(hits)[2] if hits else None


def set_place(event: dict, context: DocPlaces, head: Token, sentence: Span) -> None:
    """The finest located place of the clause or sentence (ACLED codes the most specific
    place), else the article's opening place, else its focus."""
    clause = event.get("place") or doc_annotations.place_of_clause(context.doc, head)
    candidates = [(pid, "sentence") for pid in context.sentence_places(sentence)]
    if clause is not None:
        candidates.insert(0, (clause, "clause"))
    located = [(pid, basis) for pid, basis in candidates if context.located(pid)]
    pool = located or candidates
    admins = {(context.places.get(pid, {}).get("admin1") or "").lower() for pid, _ in pool} - {""}
    place, basis = min(pool, key=lambda c: _place_rank(context, c, head, admins)) if pool else (None, None)
    if place is None or not context.located(place):
        for fallback, name in ((context.opening_place, "dateline"), (context.focus_place, "focus")):
            if fallback is not None and (place is None or context.located(fallback)):
                place, basis = fallback, name
                break
    if place is None or not context.located(place):
        focus = context.focus_country_place()
        if focus is not None:
            place, basis = focus, "focus"
    if place is None:
        return
    event["place"], event["place_basis"] = place, basis
    kind = context.places.get(place, {}).get("kind") or "other"
    precision = PRECISION_OF_KIND.get(kind, 2)
    if precision == 1 and (basis in ("dateline", "focus") or _near(context, place, sentence)):
        precision = 2
    event["place_precision"] = precision


def _place_rank(context: DocPlaces, candidate: tuple[str, str], head: Token, admins: set[str]) -> tuple[int, ...]:
    """Finer first; a place that is another candidate's province ("in Cosoleacaque, Veracruz") after it;
    the clause's before the sentence's; then the nearest the trigger."""
    place_id, basis = candidate
    place = context.places.get(place_id, {})
    contains_another = int((place.get("name") or "").lower() in admins or _bracketed_container(context, place_id, head))
    return (
        FINEST.get(place.get("kind") or "other", 1),
        contains_another,
        0 if basis == "clause" else 1,
        context.distance(place_id, head.i),
    )


def _bracketed_container(context: DocPlaces, place_id: str, head: Token) -> bool:
    """Whether the place is written in brackets after another place ("Thala (Kasserine)",
    "in Lunsar (Port Loko, North)"), the way reports name a town's district or province."""
    sentence = head.sent
    for i in range(sentence.start, sentence.end):
        if context.place_tokens.get(i) != place_id or context.place_tokens.get(i - 1) == place_id:
            continue
        j = i - 1
        while j > sentence.start and (context.place_tokens.get(j) or context.doc[j].text == ","):
            j -= 1  # the other places and commas before it inside the same brackets
        if context.doc[j].text == "(" and context.place_tokens.get(j - 1) not in (None, place_id):
            return True
    return False


def _near(context: DocPlaces, place: str, sentence: Span) -> bool:
    """ "near Mosul", "on the outskirts of Mosul", "Mosul district": the town stands in."""
    tax = taxonomy()
    for i in range(sentence.start, sentence.end):
        if context.place_tokens.get(i) == place and context.place_tokens.get(i - 1) != place:
            before = [t.lower_ for t in context.doc[max(sentence.start, i - 4) : i]]
            after = [
                t.lower_ for t in context.doc[i : min(sentence.end, i + 4)] if context.place_tokens.get(t.i) != place
            ][:1]
            return tax.near_words.any_in(before) or tax.near_words.any_in(after)
    return False
