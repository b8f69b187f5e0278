"""CAMEO and PLOVER as data: code tables, Goldstein scores, QuadClass, the mapping between them."""

from __future__ import annotations

import csv
import functools
from dataclasses import dataclass
from importlib import resources

import yaml

from newsintel.errors import DictionaryError

_DATA = "newsintel.nlp.events.data"


@dataclass(frozen=True, slots=True)
class CameoCode:
    code: str
    goldstein: float
    quad_class: int
    gloss: str


def _rows(name: str) -> list[list[str]]:
    text = resources.files(_DATA).joinpath(name).read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    return list(csv.reader(lines[1:], delimiter="\t"))


@functools.lru_cache(maxsize=1)
def cameo_codes() -> dict[str, CameoCode]:
    codes: dict[str, CameoCode] = {}
    for number, row in enumerate(_rows("cameo.tsv"), start=3):
        if len(row) != 4:
            raise DictionaryError("expected 4 tab-separated columns", path="cameo.tsv", line=number)
        code, goldstein, quad, gloss = row
        codes[code] = CameoCode(code, float(goldstein), int(quad), gloss)
    return codes


@functools.lru_cache(maxsize=1)
def _plover_prefixes() -> dict[str, tuple[str | None, str | None]]:
    table: dict[str, tuple[str | None, str | None]] = {}
    for cameo, plover, mode in _rows("cameo_plover.tsv"):
        table[cameo] = (None if plover == "-" else plover, None if mode == "-" else mode)
    return table


@functools.lru_cache(maxsize=1)
def plover_types() -> dict[str, dict]:
    text = resources.files(_DATA).joinpath("plover.yaml").read_text(encoding="utf-8")
    return yaml.safe_load(text)["event_types"]


def _known_prefix(code: str) -> str | None:
    """The longest prefix of `code` that is a CAMEO code ("1951" for "1951", "19" for "19x")."""
    codes = cameo_codes()
    for length in range(len(code), 1, -1):
        if code[:length] in codes:
            return code[:length]
    return None


def describe(code: str | None) -> CameoCode | None:
    """The CAMEO entry of `code`, or of its nearest known parent for dictionary-specific codes."""
    if not code:
        return None
    prefix = _known_prefix(code)
    return cameo_codes()[prefix] if prefix else None


def plover_of(code: str | None) -> tuple[str | None, str | None]:
    """(PLOVER event type, PLOVER mode) of a CAMEO code, (None, None) where PLOVER has none."""
    if not code or _known_prefix(code) is None:
        return None, None
    table = _plover_prefixes()
    for length in range(len(code), 1, -1):
        if code[:length] in table:
            return table[code[:length]]
    return None, None
