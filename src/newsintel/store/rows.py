"""Reports -> table rows, in one place (the inverse, rows -> Report, reads the JSON copy)."""

from __future__ import annotations

import dataclasses
import hashlib
import json
import re
from collections.abc import Iterator
from typing import Any

from newsintel.records import (
    Actor,
    Attribution,
    Claim,
    ClaimRelation,
    DateMention,
    Event,
    Place,
    Report,
    Span,
    to_plain,
)


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


_ITEM_LISTS = ("actors", "attributions", "events", "places", "dates", "claims", "claim_relations", "flags")


def report_json(report: Report) -> str:
    """The report's JSON without the document text, which the documents table already holds.

    Written item by item, so the report is never held as dicts all at once, and ASCII-only
    (other characters escaped: the same JSON once parsed), which Python stores in one byte a
    character and hands to the database without a UTF-8 copy: for a 5,000,000-character
    document (60,000 claims and attributions) the peak went from +260 MB to about +100 MB."""
    empty: dict[str, Any] = {name: [] for name in _ITEM_LISTS}
    frame = dataclasses.replace(report, **empty).to_dict()
    frame["document"] = {k: v for k, v in frame["document"].items() if k != "text"}
    frame["sourcing"] = report.sourcing
    parts = []
    for key, value in frame.items():
        if key in _ITEM_LISTS:
            items = ",".join(_dumps(_plain(item)) for item in getattr(report, key))
            parts.append(f"{_dumps(key)}:[{items}]")
        else:
            parts.append(f"{_dumps(key)}:{_dumps(value)}")
    return "{" + ",".join(parts) + "}"


def _dumps(value: Any) -> str:
    return json.dumps(value, separators=(",", ":"))


def _plain(item: Any) -> Any:
    return item.to_dict() if isinstance(item, ClaimRelation) else to_plain(item)


def _offsets(span: Span | None) -> dict[str, int | None]:
    if span is None:
        return {"start_char": None, "end_char": None}
    return {"start_char": span.start, "end_char": span.end}


def lead_end(text: str) -> int:
    """Where the first paragraph ends: GDELT's IsRootEvent marks events of the lead."""
    stripped = len(text) - len(text.lstrip())
    cut = text.find("\n\n", stripped)
    if cut < 0:
        cut = text.find("\n", stripped)
    return len(text) if cut < 0 else cut


def item_rows(report: Report) -> dict[str, list[dict[str, Any]]]:
    """Rows for each item table, keyed by table name."""
    return {name: list(rows) for name, rows in iter_item_rows(report)}


def iter_item_rows(report: Report) -> Iterator[tuple[str, Iterator[dict[str, Any]]]]:
    """(table name, its rows made one at a time) for each item table: a store can write a long
    document's tens of thousands of rows in slices instead of holding them all."""
    doc_id = report.document.id
    places = {place.id: place for place in report.places}
    actors = {actor.id: actor for actor in report.actors}
    lead = lead_end(report.document.text)
    published = report.document.published
    yield "actors", (_actor_row(doc_id, a) for a in report.actors)
    yield (
        "mentions",
        (
            {"document_id": doc_id, "actor_id": a.id, "text": m.text, **_offsets(m)}
            for a in report.actors
            for m in a.mentions
        ),
    )
    yield "attributions", (_attribution_row(doc_id, a) for a in report.attributions)
    yield "events", (_event_row(doc_id, e, published, places, actors, lead) for e in report.events)
    yield "places", (_place_row(doc_id, p) for p in report.places)
    yield "dates", (_date_row(doc_id, d) for d in report.dates)
    yield "claims", (_claim_row(doc_id, c) for c in report.claims)
    yield "claim_relations", (_relation_row(doc_id, r) for r in report.claim_relations)
    yield (
        "flags",
        ({"document_id": doc_id, "kind": f.kind, "message": f.message, **_offsets(f.span)} for f in report.flags),
    )


def _date_row(doc_id: str, date: DateMention) -> dict[str, Any]:
    return {
        "document_id": doc_id,
        "date_id": date.id,
        "text": date.span.text,
        "value": date.value,
        "start_date": date.start,
        "end_date": date.end,
        "granularity": date.granularity,
        "relation": date.relation,
        **_offsets(date.span),
    }


def _relation_row(doc_id: str, relation: ClaimRelation) -> dict[str, Any]:
    return {
        "document_id": doc_id,
        "source_claim": relation.source,
        "target_claim": relation.target,
        "relation": relation.relation,
        "confidence": relation.confidence,
        "rule": relation.rule,
        "evidence": relation.evidence,
    }


