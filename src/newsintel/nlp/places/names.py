"""Sets of place names other stages ask about, drawn from the places stage's gazetteer (the one
GeoNames loader of newsintel): is this word a known place, does it point to the US?"""

from __future__ import annotations

import functools

from newsintel.nlp.places.gazetteer import ADMIN1, ADMIN2, CAPITAL, CITY, COUNTRY, load_gazetteer, normalise

PLACE_FEATURES = frozenset({COUNTRY, ADMIN1, ADMIN2, CITY, CAPITAL})
US_CITY_POPULATION = 15_000  # a city this large whose biggest namesake is American points to the US


@functools.lru_cache(maxsize=1)
def known_place_names() -> frozenset[str]:
    """Normalised names (`gazetteer.normalise`) of countries, divisions and towns, alternates
    included: a name here is a place before it is an actor ("Kandahar", not "Puntland said")."""
    gaz = load_gazetteer()
    names = set()
    for key, found in gaz.index.items():
        entries = (found,) if isinstance(found, int) else found
        if any(gaz.feature[e] in PLACE_FEATURES for e in entries):
            names.add(key)
    return frozenset(names)


def is_known_place(text: str) -> bool:
    return normalise(text) in known_place_names()


@functools.lru_cache(maxsize=1)
def us_place_names() -> tuple[frozenset[str], frozenset[str]]:
    """(US state names that are also country names, names that point to the US: other US
    states and US cities of 15,000+ people whose most populous namesake is American), lower
    case. "Washington" is left out: it stands for the US government in foreign news."""
    gaz = load_gazetteer()
    countries = {gaz.name[e].lower() for e in gaz.country_entry.values()}
    states = {gaz.name[e].lower() for (code, _), e in gaz.admin1_entry.items() if code == "US"}
    biggest: dict[str, tuple[int, str | None]] = {}
    for entry, feature in enumerate(gaz.feature):
        if feature not in (CITY, CAPITAL) or gaz.population[entry] < US_CITY_POPULATION:
            continue
        name = gaz.name[entry].lower()
        if gaz.population[entry] > biggest.get(name, (-1, None))[0]:
            biggest[name] = (gaz.population[entry], gaz.country[entry])
    cities = {name for name, (_, code) in biggest.items() if code == "US"}
    homonyms = states & countries
    pointing = (states | cities) - homonyms - countries - {"washington"}
    return frozenset(homonyms), frozenset(pointing)
