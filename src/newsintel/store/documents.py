"""Document queries: the list of documents with its filters, sort keys and per-document counts,
one document, the stored reports, and the near-duplicate groups. `Store` mixes
`DocumentQueries` in through `Queries`."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import Any

from sqlalchemy import ColumnElement, func, select

from newsintel.records import Report
from newsintel.store import schema as t
from newsintel.store.filters import Page, PagedQueries, date_range, order_by

DOCUMENT_COLUMNS = (
    t.documents.c.id,
    t.documents.c.title,
    t.documents.c.published,
    t.documents.c.url,
    t.documents.c.publisher,
    t.documents.c.source,
    t.documents.c.n_words,
    t.documents.c.dup_group,
    t.documents.c.added_at,
)


def document_conditions(
    *,
    since: str | None = None,
    until: str | None = None,
    actor: str | None = None,
    publisher: str | None = None,
    dup_group: str | None = None,
    unique: bool = False,
    has_events: bool | None = None,
) -> list[ColumnElement[bool]]:
    """The WHERE terms of `list_documents`' filters (search_documents takes the same)."""
    d = t.documents.c
    where = date_range(d.published, since, until)
    if actor:
        where.append(d.id.in_(select(t.actors.c.document_id).where(t.actors.c.actor_id == actor)))
    if publisher:
        where.append(d.publisher == publisher)
    if dup_group:
        where.append(d.dup_group == dup_group)
    if unique:
        where.append(d.id == d.dup_group)
    if has_events is not None:
        with_events = d.id.in_(select(t.events.c.document_id))
        where.append(with_events if has_events else ~with_events)
    return where


def lead_column() -> Any:
    """The first 160 characters of the text, as `lead` (what stands for an untitled document)."""
    return func.substr(t.documents.c.text, 1, 160).label("lead")


def _count_of(table: Any, *where: Any) -> Any:
    return select(func.count()).select_from(table).where(*where).scalar_subquery()


def document_counts() -> dict[str, Any]:
    """Per-document counts as correlated subqueries (each one index lookup on document_id)."""
    d = t.documents.c
    return {
        "n_events": _count_of(t.events, t.events.c.document_id == d.id).label("n_events"),
        "n_attributions": _count_of(t.attributions, t.attributions.c.document_id == d.id).label("n_attributions"),
        "n_claims": _count_of(t.claims, t.claims.c.document_id == d.id).label("n_claims"),
    }


def _document_sorts() -> dict[str, Any]:
    d = t.documents.c
    counts = document_counts()
    return {
        "published": d.published,
        "title": func.coalesce(d.title, d.text),
        "publisher": d.publisher,
        "words": d.n_words,
        "id": d.id,
        "events": counts["n_events"],
        "quotes": counts["n_attributions"],
        "claims": counts["n_claims"],
    }


DOCUMENT_SORTS = ("published", "title", "publisher", "words", "id", "events", "quotes", "claims")


class DocumentQueries(PagedQueries):
    """Mixed into `Store` (through `Queries`), which provides `engine` and `load_report`."""

    load_report: Callable[[str], Report]

    def list_documents(
        self,
        *,
        since: str | None = None,
        until: str | None = None,
        actor: str | None = None,
        publisher: str | None = None,
        dup_group: str | None = None,
        unique: bool = False,
        has_events: bool | None = None,
        sort: str | None = None,
        counts: bool = False,
        limit: int = 50,
        offset: int = 0,
    ) -> Page:
        """Documents, newest first (by publication date, then id), or in `sort` order (see
        DOCUMENT_SORTS). `counts` adds each document's events, quotes (attributions) and claims
        and the first words of its text as `lead` (for documents without a title)."""
        d = t.documents.c
        where = document_conditions(
            since=since,
            until=until,
            actor=actor,
            publisher=publisher,
            dup_group=dup_group,
            unique=unique,
            has_events=has_events,
        )
        sorts = _document_sorts()
        columns = [*DOCUMENT_COLUMNS, *(document_counts().values() if counts or sort else ())]
        if counts or sort:
            columns.append(lead_column())
        query = (
            select(*columns)
            .where(*where)
            .order_by(
                *order_by(sorts, sort, [d.published.desc().nulls_last(), d.id]) if sort else (d.published.desc(), d.id)
            )
        )
        return self._page(query, limit=limit, offset=offset)

    def publishers(self) -> list[str]:
        """Every publisher named by a stored document, alphabetically."""
        d = t.documents.c
        with self.engine.connect() as conn:
            return list(
                conn.execute(
                    select(d.publisher).where(d.publisher.is_not(None)).distinct().order_by(d.publisher)
                ).scalars()
            )

    def get_document(self, document_id: str) -> dict[str, Any] | None:
        """One document with its text, or None."""
        with self.engine.connect() as conn:
            row = conn.execute(select(t.documents).where(t.documents.c.id == document_id)).first()
        return dict(row._mapping) if row else None

    def get_report(self, document_id: str) -> Report:
        return self.load_report(document_id)

    def iter_reports(
        self, *, since: str | None = None, until: str | None = None, unique: bool = False, batch: int = 200
    ) -> Iterator[Report]:
        """Every stored report (by id), streamed in batches so memory stays flat."""
        d = t.documents.c
        where = date_range(d.published, since, until)
        if unique:
            where.append(d.id == d.dup_group)
        last = ""
        while True:
            with self.engine.connect() as conn:
                ids = list(conn.execute(select(d.id).where(*where, d.id > last).order_by(d.id).limit(batch)).scalars())
            if not ids:
                return
            for document_id in ids:
                yield self.load_report(document_id)
            last = ids[-1]

    def duplicate_groups(self, *, min_size: int = 2, limit: int = 50, offset: int = 0) -> Page:
        """Near-duplicate groups with at least `min_size` documents, biggest first;
        each item: {"group", "size", "documents": [ids]}."""
        d = t.documents.c
        size = func.count().label("size")
        query = (
            select(d.dup_group.label("group"), size)
            .group_by(d.dup_group)
            .having(func.count() >= min_size)
            .order_by(size.desc(), d.dup_group)
        )
        page = self._page(query, limit=limit, offset=offset)
        groups = [item["group"] for item in page.items]
        if groups:
            with self.engine.connect() as conn:
                rows = conn.execute(select(d.dup_group, d.id).where(d.dup_group.in_(groups)).order_by(d.id))
                members: dict[str, list[str]] = {}
                for group, doc_id in rows:
                    members.setdefault(group, []).append(doc_id)
            for item in page.items:
                item["documents"] = members.get(item["group"], [])
        return page

    def dup_groups_of(self, document_ids: Sequence[str]) -> dict[str, str]:
        """document id -> near-duplicate group id, for the ids that are stored."""
        result: dict[str, str] = {}
        ids = list(document_ids)
        with self.engine.connect() as conn:
            for start in range(0, len(ids), 500):
                rows = conn.execute(
                    select(t.documents.c.id, t.documents.c.dup_group).where(
                        t.documents.c.id.in_(ids[start : start + 500])
                    )
                )
                result.update({row.id: row.dup_group for row in rows})
        return result
