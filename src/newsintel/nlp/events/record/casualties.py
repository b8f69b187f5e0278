"""Deaths and injuries an event's text states, read with the shared quantity reader.

    read_casualties("Militants attacked a post, killing 1 soldier and injuring 3 others.")
        -> Casualties(fatalities=Count(1, ...), injured=Count(3, ...))

A number counts deaths (or injuries) when a death word ("killed", "dead", "died") or an
injury word stands next to it: before it ("killing 4"), or after its noun phrase ("9 people
were killed", "5 wounded"); the nearer word wins, so "killing 1 militant and injuring 3
others" splits in two. A number cannot reach a word across a new clause ("while", "but"),
another verb ("killed 6 and arrested 3 people"), or when it names the doers ("killed by 3
gunmen"); an aside is skipped ("3 people, including a child, were killed") and so is a
joined participle ("were shot and killed"). "A man was shot dead", "beaten to death" and
"killing a soldier" are one death; "tried to kill" is none; "no casualties" is zero. Victims
joined by "and" add up ("two women and a man", "3 soldiers and 2 civilians"), figures for the
same victims from different reports keep the lowest (ACLED's conservative rule), and vague
words count as the taxonomy's `count_words` say ("several" 10). Years, ages, unit numbers and
labels are not counts: `newsintel.quantities` drops them. Word lists: `data/acled.yaml`
(death, injury and count words) and `data/casualties.yaml` (how they are linked).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from newsintel.datafiles import reading_yaml
from newsintel.nlp.events.record.taxonomy import DATA, Phrases, Taxonomy, taxonomy
from newsintel.quantities import Quantity, Token, quantities, tokenize

WINDOW = 4  # words between a number and its death or injury word
CLAUSE_BREAKS = frozenset({";", ".", "(", ")", "?", "!"})
INTRANSITIVE = frozenset({"died", "dies", "die", "perished", "succumbed", "dead"})
DEFINITE = frozenset({"the", "his", "her", "their", "its"})
PRONOUNS = frozenset({"he", "she"})
OBJECT_PRONOUNS = frozenset({"him", "her"})
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
JOINERS = frozenset({"and", ","})
FOUND = [
    [be, verb] for be in ("was", "is") for verb in ("found", "discovered", "dumped", "thrown", "recovered", "located")
]

Cue = tuple[int, int, str]  # first word, end word, "death" | "injury"


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


@dataclass(frozen=True, slots=True)
class Linking:
    """How numbers and victims are linked to casualty words (`data/casualties.yaml`)."""

    not_deaths_before_to_death: frozenset[str]
    base_forms: frozenset[str]
    done_words: frozenset[str]
    near_misses: frozenset[str]
    agent_words: frozenset[str]
    clause_words: frozenset[str]
    aside_openers: Phrases
    participles: frozenset[str]
    not_verbs: frozenset[str]
    result_words: frozenset[str]


@functools.lru_cache(maxsize=1)
def linking() -> Linking:
    """The linking words, read once; a broken file raises a DictionaryError naming it."""
    with reading_yaml(DATA, "data/casualties.yaml", what="the casualty word lists") as data:
        return Linking(
            not_deaths_before_to_death=frozenset(data["not_deaths_before_to_death"]),
            base_forms=frozenset(data["base_forms"]),
            done_words=frozenset(data["done_words"]),
            near_misses=frozenset(data["near_misses"]),
            agent_words=frozenset(data["agent_words"]),
            clause_words=frozenset(data["clause_words"]),
            aside_openers=Phrases(data["aside_openers"]),
            participles=frozenset(data["participles"]),
            not_verbs=frozenset(data["not_verbs"]),
            result_words=frozenset(data["result_words"]),
        )


def read_casualties(text: str) -> Casualties:
    return _read_casualties(text)


@dataclass(slots=True)
class _Number:
    count: Count
    first: int  # token indices
    last: int
    cue: int | None = None  # index in the cue list
    gap: int = 0  # words between the number and its cue


@functools.lru_cache(maxsize=4096)
def _read_casualties(text: str) -> Casualties:
    tax, link = taxonomy(), linking()
    tokens = tokenize(text)
    words = [t.lower for t in tokens]
    cues = _cues(words, tax, link)
    if not cues and not tax.no_casualty_words & set(words):
        return Casualties()
    numbers: list[_Number] = []
    for quantity in quantities(text, increments=True):
        count = _count_of(quantity, tax)
        if count is None:
            continue
        first, last = _token_range(tokens, quantity)
        if first > 0 and words[first - 1] in link.agent_words:
            continue  # "beaten to death by 5 men": the doers
        cue, gap = _nearest_cue(cues, words, first, last, link)
        number = _Number(count, first, last, cue, gap)
        if number.cue is None and quantity.counted in tax.no_casualty_words and count.value == 0:
            return Casualties(count, count)  # "no casualties"
        numbers.append(number)
    _join_coordinated(numbers, cues, words, link)
    deaths: list[Count] = []
    injuries: list[Count] = []
    for index, (start, end, kind) in enumerate(cues):
        linked = _one_side(numbers, index, cues[index], words, link)
        found = [n.count for n in linked]
        if found:
            found += _joined_singles(tokens, words, linked, cues[index], tax, link)
        else:
            single = _single_victim(tokens, words, start, end, tax, link)
            found = [single] if single else []
        if found:
            (deaths if kind == "death" else injuries).append(_add(found))
    return Casualties(_combine(deaths), _combine(injuries))


def _one_side(numbers: list[_Number], index: int, cue: Cue, words: list[str], link: Linking) -> list[_Number]:
    """The numbers linked to a cue: the nearest, and those joined to it by "and" or a comma on
    its side ("killing 3 soldiers and 2 civilians"); not "25 wounded and dozens rounded up",
    nor "killed 130 people in several places"."""
    linked = [n for n in numbers if n.cue == index]
    if len(linked) < 2:
        return linked
    nearest = min(linked, key=lambda n: (n.gap, n.first))
    after = nearest.first > cue[0]
    side = sorted((n for n in linked if (n.first > cue[0]) == after), key=lambda n: n.first, reverse=not after)
    chain = [side[0]]
    for number in side[1:]:
        left, right = (chain[-1], number) if after else (number, chain[-1])
        between = words[left.last + 1 : right.first]
        if not (between and between[-1] in JOINERS and _joinable(between, link)):
            break
        chain.append(number)
    return chain


def _joinable(between: list[str], link: Linking) -> bool:
    """Words that can sit between two victims' numbers: a few, no verb, no other number."""
    return len(between) <= 4 and not any(_verb_like(w, link) or w[0].isdigit() for w in between)


