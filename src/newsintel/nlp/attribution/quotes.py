"""Find quotations in raw text, recovering from unbalanced or missing marks.

Works on characters, not tokens, so that it never depends on how the tokenizer split a mark.
A quotation never crosses a paragraph break: a mark left open closes at the end of its
paragraph (the news convention for quotes that run over several paragraphs re-opens the mark
on each new paragraph), and a closing mark with no opening one starts at its paragraph's start.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

OPENING = {"\u201c", "\u201e", "\u00ab", "``"}
CLOSING = {"\u201d", "\u00bb"}
AMBIGUOUS = {'"', "''"}
_MARK = re.compile(r"``|''|[\"\u201c\u201d\u201e\u00ab\u00bb]")
_PARAGRAPH = re.compile(r"\n\s*")


@dataclass(frozen=True, slots=True)
class Quote:
    """Characters start:end of a quotation, marks included; `closed` is False when recovered."""

    start: int
    end: int
    closed: bool = True


def find_quotes(text: str) -> list[Quote]:
    quotes: list[Quote] = []
    for para_start, para_end in _paragraphs(text):
        quotes.extend(_quotes_in_paragraph(text, para_start, para_end))
    return quotes


def _paragraphs(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for match in _PARAGRAPH.finditer(text):
        if match.start() > start:
            spans.append((start, match.start()))
        start = match.end()
    if start < len(text):
        spans.append((start, len(text)))
    return spans


def _role(text: str, mark: str, start: int, end: int, is_open: bool) -> str:
    """'open' or 'close' for a mark, using its neighbours when the mark itself is ambiguous."""
    if mark in OPENING:
        return "open"
    if mark in CLOSING:
        return "close"
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    if is_open:  # a mark glued to the preceding word closes; one glued to the next word re-opens
        return "open" if before.isspace() and not after.isspace() else "close"
    return "close" if after.isspace() else "open"


def _quotes_in_paragraph(text: str, para_start: int, para_end: int) -> list[Quote]:
    found: list[Quote] = []
    open_at: int | None = None
    for match in _MARK.finditer(text, para_start, para_end):
        role = _role(text, match.group(), match.start(), match.end(), open_at is not None)
        if role == "open":
            if open_at is not None:  # a second opening: the first one was never closed
                found.append(Quote(open_at, _trim_end(text, open_at, match.start()), closed=False))
            open_at = match.start()
        elif open_at is not None:
            found.append(Quote(open_at, match.end()))
            open_at = None
        elif not found:  # a closing mark with nothing open: the quote ran from the paragraph start
            found.append(Quote(para_start, match.end(), closed=False))
    if open_at is not None:
        found.append(Quote(open_at, _trim_end(text, open_at, para_end), closed=False))
    return [q for q in found if _has_words(text, q)]


def _trim_end(text: str, start: int, end: int) -> int:
    while end > start + 1 and text[end - 1].isspace():
        end -= 1
    return end


def _has_words(text: str, quote: Quote) -> bool:
    return any(ch.isalnum() for ch in text[quote.start : quote.end])
