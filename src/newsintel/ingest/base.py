"""What every reader shares: options, ids, decoding with clear errors, and the registry of
readers by suffix (`register_reader`, the extension point built-in and third-party readers use).

`ingest.read` drives the readers and `ingest.formats` registers most of them; both import this
module and neither imports the other's internals.
"""

from __future__ import annotations

import codecs
import hashlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from newsintel.errors import InputError
from newsintel.records import Document

# A news article is rarely over 100 KB of text; 5 MB is a book, and a sign of the wrong file.
MAX_DOCUMENT_BYTES = 5 * 1024 * 1024

Reader = Callable[[Path, "ReadOptions"], Iterator[Document | InputError]]

# Suffix -> reader ("directory" for folders). Filled by ingest.read and ingest.formats.
READERS: dict[str, Reader] = {}


def register_reader(suffix: str, reader: Reader) -> None:
    READERS[suffix.lower()] = reader


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


def first_line_title(text: str) -> str | None:
    first = text.strip().split("\n", 1)[0].strip()
    return first[:200] if first else None


_UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)


def utf16_encoding(data: bytes) -> str | None:
    """ "utf-16" for bytes with a UTF-16 byte-order mark, "utf-16-le"/"-be" for UTF-16 without
    one (every other byte NUL in a mostly-ASCII text), else None."""
    if data.startswith(_UTF16_BOMS):
        return "utf-16"
    head = data[:4096]
    if len(head) < 4:
        return None
    even, odd = head[0::2], head[1::2]
    if odd.count(0) > 0.4 * len(odd) and even.count(0) < 0.05 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.4 * len(even) and odd.count(0) < 0.05 * len(odd):
        return "utf-16-be"
    return None


def decode_text(data: bytes, *, source: str, max_bytes: int = MAX_DOCUMENT_BYTES) -> str:
    """Text from UTF-8 (or UTF-16) bytes, or an InputError that says what is wrong with them."""
    if len(data) > max_bytes:
        raise InputError(
            f"file is too large ({len(data) / 1_048_576:.1f} MB; the limit is "
            f"{max_bytes / 1_048_576:.0f} MB per document): split it",
            path=source,
        )
    utf16 = utf16_encoding(data)
    if utf16 is not None:
        try:
            text = data.decode(utf16).lstrip("\ufeff")
        except UnicodeDecodeError:
            raise InputError(
                f"file looks like {utf16.upper()} but does not decode as it; convert it to UTF-8 with iconv",
                path=source,
            ) from None
        return _checked_text(text, source=source)
    if not data.strip():
        raise InputError("file is empty: there is no text to analyse", path=source)
    if b"\x00" in data[:8192]:
        raise InputError("file looks binary (it contains NUL bytes), not text", path=source)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"file is not valid UTF-8 (byte {exc.start}: {data[exc.start : exc.start + 1]!r}); "
            "convert it with iconv or save it as UTF-8",
            path=source,
        ) from None
    return _checked_text(text, source=source)


def _checked_text(text: str, *, source: str) -> str:
    if not text.strip():
        raise InputError("file is empty: there is no text to analyse", path=source)
    if "\x00" in text[:8192]:
        raise InputError("file looks binary (it contains NUL characters), not text", path=source)
    return text.replace("\r\n", "\n").replace("\r", "\n")
