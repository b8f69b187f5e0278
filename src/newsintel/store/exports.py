"""Exports' queries over the corpus store: the tables an export can write, their columns and
kinds, rows in batches restricted by an `EventFilter`, the actor network, the stored reports.
`Store` mixes `ExportQueries` in beside `Queries`."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from sqlalchemy import Column, Select, and_, case, distinct, func, select

from newsintel.store import schema as t
from newsintel.store.actors import actor_fields
from newsintel.store.queries import EventFilter, date_range, dict_rows

# Tables an export can write (the bookkeeping tables — signatures, LSH bands, runs, the JSON
# reports — are left out).
EXPORT_TABLES = (
    "documents",
    "actors",
    "mentions",
    "attributions",
    "events",
    "places",
    "dates",
    "claims",
    "claim_relations",
    "flags",
    "errors",
)


def column_kind(column: Column[Any]) -> str:
    """'int', 'float', 'bool', 'bytes' or 'str': enough for exporters to type their columns."""
    from sqlalchemy import Boolean, Float, Integer, LargeBinary

    if isinstance(column.type, Boolean):
        return "bool"
    if isinstance(column.type, Integer):
        return "int"
    if isinstance(column.type, Float):
        return "float"
    if isinstance(column.type, LargeBinary):
        return "bytes"
    return "str"


def table_columns(name: str) -> list[tuple[str, str]]:
    """(column name, kind) of an exportable table, in order."""
    if name not in EXPORT_TABLES:
        raise ValueError(f"not an exportable table: {name}")
    return [(column.name, column_kind(column)) for column in t.metadata.tables[name].columns]


def _documents_matching(flt: EventFilter) -> Select[tuple[str]] | None:
    """Ids of the documents an export covers: published in [since, until], and having a
    matching event when an actor, country, code or mode filter is given. None: all."""
    d = t.documents.c
    where = date_range(d.published, flt.since, flt.until)
    if flt.actor or flt.country or flt.code or flt.modes:
        event_filter = EventFilter(actor=flt.actor, country=flt.country, code=flt.code, modes=flt.modes)
        where.append(d.id.in_(select(t.events.c.document_id).where(*event_filter.conditions())))
    if flt.unique:
        where.append(d.id == d.dup_group)
    if flt.document:
        where.append(d.id == flt.document)
    return select(d.id).where(*where) if where else None


class ExportQueries:
    """Mixed into `Store`, which provides `engine`."""

    engine: Any

    def iter_table(
        self, name: str, flt: EventFilter = EventFilter(), *, batch: int = 2000
    ) -> Iterator[list[dict[str, Any]]]:
        """Rows of an exportable table, in batches, restricted by `flt`: events by their own
        filters, documents and the other item tables to the documents `flt` covers."""
        table_columns(name)  # validates the name
        table = t.metadata.tables[name]
        if name == "events":
            where = flt.conditions()
        else:
            selection = _documents_matching(flt)
            column = table.c.id if name == "documents" else table.c.document_id
            where = [] if selection is None else [column.in_(selection)]
        order = table.c.id if name == "documents" else table.c.pk
        last = None
        while True:
            query = select(table).where(*where).order_by(order).limit(batch)
            if last is not None:
                query = query.where(order > last)
            with self.engine.connect() as conn:
                rows = dict_rows(conn.execute(query))
            if not rows:
                return
            yield rows
            last = rows[-1][order.name]

    def actor_network(self, flt: EventFilter = EventFilter()) -> dict[str, list[dict[str, Any]]]:
        """The actor network of the documents/events `flt` covers:
        {"actors": [{actor_id, name, type, country, cameo, documents}],
         "events": [{source, target, events, goldstein_mean, quad1..quad4}],
         "disputes": [{source, target, disputes}]} — disputes are claim relations
        (contradicts/denies) between claims of two known speakers."""
        e = t.events.c
        conditions = [*flt.conditions(), e.source_actor.is_not(None), e.target_actor.is_not(None)]
        quads = [func.sum(case((e.quad_class == q, 1), else_=0)).label(f"quad{q}") for q in (1, 2, 3, 4)]
        events_query = (
            select(
                e.source_actor.label("source"),
                e.target_actor.label("target"),
                func.count().label("events"),
                func.avg(e.goldstein).label("goldstein_mean"),
                *quads,
            )
            .where(*conditions)
            .group_by(e.source_actor, e.target_actor)
            .order_by(e.source_actor, e.target_actor)
        )
        r = t.claim_relations.c
        source, target = t.claims.alias("source"), t.claims.alias("target")
        selection = _documents_matching(flt)
        disputes_query = (
            select(source.c.speaker.label("source"), target.c.speaker.label("target"), func.count().label("disputes"))
            .select_from(t.claim_relations)
            .join(source, and_(source.c.document_id == r.document_id, source.c.claim_id == r.source_claim))
            .join(target, and_(target.c.document_id == r.document_id, target.c.claim_id == r.target_claim))
            .where(
                r.relation.in_(("contradicts", "denies")),
                source.c.speaker.is_not(None),
                target.c.speaker.is_not(None),
                source.c.speaker != target.c.speaker,
                *([] if selection is None else [r.document_id.in_(selection)]),
            )
            .group_by(source.c.speaker, target.c.speaker)
            .order_by(source.c.speaker, target.c.speaker)
        )
        a = t.actors.c
        actors_query = (
            select(
                *actor_fields(),
                func.count(distinct(a.document_id)).label("documents"),
            )
            .where(*([] if selection is None else [a.document_id.in_(selection)]))
            .group_by(a.actor_id)
            .order_by(a.actor_id)
        )
        with self.engine.connect() as conn:
            return {
                "actors": dict_rows(conn.execute(actors_query)),
                "events": dict_rows(conn.execute(events_query)),
                "disputes": dict_rows(conn.execute(disputes_query)),
            }

    def iter_report_dicts(self, flt: EventFilter = EventFilter(), *, batch: int = 200) -> Iterator[dict[str, Any]]:
        """The stored report JSON of every document `flt` covers (by id), with the document
        text, source and near-duplicate group added."""
        for rows in self.iter_table("documents", flt, batch=batch):
            ids = [row["id"] for row in rows]
            with self.engine.connect() as conn:
                reports = dict(
                    conn.execute(
                        select(t.reports.c.document_id, t.reports.c.report).where(t.reports.c.document_id.in_(ids))
                    ).all()
                )
            for row in rows:
                data = json.loads(reports[row["id"]])
                data["document"]["text"] = row["text"]
                data["document"]["source"] = row["source"]
                data["document"]["dup_group"] = row["dup_group"]
                yield data
