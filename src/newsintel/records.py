"""The data contract: plain, serialisable records that every stage reads and writes.

Every extracted item points back to the characters it came from through `Span`s, whose
offsets index `Document.text`. `Report.to_dict()` gives the "newsintel/1" JSON contract
(`schema/newsintel-1.schema.json`); keys may be added to it, never removed or renamed.

Records are dataclasses that can cross process boundaries (Dask, multiprocessing) and be stored
as plain JSON. Beyond (de)serialisation they carry one summary the contract includes: the
`sourcing` counts (`Report.sourcing`, built on `claim_bases`, which follows each claim's relays).
They import nothing of newsintel: every other layer stands on them.
"""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal, TypeVar, get_args

if TYPE_CHECKING:
    from _typeshed import DataclassInstance

SCHEMA = "newsintel/1"
_Record = TypeVar("_Record", bound="DataclassInstance")
SCHEMA_VERSION = "1.1"  # minor version: 1.1 added the event record fields (issue #15)

AttributionKind = Literal["direct", "indirect", "mixed"]
SpeakerKind = Literal["named", "anonymous", "pronoun", "document", "none"]
Stance = Literal["neutral", "assertive", "hedged", "concession", "denial", "appeal"]
EventMode = Literal["asserted", "negated", "planned", "hypothetical", "denied", "reported"]
PlaceKind = Literal["continent", "country", "admin1", "city", "other"]
RelationKind = Literal["supports", "contradicts", "denies"]

SPEAKER_KINDS: tuple[str, ...] = get_args(SpeakerKind)
ATTRIBUTION_KINDS: tuple[str, ...] = get_args(AttributionKind)
EVENT_MODES: tuple[str, ...] = get_args(EventMode)


@dataclass(slots=True, frozen=True)
class Span:
    """Characters `start:end` of the document text (end exclusive)."""

    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> Span | None:
        if data is None:
            return None
        return cls(int(data["start"]), int(data["end"]), str(data["text"]))

    @classmethod
    def of(cls, text: str, start: int, end: int) -> Span:
        """The span of `text[start:end]`."""
        return cls(start, end, text[start:end])


@dataclass(slots=True)
class Document:
    id: str
    text: str
    title: str | None = None
    published: str | None = None  # ISO date, YYYY-MM-DD
    url: str | None = None
    publisher: str | None = None
    source: str | None = None  # where it was read from: a path, "stdin", a URL

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "published": self.published,
            "text": self.text,
            "url": self.url,
            "publisher": self.publisher,
            "source": self.source,
        }


@dataclass(slots=True)
class Actor:
    """One actor of the document, with every mention that refers to it.

    `id` is the dictionary id (e.g. "taliban") when the actor is in a dictionary, or a
    document-local id ("local:...") when only the NER knew it.
    """

    id: str
    name: str
    type: str | None = None
    country: str | None = None  # ISO 3166 alpha-3
    cameo: str | None = None
    mentions: list[Span] = field(default_factory=list)
    parent: str | None = None  # actor id of the organisation it belongs to
    local: bool = False
    roles: list[str] = field(default_factory=list)  # roles in force on the publication date
    # A name left without a dictionary link although an entry came close: {"candidate": actor id,
    # "name", "score" (0-100), "reason"}. No link is better than a wrong one.
    unlinked: dict[str, Any] | None = None


@dataclass(slots=True)
class AnonymousSource:
    """The structure of an unnamed source: "two senior US defense officials"."""

    role: str | None = None  # "official", "source", "diplomat"
    rank: str | None = None  # "senior", "top"
    affiliation: str | None = None  # "defense", "Pentagon", "the administration"
    country: str | None = None  # alpha-3
    number: int | None = None  # 2 for "two officials"; None when plural but uncounted
    plural: bool = False
    anonymity_phrase: str | None = None  # "on condition of anonymity"


@dataclass(slots=True)
class Speaker:
    text: str
    span: Span | None = None
    actor: str | None = None
    anonymous: bool = False
    description: str | None = None
    kind: SpeakerKind = "none"
    anonymous_source: AnonymousSource | None = None
    resolved_from: Span | None = None  # for pronouns: the antecedent mention


