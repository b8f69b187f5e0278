"""Fixtures for testing one stage alone: a parse, and actors placed by hand on it."""

from __future__ import annotations

import re

import pytest


@pytest.fixture(scope="session")
def parse():
    """The bare spaCy model (no newsintel stages): text -> Doc."""
    from newsintel.nlp.load import default_model_name, load_model

    try:
        return load_model(default_model_name())
    except Exception as exc:  # noqa: BLE001  (any missing-model error means: skip)
        pytest.skip(f"no spaCy model: {exc}")


def place_actors(doc, actors: dict[str, tuple[str, str, str]]) -> None:
    """Store `{id: (surface, cameo, type)}` on `doc` as the actors stage would, one mention
    for every whole-word, case-insensitive occurrence of the surface form."""
    text = doc.text
    doc._.ni_actors = [
        {"id": actor_id, "name": surface, "cameo": cameo, "type": kind,
         "mentions": [{"start": m.start(), "end": m.end(), "text": m.group(0)}
                      for m in re.finditer(rf"\b{re.escape(surface)}\b", text, flags=re.IGNORECASE)]}
        for actor_id, (surface, cameo, kind) in actors.items()
    ]


@pytest.fixture(scope="session")
def with_actors():
    return place_actors
