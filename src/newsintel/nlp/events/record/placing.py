"""Where an event took place: which of the places the places stage resolved the event takes,
and how precisely (ACLED's geo-precision: 1 the town named, 2 near a town or part of a region,
3 only a region or country).

The place of an event is the place its clause names; else the finest place its sentence
names (nearest the trigger); else the place the article opens with (a dateline, "On 3 May, in
X, ...") or the place the article is most about, with `place_basis` saying which.
"""

from __future__ import annotations

import functools
import math
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from newsintel import records
from newsintel.datafiles import reading_yaml
from newsintel.nlp import annotations as doc_annotations
from newsintel.nlp.events.record.taxonomy import DATA, taxonomy
from newsintel.nlp.extensions import get_list
from newsintel.nlp.places.mentions import currency_nouns

PRECISION_OF_KIND = {"city": 1, "other": 2, "admin1": 3, "country": 3, "continent": 3}
FINEST = {"city": 0, "other": 1, "admin1": 2, "country": 3, "continent": 4}
LOCAL_KINDS = frozenset({"city", "other"})
STATED_KINDS = frozenset({"country", "admin1"})  # a container the text states outright: it holds
LIST_WORDS = frozenset({"and", "or"})
GENERIC_NAME_WORDS = frozenset(
    {
        "province",
        "state",
        "region",
        "muhafazat",
        "governorate",
        "oblast",
        "department",
        "the",
        "los",
        "las",
        "del",
        "des",
    }
)


_NEXT_WORD = re.compile(r"\s*(\w+)")


@dataclass(frozen=True, slots=True)
class PlacingWords:
    """The words of `data/placing.yaml`."""

    container_links: frozenset[str]
    part_words_after: frozenset[str]
    part_words_before: frozenset[str]
    way_words: frozenset[str]
    origin_words: frozenset[str]
    name_particles: frozenset[str]
    container_km: float
    province_km: float
    district_km: float


@functools.lru_cache(maxsize=1)
def placing_words() -> PlacingWords:
    """The placing words, read once; a broken file raises a DictionaryError naming it."""
    with reading_yaml(DATA, "data/placing.yaml", what="the placing words") as data:
        return PlacingWords(
            container_links=frozenset(str(w) for w in data["container_links"]),
            part_words_after=frozenset(data["part_words_after"]),
            part_words_before=frozenset(data["part_words_before"]),
            way_words=frozenset(data["way_words"]),
            origin_words=frozenset(data["origin_words"]),
            name_particles=frozenset(data["name_particles"]),
            container_km=float(data["container_km"]),
            province_km=float(data["province_km"]),
            district_km=float(data["district_km"]),
        )


class DocPlaces:
    """The places of a Doc as event placing reads them, each built once."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.text = doc.text
        self.misfits: dict[tuple[str, int], bool] = {}  # (place, sentence start) -> `_misfit`
        self.chains: dict[tuple[str, int], list[str]] = {}  # (place, sentence start) -> `_containers`

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
    def country_counts(self) -> Counter[str | None]:
        """How many place mentions of the article fall in each country."""
        return Counter(
            self.places[pid].get("country")
            for i, pid in self.place_tokens.items()
            if pid in self.places and self.place_tokens.get(i - 1) != pid
        )

    @functools.cached_property
    def country(self) -> str | None:
        """The country the article is most about: of its places (by mentions), else the places
        stage's focus (demonyms and actors vote there too), else of its actors."""
        counts = Counter(self.country_counts)
        counts.pop(None, None)
        if not counts and self.focus is not None:
            return str(self.focus["country"])
        if not counts:
            counts = Counter(
                a.get("country") for a in self.actors.values() if a.get("country") and not self._currency_only(a)
            )
        return counts.most_common(1)[0][0] if counts else None

    def _currency_only(self, actor: dict) -> bool:
        """An actor named only in a currency's name ("the US dollar exchange rate") is no sign of
        where the article is."""
        currencies = currency_nouns()
        spans = actor.get("mentions") or ()
        return bool(spans) and all(
            (after := _NEXT_WORD.match(self.text, int(span["end"]))) is not None
            and after.group(1).lower() in currencies
            for span in spans
        )

    def sentence_place(self, sentence: Span, head: int) -> str | None:
        """The finest place of the sentence with coordinates (else without), nearest `head`."""
        hits = [
            (
                not self.located(pid),
                _misfit(self, pid, sentence),
                FINEST.get(self.places.get(pid, {}).get("kind") or "other", 1),
                abs(i - head),
                pid,
            )
            for i in range(sentence.start, sentence.end)
            if (pid := self.place_tokens.get(i)) in self.places
        ]
        return min(hits)[4] if hits else None


