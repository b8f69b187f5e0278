"""Cut a document's text into segments, each tagged with the annotations that cover it.

Shared by the HTML report and the web workbench; the caller escapes the text.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field

from newsintel.records import Report


@dataclass(slots=True)
class Mark:
    kind: str  # actor, place, date, quote, speaker, cue
    start: int
    end: int
    label: str  # shown on hover
    ref: str | None = None  # id of the item it belongs to


@dataclass(slots=True)
class Segment:
    text: str
    start: int
    marks: list[Mark] = field(default_factory=list)

    @property
    def classes(self) -> str:
        return " ".join(sorted({f"hl-{m.kind}" for m in self.marks}))

    @property
    def title(self) -> str:
        seen: list[str] = []
        for mark in self.marks:
            if mark.label not in seen:
                seen.append(mark.label)
        return "\n".join(seen)

    @property
    def refs(self) -> str:
        return " ".join(sorted({m.ref for m in self.marks if m.ref}))


def report_marks(report: Report) -> list[Mark]:
    marks: list[Mark] = []
    actor_names = {a.id: a.name for a in report.actors}
    for actor in report.actors:
        label = f"actor: {actor.name}" + (f" ({actor.cameo})" if actor.cameo else "")
        marks += [Mark("actor", m.start, m.end, label, actor.id) for m in actor.mentions]
    for place in report.places:
        where = f" {place.lat:.2f}, {place.lon:.2f}" if place.lat is not None else ""
        label = f"place: {place.name} ({place.kind}{', ' + place.country if place.country else ''}){where}"
        marks += [Mark("place", m.start, m.end, label, place.id) for m in place.mentions]
    for date in report.dates:
        marks.append(Mark("date", date.span.start, date.span.end, f"date: {date.value}", date.id))
    via = {a.id: a for a in report.attributions}
    for attribution in report.attributions:
        speaker = attribution.speaker
        who = speaker.text or "unknown"
        if speaker.actor:
            who += f" [{actor_names.get(speaker.actor, speaker.actor)}]"
        label = f"{attribution.kind} quote by {who} ({speaker.kind})"
        if attribution.via and attribution.via in via:
            label += f", via {via[attribution.via].speaker.text}"
        marks += [Mark("quote", c.start, c.end, label, attribution.id) for c in attribution.content]
        if speaker.span:
            marks.append(Mark("speaker", speaker.span.start, speaker.span.end, f"speaker: {who}", attribution.id))
        if attribution.cue:
            marks.append(
                Mark("cue", attribution.cue.start, attribution.cue.end, f"cue ({attribution.stance})", attribution.id)
            )
    return [m for m in marks if 0 <= m.start < m.end <= len(report.document.text)]


def segments(report: Report) -> list[Segment]:
    """The text cut at every mark boundary; each piece lists the marks covering it."""
    text = report.document.text
    marks = report_marks(report)
    cuts = sorted({0, len(text), *(m.start for m in marks), *(m.end for m in marks)})
    result = []
    for start, end in itertools.pairwise(cuts):
        covering = [m for m in marks if m.start <= start and m.end >= end]
        result.append(Segment(text[start:end], start, covering))
    return result
