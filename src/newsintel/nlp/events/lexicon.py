"""The word lists of `data/frames.yaml`, read once."""

from __future__ import annotations

import functools
from importlib import resources

import yaml

from newsintel.errors import DictionaryError


@functools.lru_cache(maxsize=1)
def _lists() -> dict[str, frozenset[str]]:
    text = resources.files("newsintel.nlp.events.data").joinpath("frames.yaml").read_text(encoding="utf-8")
    data = yaml.safe_load(text)
    lists = {}
    for key, values in data.items():
        if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
            raise DictionaryError(
                f"'{key}' must be a list of words (quote on/off/yes/no)", path="events/data/frames.yaml"
            )
        lists[key] = frozenset(v.lower() for v in values)
    return lists


def words(name: str) -> frozenset[str]:
    return _lists()[name]
