"""The cue lexicon and the speaker word lists, read from `data/` once per process."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import yaml

from newsintel.errors import DictionaryError

STANCES = ("neutral", "assertive", "hedged", "concession", "denial", "appeal")
CUE_KINDS = ("verb", "noun", "phrase")
FRAME_LETTERS = set("cqoxe-")


@dataclass(frozen=True, slots=True)
class Cue:
    """One reporting cue: a verb or noun lemma, or a phrase of lower-cased words."""

    text: str
    kind: str
    stance: str
    frames: frozenset[str]


@dataclass(frozen=True, slots=True)
class CueLexicon:
    verbs: dict[str, Cue]
    nouns: dict[str, Cue]
    phrases: dict[str, Cue]

    def __len__(self) -> int:
        return len(self.verbs) + len(self.nouns) + len(self.phrases)


@dataclass(frozen=True, slots=True)
class SpeakerWords:
    source_roles: frozenset[str]
    institutions: frozenset[str]
    anaphoric_roles: frozenset[str]
    ranks: frozenset[str]
    numbers: dict[str, int]
    plural_quantifiers: frozenset[str]
    documents: frozenset[str]
    media: frozenset[str]
    derivation_verbs: frozenset[str]
    issuing_verbs: frozenset[str]
    labels: frozenset[str]
    anonymity_phrases: tuple[str, ...]


def _data_text(name: str) -> tuple[str, str]:
    ref = resources.files("newsintel.nlp.attribution") / "data" / name
    return ref.read_text(encoding="utf-8"), str(ref)


def parse_cues(text: str, *, path: str = "cues.tsv") -> CueLexicon:
    """Parse the TSV form of the lexicon; every bad line raises with its number."""
    tables: dict[str, dict[str, Cue]] = {kind: {} for kind in CUE_KINDS}
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.startswith("#") or line.startswith("cue\t"):
            continue
        fields = line.rstrip("\n").split("\t")
        if len(fields) != 4:
            raise DictionaryError(
                f"expected 4 tab-separated fields (cue, kind, stance, frames), got {len(fields)}",
                path=path,
                line=number,
            )
        cue, kind, stance, frames = (f.strip() for f in fields)
        if kind not in CUE_KINDS:
            raise DictionaryError(f"kind must be one of {', '.join(CUE_KINDS)}, got {kind!r}", path=path, line=number)
        if stance not in STANCES:
            raise DictionaryError(f"stance must be one of {', '.join(STANCES)}, got {stance!r}", path=path, line=number)
        if not cue or not set(frames) <= FRAME_LETTERS:
            raise DictionaryError(f"bad cue or frames {cue!r} {frames!r}", path=path, line=number)
        tables[kind].setdefault(cue.lower(), Cue(cue.lower(), kind, stance, frozenset(frames) - {"-"}))
    return CueLexicon(verbs=tables["verb"], nouns=tables["noun"], phrases=tables["phrase"])


@functools.lru_cache(maxsize=8)
def load_cues(path: str | None = None) -> CueLexicon:
    """The built-in lexicon, or the TSV file at `path`."""
    if path is None:
        text, where = _data_text("cues.tsv")
    else:
        try:
            text, where = Path(path).read_text(encoding="utf-8"), path
        except OSError as exc:
            raise DictionaryError(f"cannot read the cue lexicon: {exc}", path=path) from exc
    return parse_cues(text, path=where)


@functools.lru_cache(maxsize=1)
def load_speaker_words() -> SpeakerWords:
    text, where = _data_text("speakers.yaml")
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise DictionaryError(f"invalid YAML: {exc}", path=where) from exc
    try:
        return SpeakerWords(
            source_roles=frozenset(w.lower() for w in data["source_roles"]),
            institutions=frozenset(w.lower() for w in data["institutions"]),
            anaphoric_roles=frozenset(w.lower() for w in data["anaphoric_roles"]),
            ranks=frozenset(w.lower() for w in data["ranks"]),
            numbers={k.lower(): int(v) for k, v in data["numbers"].items()},
            plural_quantifiers=frozenset(w.lower() for w in data["plural_quantifiers"]),
            documents=frozenset(w.lower() for w in data["documents"]),
            media=frozenset(w.lower() for w in data["media"]),
            derivation_verbs=frozenset(w.lower() for w in data["derivation_verbs"]),
            issuing_verbs=frozenset(w.lower() for w in data.get("issuing_verbs", ())),
            labels=frozenset(str(w).lower() for w in data["labels"]),
            anonymity_phrases=tuple(p.lower() for p in data["anonymity_phrases"]),
        )
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise DictionaryError(f"missing or malformed section: {exc}", path=where) from exc
