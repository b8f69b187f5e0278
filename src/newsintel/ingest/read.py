"""Reading documents, with the checks that turn bad input into clear errors."""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from newsintel.errors import InputError
from newsintel.ingest.base import (
    MAX_DOCUMENT_BYTES,
    READERS,
    ReadOptions,
    decode_text,
    document_id,
    first_line_title,
    register_reader,
)
from newsintel.records import Document

__all__ = [
    "MAX_DOCUMENT_BYTES",
    "READERS",
    "ReadOptions",
    "decode_text",
    "document_id",
    "read",
    "read_text_document",
    "reader_for",
    "register_reader",
]


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
    title = first_line_title(text)
    return Document(id=document_id(text), text=text, title=title, published=published, source=source)


def _read_text_file(path: Path, options: ReadOptions) -> Iterator[Document | InputError]:
    try:
        yield read_text_document(path, published=options.default_date, max_bytes=options.max_bytes)
    except InputError as error:
        yield error


register_reader(".txt", _read_text_file)  # ingest.formats registers the other formats


def reader_for(path: Path):
    return READERS.get(path.suffix.lower(), _read_text_file)


def read(paths: Iterable[str | Path], options: ReadOptions | None = None) -> Iterator[Document | InputError]:
    """Every document in `paths`, in order; unreadable ones as InputError values."""
    options = options or ReadOptions()
    _load_formats()
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
            yield InputError("symbolic link to nothing" if path.is_symlink() else "no such file", path=str(path))
            continue
        yield from reader_for(path)(path, options)


def _load_formats() -> None:
    """Register the HTML, JSON, CSV, gzip and folder readers. A broken installation is an
    error naming what is missing: never HTML or CSV silently read as plain text."""
    try:
        import newsintel.ingest.formats  # noqa: F401  (registers its readers on import)
    except ImportError as exc:
        from newsintel.errors import MissingDependency

        raise MissingDependency(exc.name or str(exc), None) from None
