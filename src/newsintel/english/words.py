"""Closed-class word sets shared across stages, read once from `data/closed_class.yaml`."""

from __future__ import annotations

from importlib import resources
from typing import Any

import yaml

from newsintel.errors import DictionaryError

_FILE = "newsintel/english/data/closed_class.yaml"


def _load() -> dict[str, Any]:
    try:
        text = resources.files("newsintel.english.data").joinpath("closed_class.yaml").read_text("utf-8")
        data = yaml.safe_load(text)
    except (OSError, yaml.YAMLError) as exc:
        raise DictionaryError(f"cannot read the closed-class word sets: {exc}", path=_FILE) from exc
    if not isinstance(data, dict):
        raise DictionaryError("expected a mapping of set name -> list of words", path=_FILE)
    return data


def _words(data: dict[str, Any], *keys: str) -> frozenset[str]:
    value: Any = data
    for key in keys:
        if not isinstance(value, dict) or key not in value:
            raise DictionaryError(f"no word set {'.'.join(keys)!r}", path=_FILE)
        value = value[key]
    if not isinstance(value, list):
        raise DictionaryError(f"word set {'.'.join(keys)!r} must be a list", path=_FILE)
    return frozenset(str(word).lower() for word in value)


_DATA = _load()

STAND_IN_SUBJECTS = _words(_DATA, "stand_in_subjects")
STAND_IN_COUNTED = STAND_IN_SUBJECTS | _words(_DATA, "stand_in_counted")
PERSON_ACTOR_PRONOUNS = _words(_DATA, "actor_pronouns", "person")
NON_PERSON_ACTOR_PRONOUNS = _words(_DATA, "actor_pronouns", "non_person")
ACTOR_PRONOUNS = PERSON_ACTOR_PRONOUNS | NON_PERSON_ACTOR_PRONOUNS
RELATIVE_PRONOUNS = _words(_DATA, "relative_pronouns")
PERSON_SPEAKER_PRONOUNS = _words(_DATA, "speaker_pronouns", "person")
GROUP_SPEAKER_PRONOUNS = _words(_DATA, "speaker_pronouns", "group")
SPEAKER_PRONOUNS = _words(_DATA, "speaker_pronouns", "subjects")
