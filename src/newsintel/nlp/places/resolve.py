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

from newsintel.nlp.places.context import Focus, document_focus, neighbours_of, refresh_focus
from newsintel.nlp.places.gazetteer import (
    ADMIN1,
    ADMIN2,
    CAPITAL,
    CITY,
    CONTINENT,
    COUNTRY,
    LANDMARK,
    MIN_DIVISION_SKELETON,
    REGION,
    Gazetteer,
    loose_key,
    normalise,
)
from newsintel.nlp.places.mentions import Mention, hint_of, type_nouns
from newsintel.nlp.places.seats import bare_name
from newsintel.nlp.places.spelling import respelt_divisions

# Prior bonus by feature, on top of log10(population): a country beats any town of its name.
FEATURE_BONUS = {
    COUNTRY: 5.0,
    CONTINENT: 5.0,
    REGION: 4.0,
    CAPITAL: 2.5,
    ADMIN1: 1.0,
    ADMIN2: 0.0,
    CITY: 0.0,
    LANDMARK: 0.0,
}
CONTEXT_COUNTRY = 3.0  # a candidate in a country the document names
CONTEXT_ADMIN1 = 2.5  # a candidate in a division the document names
CONTAINED = 10.0  # "X, Y" where Y contains the candidate
PRIMARY_NAME = 0.5  # the mention is the candidate's own name, not an alternate
CONTAINER_FEATURES = (COUNTRY, ADMIN1, ADMIN2)
# The focus country (context.py) raises its candidates by FOCUS times its share of the votes,
# its neighbours by a quarter of that; a town abroad whose country nothing else in the text
# names is lowered by DISTANT, and left unresolved when the focus is strong and it is small.
FOCUS = 4.0
FOCUS_MIN_RATIO = 0.1  # of the most populous candidate's population
NEIGHBOUR_SHARE = 0.25
DISTANT = 2.0
DISTANT_TOWN_MAX = 500_000
SOLE_TOWN_MAX = 100_000  # against a focus of few votes, only a small town abroad is dropped
HINTED = {"division": (ADMIN1, ADMIN2), "settlement": (CITY, CAPITAL)}
# Regions and seas have no population: they get the prior of a large country, so that
# "Atlantic" or "Gulf" is the ocean, not a town of that name.
REGION_PRIOR = 12.0
LANDMARK_PRIOR = 10.0  # a famous site beats a small town of the same name
NEAR_KM = 200.0  # another place of the text this close supports a candidate
NEARBY = 2.0
LOCAL_FEATURES = (CITY, CAPITAL, ADMIN2)  # small enough for "nearby" to mean something
FOCUS_LOOSE_MIN = 5  # letters of `loose_key` a town name needs for its close spellings in the focus


@dataclass(slots=True)
class Choice:
    entry: int | None
    confidence: float
    evidence: tuple[str, ...] = ()  # why this entry: "contained", "focus", "context", "nearby", ...
    runner_up: int | None = None  # the next best entry
    runner_up_confidence: float = 0.0


def resolve(doc: Doc, mentions: list[Mention], gaz: Gazetteer, *, focus: Focus | None = None) -> list[Choice]:
    """One Choice per mention, in the same order.

    Two passes: the first uses containment, country/division context and prominence; the
    second adds, for each candidate, the support of the other names' first-pass places
    lying near it (a text about Edmonton, Enfield and Tottenham is in north London).
    """
    containers = _containers(doc, mentions, gaz)
    context = _context(mentions, gaz)
    if focus is None:
        focus = document_focus(doc, mentions, gaz, [normalise(m.text) for m in mentions])
    if _spelling_variants(doc, mentions, gaz, focus):
        refresh_focus(focus, document_focus(doc, mentions, gaz, [normalise(m.text) for m in mentions]))
    first = _pass(mentions, gaz, context, containers, focus, anchors=None)
    anchors = _anchors(mentions, first, gaz)
    choices = _pass(mentions, gaz, context, containers, focus, anchors=anchors)
    _drop_rejected_votes(focus, mentions, choices, gaz)
    return choices