def set_place(event: dict, context: DocPlaces, head: Token, sentence: Span) -> None:
    """The finest located place of the clause or sentence (ACLED codes the most specific
    place), else the article's opening place, else its focus."""
    clause = event.get("place") or doc_annotations.place_of_clause(context.doc, head)
    candidates = [(pid, "sentence") for pid in context.sentence_places(sentence)]
    if clause is not None:
        candidates.insert(0, (clause, "clause"))
    located = [(pid, basis) for pid, basis in candidates if context.located(pid)]
    pool = located or candidates
    admins = {pid: (context.places.get(pid, {}).get("admin1") or "").lower() for pid, _ in pool}
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


def _place_rank(context: DocPlaces, candidate: tuple[str, str], head: Token, admins: dict[str, str]) -> tuple[int, ...]:
    """A place that fits the places it is written in before one that does not (a namesake
    elsewhere, a part of a town, a sea); where something came from ("a rocket fired from X into
    Y") after where it went; a place written as another candidate's town, district
    or province ("in Cafayate, Salta", "X district in Y", "X town, Y subdivision (Z)")
    after it; then finer first; the clause's before the sentence's; then the nearest the trigger."""
    place_id, basis = candidate
    place = context.places.get(place_id, {})
    name = (place.get("name") or "").lower()
    # another candidate's province: not its own ("Kyiv" the city in "Kyiv" the province)
    province = any(admin == name for pid, admin in admins.items() if pid != place_id)
    contains_another = int(
        province
        or _bracketed_container(context, place_id, head)
        or any(
            place_id in _containers(context, pid, head.sent, placing_words())
            for pid in admins
            if pid != place_id and not _misfit(context, pid, head.sent)
        )
    )
    return (
        int(_misfit(context, place_id, head.sent)),
        int(_names_way(context, place_id, head.sent)),
        int(_origin_only(context, place_id, head.sent)),
        contains_another,
        FINEST.get(place.get("kind") or "other", 1),
        0 if basis == "clause" else 1,
        context.distance(place_id, head.i),
    )


def _misfit(context: DocPlaces, place_id: str, sentence: Span) -> bool:
    key = (place_id, sentence.start)
    if key not in context.misfits:
        context.misfits[key] = _reads_as_misfit(context, place_id, sentence)
    return context.misfits[key]


def _reads_as_misfit(context: DocPlaces, place_id: str, sentence: Span) -> bool:
    """Whether a located place does not fit where the text puts it: no country (a sea, a
    region), named as part of a town ("X neighbourhood"), or unlike a place it is written in
    ("X, Y province" with X in another province or country, "X in Y town" with X far from Y)."""
    place = context.places.get(place_id, {})
    if place.get("lat") is None:
        return False
    if not place.get("country"):
        return True
    words = placing_words()
    if _part_of_town(context, place_id, sentence, words):
        return True
    chain = _containers(context, place_id, sentence, words)
    for container_id in chain:
        container = context.places[container_id]
        if container.get("lat") is None or not container.get("country") or _written_alike(place, container):
            continue  # "San Jose (San Jose)", "X, Donetsk" with X in Donetsk province: it fits
        if container["country"] != place["country"]:
            counts = context.country_counts
            if container.get("kind") in STATED_KINDS or counts[place["country"]] <= counts[container["country"]]:
                return True  # "Paris, Kenya"; else the one the article's other places do not back is the namesake
            continue
        kind = place.get("kind") or "other"
        province_named = kind in LOCAL_KINDS and container.get("kind") == "admin1" and place.get("admin1")
        if province_named and (
            _km(place, container) > words.province_km or _backs_province(context, place, chain, container)
        ):
            return True  # in another province than the one the text names: far from it, or a district backs it
        if kind == "admin1" and container.get("kind") == "admin1":
            return True  # "X (Y district, Z province)" read as province X: a province is in no other
        local = kind in LOCAL_KINDS and (container.get("kind") or "other") in LOCAL_KINDS
        if local and _km(place, container) > words.container_km:
            return True  # "X in Y town" with X far from Y
    return False


