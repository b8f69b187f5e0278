"""The YAML word lists and tables shipped beside the code that reads them.

An analyst edits these files; a mistake in one (bad YAML, a missing key, a value of the wrong
kind) must come out as one `DictionaryError` naming the file, never a traceback from deep in a
stage. `reading_yaml` is the one place that turns such problems into that error."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from importlib import resources
from typing import Any

import yaml

from newsintel.errors import DictionaryError

# What a malformed file raises while it is read or while its contents are turned into tables.
PROBLEMS = (OSError, KeyError, TypeError, AttributeError, ValueError, yaml.YAMLError)


@contextlib.contextmanager
def reading_yaml(package: str, name: str, *, what: str) -> Iterator[Any]:
    """The parsed file `name` (a path inside `package`) for the block, which builds its tables
    from it; any problem in reading or building raises DictionaryError("cannot read `what`: ...")
    naming the file."""
    try:
        yield yaml.safe_load(resources.files(package).joinpath(name).read_text(encoding="utf-8"))
    except PROBLEMS as exc:
        raise DictionaryError(f"cannot read {what}: {exc}", path=f"{package}/{name}") from exc
