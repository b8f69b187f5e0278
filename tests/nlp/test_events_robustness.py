"""The events stage on generated hostile input: a result or nothing, never an exception.

Sizes are fixed and small enough for the default suite; there are no timing asserts (speed
is measured in benchmarks/bench_events.py). A quadratic step would show there as a jump."""

from __future__ import annotations

import random

import pytest

pytestmark = pytest.mark.model

ACTORS = {
    "rebels": ("the rebels", "REB", "insurgent"),
    "kandor": ("Kandor", "KAN", "state"),
}


@pytest.fixture(scope="module")
def run(coded_events):
    def code(text: str, actors: dict | None = None) -> list[dict]:
        return coded_events(text, actors if actors is not None else ACTORS)

    return code


def test_a_sentence_of_two_thousand_words(run) -> None:
    clause = "the rebels attacked Kandor and said the army would withdraw after the talks , "
    words = (clause * 200).split()[:2000]
    events = run(" ".join(words) + ".")
    assert events and all(e["cameo"] for e in events)
    assert any(e["source"] == "rebels" and e["target"] == "kandor" for e in events)


def test_a_list_of_two_hundred_names(run) -> None:
    names = {f"n{i}": (f"Land{i}x", f"L{i:02d}", "state") for i in range(200)}
    listed = ", ".join(surface for surface, _, _ in names.values())
    events = run(f"{listed} and Kandor condemned the rebels.", {**ACTORS, **names})
    sources = {e["source"] for e in events if e["cameo"] == "111"}
    assert "kandor" in sources and sources <= {*names, "kandor"}  # the parser drops some members: never a wrong one


def test_all_capitals(run) -> None:
    events = run("THE REBELS ATTACKED KANDOR ON TUESDAY, A MILITARY SOURCE SAID. THE FRONT HAS YET TO APOLOGIZE.")
    assert all(isinstance(e["cameo"], str) for e in events)


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_broken_parses_of_token_soup(run, seed: int) -> None:
    rng = random.Random(seed)
    vocabulary = [
        "attacked",
        "the",
        "rebels",
        "Kandor",
        "of",
        "'s",
        ",",
        "by",
        "former",
        "latter",
        "said",
        "to",
        "would",
        "unless",
        "ago",
        "yet",
        "(",
        ")",
        "--",
        "fire",
        "opened",
        "war",
        "talks",
        "must",
        "after",
        "that",
        ".",
    ]
    text = " ".join(rng.choice(vocabulary) for _ in range(600))
    events = run(text)
    assert all(e["id"].startswith("e") for e in events)


def test_empty_and_punctuation_only_documents(run) -> None:
    assert run("") == []
    assert run(", , ; -- ...") == []