@dataclass(slots=True)
class Attribution:
    id: str
    kind: AttributionKind
    content: list[Span]
    speaker: Speaker
    cue: Span | None = None
    via: str | None = None  # id of the attribution this one reached the article through
    cue_lemma: str | None = None
    stance: Stance = "neutral"
    continues: str | None = None  # id of the attribution whose speaker this cue-less quote continues
    channel: bool = False  # True for an outlet/document relaying other attributions (their `via`)
    rule: str | None = None  # the pattern that found it ("verb_cue:c", "according_to", ...)


@dataclass(slots=True)
class Event:
    id: str
    trigger: Span
    cameo: str | None
    plover: str | None
    mode: EventMode = "asserted"
    source: str | None = None
    target: str | None = None
    target_text: str | None = None
    place: str | None = None
    date: str | None = None
    attribution: str | None = None
    source_text: str | None = None
    source_code: str | None = None  # CAMEO actor code of the source, when known
    target_code: str | None = None
    goldstein: float | None = None
    quad_class: int | None = None
    sentence: Span | None = None
    rule: str | None = None  # the pattern that produced it, for evidence
    # --- the event record (contract 1.1, issue #15): what a conflict dataset needs of the event
    acled_event_type: str | None = None  # "Battles", "Explosions/Remote violence", ...
    acled_sub_event_type: str | None = None  # "Armed clash", "Air/drone strike", ...
    source_actor_type: str | None = None  # ACLED's eight: "state forces", "rebel group", ... "civilians"
    target_actor_type: str | None = None
    source_inter: int | None = None  # the ACLED code of that actor type, 1-8
    target_inter: int | None = None
    source_country: str | None = None  # alpha-3 of the actor (or of the event's place, for local actors)
    target_country: str | None = None
    source_acled_name: str | None = None  # "Police Forces of Kenya", "Unidentified Armed Group (Mali)"
    target_acled_name: str | None = None
    place_precision: int | None = None  # 1 the town named, 2 near a town or part of a region, 3 a region
    place_basis: str | None = None  # where the place came from: clause, sentence, dateline, focus
    date_precision: str | None = None  # day, week, month (of `date`)
    fatalities: int | None = None  # deaths read from the text; None: nothing stated
    fatalities_minimum: bool = False  # "at least 12": a lower bound
    fatalities_span: Span | None = None
    injured: int | None = None
    injured_minimum: bool = False
    injured_span: Span | None = None
    means: str | None = None  # firearms, explosive device, air/drone strike, shelling/artillery/missile, ...
    civilian_targeting: bool | None = None  # True when the event's victims are civilians


@dataclass(slots=True)
class Place:
    id: str
    name: str
    kind: PlaceKind
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    geonameid: int | None = None
    mentions: list[Span] = field(default_factory=list)
    admin1: str | None = None
    population: int | None = None
    confidence: float | None = None
    admin2: str | None = None  # the second-level division (district) of a town
    evidence: list[str] = field(default_factory=list)  # why this place was chosen (or left unresolved)
    runner_up: dict[str, Any] | None = None  # the next best reading: {name, country, geonameid, lat, lon, confidence}


@dataclass(slots=True)
class DateMention:
    """A date or period in the text, resolved against the publication date."""

    id: str
    span: Span
    value: str | None  # ISO date or period start ("2021-08", "2021-08-15")
    start: str | None = None  # ISO date the period starts
    end: str | None = None  # ISO date the period ends (None: open or a point)
    granularity: str | None = None  # day, week, weekend, month, season, year, decade, duration
    relation: str | None = None  # "since", "until", "during", "on"


@dataclass(slots=True)
class Claim:
    id: str
    text: str
    attribution: str | None = None
    speaker: str | None = None  # actor id
    span: Span | None = None
    speaker_text: str | None = None
    speaker_kind: SpeakerKind = "none"
    via: str | None = None
    stance: Stance = "neutral"
    subject: str | None = None  # actor id or text of what the claim is about
    predicate: str | None = None
    object: str | None = None
    polarity: Literal["positive", "negative"] = "positive"
    modality: str | None = None
    time: str | None = None
    # states the claim puts an entity in, "entity|class|state" (e.g. "islamic-state|activity|b"):
    # comparable across articles without the parse
    states: list[str] = field(default_factory=list)


@dataclass(slots=True)
class ClaimRelation:
    source: str  # "from" in JSON
    target: str  # "to" in JSON
    relation: RelationKind
    evidence: str | None = None
    confidence: float | None = None
    rule: str | None = None
    evidence_spans: list[Span] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        data = _fields_to_plain(self)
        data["from"] = data.pop("source")
        data["to"] = data.pop("target")
        return data


