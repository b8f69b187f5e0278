"""The `newsintel_places` stage: place mentions resolved to gazetteer entries.

Writes two attributes:
- `doc._.ni_places`: records.Place dicts, one per place the text is about (literal
  mentions, and divisions or countries inside organisation names); metonyms ("Washington
  urged") and modifiers ("Afghan officials", "US officials") are left out: they name actors
  and affiliations, not where something is;
- `doc._.ni_toponyms`: every geographic name with its coordinates and its role
  (literal / embedded / modifier / metonym), for evaluation and highlighting.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from newsintel import records
from newsintel.nlp import annotations as doc_annotations
from newsintel.nlp.component import Stage
from newsintel.nlp.extensions import get_list
from newsintel.nlp.places.context import Focus, document_focus
from newsintel.nlp.places.cued import restrict_to_focus
from newsintel.nlp.places.gazetteer import (
    ADMIN1,
    CAPITAL,
    CITY,
    CONTINENT,
    COUNTRY,
    LANDMARK,
    REGION,
    Gazetteer,
    load_gazetteer,
    normalise,
)
from newsintel.nlp.places.metonymy import is_affiliation, is_metonym
from newsintel.nlp.places.recognize import Mention, find_mentions
from newsintel.nlp.places.resolve import Choice, resolve

# Inside an organisation's name, only these are places the article is about
# ("Massachusetts Air National Guard"), not towns ("the Washington Post").
EMBEDDED_PLACE_FEATURES = frozenset({COUNTRY, ADMIN1, CONTINENT, REGION})


class PlaceResolver(Stage):
    name = "newsintel_places"

    def __init__(self, *, gazetteer: Gazetteer | None = None) -> None:
        super().__init__()
        self.gazetteer = gazetteer or load_gazetteer()

    def annotate(self, doc: Doc) -> None:
        gaz = self.gazetteer
        mentions = find_mentions(doc, gaz)
        focus = document_focus(doc, mentions, gaz, [normalise(m.text) for m in mentions])
        restrict_to_focus(mentions, gaz, focus.country, strong=focus.strong)
        choices = resolve(doc, mentions, gaz, focus=focus)
        doc._.ni_focus = _focus_record(gaz, focus)
        _mark_metonyms(doc, mentions, choices, gaz)
        toponyms = get_list(doc, "ni_toponyms")
        places = get_list(doc, "ni_places")
        toponyms.clear()
        places.clear()
        text = doc.text  # spaCy rebuilds doc.text from every token on each access: read it once
        place_ids: dict[int, dict] = {}
        unplaced: dict[str, dict] = {}
        for mention, choice in zip(mentions, choices, strict=True):
            if choice.entry is None:
                if mention.role == "literal" and mention.source not in ("variant", "cued"):
                    _add_unplaced(text, mention, places, unplaced, choice, gaz)
                continue
            place = None
            if _reported(mention, choice, gaz):
                place = place_ids.get(choice.entry)
                if place is None:
                    place = _place_record(gaz, choice, f"p{len(places) + 1}")
                    place_ids[choice.entry] = place
                    places.append(place)
                place["mentions"].append(records.Span.of(text, mention.start_char, mention.end_char).to_dict())
                place["confidence"] = min(place["confidence"], choice.confidence)
            toponyms.append(_toponym(text, mention, choice, gaz, place))


def _focus_record(gaz: Gazetteer, focus: Focus) -> dict | None:
    """The country the article is about (context.py), with its centroid: what a later stage
    may fall back on for an event whose own words name no place."""
    code = focus.country
    entry = gaz.country_entry.get(code) if code else None
    if entry is None:
        return None
    return {
        "country": gaz.country_alpha3(entry),
        "name": gaz.name[entry],
        "lat": gaz.lat[entry],
        "lon": gaz.lon[entry],
        "geonameid": gaz.gid(entry),
        "strong": focus.strong,
        "share": round(focus.share, 3),
    }


def _add_unplaced(
    text: str, mention: Mention, places: list[dict], unplaced: dict[str, dict], choice: Choice, gaz: Gazetteer
) -> None:
    """A place name the NER found but the gazetteer lacks, or whose only readings lie far from
    what the article is about: reported without coordinates (with the best reading, if any)."""
    name = text[mention.start_char : mention.end_char]
    place = unplaced.get(name)
    if place is None:
        place = records.to_plain(
            records.Place(
                id=f"p{len(places) + 1}",
                name=name,
                kind="other",
                confidence=0.0,
                evidence=list(choice.evidence) or ["not in the gazetteer"],
                runner_up=_runner_up(gaz, choice.runner_up, choice.runner_up_confidence),
            )
        )
        unplaced[name] = place
        places.append(place)
    place["mentions"].append(records.Span.of(text, mention.start_char, mention.end_char).to_dict())


def _mark_metonyms(doc: Doc, mentions: list[Mention], choices: list[Choice], gaz: Gazetteer) -> None:
    claimed = doc_annotations.metonym_spans(doc)
    for mention, choice in zip(mentions, choices, strict=True):
        if mention.role == "embedded" and _is_institution(doc, mention, choice, gaz):
            mention.role = "metonym"
        if mention.role != "literal":
            continue
        overlaps = any(s < mention.end_char and mention.start_char < e for s, e, _ in claimed)
        if overlaps or is_metonym(doc, mention, choice.entry, gaz):
            mention.role = "metonym"
        elif is_affiliation(doc, mention, choice.entry, gaz):
            mention.role = "modifier"


def _is_institution(doc: Doc, mention: Mention, choice: Choice, gaz: Gazetteer) -> bool:
    """A site that is the whole of an organisation's name ("the White House said")."""
    if choice.entry is None or gaz.feature[choice.entry] != LANDMARK:
        return False
    ent = next((e for e in doc.ents if e.start <= mention.start < e.end), None)
    if ent is None or ent.label_ != "ORG":
        return False
    words = [t for t in ent if t.lower_ not in ("the", "'s")]
    return bool(words) and words[0].i == mention.start and words[-1].i == mention.end - 1


