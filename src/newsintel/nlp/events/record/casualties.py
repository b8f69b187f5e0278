"""Deaths and injuries an event's text states, read with the shared quantity reader.

    read_casualties("Militants attacked a post, killing 1 soldier and injuring 3 others.")
        -> Casualties(fatalities=Count(1, ...), injured=Count(3, ...))

A number counts deaths (or injuries) when a death word ("killed", "dead", "died") or an
injury word stands next to it: before it ("killing 4"), or after its noun phrase ("9 people
were killed", "5 wounded"); the nearer word wins, so "killing 1 militant and injuring 3
others" splits in two. "A man was shot dead" and "killing a soldier" are one death; "no
casualties" is zero. Counts of different victims add up ("3 soldiers and 2 civilians"),
figures for the same victims from different reports keep the lowest (ACLED's conservative
rule), and vague words count as the taxonomy's `count_words` say ("several" 10). Years,
ages, unit numbers and labels are not counts: `newsintel.quantities` drops them.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from newsintel.nlp.events.record.taxonomy import Taxonomy, taxonomy
from newsintel.quantities import Quantity, Token, quantities, tokenize

WINDOW = 4  # words between a number and its death or injury word
CLAUSE_BREAKS = frozenset({";", ".", "(", ")", "?", "!"})
INTRANSITIVE = frozenset({"died", "dies", "die", "perished", "succumbed", "dead"})
DEFINITE = frozenset({"the", "his", "her", "their", "its"})
GENERIC = frozenset(
    {
        "person",
        "people",
        "dead",
        "killed",
        "wounded",
        "injured",
        "casualty",
        "fatality",
        "death",
        "victim",
        "body",
        "individual",
    }
)
ADDED = frozenset({"other"})
COPULAS = frozenset({"was", "were", "is", "are", "been", "being", "be", "reportedly", "later", "also", "allegedly"})


@dataclass(frozen=True, slots=True)
class Count:
    value: int
    minimum: bool  # "at least 12", "dozens"
    start: int  # characters of the text given
    end: int
    victims: str | None = None  # the counted noun ("soldier"), when there is one


@dataclass(frozen=True, slots=True)
class Casualties:
    fatalities: Count | None = None
    injured: Count | None = None


def read_casualties(text: str) -> Casualties:
    return _read_casualties(text)


@functools.lru_cache(maxsize=4096)
def _read_casualties(text: str) -> Casualties:
    tax = taxonomy()
    tokens = tokenize(text)
    words = [t.lower for t in tokens]
    cues = [(s, e, "death") for s, e in tax.death_words.find(words)]
    cues += [(s, e, "injury") for s, e in tax.injury_words.find(words)]
    if not cues and not tax.no_casualty_words & set(words):
        return Casualties()
    deaths: list[Count] = []
    injuries: list[Count] = []
    used_cues: set[int] = set()
    for quantity in quantities(text, increments=True):
        count = _count_of(quantity, tax)
        if count is None:
            continue
        first, last = _token_range(tokens, quantity)
        hit = _nearest_cue(cues, words, first, last)
        if hit is None and quantity.counted in tax.no_casualty_words and count.value == 0:
            return Casualties(count, count)  # "no casualties"
        if hit is None:
            continue
        used_cues.add(hit)
        (deaths if cues[hit][2] == "death" else injuries).append(count)
    for index, (start, end, kind) in enumerate(cues):
        if index not in used_cues:
            single = _single_victim(tokens, words, start, end, tax)
            if single is not None:
                (deaths if kind == "death" else injuries).append(single)
    return Casualties(_combine(deaths), _combine(injuries))


def _count_of(quantity: Quantity, tax: Taxonomy) -> Count | None:
    if quantity.kind != "count" or (quantity.counted or "") in tax.non_victim_nouns:
        return None
    minimum = quantity.high == float("inf")
    value = quantity.low if quantity.precision != "exact" else quantity.value
    if quantity.precision == "vague":
        words = tuple(quantity.phrase.lower().split())
        listed = next((v for k, v in tax.count_words.items() if words[: len(k)] == k), None)
        if listed is None:
            return None  # a vague word ACLED does not count: unknown, not a figure
        value = listed
    return Count(int(round(value)), minimum, quantity.start, quantity.end, quantity.counted)


def _token_range(tokens: list[Token], quantity: Quantity) -> tuple[int, int]:
    inside = [i for i, t in enumerate(tokens) if t.start >= quantity.start and t.end <= quantity.end]
    return (inside[0], inside[-1]) if inside else (0, 0)


def _nearest_cue(cues: list[tuple[int, int, str]], words: list[str], first: int, last: int) -> int | None:
    """The cue nearest the number's words, on either side, within WINDOW and the same clause."""
    best: tuple[int, int] | None = None
    for index, (start, end, _) in enumerate(cues):
        if start <= last and end > first:
            gap = 0  # "5 wounded": the counted word is the cue
        elif end <= first:
            gap = first - end
            between = words[end:first]
        else:
            gap = start - last - 1
            between = words[last + 1 : start]
        if gap and (gap > WINDOW or CLAUSE_BREAKS & set(between)):
            continue
        if best is None or gap < best[0]:
            best = (gap, index)
    return best[1] if best else None


