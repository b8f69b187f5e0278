"""Fixtures for testing one stage alone: a parse, actors placed by hand on it, the model with
one stage, and a pipeline of chosen stages."""

from __future__ import annotations

import re

import pytest


@pytest.fixture(scope="session")
def parse(model_name: str):
    """The bare spaCy model (no newsintel stages): text -> Doc."""
    from newsintel.nlp.load import load_model

    return load_model(model_name)


def place_actors(doc, actors: dict[str, tuple[str, str, str]]) -> None:
    """Store `{id: (surface, cameo, type)}` on `doc` as the actors stage would, one mention
    for every whole-word, case-insensitive occurrence of the surface form."""
    text = doc.text
    doc._.ni_actors = [
        {
            "id": actor_id,
            "name": surface,
            "cameo": cameo,
            "type": kind,
            "mentions": [
                {"start": m.start(), "end": m.end(), "text": m.group(0)}
                for m in re.finditer(rf"\b{re.escape(surface)}\b", text, flags=re.IGNORECASE)
            ],
        }
        for actor_id, (surface, cameo, kind) in actors.items()
    ]


@pytest.fixture(scope="session")
def with_actors():
    return place_actors


@pytest.fixture(scope="session")
def attribution_nlp(model_name: str):
    """The spaCy model with the attribution stage alone, so outputs do not move with actors."""
    from newsintel.nlp.attribution import component  # noqa: F401  (registers the factory)
    from newsintel.nlp.load import load_fresh_model

    nlp = load_fresh_model(model_name)
    nlp.add_pipe("newsintel_attribution")
    return nlp


@pytest.fixture(scope="session")
def stages_runner(model_name: str):
    """stages -> run(text, published="2023-04-27") -> Doc through the pipeline of those stages."""
    from newsintel.nlp.pipeline import PipelineOptions, annotate
    from newsintel.records import Document

    def runner(*stages: str):
        options = PipelineOptions(stages=stages)

        def run(text: str, published: str | None = "2023-04-27"):
            ((_, doc),) = annotate([Document(id="test", text=text, published=published)], options=options)
            return doc

        return run

    return runner


@pytest.fixture(scope="module")
def coded_events(parse, with_actors):
    """text, hand-made actor table (and attributions) -> the events stage's plain events: one
    coder per test module, so every events test runs the stage the same way."""
    from newsintel.nlp.events.component import EventCoder

    coder = EventCoder()

    def run(text: str, actors: dict, attributions: list[dict] | None = None) -> list[dict]:
        doc = parse(text)
        with_actors(doc, actors)
        doc._.ni_attributions = attributions or []
        coder(doc)
        return list(doc._.ni_events)

    return run


@pytest.fixture(scope="session")
def run_places(stages_runner):
    """text -> Doc through the actors and places stages (the places tests' pipeline)."""
    return stages_runner("newsintel_actors", "newsintel_places")


@pytest.fixture(scope="session")
def places_of():
    """Doc -> {mention text: (place name, kind, country)}: what the places tests assert on."""

    def table(doc) -> dict[str, tuple]:
        return {m["text"]: (p["name"], p["kind"], p["country"]) for p in doc._.ni_places for m in p["mentions"]}

    return table
