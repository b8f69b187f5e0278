"""Near-duplicate detection: syndicated wire copies and lightly edited reposts.

Texts are compared by the Jaccard similarity of their word 3-shingles, estimated with MinHash
(datasketch) and indexed by locality-sensitive hashing (LSH), so a new document is compared
only with the few documents that share a band with it. Documents are grouped by the
connected components of the "near-duplicate of" relation; a group is named after its smallest
member key, so the grouping does not depend on the order documents arrive in.

`near_duplicate_groups(texts)` works on plain texts, in memory. The corpus store keeps the
same signatures and band keys in the database (see `store`), so a resumed or repeated ingest
sees every document stored before, without holding the whole index in memory.
"""

from __future__ import annotations

import functools
import hashlib
import itertools
import re
from collections import deque
from collections.abc import Hashable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any, TypeVar

import numpy as np

Key = TypeVar("Key", bound=Hashable)

# 3-word shingles: one edited word changes only 3 shingles, so light edits keep Jaccard high,
# while two different articles on the same topic share almost no 3-word sequences.
SHINGLE_WORDS = 3
NUM_PERM = 128
# Jaccard of 3-shingles at or above which two texts count as copies of one story. Wire copies
# with a changed headline, dateline and a few edited words score 0.7-0.95; different articles
# on the same event score under 0.2.
THRESHOLD = 0.6
LSH_MARGIN = 0.2

_WORD = re.compile(r"\w+", re.UNICODE)
# Shingles hashed at once: datasketch holds num_perm 64-bit values per shingle of a batch, so a
# 5,000,000-character text hashed whole took 750 MB; in batches the MinHash is the same (each
# value is a minimum over all shingles) and the memory is bounded (a few MB).
HASH_BATCH = 2_000


@dataclass(frozen=True, slots=True)
class DedupParams:
    threshold: float = THRESHOLD
    num_perm: int = NUM_PERM
    shingle_words: int = SHINGLE_WORDS

    @property
    def lsh_threshold(self) -> float:
        """Where the LSH S-curve is centred: below `threshold`, so that true near-duplicates
        (just above it) are candidates with near certainty (P > 0.98 at 0.6 with the defaults);
        the extra candidates cost one signature comparison each."""
        return max(0.1, self.threshold - LSH_MARGIN)

    @property
    def bands(self) -> tuple[int, int]:
        """(number of bands, rows per band) for `lsh_threshold`."""
        return _optimal_bands(self.lsh_threshold, self.num_perm)


@functools.lru_cache(maxsize=16)
def _optimal_bands(threshold: float, num_perm: int) -> tuple[int, int]:
    from datasketch.lsh import _optimal_param

    return _optimal_param(threshold, num_perm, 0.5, 0.5)


def shingles(text: str, *, size: int = SHINGLE_WORDS) -> set[bytes]:
    """Lower-cased word n-grams of `text`; a text shorter than n words is one shingle."""
    words = _WORD.findall(text.lower())
    if len(words) < size:
        return {" ".join(words).encode()} if words else set()
    return {" ".join(words[i : i + size]).encode() for i in range(len(words) - size + 1)}


def iter_shingles(text: str, *, size: int = SHINGLE_WORDS) -> Iterator[bytes]:
    """The shingles of `shingles(text)`, one by one and with repeats, without holding them all."""
    window: deque[str] = deque(maxlen=size)
    for match in _WORD.finditer(text.lower()):
        window.append(match.group())
        if len(window) == size:
            yield " ".join(window).encode()
    if 0 < len(window) < size:
        yield " ".join(window).encode()


def minhash(text: str, params: DedupParams = DedupParams()):
    """The datasketch MinHash of the text's shingles (None for a text without words), hashed in
    batches of HASH_BATCH (a repeated shingle changes no minimum)."""
    from datasketch import MinHash

    sketch = None
    grams = iter_shingles(text, size=params.shingle_words)
    while batch := list(itertools.islice(grams, HASH_BATCH)):
        if sketch is None:
            sketch = MinHash(num_perm=params.num_perm)
        sketch.update_batch(batch)
    return sketch