def _drop_rejected_votes(focus: Focus, mentions: list[Mention], choices: list[Choice], gaz: Gazetteer) -> None:
    """A name whose every reading was rejected (a namesake abroad, a town for a province the
    gazetteer lacks) no longer votes for the article's focus, which later stages read."""
    kept = {normalise(m.text) for m, c in zip(mentions, choices, strict=True) if c.entry is not None}
    rejected = {
        normalise(m.text) for m, c in zip(mentions, choices, strict=True) if c.entry is None and m.candidates
    } - kept
    for key in rejected & focus.by_name.keys():
        for country, weight in focus.by_name.pop(key).items():
            focus.votes[country] -= weight
            if focus.votes[country] <= 1e-9:
                del focus.votes[country]
    if rejected:
        focus.neighbours = neighbours_of(gaz, focus.country)


def _spelling_variants(doc: Doc, mentions: list[Mention], gaz: Gazetteer, focus: Focus) -> bool:
    """A name the gazetteer lacks, spelt like a place it has, is read as that place; True when
    any was. In the focus country any reading with the same consonants ("Jawzjaan" for Jowzjan)
    will do, as a transliteration variant is likely there and a namesake abroad is not. Elsewhere,
    only a name written as a division ("X province", "Y district, X") whose close readings lie
    in one country: spelt alike but for a doubled letter, a final vowel or "h", or an article
    ("Kapissa province" for Kapisa), or a division spelt nearly alike (`spelling.DIVISION_LIKENESS`)."""
    changed = False
    for mention in mentions:
        if mention.candidates or mention.role != "literal" or mention.source == "cued":
            continue  # a cued name with no reading in a strong focus is no place (cued.py)
        name = _name_without_type_noun(mention.text)
        division = _written_as_division(doc, mention)
        readings = _focus_variants(name, gaz, focus) or _close_readings(name, gaz, division=division)
        if readings:
            mention.candidates = readings
            mention.source = "variant" if mention.source == "variant" else f"{mention.source}+variant"
            changed = True
    return changed


def _name_without_type_noun(text: str) -> str:
    words = text.split()
    if len(words) > 1 and hint_of(words[-1].lower()):
        words = words[:-1]  # "Kandi district": the name without its type noun
    return " ".join(words)


def _focus_variants(name: str, gaz: Gazetteer, focus: Focus) -> tuple[int, ...]:
    if focus.country is None:
        return ()
    close = tuple(e for e in gaz.close_spellings(name) if gaz.country[e] == focus.country)
    if len(loose_key(name)) < FOCUS_LOOSE_MIN:
        close = ()  # four letters are too few to tell a variant from a namesake by so loose a rule
    return close or tuple(e for e in gaz.variants(name) if gaz.country[e] == focus.country)


def _written_as_division(doc: Doc, mention: Mention) -> bool:
    """ "X province", or a container after a division ("Y district, X", "(Y district, X)")."""
    words = mention.text.split()
    if mention.hint == "division" or (len(words) > 1 and hint_of(words[-1].lower()) == "division"):
        return True
    divisions, _ = type_nouns()
    before = [t.lower_ for t in doc[max(0, mention.start - 2) : mention.start]]
    return len(before) == 2 and before[1] in (",", "(") and before[0] in divisions


def _close_readings(name: str, gaz: Gazetteer, *, division: bool) -> tuple[int, ...]:
    """For a name written as a division, the readings of a close spelling, divisions first, when
    they all lie in one country (a town's name alone is too often a namesake's)."""
    if not division:
        return ()
    readings = gaz.close_spellings(name)
    divisions = tuple(
        e for e in respelt_divisions(gaz, name, shortest=MIN_DIVISION_SKELETON) if gaz.feature[e] in (ADMIN1, ADMIN2)
    )
    readings = tuple(e for e in readings if gaz.feature[e] in (ADMIN1, ADMIN2)) or divisions or readings
    countries = {gaz.country[e] for e in readings}
    return readings if len(countries) == 1 and None not in countries else ()