def _actor_row(doc_id: str, actor: Actor) -> dict[str, Any]:
    return {
        "document_id": doc_id,
        "actor_id": actor.id,
        "name": actor.name,
        "type": actor.type,
        "country": actor.country,
        "cameo": actor.cameo,
        "parent": actor.parent,
        "local": bool(actor.local),
        "n_mentions": len(actor.mentions),
        "roles": json.dumps(actor.roles) if actor.roles else None,
    }


def _attribution_row(doc_id: str, attribution: Attribution) -> dict[str, Any]:
    speaker = attribution.speaker
    content = attribution.content
    return {
        "document_id": doc_id,
        "attribution_id": attribution.id,
        "kind": attribution.kind,
        "speaker_text": speaker.text,
        "speaker_kind": speaker.kind,
        "speaker_actor": speaker.actor,
        "anonymous": bool(speaker.anonymous),
        "cue": attribution.cue.text if attribution.cue else None,
        "cue_lemma": attribution.cue_lemma,
        "stance": attribution.stance,
        "via": attribution.via,
        "content": " … ".join(span.text for span in content),
        "start_char": min((s.start for s in content), default=None),
        "end_char": max((s.end for s in content), default=None),
    }


_ISO_DAY = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?")


def event_day(date: str | None, published: object) -> str | None:
    """The event's date, else the publication date, as an ISO date, month or year: a value that
    is no calendar date (a duration such as "P6Y") never reaches the `day` column."""
    for value in (date, published):
        day = str(value)[:10] if value else ""
        if _ISO_DAY.fullmatch(day):
            return day
    return None


def _event_row(
    doc_id: str, event: Event, published: str | None, places: dict[str, Place], actors: dict[str, Actor], lead: int
) -> dict[str, Any]:
    place = places.get(event.place) if event.place else None
    source, target = actors.get(event.source or ""), actors.get(event.target or "")
    return {
        "document_id": doc_id,
        "event_id": event.id,
        "day": event_day(event.date, published),
        "cameo": event.cameo,
        "root_code": event.cameo[:2] if event.cameo else None,
        "plover": event.plover,
        "mode": event.mode,
        "source_actor": event.source,
        "target_actor": event.target,
        "source_text": event.source_text or (source.name if source else None),
        "target_text": event.target_text or (target.name if target else None),
        "source_code": event.source_code or (source.cameo if source else None),
        "target_code": event.target_code or (target.cameo if target else None),
        "source_country": source.country if source else event.source_country,
        "target_country": target.country if target else event.target_country,
        "source_type": source.type if source else None,
        "target_type": target.type if target else None,
        "goldstein": event.goldstein,
        "quad_class": event.quad_class,
        "place_id": event.place,
        "place_name": place.name if place else None,
        "place_kind": place.kind if place else None,
        "place_country": place.country if place else None,
        "place_admin1": place.admin1 if place else None,
        "lat": place.lat if place else None,
        "lon": place.lon if place else None,
        "trigger_text": event.trigger.text,
        **_offsets(event.trigger),
        "sentence": event.sentence.text if event.sentence else None,
        "in_lead": event.trigger.start < lead,
        "attribution": event.attribution,
        "rule": event.rule,
        **_record_fields(event),
    }


RECORD_FIELDS = (
    "acled_event_type",
    "acled_sub_event_type",
    "source_actor_type",
    "target_actor_type",
    "source_inter",
    "target_inter",
    "source_acled_name",
    "target_acled_name",
    "place_precision",
    "place_basis",
    "date_precision",
    "fatalities",
    "fatalities_minimum",
    "injured",
    "injured_minimum",
    "means",
    "civilian_targeting",
)


def _record_fields(event: Event) -> dict[str, Any]:
    """The event record's ACLED-grade fields, stored as they are."""
    return {name: getattr(event, name) for name in RECORD_FIELDS}


def _place_row(doc_id: str, place: Place) -> dict[str, Any]:
    return {
        "document_id": doc_id,
        "place_id": place.id,
        "name": place.name,
        "kind": place.kind,
        "country": place.country,
        "admin1": place.admin1,
        "lat": place.lat,
        "lon": place.lon,
        "geonameid": place.geonameid,
        "n_mentions": len(place.mentions),
    }


def _claim_row(doc_id: str, claim: Claim) -> dict[str, Any]:
    return {
        "document_id": doc_id,
        "claim_id": claim.id,
        "text": claim.text,
        "speaker": claim.speaker,
        "speaker_text": claim.speaker_text,
        "speaker_kind": claim.speaker_kind,
        "stance": claim.stance,
        "polarity": claim.polarity,
        "modality": claim.modality,
        "subject": claim.subject,
        "predicate": claim.predicate,
        "object": claim.object,
        "time": claim.time,
        "attribution": claim.attribution,
        "via": claim.via,
        **_offsets(claim.span),
    }
