"""Choose, for each place mention, the gazetteer entry it means.

Evidence, strongest first:
1. containment written in the text: "Springfield, Illinois", "Kabul, Afghanistan";
2. the document's context: countries and divisions named elsewhere in it (including by a
   demonym: "Afghan officials"), weighted by how often;
3. prominence: feature (country > capital > division > town) and population.
One sense per document: the same name gets the same place throughout, except where an
explicit container says otherwise. The confidence is the chosen candidate's share of
exp(score) over all candidates.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass

from spacy.tokens import Doc

from newsintel.nlp.places.gazetteer import (
    ADMIN1,
    ADMIN2,
    CAPITAL,
    CITY,
    CONTINENT,
    COUNTRY,
    LANDMARK,
    REGION,
    Gazetteer,
    normalise,
)
from newsintel.nlp.places.recognize import Mention

# Prior bonus by feature, on top of log10(population): a country beats any town of its name.
FEATURE_BONUS = {COUNTRY: 5.0, CONTINENT: 5.0, REGION: 4.0, CAPITAL: 2.5, ADMIN1: 1.0, ADMIN2: 0.0, CITY: 0.0, LANDMARK: 0.0}
CONTEXT_COUNTRY = 3.0  # a candidate in a country the document names
CONTEXT_ADMIN1 = 2.5  # a candidate in a division the document names
CONTAINED = 10.0  # "X, Y" where Y contains the candidate
PRIMARY_NAME = 0.5  # the mention is the candidate's own name, not an alternate
CONTAINER_FEATURES = (COUNTRY, ADMIN1)
# Regions and seas have no population: they get the prior of a large country, so that
# "Atlantic" or "Gulf" is the ocean, not a town of that name.
REGION_PRIOR = 12.0
LANDMARK_PRIOR = 10.0  # a famous site beats a small town of the same name
NEAR_KM = 200.0  # another place of the text this close supports a candidate
NEARBY = 2.0
LOCAL_FEATURES = (CITY, CAPITAL, ADMIN2)  # small enough for "nearby" to mean something


@dataclass(slots=True)
class Choice:
    entry: int | None
    confidence: float


def resolve(doc: Doc, mentions: list[Mention], gaz: Gazetteer) -> list[Choice]:
    """One Choice per mention, in the same order.

    Two passes: the first uses containment, country/division context and prominence; the
    second adds, for each candidate, the support of the other names' first-pass places
    lying near it (a text about Edmonton, Enfield and Tottenham is in north London).
    """
    containers = _containers(doc, mentions, gaz)
    context = _context(mentions, gaz)
    first = _pass(mentions, gaz, context, containers, anchors=None)
    anchors = _anchors(mentions, first, gaz)
    return _pass(mentions, gaz, context, containers, anchors=anchors)


def _pass(mentions, gaz, context, containers, *, anchors) -> list[Choice]:
    by_name: dict[str, Choice] = {}
    choices: list[Choice] = []
    for number, mention in enumerate(mentions):
        container = containers.get(number)
        key = normalise(mention.text)
        if container is None and key in by_name:
            choices.append(by_name[key])
            continue
        nearby = None if anchors is None else [(lat, lon) for name, lat, lon in anchors if name != key]
        countries, divisions = context.get(key, (Counter(), Counter()))
        choice = _choose(mention, gaz, countries, divisions, container, nearby)
        if container is None:
            by_name[key] = choice
        choices.append(choice)
    return choices


def _anchors(mentions: list[Mention], choices: list[Choice], gaz: Gazetteer) -> list[tuple[str, float, float]]:
    """(name, lat, lon) of the distinct towns and counties the first pass chose."""
    seen: set[str] = set()
    anchors = []
    for mention, choice in zip(mentions, choices, strict=True):
        key = normalise(mention.text)
        if choice.entry is None or key in seen or gaz.feature[choice.entry] not in LOCAL_FEATURES:
            continue
        seen.add(key)
        anchors.append((key, gaz.lat[choice.entry], gaz.lon[choice.entry]))
    return anchors


def _near_count(gaz: Gazetteer, entry: int, nearby: list[tuple[float, float]]) -> int:
    lat, lon = gaz.lat[entry], gaz.lon[entry]
    count = 0
    for other_lat, other_lon in nearby:
        # A cheap test first: a degree of latitude is 111 km.
        if abs(other_lat - lat) > NEAR_KM / 111.0:
            continue
        if _distance_km(lat, lon, other_lat, other_lon) <= NEAR_KM:
            count += 1
    return count


def _distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 12742.0 * math.asin(min(1.0, math.sqrt(a)))


def _containers(doc: Doc, mentions: list[Mention], gaz: Gazetteer) -> dict[int, Mention]:
    """Mention number -> the mention right after it across a comma, when that is a country
    or division ("Springfield, Illinois"); also "X in Y" is left to context, not here."""
    result = {}
    for number in range(len(mentions) - 1):
        first, second = mentions[number], mentions[number + 1]
        between = doc[first.end : second.start]
        if len(between) != 1 or between[0].text != ",":
            continue
        if any(gaz.feature[c] in CONTAINER_FEATURES for c in second.candidates):
            result[number] = second
    return result


def _context(mentions: list[Mention], gaz: Gazetteer) -> dict[str, tuple[Counter, Counter]]:
    """Per name: how often each country (alpha-2) and division is named by the OTHER names
    of the text (a name is no evidence for itself: "London" must not vote for England).
    Only a mention's best reading counts."""
    per_name: dict[str, tuple[Counter, Counter]] = {}
    for mention in mentions:
        top = max(mention.candidates, key=lambda c: _prior(gaz, c), default=None)
        if top is None:
            continue
        countries, divisions = per_name.setdefault(normalise(mention.text), (Counter(), Counter()))
        feature = gaz.feature[top]
        code = gaz.country[top]
        if feature == COUNTRY and code:
            countries[code] += 1
        elif feature in (ADMIN1, CAPITAL, CITY, ADMIN2) and code:
            countries[code] += 0.5
        if feature == ADMIN1 and code:
            divisions[(code, gaz.admin1[top])] += 1
    all_countries: Counter = sum((c for c, _ in per_name.values()), Counter())
    all_divisions: Counter = sum((d for _, d in per_name.values()), Counter())
    return {
        name: (all_countries - own_countries, all_divisions - own_divisions)
        for name, (own_countries, own_divisions) in per_name.items()
    }


