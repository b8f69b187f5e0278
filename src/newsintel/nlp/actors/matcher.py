"""Longest-match lookup of dictionary phrases over a Doc's tokens.

Phrases are tokenised with the pipeline's own tokenizer at load time and stored as tuples of
token keys in two dicts: case-insensitive (most names) and case-sensitive (ALL-CAPS acronyms:
"IS" must not match "is"). At run time each token is looked up once per candidate length, so
the cost grows with the text, not with the dictionary.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

Tokenize = Callable[[list[str]], list[list[str]]]
_HAS_UPPER = re.compile(r"[A-Z]")


@dataclass(slots=True, frozen=True)
class Candidate:
    target: str  # actor id, or agent id
    kind: str  # "alias" | "demonym" | "metonym" | "agent"
    rank: int  # higher wins a conflict on the same phrase
    lowercase_ok: bool = False  # the phrase may match an all-lowercase text
    short: bool = False  # a short alias ("the Post"): only with a full alias in the document
    # an ordinary word with this capitalisation ("Dawn", "Discord"): at a sentence start, where
    # every word is capitalised, it links only if the document also names the actor elsewhere
    common_word: bool = False


@dataclass(slots=True)
class Match:
    start: int  # token index
    end: int  # token index, exclusive
    candidates: tuple[Candidate, ...]

    @property
    def best(self) -> Candidate:
        return self.candidates[0]


def token_key(text: str) -> str:
    """How a token is compared: typographic apostrophes folded, one final period dropped
    (so "ISIS-K." at a sentence end and "U.S" / "U.S." compare equal)."""
    text = text.replace("\u2019", "'").replace("\u2018", "'")
    if len(text) > 1 and text.endswith("."):
        text = text[:-1]
    return text


def is_acronym(phrase: str, *, max_letters: int | None = None) -> bool:
    """ALL-CAPS phrases (IS, ISIS-K, U.S.) and one-word names with inner capitals (LeT,
    HuJI) are matched case-sensitively: their lowercase forms are ordinary words."""
    letters = [c for c in phrase if c.isalpha()]
    if not letters:
        return False
    if any(c.islower() for c in letters):
        word = phrase.strip()
        return word.isalpha() and any(c.isupper() for c in word[1:])
    return max_letters is None or (len(letters) <= max_letters and " " not in phrase.strip())


@dataclass(slots=True, frozen=True)
class TokenKeys:
    """A Doc's token texts with their comparison keys, computed once for several indexes."""

    texts: list[str]
    keys: list[str]
    lowered: list[str]

    @classmethod
    def of(cls, texts: list[str]) -> TokenKeys:
        keys = [token_key(t) for t in texts]
        return cls(texts, keys, [k.lower() for k in keys])


_KIND_ORDER = {"alias": 0, "agent": 0, "demonym": 1, "metonym": 2}


@dataclass(slots=True)
class PhraseIndex:
    insensitive: dict[tuple[str, ...], list[Candidate]] = field(default_factory=dict)
    sensitive: dict[tuple[str, ...], list[Candidate]] = field(default_factory=dict)
    longest: dict[str, int] = field(default_factory=dict)  # first key (lowercased) -> max length

    def add(self, keys: tuple[str, ...], candidate: Candidate, *, case_sensitive: bool) -> None:
        if not keys:
            return
        table = self.sensitive if case_sensitive else self.insensitive
        if not case_sensitive:
            keys = tuple(k.lower() for k in keys)
        bucket = table.setdefault(keys, [])
        if all(c.target != candidate.target or c.kind != candidate.kind for c in bucket):
            bucket.append(candidate)
            bucket.sort(key=lambda c: (-c.rank, _KIND_ORDER.get(c.kind, 9)))
        first = keys[0].lower()
        self.longest[first] = max(self.longest.get(first, 0), len(keys))

    def add_phrases(self, items: Iterable[tuple[str, Candidate, bool]], tokenize: Tokenize) -> None:
        """Add (phrase, candidate, case_sensitive) triples, tokenising the phrases in one batch."""
        items = list(items)
        token_lists = tokenize([phrase for phrase, _, _ in items])
        for (_, candidate, case_sensitive), tokens in zip(items, token_lists, strict=True):
            self.add(tuple(token_key(t) for t in tokens), candidate, case_sensitive=case_sensitive)

    def find(self, texts: list[str] | TokenKeys, *, blocked: set[int] | None = None) -> list[Match]:
        """Non-overlapping matches over a sequence of token texts: the longest match at each
        start, then longer matches beat the shorter ones they overlap ("the Islamic State"
        loses to "Islamic State Khorasan Province")."""
        prepared = texts if isinstance(texts, TokenKeys) else TokenKeys.of(texts)
        texts, keys, lowered = prepared.texts, prepared.keys, prepared.lowered
        found: list[Match] = []
        n = len(keys)
        for i in range(n):
            limit = self.longest.get(lowered[i], 0)
            for length in range(min(limit, n - i), 0, -1):
                if blocked and any(j in blocked for j in range(i, i + length)):
                    continue
                candidates = self._lookup(keys, lowered, texts, i, length)
                if candidates:
                    found.append(Match(i, i + length, candidates))
                    break
        return _without_overlaps(found)

    def _lookup(self, keys, lowered, texts, i: int, length: int) -> tuple[Candidate, ...] | None:
        exact = self.sensitive.get(tuple(keys[i : i + length]))
        if exact:
            return tuple(exact)
        loose = self.insensitive.get(tuple(lowered[i : i + length]))
        if not loose:
            return None
        # A capitalised name must not match ordinary lowercase words ("post", "shabab").
        if any(_HAS_UPPER.match(t) for t in texts[i : i + length]):
            return tuple(loose)
        lower_ok = tuple(c for c in loose if c.lowercase_ok)
        return lower_ok or None


def _without_overlaps(matches: list[Match]) -> list[Match]:
    taken: set[int] = set()
    kept: list[Match] = []
    for match in sorted(matches, key=lambda m: (m.start - m.end, m.start)):
        span = range(match.start, match.end)
        if not any(i in taken for i in span):
            taken.update(span)
            kept.append(match)
    return sorted(kept, key=lambda m: m.start)
