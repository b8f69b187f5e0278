"""Reading documents, with the checks that turn bad input into clear errors."""

from __future__ import annotations

import contextlib
import hashlib
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from newsintel.errors import InputError
from newsintel.records import Document

# A news article is rarely over 100 KB of text; 5 MB is a book, and a sign of the wrong file.
MAX_DOCUMENT_BYTES = 5 * 1024 * 1024

Reader = Callable[[Path, "ReadOptions"], Iterator[Document | InputError]]


@dataclass(frozen=True, slots=True, kw_only=True)
class ReadOptions:
    """Options shared by every reader."""

    default_date: str | None = None
    max_bytes: int = MAX_DOCUMENT_BYTES
    text_field: str = "text"
    title_field: str = "title"
    date_field: str = "published"
    url_field: str = "url"
    id_field: str | None = "id"  # None or "": ids always come from the content hash
    publisher_field: str = "publisher"
    glob: str = "*"
    csv_delimiter: str | None = None  # None: "," for .csv, tab for .tsv

    def __post_init__(self) -> None:
        if not self.id_field:
            object.__setattr__(self, "id_field", None)


def document_id(text: str) -> str:
    """A stable id from the content: the same text always gets the same id."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def decode_text(data: bytes, *, source: str, max_bytes: int = MAX_DOCUMENT_BYTES) -> str:
    """UTF-8 text from bytes, or an InputError that says what is wrong with them."""
    if len(data) > max_bytes:
        raise InputError(
            f"file is too large ({len(data) / 1_048_576:.1f} MB; the limit is "
            f"{max_bytes / 1_048_576:.0f} MB per document): split it or raise --max-mb",
            path=source,
        )
    if not data.strip():
        raise InputError("file is empty: there is no text to analyse", path=source)
    if b"\x00" in data[:8192]:
        raise InputError("file looks binary (it contains NUL bytes), not text", path=source)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"file is not valid UTF-8 (byte {exc.start}: {data[exc.start:exc.start + 1]!r}); "
            "convert it with iconv or save it as UTF-8",
            path=source,
        ) from None
    return text.replace("\r\n", "\n").replace("\r", "\n")


def read_text_document(
    path: Path | str, *, published: str | None = None, max_bytes: int = MAX_DOCUMENT_BYTES
) -> Document:
    """One plain-text file (or "-" for stdin) as a Document; raises InputError."""
    source = str(path)
    if source == "-":
        data = sys.stdin.buffer.read()
        source = "<stdin>"
    else:
        file = Path(path)
        if not file.exists():
            raise InputError("no such file", path=source)
        if file.is_dir():
            raise InputError("is a directory; pass the files in it, or use 'newsintel ingest'", path=source)
        try:
            size = file.stat().st_size
            if size > max_bytes:
                raise InputError(
                    f"file is too large ({size / 1_048_576:.1f} MB; the limit is "
                    f"{max_bytes / 1_048_576:.0f} MB per document)",
                    path=source,
                )
            data = file.read_bytes()
        except PermissionError:
            raise InputError("permission denied", path=source) from None
    text = decode_text(data, source=source, max_bytes=max_bytes)
    title = _first_line_title(text)
    return Document(id=document_id(text), text=text, title=title, published=published, source=source)


def _first_line_title(text: str) -> str | None:
    first = text.strip().split("\n", 1)[0].strip()
    return first[:200] if first else None


def _read_text_file(path: Path, options: ReadOptions) -> Iterator[Document | InputError]:
    try:
        yield read_text_document(path, published=options.default_date, max_bytes=options.max_bytes)
    except InputError as error:
        yield error


# Suffix -> reader. Other readers register here (see ingest/formats.py when present).
READERS: dict[str, Reader] = {".txt": _read_text_file}


def register_reader(suffix: str, reader: Reader) -> None:
    READERS[suffix.lower()] = reader


def reader_for(path: Path) -> Reader:
    return READERS.get(path.suffix.lower(), _read_text_file)


def read(
    paths: Iterable[str | Path], options: ReadOptions | None = None
) -> Iterator[Document | InputError]:
    """Every document in `paths`, in order; unreadable ones as InputError values."""
    options = options or ReadOptions()
    _load_extra_readers()
    for raw in paths:
        if str(raw) == "-":
            try:
                yield read_text_document("-", published=options.default_date, max_bytes=options.max_bytes)
            except InputError as error:
                yield error
            continue
        path = Path(raw)
        if path.is_dir() and "directory" in READERS:
            yield from READERS["directory"](path, options)
            continue
        if not path.exists():
            yield InputError("no such file", path=str(path))
            continue
        yield from reader_for(path)(path, options)


def _load_extra_readers() -> None:
    with contextlib.suppress(ImportError):  # the silent fallback issue #19 removes
        import newsintel.ingest.formats  # noqa: F401  (registers HTML, JSONL, CSV, gzip, folders)