def _backs_province(context: DocPlaces, place: dict, chain: list[str], province: dict) -> bool:
    """Whether another place of the chain lies in the province the text names ("X village, Y
    district, Z province" with Y in Z) and far from X: then X elsewhere is a namesake, whatever
    its distance from the province's point. Near Y, X is right and the provinces disagree."""
    far = placing_words().district_km
    return any(
        _same_name(str(other.get("admin1") or ""), str(province.get("name") or "")) and _km(place, other) > far
        for pid in chain
        if (other := context.places[pid]).get("kind") in LOCAL_KINDS and other.get("lat") is not None
    )


def _written_alike(place: dict, container: dict) -> bool:
    """Whether the container is the place itself or the province the gazetteer gives the place."""
    name = str(container.get("name") or "")
    return _same_name(str(place.get("name") or ""), name) or _same_name(str(place.get("admin1") or ""), name)


def _mention_spans(context: DocPlaces, place_id: str, sentence: Span) -> list[tuple[int, int]]:
    """(first, end) tokens of each mention of the place in the sentence."""
    spans = []
    for i in range(sentence.start, sentence.end):
        if context.place_tokens.get(i) == place_id and context.place_tokens.get(i - 1) != place_id:
            end = i
            while end < sentence.end and context.place_tokens.get(end) == place_id:
                end += 1
            spans.append((i, end))
    return spans


def _part_of_town(context: DocPlaces, place_id: str, sentence: Span, words: PlacingWords) -> bool:
    """ "the X neighbourhood", "X da Y neighbourhood", "X farm", "colonia X": a part of a town."""
    doc = context.doc
    for first, end in _mention_spans(context, place_id, sentence):
        before = doc[first - 1].lower_ if first > sentence.start else ""
        if before in words.part_words_before or doc[first].lower_ in words.part_words_before:
            return True
        for j in range(end, min(sentence.end, end + 4)):
            if doc[j].lower_ in words.part_words_after:
                return True
            if not _name_word(doc[j], words):
                break  # past the rest of a name the places stage cut short ("Campo da Serra")
    return False


def _names_way(context: DocPlaces, place_id: str, sentence: Span) -> bool:
    """ "the X-Y highway", "on X Road": every mention of the place in the sentence is part of
    the name of a road or line (across other places, hyphens and name words)."""
    words = placing_words()
    doc = context.doc
    spans = _mention_spans(context, place_id, sentence)
    for _, end in spans:
        j = end
        while j < sentence.end and j < end + 4 and doc[j].lower_ not in words.way_words:
            if not (doc[j].text == "-" or j in context.place_tokens or _name_word(doc[j], words)):
                break
            j += 1
        if j >= sentence.end or doc[j].lower_ not in words.way_words:
            return False
    return bool(spans)


def _origin_only(context: DocPlaces, place_id: str, sentence: Span) -> bool:
    """ "fired from X into Y", "militants from X attacked Y": every mention of the place in the
    sentence says where someone or something came from, not where the event was."""
    words = placing_words().origin_words
    doc = context.doc
    spans = _mention_spans(context, place_id, sentence)
    for first, _ in spans:
        j = first - 1
        while j > sentence.start and doc[j].lower_ == "the":
            j -= 1
        if j < sentence.start or doc[j].lower_ not in words:
            return False
    return bool(spans)


