"""ACLED's taxonomy as data: actor types, means, type cues and count words (`data/acled.yaml`)
and the CAMEO codes that are ACLED kinds of event (`data/cameo_acled.tsv`). No spaCy."""

from __future__ import annotations

import csv
import dataclasses
import functools
from collections.abc import Iterable, Sequence
from importlib import resources
from typing import Any

import yaml

from newsintel.datafiles import reading_yaml

DATA = "newsintel.nlp.events.record"
ACLED_EVENT_TYPES: tuple[str, ...] = (
    "Battles",
    "Explosions/Remote violence",
    "Violence against civilians",
    "Protests",
    "Riots",
    "Strategic developments",
)
ACTOR_TYPES: tuple[str, ...] = (
    "state forces",
    "rebel group",
    "political militia",
    "identity militia",
    "rioters",
    "protesters",
    "civilians",
    "external/other",
)

Phrase = tuple[str, ...]


class Phrases:
    """Word tuples indexed by their first word, longest first, matched on words or lemmas."""

    def __init__(self, items: Iterable[str]) -> None:
        self.by_first: dict[str, list[Phrase]] = {}
        for phrase in sorted({tuple(str(i).lower().split()) for i in items}, key=len, reverse=True):
            self.by_first.setdefault(phrase[0], []).append(phrase)

    def find(self, words: Sequence[str], lemmas: Sequence[str] | None = None) -> list[tuple[int, int]]:
        """(start, end) of every phrase found, longest at each position; `words` and `lemmas`
        are parallel lower-case sequences, a phrase word matching either."""
        lemmas = lemmas if lemmas is not None else words
        found = []
        for i in range(len(words)):
            for first in {words[i], lemmas[i]}:
                hit = next((p for p in self.by_first.get(first, ()) if _matches(p, words, lemmas, i)), None)
                if hit:
                    found.append((i, i + len(hit)))
                    break
        return found

    def any_in(self, words: Sequence[str], lemmas: Sequence[str] | None = None) -> bool:
        return bool(self.find(words, lemmas))


def _matches(phrase: Phrase, words: Sequence[str], lemmas: Sequence[str], i: int) -> bool:
    if i + len(phrase) > len(words):
        return False
    return all(p in (words[i + k], lemmas[i + k]) for k, p in enumerate(phrase))


@dataclasses.dataclass(frozen=True, slots=True)
class ActorType:
    name: str  # ACLED's: "state forces", ...
    inter: int
    words: frozenset[str]
    name_pattern: str  # "Military Forces of {country}"
    phrases: Phrases


@dataclasses.dataclass(frozen=True, slots=True)
class Taxonomy:
    actor_types: tuple[ActorType, ...]
    dictionary_types: dict[str, str]
    police_words: frozenset[str]
    police_name: str
    means: tuple[tuple[str, Phrases], ...]  # in the order tried
    remote_means: dict[str, str]  # means -> Explosions/Remote violence sub-event type
    cues: dict[str, Phrases]
    count_words: dict[Phrase, int]
    death_words: Phrases
    injury_words: Phrases
    no_casualty_words: frozenset[str]
    non_victim_nouns: frozenset[str]
    singular_victim: frozenset[str]
    near_words: Phrases
    cameo: dict[str, tuple[str, str]]  # CAMEO prefix -> (event type, sub-event type)
    cue_verbs: dict[str, str]  # lemma -> CAMEO code of an event the coder missed
    cue_nouns: dict[str, str]
    noun_event_heads: frozenset[str]  # verbs that say an event noun happened ("clashes erupted")
    noun_event_object_heads: frozenset[str]  # ... only as their object ("performed a sit-in")
    self_evident_verbs: frozenset[str]  # event verbs that need no actor ("a bomb exploded")
    # a verb that is an event word with one of these objects or particles, itself evident
    # ("set a car on fire", "blew up a bridge", "used explosives"): lemma -> word -> CAMEO code
    cue_verb_objects: dict[str, dict[str, str]]
    separation_verbs: frozenset[str]  # "fired from the company": with "from", no event
    victim_subject_verbs: frozenset[str]  # "a prisoner died": the subject suffered
    self_evident_objects: frozenset[str]  # "a car was set on fire": no actor needed
    fire_modifiers: frozenset[str]  # "artillery fire": shooting, not a blaze
    quantity_nouns: frozenset[str]  # "a total of 12 explosions", "a series of blasts"
    attempt_nouns: frozenset[str] = frozenset()  # "an attempt to attack": the attack is an event
    # verbs that are events when a non-state armed group is a side ("the cartel distributed food parcels")
    armed_group_verbs: dict[str, str] = dataclasses.field(default_factory=dict)
    # nouns that are event words when "against" an armed side ("an operation against the Front")
    targeted_cue_nouns: dict[str, str] = dataclasses.field(default_factory=dict)
    # nouns that are event words only with one of their modifiers ("a military column"): noun -> (modifiers, code)
    modified_cue_nouns: dict[str, tuple[frozenset[str], str]] = dataclasses.field(default_factory=dict)

    def actor_type(self, name: str) -> ActorType | None:
        return next((t for t in self.actor_types if t.name == name), None)

    def inter(self, name: str | None) -> int | None:
        found = self.actor_type(name) if name else None
        return found.inter if found else None