def _cues(words: list[str], tax: Taxonomy, link: Linking) -> list[Cue]:
    """The death and injury words; "beaten to death" opens at its verb; "to kill" (an intention)
    and "sentenced to death" are none."""
    cues: list[Cue] = []
    for kind, phrases in (("death", tax.death_words), ("injury", tax.injury_words)):
        for start, end in phrases.find(words):
            if _intended(words, start, link) or (start > 0 and words[start - 1] in link.near_misses):
                continue  # "tried to kill", "threatened to kill", "nearly killed"
            if words[start] == "death" and start >= 2 and words[start - 1] == "to":
                verb = _to_death_verb(words, start - 1, link)
                if verb is None:
                    continue  # "sentenced (a man) to death"
                start = verb  # "beaten to death", "stabbed a man to death"
            cues.append((start, end, kind))
    return cues


def _to_death_verb(words: list[str], to: int, link: Linking) -> int | None:
    """The verb of "<verb> (a man) to death" ending at `to`, or None for "sentenced to death"."""
    for j in range(to - 1, max(to - 7, -1), -1):
        if words[j] in CLAUSE_BREAKS or words[j] == ",":
            break
        if _participle(words[j], link) or words[j].endswith(("ing", "ed")):
            return None if words[j] in link.not_deaths_before_to_death else j
    return to - 1  # no verb seen: "to death" read with the word before it


def _intended(words: list[str], start: int, link: Linking) -> bool:
    """ "tried to kill", "threatened to kill ...": a casualty verb that did not happen (not
    "managed to kill")."""
    if start < 2 or words[start - 1] != "to" or words[start] not in link.base_forms:
        return False
    return words[start - 2] not in link.done_words