def _prior(gaz: Gazetteer, entry: int) -> float:
    if gaz.feature[entry] == REGION:
        return REGION_PRIOR
    if gaz.feature[entry] == LANDMARK:
        return LANDMARK_PRIOR
    return math.log10(gaz.population[entry] + 10) + FEATURE_BONUS[gaz.feature[entry]]


def _contains(gaz: Gazetteer, container: int, entry: int) -> bool:
    if gaz.feature[container] == COUNTRY:
        return gaz.country[entry] == gaz.country[container] and entry != container
    if gaz.feature[container] == ADMIN1:
        return (
            gaz.country[entry] == gaz.country[container]
            and gaz.admin1[entry] == gaz.admin1[container]
            and entry != container
        )
    return False


def _same_name_division(gaz: Gazetteer, entry: int, candidates: tuple[int, ...]) -> bool:
    """A division that shares its name with a town inside it: the text means the town
    ("Kabul", "New York") unless it says "province"/"state", which is another name."""
    if gaz.feature[entry] != ADMIN1:
        return False
    return any(
        gaz.feature[c] in (CITY, CAPITAL)
        and gaz.country[c] == gaz.country[entry]
        and gaz.admin1[c] == gaz.admin1[entry]
        and gaz.population[c] >= 50_000
        for c in candidates
    )


def _score(
    mention: Mention,
    entry: int,
    gaz: Gazetteer,
    countries: Counter,
    divisions: Counter,
    container: Mention | None,
    nearby: list[tuple[float, float]] | None,
) -> float:
    score = _prior(gaz, entry)
    code = gaz.country[entry]
    feature = gaz.feature[entry]
    if code:
        score += CONTEXT_COUNTRY * math.log1p(countries.get(code, 0))
        if feature != COUNTRY:
            score += CONTEXT_ADMIN1 * math.log1p(divisions.get((code, gaz.admin1[entry]), 0))
    if nearby and feature in LOCAL_FEATURES:
        score += NEARBY * math.log1p(_near_count(gaz, entry, nearby))
    if container is not None and any(_contains(gaz, c, entry) for c in container.candidates):
        score += CONTAINED
    if normalise(gaz.name[entry]) == normalise(mention.text):
        score += PRIMARY_NAME
    if _same_name_division(gaz, entry, mention.candidates):
        score -= 3.0
    return score


def _choose(
    mention: Mention,
    gaz: Gazetteer,
    countries: Counter,
    divisions: Counter,
    container: Mention | None,
    nearby: list[tuple[float, float]] | None = None,
) -> Choice:
    if not mention.candidates:
        return Choice(None, 0.0)
    scored = [(_score(mention, c, gaz, countries, divisions, container, nearby), c) for c in mention.candidates]
    best_score, best = max(scored)
    total = sum(math.exp(s - best_score) for s, _ in scored)
    return Choice(best, round(1.0 / total, 3))
