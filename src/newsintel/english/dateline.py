"""Datelines: "KABUL (Reuters) - Militants attacked ..." and "ROME — ...", the place in capitals
(and an agency in brackets) before a dash that opens a wire story.

`dateline_end` reads one in raw text; the actors and places stages test tokens they already
hold against the same `DASHES`."""

from __future__ import annotations

import re

DASHES = frozenset({"-", "--", "\u2013", "\u2014"})  # what closes a dateline: hyphens, en and em dashes

_DASH = "|".join(re.escape(dash) for dash in sorted(DASHES, key=len, reverse=True))
DATELINE = re.compile(r"[A-Z]{2}[A-Z .,'/-]{0,40}(?:\([A-Za-z .-]{1,30}\))?\s*(?:" + _DASH + r")\s+")


def dateline_end(text: str, start: int = 0, end: int | None = None) -> int | None:
    """Where the words after a dateline at `start` begin, or None when no dateline opens there."""
    match = DATELINE.match(text, start, len(text) if end is None else end)
    return match.end() if match else None
