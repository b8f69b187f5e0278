"""Which documents are copies of one story: near-duplicate text and wire credits.

`groups_of` is the one call the ledger makes: it uses the corpus module's grouping
(`newsintel.dedup`, 3-word shingles). `near_duplicate_groups` here is the ledger's stand-alone
5-shingle variant, kept for callers that want list-of-groups output. Wire credits
("(AP)", "— Reuters") mark syndicated copies even when editors changed the wording.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsintel.textsim import words

SHINGLE = 5
NUM_PERM = 64
WIRE_CREDIT = re.compile(
    r"\((?P<a>AP|Reuters|AFP|UPI|dpa|Xinhua|Bloomberg|Associated Press|Agence France-Presse)\)"
    r"|^\s*[A-Z][A-Za-z .,'-]{1,60}\s*[(—–-]+\s*(?P<b>AP|Reuters|AFP|UPI|dpa|Xinhua)\b",
    re.MULTILINE,
)
_AGENCY_NAMES = {"associated press": "ap", "agence france-presse": "afp"}


def shingles(text: str, size: int = SHINGLE) -> set[str]:
    tokens = words(text)
    if len(tokens) <= size:
        return {" ".join(tokens)} if tokens else set()
    return {" ".join(tokens[i : i + size]) for i in range(len(tokens) - size + 1)}


def near_duplicate_groups(documents: Sequence[tuple[str, str]], *, threshold: float = 0.7) -> list[list[str]]:
    """Groups (lists of ids, in input order) of documents whose 5-word shingles overlap by
    Jaccard >= threshold; singletons included. MinHash LSH proposes pairs, exact Jaccard confirms."""
    from datasketch import MinHash, MinHashLSH

    sets = {doc_id: shingles(text) for doc_id, text in documents}
    lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
    hashes = {}
    for doc_id, items in sets.items():
        signature = MinHash(num_perm=NUM_PERM, seed=1)
        for item in items:
            signature.update(item.encode("utf-8"))
        hashes[doc_id] = signature
        lsh.insert(doc_id, signature)
    parent = {doc_id: doc_id for doc_id in sets}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for doc_id, signature in hashes.items():
        for other in lsh.query(signature):
            if other != doc_id and _jaccard(sets[doc_id], sets[other]) >= threshold:
                parent[find(other)] = find(doc_id)
    order = [doc_id for doc_id, _ in documents]
    groups: dict[str, list[str]] = {}
    for doc_id in order:
        groups.setdefault(find(doc_id), []).append(doc_id)
    return list(groups.values())


def _jaccard(a: set[str], b: set[str]) -> float:
    return len(a & b) / len(a | b) if a | b else 0.0


def wire_credit(text: str) -> str | None:
    """The news agency a text credits in its dateline ("(AP)" -> "ap"), if any."""
    match = WIRE_CREDIT.search(text[:400])
    if not match:
        return None
    name = (match.group("a") or match.group("b")).strip()
    return _AGENCY_NAMES.get(name.lower(), name.lower())


def groups_of(documents: Sequence[tuple[str, str]]) -> list[list[str]]:
    """Near-duplicate groups of (id, text) documents, in input order, by the corpus module's
    grouping (`newsintel.dedup`, the same one the store uses)."""
    from newsintel.dedup import near_duplicate_groups as corpus_groups

    group_of = corpus_groups(dict(documents))
    groups: dict[str, list[str]] = {}
    for doc_id, _ in documents:
        groups.setdefault(group_of[doc_id], []).append(doc_id)
    return list(groups.values())
