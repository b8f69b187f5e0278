"""Readers beyond plain text: HTML, JSON lines, JSON, CSV/TSV, folders, and gzip of any of them.

Importing this module registers them with `ingest.base.register_reader`, the same extension
point a third-party reader would use.

Document ids: a record's own id (the `id_field`, "id" by default) when it has one, so results
link back to the user's system; otherwise the content hash of the text (`read.document_id`).
Plain-text and HTML files always get the content hash. Every record that cannot be read becomes
an `InputError` value naming `file:line` and the reason; the records after it are still read.
"""

from __future__ import annotations

import csv
import datetime as dt
import gzip
import io
import json
import logging
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import IO, Any, cast

from newsintel.errors import InputError
from newsintel.ingest.base import (
    READERS,
    ReadOptions,
    decode_text,
    document_id,
    first_line_title,
    register_reader,
    utf16_encoding,
)
from newsintel.records import Document

logger = logging.getLogger(__name__)

Result = Document | InputError

TEXT_SUFFIXES = (".txt", ".text", ".md")
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
JSONL_SUFFIXES = (".jsonl", ".ndjson")
CSV_SUFFIXES = (".csv", ".tsv")


# ---------------------------------------------------------------- opening (gzip aware)


def is_gzip(path: Path) -> bool:
    return path.suffix.lower() == ".gz"


def inner_suffix(path: Path) -> str:
    """The suffix that says the format: ".jsonl" for both a.jsonl and a.jsonl.gz."""
    return Path(path.stem).suffix.lower() if is_gzip(path) else path.suffix.lower()


def _open_binary(path: Path) -> IO[bytes]:
    if is_gzip(path):
        return cast(IO[bytes], gzip.open(path, "rb"))
    return open(path, "rb")


def _read_limited(path: Path, max_bytes: int) -> bytes:
    """The (decompressed) bytes of a one-document file, refusing files over the limit."""
    with _open_binary(path) as file:
        data = file.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise InputError(
            f"file is too large (over {max_bytes / 1_048_576:.0f} MB per document): split it",
            path=str(path),
        )
    return data


def _guarded(path: Path, read_one) -> Iterator[Result]:
    """Run a one-document reader, turning OS and gzip failures into InputError values."""
    try:
        yield read_one()
    except InputError as error:
        yield error
    except (OSError, EOFError) as exc:  # gzip.BadGzipFile is an OSError
        yield InputError(f"cannot read file: {exc}", path=str(path))


# ---------------------------------------------------------------- dates


def normalize_date(value: Any) -> str | None:
    """An ISO date (YYYY-MM-DD) from what feeds put in date fields, or None."""
    if value is None or value == "":
        return None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        seconds = value / 1000 if value > 10**11 else value  # epoch milliseconds or seconds
        return dt.datetime.fromtimestamp(seconds, tz=dt.UTC).date().isoformat()
    text = str(value).strip()
    try:
        return dt.date.fromisoformat(text[:10]).isoformat()
    except ValueError:
        pass
    try:  # RFC 2822 dates of RSS feeds: "Tue, 10 Jun 2003 04:00:00 GMT"
        from email.utils import parsedate_to_datetime

        return parsedate_to_datetime(text).date().isoformat()
    except (TypeError, ValueError, IndexError):
        pass
    import dateparser  # slow to import; only for unusual formats

    parsed = dateparser.parse(text, settings={"PREFER_DAY_OF_MONTH": "first"})
    return parsed.date().isoformat() if parsed else None


# ---------------------------------------------------------------- records (JSONL, JSON, CSV)


def _field(record: dict[str, Any], name: str | None) -> str | None:
    if not name:
        return None
    value = record.get(name)
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def record_document(record: Any, *, options: ReadOptions, location: str) -> Result:
    """One JSON/CSV record as a Document, or an InputError naming `location` (file:line)."""
    if not isinstance(record, dict):
        return InputError(
            f"expected an object with a '{options.text_field}' field, got {type(record).__name__}",
            path=location,
        )
    text = record.get(options.text_field)
    if text is None:
        known = ", ".join(sorted(map(str, record))[:12]) or "none"
        return InputError(
            f"no '{options.text_field}' field (fields: {known}); choose one with --text-field",
            path=location,
        )
    if not isinstance(text, str):
        return InputError(f"field '{options.text_field}' is not a string", path=location)
    if not text.strip():
        return InputError(f"field '{options.text_field}' is empty: no text to analyse", path=location)
    if len(text) > options.max_bytes:
        return InputError(
            f"text is too large ({len(text) / 1_048_576:.1f} MB; the limit is "
            f"{options.max_bytes / 1_048_576:.0f} MB per document)",
            path=location,
        )
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    raw_date = record.get(options.date_field)
    try:
        published = normalize_date(raw_date)
    except (ValueError, OverflowError, OSError):
        published = None
    if published is None and raw_date not in (None, ""):
        logger.warning("%s: unreadable date %r; using the default date", location, raw_date)
    return Document(
        id=_field(record, options.id_field) or document_id(text),
        text=text,
        title=_field(record, options.title_field),
        published=published or options.default_date,
        url=_field(record, options.url_field),
        publisher=_field(record, options.publisher_field),
        source=location,
    )


