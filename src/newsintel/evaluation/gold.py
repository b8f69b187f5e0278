"""Reading the JSON-lines files of the evaluation sets, with errors that name file and line."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from newsintel.errors import InputError


def read_jsonl(path: str | Path, *, required: tuple[str, ...] = ()) -> Iterator[tuple[int, dict]]:
    """(line number, record) for every non-blank line; each record must be an object with `required` keys."""
    path = Path(path)
    if not path.is_file():
        raise InputError("no such file", path=str(path))
    try:
        handle = path.open(encoding="utf-8")
    except OSError as exc:
        raise InputError(f"cannot read the file: {exc.strerror}", path=str(path)) from None
    with handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                raise InputError(f"line {number}: not JSON ({exc.msg})", path=str(path)) from None
            if not isinstance(record, dict):
                raise InputError(f"line {number}: expected a JSON object", path=str(path))
            missing = [key for key in required if key not in record]
            if missing:
                raise InputError(f"line {number}: missing {', '.join(missing)}", path=str(path))
            yield number, record


def first_record(path: str | Path) -> Any | None:
    """The JSON value of the first non-blank line (None when the file is empty or that line is not
    JSON): enough to tell which kind of gold file a path holds."""
    path = Path(path)
    if not path.is_file():
        raise InputError("no such gold file", path=str(path))
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                try:
                    return json.loads(line)
                except json.JSONDecodeError:
                    return None
    return None
