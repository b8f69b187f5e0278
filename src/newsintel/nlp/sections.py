"""Long documents: parsed in sections the model accepts, joined into one Doc with offsets intact.

spaCy's models refuse texts over `nlp.max_length` (1,000,000 characters) and their memory grows
with the length of the text parsed at once (a 990,000-character text took 3.4 GB). A document
longer than `SECTION_CHARS` is therefore cut into contiguous sections — after a paragraph break
where there is one, else after a sentence, else after a space — each parsed on its own by the
model's own components; the parsed sections are joined with `Doc.from_docs` (no separators
added, no tensors kept), so the joined Doc's text is the document's text character for
character and every offset the newsintel stages write indexes `Document.text` as usual. The
newsintel stages then run once over the joined Doc.
"""

from __future__ import annotations

import dataclasses
import re

from newsintel.records import Actor, Place, Report, Span

# About 8,000 words: longer than nearly every news article (which is then parsed whole, as
# before), short enough that parsing one section stays within the per-document memory bound
# measured by benchmarks/bench_long_documents.py.
SECTION_CHARS = 50_000

# Cut points, best first: a paragraph break, a line break, a sentence end, any space.
_CUTS = (
    re.compile(r"\n[ \t]*\n\s*"),
    re.compile(r"\n\s*"),
    re.compile(r"[.!?][\"'”’)\]]*\s+"),
    re.compile(r"\s+"),
)


def section_bounds(text: str, *, limit: int = SECTION_CHARS) -> list[tuple[int, int]]:
    """(start, end) of contiguous sections covering `text`, each at most `limit` characters.

    A section ends after the last paragraph break in its window (else line break, sentence end,
    space) that leaves it at least a quarter of `limit` long; text with no such place is cut at
    `limit` exactly.
    """
    if limit < 1:
        raise ValueError("limit must be positive")
    bounds: list[tuple[int, int]] = []
    start = 0
    while len(text) - start > limit:
        end = _cut(text, start, limit)
        bounds.append((start, end))
        start = end
    bounds.append((start, len(text)))
    return bounds


def _cut(text: str, start: int, limit: int) -> int:
    window = text[start : start + limit]
    floor = limit // 4
    for pattern in _CUTS:
        last = None
        for match in pattern.finditer(window, floor):
            if match.end() <= limit:
                last = match
        if last is not None:
            return start + last.end()
    return start + limit


def is_stage(name: str) -> bool:
    """True for newsintel's own components (run on the joined Doc), False for the model's."""
    return name.startswith("newsintel_")


def parse_in_sections(nlp, text: str, *, limit: int = SECTION_CHARS):
    """The model's own components run section by section; one Doc over the whole `text`."""
    from spacy.tokens import Doc

    model_components = [component for name, component in nlp.pipeline if not is_stage(name)]
    parsed = []
    for start, end in section_bounds(text, limit=limit):
        doc = nlp.make_doc(text[start:end])
        for component in model_components:
            doc = component(doc)
        doc.tensor = doc.tensor[:0].copy()  # a copy, not a view: the stages do not read it (384 bytes a token)
        parsed.append(doc)
    # `exclude` is in spaCy's Doc.from_docs since 3.4 but not in its type stub
    joined = Doc.from_docs(parsed, ensure_whitespace=False, exclude=["tensor", "user_data"])  # type: ignore[call-arg]
    if joined.text != text:  # a tokenizer that changes text would break every offset
        raise ValueError("the sections of a long document did not join back into its text")
    return joined


# Longer than this, a document is analysed in chapters: each chapter through the whole pipeline
# (parsed in sections as above), the chapters' reports merged. The Docs of one chapter are freed
# before the next is made, so memory no longer grows with the length of the document (a joined
# Doc of 5,000,000 characters held about 1 GB); context is cut only every CHAPTER_CHARS.
CHAPTER_CHARS = 500_000

_ID = re.compile(r"([a-z]+)(\d+)")
_NUMBERED = ("attributions", "events", "places", "dates", "claims")  # ids numbered per document


