"""spaCy Doc -> records.Report, in one place. Nothing downstream of here imports spaCy."""

from __future__ import annotations

from newsintel import records
from newsintel.nlp.extensions import get_list


def doc_to_report(doc, document: records.Document, *, model: str | None = None) -> records.Report:
    return records.Report(
        document=document,
        actors=[records.actor_from_dict(a) for a in get_list(doc, "ni_actors")],
        attributions=[records.attribution_from_dict(a) for a in get_list(doc, "ni_attributions")],
        events=[records.event_from_dict(e) for e in get_list(doc, "ni_events")],
        places=[records.place_from_dict(p) for p in get_list(doc, "ni_places")],
        dates=[records.date_from_dict(d) for d in get_list(doc, "ni_dates")],
        claims=[records.claim_from_dict(c) for c in get_list(doc, "ni_claims")],
        claim_relations=[records.relation_from_dict(r) for r in get_list(doc, "ni_claim_relations")],
        flags=[records.flag_from_dict(f) for f in get_list(doc, "ni_flags")],
        model=model,
    )