def _reported(mention: Mention, choice: Choice, gaz: Gazetteer) -> bool:
    if mention.role == "literal":
        return True
    entry = choice.entry
    return mention.role == "embedded" and entry is not None and gaz.feature[entry] in EMBEDDED_PLACE_FEATURES


def _place_record(gaz: Gazetteer, choice: Choice, place_id: str) -> dict:
    entry = choice.entry
    assert entry is not None  # only resolved choices are recorded
    record = records.Place(
        id=place_id,
        name=gaz.name[entry],
        kind=gaz.kind(entry),
        country=gaz.country_alpha3(entry),
        lat=gaz.lat[entry],
        lon=gaz.lon[entry],
        geonameid=gaz.gid(entry),
        admin1=gaz.admin1[entry] if gaz.feature[entry] not in (COUNTRY, ADMIN1) else None,
        population=gaz.population[entry] or None,
        confidence=choice.confidence,
        admin2=gaz.admin2[entry] if gaz.feature[entry] in (CITY, CAPITAL) else None,
        evidence=list(choice.evidence),
        runner_up=_runner_up(gaz, choice.runner_up, choice.runner_up_confidence),
    )
    return records.to_plain(record)


def _runner_up(gaz: Gazetteer, entry: int | None, confidence: float) -> dict | None:
    if entry is None:
        return None
    return {
        "name": gaz.name[entry],
        "country": gaz.country_alpha3(entry),
        "geonameid": gaz.gid(entry),
        "lat": gaz.lat[entry],
        "lon": gaz.lon[entry],
        "confidence": confidence,
    }


def _toponym(text: str, mention: Mention, choice: Choice, gaz: Gazetteer, place: dict | None) -> dict:
    entry = choice.entry
    assert entry is not None  # only resolved choices are recorded
    return {
        "start": mention.start_char,
        "end": mention.end_char,
        "text": text[mention.start_char : mention.end_char],
        "role": mention.role,
        "place": place["id"] if place else None,
        "name": gaz.name[entry],
        "kind": gaz.kind(entry),
        "country": gaz.country_alpha3(entry),
        "lat": gaz.lat[entry],
        "lon": gaz.lon[entry],
        "geonameid": gaz.gid(entry),
        "confidence": choice.confidence,
    }


@Language.factory(
    "newsintel_places",
    default_config={},
    requires=["doc.ents"],
    assigns=["doc._.ni_places", "doc._.ni_toponyms", "doc._.ni_focus"],
)
def make_place_resolver(nlp: Language, name: str) -> PlaceResolver:
    return PlaceResolver()