def signature(text: str, params: DedupParams = DedupParams()) -> bytes | None:
    """The MinHash values as bytes (for storing), or None for a text without words."""
    sketch = minhash(text, params)
    return None if sketch is None else np.asarray(sketch.hashvalues, dtype="<u4").tobytes()


def signature_values(data: bytes) -> np.ndarray:
    return np.frombuffer(data, dtype="<u4")


def similarity(a: bytes, b: bytes) -> float:
    """Estimated Jaccard similarity of two stored signatures."""
    values_a, values_b = signature_values(a), signature_values(b)
    if len(values_a) != len(values_b):
        return 0.0
    return float(np.count_nonzero(values_a == values_b)) / len(values_a)


def band_keys(data: bytes, params: DedupParams = DedupParams()) -> list[int]:
    """One 63-bit bucket key per LSH band (the band number is hashed in, so keys never collide
    across bands); two documents sharing any key are candidate near-duplicates."""
    values = signature_values(data)
    bands, rows = params.bands
    keys = []
    for band in range(bands):
        chunk = values[band * rows : (band + 1) * rows].tobytes()
        digest = hashlib.blake2b(chunk, digest_size=8, person=band.to_bytes(4, "little")).digest()
        keys.append(int.from_bytes(digest, "little") >> 1)  # fits a signed 64-bit column
    return keys


def near_duplicate_groups(
    texts: Mapping[Key, str] | Iterable[str],
    *,
    threshold: float = THRESHOLD,
    num_perm: int = NUM_PERM,
    shingle_words: int = SHINGLE_WORDS,
) -> dict:
    """Group texts that are near-duplicates of each other.

    `texts` is a mapping key -> text (keys must be comparable, e.g. document ids) or a plain
    iterable of texts (keys are then their positions). Returns key -> group key, the smallest
    key of its group; a text with no near-duplicate is its own group.

        >>> near_duplicate_groups({"a": story, "b": story_with_new_headline, "c": other})
        {"a": "a", "b": "a", "c": "c"}
    """
    from datasketch import MinHashLSH

    items: dict[Any, str] = dict(texts) if isinstance(texts, Mapping) else dict(enumerate(texts))
    params = DedupParams(threshold=threshold, num_perm=num_perm, shingle_words=shingle_words)
    lsh = MinHashLSH(num_perm=num_perm, weights=(0.5, 0.5), threshold=params.lsh_threshold)
    sketches: dict[Any, Any] = {}
    parent = {key: key for key in items}
    for key, text in items.items():
        sketch = minhash(text, params)
        if sketch is None:
            continue
        for other in lsh.query(sketch):
            if sketch.jaccard(sketches[other]) >= threshold:
                union(parent, key, other)
        lsh.insert(key, sketch)
        sketches[key] = sketch
    return {key: find_root(parent, key) for key in items}


def find_root(parent: dict, key):
    """The representative of key's set (union-find over a parent map, with path halving)."""
    while parent[key] != key:
        parent[key] = parent[parent[key]]
        key = parent[key]
    return key


def union(parent: dict, a, b) -> None:
    """Merge the sets of a and b; the smaller representative stays (stable group ids)."""
    root_a, root_b = find_root(parent, a), find_root(parent, b)
    if root_a != root_b:
        low, high = sorted((root_a, root_b))
        parent[high] = low


def groups_of(documents, *, threshold: float = THRESHOLD) -> list[list]:
    """Near-duplicate groups of (id, text) pairs as lists of ids, in input order, singletons
    included: the shape `ledger.duplicates.groups_of` returns, so the ledger can use this."""
    documents = list(documents)
    group_of = near_duplicate_groups(dict(documents), threshold=threshold)
    groups: dict = {}
    for doc_id, _ in documents:
        groups.setdefault(group_of[doc_id], []).append(doc_id)
    return list(groups.values())
