"""Claim queries: claims and the relations between them, and the sourcing counts of the stored
reports (who speaks, how, and what claims rest on), summed over documents or per publisher.
`Store` mixes `ClaimQueries` in through `Queries`."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import and_, select

from newsintel.records import ATTRIBUTION_KINDS, SPEAKER_KINDS
from newsintel.store import schema as t
from newsintel.store.filters import Page, PagedQueries, date_range, like_pattern


class ClaimQueries(PagedQueries):
    """Mixed into `Store` (through `Queries`), which provides `engine`."""

    def list_claims(
        self,
        *,
        speaker: str | None = None,
        document: str | None = None,
        stance: str | None = None,
        text_contains: str | None = None,
        since: str | None = None,
        until: str | None = None,
        limit: int = 50,
        offset: int = 0,
    ) -> Page:
        """Claims with their document's date and near-duplicate group."""
        c = t.claims.c
        where = date_range(t.documents.c.published, since, until)
        if speaker:
            where.append(c.speaker == speaker)
        if document:
            where.append(c.document_id == document)
        if stance:
            where.append(c.stance == stance)
        if text_contains:
            where.append(c.text.ilike(like_pattern(text_contains), escape="\\"))
        query = (
            select(t.claims, t.documents.c.published, t.documents.c.dup_group)
            .join(t.documents, t.documents.c.id == c.document_id)
            .where(*where)
            .order_by(t.documents.c.published.desc(), c.pk)
        )
        return self._page(query, limit=limit, offset=offset)

    def list_relations(
        self,
        *,
        relation: str | None = None,
        document: str | None = None,
        limit: int = 50,
        offset: int = 0,
    ) -> Page:
        """Claim relations with the texts and speakers of both claims."""
        r = t.claim_relations.c
        source = t.claims.alias("source")
        target = t.claims.alias("target")
        where = []
        if relation:
            where.append(r.relation == relation)
        if document:
            where.append(r.document_id == document)
        query = (
            select(
                r.pk,
                r.document_id,
                r.source_claim,
                r.target_claim,
                r.relation,
                r.confidence,
                r.rule,
                r.evidence,
                source.c.text.label("source_text"),
                source.c.speaker.label("source_speaker"),
                target.c.text.label("target_text"),
                target.c.speaker.label("target_speaker"),
            )
            .outerjoin(source, and_(source.c.document_id == r.document_id, source.c.claim_id == r.source_claim))
            .outerjoin(target, and_(target.c.document_id == r.document_id, target.c.claim_id == r.target_claim))
            .where(*where)
            .order_by(r.pk)
        )
        return self._page(query, limit=limit, offset=offset)

    # ------------------------------------------------------------------ sourcing

    def sourcing_counts(
        self,
        *,
        since: str | None = None,
        until: str | None = None,
        document: str | None = None,
        publisher: str | None = None,
        unique: bool = False,
    ) -> dict[str, int]:
        """The documents' `Report.sourcing` counts summed (attributions by kind of speaker and
        of quote, second-hand ones, claims by what they rest on), plus `documents`, the number
        of documents counted. `unique` counts one document per near-duplicate group."""
        d = t.documents.c
        where = date_range(d.published, since, until)
        if document:
            where.append(d.id == document)
        if publisher:
            where.append(d.publisher == publisher)
        if unique:
            where.append(d.id == d.dup_group)
        counts: dict[str, int] = dict.fromkeys((*SPEAKER_KINDS, *ATTRIBUTION_KINDS, "second_hand"), 0)
        documents = 0
        with self.engine.connect() as conn:
            rows = conn.execution_options(yield_per=1000).execute(select(d.sourcing).where(*where))
            for (sourcing,) in rows:
                documents += 1
                for key, value in json.loads(sourcing or "{}").items():
                    if isinstance(value, int):
                        counts[key] = counts.get(key, 0) + value
        counts["documents"] = documents
        return counts

    def sourcing_by_publisher(self) -> list[dict[str, Any]]:
        """`sourcing_counts` per publisher (documents without one under None), most documents first."""
        d = t.documents.c
        totals: dict[str | None, dict[str, int]] = {}
        with self.engine.connect() as conn:
            for publisher, sourcing in conn.execution_options(yield_per=1000).execute(select(d.publisher, d.sourcing)):
                counts = totals.setdefault(publisher, {"documents": 0})
                counts["documents"] += 1
                for key, value in json.loads(sourcing or "{}").items():
                    if isinstance(value, int):
                        counts[key] = counts.get(key, 0) + value
        rows = [{"publisher": publisher, **counts} for publisher, counts in totals.items()]
        return sorted(rows, key=lambda row: (-row["documents"], row["publisher"] or ""))