@dataclass(slots=True)
class Flag:
    kind: str
    message: str
    span: Span | None = None


def _empty_sourcing() -> dict[str, int]:
    return dict.fromkeys((*SPEAKER_KINDS, *ATTRIBUTION_KINDS), 0)


@dataclass(slots=True)
class Report:
    """Everything newsintel found in one document."""

    document: Document
    actors: list[Actor] = field(default_factory=list)
    attributions: list[Attribution] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    claim_relations: list[ClaimRelation] = field(default_factory=list)
    flags: list[Flag] = field(default_factory=list)
    model: str | None = None
    language: str | None = None  # the document's language (ISO 639-1) as detected; None: not judged

    @property
    def sourcing(self) -> dict[str, int]:
        """The JSON contract's `sourcing` object: attributions by kind of speaker and of quote,
        and what the claims rest on.

        An outlet or report that only relays other attributions ("told the Post": `channel`)
        is not counted as a source of its own: its content is counted once, with the inner
        speaker, and `second_hand` says how much came through such channels.
        """
        counts = _empty_sourcing()
        for attribution in self.attributions:
            if attribution.channel:
                continue
            counts[attribution.speaker.kind] += 1
            counts[attribution.kind] += 1
        counts["second_hand"] = sum(1 for a in self.attributions if a.via)
        counts.update(_claim_sourcing(claim_bases(self)))
        return counts

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema": SCHEMA,
            "schema_version": SCHEMA_VERSION,
            "document": {
                key: value
                for key, value in self.document.to_dict().items()
                if key in ("id", "title", "published", "text", "url", "publisher")
            },
            "actors": [_to_plain(a) for a in self.actors],
            "attributions": [_to_plain(a) for a in self.attributions],
            "events": [_to_plain(e) for e in self.events],
            "places": [_to_plain(p) for p in self.places],
            "dates": [_to_plain(d) for d in self.dates],
            "claims": [_to_plain(c) for c in self.claims],
            "claim_relations": [r.to_dict() for r in self.claim_relations],
            "sourcing": self.sourcing,
            "flags": [_to_plain(f) for f in self.flags],
            "model": self.model,
            "language": self.language,
        }

    def to_json(self, *, indent: int | None = 2) -> str:
        return json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Report:
        return report_from_dict(data)


@dataclass(slots=True, frozen=True)
class ClaimBasis:
    """What one claim rests on: its speaker, and the attributions it was relayed through
    ("officials told the Post": the Post's), nearest first."""

    claim: Claim
    kind: str  # the speaker's kind, "none" for a kind this contract does not know
    attributed: bool  # False for the article's own, unattributed statements
    relays: tuple[Attribution, ...] = ()
    on_media: bool = False  # said by a news outlet, or relayed through one


def claim_bases(report: Report) -> list[ClaimBasis]:
    """One `ClaimBasis` per claim of `report`, in claim order."""
    actors = {a.id: a for a in report.actors}
    attributions = {a.id: a for a in report.attributions}
    bases = []
    for claim in report.claims:
        kind = claim.speaker_kind if claim.speaker_kind in SPEAKER_KINDS else "none"
        if claim.attribution is None and kind == "none":
            bases.append(ClaimBasis(claim=claim, kind=kind, attributed=False))
            continue
        relays: list[Attribution] = []
        relay = attributions.get(claim.via) if claim.via else None
        while relay is not None and all(relay.id != r.id for r in relays):  # the whole chain: "X told the Post"
            relays.append(relay)
            relay = attributions.get(relay.via) if relay.via else None
        on_media = any(_is_media(actors, actor_id) for actor_id in (claim.speaker, *(r.speaker.actor for r in relays)))
        bases.append(ClaimBasis(claim=claim, kind=kind, attributed=True, relays=tuple(relays), on_media=on_media))
    return bases


def _is_media(actors: dict[str, Actor], actor_id: str | None) -> bool:
    actor = actors.get(actor_id or "")
    return actor is not None and actor.type == "media"