def read_jsonl(path: Path, options: ReadOptions) -> Iterator[Result]:
    """One JSON object a line; blank lines are skipped, bad lines reported by number."""
    try:
        file = _open_binary(path)
    except OSError as exc:
        yield InputError(f"cannot open file: {exc}", path=str(path))
        return
    with file:
        lineno = 0
        try:
            encoding = utf16_encoding(file.peek(4096)[:4096]) if hasattr(file, "peek") else None
            if encoding is not None:
                yield InputError(
                    f"file is {encoding.upper()}, not UTF-8: JSON lines must be UTF-8; convert it with "
                    f"iconv -f {encoding.upper()} -t UTF-8",
                    path=str(path),
                )
                return
            for lineno, raw in enumerate(file, 1):
                if not raw.strip():
                    continue
                yield _jsonl_line(raw, options=options, location=f"{path}:{lineno}")
        except (OSError, EOFError) as exc:  # a truncated or corrupt gzip stream
            yield InputError(f"file is corrupt after line {lineno}: {exc}", path=str(path))


def _jsonl_line(raw: bytes, *, options: ReadOptions, location: str) -> Result:
    try:
        record = json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        return InputError(f"line is not valid UTF-8 (byte {exc.start})", path=location)
    except json.JSONDecodeError as exc:
        return InputError(f"not valid JSON: {exc.msg} (column {exc.colno})", path=location)
    return record_document(record, options=options, location=location)


def read_json(path: Path, options: ReadOptions) -> Iterator[Result]:
    """A JSON file holding one record or a list of records (item N is reported as line N)."""
    try:
        data = _read_limited(path, options.max_bytes * 20)
        content = json.loads(data.decode("utf-8-sig"))
    except InputError as error:
        yield error
        return
    except (OSError, EOFError) as exc:
        yield InputError(f"cannot read file: {exc}", path=str(path))
        return
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        yield InputError(f"not valid UTF-8 JSON: {exc}", path=str(path))
        return
    items = content if isinstance(content, list) else [content]
    for index, record in enumerate(items, 1):
        location = f"{path}:{index}" if isinstance(content, list) else str(path)
        yield record_document(record, options=options, location=location)


def read_csv(path: Path, options: ReadOptions) -> Iterator[Result]:
    """CSV or TSV with a header row; a record is reported by the line it starts on. Quoting is
    strict: a row broken by a stray or unterminated quote is an error, not a document."""
    delimiter = options.csv_delimiter or ("\t" if inner_suffix(path) == ".tsv" else ",")
    csv.field_size_limit(max(options.max_bytes, 131072))
    try:
        binary = _open_binary(path)
        encoding = utf16_encoding(binary.peek(4096)[:4096]) if hasattr(binary, "peek") else None
    except OSError as exc:
        yield InputError(f"cannot open file: {exc}", path=str(path))
        return
    with io.TextIOWrapper(binary, encoding=encoding or "utf-8-sig", newline="") as text:
        lines = _CountedLines(text)
        reader = csv.DictReader(lines, delimiter=delimiter, strict=True)
        try:
            header = reader.fieldnames or []
        except (csv.Error, UnicodeDecodeError, OSError, EOFError) as exc:
            yield InputError(f"cannot read the CSV header: {exc}", path=str(path))
            return
        if options.text_field not in header:
            yield InputError(
                f"no '{options.text_field}' column (columns: {', '.join(header) or 'none'}); "
                "choose one with --text-field",
                path=str(path),
            )
            return
        yield from _csv_records(reader, lines, header, path, options)


class _CountedLines:
    """The lines of a file, counting how many the CSV reader has taken (so that a record is
    named by the line it starts on, also after a broken one)."""

    def __init__(self, file: IO[str]) -> None:
        self.file, self.count = file, 0

    def __iter__(self) -> _CountedLines:
        return self

    def __next__(self) -> str:
        line = next(self.file)
        self.count += 1
        return line


def _csv_records(
    reader: csv.DictReader, lines: _CountedLines, header: Sequence[str], path: Path, options: ReadOptions
) -> Iterator[Result]:
    while True:
        start = lines.count + 1
        location = f"{path}:{start}"
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:  # a stray quote: this record is lost, the next one is read
            yield InputError(f"broken CSV quoting ({exc}); fix the quotes of this row", path=location)
            continue
        except UnicodeDecodeError as exc:
            yield InputError(
                f"not valid UTF-8 near line {start} (byte {exc.start}); the rest of the file is skipped",
                path=str(path),
            )
            return
        except (OSError, EOFError) as exc:
            yield InputError(f"cannot read the file after line {start}: {exc}", path=str(path))
            return
        if None in row:  # more cells than header columns
            yield InputError(
                f"row has {len(header) + len(row[None])} cells but the header has {len(header)}; check quoting",
                path=location,
            )
            continue
        yield record_document(row, options=options, location=location)


