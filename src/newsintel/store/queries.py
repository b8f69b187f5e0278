"""Read-only queries over the corpus store, for the CLI, the exporters and the web workbench.

Every list query takes keyword-only filters and `limit`/`offset`, and returns a `Page` of
plain dicts (JSON-ready). Dates are ISO strings; `since`/`until` are inclusive.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, and_, case, distinct, func, literal_column, or_, select, text

from newsintel.records import EVENT_MODES, Report
from newsintel.store import schema as t

MAX_LIMIT = 1000


@dataclass(slots=True)
class Page:
    items: list[dict[str, Any]]
    total: int
    limit: int
    offset: int

    def to_dict(self) -> dict[str, Any]:
        return {"items": self.items, "total": self.total, "limit": self.limit, "offset": self.offset}


@dataclass(frozen=True, slots=True)
class EventFilter:
    """Filters shared by event queries and exports."""

    since: str | None = None
    until: str | None = None
    actor: str | None = None  # actor id, as source or target
    country: str | None = None  # alpha-3: where it happened, or either actor's country
    code: str | None = None  # CAMEO code prefix: "19" matches 190-196
    modes: tuple[str, ...] = ()  # empty: every mode
    document: str | None = None
    unique: bool = False  # one copy per near-duplicate group

    def conditions(self) -> list:
        c = t.events.c
        where = []
        # A day known only to the year or month ("2023", "2023-05") is a range: it matches when
        # the range meets [since, until]. "2023~" sorts after every day of 2023 and "2023"
        # before them, so plain string comparisons do it on SQLite and PostgreSQL alike.
        if self.since:
            where.append(c.day.concat("~") >= self.since)
        if self.until:
            where.append(c.day <= self.until)
        if self.actor:
            where.append(or_(c.source_actor == self.actor, c.target_actor == self.actor))
        if self.country:
            country = self.country.upper()
            where.append(or_(c.place_country == country, c.source_country == country, c.target_country == country))
        if self.code:
            where.append(c.cameo.like(f"{self.code}%"))
        if self.modes:
            where.append(c.mode.in_(self.modes))
        if self.document:
            where.append(c.document_id == self.document)
        if self.unique:
            where.append(c.document_id.in_(_group_representatives()))
        return where


# Tables an export can write (the bookkeeping tables — signatures, LSH bands, runs, the JSON
# reports — are left out).
EXPORT_TABLES = ("documents", "actors", "mentions", "attributions", "events", "places", "dates",
                 "claims", "claim_relations", "flags", "errors")


def column_kind(column) -> str:
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


def _documents_matching(flt: EventFilter) -> Select | None:
    """Ids of the documents an export covers: published in [since, until], and having a
    matching event when an actor, country, code or mode filter is given. None: all."""
    d = t.documents.c
    where = _date_range(d.published, flt.since, flt.until)
    if flt.actor or flt.country or flt.code or flt.modes:
        event_filter = EventFilter(actor=flt.actor, country=flt.country, code=flt.code, modes=flt.modes)
        where.append(d.id.in_(select(t.events.c.document_id).where(*event_filter.conditions())))
    if flt.unique:
        where.append(d.id == d.dup_group)
    if flt.document:
        where.append(d.id == flt.document)
    return select(d.id).where(*where) if where else None


def _group_representatives() -> Select:
    """Ids of the documents that stand for their near-duplicate group (the group's namesake)."""
    return select(t.documents.c.id).where(t.documents.c.id == t.documents.c.dup_group)


def _limit(limit: int) -> int:
    return max(0, min(int(limit), MAX_LIMIT))


def _rows(result) -> list[dict[str, Any]]:
    return [dict(row._mapping) for row in result]


def _date_range(column, since: str | None, until: str | None) -> list:
    where = []
    if since:
        where.append(column >= since)
    if until:
        where.append(column <= until)
    return where


DOCUMENT_COLUMNS = (
    t.documents.c.id, t.documents.c.title, t.documents.c.published, t.documents.c.url,
    t.documents.c.publisher, t.documents.c.source, t.documents.c.n_words, t.documents.c.dup_group,
    t.documents.c.added_at,
)


class Queries:
    """Mixed into `Store`: needs `self.engine`."""

    engine: Any

    def _page(self, query: Select, *, limit: int, offset: int) -> Page:
        limit = _limit(limit)
        with self.engine.connect() as conn:
            total = conn.execute(select(func.count()).select_from(query.order_by(None).subquery())).scalar_one()
            items = _rows(conn.execute(query.limit(limit).offset(max(0, offset))))
        return Page(items, int(total), limit, max(0, offset))

    # ------------------------------------------------------------------ documents

    def list_documents(
        self, *, since: str | None = None, until: str | None = None, actor: str | None = None,
        publisher: str | None = None, dup_group: str | None = None, unique: bool = False,
        limit: int = 50, offset: int = 0,
    ) -> Page:
        """Documents, newest first (by publication date, then id)."""
        d = t.documents.c
        where = _date_range(d.published, since, until)
        if actor:
            where.append(d.id.in_(select(t.actors.c.document_id).where(t.actors.c.actor_id == actor)))
        if publisher:
            where.append(d.publisher == publisher)
        if dup_group:
            where.append(d.dup_group == dup_group)
        if unique:
            where.append(d.id == d.dup_group)
        query = select(*DOCUMENT_COLUMNS).where(*where).order_by(d.published.desc(), d.id)
        return self._page(query, limit=limit, offset=offset)

    def search_documents(self, query: str, *, limit: int = 50, offset: int = 0) -> Page:
        """Full-text search of titles and texts, best matches first; items carry a `snippet`.

        The same syntax on SQLite (FTS5) and PostgreSQL (tsvector): words are ANDed,
        "a phrase" in quotes, `a OR b`, `prefix*`. Other databases: a substring match.
        """
        query = query.strip()
        if not query:
            return Page([], 0, _limit(limit), offset)
        dialect = self.engine.dialect.name
        if dialect == "sqlite" and self._has_table("documents_fts"):
            return self._search_sqlite(query, limit=limit, offset=offset)
        if dialect == "postgresql":
            return self._search_postgres(query, limit=limit, offset=offset)
        pattern = f"%{query}%"
        where = or_(t.documents.c.text.ilike(pattern), t.documents.c.title.ilike(pattern))
        return self._page(select(*DOCUMENT_COLUMNS).where(where).order_by(t.documents.c.id), limit=limit, offset=offset)

    def _search_sqlite(self, query: str, *, limit: int, offset: int) -> Page:
        match = _fts5_query(query)
        fts = text(
            "SELECT document_id, snippet(documents_fts, 2, '[', ']', '…', 12) AS snippet, "
            "bm25(documents_fts) AS rank FROM documents_fts WHERE documents_fts MATCH :q"
        ).columns(literal_column("document_id"), literal_column("snippet"), literal_column("rank")).subquery("fts")
        base = (
            select(*DOCUMENT_COLUMNS, fts.c.snippet, fts.c.rank)
            .join(fts, fts.c.document_id == t.documents.c.id)
            .order_by(fts.c.rank, t.documents.c.id)
        )
        limit = _limit(limit)
        with self.engine.connect() as conn:
            total = conn.execute(
                text("SELECT count(*) FROM documents_fts WHERE documents_fts MATCH :q"), {"q": match}
            ).scalar_one()
            items = _rows(conn.execute(base.limit(limit).offset(offset), {"q": match}))
        return Page(items, int(total), limit, offset)

    def _search_postgres(self, query: str, *, limit: int, offset: int) -> Page:
        tsquery = func.to_tsquery("english", _tsquery(query))
        search = literal_column("documents.search")
        snippet = func.ts_headline(
            "english", t.documents.c.text, tsquery,
            "StartSel=[, StopSel=], MaxWords=25, MinWords=8",
        ).label("snippet")
        rank = func.ts_rank(search, tsquery).label("rank")
        base = (
            select(*DOCUMENT_COLUMNS, snippet, rank)
            .where(search.op("@@")(tsquery))
            .order_by(rank.desc(), t.documents.c.id)
        )
        return self._page(base, limit=limit, offset=offset)

    def _has_table(self, name: str) -> bool:
        from sqlalchemy import inspect

        return name in inspect(self.engine).get_table_names()

    def get_document(self, document_id: str) -> dict[str, Any] | None:
        """One document with its text, or None."""
        with self.engine.connect() as conn:
            row = conn.execute(select(t.documents).where(t.documents.c.id == document_id)).first()
        return dict(row._mapping) if row else None

    def get_report(self, document_id: str) -> Report:
        return self.load_report(document_id)  # type: ignore[attr-defined]

    def iter_reports(self, *, since: str | None = None, until: str | None = None,
                     unique: bool = False, batch: int = 200) -> Iterator[Report]:
        """Every stored report (by id), streamed in batches so memory stays flat."""
        d = t.documents.c
        where = _date_range(d.published, since, until)
        if unique:
            where.append(d.id == d.dup_group)
        last = ""
        while True:
            with self.engine.connect() as conn:
                ids = list(conn.execute(
                    select(d.id).where(*where, d.id > last).order_by(d.id).limit(batch)
                ).scalars())
            if not ids:
                return
            for document_id in ids:
                yield self.load_report(document_id)  # type: ignore[attr-defined]
            last = ids[-1]

    # ------------------------------------------------------------------ actors

    def list_actors(
        self, *, since: str | None = None, until: str | None = None, country: str | None = None,
        type: str | None = None, name: str | None = None, include_local: bool = False,
        limit: int = 50, offset: int = 0,
    ) -> Page:
        """Actors with the number of documents and mentions, most documents first."""
        a = t.actors.c
        where = _date_range(t.documents.c.published, since, until)
        if country:
            where.append(a.country == country.upper())
        if type:
            where.append(a.type == type)
        if name:
            where.append(a.name.ilike(f"%{name}%"))
        if not include_local:
            where.append(a.local.is_(False))
        query = (
            select(
                a.actor_id, func.max(a.name).label("name"), func.max(a.type).label("type"),
                func.max(a.country).label("country"), func.max(a.cameo).label("cameo"),
                func.count(distinct(a.document_id)).label("documents"),
                func.sum(a.n_mentions).label("mentions"),
            )
            .join(t.documents, t.documents.c.id == a.document_id)
            .where(*where)
            .group_by(a.actor_id)
            .order_by(func.count(distinct(a.document_id)).desc(), a.actor_id)
        )
        return self._page(query, limit=limit, offset=offset)

    # ------------------------------------------------------------------ events

    def list_events(
        self, *, since: str | None = None, until: str | None = None, actor: str | None = None,
        country: str | None = None, code: str | None = None, mode: str | Sequence[str] | None = None,
        document: str | None = None, unique: bool = False, limit: int = 50, offset: int = 0,
    ) -> Page:
        """Events, by day then id; `code` is a CAMEO prefix, `mode` one mode or several."""
        modes = (mode,) if isinstance(mode, str) else tuple(mode or ())
        unknown = [m for m in modes if m not in EVENT_MODES]
        if unknown:
            from newsintel.errors import ConfigError

            raise ConfigError(f"unknown event mode(s) {', '.join(unknown)}; known: {', '.join(EVENT_MODES)}")
        flt = EventFilter(since=since, until=until, actor=actor, country=country, code=code,
                          modes=modes, document=document, unique=unique)
        query = select(t.events).where(*flt.conditions()).order_by(t.events.c.day, t.events.c.pk)
        return self._page(query, limit=limit, offset=offset)

    def iter_events(self, flt: EventFilter = EventFilter(), *, batch: int = 1000) -> Iterator[dict[str, Any]]:
        """Every event matching `flt`, joined with its document's url, published date and
        added time, streamed by primary key (for exports)."""
        last = 0
        columns = (*t.events.c, t.documents.c.url, t.documents.c.published, t.documents.c.added_at,
                   t.documents.c.publisher, t.documents.c.source.label("document_source"))
        while True:
            query = (
                select(*columns)
                .join(t.documents, t.documents.c.id == t.events.c.document_id)
                .where(*flt.conditions(), t.events.c.pk > last)
                .order_by(t.events.c.pk).limit(batch)
            )
            with self.engine.connect() as conn:
                rows = _rows(conn.execute(query))
            if not rows:
                return
            yield from rows
            last = rows[-1]["pk"]

    # ------------------------------------------------------------------ exports

    def iter_table(self, name: str, flt: EventFilter = EventFilter(), *, batch: int = 2000) -> Iterator[list[dict[str, Any]]]:
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
                rows = _rows(conn.execute(query))
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
            select(e.source_actor.label("source"), e.target_actor.label("target"), func.count().label("events"),
                   func.avg(e.goldstein).label("goldstein_mean"), *quads)
            .where(*conditions).group_by(e.source_actor, e.target_actor).order_by(e.source_actor, e.target_actor)
        )
        r = t.claim_relations.c
        source, target = t.claims.alias("source"), t.claims.alias("target")
        selection = _documents_matching(flt)
        disputes_query = (
            select(source.c.speaker.label("source"), target.c.speaker.label("target"), func.count().label("disputes"))
            .select_from(t.claim_relations)
            .join(source, and_(source.c.document_id == r.document_id, source.c.claim_id == r.source_claim))
            .join(target, and_(target.c.document_id == r.document_id, target.c.claim_id == r.target_claim))
            .where(r.relation.in_(("contradicts", "denies")), source.c.speaker.is_not(None),
                   target.c.speaker.is_not(None), source.c.speaker != target.c.speaker,
                   *([] if selection is None else [r.document_id.in_(selection)]))
            .group_by(source.c.speaker, target.c.speaker).order_by(source.c.speaker, target.c.speaker)
        )
        a = t.actors.c
        actors_query = (
            select(a.actor_id, func.max(a.name).label("name"), func.max(a.type).label("type"),
                   func.max(a.country).label("country"), func.max(a.cameo).label("cameo"),
                   func.count(distinct(a.document_id)).label("documents"))
            .where(*([] if selection is None else [a.document_id.in_(selection)]))
            .group_by(a.actor_id).order_by(a.actor_id)
        )
        with self.engine.connect() as conn:
            return {
                "actors": _rows(conn.execute(actors_query)),
                "events": _rows(conn.execute(events_query)),
                "disputes": _rows(conn.execute(disputes_query)),
            }

    def iter_report_dicts(self, flt: EventFilter = EventFilter(), *, batch: int = 200) -> Iterator[dict[str, Any]]:
        """The stored report JSON of every document `flt` covers (by id), with the document
        text, source and near-duplicate group added."""
        for rows in self.iter_table("documents", flt, batch=batch):
            ids = [row["id"] for row in rows]
            with self.engine.connect() as conn:
                reports = dict(conn.execute(
                    select(t.reports.c.document_id, t.reports.c.report).where(t.reports.c.document_id.in_(ids))
                ).all())
            for row in rows:
                data = json.loads(reports[row["id"]])
                data["document"]["text"] = row["text"]
                data["document"]["source"] = row["source"]
                data["document"]["dup_group"] = row["dup_group"]
                yield data

    # ------------------------------------------------------------------ claims

    def list_claims(
        self, *, speaker: str | None = None, document: str | None = None, stance: str | None = None,
        text_contains: str | None = None, since: str | None = None, until: str | None = None,
        limit: int = 50, offset: int = 0,
    ) -> Page:
        """Claims with their document's date and near-duplicate group."""
        c = t.claims.c
        where = _date_range(t.documents.c.published, since, until)
        if speaker:
            where.append(c.speaker == speaker)
        if document:
            where.append(c.document_id == document)
        if stance:
            where.append(c.stance == stance)
        if text_contains:
            where.append(c.text.ilike(f"%{text_contains}%"))
        query = (
            select(t.claims, t.documents.c.published, t.documents.c.dup_group)
            .join(t.documents, t.documents.c.id == c.document_id)
            .where(*where).order_by(t.documents.c.published.desc(), c.pk)
        )
        return self._page(query, limit=limit, offset=offset)

    def list_relations(
        self, *, relation: str | None = None, document: str | None = None, limit: int = 50, offset: int = 0,
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
                r.pk, r.document_id, r.source_claim, r.target_claim, r.relation, r.confidence, r.rule,
                r.evidence, source.c.text.label("source_text"), source.c.speaker.label("source_speaker"),
                target.c.text.label("target_text"), target.c.speaker.label("target_speaker"),
            )
            .outerjoin(source, and_(source.c.document_id == r.document_id, source.c.claim_id == r.source_claim))
            .outerjoin(target, and_(target.c.document_id == r.document_id, target.c.claim_id == r.target_claim))
            .where(*where).order_by(r.pk)
        )
        return self._page(query, limit=limit, offset=offset)

    # ------------------------------------------------------------------ sourcing

    def sourcing_counts(
        self, *, since: str | None = None, until: str | None = None, document: str | None = None,
        publisher: str | None = None, unique: bool = False,
    ) -> dict[str, int]:
        """The documents' `Report.sourcing` counts summed (attributions by kind of speaker and
        of quote, second-hand ones, claims by what they rest on), plus `documents`, the number
        of documents counted. `unique` counts one document per near-duplicate group."""
        d = t.documents.c
        where = _date_range(d.published, since, until)
        if document:
            where.append(d.id == document)
        if publisher:
            where.append(d.publisher == publisher)
        if unique:
            where.append(d.id == d.dup_group)
        from newsintel.records import ATTRIBUTION_KINDS, SPEAKER_KINDS

        counts: dict[str, int] = {key: 0 for key in (*SPEAKER_KINDS, *ATTRIBUTION_KINDS, "second_hand")}
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

    def get_actor(self, actor_id: str) -> dict[str, Any] | None:
        """One actor with its counts of documents, mentions, events (as source or target) and
        claims (as speaker); None when no stored document mentions it."""
        a = t.actors.c
        with self.engine.connect() as conn:
            row = conn.execute(
                select(a.actor_id, func.max(a.name).label("name"), func.max(a.type).label("type"),
                       func.max(a.country).label("country"), func.max(a.cameo).label("cameo"),
                       func.max(a.parent).label("parent"), func.count(distinct(a.document_id)).label("documents"),
                       func.sum(a.n_mentions).label("mentions"))
                .where(a.actor_id == actor_id).group_by(a.actor_id)
            ).first()
            if row is None:
                return None
            actor = dict(row._mapping)
            actor["events"] = int(conn.execute(select(func.count()).select_from(t.events).where(
                or_(t.events.c.source_actor == actor_id, t.events.c.target_actor == actor_id))).scalar_one())
            actor["claims"] = int(conn.execute(
                select(func.count()).select_from(t.claims).where(t.claims.c.speaker == actor_id)).scalar_one())
        return actor

    def actor_activity(self, actor_ids: Sequence[str]) -> dict[str, dict[str, int]]:
        """{actor id: {"events": as source or target, "claims": as speaker}} for many actors in
        three grouped queries (a list page must not ask once per actor)."""
        ids = list(dict.fromkeys(actor_ids))
        activity = {actor_id: {"events": 0, "claims": 0} for actor_id in ids}
        if not ids:
            return activity
        e, c = t.events.c, t.claims.c
        with self.engine.connect() as conn:
            as_source = select(e.source_actor, func.count()).where(e.source_actor.in_(ids)).group_by(e.source_actor)
            # an event with the actor on both sides counts once, as in get_actor
            as_target = (select(e.target_actor, func.count())
                         .where(e.target_actor.in_(ids), or_(e.source_actor.is_(None), e.source_actor != e.target_actor))
                         .group_by(e.target_actor))
            for query in (as_source, as_target):
                for actor_id, n in conn.execute(query):
                    activity[actor_id]["events"] += int(n)
            for actor_id, n in conn.execute(select(c.speaker, func.count()).where(c.speaker.in_(ids)).group_by(c.speaker)):
                activity[actor_id]["claims"] = int(n)
        return activity

    # ------------------------------------------------------------------ bookkeeping

    def list_errors(self, *, run_id: int | None = None, limit: int = 50, offset: int = 0) -> Page:
        where = [t.errors.c.run_id == run_id] if run_id is not None else []
        return self._page(select(t.errors).where(*where).order_by(t.errors.c.pk), limit=limit, offset=offset)

    def list_runs(self, *, limit: int = 50, offset: int = 0) -> Page:
        query = select(t.runs).order_by(t.runs.c.id.desc())
        page = self._page(query, limit=limit, offset=offset)
        for item in page.items:
            item["arguments"] = json.loads(item["arguments"] or "{}")
        return page

    def duplicate_groups(self, *, min_size: int = 2, limit: int = 50, offset: int = 0) -> Page:
        """Near-duplicate groups with at least `min_size` documents, biggest first;
        each item: {"group", "size", "documents": [ids]}."""
        d = t.documents.c
        size = func.count().label("size")
        query = (
            select(d.dup_group.label("group"), size).group_by(d.dup_group)
            .having(func.count() >= min_size).order_by(size.desc(), d.dup_group)
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
                    select(t.documents.c.id, t.documents.c.dup_group).where(t.documents.c.id.in_(ids[start:start + 500]))
                )
                result.update({row.id: row.dup_group for row in rows})
        return result

    def stats(self) -> dict[str, int]:
        """Row counts of the main tables, plus the number of near-duplicate groups."""
        counts = {}
        with self.engine.connect() as conn:
            for table in (t.documents, t.actors, t.attributions, t.events, t.places, t.claims,
                          t.claim_relations, t.errors, t.runs):
                counts[table.name] = int(conn.execute(select(func.count()).select_from(table)).scalar_one())
            counts["dup_groups"] = int(conn.execute(select(func.count(distinct(t.documents.c.dup_group)))).scalar_one())
            counts["duplicates"] = int(conn.execute(
                select(func.sum(case((t.documents.c.id != t.documents.c.dup_group, 1), else_=0)))
            ).scalar_one() or 0)
        return counts