def _pass(mentions, gaz, context, containers, focus: Focus, *, anchors) -> list[Choice]:
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
        evidence = Evidence(countries, divisions, container, nearby, focus, key, *_prominence(mention, gaz))
        choice = _choose(mention, gaz, evidence)
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


def _containers(doc: Doc, mentions: list[Mention], gaz: Gazetteer) -> dict[int, list[Mention]]:
    """Mention number -> the divisions and countries written right after it: across a comma
    ("Springfield, Illinois", "Tirah, Khyber Agency, Pakistan"), in brackets ("Woliboka (Kandi,
    Alibori)") or after "in"/"of" ("X in Y province", "X of the Y county"; not "people from X
    in Y", who left X); a chain "X, Y, Z" gives X both Y and Z."""
    result: dict[int, list[Mention]] = {}
    divisions, settlements = type_nouns()
    type_words = _TYPE_WORDS | divisions | settlements
    for number in range(len(mentions) - 1):
        chain: list[Mention] = []
        previous = mentions[number]
        for following in mentions[number + 1 : number + 4]:
            between = [t.lower_ for t in doc[previous.end : following.start] if t.lower_ not in type_words]
            written_in = not chain and between in _IN_LINKS and not _written_after(doc, previous, _ORIGIN_WORDS)
            if between not in ([","], ["("], [",", "("]) and not (chain and between == [","]) and not written_in:
                break
            if not any(gaz.feature[c] in CONTAINER_FEATURES for c in following.candidates):
                break
            chain.append(following)
            previous = following
        if chain:
            result[number] = chain
    return result


_IN_LINKS = (["in"], ["of"], ["in", "the"], ["of", "the"])
_ORIGIN_WORDS = frozenset({"from"})


def _written_after(doc: Doc, mention: Mention, words: frozenset[str]) -> bool:
    return mention.start > 0 and doc[mention.start - 1].lower_ in words


# Words between a name and its container that do not break "X district, Y province".
_TYPE_WORDS = frozenset(
    {
        "district",
        "province",
        "city",
        "town",
        "village",
        "area",
        "region",
        "county",
        "state",
        "governorate",
        "agency",
        "territory",
        "zone",
        "subdivision",
        "municipality",
        "department",
    }
)


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
            countries[code] += 2  # half-votes, so that counts stay integers
        elif feature in (ADMIN1, CAPITAL, CITY, ADMIN2) and code:
            countries[code] += 1
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
    if entry == container or gaz.country[entry] != gaz.country[container]:
        return False
    feature = gaz.feature[container]
    if feature == COUNTRY:
        return True
    if feature == ADMIN1:
        return gaz.admin1[entry] == gaz.admin1[container] and gaz.feature[entry] != ADMIN1
    if feature == ADMIN2:
        return gaz.admin2[entry] == gaz.admin2[container] and gaz.feature[entry] in (CITY, CAPITAL)
    return False


def _same_name_division(gaz: Gazetteer, entry: int, candidates: tuple[int, ...]) -> bool:
    """A division that shares its name with a town inside it: the text means the town
    ("Kabul", "New York") unless it says "province"/"state", which is another name."""
    if gaz.feature[entry] not in (ADMIN1, ADMIN2):
        return False
    return any(
        gaz.feature[c] in (CITY, CAPITAL)
        and gaz.country[c] == gaz.country[entry]
        and gaz.admin1[c] == gaz.admin1[entry]
        and gaz.population[c] >= 50_000
        for c in candidates
    )


@dataclass(slots=True)
class Evidence:
    """What the text says around one mention."""

    countries: Counter
    divisions: Counter
    containers: list[Mention] | None
    nearby: list[tuple[float, float]] | None
    focus: Focus
    key: str
    top_population: int = 0  # of the mention's most populous candidate
    names_a_country: bool = False  # a candidate is a country, continent or region of this name


def _prominence(mention: Mention, gaz: Gazetteer) -> tuple[int, bool]:
    top = max((gaz.population[c] for c in mention.candidates), default=0)
    return top, any(gaz.feature[c] in (COUNTRY, CONTINENT, REGION) for c in mention.candidates)