def _count_of(quantity: Quantity, tax: Taxonomy) -> Count | None:
    if quantity.kind != "count" or (quantity.counted or "") in tax.non_victim_nouns:
        return None
    minimum = quantity.high == float("inf")
    # "around thirty" is thirty; "at least 12" and "7-9" their lowest figure
    value = quantity.low if quantity.precision in ("bound", "vague") else quantity.value
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


def _nearest_cue(cues: list[Cue], words: list[str], first: int, last: int, link: Linking) -> tuple[int | None, int]:
    """The cue nearest the number's words, on either side, within WINDOW and the same clause;
    on a tie the one after it ("a man was killed and 4 others were hurt": hurt)."""
    best: tuple[int, int, int] | None = None
    for index, (start, end, _) in enumerate(cues):
        if start <= last and end > first:
            gap: int | None = 0  # "5 wounded": the counted word is the cue
        elif end <= first:
            gap = _gap(words[end:first], link, victims_first=False)
        else:
            gap = _gap(words[last + 1 : start], link, victims_first=True)
        if gap is None or gap > WINDOW:
            continue
        rank = (gap, 0 if start > last else 1, index)
        if best is None or rank < best:
            best = rank
    return (best[2], best[0]) if best else (None, 0)


def _gap(between: list[str], link: Linking, *, victims_first: bool) -> int | None:
    """How many words part a number from a casualty word, or None when they cannot be linked
    (a new clause, another verb between)."""
    if CLAUSE_BREAKS & set(between) or link.clause_words & set(between):
        return None
    kept = _without_asides(between, link) if victims_first else between
    kept = [w for w in kept if w not in COPULAS]
    if not victims_first and "and" in kept:
        return None  # "30,000 deaths and 1 million displaced": a new conjunct, not the word's object
    if victims_first:
        while len(kept) >= 2 and kept[-1] == "and" and _participle(kept[-2], link):
            kept = kept[:-2]  # "were abducted and killed"
    if any(_verb_like(w, link) for w in kept) or (victims_first and kept[-1:] == ["and"]):
        return None  # another verb between; "1 rebel and injuring ...": the word is joined, not said of it
    return len(kept)


def _without_asides(words: list[str], link: Linking) -> list[str]:
    """The words without an aside ("including a child") running to a comma or copula."""
    found = link.aside_openers.find(words)
    if not found:
        return words
    start = found[0][0]
    end = next((i for i in range(start, len(words)) if words[i] in COPULAS or words[i] == ","), len(words))
    return words[:start] + words[end:]


def _participle(word: str, link: Linking) -> bool:
    return word in link.participles or (len(word) > 4 and word.endswith("ed"))


def _verb_like(word: str, link: Linking) -> bool:
    """A word that looks like another verb ("arrested", "fleeing"): a new predicate."""
    return len(word) > 4 and word.endswith(("ed", "ing")) and word not in link.not_verbs


def _join_coordinated(numbers: list[_Number], cues: list[Cue], words: list[str], link: Linking) -> None:
    """A number joined by "and" to a number of victims of a casualty word shares the word: "3
    soldiers and 1 policeman were killed", "killing 3 soldiers and 2 civilians"."""
    for index in range(len(numbers) - 1):  # after the word: "killing 3 soldiers and 2 civilians"
        before, after = numbers[index], numbers[index + 1]
        between = words[before.last + 1 : after.first]
        if (
            after.cue is None
            and before.cue is not None
            and cues[before.cue][1] <= before.first
            and _joined(between, link)
        ):
            after.cue, after.gap = before.cue, before.gap
    for index in range(len(numbers) - 2, -1, -1):  # before it: "3 soldiers and 1 policeman were killed"
        before, after = numbers[index], numbers[index + 1]
        between = words[before.last + 1 : after.first]
        if before.cue is None and after.cue is not None and cues[after.cue][0] > after.last and _joined(between, link):
            before.cue, before.gap = after.cue, after.gap


def _joined(between: list[str], link: Linking) -> bool:
    return bool(between) and between[-1] in JOINERS and _joinable(between, link)


