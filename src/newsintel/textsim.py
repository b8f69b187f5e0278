"""Plain-text similarity shared by the stance model, claim clustering and claim checking.

No spaCy here: words come from a regular expression, stems from a small suffix stripper, and
vectors are hashed (stable CRC32 buckets), so nothing data-derived is stored as a string.
"""

from __future__ import annotations

import functools
import math
import re
import zlib
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from importlib import resources

import yaml

from newsintel.errors import DictionaryError

WORD = re.compile(r"[a-z0-9]+(?:n't|'[a-z]+)?|\?", re.IGNORECASE)
SENTENCE_END = re.compile(r"(?<=[.!?])(?P<close>[\"'”’)\]]*)\s+(?=[\"“‘(\[]?[A-Z0-9])|\n\s*\n|\n(?=[A-Z\"“])")
HASH_BUCKETS = 1 << 17
_SUFFIXES = (
    "ational",
    "ations",
    "ation",
    "ities",
    "ness",
    "ments",
    "ment",
    "ings",
    "ing",
    "ies",
    "ied",
    "edly",
    "ed",
    "es",
    "ly",
    "s",
)


@dataclass(frozen=True, slots=True)
class WordClasses:
    """Word classes from a lexicon file: exact forms and "prefix*" forms per class."""

    exact: dict[str, frozenset[str]]
    prefixes: dict[str, tuple[str, ...]]

    def members(self, name: str, words: Iterable[str]) -> int:
        exact = self.exact.get(name, frozenset())
        prefixes = self.prefixes.get(name, ())
        return sum(1 for w in words if w in exact or (prefixes and w.startswith(prefixes)))

    def has(self, name: str, word: str) -> bool:
        return word in self.exact.get(name, ()) or word.startswith(self.prefixes.get(name, ("\0",)))


def load_word_classes(package: str, filename: str) -> WordClasses:
    """Read a YAML mapping class -> list of words ("word*" marks a prefix)."""
    try:
        text = resources.files(package).joinpath(filename).read_text("utf-8")
        data = yaml.safe_load(text)
    except (OSError, yaml.YAMLError) as exc:
        raise DictionaryError(f"cannot read word classes: {exc}", path=f"{package}/{filename}") from exc
    if not isinstance(data, dict):
        raise DictionaryError("expected a mapping of class -> list of words", path=f"{package}/{filename}")
    exact: dict[str, frozenset[str]] = {}
    prefixes: dict[str, tuple[str, ...]] = {}
    for name, words in data.items():
        if not isinstance(words, list):
            raise DictionaryError(f"class {name!r} must be a list", path=f"{package}/{filename}")
        exact[name] = frozenset(str(w).lower() for w in words if not str(w).endswith("*"))
        prefixes[name] = tuple(str(w).lower()[:-1] for w in words if str(w).endswith("*"))
    return WordClasses(exact, prefixes)


@functools.lru_cache(maxsize=1)
def stance_words() -> WordClasses:
    return load_word_classes("newsintel.ledger.data", "stance_lexicon.yaml")


def words(text: str) -> list[str]:
    """Lower-cased word tokens ("?" kept as a token: questions hedge)."""
    return [w.lower().replace("’", "'") for w in WORD.findall(text.replace("’", "'"))]


@functools.lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """A crude, stable stem: enough to match "denies"/"denied", "attacks"/"attacking"."""
    if len(word) <= 4:
        return word
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


def bucket(token: str) -> int:
    return zlib.crc32(token.encode("utf-8")) % HASH_BUCKETS


def split_sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) character offsets of sentences, by punctuation and line breaks."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in SENTENCE_END.finditer(text):
        _append_span(text, start, match.start() + len(match.group("close") or ""), spans)
        start = match.end()
    _append_span(text, start, len(text), spans)
    return spans


def _append_span(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))


@dataclass(slots=True)
class Passage:
    """One piece of text prepared for comparison: its words, content stems and hashed vector."""

    text: str
    tokens: list[str]
    stems: list[str]  # content stems, in order (stopwords dropped)
    vector: dict[int, float] = field(default_factory=dict)  # unit-length TF-IDF over buckets

    @property
    def stem_set(self) -> set[str]:
        return set(self.stems)


def content_stems(tokens: Sequence[str]) -> list[str]:
    stop = stance_words().exact.get("stopwords", frozenset())
    return [stem(t) for t in tokens if t not in stop and t != "?" and len(t) > 1]


def prepare(text: str, idf=None) -> Passage:
    tokens = words(text)
    stems = content_stems(tokens)
    return Passage(text, tokens, stems, tfidf(stems, idf))


def tfidf(stems: Sequence[str], idf=None) -> dict[int, float]:
    """Unit-length vector of stem unigrams and bigrams, hashed; idf: array over buckets or None."""
    counts = Counter(bucket(s) for s in stems)
    counts.update(bucket(f"{a} {b}") for a, b in zip(stems, stems[1:], strict=False))
    vector = {b: (1.0 + math.log(c)) * (float(idf[b]) if idf is not None else 1.0) for b, c in counts.items()}
    norm = math.sqrt(sum(v * v for v in vector.values()))
    return {b: v / norm for b, v in vector.items()} if norm else {}


def cosine(a: dict[int, float], b: dict[int, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(v * b.get(k, 0.0) for k, v in a.items())


def ngrams(stems: Sequence[str], n: int) -> set[tuple[str, ...]]:
    return {tuple(stems[i : i + n]) for i in range(len(stems) - n + 1)}


def overlap(claim: Passage, other: Passage) -> float:
    """Share of the claim's content stems found in the other passage."""
    mine = claim.stem_set
    return len(mine & other.stem_set) / len(mine) if mine else 0.0
