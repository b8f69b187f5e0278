"""Whether two claims' numbers contradict each other (the quantities they state compared).

    compare_numbers(claim_a, claim_b)                 -> NumberComparison | None

The quantities are read by `ledger.quantities` (intervals attached to the noun they count).
Two claims' numbers contradict when they count the same thing and their intervals do not
meet. Precision first: when it is unclear that two numbers count the same thing (a pronoun
subject, qualifiers that contrast, different days, a running tally) the comparison says
"different" and the ledger keeps the two claims apart rather than calling them a dispute.
Numbers are read by `newsintel.quantities` (word lists: `newsintel/data/quantities.yaml`). No spaCy:
claims are compared from their text and normalised fields, so stored reports can be reconciled too.
"""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass

from newsintel.english.words import STAND_IN_COUNTED
from newsintel.quantities import Quantity, Token, lexicon, phrase_at, quantities, singular, tokenize
from newsintel.records import Claim


@dataclass(frozen=True, slots=True)
class NumberComparison:
    verdict: (
        str  # "contradicts" | "agrees": one thing, (in)compatible values; "different": values differ, thing unclear
    )
    left: Quantity
    right: Quantity
    confidence: float
    reason: str

    @property
    def evidence(self) -> str:
        return f"{self.left.phrase!r} vs {self.right.phrase!r}"


# --- a claim's quantities -------------------------------------------------------------------


def claim_quantities(claim: Claim) -> tuple[Quantity, ...]:
    """The claim's quantities; a lone numeral with no noun counts the claim's object ("killed 12"
    with the object "resident"), only when the claim states that one quantity."""
    return _claim_quantities(claim.text, claim.object)


@functools.lru_cache(maxsize=50_000)
def _claim_quantities(text: str, object_: str | None) -> tuple[Quantity, ...]:
    found = quantities(text)
    if len(found) != 1 or found[0].counted is not None or not object_:
        return tuple(q for q in found if q.counted is not None)
    head = object_.split()[-1]
    if not head.isalpha() or head in lexicon().words or head in lexicon().scales:
        return ()
    q = found[0]
    return (
        Quantity(
            q.low,
            q.high,
            q.value,
            q.precision,
            q.kind,
            singular(head),
            frozenset(),
            q.phrase,
            q.start,
            q.end,
            q.running,
            via_object=True,
        ),
    )


# --- comparing two claims ------------------------------------------------------------------


def compare_numbers(
    a: Claim, b: Claim, *, published: tuple[str | None, str | None] = (None, None)
) -> NumberComparison | None:
    """How the numbers of two claims (from different articles) stand. "contradicts": they count
    one thing with incompatible values; "different": the values are incompatible but it is
    unclear that they count one thing; "agrees": they count one thing with compatible values;
    None: they count nothing in common (or compatible values of what may be different things)."""
    left_found, right_found = _predicated(a), _predicated(b)
    if not left_found or not right_found:
        return None  # most claims state no count: nothing more to do
    agreeing = contradiction = None
    for left, right in _pairs(left_found, right_found):
        doubt = _doubt(a, b, left, right, published)
        if _meet(left, right):
            if doubt is None and agreeing is None:
                agreeing = NumberComparison("agrees", left, right, _confidence(left, right), "number-match")
        elif doubt is not None:
            return NumberComparison("different", left, right, 0.0, doubt)  # one unclear pair keeps them apart
        elif contradiction is None:
            contradiction = NumberComparison("contradicts", left, right, _confidence(left, right), "number-mismatch")
    return contradiction or agreeing


def stated_counts(claim: Claim) -> tuple[Quantity, ...]:
    """The quantities a claim's predicate counts (what `compare_numbers` compares)."""
    return _predicated(claim)


def _predicated(claim: Claim) -> tuple[Quantity, ...]:
    """The claim's quantities that its predicate counts: a form of the predicate (or of its class,
    "killed"/"dead") within a few words of the number, in one clause. In "six people were killed,
    25 wounded and dozens of students rounded up" the students were not killed."""
    if not claim.predicate:
        return ()
    return _predicated_in(claim.text, claim.predicate, claim.object)


