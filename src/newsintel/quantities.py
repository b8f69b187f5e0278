"""Quantities stated in text: the one number reader of newsintel.

    quantities("At least 40 civilians were killed")  -> (Quantity(low=40, high=inf, counted="civilian", ...),)

A quantity is an interval: "12" is 12 give or take a small tolerance, "at least 40" is 40..inf,
"up to 40" 0..40, "about 50" 37.5..62.5, "dozens" 24..inf, "no civilians" 0. It is attached to the
noun it counts (the plural noun after the numeral, "12 Palestinian civilians" -> civilian, with
"palestinian" as a qualifier). Years, ages, times, unit numbers and labels ("Route 66") are not
counts. All word lists are data: `newsintel/data/quantities.yaml`. No spaCy, so both the claims
ledger (`ledger.numbers`, comparing claims' numbers) and the event records (`nlp.events.record`,
fatalities and injuries) read numbers with this module from below their layers.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass

from newsintel.datafiles import reading_yaml

TOKEN = re.compile(r"[$£€%#]|\d(?:[\d,]*\d)?(?:\.\d+)?|[A-Za-z]+(?:\.[A-Za-z]\.?)?(?:['’][A-Za-z]+)?|[^\sA-Za-z\d]")
INFINITY = float("inf")


@dataclass(frozen=True, slots=True)
class Token:
    text: str
    lower: str
    start: int
    end: int
    hyphen_after: bool  # "30-minute": the next word is joined by a hyphen


@dataclass(frozen=True, slots=True)
class Quantity:
    low: float
    high: float  # INFINITY when there is no upper bound
    value: float  # the number as stated
    precision: str  # "exact" | "round" | "approximate" | "bound" | "vague" | "zero"
    kind: str  # "count" | "money" | "percent"
    counted: str | None  # singular of the counted noun, the currency, or the noun of "percent of X"
    qualifiers: frozenset[str]  # other words of the counted noun phrase ("palestinian")
    phrase: str  # the words that state it, for evidence
    start: int
    end: int
    running: bool = False  # a running tally ("so far", "the toll rose to")
    via_object: bool = False  # attached to the claim's object, not to a noun after the numeral


@dataclass(frozen=True, slots=True)
class Lexicon:
    words: dict[str, float]  # number words with their value (units, tens)
    tens: frozenset[str]
    compound_only: dict[str, float]
    scales: dict[str, float]
    vague: dict[tuple[str, ...], float]
    vague_phrases: Phrases
    triggers: frozenset[str]  # a word that can open a quantity
    vague_needs_of: frozenset[str]
    zero: Phrases
    zero_people: Phrases
    people: frozenset[str]
    modifiers: dict[str, Phrases]
    after_lower: Phrases
    after_approximate: Phrases
    tolerance: dict[str, float]
    currency_signs: dict[str, str]
    currency_words: dict[str, str]
    percent: Phrases
    irregular: dict[str, str]
    breakers: frozenset[str]
    labels: frozenset[str]
    months: frozenset[str]
    weekdays: frozenset[str]
    time_of_day: Phrases
    age_before: frozenset[str]
    age_after: Phrases
    rate_after: Phrases
    increment: frozenset[str]
    subset_before: Phrases
    uncompared: frozenset[str]
    running: Phrases
    forecast: Phrases
    contrast: frozenset[str]
    predicate_class: dict[str, int]
    irregular_verbs: dict[str, tuple[str, ...]]
    max_days_apart: int


class Phrases(tuple[tuple[str, ...], ...]):
    """Word tuples, longest first (so "no more than" is tried before "no"), indexed by their
    first and last word so a lookup at a token tries only the phrases that can match there."""

    by_first: dict[str, list[tuple[str, ...]]]
    by_last: dict[str, list[tuple[str, ...]]]

    def __new__(cls, items: Iterable[object]) -> Phrases:
        phrases = sorted((tuple(str(i).lower().split()) for i in items), key=len, reverse=True)
        obj = super().__new__(cls, phrases)
        obj.by_first, obj.by_last = {}, {}
        for phrase in phrases:
            obj.by_first.setdefault(phrase[0], []).append(phrase)
            obj.by_last.setdefault(phrase[-1], []).append(phrase)
        return obj


def _phrases(items: Iterable[object]) -> Phrases:
    return Phrases(items)


@functools.lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    with reading_yaml("newsintel.data", "quantities.yaml", what="the quantity lexicon") as data:
        modifiers = {name: _phrases(words) for name, words in data["modifiers"].items()}
        classes = {str(p): n for n, group in enumerate(data["predicate_classes"]) for p in group}
        return Lexicon(
            words={**data["units"], **data["tens"]},
            tens=frozenset(data["tens"]),
            compound_only=dict(data["compound_only"]),
            scales=dict(data["scales"]),
            vague={tuple(k.split()): float(v) for k, v in data["vague"].items()},
            vague_needs_of=frozenset(data["vague_needs_of"]),
            vague_phrases=_phrases(data["vague"]),
            triggers=frozenset(
                {*data["units"], *data["tens"], *data["scales"], *data["currency_signs"]}
                | {str(w).split()[0] for w in [*data["vague"], *data["zero"], *data["zero_people"]]}
                | {str(w).split()[0] for group in data["modifiers"].values() for w in group}
            ),
            zero=_phrases(data["zero"]),
            zero_people=_phrases(data["zero_people"]),
            people=frozenset(data["people_nouns"]),
            modifiers=modifiers,
            after_lower=_phrases(data["after_lower_bound"]),
            after_approximate=_phrases(data["after_approximate"]),
            tolerance=dict(data["tolerance"]),
            currency_signs=dict(data["currency_signs"]),
            currency_words=dict(data["currency_words"]),
            percent=_phrases(data["percent_words"]),
            irregular=dict(data["irregular_plurals"]),
            breakers=frozenset(data["phrase_breakers"]),
            labels=frozenset(data["label_words"]),
            months=frozenset(data["months"]),
            weekdays=frozenset(data["weekdays"]),
            time_of_day=_phrases(data["time_of_day"]),
            age_before=frozenset(data["age_before"]),
            age_after=_phrases(data["age_after"]),
            rate_after=_phrases(data["rate_after"]),
            increment=frozenset(data["increment_words"]),
            subset_before=_phrases(data["subset_before"]),
            uncompared=frozenset(data["uncompared_units"]),
            running=_phrases(data["running_tally"]),
            forecast=_phrases(data["forecast"]),
            contrast=frozenset(data["contrast_words"]),
            predicate_class=classes,
            max_days_apart=int(data["max_days_apart"]),
            irregular_verbs={k: tuple(v) for k, v in data["irregular_verbs"].items()},
        )


def tokenize(text: str) -> list[Token]:
    tokens = []
    for match in TOKEN.finditer(text):
        end = match.end()
        hyphen = end + 1 < len(text) and text[end] in "-‑–" and text[end + 1].isalpha()
        tokens.append(Token(match.group(), match.group().lower().replace("’", "'"), match.start(), end, hyphen))
    return tokens


def phrase_at(tokens: list[Token], i: int, phrases: Phrases) -> int:
    """Length of the first phrase (word tuple) that starts at token i, else 0."""
    if i >= len(tokens):
        return 0
    for phrase in phrases.by_first.get(tokens[i].lower, ()):
        n = len(phrase)
        if i + n <= len(tokens) and all(tokens[i + k].lower == phrase[k] for k in range(n)):
            return n
    return 0


def _ending_at(tokens: list[Token], i: int, phrases: Phrases) -> int:
    """Length of the first phrase that ends just before token i, else 0."""
    if i <= 0:
        return 0
    for phrase in phrases.by_last.get(tokens[i - 1].lower, ()):
        n = len(phrase)
        if i - n >= 0 and all(tokens[i - n + k].lower == phrase[k] for k in range(n)):
            return n
    return 0


def singular(word: str) -> str:
    """ "civilians" -> "civilian", "casualties" -> "casualty", "people" -> "person"."""
    word = word.lower().replace("’", "'")
    irregular = lexicon().irregular
    if word in irregular:
        return irregular[word]
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "sses", "xes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith(("ss", "us", "is", "'s")):
        return word[:-1]
    return word


def _is_plural(word: str) -> bool:
    lex = lexicon()
    if word in lex.irregular:
        return True
    return len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is", "'s")) and word.isalpha()


# --- reading one numeral -------------------------------------------------------------------


def _numeral(tokens: list[Token], i: int) -> tuple[float, int, bool] | None:
    """(value, tokens used, has a scale word) of the numeral starting at i: "2,383", "3.2 million",
    "two hundred and fifty", "twenty-five", "a dozen"."""
    lex = lexicon()
    first = tokens[i].lower
    if first[0].isdigit():
        try:
            value = float(first.replace(",", ""))
        except ValueError:
            return None
        used, scaled = 1, False
        while i + used < len(tokens) and tokens[i + used].lower in lex.scales:
            value *= lex.scales[tokens[i + used].lower]
            used, scaled = used + 1, True
        return value, used, scaled
    return _number_words(tokens, i)


def _number_words(tokens: list[Token], i: int) -> tuple[float, int, bool] | None:
    lex = lexicon()
    total, current, used, scaled, seen = 0.0, 0.0, 0, False, False
    while i + used < len(tokens):
        word = tokens[i + used].lower
        if word in lex.words:
            current += lex.words[word]
            seen = True
        elif word in lex.compound_only and not seen and _next_is_scale(tokens, i + used):
            current += lex.compound_only[word]
            seen = True
        elif word in lex.scales and seen:
            current *= lex.scales[word]
            if lex.scales[word] >= 1000:
                total, current = total + current, 0.0
            scaled = True
        elif (
            word in ("-", "‑")
            and seen
            and tokens[i + used - 1].lower in lex.tens
            and _next_is_number_word(tokens, i + used + 1)
        ):
            pass  # twenty-five
        elif word == "and" and seen and _next_is_number_word(tokens, i + used + 1):
            pass  # two hundred and fifty
        else:
            break
        used += 1
    if not seen:
        return None
    return total + current, used, scaled


def _next_is_scale(tokens: list[Token], i: int) -> bool:
    return i + 1 < len(tokens) and tokens[i + 1].lower in lexicon().scales


def _next_is_number_word(tokens: list[Token], i: int) -> bool:
    return i < len(tokens) and tokens[i].lower in lexicon().words


def _starts_number(tokens: list[Token], i: int) -> bool:
    lex = lexicon()
    word = tokens[i].lower
    return word[0].isdigit() or word in lex.words or (word in lex.compound_only and _next_is_scale(tokens, i))


# --- what a numeral is not -----------------------------------------------------------------


def _not_a_count(tokens: list[Token], i: int, used: int, value: float, text: str, increments: bool = False) -> bool:
    """A year, date, time, age, label, measure adjective, rate, increment or part of a count."""
    lex = lexicon()
    word, after = tokens[i], i + used
    prev = tokens[i - 1].lower if i > 0 else ""
    if word.lower[0].isdigit():
        if "," not in word.lower and "." not in word.lower and 1800 <= value <= 2100 and used == 1:
            return True  # a year
        if after < len(tokens) and tokens[after].lower in (":", "/"):
            return True  # 10:30, 3/4
        if (
            text[word.end : word.end + 1].isalpha()
            or prev == "#"
            or (prev == "." and i > 1 and tokens[i - 2].lower == "no")
        ):
            return True  # 21st, #2, No. 2
        if i > 1 and tokens[i - 1].text[:1].isupper() and prev.isalpha() and prev not in lex.months:
            return True  # "Flight 17", "Resolution 2254" (a capitalised word not opening the claim)
    if prev in lex.labels or prev in lex.months or prev in lex.age_before or prev in lex.weekdays:
        return True
    if prev == "." and i > 1 and tokens[i - 2].lower in lex.months:
        return True  # "Sept. 11"
    if after < len(tokens) and (
        tokens[after].lower in lex.months
        or phrase_at(tokens, after, lex.time_of_day)
        or phrase_at(tokens, after, lex.age_after)
    ):
        return True
    if tokens[after - 1].hyphen_after:
        return True  # "a 30-minute spree", "the 1,237-delegate threshold"
    if after < len(tokens) and phrase_at(tokens, after, lex.rate_after):
        return True  # "1,000 a day"
    if not increments and after < len(tokens) and tokens[after].lower in lex.increment:
        return True  # "12 more"
    before = _modifier_start(tokens, i)
    if not increments and before > 0 and tokens[before - 1].lower in lex.increment:
        return True  # "an additional eight", "another 12", "a further 20"
    return bool(_ending_at(tokens, before, lex.subset_before))


def _modifier_start(tokens: list[Token], i: int) -> int:
    for phrases in lexicon().modifiers.values():
        n = _ending_at(tokens, i, phrases)
        if n:
            return i - n
    return i


# --- intervals -----------------------------------------------------------------------------


def _interval(value: float, precision: str) -> tuple[float, float]:
    tolerance = lexicon().tolerance
    if precision == "exact":
        return value * (1 - tolerance["exact"]), value * (1 + tolerance["exact"])
    if precision == "round":
        return value * (1 - tolerance["round"]), value * (1 + tolerance["round"])
    if precision == "approximate":
        return value * (1 - tolerance["approximate"]), value * (1 + tolerance["approximate"])
    if precision == "approaching":
        return value * (1 - tolerance["approximate"]), value
    if precision == "lower_bound":
        return value, INFINITY
    if precision == "upper_bound":
        return 0.0, value
    return value, INFINITY  # vague


def _is_round(value: float, scaled: bool) -> bool:
    return scaled or (value >= 20 and value % 10 == 0)


# --- the counted noun ----------------------------------------------------------------------


def _counted(tokens: list[Token], i: int, *, plural: bool) -> tuple[str | None, frozenset[str], int]:
    """(singular head, qualifiers, end index) of the noun phrase a numeral ending before i counts:
    "12 Palestinian civilians were ..." -> ("civilian", {"palestinian"}). Partitives ("dozens of
    civilians", "12 of the soldiers") count the noun after "of"."""
    lex = lexicon()
    given = i
    if i < len(tokens) and tokens[i].lower == "of":
        i += 1
        while i < len(tokens) and tokens[i].lower in ("the", "those", "these", "its", "their"):
            i += 1
    head, head_at, head_words, words = None, i, 0, []
    j = i
    while j < len(tokens) and j - i < 4 + 2 * sum(t.hyphen_after for t in tokens[i:j]):
        word = tokens[j].lower
        if word == "-" and j > i and tokens[j - 1].hyphen_after:
            j += 1  # "pro-government fighters": a hyphenated modifier
            continue
        if not word.isalpha() or word in lex.breakers or word in lex.words or word in lex.scales:
            break  # a function word, or another number ("2012, four Americans")
        if word.endswith(("ed", "ing")) and word not in lex.irregular:
            break  # "12 civilians killed": the participle ends the noun phrase
        words.append(word)
        if _is_plural(word) or not plural:
            head, head_at, head_words = word, j, len(words) - 1
        j += 1
    if head is None:
        return None, frozenset(), given
    qualifiers = frozenset(words[:head_words])
    return singular(head), qualifiers, head_at + 1


def _kind(tokens: list[Token], i: int, end: int) -> tuple[str, str | None, int]:
    """("money", currency) after a currency sign before i or a currency word at end;
    ("percent", None) with a percent word at end; else ("count", None)."""
    lex = lexicon()
    if i > 0 and tokens[i - 1].lower in lex.currency_signs:
        return "money", lex.currency_signs[tokens[i - 1].lower], end
    if end < len(tokens) and tokens[end].lower in lex.currency_words:
        return "money", lex.currency_words[tokens[end].lower], end + 1
    n = phrase_at(tokens, end, lex.percent)
    if n:
        return "percent", None, end + n
    return "count", None, end


def _running(tokens: list[Token]) -> bool:
    lex = lexicon()
    return any(phrase_at(tokens, k, lex.running) for k in range(len(tokens)))


@functools.lru_cache(maxsize=50_000)
def quantities(text: str, *, increments: bool = False) -> tuple[Quantity, ...]:
    """Every quantity the text states, in order. With `increments`, "3 others" and "two more"
    are counts too (a casualty report adds them up); the ledger compares totals and leaves them out."""
    tokens = tokenize(text)
    triggers = lexicon().triggers
    if not any(t.lower[0].isdigit() or t.lower in triggers for t in tokens):
        return ()
    running = _running(tokens)
    found: list[Quantity] = []
    i = 0
    while i < len(tokens):
        quantity, i = _read_at(tokens, i, text, running, increments)
        if quantity is not None:
            found.append(quantity)
    return tuple(found)


def _read_at(
    tokens: list[Token], i: int, text: str, running: bool, increments: bool = False
) -> tuple[Quantity | None, int]:
    """The quantity starting at token i (modifiers, vague words and zero words included), and
    the index to go on from."""
    lex = lexicon()
    zero = phrase_at(tokens, i, lex.zero_people)
    if zero:
        return _make(tokens, i, i + zero, 0.0, "zero", "count", "person", frozenset(), text, running), i + zero
    modifier, modifier_len = _modifier_at(tokens, i)
    start = _after_sign(tokens, i + modifier_len)
    if modifier is None:
        zero = phrase_at(tokens, i, lex.zero)
        if zero:
            return _zero_of(tokens, i, zero, text, running)
    vague = _vague_at(tokens, start)
    if vague is not None and modifier is None:
        value, used = vague
        counted, qualifiers, end = _counted(tokens, start + used, plural=True)
        if counted is None or counted in lex.uncompared:
            return None, start + used
        return _make(tokens, i, end, value, "vague", "count", counted, qualifiers, text, running), end
    if start >= len(tokens) or not _starts_number(tokens, start):
        return None, i + 1
    return _numeric(tokens, i, start, modifier, text, running, increments)


def _numeric(
    tokens: list[Token], i: int, start: int, modifier: str | None, text: str, running: bool, increments: bool = False
) -> tuple[Quantity | None, int]:
    """The quantity of the numeral at `start` (its modifier, if any, from i): range, kind,
    trailing bound words and the counted noun."""
    lex = lexicon()
    numeral = _numeral(tokens, start)
    if numeral is None:
        return None, i + 1
    value, used, scaled = numeral
    if _not_a_count(tokens, start, used, value, text, increments):
        return None, start + used
    end = start + used
    upper, range_end = _range_after(tokens, start, end)
    if upper is not None and start > 0 and tokens[start - 1].lower == "from":
        running = True  # "rose from 12 to 40": a change, not a range
    precision = modifier or ("round" if _is_round(value, scaled) else "exact")
    kind, unit, end = _kind(tokens, start, range_end)
    after = phrase_at(tokens, end, lex.after_lower)
    if after:
        precision, end = "lower_bound", end + after
    elif phrase_at(tokens, end, lex.after_approximate):
        precision, end = "approximate", end + phrase_at(tokens, end, lex.after_approximate)
    counted, qualifiers = unit, frozenset[str]()
    if kind != "money":
        counted, qualifiers, end = _counted(tokens, end, plural=value != 1 or upper is not None)
        if kind == "percent":
            counted = counted or "percent"
    if counted in lex.uncompared or phrase_at(tokens, end, lex.rate_after):
        return None, end  # a duration, a distance, or a rate ("1,000 people a day")
    if kind == "money" and start > 0 and tokens[start - 1].lower in lex.currency_signs and modifier is None:
        i = start - 1  # the phrase shows the sign
    quantity = _make(tokens, i, end, value, precision, kind, counted, qualifiers, text, running, upper=upper)
    return quantity, max(end, start + used)


def _modifier_at(tokens: list[Token], i: int) -> tuple[str | None, int]:
    for name, phrases in lexicon().modifiers.items():
        n = phrase_at(tokens, i, phrases)
        if (
            n
            and i + n < len(tokens)
            and (_starts_number(tokens, _after_sign(tokens, i + n)) or _vague_at(tokens, i + n))
        ):
            return name, n
    return None, 0


def _after_sign(tokens: list[Token], i: int) -> int:
    """Index of the numeral after a currency sign at i ("$3 million"), else i."""
    if i + 1 < len(tokens) and tokens[i].lower in lexicon().currency_signs:
        return i + 1
    return i


def _vague_at(tokens: list[Token], i: int) -> tuple[float, int] | None:
    """(lower bound, tokens used): "dozens", "tens of thousands", "hundreds of"."""
    lex = lexicon()
    n = phrase_at(tokens, i, lex.vague_phrases)
    if not n:
        return None
    phrase = tuple(t.lower for t in tokens[i : i + n])
    value = lex.vague[phrase]
    followed_by_of = i + n < len(tokens) and tokens[i + n].lower == "of"
    if followed_by_of and i + n + 1 < len(tokens) and singular(tokens[i + n + 1].lower) in lex.scales:
        return value * lex.scales[singular(tokens[i + n + 1].lower)], n + 2  # "tens of thousands"
    if phrase[-1] in lex.vague_needs_of and not followed_by_of:
        return None  # "scores" alone is a noun ("test scores"), "a number" a word
    return value, n


def _range_after(tokens: list[Token], start: int, end: int) -> tuple[float | None, int]:
    """ "10 to 20", "10-20", "10 or 12", "between 10 and 20": the upper value and the new end."""
    joiners = (
        ("to", "-", "–", "or", "and") if start > 0 and tokens[start - 1].lower == "between" else ("to", "-", "–", "or")
    )
    if end + 1 < len(tokens) and tokens[end].lower in joiners and _starts_number(tokens, end + 1):
        numeral = _numeral(tokens, end + 1)
        if numeral is not None:
            return numeral[0], end + 1 + numeral[1]
    return None, end


def _zero_of(tokens: list[Token], i: int, used: int, text: str, running: bool) -> tuple[Quantity | None, int]:
    """ "no civilians", "none of the soldiers", "zero casualties", "not a single civilian"."""
    lex = lexicon()
    start = i + used
    single = tokens[i].lower == "not"
    if start < len(tokens) and tokens[start].lower in lex.breakers and tokens[start].lower != "of":
        return None, start  # "no more", "no one else", "none of which"
    counted, qualifiers, end = _counted(tokens, start, plural=not single)
    if counted is None or counted in lex.uncompared:
        return None, start
    if not single and not _is_plural(tokens[end - 1].lower):
        return None, start  # "no evidence", "no plan": a polarity, not a count
    return _make(tokens, i, end, 0.0, "zero", "count", counted, qualifiers, text, running), end


def _make(tokens, i, end, value, precision, kind, counted, qualifiers, text, running, *, upper=None) -> Quantity:
    if precision == "zero":
        low, high = 0.0, 0.0
    elif upper is not None:
        low, high = value, upper  # an explicit range "10 to 20"
        precision = "bound"
    else:
        low, high = _interval(value, precision)
        precision = {"lower_bound": "bound", "upper_bound": "bound", "approaching": "approximate"}.get(
            precision, precision
        )
    end_char = tokens[end - 1].end if end > i else tokens[i].end
    return Quantity(
        low,
        high,
        value,
        precision,
        kind,
        counted,
        qualifiers,
        text[tokens[i].start : end_char],
        tokens[i].start,
        end_char,
        running,
    )