# ---------------------------------------------------------------- one-document files


def read_plain_text(path: Path, options: ReadOptions) -> Iterator[Result]:
    """A text file (gzip or not): the whole file is one document, its first line the title."""

    def read_one() -> Document:
        data = _read_limited(path, options.max_bytes)
        text = decode_text(data, source=str(path), max_bytes=options.max_bytes)
        return Document(
            id=document_id(text),
            text=text,
            title=first_line_title(text),
            published=options.default_date,
            source=str(path),
        )

    yield from _guarded(path, read_one)


def read_html(path: Path, options: ReadOptions) -> Iterator[Result]:
    """An HTML page: its main text and title/date/url/site metadata, extracted by trafilatura."""

    def read_one() -> Document:
        data = _read_limited(path, options.max_bytes * 4)  # markup weighs more than text
        if not data.strip():
            raise InputError("file is empty: there is no text to analyse", path=str(path))
        return html_document(data, options=options, source=str(path))

    yield from _guarded(path, read_one)


def html_document(html: bytes | str, *, options: ReadOptions, source: str) -> Document:
    """The main text and metadata of an HTML page; raises InputError when it has no text."""
    from newsintel.optional import require

    trafilatura = require("trafilatura")

    extracted = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False, include_tables=False)
    text = (extracted.text or "").strip() if extracted is not None else ""
    if not text:
        raise InputError("no main text found in the HTML page", path=source)
    return Document(
        id=document_id(text),
        text=text,
        title=extracted.title or None,
        published=normalize_date(extracted.date) or options.default_date,
        url=extracted.url or None,
        publisher=extracted.sitename or None,
        source=source,
    )


# ---------------------------------------------------------------- gzip and folders


def read_gzip(path: Path, options: ReadOptions) -> Iterator[Result]:
    """`name.<format>.gz`: the reader of <format>, reading through gzip (plain text by default)."""
    reader = READERS.get(inner_suffix(path), read_plain_text)
    if reader is read_gzip:
        yield InputError("doubly gzipped files are not supported", path=str(path))
        return
    yield from reader(path, options)


def known_suffixes() -> set[str]:
    return {suffix for suffix in READERS if suffix.startswith(".")}


def read_directory(path: Path, options: ReadOptions) -> Iterator[Result]:
    """Every file under `path` matching `options.glob`, recursively, in sorted order.

    Hidden files and folders are skipped. A matching file of an unknown type is reported
    as an InputError (so a typo in --glob is visible), not silently ignored; so is a symbolic
    link that leads nowhere, or to a folder (folders are not followed through links).
    """
    matches = sorted(
        p for p in path.rglob(options.glob) if not any(part.startswith(".") for part in p.relative_to(path).parts)
    )
    links = [p for p in matches if p.is_symlink() and not p.is_file()]
    files = [p for p in matches if p.is_file()]
    for link in links:
        what = "a folder (not followed; pass it on the command line)" if link.is_dir() else "nothing"
        yield InputError(f"symbolic link to {what}: skipped", path=str(link))
    if not files:
        if not links:
            yield InputError(f"no files match '{options.glob}' in this folder", path=str(path))
        return
    suffixes = known_suffixes()
    for file in files:
        if inner_suffix(file) not in suffixes and not (is_gzip(file) and not inner_suffix(file)):
            yield InputError(
                f"unsupported file type '{file.suffix}'; newsintel reads "
                f"{', '.join(sorted(suffixes))} (choose files with --glob)",
                path=str(file),
            )
            continue
        yield from READERS[file.suffix.lower()](file, options)


def register_builtin_readers() -> None:
    for suffix in TEXT_SUFFIXES:
        register_reader(suffix, read_plain_text)
    for suffix in HTML_SUFFIXES:
        register_reader(suffix, read_html)
    for suffix in JSONL_SUFFIXES:
        register_reader(suffix, read_jsonl)
    for suffix in CSV_SUFFIXES:
        register_reader(suffix, read_csv)
    register_reader(".json", read_json)
    register_reader(".gz", read_gzip)
    register_reader("directory", read_directory)


register_builtin_readers()


# ---------------------------------------------------------------- counting (for progress bars)


def estimate_count(paths, options: ReadOptions) -> int:
    """About how many documents `read(paths)` will yield, cheaply: a line count for JSON lines
    and CSV (multi-line CSV cells make it an overestimate), one per other file."""
    total = 0
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            files = [
                p
                for p in path.rglob(options.glob)
                if p.is_file() and not any(part.startswith(".") for part in p.relative_to(path).parts)
            ]
        else:
            files = [path]
        total += sum(_estimate_file(file) for file in files)
    return total


def _estimate_file(path: Path) -> int:
    suffix = inner_suffix(path)
    if suffix not in (*JSONL_SUFFIXES, *CSV_SUFFIXES):
        return 1
    try:
        with _open_binary(path) as file:
            lines = sum(1 for line in file if line.strip())
    except (OSError, EOFError):
        return 1
    return max(lines - 1, 0) if suffix in CSV_SUFFIXES else lines
