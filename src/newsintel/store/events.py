"""Event queries: a page of events by `EventFilter` (or its fields), counts by month or place
country for the charts, and every matching event streamed for exports. `Store` mixes
`EventQueries` in through `Queries`."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from sqlalchemy import func, select

from newsintel.errors import ConfigError
from newsintel.records import EVENT_MODES
from newsintel.store import schema as t
from newsintel.store.filters import EventFilter, Page, PagedQueries, dict_rows, order_by


class EventQueries(PagedQueries):
    """Mixed into `Store` (through `Queries`), which provides `engine`."""

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
