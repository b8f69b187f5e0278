"""The store's tables as Parquet files (for DuckDB, pandas, Spark) or CSV files, one per table,
streamed in batches so that memory stays flat whatever the size of the corpus."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

from newsintel.store import EventFilter, Store
from newsintel.store.exports import EXPORT_TABLES, table_columns

_ARROW_TYPES = {"int": "int64", "float": "float64", "bool": "bool_", "bytes": "binary", "str": "string"}


def arrow_schema(table: str) -> Any:  # a pyarrow.Schema (pyarrow is imported when used)
    import pyarrow as pa

    return pa.schema([(name, getattr(pa, _ARROW_TYPES[kind])()) for name, kind in table_columns(table)])


def write_parquet_table(store: Store, table: str, path: Path, flt: EventFilter = EventFilter()) -> int:
    """Write one table to `path`; returns the number of rows."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = arrow_schema(table)
    rows = 0
    with pq.ParquetWriter(path, schema, compression="zstd") as writer:
        for batch in store.iter_table(table, flt):
            writer.write_table(pa.Table.from_pylist(batch, schema=schema))
            rows += len(batch)
        if rows == 0:
            writer.write_table(schema.empty_table())
    return rows


def write_csv_table(store: Store, table: str, path: Path, flt: EventFilter = EventFilter()) -> int:
    names = [name for name, _ in table_columns(table)]
    rows = 0
    with open(path, "w", encoding="utf-8", newline="") as file:
        writer = csv.DictWriter(file, fieldnames=names)
        writer.writeheader()
        for batch in store.iter_table(table, flt):
            writer.writerows(_csv_ready(row) for row in batch)
            rows += len(batch)
    return rows


def _csv_ready(row: dict[str, Any]) -> dict[str, Any]:
    return {key: (value.hex() if isinstance(value, bytes) else value) for key, value in row.items()}


def write_tables(
    store: Store,
    folder: Path,
    *,
    format: str,
    flt: EventFilter = EventFilter(),
    tables: tuple[str, ...] = EXPORT_TABLES,
) -> dict[str, int]:
    """Every exportable table as `<folder>/<table>.parquet` (or .csv); returns rows per table."""
    folder.mkdir(parents=True, exist_ok=True)
    write = write_parquet_table if format == "parquet" else write_csv_table
    return {table: write(store, table, folder / f"{table}.{format}", flt) for table in tables}
