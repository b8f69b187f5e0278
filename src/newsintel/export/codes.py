"""Code tables the exporters need, read once from `export/data/`."""

from __future__ import annotations

import csv
import functools
from dataclasses import dataclass
from importlib import resources


def _rows(name: str) -> list[dict[str, str]]:
    text = (resources.files("newsintel.export") / "data" / name).read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line and not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t"))


@dataclass(frozen=True, slots=True)
class Country:
    alpha3: str
    alpha2: str
    fips: str
    numeric: str
    name: str


@functools.cache
def countries() -> dict[str, Country]:
    """alpha-3 -> Country (FIPS 10-4 code, ISO numeric, name)."""
    return {row["alpha3"]: Country(**row) for row in _rows("countries.tsv")}


def fips(alpha3: str | None) -> str:
    """The FIPS 10-4 country code GDELT's geography uses, or "" when unknown."""
    country = countries().get((alpha3 or "").upper())
    return country.fips if country else ""


@functools.cache
def cameo_actor_parts() -> dict[str, str]:
    """3-letter CAMEO actor code part -> "type" or "religion"."""
    return {row["code"]: row["kind"] for row in _rows("cameo_actor_roles.tsv")}


@dataclass(frozen=True, slots=True)
class ActorCode:
    """A CAMEO actor code split the way GDELT's actor columns are."""

    code: str = ""
    country: str = ""
    known_group: str = ""
    religions: tuple[str, ...] = ()
    types: tuple[str, ...] = ()


def split_actor_code(code: str | None, country: str | None = None) -> ActorCode:
    """ "AFGINSSHI" -> country AFG, types (INS,), religions (SHI,); the first part that is
    neither a country, a type nor a religion is the known group ("IGOUNO" -> type IGO,
    group UNO). `country` (alpha-3) fills in when the code has none."""
    code = (code or "").upper()
    parts = [code[i : i + 3] for i in range(0, len(code) - len(code) % 3, 3)]
    roles = cameo_actor_parts()
    found_country = parts.pop(0) if parts and parts[0] in countries() else ""
    types = tuple(p for p in parts if roles.get(p) == "type")
    religions = tuple(p for p in parts if roles.get(p) == "religion")
    others = [p for p in parts if p not in roles]
    return ActorCode(
        code=code,
        country=found_country or (country or "").upper(),
        known_group=others[0] if others else "",
        religions=religions[:2],
        types=types[:3],
    )


def acled_event_type(cameo: str | None) -> tuple[str, str] | None:
    """The ACLED (event type, sub-event type) a CAMEO code maps to by default (events stored
    before the event records carried their own ACLED coding)."""
    from newsintel.nlp.events.record.taxonomy import cameo_acled  # pure data, no spaCy

    return cameo_acled(cameo)


@functools.cache
def acled_inter_codes() -> dict[str, str]:
    return {row["type"]: row["inter"] for row in _rows("acled_inter.tsv")}