def _claim_sourcing(bases: list[ClaimBasis]) -> dict[str, int]:
    """Integer claim counts for the `sourcing` object (keys added, none renamed)."""
    attributed = [b for b in bases if b.attributed]
    return {
        "claims": len(bases),
        "claims_attributed": len(attributed),
        "claims_anonymous": sum(1 for b in bases if b.kind == "anonymous"),
        "claims_named": sum(1 for b in bases if b.kind == "named"),
        "claims_document": sum(1 for b in bases if b.kind == "document"),
        "claims_second_hand": sum(1 for b in attributed if b.relays),
        "claims_media": sum(1 for b in attributed if b.on_media),
    }


def _to_plain(value: Any) -> Any:
    """Dataclasses to dicts, recursively, using each record's own `to_dict` where it has one."""
    if isinstance(value, (Span, ClaimRelation)):
        return value.to_dict()
    if dataclasses.is_dataclass(value):
        return _fields_to_plain(value)
    if isinstance(value, list):
        return [_to_plain(v) for v in value]
    return value


def _fields_to_plain(record: Any) -> dict[str, Any]:
    return {f.name: _to_plain(getattr(record, f.name)) for f in dataclasses.fields(record)}


def _spans(items: list[dict[str, Any]] | None) -> list[Span]:
    return [Span.from_dict(item) for item in items or []]  # type: ignore[misc]


def _build(cls: type[_Record], data: dict[str, Any], **converted: Any) -> _Record:
    """Instantiate `cls` from the keys of `data` it knows, ignoring added keys."""
    names = {f.name for f in dataclasses.fields(cls)}
    kwargs = {key: value for key, value in data.items() if key in names}
    kwargs.update(converted)
    return cls(**kwargs)


def actor_from_dict(data: dict[str, Any]) -> Actor:
    return _build(Actor, data, mentions=_spans(data.get("mentions")))


def speaker_from_dict(data: dict[str, Any]) -> Speaker:
    anon = data.get("anonymous_source")
    return _build(
        Speaker,
        data,
        span=Span.from_dict(data.get("span")),
        resolved_from=Span.from_dict(data.get("resolved_from")),
        anonymous_source=_build(AnonymousSource, anon) if anon else None,
    )


def attribution_from_dict(data: dict[str, Any]) -> Attribution:
    return _build(
        Attribution,
        data,
        content=_spans(data.get("content")),
        cue=Span.from_dict(data.get("cue")),
        speaker=speaker_from_dict(data["speaker"]),
    )


def event_from_dict(data: dict[str, Any]) -> Event:
    return _build(
        Event,
        data,
        trigger=Span.from_dict(data["trigger"]),
        sentence=Span.from_dict(data.get("sentence")),
        fatalities_span=Span.from_dict(data.get("fatalities_span")),
        injured_span=Span.from_dict(data.get("injured_span")),
    )


def place_from_dict(data: dict[str, Any]) -> Place:
    return _build(Place, data, mentions=_spans(data.get("mentions")))


def date_from_dict(data: dict[str, Any]) -> DateMention:
    return _build(DateMention, data, span=Span.from_dict(data["span"]))


def claim_from_dict(data: dict[str, Any]) -> Claim:
    return _build(Claim, data, span=Span.from_dict(data.get("span")))


def relation_from_dict(data: dict[str, Any]) -> ClaimRelation:
    data = dict(data)
    if "from" in data:
        data["source"] = data.pop("from")
    if "to" in data:
        data["target"] = data.pop("to")
    return _build(ClaimRelation, data, evidence_spans=_spans(data.get("evidence_spans")))


def flag_from_dict(data: dict[str, Any]) -> Flag:
    return _build(Flag, data, span=Span.from_dict(data.get("span")))


def report_from_dict(data: dict[str, Any]) -> Report:
    doc = data["document"]
    return Report(
        document=_build(Document, doc),
        actors=[actor_from_dict(a) for a in data.get("actors", [])],
        attributions=[attribution_from_dict(a) for a in data.get("attributions", [])],
        events=[event_from_dict(e) for e in data.get("events", [])],
        places=[place_from_dict(p) for p in data.get("places", [])],
        dates=[date_from_dict(d) for d in data.get("dates", [])],
        claims=[claim_from_dict(c) for c in data.get("claims", [])],
        claim_relations=[relation_from_dict(r) for r in data.get("claim_relations", [])],
        flags=[flag_from_dict(f) for f in data.get("flags", [])],
        model=data.get("model"),
        language=data.get("language"),
    )


def to_plain(record: Any) -> Any:
    """The JSON-ready form of any record (public for stages that store records in `doc._`)."""
    return _to_plain(record)
