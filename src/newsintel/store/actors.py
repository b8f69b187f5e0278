"""Actor queries: the list of actors with its filters and sort keys, one actor with its counts,
names and activity for a page of actors, and the actors on the other side of one's events.
`Store` mixes `ActorQueries` in through `Queries`."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import case, distinct, func, or_, select

from newsintel.store import schema as t
from newsintel.store.filters import Page, PagedQueries, date_range, like_pattern, order_by

ACTOR_SORTS = ("name", "type", "country", "documents", "mentions")


def actor_fields() -> list[Any]:
    """The first columns of every per-actor query (grouped by actor_id): the id, then the name,
    type, country and CAMEO code its mentions give (the largest where documents differ)."""
    a = t.actors.c
    return [
        a.actor_id,
        func.max(a.name).label("name"),
        func.max(a.type).label("type"),
        func.max(a.country).label("country"),
        func.max(a.cameo).label("cameo"),
    ]


class ActorQueries(PagedQueries):
    """Mixed into `Store` (through `Queries`), which provides `engine`."""

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
                *actor_fields(),
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

    def get_actor(self, actor_id: str) -> dict[str, Any] | None:
        """One actor with its counts of documents, mentions, events (as source or target) and
        claims (as speaker); None when no stored document mentions it."""
        a = t.actors.c
        with self.engine.connect() as conn:
            row = conn.execute(
                select(
                    *actor_fields(),
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