@functools.lru_cache(maxsize=50_000)
def _predicated_in(text: str, predicate: str, object_: str | None) -> tuple[Quantity, ...]:
    """A thing counted twice in one claim ("$349 for the sport model ... $1,000 for the steel
    one", "killed 12 civilians and wounded 30 civilians") is ambiguous: neither figure is kept."""
    found = _claim_quantities(text, object_)
    keys = [(q.kind, q.counted) for q in found]
    candidates = [q for q in found if keys.count((q.kind, q.counted)) == 1]
    if not candidates:
        return ()
    forms = _predicate_forms(predicate)
    tokens = tokenize(text)
    kept = []
    for q in candidates:
        first = next(n for n, t in enumerate(tokens) if t.end > q.start)
        last = max(n for n, t in enumerate(tokens) if t.start < q.end)
        if _verb_near(tokens, first, last, forms):
            kept.append(q)
    return tuple(kept)


PREDICATE_WINDOW = 6
CLAUSE_BREAKS = frozenset(',;:()[]—–"“”.!?')


def _verb_near(tokens: list[Token], first: int, last: int, forms: tuple[str, ...]) -> bool:
    for step, start in ((-1, first - 1), (1, last + 1)):
        n = start
        while 0 <= n < len(tokens) and abs(n - start) < PREDICATE_WINDOW:
            word = tokens[n].lower
            if word in CLAUSE_BREAKS:
                break
            if word.startswith(forms):
                return True
            n += step
    return False


@functools.lru_cache(maxsize=4096)
def _predicate_forms(predicate: str) -> tuple[str, ...]:
    """Word beginnings that state the predicate or a predicate of its class: "kill" -> "kill",
    "di" (died), "dead", "slay", ... (a final "e" is dropped: "seize" -> "seiz" matches "seized")."""
    lex = lexicon()
    members = [predicate]
    if predicate in lex.predicate_class:
        members = [p for p, n in lex.predicate_class.items() if n == lex.predicate_class[predicate]]
    heads = {m.split()[-1] for m in members}
    forms = {h[:-1] if h.endswith("e") and len(h) > 3 else h for h in heads if len(h) >= 3}
    forms |= {form for h in heads for form in lex.irregular_verbs.get(h, ())}
    return tuple(sorted(forms))


def _pairs(left: tuple[Quantity, ...], right: tuple[Quantity, ...]):
    """Pairs of quantities of one kind counting one thing."""
    for x in left:
        for y in right:
            if x.kind == y.kind and _same_thing(x.counted, y.counted):
                yield x, y


def _same_thing(x: str | None, y: str | None) -> bool:
    people = lexicon().people
    return (
        x is not None
        and y is not None
        and (
            x == y
            or (singular(x) in people and singular(y) in people)
            or {x, y} <= {"person"} | {singular(p) for p in people}
        )
    )


def _meet(x: Quantity, y: Quantity) -> bool:
    """The two intervals overlap; a more specific count ("4 Palestinian civilians") only has to
    stay within the general one ("12 civilians")."""
    if x.qualifiers < y.qualifiers:
        return y.low <= x.high
    if y.qualifiers < x.qualifiers:
        return x.low <= y.high
    return x.low <= y.high and y.low <= x.high


def _doubt(a: Claim, b: Claim, x: Quantity, y: Quantity, published) -> str | None:
    """Why two incompatible numbers may still not contradict each other, or None."""
    lex = lexicon()
    if x.kind == "percent":
        return "percentages"  # polls and rates differ by poll and date: not a dispute
    if x.running or y.running:
        return "running-tally"
    if _forecast(a.text) or _forecast(b.text) or (a.modality or b.modality):
        return "forecast"  # two predictions or plans differ without anyone being wrong yet
    if a.time and b.time and a.time != b.time:
        return "different-times"
    if _days_apart(*published) > lex.max_days_apart:
        return "different-days"
    if not (x.qualifiers <= y.qualifiers or y.qualifiers <= x.qualifiers):
        return "different-qualifiers"
    if not _same_predicate(a.predicate, b.predicate):
        return "different-predicates"
    if not _anchored(a, x) or not _anchored(b, y):
        return "unanchored"
    named = not _subject_is(a, x) and not _subject_is(b, y)
    if named and not _compatible(a.subject or "", b.subject or ""):
        return "different-subjects"
    if not named and not _shared_context(a, b, x, y):
        return "no-shared-context"  # "No one was injured" says nothing of which blast
    if _contrast(a.text, b.text, x, y):
        return "contrasting-words"
    return None


def _forecast(text: str) -> bool:
    lex = lexicon()
    tokens = tokenize(text)
    return any(phrase_at(tokens, k, lex.forecast) for k in range(len(tokens)))


def _same_predicate(p: str | None, q: str | None) -> bool:
    if not p or not q:
        return False
    if p == q:
        return True
    classes = lexicon().predicate_class
    return p in classes and classes[p] == classes.get(q)


