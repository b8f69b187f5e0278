"""Filters and paging every store query shares: the `Page` a list query returns, the
`EventFilter` of event queries and exports, and the small helpers that build WHERE and ORDER BY
terms (date ranges, literal LIKE patterns, sort keys)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Result, Select, func, literal_column, or_, select

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
            where.append(c.document_id.in_(group_representatives()))
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


def group_representatives() -> Select[tuple[str]]:
    """Ids of the documents that stand for their near-duplicate group (the group's namesake)."""
    return select(t.documents.c.id).where(t.documents.c.id == t.documents.c.dup_group)


def page_limit(limit: int) -> int:
    """`limit` clamped to [0, MAX_LIMIT]."""
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


class PagedQueries:
    """The base of the query mixins of `Store`, which provides `engine`: one list query as a `Page`."""

    engine: Any

    def _page(self, query: Select[Any], *, limit: int, offset: int) -> Page:
        limit = page_limit(limit)
        with self.engine.connect() as conn:
            total = conn.execute(select(func.count()).select_from(query.order_by(None).subquery())).scalar_one()
            items = dict_rows(conn.execute(query.limit(limit).offset(max(0, offset))))
        return Page(items, int(total), limit, max(0, offset))