def _terms(query: str) -> list[str]:
    import shlex

    try:
        return shlex.split(query)
    except ValueError:  # an unbalanced quote
        return query.replace('"', " ").split()


def _tsquery(query: str) -> str:
    """User words as a PostgreSQL to_tsquery string, with the FTS5 conventions above."""
    import re

    parts: list[str] = []
    for term in _terms(query):
        if term.upper() == "OR" and parts:
            parts.append("|")
            continue
        words = re.findall(r"\w+", term)
        if not words:
            continue
        if parts and parts[-1] != "|":
            parts.append("&")
        if len(words) > 1:
            parts.append("(" + " <-> ".join(words) + ")")
        else:
            parts.append(words[0] + (":*" if term.endswith("*") else ""))
    while parts and parts[-1] in ("|", "&"):
        parts.pop()
    return " ".join(parts) or "''"


def _fts5_query(query: str) -> str:
    """User words as an FTS5 query: quoted terms ANDed, so punctuation never breaks the syntax;
    a trailing * keeps prefix search; quoted phrases stay phrases."""
    parts = []
    for term in _terms(query):
        if term.upper() in ("OR", "AND", "NOT"):
            parts.append(term.upper())
            continue
        prefix = term.endswith("*")
        term = term.rstrip("*").replace('"', '""')
        if term:
            parts.append(f'"{term}"' + ("*" if prefix else ""))
    return " ".join(parts) or '""'
