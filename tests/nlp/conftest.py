"""Fixtures for testing one stage alone: a parse, actors placed by hand on it, the model with
one stage, and a pipeline of chosen stages."""

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


@pytest.fixture(scope="session")
def attribution_nlp():
    """The spaCy model with the attribution stage alone, so outputs do not move with actors."""
    from newsintel.nlp.attribution import component  # noqa: F401  (registers the factory)
    from newsintel.nlp.load import load_fresh_model

    nlp = load_fresh_model()
    nlp.add_pipe("newsintel_attribution")
    return nlp


@pytest.fixture(scope="session")
def stages_runner():
    """stages -> run(text, published="2023-04-27") -> Doc through the pipeline of those stages."""
    from newsintel.nlp.load import default_model_name
    from newsintel.nlp.pipeline import PipelineOptions, annotate
    from newsintel.records import Document

    try:
        default_model_name()
    except Exception:  # noqa: BLE001  (any missing-model error means: skip)
        pytest.skip("no spaCy English model installed")

    def runner(*stages: str):
        options = PipelineOptions(stages=stages)

        def run(text: str, published: str | None = "2023-04-27"):
            ((_, doc),) = annotate([Document(id="test", text=text, published=published)], options=options)
            return doc

        return run

    return runner