def _joined_singles(
    tokens: list[Token], words: list[str], numbers: list[_Number], cue: Cue, tax: Taxonomy, link: Linking
) -> list[Count]:
    """One victim each named beside counted victims of the same word: "two farmers and a teacher were
    killed", "one guard and another two men died", "killing 2 soldiers and a child"."""
    extra: list[Count] = []
    first, last = numbers[0].first, numbers[-1].last
    if cue[0] > last:  # victims before the word: "and a man" after the numbers, "a guard and" before
        end = _singular_after_and(words, last + 1, cue[0], tax)
        if end is not None:
            extra.append(Count(1, False, tokens[last + 1].start, tokens[end].end))
        start = _singular_before_and(words, first, link)
        if start is not None:
            extra.append(Count(1, False, tokens[start].start, tokens[first].start))
    else:
        end = _singular_after_and(words, last + 1, min(last + 7, len(words)), tax)
        if end is not None:
            extra.append(Count(1, False, tokens[last + 1].start, tokens[end].end))
    return extra


def _singular_after_and(words: list[str], start: int, stop: int, tax: Taxonomy) -> int | None:
    """The last word of "and a man" / "and her son" starting at `start`, before `stop`."""
    if start + 2 >= min(stop, len(words)) or words[start] != "and":
        return None
    determiner = words[start + 1]
    if determiner not in tax.singular_victim and determiner not in DEFINITE:
        return None
    for i in range(start + 2, min(stop, start + 5, len(words))):
        if _singular_person(words[i], tax):
            return i
    return None


def _singular_before_and(words: list[str], first: int, link: Linking) -> int | None:
    """The first word of "one guard and (another)" ending right before the number at `first`."""
    i = first - 1
    if i >= 0 and words[i] == "another":
        i -= 1
    if i < 1 or words[i] != "and":
        return None
    for j in range(i - 1, max(i - 7, -1), -1):
        if words[j] in ("one", "a", "an") and not any(_verb_like(w, link) for w in words[j:i]):
            return j
        if words[j] in CLAUSE_BREAKS or words[j] == "," or words[j][0].isdigit():
            return None
    return None


def _single_victim(
    tokens: list[Token], words: list[str], start: int, end: int, tax: Taxonomy, link: Linking
) -> Count | None:
    """One victim named without a number: "killing a soldier", "stabbed a man to death", "a man
    was shot dead", "a woman was shot and killed", "resulting in his death", "killed him"."""
    for begin in (end, start + 1) if words[end - 1] == "death" and end - start > 2 else (end,):
        after = _object_victim(words, begin, tax)
        if after is not None:
            count = 1 + (_singular_after_and(words, after + 1, min(after + 6, len(words)), tax) is not None)
            at_least = words[begin : begin + 2] == ["at", "least"]
            return Count(count, at_least, tokens[begin].start, tokens[after].end)  # "killing a soldier (and his son)"
    if words[start] in ("body", "corpse") and words[end : end + 1] == ["of"]:
        noun = _object_victim(words, end + 1, tax)
        # "the body of a farmer was found" reports the death; "after the body of a boy was found" (what a
        # riot followed) or "returned the body of a soldier" (an exchange) do not
        background = start >= 2 and words[start - 2] in ("after", "following", "since", "when")
        if noun is not None and words[noun + 1 : noun + 3] in FOUND and not background:
            return Count(1, False, tokens[start].start, tokens[noun].end)
    return _pronoun_or_result(tokens, words, start, end, link) or _passive_victim(tokens, words, start, tax, link)


def _pronoun_or_result(tokens: list[Token], words: list[str], start: int, end: int, link: Linking) -> Count | None:
    """ "resulting in his death", "resulted in the death of a farmer", "killed him", "left her dead"."""
    if (
        words[start] == "death"
        and start > 0
        and words[start - 1] in ("his", "her")
        and _of_result(words, start - 1, link)
    ):
        return Count(1, False, tokens[start - 1].start, tokens[start].end)
    if (
        words[start] == "death"
        and start > 0
        and words[start - 1] == "the"
        and _of_result(words, start - 1, link)
        and words[end : end + 2] in (["of", "a"], ["of", "an"], ["of", "the"], ["of", "one"])
    ):
        return Count(1, False, tokens[start - 1].start, tokens[end + 1].end)
    pronoun = end < len(words) and words[end] in OBJECT_PRONOUNS and words[start] not in ("death", "dead")
    if pronoun and (words[end] == "him" or end + 1 == len(words) or not words[end + 1].isalpha()):
        return Count(1, False, tokens[end].start, tokens[end].end)  # "killed him", not "killed her husband"
    if start > 0 and words[start - 1] in OBJECT_PRONOUNS and words[start] != "death":
        return Count(1, False, tokens[start - 1].start, tokens[start - 1].end)  # "shot him dead", not "her death"
    return None