def _name_word(token: Token, words: PlacingWords) -> bool:
    """A word of a place name: capitalised, or a particle of names ("de", "da", "al")."""
    return (token.is_alpha and token.text[:1].isupper()) or token.lower_ in words.name_particles


def _containers(context: DocPlaces, place_id: str, sentence: Span, words: PlacingWords) -> list[str]:
    key = (place_id, sentence.start)
    if key not in context.chains:
        context.chains[key] = _container_chain(context, place_id, sentence, words)
    return context.chains[key]


def _container_chain(context: DocPlaces, place_id: str, sentence: Span, words: PlacingWords) -> list[str]:
    """The places written after the place as the larger places it is in: "X district, Y
    province", "X (Y, Z)", "X in Y town"; none in a list ("X, Y and Z")."""
    found: list[str] = []
    for _, end in _mention_spans(context, place_id, sentence):
        chain, j = [], end
        while j < sentence.end:
            other = context.place_tokens.get(j)
            if other is not None and other != place_id:
                chain.append(other)
                while j < sentence.end and context.place_tokens.get(j) == other:
                    j += 1
            elif context.doc[j].lower_ in words.container_links or _name_word(context.doc[j], words):
                j += 1  # "X district, Y province"; "X, Y subdivision (Z)": a name no gazetteer had
            else:
                break
        if _lists_places(context, j, sentence, words):
            continue  # "in X, Y and Z": a list of places, not X's containers
        found += [c for c in chain if c in context.places and c not in found]
    fineness = _fineness(context, place_id)
    return [c for c in found if _fineness(context, c) >= fineness]  # a country is in no town


def _lists_places(context: DocPlaces, j: int, sentence: Span, words: PlacingWords) -> bool:
    """Whether "and"/"or" at token j goes on to another place ("in X, Y and Z"); not a clause
    that follows the place ("in X (Y, Z), and seized ..."), whose places are X's containers."""
    if j + 1 >= sentence.end or context.doc[j].lower_ not in LIST_WORDS:
        return False
    following = context.doc[j + 1]
    return following.i in context.place_tokens or _name_word(following, words)


def _fineness(context: DocPlaces, place_id: str) -> int:
    """0 a town or local area, 2 a province, 3 a country."""
    return max(FINEST.get(context.places.get(place_id, {}).get("kind") or "other", 1), 1) - 1


def _same_name(first: str, second: str) -> bool:
    """ "Sa'dah" and "Sadah", "Nord-Kivu" and "North Kivu", "Odes'ka Oblast'" and "Odessa": one
    name (each word of the shorter found in the other, compared on its first three letters);
    not "Kampong Thom" and "Kampong Cham"."""
    a, b = sorted(({w[:3] for w in _name_words(first)}, {w[:3] for w in _name_words(second)}), key=len)
    return bool(a) and a <= b


def _name_words(name: str) -> set[str]:
    folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    words = re.findall(r"[a-z0-9]+", re.sub(r"['`]", "", folded))
    return {w for w in words if len(w) >= 3 and w not in GENERIC_NAME_WORDS}


def _km(first: dict, second: dict) -> float:
    lat1, lon1, lat2, lon2 = map(math.radians, (first["lat"], first["lon"], second["lat"], second["lon"]))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(h))


def _bracketed_container(context: DocPlaces, place_id: str, head: Token) -> bool:
    """Whether the place is written in brackets after another place that has coordinates
    ("Sbeitla (Kasserine)", "in Makeni (Bombali, North)"), the way reports name a town's
    district or province."""
    sentence = head.sent
    for i in range(sentence.start, sentence.end):
        if context.place_tokens.get(i) != place_id or context.place_tokens.get(i - 1) == place_id:
            continue
        j = i - 1
        while j > sentence.start and (context.place_tokens.get(j) or context.doc[j].text == ","):
            j -= 1  # the other places and commas before it inside the same brackets
        inner = context.place_tokens.get(j - 1)
        bracketed = context.doc[j].text == "(" and inner not in (None, place_id) and context.located(inner)
        if bracketed and _fineness(context, str(inner)) <= _fineness(context, place_id):
            return True  # a town with coordinates before it: this is its district or province
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
