"""Read-only queries over the corpus store, for the CLI, the exporters and the web workbench.

Every list query takes keyword-only filters and `limit`/`offset`, and returns a `Page` of
plain dicts (JSON-ready). Dates are ISO strings; `since`/`until` are inclusive.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Result,
    Select,
    and_,
    case,
    distinct,
    func,
    literal_column,
    or_,
    select,
    text,
)

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
    plover: str | None = None  # PLOVER event type, exact
    acled_type: str | None = None  # ACLED event type (column `acled_event_type`, when the schema has it)
    place_country: str | None = None  # alpha-3: where it happened (the map's count)

    def conditions(self) -> list[ColumnElement[bool]]:
        c = t.events.c
        where = self._type_conditions()
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
        if self.place_country:
            where.append(c.place_country == self.place_country.upper())
        return where

    def _type_conditions(self) -> list[ColumnElement[bool]]:
        c = t.events.c
        where = []
        if self.plover:
            where.append(c.plover == self.plover)
        if self.acled_type:
            acled = c.get("acled_event_type")
            # a schema without ACLED types has no event of that type
            where.append(acled == self.acled_type if acled is not None else literal_column("1") == 0)
        return where


def has_event_column(name: str) -> bool:
    """Whether stored events have the column `name` (fields added by later schema versions)."""
    return name in t.events.c


def event_column_names() -> list[str]:
    return [column.name for column in t.events.columns]


def like_pattern(value: str) -> str:
    """`%value%` with LIKE's own wildcards escaped (use with escape="\\"), so `%` matches a `%`."""
    escaped = value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def order_by(columns: dict[str, Any], sort: str | None, default: list[Any]) -> list[Any]:
    """ORDER BY terms for `sort` ("name" ascending, "-name" descending) over the allowed
    `columns`, then `default` as the tie-breaker. Unknown names raise ValueError."""
    if not sort:
        return default
    descending = sort.startswith("-")
    key = sort.lstrip("-")
    if key not in columns:
        raise ValueError(f"cannot sort by {key!r}; choose one of {', '.join(sorted(columns))}")
    column = columns[key]
    return [column.desc().nulls_last() if descending else column.asc().nulls_last(), *default]


def _group_representatives() -> Select[tuple[str]]:
    """Ids of the documents that stand for their near-duplicate group (the group's namesake)."""
    return select(t.documents.c.id).where(t.documents.c.id == t.documents.c.dup_group)


def _limit(limit: int) -> int:
    return max(0, min(int(limit), MAX_LIMIT))


def dict_rows(result: Result[Any]) -> list[dict[str, Any]]:
    return [dict(row._mapping) for row in result]


def date_range(column: Any, since: str | None, until: str | None) -> list[ColumnElement[bool]]:
    where = []
    if since:
        where.append(column >= since)
    if until:
        where.append(column <= until)
    return where


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


def _document_conditions(
    *,
    since: str | None = None,
    until: str | None = None,
    actor: str | None = None,
    publisher: str | None = None,
    dup_group: str | None = None,
    unique: bool = False,
    has_events: bool | None = None,
) -> list[ColumnElement[bool]]:
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


def _lead() -> Any:
    return func.substr(t.documents.c.text, 1, 160).label("lead")


def _count_of(table: Any, *where: Any) -> Any:
    return select(func.count()).select_from(table).where(*where).scalar_subquery()


def _document_counts() -> dict[str, Any]:
    """Per-document counts as correlated subqueries (each one index lookup on document_id)."""
    d = t.documents.c
    return {
        "n_events": _count_of(t.events, t.events.c.document_id == d.id).label("n_events"),
        "n_attributions": _count_of(t.attributions, t.attributions.c.document_id == d.id).label("n_attributions"),
        "n_claims": _count_of(t.claims, t.claims.c.document_id == d.id).label("n_claims"),
    }


def _document_sorts() -> dict[str, Any]:
    d = t.documents.c
    counts = _document_counts()
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
ACTOR_SORTS = ("name", "type", "country", "documents", "mentions")