def _single_victim(tokens: list[Token], words: list[str], start: int, end: int, tax: Taxonomy) -> Count | None:
    """One victim named without a number: "killing a soldier", "a man was shot dead"."""
    after = end
    if (
        after + 1 < len(words)
        and words[after + 1].isalpha()
        and (
            words[after] in tax.singular_victim or words[after] in DEFINITE and _singular_person(words[after + 1], tax)
        )
    ):
        return Count(1, False, tokens[after].start, tokens[after + 1].end)  # "killing a soldier", "killing the man"
    i = start - 1
    while i >= 0 and words[i] in COPULAS:
        i -= 1
    passive = i < start - 1 or words[start] in INTRANSITIVE  # "a man was killed", "a man died"; not "a bomb killed"
    if not passive or i < 1 or not words[i].isalpha() or words[i] in tax.non_victim_nouns:
        return None
    first = _determiner_before(words, i, tax)
    if first is None:
        return None
    count, start = 1, first
    # "one man and one officer died": coordinated victims, each one
    while start >= 2 and words[start - 1] == "and" and _singular_person(words[start - 2], tax):
        before = _determiner_before(words, start - 2, tax)
        if before is None:
            break
        count, start = count + 1, before
    return Count(count, False, tokens[start].start, tokens[i].end)


def _determiner_before(words: list[str], i: int, tax: Taxonomy) -> int | None:
    """The index of the "a"/"one"/"the" that opens the noun phrase ending at i ("a 12-year-old boy")."""
    for j in range(i - 1, max(i - 9, -1), -1):
        if words[j] in tax.singular_victim or words[j] in DEFINITE and _singular_person(words[i], tax):
            return j
        if words[j] in CLAUSE_BREAKS or words[j] in (",", "and", "the"):
            return None
    return None


def _singular_person(word: str, tax: Taxonomy) -> bool:
    """ "man", "soldier", "driver": one person (a word of an actor type, not a plural)."""
    return not word.endswith("s") and word not in tax.non_victim_nouns and any(word in t.words for t in tax.actor_types)


def _combine(counts: list[Count]) -> Count | None:
    """Named victims add up ("3 soldiers and 2 civilians"); generic tolls ("12 people", "15
    dead") restate one figure, so the lowest is kept; "3 others" adds to either."""
    if not counts:
        return None
    named: dict[str, Count] = {}
    generic: list[Count] = []
    others: list[Count] = []
    for count in counts:
        if count.victims in ADDED:
            others.append(count)
        elif count.victims is None or count.victims in GENERIC:
            generic.append(count)
        elif count.victims not in named or count.value < named[count.victims].value:
            named[count.victims] = count  # the same victims twice: the lower report
    parts = list(named.values()) if named else [min(generic, key=lambda c: c.value)] if generic else []
    parts = sorted(parts + others, key=lambda c: c.start)
    victims = parts[0].victims if len(parts) == 1 else None
    return Count(sum(c.value for c in parts), any(c.minimum for c in parts), parts[0].start, parts[-1].end, victims)
