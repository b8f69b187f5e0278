"""The corpus store: one writer path (`Store.save`), resumable, deduplicating.

Every call to `save` is one transaction: a batch of reports and errors is stored entirely or
not at all, so a process killed at any moment leaves only whole batches behind, and the next
run skips what is stored (`Store.done_ids`).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import logging
import threading
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, delete, func, insert, select, update

from newsintel import dedup
from newsintel.about import __version__
from newsintel.errors import NewsintelError, StageError, StoreError
from newsintel.records import Document, Report, report_from_dict
from newsintel.store import schema as t
from newsintel.store.engine import (
    WRITE_OPTION,
    check_exists,
    create_store_engine,
    describe_database_error,
    display_url,
    migrate,
)
from newsintel.store.exports import ExportQueries
from newsintel.store.queries import Queries
from newsintel.store.rows import content_hash, iter_item_rows, report_json

logger = logging.getLogger(__name__)

# SQLite limits bound parameters per statement; keep IN (...) lists well under it.
_CHUNK = 500
MAX_CANDIDATES = 500
# Item rows of a batch are written when a table has this many waiting: one statement for the
# many short documents of a batch, slices for the tens of thousands of rows of a long one.
FLUSH_ROWS = 5_000
_ITEM_TABLES = {table.name: table for table in t.ITEM_TABLES}


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def _chunks(values: list[Any], size: int = _CHUNK) -> Iterator[list[Any]]:
    for start in range(0, len(values), size):
        yield values[start : start + size]


@dataclass(slots=True)
class SaveSummary:
    documents_added: int = 0
    errors_added: int = 0
    skipped: int = 0  # already stored (same id, same text)

    def __iadd__(self, other: SaveSummary) -> SaveSummary:
        self.documents_added += other.documents_added
        self.errors_added += other.errors_added
        self.skipped += other.skipped
        return self


def error_key(error: NewsintelError) -> str:
    """The identity of a failure, so re-running the same input records it once."""
    if isinstance(error, StageError) and getattr(error, "document_id", None):
        return f"doc:{error.document_id}"
    return f"input:{error.path or ''}:{type(error).__name__}"


class Store(Queries, ExportQueries):
    """A corpus database. Open with `open_store(db)`; `db` is a path or a SQLAlchemy URL."""

    def __init__(
        self, db: str | Path | None = None, *, dedup_params: dedup.DedupParams | None = None, create: bool = True
    ) -> None:
        if not create:
            check_exists(db)
        self.engine = create_store_engine(db)
        self.url = display_url(self.engine)  # shown in messages: never the password
        self.dedup = dedup_params or dedup.DedupParams()
        # One writer at a time in this process; across processes, SQLite's write lock taken
        # at BEGIN IMMEDIATE (engine._sqlite_begin) and waited for up to the busy timeout.
        self._write_lock = threading.Lock()
        migrate(self.engine)

    def __repr__(self) -> str:
        return f"Store({self.url!r})"

    @contextlib.contextmanager
    def _writing(self) -> Iterator[Connection]:
        """One write transaction, begun with the write lock held (BEGIN IMMEDIATE on SQLite)."""
        with self._write_lock, self.engine.connect() as conn:
            conn.execution_options(**{WRITE_OPTION: True})
            with conn.begin():
                yield conn

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    # ------------------------------------------------------------------ runs

    def start_run(self, arguments: dict[str, Any] | None = None) -> int:
        with self._writing() as conn:
            result = conn.execute(
                insert(t.runs).values(
                    started_at=_now(),
                    status="running",
                    documents_added=0,
                    errors_added=0,
                    arguments=json.dumps(arguments or {}, default=str),
                    version=__version__,
                )
            )
            key = result.inserted_primary_key
            if key is None:  # every database newsintel supports returns it
                raise StoreError("the database returned no id for the new run", path=self.url)
            return int(key[0])

    def finish_run(self, run_id: int, *, status: str = "finished") -> None:
        with self._writing() as conn:
            conn.execute(update(t.runs).where(t.runs.c.id == run_id).values(finished_at=_now(), status=status))

    # ------------------------------------------------------------------ resuming

    def done_ids(self, ids: Iterable[str]) -> dict[str, str | None]:
        """Of `ids`, those already stored (-> content hash) or failed before (-> None)."""
        wanted = list(dict.fromkeys(ids))
        done: dict[str, str | None] = {}
        with self.engine.connect() as conn:
            for chunk in _chunks(wanted):
                rows = conn.execute(
                    select(t.documents.c.id, t.documents.c.content_hash).where(t.documents.c.id.in_(chunk))
                )
                done.update({row.id: row.content_hash for row in rows})
                failed = conn.execute(
                    select(t.errors.c.document_id).where(t.errors.c.key.in_([f"doc:{i}" for i in chunk]))
                )
                done.update({row.document_id: None for row in failed if row.document_id not in done})
        return done

    # ------------------------------------------------------------------ writing

    def save(self, results: Iterable[Report | NewsintelError], *, run_id: int | None = None) -> SaveSummary:
        """Store reports and errors in ONE transaction; reports already stored are skipped.

        A report whose id is stored with a different text is not stored: it becomes an error
        row ("id collision"), because ids must name one text for the store to resume safely.
        """
        summary = SaveSummary()
        tables: dict[str, list[dict[str, Any]]] = {table.name: [] for table in t.ITEM_TABLES}
        try:
            with self._writing() as conn:
                for result in results:
                    if isinstance(result, Report):
                        self._save_report(conn, result, run_id, summary, tables)
                    elif isinstance(result, NewsintelError):
                        added = self._save_error(conn, result, run_id)
                        summary.errors_added += added
                        summary.skipped += 1 - added  # recorded by an earlier run
                    else:
                        raise TypeError(f"save() takes Reports and NewsintelErrors, not {type(result).__name__}")
                for table in t.ITEM_TABLES:
                    if tables[table.name]:
                        conn.execute(insert(table), tables[table.name])
                if run_id is not None:
                    conn.execute(
                        update(t.runs)
                        .where(t.runs.c.id == run_id)
                        .values(
                            documents_added=t.runs.c.documents_added + summary.documents_added,
                            errors_added=t.runs.c.errors_added + summary.errors_added,
                        )
                    )
        except NewsintelError:
            raise
        except Exception as exc:  # database down, disk full, constraint bug: name the store
            from sqlalchemy.exc import SQLAlchemyError

            if isinstance(exc, SQLAlchemyError):
                raise StoreError(
                    f"cannot write to the database: {describe_database_error(exc)}", path=self.url
                ) from None
            raise
        return summary

    def _save_report(
        self,
        conn: Connection,
        report: Report,
        run_id: int | None,
        summary: SaveSummary,
        tables: dict[str, list[dict[str, Any]]],
    ) -> None:
        document = report.document
        digest = content_hash(document.text)
        stored = conn.execute(
            select(t.documents.c.content_hash).where(t.documents.c.id == document.id)
        ).scalar_one_or_none()
        if stored is not None:
            if stored == digest:
                summary.skipped += 1
            else:
                summary.errors_added += self._save_error(conn, collision_error(document), run_id)
            return
        signature = dedup.signature(document.text, self.dedup)
        group = self._dup_group(conn, document.id, digest, signature)
        conn.execute(
            insert(t.documents).values(
                id=document.id,
                content_hash=digest,
                title=document.title,
                published=document.published,
                url=document.url,
                publisher=document.publisher,
                source=document.source,
                text=document.text,
                n_words=len(document.text.split()),
                dup_group=group,
                model=report.model,
                run_id=run_id,
                added_at=_now(),
                sourcing=json.dumps(report.sourcing, separators=(",", ":")),
            )
        )
        conn.execute(insert(t.reports).values(document_id=document.id, report=report_json(report)))
        if signature is not None:
            conn.execute(insert(t.signatures).values(document_id=document.id, minhash=signature))
            conn.execute(
                insert(t.lsh_bands),
                [{"document_id": document.id, "bucket": key} for key in dedup.band_keys(signature, self.dedup)],
            )
        for name, rows in iter_item_rows(report):
            waiting = tables[name]
            for row in rows:
                waiting.append(row)
                if len(waiting) >= FLUSH_ROWS:
                    conn.execute(insert(_ITEM_TABLES[name]), waiting)
                    waiting.clear()
        self._clear_old_errors(conn, document.source)
        summary.documents_added += 1

    @staticmethod
    def _clear_old_errors(conn: Connection, source: str | None) -> None:
        """A document read from where an earlier run met an error (a file since fixed, a record
        since corrected) clears that error: `corpus errors` lists what is still wrong."""
        if not source:
            return
        file, _, line = source.rpartition(":")
        sources = {source, file} if file and line.isdigit() else {source}
        conn.execute(delete(t.errors).where(t.errors.c.source.in_(sorted(sources))))

    def _dup_group(self, conn: Connection, doc_id: str, digest: str, signature: bytes | None) -> str:
        """The near-duplicate group of a new document, merging the groups it bridges."""
        groups = set(
            conn.execute(select(t.documents.c.dup_group).where(t.documents.c.content_hash == digest)).scalars()
        )
        if signature is not None:
            candidates = conn.execute(
                select(t.signatures.c.document_id, t.signatures.c.minhash, t.documents.c.dup_group)
                .join(t.documents, t.documents.c.id == t.signatures.c.document_id)
                .where(
                    t.signatures.c.document_id.in_(
                        select(t.lsh_bands.c.document_id)
                        .where(t.lsh_bands.c.bucket.in_(dedup.band_keys(signature, self.dedup)))
                        .distinct()
                        # Bounded, so that a bucket shared by thousands of tiny texts cannot make
                        # ingest quadratic; a big group is reached through any of its members.
                        .limit(MAX_CANDIDATES)
                    )
                )
            )
            groups.update(
                row.dup_group for row in candidates if dedup.similarity(signature, row.minhash) >= self.dedup.threshold
            )
        group = min(groups | {doc_id})
        merged = sorted(groups - {group})
        if merged:  # this document bridges groups: they become one, named by the smallest id
            conn.execute(update(t.documents).where(t.documents.c.dup_group.in_(merged)).values(dup_group=group))
        return group

    def _save_error(self, conn: Connection, error: NewsintelError, run_id: int | None) -> int:
        key = error_key(error)
        exists = conn.execute(select(t.errors.c.pk).where(t.errors.c.key == key)).first()
        if exists:
            return 0
        conn.execute(
            insert(t.errors).values(
                key=key,
                document_id=getattr(error, "document_id", None),
                source=error.path,
                stage=getattr(error, "stage", None),
                code=error.code,
                message=error.message,
                run_id=run_id,
                added_at=_now(),
            )
        )
        return 1

    def reports_of_copies(self, documents: Iterable[Document], *, run_id: int | None) -> list[Report]:
        """Reports for exact copies (same text, same publication date) of documents stored by
        run `run_id`: the stored report under the copy's own document (id, title, url...)."""
        by_hash: dict[str, list[Document]] = {}
        for document in documents:
            by_hash.setdefault(content_hash(document.text), []).append(document)
        if not by_hash or run_id is None:
            return []
        originals: dict[tuple[str, str | None], str] = {}
        with self.engine.connect() as conn:
            for chunk in _chunks(list(by_hash)):
                rows = conn.execute(
                    select(t.documents.c.id, t.documents.c.content_hash, t.documents.c.published).where(
                        t.documents.c.content_hash.in_(chunk), t.documents.c.run_id == run_id
                    )
                )
                for row in rows:
                    originals.setdefault((row.content_hash, row.published), row.id)
        copies = []
        for digest, group in by_hash.items():
            for document in group:
                original = originals.get((digest, document.published))
                if original is not None and original != document.id:
                    report = self.load_report(original)
                    report.document = document
                    copies.append(report)
        return copies

    # ------------------------------------------------------------------ reading

    def load_report(self, document_id: str) -> Report:
        """The stored report of a document, exactly as it was saved (plus its source)."""
        with self.engine.connect() as conn:
            row = conn.execute(
                select(t.reports.c.report, t.documents)
                .join(t.documents, t.documents.c.id == t.reports.c.document_id)
                .where(t.reports.c.document_id == document_id)
            ).first()
        if row is None:
            raise StoreError(f"no document with id {document_id!r} in the store", path=self.url)
        data = json.loads(row.report)
        data["document"]["text"] = row.text
        report = report_from_dict(data)
        report.document.source = row.source
        return report

    def count(self, table: str = "documents") -> int:
        with self.engine.connect() as conn:
            return int(conn.execute(select(func.count()).select_from(t.metadata.tables[table])).scalar_one())


def collision_error(document: Document) -> StageError:
    """The error recorded for a document whose id is stored with a different text."""
    error = StageError(
        "store",
        document.source or document.id,
        ValueError(
            f"id {document.id!r} is already stored with a different text; ids must be unique "
            "(use --id-field '' to id documents by their content hash)"
        ),
    )
    error.document_id = f"{document.id}#{content_hash(document.text)[:12]}"
    return error


def open_store(db: str | Path | None = None, **options: Any) -> Store:
    """Open (creating and migrating as needed) the corpus database at `db` (default newsintel.db).
    `create=False` refuses a SQLite path that does not exist."""
    return Store(db, **options)


def save(
    results: Iterable[Report | NewsintelError], *, db: str | Path | Store | None = None, run_id: int | None = None
) -> SaveSummary:
    """Store reports (and errors) in the corpus database `db`; see `Store.save`."""
    if isinstance(db, Store):
        return db.save(results, run_id=run_id)
    with open_store(db) as store:
        return store.save(results, run_id=run_id)


def load_report(document_id: str, *, db: str | Path | Store | None = None) -> Report:
    if isinstance(db, Store):
        return db.load_report(document_id)
    with open_store(db) as store:
        return store.load_report(document_id)