class Queries:
    """Mixed into `Store`: needs `self.engine`."""

    engine: Any

    def _page(self, query: Select[Any], *, limit: int, offset: int) -> Page:
        limit = _limit(limit)
        with self.engine.connect() as conn:
            total = conn.execute(select(func.count()).select_from(query.order_by(None).subquery())).scalar_one()
            items = dict_rows(conn.execute(query.limit(limit).offset(max(0, offset))))
        return Page(items, int(total), limit, max(0, offset))

    # ------------------------------------------------------------------ documents

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
        where = _document_conditions(
            since=since,
            until=until,
            actor=actor,
            publisher=publisher,
            dup_group=dup_group,
            unique=unique,
            has_events=has_events,
        )
        sorts = _document_sorts()
        columns = [*DOCUMENT_COLUMNS, *(_document_counts().values() if counts or sort else ())]
        if counts or sort:
            columns.append(_lead())
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

    def search_documents(self, query: str, *, limit: int = 50, offset: int = 0, **filters: Any) -> Page:
        """Full-text search of titles and texts, best matches first; items carry a `snippet`.

        Any text is a search, never a syntax error, the same on SQLite (FTS5) and PostgreSQL
        (tsvector): words are ANDed (`and`, `or`, `not` are words like any other), "a phrase" in
        quotes stays a phrase, `a OR b` (upper case) finds either, a trailing `*` searches a
        prefix. Other databases: a substring match.
        `filters` are list_documents' (since, until, publisher, has_events, ...); items carry
        the counts of `list_documents(counts=True)`.
        """
        where = _document_conditions(**filters)
        query = query.strip()
        if not query:
            return Page([], 0, _limit(limit), offset)
        dialect = self.engine.dialect.name
        if dialect == "sqlite" and self._has_table("documents_fts"):
            return self._search_sqlite(query, where, limit=limit, offset=offset)
        if dialect == "postgresql":
            return self._search_postgres(query, where, limit=limit, offset=offset)
        pattern = like_pattern(query)
        where.append(
            or_(t.documents.c.text.ilike(pattern, escape="\\"), t.documents.c.title.ilike(pattern, escape="\\"))
        )
        columns = (*DOCUMENT_COLUMNS, *_document_counts().values(), _lead())
        return self._page(select(*columns).where(*where).order_by(t.documents.c.id), limit=limit, offset=offset)

    def _search_sqlite(self, query: str, where: list[ColumnElement[bool]], *, limit: int, offset: int) -> Page:
        match = _fts5_query(query)
        fts = (
            text(
                "SELECT document_id, snippet(documents_fts, 2, '[', ']', '…', 12) AS snippet, "
                "bm25(documents_fts) AS rank FROM documents_fts WHERE documents_fts MATCH :q"
            )
            .columns(literal_column("document_id"), literal_column("snippet"), literal_column("rank"))
            .subquery("fts")
        )
        base = (
            select(*DOCUMENT_COLUMNS, *_document_counts().values(), _lead(), fts.c.snippet, fts.c.rank)
            .join(fts, fts.c.document_id == t.documents.c.id)
            .where(*where)
            .order_by(fts.c.rank, t.documents.c.id)
        )
        limit = _limit(limit)
        with self.engine.connect() as conn:
            total = conn.execute(
                select(func.count()).select_from(
                    select(t.documents.c.id).join(fts, fts.c.document_id == t.documents.c.id).where(*where).subquery()
                ),
                {"q": match},
            ).scalar_one()
            items = dict_rows(conn.execute(base.limit(limit).offset(offset), {"q": match}))
        return Page(items, int(total), limit, offset)

    def _search_postgres(self, query: str, where: list[ColumnElement[bool]], *, limit: int, offset: int) -> Page:
        tsquery = func.to_tsquery("english", _tsquery(query))
        search: Any = literal_column("documents.search")
        snippet = func.ts_headline(
            "english",
            t.documents.c.text,
            tsquery,
            "StartSel=[, StopSel=], MaxWords=25, MinWords=8",
        ).label("snippet")
        rank = func.ts_rank(search, tsquery).label("rank")
        base = (
            select(*DOCUMENT_COLUMNS, *_document_counts().values(), _lead(), snippet, rank)
            .where(search.op("@@")(tsquery), *where)
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
        # Store mixes these queries in and defines load_report
        report: Report = self.load_report(document_id)  # type: ignore[attr-defined]
        return report

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
                yield self.load_report(document_id)  # type: ignore[attr-defined]
            last = ids[-1]

    # ------------------------------------------------------------------ actors

    def list_actors(
        self,
        *,
        since: str | None = None,
        until: str | None = None,
        country: str | None = None,
        type: str | None = None,
        name: str | None = None,
        include_local: bool = False,
        sort: str | None = None,
        limit: int = 50,
        offset: int = 0,
    ) -> Page:
        """Actors with the number of documents and mentions, most documents first (or in
        `sort` order, see ACTOR_SORTS); `name` matches any part of the name, literally."""
        a = t.actors.c
        where = date_range(t.documents.c.published, since, until)
        if country:
            where.append(a.country == country.upper())
        if type:
            where.append(a.type == type)
        if name:
            where.append(a.name.ilike(like_pattern(name), escape="\\"))
        if not include_local:
            where.append(a.local.is_(False))
        query = (
            select(
                a.actor_id,
                func.max(a.name).label("name"),
                func.max(a.type).label("type"),
                func.max(a.country).label("country"),
                func.max(a.cameo).label("cameo"),
                func.count(distinct(a.document_id)).label("documents"),
                func.sum(a.n_mentions).label("mentions"),
            )
            .where(*where)
            .group_by(a.actor_id)
        )
        if since or until:  # the documents table only for its dates
            query = query.join(t.documents, t.documents.c.id == a.document_id)
        documents = func.count(distinct(a.document_id))
        sorts = {
            "name": func.lower(func.max(a.name)),
            "type": func.max(a.type),
            "country": func.max(a.country),
            "documents": documents,
            "mentions": func.sum(a.n_mentions),
        }
        query = query.order_by(*order_by(sorts, sort, [a.actor_id]) if sort else (documents.desc(), a.actor_id))
        return self._page(query, limit=limit, offset=offset)

    def actor_types(self) -> list[str]:
        with self.engine.connect() as conn:
            return list(
                conn.execute(
                    select(t.actors.c.type).where(t.actors.c.type.is_not(None)).distinct().order_by(t.actors.c.type)
                ).scalars()
            )

    def actor_names(self, actor_ids: Sequence[str]) -> dict[str, str]:
        """{actor id: name} for the given ids (a page's worth), in one query per 500 ids."""
        ids = [i for i in dict.fromkeys(actor_ids) if i]
        names: dict[str, str] = {}
        a = t.actors.c
        with self.engine.connect() as conn:
            for start in range(0, len(ids), 500):
                rows = conn.execute(
                    select(a.actor_id, func.max(a.name))
                    .where(a.actor_id.in_(ids[start : start + 500]))
                    .group_by(a.actor_id)
                )
                names.update({str(actor_id): str(name) for actor_id, name in rows})
        return names

    def co_actors(self, actor_id: str, *, limit: int = 20, offset: int = 0) -> Page:
        """The actors on the other side of `actor_id`'s events, with how many events they share."""
        e = t.events.c
        other = case((e.source_actor == actor_id, e.target_actor), else_=e.source_actor).label("actor_id")
        shared = (
            select(other, func.count().label("events"))
            .where(
                or_(e.source_actor == actor_id, e.target_actor == actor_id),
                e.source_actor.is_not(None),
                e.target_actor.is_not(None),
                e.source_actor != e.target_actor,
            )
            .group_by(other)
            .order_by(func.count().desc(), other)
        )
        page = self._page(shared, limit=limit, offset=offset)
        names = self.actor_names([item["actor_id"] for item in page.items])
        for item in page.items:
            item["name"] = names.get(item["actor_id"], item["actor_id"])
        return page

    # ------------------------------------------------------------------ events

    def list_events(
        self,
        *,
        since: str | None = None,
        until: str | None = None,
        actor: str | None = None,
        country: str | None = None,
        code: str | None = None,
        mode: str | Sequence[str] | None = None,
        document: str | None = None,
        unique: bool = False,
        flt: EventFilter | None = None,
        sort: str | None = None,
        limit: int = 50,
        offset: int = 0,
    ) -> Page:
        """Events, by day then id; `code` is a CAMEO prefix, `mode` one mode or several; or
        every event `flt` selects. `sort` names an events column ("-day": newest first)."""
        modes = (mode,) if isinstance(mode, str) else tuple(mode or ())
        unknown = [m for m in modes if m not in EVENT_MODES]
        if unknown:
            from newsintel.errors import ConfigError

            raise ConfigError(f"unknown event mode(s) {', '.join(unknown)}; known: {', '.join(EVENT_MODES)}")
        if flt is None:
            flt = EventFilter(
                since=since,
                until=until,
                actor=actor,
                country=country,
                code=code,
                modes=modes,
                document=document,
                unique=unique,
            )
        e = t.events.c
        order = order_by(dict(e.items()), sort, [e.pk]) if sort else [e.day, e.pk]
        query = select(t.events).where(*flt.conditions()).order_by(*order)
        return self._page(query, limit=limit, offset=offset)

    def event_counts(self, flt: EventFilter, *, by: str) -> list[dict[str, Any]]:
        """Events `flt` selects, counted by "month" (the first 7 characters of the day; shorter
        days count as they are) or "place_country", each split by QuadClass: [{key, quad, n}]."""
        e = t.events.c
        key = func.substr(e.day, 1, 7) if by == "month" else e.place_country
        query = (
            select(key.label("key"), e.quad_class.label("quad"), func.count().label("n"))
            .where(*flt.conditions(), key.is_not(None))
            .group_by(key, e.quad_class)
        )
        with self.engine.connect() as conn:
            return dict_rows(conn.execute(query))

    def iter_events(self, flt: EventFilter = EventFilter(), *, batch: int = 1000) -> Iterator[dict[str, Any]]:
        """Every event matching `flt`, joined with its document's url, published date and
        added time, streamed by primary key (for exports)."""
        last = 0
        columns = (
            *t.events.c,
            t.documents.c.url,
            t.documents.c.published,
            t.documents.c.added_at,
            t.documents.c.publisher,
            t.documents.c.source.label("document_source"),
        )
        while True:
            query = (
                select(*columns)
                .join(t.documents, t.documents.c.id == t.events.c.document_id)
                .where(*flt.conditions(), t.events.c.pk > last)
                .order_by(t.events.c.pk)
                .limit(batch)
            )
            with self.engine.connect() as conn:
                rows = dict_rows(conn.execute(query))
            if not rows:
                return
            yield from rows
            last = rows[-1]["pk"]

    # ------------------------------------------------------------------ claims

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
        from newsintel.records import ATTRIBUTION_KINDS, SPEAKER_KINDS

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

    def corpus_fingerprint(self) -> str:
        """Changes whenever documents are stored: what cached corpus-wide views are keyed on."""
        d = t.documents.c
        with self.engine.connect() as conn:
            n, last, groups = conn.execute(
                select(func.count(), func.max(d.added_at), func.count(distinct(d.dup_group)))
            ).one()
        return f"{n}:{last}:{groups}"

    def read_cache(self, name: str) -> tuple[str, str] | None:
        """(fingerprint, JSON value) of a cached corpus-wide view, or None."""
        c = t.web_cache.c
        with self.engine.connect() as conn:
            row = conn.execute(select(c.fingerprint, c.value).where(c.name == name)).first()
        return (row.fingerprint, row.value) if row else None

    def write_cache(self, name: str, fingerprint: str, value: str) -> None:
        """Keep a corpus-wide view (JSON) computed from the corpus at `fingerprint`."""
        import datetime as dt

        c = t.web_cache.c
        now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
        with self.engine.begin() as conn:
            conn.execute(t.web_cache.delete().where(c.name == name))
            conn.execute(t.web_cache.insert().values(name=name, fingerprint=fingerprint, value=value, computed_at=now))

    def get_actor(self, actor_id: str) -> dict[str, Any] | None:
        """One actor with its counts of documents, mentions, events (as source or target) and
        claims (as speaker); None when no stored document mentions it."""
        a = t.actors.c
        with self.engine.connect() as conn:
            row = conn.execute(
                select(
                    a.actor_id,
                    func.max(a.name).label("name"),
                    func.max(a.type).label("type"),
                    func.max(a.country).label("country"),
                    func.max(a.cameo).label("cameo"),
                    func.max(a.parent).label("parent"),
                    func.count(distinct(a.document_id)).label("documents"),
                    func.sum(a.n_mentions).label("mentions"),
                )
                .where(a.actor_id == actor_id)
                .group_by(a.actor_id)
            ).first()
            if row is None:
                return None
            actor = dict(row._mapping)
            actor["events"] = int(
                conn.execute(
                    select(func.count())
                    .select_from(t.events)
                    .where(or_(t.events.c.source_actor == actor_id, t.events.c.target_actor == actor_id))
                ).scalar_one()
            )
            actor["claims"] = int(
                conn.execute(
                    select(func.count()).select_from(t.claims).where(t.claims.c.speaker == actor_id)
                ).scalar_one()
            )
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
            as_target = (
                select(e.target_actor, func.count())
                .where(e.target_actor.in_(ids), or_(e.source_actor.is_(None), e.source_actor != e.target_actor))
                .group_by(e.target_actor)
            )
            for query in (as_source, as_target):
                for actor_id, n in conn.execute(query):
                    activity[actor_id]["events"] += int(n)
            for actor_id, n in conn.execute(
                select(c.speaker, func.count()).where(c.speaker.in_(ids)).group_by(c.speaker)
            ):
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

    def stats(self) -> dict[str, int]:
        """Row counts of the main tables, plus the number of near-duplicate groups."""
        counts = {}
        with self.engine.connect() as conn:
            for table in (
                t.documents,
                t.actors,
                t.attributions,
                t.events,
                t.places,
                t.claims,
                t.claim_relations,
                t.errors,
                t.runs,
            ):
                counts[table.name] = int(conn.execute(select(func.count()).select_from(table)).scalar_one())
            counts["dup_groups"] = int(conn.execute(select(func.count(distinct(t.documents.c.dup_group)))).scalar_one())
            counts["duplicates"] = int(
                conn.execute(
                    select(func.sum(case((t.documents.c.id != t.documents.c.dup_group, 1), else_=0)))
                ).scalar_one()
                or 0
            )
        return counts


def _terms(query: str) -> list[str]:
    import shlex

    try:
        return shlex.split(query)
    except ValueError:  # an unbalanced quote
        return query.replace('"', " ").split()


def _search_terms(query: str) -> list[str | None]:
    """The user's terms, with None for an upper-case OR between two terms (the one operator);
    every other word, "and", "or", "not" and "NEAR" included, is a term to find."""
    terms = _terms(query)
    out: list[str | None] = []
    for i, term in enumerate(terms):
        if term == "OR" and out and out[-1] is not None and i + 1 < len(terms):
            out.append(None)
        else:
            out.append(term)
    return out


def _tsquery(query: str) -> str:
    """User words as a PostgreSQL to_tsquery string: every word a literal, ANDed, `a OR b`; a
    quoted phrase as words that follow each other; a trailing * a prefix."""
    import re

    parts: list[str] = []
    for term in _search_terms(query):
        if term is None:
            if parts and parts[-1] != "|":
                parts.append("|")
            continue
        words = re.findall(r"\w+", term)
        if not words:
            continue
        if parts and parts[-1] != "|":
            parts.append("&")
        parts.append(
            "(" + " <-> ".join(words) + ")" if len(words) > 1 else words[0] + (":*" if term.endswith("*") else "")
        )
    while parts and parts[-1] in ("|", "&"):
        parts.pop()
    return " ".join(parts) or "''"


def _fts5_query(query: str) -> str:
    """User words as an FTS5 query in which every term is a quoted literal, ANDed, so that
    punctuation and the words and, or, not, NEAR never act as syntax; `a OR b` (upper case,
    between two terms) is the one operator. A trailing * keeps prefix search; quoted phrases
    stay phrases."""
    parts: list[str] = []
    for term in _search_terms(query):
        if term is None:
            if parts and parts[-1] != "OR":
                parts.append("OR")
            continue
        prefix = term.endswith("*")
        term = term.rstrip("*").replace('"', '""')
        if term.strip():
            parts.append(f'"{term}"' + ("*" if prefix else ""))
    while parts and parts[-1] == "OR":
        parts.pop()
    return " ".join(parts) or '""'