class ReportMerger:
    """Merges a document's chapter Reports one by one into `merged`, in place (records, not
    dicts: a 5,000,000-character document's merged report held as dicts took 250 MB): spans
    shifted by the chapter's offset, per-document ids renumbered (and every reference to them),
    actors merged by id and places by identity (the same town in two chapters is one place),
    each with all its mentions."""

    def __init__(self) -> None:
        self.merged: Report | None = None

    def add(self, offset: int, report: Report) -> None:
        renames, same_places = _renames(report, self.merged)
        _rewrite(report, offset, renames)
        if self.merged is None:
            self.merged = report
            return
        for known, place in same_places:
            known.mentions.extend(place.mentions)
        duplicates = {id(place) for _, place in same_places}
        report.places = [place for place in report.places if id(place) not in duplicates]
        for name in _LISTS:
            if name == "actors":
                _merge_actors(self.merged.actors, report.actors)
            else:
                getattr(self.merged, name).extend(getattr(report, name))


_LISTS = ("actors", *_NUMBERED, "claim_relations", "flags")


def merge_reports(chapters: list[tuple[int, Report]]) -> Report | None:
    """One Report from the Reports of a document's chapters, each given with the offset of its
    first character (see ReportMerger)."""
    merger = ReportMerger()
    for offset, report in chapters:
        merger.add(offset, report)
    return merger.merged


def _place_identity(place: Place) -> tuple:
    if place.geonameid is not None:
        return ("geonames", place.geonameid)
    return (place.name.casefold(), place.kind, place.country, place.lat, place.lon)


def _renames(report: Report, merged: Report | None) -> tuple[dict[str, str], list[tuple[Place, Place]]]:
    """Old id -> new id for the chapter's numbered items (after those merged so far), and the
    chapter's places that are a place already merged (which then keeps its id)."""
    renames: dict[str, str] = {}
    same_places: list[tuple[Place, Place]] = []
    if merged is None:
        return renames, same_places
    for key in _NUMBERED:
        known = getattr(merged, key)
        identities = {_place_identity(p): p for p in known} if key == "places" else {}
        number = max((int(m[2]) for item in known if (m := _ID.fullmatch(str(item.id)))), default=0)
        for item in getattr(report, key):
            old = str(item.id)
            same = identities.get(_place_identity(item)) if key == "places" else None
            if same is not None:
                renames[old], item.id = same.id, same.id
                same_places.append((same, item))
                continue
            number += 1
            match = _ID.fullmatch(old)
            renames[old] = item.id = f"{match[1]}{number}" if match else f"{old}.{number}"
    return renames, same_places


def _rewrite(value, offset: int, renames: dict[str, str], key: str | None = None):
    """`value` with spans shifted by `offset` and id references renamed; records are changed in
    place (ids themselves were renamed by _renames), lists and dicts rebuilt."""
    if isinstance(value, Span):
        return Span(value.start + offset, value.end + offset, value.text) if offset else value
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        for field in dataclasses.fields(value):
            if field.name == "id" or (key is None and field.name == "document"):
                continue
            old = getattr(value, field.name)
            new = _rewrite(old, offset, renames, field.name)
            if new is not old:
                setattr(value, field.name, new)
        return value
    if isinstance(value, list):
        return [_rewrite(v, offset, renames, key) for v in value]
    if isinstance(value, dict):
        return {k: _rewrite(v, offset, renames, k) for k, v in value.items()}
    if isinstance(value, str) and key != "text" and value in renames:
        return renames[value]
    return value


def _merge_actors(actors: list[Actor], more: list[Actor]) -> None:
    by_id = {actor.id: actor for actor in actors}
    for actor in more:
        known = by_id.get(actor.id)
        if known is None:
            actors.append(actor)
            by_id[actor.id] = actor
            continue
        known.mentions.extend(actor.mentions)
        known.roles.extend(role for role in actor.roles if role not in known.roles)
