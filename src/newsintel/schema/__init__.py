"""The "newsintel/1" JSON Schema, shipped with the package."""

from __future__ import annotations

import functools
import json
from importlib import resources
from typing import Any


@functools.cache
def report_schema() -> dict[str, Any]:
    return json.loads(resources.files(__name__).joinpath("newsintel-1.schema.json").read_text("utf-8"))


def validate_report(data: dict[str, Any]) -> None:
    """Raise jsonschema.ValidationError when `data` breaks the contract."""
    import jsonschema

    jsonschema.validate(data, report_schema())