def _score(mention: Mention, entry: int, gaz: Gazetteer, evidence: Evidence) -> tuple[float, list[str]]:
    """The candidate's score and the reasons that raised it."""
    score = _prior(gaz, entry)
    reasons = []
    code = gaz.country[entry]
    feature = gaz.feature[entry]
    if code and evidence.countries.get(code):
        score += CONTEXT_COUNTRY * math.log1p(evidence.countries[code] / 2)
        reasons.append("country named in the text")
    if code and feature != COUNTRY and evidence.divisions.get((code, gaz.admin1[entry])):
        score += CONTEXT_ADMIN1 * math.log1p(evidence.divisions[(code, gaz.admin1[entry])])
        reasons.append("division named in the text")
    score += _focus_score(gaz, entry, evidence, reasons)
    if evidence.nearby and feature in LOCAL_FEATURES:
        near = _near_count(gaz, entry, evidence.nearby)
        if near:
            score += NEARBY * math.log1p(near)
            reasons.append(f"near {near} other place(s) of the text")
    if _contained(gaz, entry, evidence.containers):
        score += CONTAINED
        reasons.append("inside the division or country written next to it")
    if normalise(gaz.name[entry]) in (normalise(mention.text), bare_name(mention.text)):  # "X city": its own name
        score += PRIMARY_NAME
    if _same_name_division(gaz, entry, mention.candidates):
        score -= 3.0
    return score, reasons


def _contained(gaz: Gazetteer, entry: int, containers: list[Mention] | None) -> bool:
    return any(_contains(gaz, c, entry) for m in containers or () for c in m.candidates)


def _focus_score(gaz: Gazetteer, entry: int, evidence: Evidence, reasons: list[str]) -> float:
    focus = evidence.focus
    country, code = focus.country, gaz.country[entry]
    if country is None or code is None:
        return 0.0
    if code == country:
        if not _focus_can_raise(gaz, entry, evidence) or focus.others_for(evidence.key, code) <= 0:
            # a name is no evidence for itself: a town's own vote makes no focus for its reading
            return 0.0
        reasons.append(f"in the article's focus country ({focus.share:.0%} of its country votes)")
        return FOCUS * focus.share
    if code in focus.neighbours:
        return FOCUS * NEIGHBOUR_SHARE * focus.share
    if _distant(gaz, entry, evidence):
        return -DISTANT
    return 0.0


def _focus_can_raise(gaz: Gazetteer, entry: int, evidence: Evidence) -> bool:
    """The focus raises a namesake against a far better known place only when it is of a
    comparable size: Tripoli of Lebanon against Tripoli of Libya, never a village called
    Greece against the country or a hamlet called Washington against the US capital."""
    if evidence.names_a_country and gaz.feature[entry] not in (COUNTRY, CONTINENT, REGION):
        return False
    return gaz.population[entry] >= FOCUS_MIN_RATIO * evidence.top_population


def _distant(gaz: Gazetteer, entry: int, evidence: Evidence) -> bool:
    """A town or district abroad that nothing but its own name puts in its country."""
    code = gaz.country[entry]
    return (
        gaz.feature[entry] in (*LOCAL_FEATURES, ADMIN1)
        and code is not None
        and evidence.focus.others_for(evidence.key, code) <= 0
        and not evidence.countries.get(code)
        and not _contained(gaz, entry, evidence.containers)
    )


def _candidates(mention: Mention, gaz: Gazetteer) -> tuple[int, ...]:
    """The candidates of the kind a type noun next to the name asks for, when there are any."""
    wanted = HINTED.get(mention.hint or "")
    if wanted:
        hinted = tuple(c for c in mention.candidates if gaz.feature[c] in wanted)
        if hinted:
            return hinted
    return mention.candidates


