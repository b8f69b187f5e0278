"""Corpus bookkeeping: the fingerprint that changes whenever documents are stored, the cache of
corpus-wide views keyed on it, the runs and errors of ingests, and the row counts of the main
tables. `Store` mixes `CorpusQueries` in through `Queries`."""

from __future__ import annotations

import datetime as dt
import json

from sqlalchemy import case, distinct, func, select

from newsintel.store import schema as t
from newsintel.store.filters import Page, PagedQueries


class CorpusQueries(PagedQueries):
    """Mixed into `Store` (through `Queries`), which provides `engine`."""

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
        c = t.web_cache.c
        now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
        with self.engine.begin() as conn:
            conn.execute(t.web_cache.delete().where(c.name == name))
            conn.execute(t.web_cache.insert().values(name=name, fingerprint=fingerprint, value=value, computed_at=now))

    def list_errors(self, *, run_id: int | None = None, limit: int = 50, offset: int = 0) -> Page:
        where = [t.errors.c.run_id == run_id] if run_id is not None else []
        return self._page(select(t.errors).where(*where).order_by(t.errors.c.pk), limit=limit, offset=offset)

    def list_runs(self, *, limit: int = 50, offset: int = 0) -> Page:
        query = select(t.runs).order_by(t.runs.c.id.desc())
        page = self._page(query, limit=limit, offset=offset)
        for item in page.items:
            item["arguments"] = json.loads(item["arguments"] or "{}")
        return page

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
