"""A place mention and the word lists the recognisers share (data/*.txt, place_cues.yaml)."""

from __future__ import annotations

import functools
import importlib.resources
from dataclasses import dataclass

import yaml
from spacy.attrs import LOWER
from spacy.tokens import Doc, Span

DATA = importlib.resources.files("newsintel.nlp.places") / "data"


@dataclass(slots=True)
class Mention:
    """A place name in the text and the gazetteer entries it may be."""

    start: int  # token indices
    end: int
    start_char: int
    end_char: int
    text: str
    candidates: tuple[int, ...]
    source: str  # "ner" | "gazetteer" | "demonym" | "embedded" | "typed" | "chain" | "cued" | "variant"
    role: str = "literal"  # "literal" | "modifier" | "embedded" | "metonym"
    hint: str | None = None  # "division" | "settlement": a type noun next to the name says so
    unplaced_if_dropped: bool = False  # a cued reading of an NER place: reported unplaced when dropped


def make_mention(span: Span, candidates: tuple[int, ...], source: str, role: str = "literal") -> Mention:
    return Mention(
        start=span.start,
        end=span.end,
        start_char=span.start_char,
        end_char=span.end_char,
        text=span.text,
        candidates=candidates,
        source=source,
        role=role,
    )


def _word_list(filename: str) -> frozenset[str]:
    text = (DATA / filename).read_text(encoding="utf-8")
    return frozenset(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


@functools.lru_cache(maxsize=1)
def not_places() -> frozenset[str]:
    return _word_list("not_places.txt")


@functools.lru_cache(maxsize=1)
def person_cues() -> frozenset[str]:
    """Words that make the name after them a person's ("his brother Jordan", "Ms Monaco")."""
    return _word_list("person_cues.txt")


@functools.lru_cache(maxsize=1)
def place_cue_data() -> dict:
    return yaml.safe_load((DATA / "place_cues.yaml").read_text(encoding="utf-8"))


@functools.lru_cache(maxsize=1)
def type_nouns() -> tuple[frozenset[str], frozenset[str]]:
    """(nouns of divisions, nouns of settlements) from place_cues.yaml."""
    data = place_cue_data()
    return frozenset(data["division_nouns"]), frozenset(data["settlement_nouns"])


def hint_of(word: str) -> str | None:
    """ "division" or "settlement" for a type noun (lower case), else None."""
    divisions, settlements = type_nouns()
    if word in divisions:
        return "division"
    return "settlement" if word in settlements else None


@functools.lru_cache(maxsize=1)
def currency_nouns() -> frozenset[str]:
    """Nouns that make a country's name or demonym before them part of a currency's name."""
    return frozenset(place_cue_data()["currency_nouns"])


@functools.lru_cache(maxsize=1)
def place_cues() -> tuple[frozenset[str], frozenset[str]]:
    """(prepositions, nouns) that announce a place name."""
    data = place_cue_data()
    return frozenset(data["prepositions"]), frozenset(data["nouns"])


def positions_of(doc: Doc, words) -> list[int]:
    """Indices of the tokens whose lower-case form is one of `words`, read from the array of
    lower-case ids (a Python object per token would cost more than the scan)."""
    wanted = {doc.vocab.strings.add(word) for word in words}
    return [i for i, lower in enumerate(doc.to_array([LOWER]).tolist()) if lower in wanted]