def _read_text(name: str) -> str:
    return (resources.files(DATA) / "data" / name).read_text(encoding="utf-8")


@functools.lru_cache(maxsize=1)
def taxonomy() -> Taxonomy:
    """The taxonomy, read once; a broken file raises a DictionaryError naming it."""
    with reading_yaml(DATA, "data/acled.yaml", what="the ACLED taxonomy") as data:
        return _build(data, _cameo_table())


def _build(data: dict[str, Any], cameo: dict[str, tuple[str, str]]) -> Taxonomy:
    types = data["actor_types"]
    unknown = set(types) - set(ACTOR_TYPES)
    if unknown:
        raise ValueError(f"unknown actor types {sorted(unknown)}; ACLED's are {', '.join(ACTOR_TYPES)}")
    state = types["state forces"]
    return Taxonomy(
        actor_types=tuple(
            ActorType(
                name,
                int(entry["inter"]),
                frozenset(str(w).lower() for w in entry["words"]),
                str(entry["name"]),
                Phrases(entry["words"]),
            )
            for name, entry in types.items()
        ),
        dictionary_types={str(k): str(v) for k, v in data["dictionary_types"].items()},
        police_words=frozenset(state.get("police_words", ())),
        police_name=str(state.get("police_name", state["name"])),
        means=tuple((str(m["means"]), Phrases(m["cues"])) for m in data["means"]),
        remote_means={str(k): str(v) for k, v in data["remote_means"].items()},
        cues={str(k): Phrases(v) for k, v in data["cues"].items()},
        count_words={tuple(str(k).split()): int(v) for k, v in data["count_words"].items()},
        death_words=Phrases(data["death_words"]),
        injury_words=Phrases(data["injury_words"]),
        no_casualty_words=frozenset(data["no_casualty_words"]),
        non_victim_nouns=frozenset(data["non_victim_nouns"]),
        singular_victim=frozenset(data["singular_victim_determiners"]),
        near_words=Phrases(data["near_words"]),
        cameo=cameo,
        cue_verbs={str(k): str(v) for k, v in data["cue_verbs"].items()},
        cue_nouns={str(k): str(v) for k, v in data["cue_nouns"].items()},
        noun_event_heads=frozenset(data["noun_event_heads"]),
        noun_event_object_heads=frozenset(data["noun_event_object_heads"]),
        self_evident_verbs=frozenset(data["self_evident_verbs"]),
        cue_verb_objects={
            str(verb): {str(word): str(code) for word, code in objects.items()}
            for verb, objects in data["cue_verb_objects"].items()
        },
        separation_verbs=frozenset(data["separation_verbs"]),
        victim_subject_verbs=frozenset(data["victim_subject_verbs"]),
        self_evident_objects=frozenset(data["self_evident_objects"]),
        fire_modifiers=frozenset(data["fire_modifiers"]),
        quantity_nouns=frozenset(data["quantity_nouns"]),
        attempt_nouns=frozenset(data.get("attempt_nouns", ())),
        armed_group_verbs={str(k): str(v) for k, v in (data.get("armed_group_verbs") or {}).items()},
        targeted_cue_nouns={str(k): str(v) for k, v in (data.get("targeted_cue_nouns") or {}).items()},
        modified_cue_nouns={
            str(noun): (frozenset(str(m) for m in entry["modifiers"]), str(entry["code"]))
            for noun, entry in (data.get("modified_cue_nouns") or {}).items()
        },
    )


def _cameo_table() -> dict[str, tuple[str, str]]:
    lines = [line for line in _read_text("cameo_acled.tsv").splitlines() if line and not line.startswith("#")]
    table = {}
    for row in csv.DictReader(lines, delimiter="\t"):
        if row["event_type"] not in ACLED_EVENT_TYPES:
            raise ValueError(f"cameo_acled.tsv: unknown ACLED event type {row['event_type']!r}")
        table[row["cameo"]] = (row["event_type"], row["sub_event_type"])
    return table


@functools.lru_cache(maxsize=1)
def country_names() -> dict[str, str]:
    """alpha-3 -> the country's short English name, from the built-in actor dictionary's countries."""
    text = (resources.files("newsintel.nlp.actors") / "data" / "countries.yaml").read_text(encoding="utf-8")
    entries = yaml.safe_load(text) or []
    return {
        str(e["country"]): str(e["name"])
        for e in entries
        if isinstance(e, dict)
        and e.get("type") == "state"
        and e.get("country")
        and str(e.get("id")) == str(e["country"]).lower()
    }


def disorder_type(event_type: str | None, sub_event_type: str | None) -> str:
    """ACLED's disorder type ("Political violence", "Demonstrations", ...) of a coded event."""
    data = _disorder_table()
    return data[1].get(sub_event_type or "") or data[0].get(event_type or "", "")


@functools.lru_cache(maxsize=1)
def _disorder_table() -> tuple[dict[str, str], dict[str, str]]:
    data = yaml.safe_load(_read_text("acled.yaml"))
    return dict(data["disorder_types"]), dict(data["disorder_sub_types"])


def cameo_acled(cameo: str | None) -> tuple[str, str] | None:
    """The ACLED (event type, sub-event type) a CAMEO code maps to by default: its longest listed prefix."""
    table = taxonomy().cameo
    code = cameo or ""
    for length in range(len(code), 1, -1):
        match = table.get(code[:length])
        if match:
            return match
    return None