def _passive_victim(tokens: list[Token], words: list[str], start: int, tax: Taxonomy, link: Linking) -> Count | None:
    """ "a man was killed", "a woman was shot and killed", "one soldier killed", "a boy and
    his uncle were shot dead", "both were killed"."""
    i = start - 1
    while i >= 0 and (words[i] in COPULAS or (words[i] == "and" and i > 0 and _participle(words[i - 1], link))):
        i -= 2 if words[i] == "and" else 1  # "was", "shot and"
    passive = i < start - 1 or words[start] in INTRANSITIVE  # "a man was killed", "a man died"; not "a bomb killed"
    if i >= 0 and passive and words[i] in PRONOUNS:
        return Count(1, False, tokens[i].start, tokens[i].end)  # "he died"
    if i >= 0 and passive and (words[i] == "both" or words[i - 1 : i] == ["both"]):
        return Count(2, False, tokens[i - (words[i] != "both")].start, tokens[i].end)  # "both victims died"
    if i < 1 or not words[i].isalpha() or words[i] in tax.non_victim_nouns:
        return None
    first = _determiner_before(words, i, tax)
    if first is None:
        return None
    headline = words[first] == "one" and i == start - 1 and _singular_person(words[i], tax)  # "one soldier killed"
    if not (passive or headline):
        return None
    count, begin = 1, first
    # "a driver and a guard died", "a boy and his uncle were killed": each one
    while begin >= 2 and words[begin - 1] == "and" and words[begin - 2].isalpha():
        noun = words[begin - 2]
        if noun in tax.non_victim_nouns or noun.endswith("s") or _verb_like(noun, link):
            break  # "a grenade exploded and a woman died": one
        before = _determiner_before(words, begin - 2, tax, any_noun=True)
        if before is None:
            break
        count, begin = count + 1, before
    at_least = words[begin - 2 : begin] == ["at", "least"]  # "at least one soldier killed"
    return Count(count, at_least, tokens[begin].start, tokens[i].end)


def _of_result(words: list[str], i: int, link: Linking) -> bool:
    """Whether "his death" at i is what the event caused: "resulting in his death", "causing her death"."""
    return bool(link.result_words & set(words[max(0, i - 2) : i]))


def _object_victim(words: list[str], end: int, tax: Taxonomy) -> int | None:
    """The noun of "a soldier" / "the man" / "at least one child" right after a casualty verb."""
    after = end + 2 if words[end : end + 2] == ["at", "least"] else end
    if after + 1 < len(words) and words[after + 1].isalpha():
        determiner, noun = words[after], words[after + 1]
        if determiner in tax.singular_victim or (determiner in DEFINITE and _singular_person(noun, tax)):
            return after + 1
    return None


def _determiner_before(words: list[str], i: int, tax: Taxonomy, *, any_noun: bool = False) -> int | None:
    """The index of the "a"/"one"/"the" that opens the noun phrase ending at i ("a 12-year-old
    boy"); "the"/"his" only before a person word, unless `any_noun`."""
    for j in range(i - 1, max(i - 9, -1), -1):
        if words[j] in tax.singular_victim or words[j] in DEFINITE and (any_noun or _singular_person(words[i], tax)):
            return j
        if words[j] in CLAUSE_BREAKS or words[j] in (",", "and", "the"):
            return None
    return None


def _singular_person(word: str, tax: Taxonomy) -> bool:
    """ "man", "soldier", "driver": one person (a word of an actor type, not a plural)."""
    return not word.endswith("s") and word not in tax.non_victim_nouns and any(word in t.words for t in tax.actor_types)


def _add(counts: list[Count]) -> Count:
    """The victims of one casualty word, added up ("two women and a man")."""
    if len(counts) == 1:
        return counts[0]
    ordered = sorted(counts, key=lambda c: c.start)
    return Count(sum(c.value for c in ordered), any(c.minimum for c in ordered), ordered[0].start, ordered[-1].end)


def _combine(counts: list[Count]) -> Count | None:
    """Named victims add up ("3 soldiers ... 2 civilians"); generic tolls ("12 people", "15
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
