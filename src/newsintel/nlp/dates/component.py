"""The `newsintel_dates` stage: date expressions resolved against the publication date.

Spans are the NER's DATE entities plus what it misses (weekdays, "yesterday", "last week",
years after a preposition), each resolved by `resolve.resolve` to an ISO value and period,
with the relation its governing preposition gives ("since August 2021": since, 2021-08).
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Span

from newsintel import records
from newsintel.nlp import annotations as doc_annotations
from newsintel.nlp.component import Stage
from newsintel.nlp.dates.resolve import lexicon, relation_of, resolve
from newsintel.nlp.extensions import get_list

DATE_LABELS = frozenset({"DATE"})
# Phrases the NER often leaves untagged; found by pattern, then resolved like the others.
_EXTRA = (
    r"\b(?:(?:last|this|next|this past) )?(?:{weekdays})\b(?: (?:morning|afternoon|evening|night))?",
    r"\b(?:yesterday|today|tomorrow|tonight|last night)\b",
    r"\b(?:(?:earlier|later|early|late) )?(?:last|this|next|past|previous) (?:week|month|year)\b",
    r"\b(?:(?:earlier|later|early|late) )?(?:(?:last|this|next|this past|past) |(?<=over )the )weekend\b",
    r"\b(?:(?:earlier|later|early|late) )?(?:last|this|next|this past|past) (?:spring|summer|autumn|fall|winter)\b",
    r"\b(?:in|since|until|by|before|after|during) (?P<year>(?:1[5-9]|20)\d\d)\b",
)


def _extra_pattern() -> re.Pattern:
    weekdays = "|".join(sorted((w.capitalize() for w in lexicon()["weekdays"] if len(w) > 3), key=len, reverse=True))
    return re.compile("|".join(p.replace("{weekdays}", weekdays) for p in _EXTRA), flags=re.I)


class DateResolver(Stage):
    name = "newsintel_dates"

    def __init__(self) -> None:
        super().__init__()
        self._pattern = _extra_pattern()

    def annotate(self, doc: Doc) -> None:
        published = doc_annotations.publication_date(doc)
        dates = get_list(doc, "ni_dates")
        dates.clear()
        text = doc.text  # spaCy rebuilds doc.text from every token on each access: read it once
        for span in self._spans(doc, text):
            relation, span = _relation_and_core(span)
            if not len(span):
                continue
            found = resolve(span.text, published)
            granularity = found.granularity if found else None
            record = records.DateMention(
                id=f"d{len(dates) + 1}",
                span=records.Span.of(text, span.start_char, span.end_char),
                value=found.value if found else None,
                start=found.start if found else None,
                end=None if relation == "since" or not found else found.end,
                granularity=granularity,
                relation=relation or _default_relation(granularity),
            )
            dates.append(records.to_plain(record))

    def _spans(self, doc: Doc, text: str) -> list[Span]:
        spans = [ent for ent in doc.ents if ent.label_ in DATE_LABELS]
        covered = {i for span in spans for i in range(span.start, span.end)}
        for match in self._pattern.finditer(text):
            begin, end = match.span("year") if match.group("year") else match.span()
            span = doc.char_span(begin, end, alignment_mode="expand")
            if span is None or any(i in covered for i in range(span.start, span.end)):
                continue
            if span[0].ent_type_ and span[0].ent_type_ not in DATE_LABELS:
                continue  # part of a name ("Tuesday Group", "Sunday Times")
            spans.append(span)
            covered.update(range(span.start, span.end))
        return sorted(spans, key=lambda s: s.start)


def _relation_and_core(span: Span) -> tuple[str | None, Span]:
    """The governing preposition's relation, and the span without a leading preposition."""
    doc = span.doc
    start = span.start
    relation = None
    while start < span.end and relation_of(doc[start].lower_) and doc[start].pos_ in ("ADP", "SCONJ"):
        relation = relation_of(doc[start].lower_)
        start += 1
    if relation is None and span.start > 0:
        before = doc[span.start - 1]
        if before.pos_ in ("ADP", "SCONJ"):
            relation = relation_of(before.lower_)
    return relation, doc[start : span.end]


def _default_relation(granularity: str | None) -> str | None:
    if granularity == "day":
        return "on"
    if granularity in ("weekend", "week", "month", "season", "year", "decade"):
        return "during"
    return None


@Language.factory(
    "newsintel_dates",
    default_config={},
    requires=["doc.ents"],
    assigns=["doc._.ni_dates"],
)
def make_date_resolver(nlp: Language, name: str) -> DateResolver:
    return DateResolver()