def _choose(mention: Mention, gaz: Gazetteer, evidence: Evidence) -> Choice:
    candidates = _candidates(mention, gaz)
    if not candidates:
        return Choice(None, 0.0)
    scored = sorted(((*_score(mention, c, gaz, evidence), c) for c in candidates), key=lambda t: -t[0])
    best_score, reasons, best = scored[0]
    shares = [math.exp(s - best_score) for s, _, _ in scored]
    total = sum(shares)
    runner_up = scored[1][2] if len(scored) > 1 else None
    runner_share = round(shares[1] / total, 3) if len(scored) > 1 else 0.0
    if not reasons:
        reasons = ["most prominent of its name"]
    if mention.source.endswith("variant"):
        reasons = [f"spelling variant of {gaz.name[best]}", *reasons]
    if _outside_its_container(gaz, best, evidence):
        return Choice(
            None, 0.0, ("not inside the division or country written next to it",), best, round(1.0 / total, 3)
        )
    if _town_for_division_abroad(mention, gaz, best, evidence):
        return Choice(None, 0.0, ("a town abroad for a division the gazetteer lacks",), best, round(1.0 / total, 3))
    if _unsupported_abroad(gaz, best, evidence):
        # A small namesake far from what the article is about: better no place than a wrong one.
        return Choice(
            None, 0.0, ("a namesake outside the article's focus country, with no support",), best, round(1.0 / total, 3)
        )
    return Choice(best, round(1.0 / total, 3), tuple(reasons), runner_up, runner_share)


def _outside_its_container(gaz: Gazetteer, entry: int, evidence: Evidence) -> bool:
    """ "Tirah, Khyber Agency": a small town whose every reading lies in another country than
    the division written next to it is some other place the gazetteer lacks."""
    if not evidence.containers or gaz.feature[entry] not in LOCAL_FEATURES:
        return False
    if any(gaz.feature[c] in (COUNTRY, CONTINENT, REGION) for m in evidence.containers for c in m.candidates):
        return False  # "Saipan, Guam": a list of places as likely as a place and its country
    if gaz.population[entry] >= DISTANT_TOWN_MAX or _contained(gaz, entry, evidence.containers):
        return False
    countries = {gaz.country[c] for m in evidence.containers for c in m.candidates}
    return gaz.country[entry] not in countries


def _near_others(gaz: Gazetteer, entry: int, evidence: Evidence) -> bool:
    return bool(evidence.nearby) and _near_count(gaz, entry, evidence.nearby or []) > 0


def _town_for_division_abroad(mention: Mention, gaz: Gazetteer, entry: int, evidence: Evidence) -> bool:
    """ "X province" whose only readings are towns in a country nothing else in the text names,
    while something else names another: the province is one the gazetteer lacks, not the town."""
    if mention.hint != "division" or gaz.feature[entry] not in (CITY, CAPITAL) or not _distant(gaz, entry, evidence):
        return False
    code = gaz.country[entry]
    return any(evidence.focus.others_for(evidence.key, other) > 0 for other in evidence.focus.votes if other != code)


def _unsupported_abroad(gaz: Gazetteer, entry: int, evidence: Evidence) -> bool:
    """A small town abroad that nothing supports, in an article that is about one country: a
    strong majority of its country votes, or all the votes but the town's own (the actors'
    too) when no other place of the text lies near the town."""
    focus = evidence.focus
    if gaz.population[entry] >= DISTANT_TOWN_MAX or gaz.feature[entry] == CAPITAL:
        return False
    code = gaz.country[entry]
    if not _distant(gaz, entry, evidence):
        return False
    if focus.strong:
        return code != focus.country and code not in focus.neighbours
    sole = _sole_other_country(focus, evidence.key)
    if sole is None or sole == code or gaz.population[entry] >= SOLE_TOWN_MAX or _near_others(gaz, entry, evidence):
        return False
    return gaz.alpha3.get(code or "") not in gaz.neighbours.get(gaz.alpha3.get(sole, ""), frozenset())


def _sole_other_country(focus: Focus, key: str) -> str | None:
    """The one country every vote but the name's own goes to, if there is one and more than
    the names of towns vote for it (two towns of a text do not rule each other out)."""
    countries = [country for country in focus.votes if focus.others_for(key, country) > 0]
    if len(countries) != 1 or focus.weighty_for(key, countries[0]) <= 0:
        return None
    return countries[0]
