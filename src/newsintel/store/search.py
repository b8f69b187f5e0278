"""Full-text search of the stored documents: FTS5 on SQLite, tsvector on PostgreSQL, a substring
match elsewhere; and the translation of what a user types into each engine's query language, so
that any text is a search and never a syntax error. `Store` mixes `SearchQueries` in through
`Queries`."""

from __future__ import annotations

import re
import shlex
from typing import Any

from sqlalchemy import ColumnElement, func, inspect, literal_column, or_, select, text

from newsintel.store import schema as t
from newsintel.store.documents import DOCUMENT_COLUMNS, document_conditions, document_counts, lead_column
from newsintel.store.filters import Page, PagedQueries, dict_rows, like_pattern, page_limit


class SearchQueries(PagedQueries):
    """Mixed into `Store` (through `Queries`), which provides `engine`."""

    def search_documents(self, query: str, *, limit: int = 50, offset: int = 0, **filters: Any) -> Page:
        """Full-text search of titles and texts, best matches first; items carry a `snippet`.

        Any text is a search, never a syntax error, the same on SQLite (FTS5) and PostgreSQL
        (tsvector): words are ANDed (`and`, `or`, `not` are words like any other), "a phrase" in
        quotes stays a phrase, `a OR b` (upper case) finds either, a trailing `*` searches a
        prefix. Other databases: a substring match.
        `filters` are list_documents' (since, until, publisher, has_events, ...); items carry
        the counts of `list_documents(counts=True)`.
        """
        where = document_conditions(**filters)
        query = query.strip()
        if not query:
            return Page([], 0, page_limit(limit), offset)
        dialect = self.engine.dialect.name
        if dialect == "sqlite" and self._has_table("documents_fts"):
            return self._search_sqlite(query, where, limit=limit, offset=offset)
        if dialect == "postgresql":
            return self._search_postgres(query, where, limit=limit, offset=offset)
        pattern = like_pattern(query)
        where.append(
            or_(t.documents.c.text.ilike(pattern, escape="\\"), t.documents.c.title.ilike(pattern, escape="\\"))
        )
        columns = (*DOCUMENT_COLUMNS, *document_counts().values(), lead_column())
        return self._page(select(*columns).where(*where).order_by(t.documents.c.id), limit=limit, offset=offset)

    def _search_sqlite(self, query: str, where: list[ColumnElement[bool]], *, limit: int, offset: int) -> Page:
        match = fts5_query(query)
        fts = (
            text(
                "SELECT document_id, snippet(documents_fts, 2, '[', ']', '…', 12) AS snippet, "
                "bm25(documents_fts) AS rank FROM documents_fts WHERE documents_fts MATCH :q"
            )
            .columns(literal_column("document_id"), literal_column("snippet"), literal_column("rank"))
            .subquery("fts")
        )
        base = (
            select(*DOCUMENT_COLUMNS, *document_counts().values(), lead_column(), fts.c.snippet, fts.c.rank)
            .join(fts, fts.c.document_id == t.documents.c.id)
            .where(*where)
            .order_by(fts.c.rank, t.documents.c.id)
        )
        limit = page_limit(limit)
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
        tsquery = func.to_tsquery("english", postgres_query(query))
        search: Any = literal_column("documents.search")
        snippet = func.ts_headline(
            "english",
            t.documents.c.text,
            tsquery,
            "StartSel=[, StopSel=], MaxWords=25, MinWords=8",
        ).label("snippet")
        rank = func.ts_rank(search, tsquery).label("rank")
        base = (
            select(*DOCUMENT_COLUMNS, *document_counts().values(), lead_column(), snippet, rank)
            .where(search.op("@@")(tsquery), *where)
            .order_by(rank.desc(), t.documents.c.id)
        )
        return self._page(base, limit=limit, offset=offset)

    def _has_table(self, name: str) -> bool:
        return name in inspect(self.engine).get_table_names()


def _terms(query: str) -> list[str]:
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


def postgres_query(query: str) -> str:
    """User words as a PostgreSQL to_tsquery string: every word a literal, ANDed, `a OR b`; a
    quoted phrase as words that follow each other; a trailing * a prefix."""
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


def fts5_query(query: str) -> str:
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