def _subject_is(claim: Claim, q: Quantity) -> bool:
    """The claim's subject is the counted thing itself ("12 civilians were killed")."""
    if not claim.subject:
        return False
    head = claim.subject.split()[-1]
    return _same_thing(singular(head), q.counted) or (q.counted == "person" and head in ("nobody", "one"))


def _anchored(claim: Claim, q: Quantity) -> bool:
    """The claim says what the number is about: a named subject, or the counted thing as subject.
    "It takes 1,237 delegates" (to win what?) and "he won 35" (who?) are not."""
    if _subject_is(claim, q):
        return True
    subject = (claim.subject or "").split()
    return bool(subject) and subject[-1] not in STAND_IN_COUNTED and " ".join(subject) not in STAND_IN_COUNTED


def _shared_context(a: Claim, b: Claim, x: Quantity, y: Quantity) -> bool:
    """The two claims share a content word besides the counted noun, the predicate and numbers:
    the event they count ("strike", "Mosul"), so the counts are of one event."""
    return bool(_context(a, x) & _context(b, y))


def _context(claim: Claim, q: Quantity) -> set[str]:
    from newsintel.textsim import content_stems, words

    lex = lexicon()
    forms = _predicate_forms(claim.predicate or "")
    skip = lex.breakers | set(lex.words) | set(lex.scales) | {w for p in lex.vague for w in p}
    kept = [
        w
        for w in words(claim.text)
        if w not in skip and not w[0].isdigit() and singular(w) != q.counted and not (forms and w.startswith(forms))
    ]
    return set(content_stems(kept))


def _compatible(a: str, b: str) -> bool:
    if not a or not b:
        return False
    if a == b:
        return True
    wa, wb = a.split(), b.split()
    return wa[-1] == wb[-1] and (set(wa) <= set(wb) or set(wb) <= set(wa))


def _contrast(text_a: str, text_b: str, x: Quantity, y: Quantity) -> bool:
    """Each claim holds a distinguishing word the other lacks: a capitalised word ("Republican"
    vs "Democratic"), another number ("in March" vs "in May"), or a contrast word ("northern" vs
    "southern"). One claim being more specific than the other is not a contrast."""
    words_a = {t.lower for t in tokenize(text_a)}
    words_b = {t.lower for t in tokenize(text_b)}
    return bool(_unmatched(_distinctive(text_a, x), words_b)) and bool(_unmatched(_distinctive(text_b, y), words_a))


def _distinctive(text: str, q: Quantity) -> set[str]:
    """Capitalised words (the first word too, unless a function or number word), numerals and
    number words, contrast words, months and weekdays: outside the compared quantity."""
    lex = lexicon()
    plain = (
        lex.breakers
        | set(lex.words)
        | set(lex.compound_only)
        | {w for p in lex.zero for w in p}
        | {w for phrases in lex.modifiers.values() for p in phrases for w in p}
    )
    found = set()
    for token in tokenize(text):
        if q.start <= token.start < q.end:
            continue  # the compared quantity itself
        word = token.lower
        if (
            word[0].isdigit()
            or word in lex.words
            or word in lex.contrast
            or word in lex.months
            or word in lex.weekdays
            or token.text[:1].isupper()
            and word[0].isalpha()
            and word not in plain
        ):
            found.add(word)
    return found


def _unmatched(mine: set[str], theirs: set[str]) -> set[str]:
    """My words with no equal or prefix-sharing word there ("israel" ~ "israeli", "afghan" ~
    "afghanistan")."""

    def matches(w: str, v: str) -> bool:
        return w == v or (min(len(w), len(v)) >= 4 and (w.startswith(v) or v.startswith(w)))

    return {w for w in mine if not any(matches(w, v) for v in theirs)}


def _days_apart(a: str | None, b: str | None) -> int:
    if not a or not b:
        return 0
    try:
        return abs((dt.date.fromisoformat(a[:10]) - dt.date.fromisoformat(b[:10])).days)
    except ValueError:
        return 0


def _confidence(x: Quantity, y: Quantity) -> float:
    """Higher for two exact figures; lower for vague words, approximations, a number attached
    through the claim's object, or a more specific count against a general one."""
    confidence = 0.85
    for q in (x, y):
        confidence -= {"vague": 0.25, "approximate": 0.1, "round": 0.05}.get(q.precision, 0.0)
        confidence -= 0.1 if q.via_object else 0.0
    if x.qualifiers != y.qualifiers:
        confidence -= 0.05
    return round(max(confidence, 0.3), 2)
